/* pc-canvas-input.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Part of the canvas (see pc-canvas-private.h): pointer input. Clicks,
 * drags of cards and headers, channels dropped from the palette, the
 * context menu, Ctrl+scroll zoom. The gestures only translate events into
 * the pc_canvas_drag_*() calls that the tests make too; where a drag would
 * drop is left in the canvas's state for the drawing part to show. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-canvas-private.h"
#include "pc-daylife.h"
#include "pc-edit.h"

#define DRAG_THRESHOLD 8.0
#define CHANNEL_PREFIX "parcours-channel:"

/* How far from its path a click still hits an arrow, in px at zoom 1. */
#define HIT_TOLERANCE 6.0
#define HIT_TOLERANCE_MIN 4.0

/* The drop position for (lx, ly), counted without the dragged card, the
 * way pc_edit_move_touchpoint() counts. */
static void
update_drop_target (PcCanvas *self,
                    double    lx,
                    double    ly)
{
  PcTouchpoint *moving = self->drag_card ? pc_card_get_touchpoint (self->drag_card) : NULL;
  guint stage, lane, index;

  self->drop_valid = pc_layout_cell_at (self->layout, lx, ly, &stage, &lane);
  if (!self->drop_valid)
    return;

  index = pc_layout_drop_index (self->layout, stage, lane, lx, ly);
  if (moving != NULL)
    {
      const PcLayoutCard *card = pc_layout_get_card (self->layout, pc_card_get_index (self->drag_card));
      if (card->stage_index == stage && card->lane_index == lane && card->index_in_cell < index)
        index--;
    }

  self->drop_stage = stage;
  self->drop_lane = lane;
  self->drop_index = MIN (index, _pc_canvas_cell_cards (self, stage, lane, moving, NULL));
}

/* The row cell and the place among its typed notes for a note dropped
 * at (lx, ly), counted without the dragged note, the way
 * pc_edit_move_note() counts. */
static void
update_note_drop_target (PcCanvas *self,
                         double    lx,
                         double    ly)
{
  PcNote *moving = self->drag_note ? pc_note_widget_get_note (self->drag_note) : NULL;
  const PcLayoutNote *ln = _pc_canvas_find_note (self, moving);
  guint stage, row, index;

  self->drop_valid = moving != NULL && pc_layout_row_cell_at (self->layout, lx, ly, &stage, &row);
  if (!self->drop_valid)
    return;

  index = pc_layout_note_drop_index (self->layout, stage, row, lx, ly);
  if (ln != NULL && ln->stage_index == stage && ln->row_index == row && ln->index_in_cell < index)
    index--;

  self->drop_stage = stage;
  self->drop_row = row;
  self->drop_index = MIN (index, _pc_canvas_row_cell_notes (self, stage, row, TRUE, moving, NULL));
}

/* Final position of a dragged stage, lane or row among the others (the
 * visible ones, for a row). */
static guint
header_drop_position (PcCanvas *self,
                      double    lx,
                      double    ly)
{
  gboolean stages = self->drag_kind == PC_CANVAS_DRAG_STAGE;
  gboolean rows = self->drag_kind == PC_CANVAS_DRAG_ROW;
  guint n = stages ? pc_layout_get_n_stages (self->layout)
          : rows ? pc_layout_get_n_rows (self->layout) : pc_layout_get_n_lanes (self->layout);
  guint position = 0;

  for (guint i = 0; i < n; i++)
    {
      GObject *item;
      double middle;

      if (stages)
        {
          const PcLayoutStage *s = pc_layout_get_stage (self->layout, i);
          item = G_OBJECT (s->stage);
          middle = s->column.x + s->column.width / 2;
        }
      else if (rows)
        {
          const PcLayoutRow *r = pc_layout_get_row (self->layout, i);
          item = G_OBJECT (r->row);
          middle = r->band.y + r->band.height / 2;
        }
      else
        {
          const PcLayoutLane *l = pc_layout_get_lane (self->layout, i);
          item = G_OBJECT (l->lane);
          middle = l->band.y + l->band.height / 2;
        }
      if (item != self->drag_item && middle < (stages ? lx : ly))
        position++;
    }
  return position;
}

