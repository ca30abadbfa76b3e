/* pc-persona-editor.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A window listing the document's personas beside a form for the selected
 * one. Every change goes through the history of the document window. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-dialog.h"
#include "pc-edit.h"
#include "pc-inspector-fields.h"
#include "pc-lane.h"
#include "pc-persona-editor.h"

struct _PcPersonaEditor
{
  PcDialogBase parent_instance;

  GtkListBox  *list;
  GtkStack    *stack;
  GtkWidget   *color_button;
  GtkWidget   *delete_button;
  PcFields    *fields;

  PcDocument  *document;
  PcMap       *map;
  PcHistory   *history;
  PcPersona   *persona;
  PcPersona   *deleting;     /* the persona the delete dialog asks about */
  gulong       color_notify_id;
  gboolean     updating;
};

G_DEFINE_FINAL_TYPE (PcPersonaEditor, pc_persona_editor, PC_TYPE_DIALOG_BASE)

/* Distinct colours from the GNOME palette for new personas. */
static void
color_to_rgba (const char *color,
               GdkRGBA    *rgba)
{
  if (color == NULL || !gdk_rgba_parse (rgba, color))
    gdk_rgba_parse (rgba, "#9a9996");
}

static char *
rgba_to_hex (const GdkRGBA *rgba)
{
  return g_strdup_printf ("#%02x%02x%02x",
                          (int) (CLAMP (rgba->red, 0, 1) * 255 + .5),
                          (int) (CLAMP (rgba->green, 0, 1) * 255 + .5),
                          (int) (CLAMP (rgba->blue, 0, 1) * 255 + .5));
}

static void
get_button_rgba (PcPersonaEditor *self,
                 GdkRGBA         *rgba)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  *rgba = *gtk_color_dialog_button_get_rgba (GTK_COLOR_DIALOG_BUTTON (self->color_button));
#else
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->color_button), rgba);
#endif
}

static void
set_button_rgba (PcPersonaEditor *self,
                 const GdkRGBA   *rgba)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_color_dialog_button_set_rgba (GTK_COLOR_DIALOG_BUTTON (self->color_button), rgba);
#else
  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->color_button), rgba);
#endif
}

static void
refresh_color (PcPersonaEditor *self)
{
  GdkRGBA rgba;

  if (self->persona == NULL)
    return;
  color_to_rgba (pc_persona_get_color (self->persona), &rgba);
  self->updating = TRUE;
  set_button_rgba (self, &rgba);
  self->updating = FALSE;
}

static void
color_changed_cb (PcPersonaEditor *self)
{
  GdkRGBA rgba;
  g_autofree char *hex = NULL;

  if (self->updating || self->persona == NULL)
    return;
  get_button_rgba (self, &rgba);
  hex = rgba_to_hex (&rgba);
  if (g_ascii_strcasecmp (hex, pc_persona_get_color (self->persona) ? pc_persona_get_color (self->persona) : "") != 0)
    {
      pc_history_break_merge (self->history);
      pc_edit_set_string (self->history, self->persona, "color", hex);
    }
}

static void
show_persona (PcPersonaEditor *self,
              PcPersona       *persona)
{
  /* The list still reports its selection while the editor goes away. */
  if (self->fields == NULL)
    return;

  if (self->persona != NULL)
    g_clear_signal_handler (&self->color_notify_id, self->persona);
  g_set_object (&self->persona, persona);

  pc_fields_bind (self->fields, persona, persona ? self->history : NULL);
  if (persona != NULL)
    {
      self->color_notify_id = g_signal_connect_swapped (persona, "notify::color",
                                                        G_CALLBACK (refresh_color), self);
      refresh_color (self);
    }
  gtk_stack_set_visible_child_name (self->stack, persona ? "form" : "empty");
}

static void
row_selected_cb (PcPersonaEditor *self,
                 GtkListBoxRow   *row)
{
  g_autoptr(PcPersona) persona = NULL;

  if (row != NULL)
    persona = g_list_model_get_item (G_LIST_MODEL (pc_document_get_personas (self->document)),
                                     gtk_list_box_row_get_index (row));
  show_persona (self, persona);
}

