/* pc-canvas-focus.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Part of the canvas (see pc-canvas-private.h): focus and scrolling. The
 * scrollbars' adjustments and their ranges; keyboard focus on the map (a
 * card, a header or the cell cursor) and keeping it in view: when it
 * moves, when the view is zoomed, and when the viewport shrinks under it
 * (a smaller window, the side pane opening). */

#include "config.h"

#include "pc-canvas-private.h"

/* Scrolling */

/* The children move with the view now; those that come into view get
 * their widgets before the frame's layout phase. */
static void
on_adjustment_changed (PcCanvas *self)
{
  _pc_canvas_queue_update_view (self);
  self->allocate_all = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Scrolls to (x, y), in layout coordinates. @quiet while allocating: the
 * caller places the children, no other allocation is queued. */
static void
set_scroll (PcCanvas *self,
            double    x,
            double    y,
            gboolean  quiet)
{
  if (self->hadjustment == NULL || self->vadjustment == NULL)
    return;

  if (quiet)
    {
      g_signal_handlers_block_by_func (self->hadjustment, on_adjustment_changed, self);
      g_signal_handlers_block_by_func (self->vadjustment, on_adjustment_changed, self);
    }
  gtk_adjustment_set_value (self->hadjustment, x);
  gtk_adjustment_set_value (self->vadjustment, y);
  if (quiet)
    {
      g_signal_handlers_unblock_by_func (self->hadjustment, on_adjustment_changed, self);
      g_signal_handlers_unblock_by_func (self->vadjustment, on_adjustment_changed, self);
    }
}

/* The GtkScrollable adjustments: @slot is the canvas's horizontal or
 * vertical one. */
void
_pc_canvas_focus_set_adjustment (PcCanvas       *self,
                                 GtkAdjustment **slot,
                                 GtkAdjustment  *adjustment)
{
  if (*slot == adjustment && adjustment != NULL)
    return;

  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, on_adjustment_changed, self);
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);

  g_set_object (slot, adjustment);
  g_signal_connect_object (adjustment, "value-changed",
                           G_CALLBACK (on_adjustment_changed), self, G_CONNECT_SWAPPED);
  on_adjustment_changed (self);
}

static void
configure_adjustment (GtkAdjustment *adjustment,
                      double         content,
                      double         viewport)
{
  double upper = MAX (content, viewport);
  double value = CLAMP (gtk_adjustment_get_value (adjustment), 0, upper - viewport);

  gtk_adjustment_configure (adjustment, value, 0, upper,
                            viewport * 0.1, viewport * 0.9, viewport);
}

/* Sets the scrollbars' ranges for a viewport of @width × @height. */
void
_pc_canvas_focus_configure_scrolling (PcCanvas *self,
                                      int       width,
                                      int       height)
{
  double content_width, content_height;

  _pc_canvas_get_content_size (self, &content_width, &content_height);
  if (self->hadjustment != NULL)
    {
      g_signal_handlers_block_by_func (self->hadjustment, on_adjustment_changed, self);
      configure_adjustment (self->hadjustment, content_width, width);
      g_signal_handlers_unblock_by_func (self->hadjustment, on_adjustment_changed, self);
    }
  if (self->vadjustment != NULL)
    {
      g_signal_handlers_block_by_func (self->vadjustment, on_adjustment_changed, self);
      configure_adjustment (self->vadjustment, content_height, height);
      g_signal_handlers_unblock_by_func (self->vadjustment, on_adjustment_changed, self);
    }
}

/* The map was scaled by @ratio: the centre of the @width × @height view
 * stays where it was. */
void
_pc_canvas_focus_scale_scroll (PcCanvas *self,
                               double    ratio,
                               double    width,
                               double    height)
{
  double content_width, content_height, cx, cy;

  if (self->hadjustment == NULL || self->vadjustment == NULL)
    return;

  _pc_canvas_get_content_size (self, &content_width, &content_height);
  cx = (gtk_adjustment_get_value (self->hadjustment) + width / 2) * ratio - width / 2;
  cy = (gtk_adjustment_get_value (self->vadjustment) + height / 2) * ratio - height / 2;
  configure_adjustment (self->hadjustment, content_width, width);
  configure_adjustment (self->vadjustment, content_height, height);
  gtk_adjustment_set_value (self->hadjustment, cx);
  gtk_adjustment_set_value (self->vadjustment, cy);
}

