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
};

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

static void
pc_canvas_header_dispose (GObject *object)
{
  PcCanvasHeader *self = PC_CANVAS_HEADER (object);

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