static gboolean
name_or_placeholder (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  const char *name = g_value_get_string (from);

  g_value_set_string (to, name && name[0] ? name : _("Unnamed persona"));
  return TRUE;
}

static void
swatch_draw (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  PcPersona *persona = user_data;
  GdkRGBA rgba;

  color_to_rgba (pc_persona_get_color (persona), &rgba);
  gdk_cairo_set_source_rgba (cr, &rgba);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0, 0, 2 * G_PI);
  cairo_fill (cr);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  PcPersona *persona = item;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *swatch = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 16);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 16);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), swatch_draw,
                                  g_object_ref (persona), g_object_unref);
  g_signal_connect_object (persona, "notify::color", G_CALLBACK (gtk_widget_queue_draw),
                           swatch, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), swatch);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  g_object_bind_property_full (persona, "name", label, "label", G_BINDING_SYNC_CREATE,
                               name_or_placeholder, NULL, NULL, NULL);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  return box;
}

void
pc_persona_editor_select (PcPersonaEditor *self,
                          PcPersona       *persona)
{
  guint position;

  g_return_if_fail (PC_IS_PERSONA_EDITOR (self));

  if (persona != NULL &&
      pc_list_find (G_LIST_MODEL (pc_document_get_personas (self->document)), persona, &position))
    gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, position));
  else
    {
      GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->list, 0);

      if (first != NULL)
        gtk_list_box_select_row (self->list, first);
      else
        show_persona (self, NULL);
    }
}

/**
 * pc_persona_editor_add_persona:
 *
 * Adds a persona, and its lane to the current map, as one undo step.
 *
 * Returns: (transfer none): the new persona
 */
PcPersona *
pc_persona_editor_add_persona (PcPersonaEditor *self)
{
  GListStore *personas = pc_document_get_personas (self->document);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (personas));
  g_autoptr(PcPersona) persona = pc_persona_new (NULL);

  pc_persona_set_name (persona, _("New persona"));
  pc_persona_set_color (persona, pc_persona_pick_color (n));

  pc_history_begin_group (self->history, _("Add persona"));
  pc_edit_insert (self->history, personas, n, persona, _("Add persona"));
  if (self->map != NULL)
    {
      GListStore *lanes = pc_map_get_lanes (self->map);
      g_autoptr(PcLane) lane = pc_lane_new (NULL);

      pc_lane_set_kind (lane, PC_LANE_KIND_PERSONA);
      pc_lane_set_name (lane, pc_persona_get_name (persona));
      pc_lane_set_persona_id (lane, pc_entity_get_id (PC_ENTITY (persona)));
      pc_edit_insert (self->history, lanes, g_list_model_get_n_items (G_LIST_MODEL (lanes)),
                      lane, _("Add lane"));
    }
  pc_history_end_group (self->history);

  pc_persona_editor_select (self, persona);
  return persona;
}

static void
add_clicked_cb (PcPersonaEditor *self)
{
  pc_persona_editor_add_persona (self);
}

static void
count_persona (PcDocument *document,
               PcPersona  *persona,
               guint      *n_lanes,
               guint      *n_touchpoints)
{
  GListModel *maps = G_LIST_MODEL (pc_document_get_maps (document));
  const char *id = pc_entity_get_id (PC_ENTITY (persona));

  *n_lanes = *n_touchpoints = 0;
  for (guint m = 0; m < g_list_model_get_n_items (maps); m++)
    {
      g_autoptr(PcMap) map = g_list_model_get_item (maps, m);
      GListModel *lanes = G_LIST_MODEL (pc_map_get_lanes (map));
      GListModel *touchpoints = G_LIST_MODEL (pc_map_get_touchpoints (map));

      for (guint i = 0; i < g_list_model_get_n_items (lanes); i++)
        {
          g_autoptr(PcLane) lane = g_list_model_get_item (lanes, i);
          const char *lane_id = pc_entity_get_id (PC_ENTITY (lane));

          if (g_strcmp0 (pc_lane_get_persona_id (lane), id) != 0)
            continue;
          (*n_lanes)++;
          for (guint t = 0; t < g_list_model_get_n_items (touchpoints); t++)
            {
              g_autoptr(PcTouchpoint) touchpoint = g_list_model_get_item (touchpoints, t);

              if (g_strcmp0 (pc_touchpoint_get_lane_id (touchpoint), lane_id) == 0)
                (*n_touchpoints)++;
            }
        }
    }
}