/* Focus */

/* The scroll position that shows @rect in a viewport of @width × @height,
 * moving as little as possible. */
static void
scroll_target (PcCanvas     *self,
               const PcRect *rect,
               double        width,
               double        height,
               double       *x,
               double       *y)
{
  double sx, sy;

  _pc_canvas_to_layout (self, 0, 0, &sx, &sy);
  if (rect->x < sx)
    sx = rect->x - 12;
  else if (rect->x + rect->width > sx + width)
    sx = rect->x + rect->width - width + 12;
  if (rect->y < sy)
    sy = rect->y - 12;
  else if (rect->y + rect->height > sy + height)
    sy = rect->y + rect->height - height + 12;
  *x = sx;
  *y = sy;
}

/* Where the keyboard focus is on the map: a card, a header or the cell
 * cursor, in layout coordinates. */
gboolean
_pc_canvas_focus_get_rect (PcCanvas *self,
                           double    height,
                           PcRect   *rect)
{
  GtkWidget *child = gtk_widget_get_focus_child (GTK_WIDGET (self));

  if (self->layout == NULL)
    return FALSE;

  if (PC_IS_CARD (child))
    {
      guint index = pc_card_get_index (PC_CARD (child));
      const PcLayoutCard *lc;

      if (index >= pc_layout_get_n_cards (self->layout))
        return FALSE;
      lc = pc_layout_get_card (self->layout, index);
      if (lc->touchpoint != pc_card_get_touchpoint (PC_CARD (child)))
        return FALSE;
      *rect = lc->rect;
      return TRUE;
    }
  if (PC_IS_NOTE_WIDGET (child))
    {
      guint index = pc_note_widget_get_index (PC_NOTE_WIDGET (child));

      if (pc_note_widget_get_layout (PC_NOTE_WIDGET (child)) != self->layout ||
          index >= pc_layout_get_n_notes (self->layout))
        return FALSE;
      *rect = pc_layout_get_note (self->layout, index)->rect;
      return TRUE;
    }
  if (PC_IS_CANVAS_HEADER (child))
    {
      *rect = pc_canvas_header_get_rect (PC_CANVAS_HEADER (child));
      return TRUE;
    }
  if (child == NULL && gtk_widget_has_focus (GTK_WIDGET (self)) && self->cursor_row >= 0 &&
      self->cursor_stage < pc_layout_get_n_stages (self->layout) &&
      self->cursor_row < (int) pc_layout_get_n_rows (self->layout))
    {
      *rect = _pc_canvas_row_cell_rect (self, self->cursor_stage, self->cursor_row);
      rect->height = MIN (rect->height, height / 2.0);
      return TRUE;
    }
  if (child == NULL && gtk_widget_has_focus (GTK_WIDGET (self)) &&
      self->cursor_stage < pc_layout_get_n_stages (self->layout) &&
      self->cursor_lane < pc_layout_get_n_lanes (self->layout))
    {
      *rect = _pc_canvas_cell_rect (self, self->cursor_stage, self->cursor_lane);
      rect->height = MIN (rect->height, height / 2.0);
      return TRUE;
    }
  return FALSE;
}

/* Called while allocating a new viewport size (the window was resized,
 * the side pane opened): what has the focus stays in view. The scrolling
 * happens here, before the children are placed, and without queueing
 * another allocation. */
void
_pc_canvas_focus_keep_visible (PcCanvas *self,
                               int       width,
                               int       height)
{
  PcRect rect;
  double sx, sy;

  if (self->hadjustment == NULL || self->vadjustment == NULL ||
      width <= 0 || height <= 0 || !_pc_canvas_focus_get_rect (self, height, &rect))
    return;

  scroll_target (self, &rect, width, height, &sx, &sy);
  set_scroll (self, sx, sy, TRUE);
}

void
_pc_canvas_focus_scroll_to (PcCanvas     *self,
                            const PcRect *rect)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double sx, sy;

  if (self->hadjustment == NULL || self->vadjustment == NULL || width <= 0)
    return;

  /* The map may have grown since the last allocation (a card was just
   * added): the ranges must know before the value is set. */
  _pc_canvas_focus_configure_scrolling (self, width, height);
  scroll_target (self, rect, width, height, &sx, &sy);
  set_scroll (self, sx, sy, FALSE);
}

