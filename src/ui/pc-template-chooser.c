/* pc-template-chooser.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A list of the built-in templates: name, kind, stages and what it is for.
 * Arrows move, Enter chooses, Escape cancels; "chosen" carries the id. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-template-chooser.h"
#include "pc-templates.h"

struct _PcTemplateChooser
{
  AdwWindow   parent_instance;

  GtkListBox *list;
  GtkButton  *create_button;
};

G_DEFINE_FINAL_TYPE (PcTemplateChooser, pc_template_chooser, ADW_TYPE_WINDOW)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
make_row (const PcTemplateInfo *info)
{
  g_auto(GStrv) stages = pc_templates_get_stage_names (info->id);
  g_autofree char *stage_text = NULL;
  g_autofree char *described = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *row, *box, *text, *icon, *label;

  /* Translators: the separator between stage names, as in "Awareness → Appeal" */
  stage_text = stages ? g_strjoinv (_(" → "), stages) : g_strdup ("");

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  icon = gtk_image_new_from_icon_name (pc_map_kind_get_icon_name (info->kind));
  gtk_image_set_icon_size (GTK_IMAGE (icon), GTK_ICON_SIZE_LARGE);
  gtk_widget_set_tooltip_text (icon, pc_map_kind_get_label (info->kind));
  gtk_box_append (GTK_BOX (box), icon);

  text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (text, TRUE);
  label = gtk_label_new (pc_template_info_get_name (info));
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (text), label);
  label = gtk_label_new (pc_template_info_get_description (info));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (text), label);
  label = gtk_label_new (stage_text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (text), label);
  gtk_box_append (GTK_BOX (box), text);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, info->id);
  described = pc_map_kind_get_accessible_name (info->kind, pc_template_info_get_name (info));
  /* Translators: how a screen reader announces a template: its name and
   * kind (as "%s, %s" for a map), then its stages */
  accessible = g_strdup_printf (_("%s: %s"), described, stage_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  return row;
}

const char *
pc_template_chooser_get_selected (PcTemplateChooser *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PC_IS_TEMPLATE_CHOOSER (self), NULL);

  row = gtk_list_box_get_selected_row (self->list);
  return row ? gtk_widget_get_name (GTK_WIDGET (row)) : NULL;
}

void
pc_template_chooser_select (PcTemplateChooser *self,
                            const char        *id)
{
  g_return_if_fail (PC_IS_TEMPLATE_CHOOSER (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && g_strcmp0 (gtk_widget_get_name (child), id) == 0)
      {
        gtk_list_box_select_row (self->list, GTK_LIST_BOX_ROW (child));
        gtk_widget_grab_focus (child);
        return;
      }
}

/**
 * pc_template_chooser_choose:
 * Emits "chosen" with the selected template, then closes.
 */
void
pc_template_chooser_choose (PcTemplateChooser *self)
{
  g_autofree char *id = NULL;

  g_return_if_fail (PC_IS_TEMPLATE_CHOOSER (self));

  id = g_strdup (pc_template_chooser_get_selected (self));
  if (id == NULL)
    return;
  /* Closing destroys the window: keep it alive for the handlers. */
  g_object_ref (self);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_signal_emit (self, signals[CHOSEN], 0, id);
  gtk_window_close (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
on_row_activated (PcTemplateChooser *self,
                  GtkListBoxRow     *row)
{
  gtk_list_box_select_row (self->list, row);
  pc_template_chooser_choose (self);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  pc_template_chooser_choose (PC_TEMPLATE_CHOOSER (widget));
}

static void
pc_template_chooser_class_init (PcTemplateChooserClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /**
   * PcTemplateChooser::chosen:
   * @id: the template's id, for pc_templates_instantiate()
   */
  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "chooser.choose", NULL, choose_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pc_template_chooser_init (PcTemplateChooser *self)
{
  GtkWidget *content, *header, *scroller, *clamp, *cancel;

  gtk_window_set_default_size (GTK_WINDOW (self), 560, 640);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->create_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("C_reate")));
  gtk_widget_add_css_class (GTK_WIDGET (self->create_button), "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->create_button), "chooser.choose");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->create_button));
  gtk_box_append (GTK_BOX (content), header);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_BROWSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Templates"),
                                  -1);
  for (guint i = 0; i < pc_templates_get_n_templates (); i++)
    gtk_list_box_append (self->list, make_row (pc_templates_get_nth (i)));
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (on_row_activated),
                           self, G_CONNECT_SWAPPED);

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 640);
  gtk_widget_set_margin_top (clamp, 12);
  gtk_widget_set_margin_bottom (clamp, 12);
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->list));
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (content), scroller);

  adw_window_set_content (ADW_WINDOW (self), content);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->create_button));
  pc_template_chooser_select (self, PC_TEMPLATE_DEFAULT);
}

/**
 * pc_template_chooser_new:
 * @title: (nullable): "New Document" or "New Map"
 */
PcTemplateChooser *
pc_template_chooser_new (GtkWindow  *parent,
                         const char *title)
{
  PcTemplateChooser *self = g_object_new (PC_TYPE_TEMPLATE_CHOOSER,
                                          "transient-for", parent,
                                          "title", title ? title : _("Choose a Template"),
                                          NULL);

  return self;
}
