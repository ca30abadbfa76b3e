/* pc-canvas-header.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-canvas-header.h"

struct _PcCanvasHeader
{
  GtkWidget  parent_instance;

  GObject   *item;
  PcPersona *persona;
  PcRect     rect;
  PcColor    accent;
  double     radius;
  GtkWidget *menu_button;  /* a row's: opens its menu */
};

#define MENU_BUTTON_MARGIN 6

G_DEFINE_FINAL_TYPE (PcCanvasHeader, pc_canvas_header, GTK_TYPE_WIDGET)

static void
pc_canvas_header_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  PcCanvasHeader *self = PC_CANVAS_HEADER (widget);
  GskRoundedRect outline;
  float w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  GdkRGBA color = { self->accent.red, self->accent.green, self->accent.blue, 1.0 };
  float border[4] = { 2.5, 2.5, 2.5, 2.5 };
  GdkRGBA colors[4] = { color, color, color, color };

  if (self->menu_button != NULL)
    gtk_widget_snapshot_child (widget, self->menu_button, snapshot);
  if (!gtk_widget_has_visible_focus (widget))
    return;

  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (-2, -2, w + 4, h + 4),
                                   self->radius + 2);
  gtk_snapshot_append_border (snapshot, &outline, border, colors);
}

static void
pc_canvas_header_state_flags_changed (GtkWidget     *widget,
                                      GtkStateFlags  previous)
{
  if ((gtk_widget_get_state_flags (widget) ^ previous) & GTK_STATE_FLAG_FOCUS_VISIBLE)
    gtk_widget_queue_draw (widget);

  GTK_WIDGET_CLASS (pc_canvas_header_parent_class)->state_flags_changed (widget, previous);
}

/* A row's menu button sits in the bottom right corner, clear of the
 * name at the top and of the kind, left-aligned below it; a header too
 * small for it does without. */
static void
pc_canvas_header_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  PcCanvasHeader *self = PC_CANVAS_HEADER (widget);
  int w, h;

  if (self->menu_button == NULL)
    return;

  gtk_widget_measure (self->menu_button, GTK_ORIENTATION_HORIZONTAL, -1, &w, NULL, NULL, NULL);
  gtk_widget_measure (self->menu_button, GTK_ORIENTATION_VERTICAL, w, &h, NULL, NULL, NULL);
  gtk_widget_set_child_visible (self->menu_button,
                                width >= 2 * w + 2 * MENU_BUTTON_MARGIN &&
                                height >= h + 2 * MENU_BUTTON_MARGIN);
  gtk_widget_size_allocate (self->menu_button,
                            &(GtkAllocation) { width - w - MENU_BUTTON_MARGIN,
                                               height - h - MENU_BUTTON_MARGIN, w, h },
                            -1);
}

/* The same menu as a secondary click or Shift+F10 on the header. */
static void
menu_button_clicked_cb (PcCanvasHeader *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_widget_activate_action (GTK_WIDGET (self), "canvas.context-menu", NULL);
}

static void
pc_canvas_header_dispose (GObject *object)
{
  PcCanvasHeader *self = PC_CANVAS_HEADER (object);

  g_clear_pointer (&self->menu_button, gtk_widget_unparent);

  g_clear_object (&self->item);
  g_clear_object (&self->persona);

  G_OBJECT_CLASS (pc_canvas_header_parent_class)->dispose (object);
}

static void
pc_canvas_header_class_init (PcCanvasHeaderClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = pc_canvas_header_dispose;
  widget_class->snapshot = pc_canvas_header_snapshot;
  widget_class->size_allocate = pc_canvas_header_size_allocate;
  widget_class->state_flags_changed = pc_canvas_header_state_flags_changed;
  gtk_widget_class_set_css_name (widget_class, "pcheader");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
pc_canvas_header_init (PcCanvasHeader *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_VISIBLE);
}

