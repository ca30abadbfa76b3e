/* pc-canvas-connectors.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Part of the canvas (see pc-canvas-private.h): connectors. L starts an
 * arrow from the focused card, ended on another card (by Enter or a
 * click); K (Shift+K backwards) selects the focused card's arrows one by
 * one, and Delete removes the selected one. Screen readers are told which
 * arrow it is; the drawing part draws the selection and the arrow being
 * drawn from the state left here. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-canvas-private.h"
#include "pc-edit.h"

static const char *
card_title (PcCanvas *self,
            guint     index)
{
  const char *title = NULL;

  if (index < pc_layout_get_n_cards (self->layout))
    title = pc_touchpoint_get_title (pc_layout_get_card (self->layout, index)->touchpoint);
  return title != NULL && *title != '\0' ? title : _("Untitled");
}

static char *
describe (PcCanvas                *self,
          const PcLayoutConnector *c,
          guint                    position,
          guint                    count)
{
  const char *label = pc_connector_get_label (c->connector);
  g_autofree char *text = NULL;

  if (label != NULL && *label != '\0')
    /* Translators: a selected arrow read by a screen reader: the titles
     * of the touchpoints it links, then its label. */
    text = g_strdup_printf (_("Connector from %s to %s: %s"),
                            card_title (self, c->from_card), card_title (self, c->to_card), label);
  else
    /* Translators: a selected arrow read by a screen reader, with the
     * titles of the touchpoints it links. */
    text = g_strdup_printf (_("Connector from %s to %s"),
                            card_title (self, c->from_card), card_title (self, c->to_card));

  if (count == 0)
    return g_steal_pointer (&text);
  /* Translators: a connector's description, then which one it is of
   * those of the focused card, as in "(2 of 3)". */
  return g_strdup_printf (_("%s (%u of %u)"), text, position, count);
}

/* Tells screen readers about the selected connector: it becomes the
 * description of the focused card (or of the canvas after a click), and
 * on GTK 4.14 and later it is also announced. @count is 0 outside of
 * cycling through a card's connectors. */
void
_pc_canvas_connectors_describe (PcCanvas *self,
                               guint     position,
                               guint     count)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self));
  const PcLayoutConnector *c = _pc_canvas_find_connector (self, self->selected_connector);
  g_autofree char *text = NULL;

  if (self->status_card != NULL)
    pc_card_set_status (self->status_card, NULL);
  self->status_card = NULL;
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  if (c == NULL)
    return;

  text = describe (self, c, position, count);
  if (PC_IS_CARD (focus))
    {
      self->status_card = PC_CARD (focus);
      pc_card_set_status (self->status_card, text);
    }
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                    -1);
#if GTK_CHECK_VERSION (4, 14, 0)
  gtk_accessible_announce (PC_IS_CARD (focus) ? GTK_ACCESSIBLE (focus) : GTK_ACCESSIBLE (self),
                           text, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
#endif
}

/* The focused card's connectors, in map order. */
static GPtrArray *
connectors_of (PcCanvas     *self,
               PcTouchpoint *touchpoint)
{
  GPtrArray *found = g_ptr_array_new ();
  int index;

  if (self->layout == NULL || touchpoint == NULL ||
      (index = pc_layout_find_card (self->layout, touchpoint)) < 0)
    return found;

  for (guint i = 0; i < pc_layout_get_n_connectors (self->layout); i++)
    {
      const PcLayoutConnector *c = pc_layout_get_connector (self->layout, i);

      if (c->from_card == (guint) index || c->to_card == (guint) index)
        g_ptr_array_add (found, c->connector);
    }
  return found;
}

gboolean
_pc_canvas_connectors_has_any (PcCanvas     *self,
                               PcTouchpoint *touchpoint)
{
  g_autoptr(GPtrArray) found = connectors_of (self, touchpoint);

  return found->len > 0;
}

/* Shows as much of the selected connector as fits, then makes sure the
 * card it was reached from is still in view. */