/* The canvas itself takes the focus, without moving the cell cursor. */
void
_pc_canvas_focus_canvas (PcCanvas *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_widget_grab_focus (GTK_WIDGET (self));
  /* Grabbing focus on a parent keeps a child's focus; move it here. */
  if (gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL && root != NULL)
    gtk_root_set_focus (root, GTK_WIDGET (self));
}

/* The cell cursor moves to a cell, and the canvas takes the focus. */
void
_pc_canvas_focus_cell (PcCanvas *self,
                       guint     stage,
                       guint     lane)
{
  self->cursor_stage = stage;
  self->cursor_lane = lane;
  self->cursor_row = -1;
  pc_canvas_set_selected_connector (self, NULL);
  _pc_canvas_focus_canvas (self);
  if (self->layout != NULL && stage < pc_layout_get_n_stages (self->layout) &&
      lane < pc_layout_get_n_lanes (self->layout))
    {
      PcRect rect = _pc_canvas_cell_rect (self, stage, lane);
      rect.height = MIN (rect.height, gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
      _pc_canvas_focus_scroll_to (self, &rect);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_pc_canvas_focus_touchpoint (PcCanvas     *self,
                             PcTouchpoint *touchpoint)
{
  PcCard *card;
  int index;

  _pc_canvas_ensure_layout (self);
  /* Out of view on a big map, the card has no widget yet. */
  card = _pc_canvas_ensure_card (self, touchpoint);
  if (card == NULL)
    return;

  index = pc_layout_find_card (self->layout, touchpoint);
  if (index >= 0)
    {
      const PcLayoutCard *lc = pc_layout_get_card (self->layout, index);
      self->cursor_stage = lc->stage_index;
      self->cursor_lane = lc->lane_index;
      _pc_canvas_focus_scroll_to (self, &lc->rect);
    }
  pc_canvas_set_selected (self, touchpoint);
  gtk_widget_grab_focus (GTK_WIDGET (card));
}

/* The cell cursor moves to a row's cell, and the canvas takes the
 * focus. */
void
_pc_canvas_focus_row_cell (PcCanvas *self,
                           guint     stage,
                           guint     row)
{
  pc_canvas_set_selected_connector (self, NULL);
  pc_canvas_set_selected (self, NULL);
  self->cursor_stage = stage;
  self->cursor_row = row;
  _pc_canvas_focus_canvas (self);
  if (self->layout != NULL && stage < pc_layout_get_n_stages (self->layout) &&
      row < pc_layout_get_n_rows (self->layout))
    {
      PcRect rect = _pc_canvas_row_cell_rect (self, stage, row);
      rect.height = MIN (rect.height, gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
      _pc_canvas_focus_scroll_to (self, &rect);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The note or gathered item at @index of the layout takes the focus (its
 * widget is made if it is out of view). */
void
_pc_canvas_focus_note (PcCanvas *self,
                       guint     index)
{
  PcNoteWidget *widget = _pc_canvas_ensure_note (self, index);
  const PcLayoutNote *ln;

  if (widget == NULL)
    return;
  ln = pc_layout_get_note (self->layout, index);
  self->cursor_stage = ln->stage_index;
  pc_canvas_set_selected_connector (self, NULL);
  _pc_canvas_focus_scroll_to (self, &ln->rect);
  gtk_widget_grab_focus (GTK_WIDGET (widget));
}

/* Back to what was being renamed: its card, note or header, else the
 * canvas. */
void
_pc_canvas_focus_object (PcCanvas *self,
                         GObject  *object)
{
  PcCanvasHeader *header;
  int index;

  if (PC_IS_TOUCHPOINT (object))
    {
      _pc_canvas_focus_touchpoint (self, PC_TOUCHPOINT (object));
      return;
    }
  if (PC_IS_NOTE (object))
    {
      _pc_canvas_ensure_layout (self);
      if (self->layout != NULL && (index = pc_layout_find_note (self->layout, PC_NOTE (object))) >= 0)
        _pc_canvas_focus_note (self, index);
      else
        _pc_canvas_focus_canvas (self);
      return;
    }

  _pc_canvas_ensure_layout (self);
  if ((header = _pc_canvas_header_for (self, object)) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (header));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self));
}