GtkWidget *
pc_canvas_header_new (GObject *item)
{
  PcCanvasHeader *self;

  g_return_val_if_fail (PC_IS_STAGE (item) || PC_IS_LANE (item) || PC_IS_ROW (item), NULL);

  self = g_object_new (PC_TYPE_CANVAS_HEADER, NULL);
  self->item = g_object_ref (item);
  if (PC_IS_ROW (item))
    {
      self->menu_button = gtk_button_new_from_icon_name ("view-more-symbolic");
      gtk_widget_add_css_class (self->menu_button, "flat");
      gtk_widget_add_css_class (self->menu_button, "circular");
      /* Keyboard users have Shift+F10 on the header: the button is for
       * the pointer and for screen readers, and stays out of Tab. */
      gtk_widget_set_focusable (self->menu_button, FALSE);
      gtk_widget_set_focus_on_click (self->menu_button, FALSE);
      gtk_widget_set_tooltip_text (self->menu_button, _("Row Options"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                      GTK_ACCESSIBLE_PROPERTY_HAS_POPUP, TRUE, -1);
      g_signal_connect_swapped (self->menu_button, "clicked", G_CALLBACK (menu_button_clicked_cb), self);
      gtk_widget_set_parent (self->menu_button, GTK_WIDGET (self));
    }

  return GTK_WIDGET (self);
}

GObject *
pc_canvas_header_get_item (PcCanvasHeader *self)
{
  g_return_val_if_fail (PC_IS_CANVAS_HEADER (self), NULL);

  return self->item;
}

PcPersona *
pc_canvas_header_get_persona (PcCanvasHeader *self)
{
  g_return_val_if_fail (PC_IS_CANVAS_HEADER (self), NULL);

  return self->persona;
}

PcRect
pc_canvas_header_get_rect (PcCanvasHeader *self)
{
  return self->rect;
}

void
pc_canvas_header_update (PcCanvasHeader *self,
                         PcLayout       *layout,
                         guint           index)
{
  g_autofree char *label = NULL;
  const char *description;

  g_return_if_fail (PC_IS_CANVAS_HEADER (self));

  self->accent = pc_layout_get_theme (layout)->accent;
  self->radius = pc_layout_get_radius (layout);

  if (PC_IS_STAGE (self->item))
    {
      const PcLayoutStage *stage = pc_layout_get_stage (layout, index);
      const char *time = pc_stage_get_time (stage->stage);

      self->rect = stage->header;
      /* Translators: a stage column header read by a screen reader. */
      label = g_strdup_printf (_("Stage %s"), pc_stage_get_name (stage->stage));
      if (time != NULL && *time != '\0')
        {
          g_autofree char *with_time = g_strdup_printf ("%s, %s", label, time);
          g_free (label);
          label = g_steal_pointer (&with_time);
        }
      description = pc_layout_is_timeline (layout)
                    ? _("Double-click or F2 to change the time and name, Delete to remove")
                    : _("Double-click or F2 to rename, Delete to remove, drag to reorder");
    }
  else if (PC_IS_ROW (self->item))
    {
      const PcLayoutRow *row = pc_layout_get_row (layout, index);

      self->rect = row->header;
      /* Translators: an insight row's header read by a screen reader. */
      label = g_strdup_printf (_("Insight row %s"), pc_row_get_name (row->row));
      description = _("F2 to rename, Ctrl+Up or Down to move, Delete to remove, "
                      "Shift+F10 for more");
      if (self->menu_button != NULL)
        {
          /* Translators: the accessible name of the menu button in an
           * insight row's header; %s is the row's name. */
          g_autofree char *options = g_strdup_printf (_("Options for row “%s”"),
                                                      pc_row_get_name (row->row));

          gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, options, -1);
        }
    }
  else
    {
      const PcLayoutLane *lane = pc_layout_get_lane (layout, index);

      self->rect = lane->header;
      g_set_object (&self->persona, lane->persona);
      if (lane->persona != NULL)
        {
          /* Translators: a persona lane header read by a screen reader. */
          label = g_strdup_printf (_("Persona lane %s"), lane->label);
          description = _("Enter to edit the persona, F2 to rename, drag to reorder");
        }
      else
        {
          /* Translators: a lane header read by a screen reader. */
          label = g_strdup_printf (_("Lane %s"), lane->label ? lane->label : "");
          description = _("Double-click or F2 to rename, Delete to remove, drag to reorder");
        }
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