static PcConnector *
connector_at (PcCanvas *self,
              double    lx,
              double    ly)
{
  double tolerance = MAX (HIT_TOLERANCE * self->zoom, HIT_TOLERANCE_MIN);
  int index;

  index = pc_layout_connector_at (self->layout, lx, ly, tolerance);
  return index >= 0 ? pc_layout_get_connector (self->layout, index)->connector : NULL;
}

/* The box around the arrows of card @index, with room for arrowheads. */
static gboolean
connectors_bounds (PcCanvas *self,
                   guint     index,
                   PcRect   *box)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  guint n;
  const guint *conns = pc_layout_get_card_connectors (self->layout, index, &n);

  for (guint i = 0; i < n; i++)
    {
      const PcLayoutConnector *c = pc_layout_get_connector (self->layout, conns[i]);

      for (guint p = 0; p < c->n_points; p++)
        {
          x0 = MIN (x0, c->points[p].x);
          y0 = MIN (y0, c->points[p].y);
          x1 = MAX (x1, c->points[p].x);
          y1 = MAX (y1, c->points[p].y);
        }
    }
  if (x0 > x1)
    return FALSE;

  *box = (PcRect) { x0 - 16, y0 - 16, x1 - x0 + 32, y1 - y0 + 32 };
  return TRUE;
}

gboolean
pc_canvas_drag_begin (PcCanvas *self,
                      double    x,
                      double    y)
{
  PcCanvasHeader *header;
  double lx, ly;
  int index;

  g_return_val_if_fail (PC_IS_CANVAS (self), FALSE);

  pc_canvas_drag_cancel (self);
  _pc_canvas_ensure_layout (self);
  if (self->layout == NULL || self->history == NULL)
    return FALSE;

  _pc_canvas_to_layout (self, x, y, &lx, &ly);
  self->drag_start_x = lx;
  self->drag_start_y = ly;
  self->drag_started = FALSE;

  if ((index = pc_layout_card_at (self->layout, lx, ly)) >= 0)
    {
      const PcLayoutCard *card = pc_layout_get_card (self->layout, index);

      /* While voting, a click on a card is a vote, never a move. */
      if (self->voting)
        return FALSE;
      self->drag_card = _pc_canvas_ensure_card (self, card->touchpoint);
      if (self->drag_card == NULL)
        return FALSE;
      self->drag_kind = PC_CANVAS_DRAG_CARD;
      self->drag_grab_x = lx - card->rect.x;
      self->drag_grab_y = ly - card->rect.y;
      return TRUE;
    }

  /* A typed note moves to another cell; gathered items stay with their
   * cards. */
  if ((index = pc_layout_note_at (self->layout, lx, ly)) >= 0)
    {
      const PcLayoutNote *ln = pc_layout_get_note (self->layout, index);

      if (self->voting || ln->gathered || (self->drag_note = _pc_canvas_ensure_note (self, index)) == NULL)
        return FALSE;
      self->drag_kind = PC_CANVAS_DRAG_NOTE;
      self->drag_grab_x = lx - ln->rect.x;
      self->drag_grab_y = ly - ln->rect.y;
      self->drag_note_rect = ln->rect;
      return TRUE;
    }

  if ((header = _pc_canvas_header_at (self, lx, ly)) != NULL)
    {
      GObject *item = pc_canvas_header_get_item (header);

      /* A day in the life orders its columns by their times. */
      if (PC_IS_STAGE (item) && pc_daylife_is_timeline (self->map))
        return FALSE;
      self->drag_kind = PC_IS_STAGE (item) ? PC_CANVAS_DRAG_STAGE
                      : PC_IS_ROW (item) ? PC_CANVAS_DRAG_ROW : PC_CANVAS_DRAG_LANE;
      g_set_object (&self->drag_item, item);
      return TRUE;
    }

  return FALSE;
}