static void
delete_response_cb (PcAlert         *dialog,
                    const char      *response,
                    PcPersonaEditor *self)
{
  g_autoptr(PcPersona) persona = g_steal_pointer (&self->deleting);

  if (g_strcmp0 (response, "delete") != 0 || persona == NULL)
    return;
  pc_edit_remove_persona (self->history, self->document, persona);
  pc_persona_editor_select (self, NULL);
}

static void
delete_clicked_cb (PcPersonaEditor *self)
{
  const char *name;
  g_autofree char *heading = NULL;
  g_autofree char *lanes = NULL;
  g_autofree char *body = NULL;
  guint n_lanes, n_touchpoints;
  PcAlert *dialog;

  if (self->persona == NULL)
    return;
  name = pc_persona_get_name (self->persona);
  count_persona (self->document, self->persona, &n_lanes, &n_touchpoints);

  heading = g_strdup_printf (_("Delete “%s”?"), name && name[0] ? name : _("Unnamed persona"));
  if (n_lanes == 0)
    body = g_strdup (_("No map has a lane for this persona. You can undo this."));
  else
    {
      g_autofree char *touchpoints = NULL;

      lanes = g_strdup_printf (ngettext ("%u lane", "%u lanes", n_lanes), n_lanes);
      touchpoints = g_strdup_printf (ngettext ("%u touchpoint", "%u touchpoints", n_touchpoints),
                                     n_touchpoints);
      /* Translators: "This also deletes 1 lane with 6 touchpoints." */
      body = g_strdup_printf (_("This also deletes %s with %s. You can undo this."),
                              lanes, touchpoints);
    }
  dialog = pc_alert_new (heading, body);
  pc_alert_add_responses (dialog,
                          "cancel", _("_Cancel"),
                          "delete", _("_Delete"),
                          NULL);
  pc_alert_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  pc_alert_set_close_response (dialog, "cancel");
  g_set_object (&self->deleting, self->persona);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  pc_alert_present (dialog, GTK_WIDGET (self));
}

static GtkWidget *
build_form (PcPersonaEditor *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *group = adw_preferences_group_new ();
  const PcField *fields;
  guint n_fields;
  GtkWidget *row;

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_box_append (GTK_BOX (box), group);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             pc_fields_add_entry (self->fields, "name", _("Name")));

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Colour"));
#if GTK_CHECK_VERSION (4, 10, 0)
  self->color_button = gtk_color_dialog_button_new (gtk_color_dialog_new ());
  g_signal_connect_swapped (self->color_button, "notify::rgba", G_CALLBACK (color_changed_cb), self);
#else
  self->color_button = gtk_color_button_new ();
  gtk_color_chooser_set_use_alpha (GTK_COLOR_CHOOSER (self->color_button), FALSE);
  g_signal_connect_swapped (self->color_button, "color-set", G_CALLBACK (color_changed_cb), self);
