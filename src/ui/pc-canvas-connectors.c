/* pc-canvas-connectors.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Selecting connectors: by a click near the arrow, or from the focused
 * card with K (Shift+K backwards); Delete removes the selected one. The
 * selection is drawn over the cached connector tiles, so selecting never
 * repaints the map, and screen readers are told which arrow it is. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-canvas-private.h"
#include "pc-edit.h"

/* How far from its path a click still hits an arrow, in px at zoom 1. */
#define HIT_TOLERANCE 6.0
#define HIT_TOLERANCE_MIN 4.0

static const PcLayoutConnector *
find_shown (PcCanvas    *self,
            PcConnector *connector)
{
  if (self->layout == NULL || connector == NULL)
    return NULL;

  for (guint i = 0; i < pc_layout_get_n_connectors (self->layout); i++)
    {
      const PcLayoutConnector *c = pc_layout_get_connector (self->layout, i);

      if (c->connector == connector)
        return c;
    }
  return NULL;
}

gboolean
_pc_canvas_connector_shown (PcCanvas    *self,
                            PcConnector *connector)
{
  return find_shown (self, connector) != NULL;
}

PcConnector *
_pc_canvas_connector_at (PcCanvas *self,
                         double    lx,
                         double    ly)
{
  double tolerance = MAX (HIT_TOLERANCE * self->zoom, HIT_TOLERANCE_MIN);
  int index;

  if (self->layout == NULL)
    return NULL;
  index = pc_layout_connector_at (self->layout, lx, ly, tolerance);
  return index >= 0 ? pc_layout_get_connector (self->layout, index)->connector : NULL;
}

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
_pc_canvas_describe_connector (PcCanvas *self,
                               guint     position,
                               guint     count)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self));
  const PcLayoutConnector *c = find_shown (self, self->selected_connector);
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
_pc_canvas_card_has_connectors (PcCanvas     *self,
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
  const PcLayoutConnector *c = find_shown (self, self->selected_connector);
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  PcRect rect;

  if (c == NULL || !_pc_canvas_focus_rect (self, gtk_widget_get_height (GTK_WIDGET (self)), &rect))
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
  _pc_canvas_describe_connector (self, next + 1, found->len);
  scroll_to_connector (self);
}

/* Removes the selected connector (one undo step). The focused card, if
 * any, is selected again. */
gboolean
_pc_canvas_delete_connector (PcCanvas *self)
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
_pc_canvas_unselect_connector (PcCanvas *self)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self));

  if (self->selected_connector == NULL)
    return FALSE;

  pc_canvas_set_selected_connector (self, NULL);
  if (PC_IS_CARD (focus))
    pc_canvas_set_selected (self, pc_card_get_touchpoint (PC_CARD (focus)));
  return TRUE;
}

static void
path_polyline (cairo_t                 *cr,
               const PcLayoutConnector *c,
               double                   shorten)
{
  const PcPoint *end = &c->points[c->n_points - 1];
  const PcPoint *prev = &c->points[c->n_points - 2];
  double dx = end->x - prev->x, dy = end->y - prev->y;
  double d = hypot (dx, dy);

  if (d <= 0)
    dx = 1, dy = 0, d = 1;

  cairo_move_to (cr, c->points[0].x, c->points[0].y);
  for (guint k = 1; k + 1 < c->n_points; k++)
    cairo_line_to (cr, c->points[k].x, c->points[k].y);
  /* Stop under the arrow head so that its tip stays sharp. */
  cairo_line_to (cr, end->x - dx / d * shorten, end->y - dy / d * shorten);
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* The selected connector over the tiles: a soft halo, a thicker line, a
 * bigger head and a dot where it starts, so the selection reads without
 * colour too. In layout coordinates (the caller has translated). */
void
_pc_canvas_snapshot_connector (PcCanvas    *self,
                               GtkSnapshot *snapshot)
{
  const PcLayoutConnector *c = find_shown (self, self->selected_connector);
  const PcColor *accent;
  double z, x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double len, wid, pad, dx, dy, d;
  const PcPoint *end, *prev;
  cairo_t *cr;

  if (c == NULL || c->n_points < 2)
    return;

  accent = &pc_layout_get_theme (self->layout)->accent;
  z = pc_layout_get_zoom (self->layout);
  len = 15 * z;
  wid = 7.5 * z;
  pad = 16 * z;
  for (guint k = 0; k < c->n_points; k++)
    {
      x0 = MIN (x0, c->points[k].x);
      y0 = MIN (y0, c->points[k].y);
      x1 = MAX (x1, c->points[k].x);
      y1 = MAX (y1, c->points[k].y);
    }

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (x0 - pad, y0 - pad,
                                                       x1 - x0 + 2 * pad, y1 - y0 + 2 * pad));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 0.25);
  cairo_set_line_width (cr, 12 * z);
  path_polyline (cr, c, 0);
  cairo_stroke (cr);

  cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 1.0);
  cairo_set_line_width (cr, 4 * z);
  path_polyline (cr, c, len * 0.8);
  cairo_stroke (cr);

  end = &c->points[c->n_points - 1];
  prev = &c->points[c->n_points - 2];
  dx = end->x - prev->x;
  dy = end->y - prev->y;
  d = hypot (dx, dy);
  if (d <= 0)
    dx = 1, dy = 0, d = 1;
  dx /= d;
  dy /= d;
  cairo_move_to (cr, end->x, end->y);
  cairo_line_to (cr, end->x - dx * len - dy * wid, end->y - dy * len + dx * wid);
  cairo_line_to (cr, end->x - dx * len + dy * wid, end->y - dy * len - dx * wid);
  cairo_close_path (cr);
  cairo_fill (cr);

  cairo_arc (cr, c->points[0].x, c->points[0].y, 5 * z, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_destroy (cr);

  /* The card the keyboard cycles from keeps a dashed outline: typing K
   * does not show GTK's focus ring. */
  if (self->status_card != NULL)
    {
      guint index = pc_card_get_index (self->status_card);
      const PcLayoutCard *card;
      double dashes[] = { 6 * z, 4 * z };

      if (index >= pc_layout_get_n_cards (self->layout))
        return;
      card = pc_layout_get_card (self->layout, index);
      cr = gtk_snapshot_append_cairo (snapshot,
                                      &GRAPHENE_RECT_INIT (card->rect.x - 8, card->rect.y - 8,
                                                           card->rect.width + 16, card->rect.height + 16));
      cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 1.0);
      cairo_set_line_width (cr, 2);
      cairo_set_dash (cr, dashes, 2, 0);
      rounded_rect (cr, card->rect.x - 4, card->rect.y - 4, card->rect.width + 8,
                    card->rect.height + 8, pc_layout_get_radius (self->layout) + 4);
      cairo_stroke (cr);
      cairo_destroy (cr);
    }
}

void
_pc_canvas_install_connector_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "canvas.next-connector", NULL, cycle_connector);
  gtk_widget_class_install_action (widget_class, "canvas.previous-connector", NULL, cycle_connector);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, 0, "canvas.next-connector", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_K, GDK_SHIFT_MASK,
                                       "canvas.previous-connector", NULL);
}