void
pc_canvas_drag_update (PcCanvas *self,
                       double    x,
                       double    y)
{
  double lx, ly;

  g_return_if_fail (PC_IS_CANVAS (self));

  if (self->drag_kind == PC_CANVAS_DRAG_NONE || self->layout == NULL)
    return;

  _pc_canvas_to_layout (self, x, y, &lx, &ly);
  if (!self->drag_started &&
      hypot (lx - self->drag_start_x, ly - self->drag_start_y) < DRAG_THRESHOLD)
    return;

  self->drag_started = TRUE;

  if (self->drag_kind == PC_CANVAS_DRAG_CARD && self->drag_card != NULL)
    {
      guint index = pc_card_get_index (self->drag_card);
      PcRect before, after;
      gboolean routed;

      pc_card_set_dragging (self->drag_card, TRUE);
      /* Only this card and its connectors move: the static tiles stay, and
       * only the connector tiles its arrows cross are drawn again. */
      routed = connectors_bounds (self, index, &before);
      pc_layout_move_card (self->layout, index, lx - self->drag_grab_x, ly - self->drag_grab_y);
      if (routed && connectors_bounds (self, index, &after))
        {
          _pc_canvas_invalidate_connectors (self, &before);
          _pc_canvas_invalidate_connectors (self, &after);
        }
      update_drop_target (self, lx, ly);
      gtk_widget_queue_allocate (GTK_WIDGET (self));
    }
  else if (self->drag_kind == PC_CANVAS_DRAG_NOTE && self->drag_note != NULL)
    {
      pc_note_widget_set_dragging (self->drag_note, TRUE);
      self->drag_note_rect.x = lx - self->drag_grab_x;
      self->drag_note_rect.y = ly - self->drag_grab_y;
      update_note_drop_target (self, lx, ly);
      gtk_widget_queue_allocate (GTK_WIDGET (self));
    }
  else if (self->drag_kind == PC_CANVAS_DRAG_STAGE || self->drag_kind == PC_CANVAS_DRAG_LANE ||
           self->drag_kind == PC_CANVAS_DRAG_ROW)
    self->drop_position = header_drop_position (self, lx, ly);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
end_drag_state (PcCanvas *self)
{
  gboolean moved_card = self->drag_kind == PC_CANVAS_DRAG_CARD && self->drag_started;
  gboolean moved_note = self->drag_kind == PC_CANVAS_DRAG_NOTE && self->drag_started;

  if (self->drag_card != NULL)
    pc_card_set_dragging (self->drag_card, FALSE);
  if (self->drag_note != NULL)
    pc_note_widget_set_dragging (self->drag_note, FALSE);
  self->drag_card = NULL;
  self->drag_note = NULL;
  self->drag_kind = PC_CANVAS_DRAG_NONE;
  self->drag_started = FALSE;
  self->drop_valid = FALSE;
  g_clear_object (&self->drag_item);

  /* The layout was changed in place during the drag: lay out again. */
  if (moved_card)
    _pc_canvas_queue_relayout (self);
  /* The dragged note goes back to its place, or to its new one (and its
   * widget back to the recycler if that is out of view). */
  if (moved_note)
    {
      _pc_canvas_queue_update_view (self);
      self->allocate_all = TRUE;
      gtk_widget_queue_allocate (GTK_WIDGET (self));
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
pc_canvas_drag_cancel (PcCanvas *self)
{
  g_return_if_fail (PC_IS_CANVAS (self));

  if (self->drag_kind != PC_CANVAS_DRAG_NONE)
    end_drag_state (self);
}

/* A dragged row goes before the @position'th visible row but itself (or
 * after the last one): its place in the map's list of rows, hidden ones
 * included, follows. One undo step. */
static gboolean
drop_row (PcCanvas *self,
          guint     position)
{
  GListModel *rows = G_LIST_MODEL (pc_map_get_rows (self->map));
  PcRow *row = PC_ROW (self->drag_item), *target = NULL;
  guint current, index = 0, seen = 0;

  if (!pc_list_find (rows, row, &current))
    return FALSE;
  for (guint i = 0; i < pc_layout_get_n_rows (self->layout) && target == NULL; i++)
    {
      PcRow *other = pc_layout_get_row (self->layout, i)->row;

      if (other != row && seen++ == position)
        target = other;
    }
  if (target != NULL)
    {
      /* Counted without the dragged row, as pc_edit_move_row() places it. */
      pc_list_find (rows, target, &index);
      if (current < index)
        index--;
    }
  else
    index = g_list_model_get_n_items (rows) - 1;
  if (index == current)
    return FALSE;

  pc_edit_move_row (self->history, self->map, row, index);
  pc_history_break_merge (self->history);
  return TRUE;
}

gboolean
pc_canvas_drag_end (PcCanvas *self,
                    double    x,
                    double    y)
{
  g_autoptr(PcTouchpoint) touchpoint = NULL;
  g_autoptr(PcNote) note = NULL;
  g_autoptr(PcRow) row = NULL;
  gboolean changed = FALSE;
  double lx, ly;

  g_return_val_if_fail (PC_IS_CANVAS (self), FALSE);

  if (self->drag_kind == PC_CANVAS_DRAG_NONE)
    return FALSE;

  pc_canvas_drag_update (self, x, y);
  if (!self->drag_started)
    {
      end_drag_state (self);
      return FALSE;
    }

  _pc_canvas_to_layout (self, x, y, &lx, &ly);

  if (self->drag_kind == PC_CANVAS_DRAG_CARD && self->drag_card != NULL && self->drop_valid)
    {
      guint before = pc_history_get_undo_depth (self->history);

      touchpoint = g_object_ref (pc_card_get_touchpoint (self->drag_card));
      pc_history_begin_group (self->history, _("Move touchpoint"));
      pc_edit_move_touchpoint (self->history, self->map, touchpoint,
                               pc_entity_get_id (PC_ENTITY (pc_layout_get_stage (self->layout, self->drop_stage)->stage)),
                               pc_entity_get_id (PC_ENTITY (pc_layout_get_lane (self->layout, self->drop_lane)->lane)),
                               self->drop_index);
      pc_history_end_group (self->history);
      pc_history_break_merge (self->history);
      changed = pc_history_get_undo_depth (self->history) != before;
    }
  else if (self->drag_kind == PC_CANVAS_DRAG_NOTE && self->drag_note != NULL && self->drop_valid &&
           pc_note_widget_get_note (self->drag_note) != NULL)
    {
      guint before = pc_history_get_undo_depth (self->history);

      note = g_object_ref (pc_note_widget_get_note (self->drag_note));
      pc_edit_move_note (self->history, self->map, note,
                         pc_entity_get_id (PC_ENTITY (pc_layout_get_row (self->layout, self->drop_row)->row)),
                         pc_entity_get_id (PC_ENTITY (pc_layout_get_stage (self->layout, self->drop_stage)->stage)),
                         self->drop_index);
      pc_history_break_merge (self->history);
      changed = pc_history_get_undo_depth (self->history) != before;
    }
  else if (self->drag_kind == PC_CANVAS_DRAG_ROW)
    {
      row = g_object_ref (PC_ROW (self->drag_item));
      changed = drop_row (self, header_drop_position (self, lx, ly));
    }
  else if (self->drag_kind == PC_CANVAS_DRAG_STAGE || self->drag_kind == PC_CANVAS_DRAG_LANE)
    {
      gboolean stages = self->drag_kind == PC_CANVAS_DRAG_STAGE;
      GListStore *store = stages ? pc_map_get_stages (self->map) : pc_map_get_lanes (self->map);
      guint position = header_drop_position (self, lx, ly), current;

      if (pc_list_find (G_LIST_MODEL (store), self->drag_item, &current) && current != position)
        {
          pc_edit_reorder (self->history, store, self->drag_item, position,
                           stages ? _("Move stage") : _("Move lane"));
          pc_history_break_merge (self->history);
          changed = TRUE;
        }
    }

  end_drag_state (self);
  if (touchpoint != NULL)
    _pc_canvas_move_focus_to_touchpoint (self, touchpoint);
  if (note != NULL)
    _pc_canvas_move_focus_to_object (self, G_OBJECT (note));
  if (row != NULL)
    _pc_canvas_move_focus_to_object (self, G_OBJECT (row));

  return changed;
}

PcTouchpoint *
pc_canvas_drop_channel (PcCanvas  *self,
                        PcChannel  channel,
                        double     x,
                        double     y)
{
  double lx, ly;

  g_return_val_if_fail (PC_IS_CANVAS (self), NULL);

  _pc_canvas_ensure_layout (self);
  if (self->layout == NULL || self->history == NULL)
    return NULL;

  _pc_canvas_to_layout (self, x, y, &lx, &ly);
  update_drop_target (self, lx, ly);
  if (!self->drop_valid)
    return NULL;

  self->drop_valid = FALSE;
  _pc_canvas_add_touchpoint_at (self, self->drop_stage, self->drop_lane, channel,
                                self->drop_index, FALSE);
  return self->selected;
}

/* Context menu on headers and cards */

typedef enum
{
  MENU_HEADER,
  MENU_CARD,
  MENU_CONNECTOR,
  MENU_NOTE,
  MENU_GATHERED,
  MENU_ROW,
  MENU_ROW_CELL,
} MenuKind;

static void
fill_row_menu (GMenu    *menu,
               MenuKind  kind)
{
  g_autoptr(GMenu) section = g_menu_new ();

  g_menu_append (menu, _("_Add Note"), "canvas.add-touchpoint");
  if (kind == MENU_ROW_CELL)
    return;
  g_menu_append (menu, _("_Rename"), "canvas.rename");
  g_menu_append (section, _("Move _Up"), "canvas.move-row(-1)");
  g_menu_append (section, _("Move Do_wn"), "canvas.move-row(1)");
  g_menu_append (section, _("_Hide"), "canvas.hide-row");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_menu_append (menu, _("_Delete Row"), "canvas.delete");
}

/* Closing a menu gives the focus to the popover's parent, the canvas,
 * before the item chosen acts on what has the focus: it goes back to the
 * card, note or header the menu was opened on. */
static gboolean
forget_menu_target (gpointer data)
{
  g_object_set_data (data, "pc-menu-target", NULL);
  return G_SOURCE_REMOVE;
}

static void
menu_closed_cb (GtkPopover *popover,
                PcCanvas   *self)
{
  GtkWidget *target = g_object_get_data (G_OBJECT (popover), "pc-menu-target");

  if (target != NULL && gtk_widget_get_parent (target) == GTK_WIDGET (self) &&
      gtk_widget_get_mapped (target))
    gtk_widget_grab_focus (target);
  /* The item chosen has run by the next idle: from then on the keyboard
   * acts on what has the focus, never on a menu's past target. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, forget_menu_target, g_object_ref (popover),
                   g_object_unref);
}

static void
remember_menu_target (PcCanvas *self)
{
  GtkWidget *target = gtk_widget_get_focus_child (GTK_WIDGET (self));

  if (target == NULL || target == self->context_menu)
    return;
  g_object_set_data_full (G_OBJECT (self->context_menu), "pc-menu-target", g_object_ref (target),
                          g_object_unref);
  g_signal_connect_object (self->context_menu, "closed", G_CALLBACK (menu_closed_cb), self, 0);
}

static void
show_context_menu (PcCanvas *self,
                   double    x,
                   double    y,
                   MenuKind  kind)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  if (kind == MENU_ROW || kind == MENU_ROW_CELL)
    fill_row_menu (menu, kind);
  else if (kind == MENU_GATHERED)
    /* Enter on a gathered item goes to its card. */
    g_menu_append (menu, _("_Go to Card"), "canvas.go-to-card");
  else
    {
      if (kind != MENU_CONNECTOR)
        g_menu_append (menu, _("_Rename"), "canvas.rename");
      if (kind == MENU_CARD)
        g_menu_append (menu, _("_Connect to…"), "canvas.connect");
      if (kind == MENU_CARD || kind == MENU_NOTE)
        {
          g_menu_append (menu, _("Add a _Vote"), "canvas.vote(1)");
          g_menu_append (menu, _("Remove a V_ote"), "canvas.vote(-1)");
        }
      g_menu_append (menu, kind == MENU_CONNECTOR ? _("_Delete Connector") : _("_Delete"),
                     "canvas.delete");
    }

  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  self->context_menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu),
                               &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  remember_menu_target (self);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

/* Shift+F10 or the Menu key: the menu of what has the focus, next to
 * it. */
void
_pc_canvas_input_show_menu (PcCanvas *self)
{
  GtkWidget *child = gtk_widget_get_focus_child (GTK_WIDGET (self));
  MenuKind kind;
  PcRect rect;
  double sx, sy;

  _pc_canvas_ensure_layout (self);
  if (self->layout == NULL)
    return;
  if (PC_IS_CARD (child))
    kind = MENU_CARD;
  else if (PC_IS_NOTE_WIDGET (child))
    kind = pc_note_widget_get_note (PC_NOTE_WIDGET (child)) ? MENU_NOTE : MENU_GATHERED;
  else if (PC_IS_CANVAS_HEADER (child))
    kind = PC_IS_ROW (pc_canvas_header_get_item (PC_CANVAS_HEADER (child))) ? MENU_ROW : MENU_HEADER;
  else if (self->selected_connector != NULL)
    kind = MENU_CONNECTOR;
  else if (self->cursor_row >= 0)
    kind = MENU_ROW_CELL;
  else
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  if (!_pc_canvas_get_focus_rect (self, &rect))
    rect = (PcRect) { 0 };
  _pc_canvas_to_layout (self, 0, 0, &sx, &sy);
  show_context_menu (self, rect.x - sx + MIN (rect.width, 24), rect.y - sy + MIN (rect.height, 24),
                     kind);
}

/* The canvas's "Add Insight Row" button: the kinds of row to add, the
 * main menu's, under it. */
void
_pc_canvas_input_show_row_kinds (PcCanvas *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  graphene_rect_t bounds;

  if (self->add_row_menu == NULL ||
      !gtk_widget_compute_bounds (self->add_row_button, GTK_WIDGET (self), &bounds))
    return;

  /* Activated from the keyboard or a screen reader, the button may be
   * out of view: the menu stays inside the view. */
  bounds.origin.x = CLAMP (bounds.origin.x, 0, MAX (width - bounds.size.width, 0));
  bounds.origin.y = CLAMP (bounds.origin.y, 0, MAX (height - bounds.size.height, 0));

  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  self->context_menu = gtk_popover_menu_new_from_model (self->add_row_menu);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
  gtk_popover_set_position (GTK_POPOVER (self->context_menu), GTK_POS_BOTTOM);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu),
                               &(GdkRectangle) { (int) bounds.origin.x, (int) bounds.origin.y,
                                                 (int) bounds.size.width, (int) bounds.size.height });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

/* Controllers */

void
pc_canvas_press (PcCanvas *self,
                 double    x,
                 double    y,
                 guint     button,
                 int       n_press)
{
  PcCanvasHeader *header;
  PcConnector *connector;
  double lx, ly;
  guint stage, lane;
  int index;

  g_return_if_fail (PC_IS_CANVAS (self));

  _pc_canvas_ensure_layout (self);
  if (self->layout == NULL)
    return;

  _pc_canvas_to_layout (self, x, y, &lx, &ly);

  /* Cards are on top of the arrows, the arrows on top of the cells. */
  if ((index = pc_layout_card_at (self->layout, lx, ly)) >= 0)
    {
      PcTouchpoint *touchpoint = pc_layout_get_card (self->layout, index)->touchpoint;

      if (self->connect_from != NULL && button == GDK_BUTTON_PRIMARY)
        {
          _pc_canvas_finish_connect (self, touchpoint);
          return;
        }
      _pc_canvas_move_focus_to_touchpoint (self, touchpoint);
      if (button == GDK_BUTTON_SECONDARY)
        show_context_menu (self, x, y, MENU_CARD);
      else if (n_press == 2)
        _pc_canvas_activate_card (self, touchpoint);
    }
  else if ((index = pc_layout_note_at (self->layout, lx, ly)) >= 0)
    {
      PcNoteWidget *note = _pc_canvas_ensure_note (self, index);

      if (note == NULL)
        return;
      _pc_canvas_move_focus_to_note (self, index);
      if (button == GDK_BUTTON_SECONDARY)
        show_context_menu (self, x, y, pc_note_widget_get_note (note) ? MENU_NOTE : MENU_GATHERED);
      else if (n_press == 2)
        _pc_canvas_activate_note (self, note);
    }
  else if ((header = _pc_canvas_header_at (self, lx, ly)) != NULL)
    {
      pc_canvas_set_selected_connector (self, NULL);
      gtk_widget_grab_focus (GTK_WIDGET (header));
      if (button == GDK_BUTTON_SECONDARY)
        show_context_menu (self, x, y,
                           PC_IS_ROW (pc_canvas_header_get_item (header)) ? MENU_ROW : MENU_HEADER);
      else if (n_press == 2)
        _pc_canvas_activate_header (self, header);
    }
  else if (self->connect_from == NULL &&
           (connector = connector_at (self, lx, ly)) != NULL)
    {
      _pc_canvas_move_focus_to_canvas (self);
      pc_canvas_set_selected_connector (self, connector);
      if (button == GDK_BUTTON_SECONDARY)
        show_context_menu (self, x, y, MENU_CONNECTOR);
    }
  else if (pc_layout_row_cell_at (self->layout, lx, ly, &stage, &lane))
    {
      _pc_canvas_move_focus_to_row_cell (self, stage, lane);
      if (button == GDK_BUTTON_SECONDARY)
        show_context_menu (self, x, y, MENU_ROW_CELL);
      else if (n_press == 2 && button == GDK_BUTTON_PRIMARY && self->history != NULL)
        gtk_widget_activate_action (GTK_WIDGET (self), "canvas.add-touchpoint", NULL);
    }
  else if (pc_layout_cell_at (self->layout, lx, ly, &stage, &lane))
    {
      pc_canvas_set_selected (self, NULL);
      _pc_canvas_move_focus_to_cell (self, stage, lane);
      if (n_press == 2 && button == GDK_BUTTON_PRIMARY && self->history != NULL)
        gtk_widget_activate_action (GTK_WIDGET (self), "canvas.add-touchpoint", NULL);
    }
  else
    {
      pc_canvas_set_selected_connector (self, NULL);
      gtk_widget_grab_focus (GTK_WIDGET (self));
    }
}

gboolean
pc_canvas_vote_click (PcCanvas *self,
                      double    x,
                      double    y,
                      gboolean  remove)
{
  double lx, ly;
  int index;

  g_return_val_if_fail (PC_IS_CANVAS (self), FALSE);

  _pc_canvas_ensure_layout (self);
  if (!self->voting || self->layout == NULL || self->history == NULL)
    return FALSE;

  _pc_canvas_to_layout (self, x, y, &lx, &ly);
  if ((index = pc_layout_card_at (self->layout, lx, ly)) >= 0)
    _pc_canvas_move_focus_to_touchpoint (self, pc_layout_get_card (self->layout, index)->touchpoint);
  else if ((index = pc_layout_note_at (self->layout, lx, ly)) >= 0 &&
           !pc_layout_get_note (self->layout, index)->gathered)
    _pc_canvas_move_focus_to_note (self, index);
  else
    return FALSE;

  gtk_widget_activate_action (GTK_WIDGET (self), "canvas.vote", "i", remove ? -1 : 1);
  return TRUE;
}

static void
on_pressed (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            PcCanvas        *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  /* Every press is a vote: three quick clicks are three votes. */
  if (self->voting && (button == GDK_BUTTON_PRIMARY || button == GDK_BUTTON_SECONDARY) &&
      pc_canvas_vote_click (self, x, y,
                            button == GDK_BUTTON_SECONDARY || (state & GDK_SHIFT_MASK) != 0))
    return;
  pc_canvas_press (self, x, y, button, n_press);
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               PcCanvas       *self)
{
  if (!pc_canvas_drag_begin (self, x, y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

/* Near an edge of the view, a drag scrolls the map under the pointer. */
static void
autoscroll (PcCanvas *self,
            double    x,
            double    y)
{
  GtkScrollable *scrollable = GTK_SCROLLABLE (self);
  GtkAdjustment *h = gtk_scrollable_get_hadjustment (scrollable);
  GtkAdjustment *v = gtk_scrollable_get_vadjustment (scrollable);
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double edge = 48;

  if (h != NULL && x < edge)
    gtk_adjustment_set_value (h, gtk_adjustment_get_value (h) - (edge - x) / 2);
  else if (h != NULL && x > width - edge)
    gtk_adjustment_set_value (h, gtk_adjustment_get_value (h) + (x - width + edge) / 2);
  if (v != NULL && y < edge)
    gtk_adjustment_set_value (v, gtk_adjustment_get_value (v) - (edge - y) / 2);
  else if (v != NULL && y > height - edge)
    gtk_adjustment_set_value (v, gtk_adjustment_get_value (v) + (y - height + edge) / 2);
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                PcCanvas       *self)
{
  double x, y;

  gtk_gesture_drag_get_start_point (gesture, &x, &y);
  if (self->drag_started)
    autoscroll (self, x + dx, y + dy);
  pc_canvas_drag_update (self, x + dx, y + dy);
  if (self->drag_started)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             PcCanvas       *self)
{
  double x, y;

  gtk_gesture_drag_get_start_point (gesture, &x, &y);
  pc_canvas_drag_end (self, x + dx, y + dy);
}

static void
on_drag_cancel (PcCanvas *self)
{
  pc_canvas_drag_cancel (self);
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           PcCanvas                 *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (!(state & GDK_CONTROL_MASK) || dy == 0)
    return FALSE;

  pc_canvas_set_zoom (self, pc_canvas_get_zoom (self) * (dy < 0 ? 1.1 : 1 / 1.1));
  return TRUE;
}

static gboolean
parse_channel (const GValue *value,
               PcChannel    *channel)
{
  const char *str = G_VALUE_HOLDS_STRING (value) ? g_value_get_string (value) : NULL;

  return str != NULL && g_str_has_prefix (str, CHANNEL_PREFIX) &&
         pc_channel_from_string (str + strlen (CHANNEL_PREFIX), channel);
}

static GdkDragAction
on_drop_motion (GtkDropTarget *target,
                double         x,
                double         y,
                PcCanvas      *self)
{
  double lx, ly;

  _pc_canvas_ensure_layout (self);
  if (self->layout == NULL || self->history == NULL)
    return 0;

  self->drag_kind = PC_CANVAS_DRAG_CHANNEL;
  self->drag_card = NULL;
  _pc_canvas_to_layout (self, x, y, &lx, &ly);
  update_drop_target (self, lx, ly);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  return self->drop_valid ? GDK_ACTION_COPY : 0;
}

static void
on_drop_leave (PcCanvas *self)
{
  if (self->drag_kind == PC_CANVAS_DRAG_CHANNEL)
    {
      self->drag_kind = PC_CANVAS_DRAG_NONE;
      self->drop_valid = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PcCanvas      *self)
{
  PcChannel channel;

  on_drop_leave (self);
  if (!parse_channel (value, &channel))
    return FALSE;

  return pc_canvas_drop_channel (self, channel, x, y) != NULL;
}

void
_pc_canvas_input_init (PcCanvas *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *scroll;
  GtkDropTarget *target;

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (drag, "drag-begin", G_CALLBACK (on_drag_begin), self, 0);
  g_signal_connect_object (drag, "drag-update", G_CALLBACK (on_drag_update), self, 0);
  g_signal_connect_object (drag, "drag-end", G_CALLBACK (on_drag_end), self, 0);
  g_signal_connect_object (drag, "cancel", G_CALLBACK (on_drag_cancel), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect_object (scroll, "scroll", G_CALLBACK (on_scroll), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_COPY);
  g_signal_connect_object (target, "motion", G_CALLBACK (on_drop_motion), self, 0);
  g_signal_connect_object (target, "enter", G_CALLBACK (on_drop_motion), self, 0);
  g_signal_connect_object (target, "leave", G_CALLBACK (on_drop_leave), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