#endif
  gtk_widget_set_valign (self->color_button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->color_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Colour"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->color_button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), self->color_button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  /* Then every text of the persona's table, one text view each. */
  fields = pc_entity_type_get_fields (PC_TYPE_PERSONA, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    if (fields[i].kind == PC_FIELD_TEXT && (fields[i].flags & PC_FIELD_MULTILINE) && fields[i].label)
      gtk_box_append (GTK_BOX (box),
                      pc_fields_add_text (self->fields, fields[i].property, _(fields[i].label)));

  self->delete_button = gtk_button_new_with_mnemonic (_("_Delete Persona"));
  gtk_widget_add_css_class (self->delete_button, "destructive-action");
  gtk_widget_set_halign (self->delete_button, GTK_ALIGN_END);
  g_signal_connect_swapped (self->delete_button, "clicked", G_CALLBACK (delete_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), self->delete_button);

  return box;
}

static void
pc_persona_editor_dispose (GObject *object)
{
  PcPersonaEditor *self = PC_PERSONA_EDITOR (object);

  if (self->persona != NULL)
    g_clear_signal_handler (&self->color_notify_id, self->persona);
  g_clear_pointer (&self->fields, pc_fields_free);
  g_clear_object (&self->persona);
  g_clear_object (&self->deleting);
  g_clear_object (&self->document);
  g_clear_object (&self->map);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (pc_persona_editor_parent_class)->dispose (object);
}

static void
pc_persona_editor_class_init (PcPersonaEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = pc_persona_editor_dispose;
  pc_dialog_init_class (widget_class);
}

static void
pc_persona_editor_init (PcPersonaEditor *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *add = gtk_button_new ();
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWidget *side = gtk_scrolled_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *clamp = adw_clamp_new ();

  self->fields = pc_fields_new ();
  pc_dialog_set_title (GTK_WIDGET (self), _("Personas"));
  pc_dialog_set_size (GTK_WIDGET (self), 820, 640);

  gtk_button_set_child (GTK_BUTTON (add), adw_button_content_new ());
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (add))),
                                    "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (add))),
                                _("_Add Persona"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (add))),
                                        TRUE);
  gtk_widget_set_tooltip_text (add, _("Add a persona and its lane"));
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), add);
  gtk_box_append (GTK_BOX (content), header);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Personas"), -1);
  /* An AdwDialog may free its list after the editor itself, the list
   * still reporting its selection: the handler goes with the editor. */
  g_signal_connect_object (self->list, "row-selected", G_CALLBACK (row_selected_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (side), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (side), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (side, 220, -1);
  gtk_paned_set_start_child (GTK_PANED (paned), side);
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_resize_start_child (GTK_PANED (paned), FALSE);

  self->stack = GTK_STACK (gtk_stack_new ());
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "system-users-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Personas"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Add a persona to give the map a lane for them"));
  gtk_stack_add_named (self->stack, empty, "empty");
  adw_clamp_set_child (ADW_CLAMP (clamp), build_form (self));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_stack_add_named (self->stack, scroller, "form");
  gtk_widget_set_hexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_paned_set_end_child (GTK_PANED (paned), GTK_WIDGET (self->stack));
  gtk_paned_set_shrink_end_child (GTK_PANED (paned), FALSE);
  gtk_box_append (GTK_BOX (content), paned);

  pc_dialog_set_content (GTK_WIDGET (self), content);
}

/**
 * pc_persona_editor_present:
 * @persona: (nullable): the persona to show first
 *
 * Shows the persona editor of @parent, making it on first use.
 *
 * Returns: (transfer none): the editor
 */
PcPersonaEditor *
pc_persona_editor_present (GtkWindow  *parent,
                           PcDocument *document,
                           PcMap      *map,
                           PcHistory  *history,
                           PcPersona  *persona)
{
  PcPersonaEditor *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PC_IS_HISTORY (history), NULL);

  /* The editor of @parent, if it is open. */
  self = (PcPersonaEditor *) pc_dialog_find (parent, PC_TYPE_PERSONA_EDITOR);
  if (self != NULL && (self->document != document || self->history != history))
    {
      pc_dialog_force_close (GTK_WIDGET (self));
      self = NULL;
    }
  if (self == NULL)
    {
      self = g_object_new (PC_TYPE_PERSONA_EDITOR, NULL);
      self->document = g_object_ref (document);
      self->history = g_object_ref (history);
      gtk_list_box_bind_model (self->list, G_LIST_MODEL (pc_document_get_personas (document)),
                               create_row, NULL, NULL);
    }
  g_set_object (&self->map, map);
  pc_persona_editor_select (self, persona);
  pc_dialog_present (GTK_WIDGET (self), parent);
  return self;
}