static void
scroll_to_connector (PcCanvas *self)
{
  const PcLayoutConnector *c = _pc_canvas_find_connector (self, self->selected_connector);
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  PcRect rect;

  if (c == NULL || !_pc_canvas_get_focus_rect (self, &rect))
    return;

  for (guint k = 0; k < c->n_points; k++)
    {
      x0 = MIN (x0, c->points[k].x);
      y0 = MIN (y0, c->points[k].y);
      x1 = MAX (x1, c->points[k].x);
      y1 = MAX (y1, c->points[k].y);
    }
  x0 = MIN (x0, rect.x);
  y0 = MIN (y0, rect.y);
  x1 = MAX (x1, rect.x + rect.width);
  y1 = MAX (y1, rect.y + rect.height);

  _pc_canvas_scroll_to_rect (self, &(PcRect) { x0, y0, x1 - x0, y1 - y0 });
  _pc_canvas_scroll_to_rect (self, &rect);
}

static void
cycle_connector (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);
  GtkWidget *focus = gtk_widget_get_focus_child (widget);
  g_autoptr(GPtrArray) found = NULL;
  int step = g_str_equal (action_name, "canvas.previous-connector") ? -1 : 1;
  guint current = 0, next;

  if (!PC_IS_CARD (focus))
    return;

  _pc_canvas_ensure_layout (self);
  found = connectors_of (self, pc_card_get_touchpoint (PC_CARD (focus)));
  if (found->len == 0)
    return;

  /* Start before the first (or after the last) when none of the card's
   * connectors is selected yet. */
  if (self->selected_connector != NULL &&
      g_ptr_array_find (found, self->selected_connector, &current))
    next = (current + found->len + step) % found->len;
  else
    next = step > 0 ? 0 : found->len - 1;

  pc_canvas_set_selected_connector (self, g_ptr_array_index (found, next));
  _pc_canvas_connectors_describe (self, next + 1, found->len);
  scroll_to_connector (self);
}

/* Removes the selected connector (one undo step). The focused card, if
 * any, is selected again. */
gboolean
_pc_canvas_connectors_delete (PcCanvas *self)
{
  g_autoptr(PcConnector) connector = NULL;
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self));

  if (self->selected_connector == NULL || self->history == NULL || self->map == NULL)
    return FALSE;

  connector = g_object_ref (self->selected_connector);
  pc_canvas_set_selected_connector (self, NULL);
  pc_edit_remove_connector (self->history, self->map, connector);
  pc_history_break_merge (self->history);
  if (PC_IS_CARD (focus))
    pc_canvas_set_selected (self, pc_card_get_touchpoint (PC_CARD (focus)));
#if GTK_CHECK_VERSION (4, 14, 0)
  gtk_accessible_announce (PC_IS_CARD (focus) ? GTK_ACCESSIBLE (focus) : GTK_ACCESSIBLE (self),
                           _("Connector deleted"), GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
#endif
  return TRUE;
}

/* Escape: back from the connector to the card it was reached from. */
gboolean
_pc_canvas_connectors_unselect (PcCanvas *self)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self));

  if (self->selected_connector == NULL)
    return FALSE;

  pc_canvas_set_selected_connector (self, NULL);
  if (PC_IS_CARD (focus))
    pc_canvas_set_selected (self, pc_card_get_touchpoint (PC_CARD (focus)));
  return TRUE;
}

/* L: the connector starts from the focused card. */
static void
start_connect (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);
  PcTouchpoint *from = _pc_canvas_target_touchpoint (self);

  if (from == NULL)
    return;
  g_set_object (&self->connect_from, from);
  gtk_widget_queue_draw (widget);
}

/* Ends the connector being drawn on @to: one undo step, unless it would
 * link a card to itself or repeat an arrow. */
gboolean
_pc_canvas_connectors_finish (PcCanvas     *self,
                              PcTouchpoint *to)
{
  g_autoptr(PcTouchpoint) from = g_steal_pointer (&self->connect_from);

  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (from == NULL || to == NULL ||
      pc_edit_connect (self->history, self->map, from, to) == NULL)
    return FALSE;
  pc_history_break_merge (self->history);
  return TRUE;
}

/* Escape while a connector is drawn: nothing is added. */
gboolean
_pc_canvas_connectors_cancel (PcCanvas *self)
{
  if (self->connect_from == NULL)
    return FALSE;
  g_clear_object (&self->connect_from);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

void
_pc_canvas_connectors_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "canvas.connect", NULL, start_connect);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, 0, "canvas.connect", NULL);

  gtk_widget_class_install_action (widget_class, "canvas.next-connector", NULL, cycle_connector);
  gtk_widget_class_install_action (widget_class, "canvas.previous-connector", NULL, cycle_connector);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, 0, "canvas.next-connector", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_K, GDK_SHIFT_MASK,
                                       "canvas.previous-connector", NULL);
}
