/* pc-canvas.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The map editor surface: a scrollable widget that lays the map out once
 * (pc-layout, shared with the exporters) and places one focusable card
 * widget per touchpoint. This file is the hub of the canvas: it owns the
 * widget, its state, the model and the layout, and it is the only one that
 * calls the parts (see pc-canvas-private.h); the parts ask it for what
 * another concern does. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-canvas-private.h"
#include "pc-edit.h"

static void update_actions              (PcCanvas     *self);
static void pc_canvas_emit_edit_persona (PcCanvas     *self,
                                         PcPersona    *persona);
static void pc_canvas_emit_activate     (PcCanvas     *self,
                                         PcTouchpoint *touchpoint);

/* Room right of the stages and below the lanes for the "+" buttons. */
#define ADD_MARGIN 56

/* Card widgets are made for the cards in view and this far around it (in
 * px on screen), so that scrolling a little or moving the focus to a
 * neighbour finds them made; a map of up to ALL_CARDS cards has them all. */
#define VIEW_MARGIN 256
#define ALL_CARDS 300

enum {
  PROP_0,
  PROP_SELECTED,
  PROP_SELECTED_CONNECTOR,
  PROP_SELECTED_NOTE,
  PROP_ZOOM,
  PROP_SPOTLIGHT,
  N_PROPS,
  /* GtkScrollable */
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

enum {
  EDIT_PERSONA,
  ACTIVATE_TOUCHPOINT,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (PcCanvas, pc_canvas, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

/* Card titles in px at zoom 1 in the projector style. Measured on a
 * 1920 px screen with six stages in view: title lines 36 px apart and
 * capitals 19 px high; beside the spotlight's summary, 31 px and 16 px.
 * At 29, a word as long as "Recommends" no longer fits a card's line. */
#define PRESENTATION_FONT_SIZE 28.0

/* The size of what scrolls: the map, and room for the "+" buttons. */
void
_pc_canvas_get_content_size (PcCanvas *self,
                             double   *width,
                             double   *height)
{
  *width = self->layout ? pc_layout_get_width (self->layout) + ADD_MARGIN : 0;
  *height = self->layout ? pc_layout_get_height (self->layout) + ADD_MARGIN : 0;
}

static double
scroll_x (PcCanvas *self)
{
  return self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0;
}

static double
scroll_y (PcCanvas *self)
{
  return self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;
}

void
_pc_canvas_to_layout (PcCanvas *self,
                      double    x,
                      double    y,
                      double   *lx,
                      double   *ly)
{
  *lx = x + scroll_x (self);
  *ly = y + scroll_y (self);
}

/* The note the side panel shows; selecting a touchpoint or a connector,
 * or a cell, unselects it. */
static void
set_selected_note (PcCanvas *self,
                   PcNote   *note)
{
  if (self->selected_note == note)
    return;
  g_set_object (&self->selected_note, note);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_NOTE]);
}

/* Model watching */

static void
on_model_changed (PcCanvas *self)
{
  _pc_canvas_queue_relayout (self);
}

static void
watch (PcCanvas *self,
       GObject  *object,
       GHashTable *seen)
{
  g_hash_table_add (seen, object);
  if (g_hash_table_contains (self->watched, object))
    return;

  g_hash_table_insert (self->watched, g_object_ref (object),
                       GSIZE_TO_POINTER (g_signal_connect_object (object, "notify",
                                                                  G_CALLBACK (on_model_changed),
                                                                  self, G_CONNECT_SWAPPED)));
}

static void
watch_list (PcCanvas   *self,
            GListModel *list,
            GHashTable *seen)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      watch (self, item, seen);
    }
}

static gboolean
unwatch_unseen (gpointer key,
                gpointer value,
                gpointer seen)
{
  if (g_hash_table_contains (seen, key))
    return FALSE;

  g_signal_handler_disconnect (key, GPOINTER_TO_SIZE (value));
  g_object_unref (key);
  return TRUE;
}

static void
unwatch_all (PcCanvas *self)
{
  g_autoptr(GHashTable) none = g_hash_table_new (NULL, NULL);

  g_hash_table_foreach_remove (self->watched, unwatch_unseen, none);
}

static void
update_watches (PcCanvas *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  if (self->map != NULL)
    {
      watch (self, G_OBJECT (self->map), seen);
      watch_list (self, G_LIST_MODEL (pc_map_get_stages (self->map)), seen);
      watch_list (self, G_LIST_MODEL (pc_map_get_lanes (self->map)), seen);
      watch_list (self, G_LIST_MODEL (pc_map_get_touchpoints (self->map)), seen);
      watch_list (self, G_LIST_MODEL (pc_map_get_connectors (self->map)), seen);
      watch_list (self, G_LIST_MODEL (pc_map_get_rows (self->map)), seen);
      watch_list (self, G_LIST_MODEL (pc_map_get_notes (self->map)), seen);
    }
  if (self->document != NULL)
    watch_list (self, G_LIST_MODEL (pc_document_get_personas (self->document)), seen);

  g_hash_table_foreach_remove (self->watched, unwatch_unseen, seen);
}

/* Layout */

static void
invalidate_static (PcCanvas *self)
{
  g_hash_table_remove_all (self->tiles);
  g_hash_table_remove_all (self->connector_tiles);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The connector tiles under @area are drawn again (a card is dragged). */
void
_pc_canvas_invalidate_connectors (PcCanvas     *self,
                                  const PcRect *area)
{
  _pc_canvas_draw_invalidate_connectors (self, area);
}

static gboolean
relayout_idle (gpointer data)
{
  PcCanvas *self = data;

  self->relayout_source = 0;
  _pc_canvas_ensure_layout (self);
  return G_SOURCE_REMOVE;
}

/* Coalesces the changes of one edit (a move touches several properties)
 * into one layout, computed before the next frame's layout phase: in an
 * idle that runs before the frame, else in the frame's update phase. */
void
_pc_canvas_queue_relayout (PcCanvas *self)
{
  self->layout_dirty = TRUE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  if (self->relayout_source == 0)
    self->relayout_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, relayout_idle, self, NULL);
  _pc_canvas_queue_update_view (self);
}

static void
sync_headers (PcCanvas  *self,
              GPtrArray *headers,
              GListModel *items)
{
  guint n = items ? g_list_model_get_n_items (items) : 0;
  gboolean same = headers->len == n;

  for (guint i = 0; same && i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      same = pc_canvas_header_get_item (g_ptr_array_index (headers, i)) == item;
    }
  if (same)
    return;

  for (guint i = 0; i < headers->len; i++)
    gtk_widget_unparent (g_ptr_array_index (headers, i));
  g_ptr_array_set_size (headers, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      GtkWidget *header = pc_canvas_header_new (item);

      gtk_widget_insert_before (header, GTK_WIDGET (self), self->add_stage_button);
      g_ptr_array_add (headers, header);
    }
}

/* Card widgets */

static GtkWidget *
create_card (gpointer data)
{
  return pc_card_new (NULL);
}

static void
bind_card (GtkWidget *widget,
           gpointer   item,
           gpointer   data)
{
  PcCanvas *self = data;

  if (item == NULL)
    {
      if (self->drag_card == PC_CARD (widget))
        self->drag_card = NULL;
      if (self->status_card == PC_CARD (widget))
        self->status_card = NULL;
    }
  pc_card_set_touchpoint (PC_CARD (widget), item);
}

/* Makes (or finds) the widget of the card at @index of the layout. */
static PcCard *
acquire_card (PcCanvas *self,
              guint     index)
{
  const PcLayoutCard *lc = pc_layout_get_card (self->layout, index);
  PcCard *card = PC_CARD (pc_recycler_acquire (self->card_recycler, lc->touchpoint));

  if (pc_card_get_index (card) != index || pc_card_get_layout (card) != self->layout)
    pc_card_set_layout (card, self->layout, index);
  pc_card_set_selected (card, lc->touchpoint == self->selected);
  return card;
}

/* After a new layout (while measured or allocated, maybe): the card
 * widgets of the cards still there are bound to their places in it. */
static void
rebind_cards (PcCanvas *self)
{
  guint n = self->layout ? pc_layout_get_n_cards (self->layout) : 0;

  if (g_hash_table_size (self->cards) == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      const PcLayoutCard *lc = pc_layout_get_card (self->layout, i);
      PcCard *card = g_hash_table_lookup (self->cards, lc->touchpoint);

      if (card != NULL)
        pc_card_set_layout (card, self->layout, i);
    }
}

/* After a new layout: the card widgets there are follow their cards to
 * their new places, and those of cards gone are given back. A small map
 * has a widget for every card; a big one only for those in view, made
 * by update_view(). */
static void
sync_cards (PcCanvas *self)
{
  guint n = self->layout ? pc_layout_get_n_cards (self->layout) : 0;

  pc_recycler_begin (self->card_recycler);
  for (guint i = 0; i < n; i++)
    {
      const PcLayoutCard *lc = pc_layout_get_card (self->layout, i);

      if (n <= ALL_CARDS || g_hash_table_contains (self->cards, lc->touchpoint))
        acquire_card (self, i);
    }
  pc_recycler_end (self->card_recycler);
}

/* The card widgets for what is in a view of @width × @height, plus a
 * margin, and for the cards that must keep theirs (the focused one, the
 * one dragged, the one a connector is described on); the others go back
 * to the recycler. */
static void
update_visible_cards (PcCanvas *self,
                      int       width,
                      int       height)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self));
  guint n = pc_layout_get_n_cards (self->layout);
  double x0, y0, x1, y1;

  if (n <= ALL_CARDS)
    return;

  _pc_canvas_to_layout (self, -VIEW_MARGIN, -VIEW_MARGIN, &x0, &y0);
  _pc_canvas_to_layout (self, width + VIEW_MARGIN, height + VIEW_MARGIN, &x1, &y1);

  pc_recycler_begin (self->card_recycler);
  for (guint i = 0; i < n; i++)
    {
      const PcLayoutCard *lc = pc_layout_get_card (self->layout, i);

      if (lc->rect.x < x1 && lc->rect.x + lc->rect.width > x0 &&
          lc->rect.y < y1 && lc->rect.y + lc->rect.height > y0)
        acquire_card (self, i);
    }
  if (PC_IS_CARD (focus))
    pc_recycler_acquire (self->card_recycler, pc_card_get_touchpoint (PC_CARD (focus)));
  if (self->drag_card != NULL)
    pc_recycler_acquire (self->card_recycler, pc_card_get_touchpoint (self->drag_card));
  if (self->status_card != NULL)
    pc_recycler_acquire (self->card_recycler, pc_card_get_touchpoint (self->status_card));
  pc_recycler_end (self->card_recycler);
}

/* Children in view.
 *
 * GTK does not let a widget add, remove or rebind children while it is
 * allocated (measure and size_allocate of the canvas and its ancestors):
 * a child added then queues a resize that the current layout phase has
 * already passed, so the scrolled window is left unallocated, the frame
 * is not drawn, and the children of the view can stay unmade until the
 * next allocation. As GtkListView does, the canvas decides which cards
 * and notes have widgets when the scroll position, the viewport or the
 * layout changes, in the frame clock's update phase (before the layout
 * phase of the same frame), and size_allocate only places the widgets
 * there are. */

/* Makes the widgets of the cards and notes in view (plus a margin), gives
 * back the others, and has them all placed. */
static void
update_view (PcCanvas *self)
{
  int width = self->allocated_width;
  int height = self->allocated_height;

  /* Before the first allocation the view is not known. */
  if (!self->view_dirty || self->layout == NULL || width <= 0 || height <= 0)
    return;

  self->view_dirty = FALSE;
  _pc_canvas_to_layout (self, 0, 0, &self->view.x, &self->view.y);
  self->view.width = width;
  self->view.height = height;
  update_visible_cards (self, width, height);
  _pc_canvas_notes_update_visible (self, width, height);
  self->allocate_all = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static gboolean
update_view_tick (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       data)
{
  PcCanvas *self = PC_CANVAS (widget);

  /* A pending layout first (it asks for the view to be updated, which
   * this tick is about to do). */
  _pc_canvas_ensure_layout (self);
  self->view_tick = 0;
  update_view (self);
  return G_SOURCE_REMOVE;
}

/* The children in view are updated in the next update phase of the frame
 * clock: the one of the coming frame when called before its layout phase
 * (a scroll, an edit), else the one of the frame after (the viewport
 * changed while allocated). */
void
_pc_canvas_queue_update_view (PcCanvas *self)
{
  self->view_dirty = TRUE;
  if (self->view_tick == 0)
    self->view_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), update_view_tick, NULL, NULL);
}

/* The widget of @touchpoint's card, made now if it is out of view (to
 * take the focus, say): it stays while it has the focus or is in view. */
PcCard *
_pc_canvas_ensure_card (PcCanvas     *self,
                        PcTouchpoint *touchpoint)
{
  PcCard *card;
  int index;

  _pc_canvas_ensure_layout (self);
  if (touchpoint == NULL || self->layout == NULL)
    return NULL;
  if ((card = _pc_canvas_card_for (self, touchpoint)) != NULL)
    return card;
  if ((index = pc_layout_find_card (self->layout, touchpoint)) < 0)
    return NULL;

  card = acquire_card (self, index);
  self->allocate_all = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  return card;
}

/* Lays the map out again if it changed. This is all that measure and
 * size_allocate do of it: the widgets of the cards and notes still there
 * follow them into the new layout (rebinding only redraws a widget), and
 * everything that adds, removes or reparents widgets waits for
 * sync_children(), outside the layout phase. */
static void
compute_layout (PcCanvas *self)
{
  PcLayoutOptions options = { 0 };

  if (!self->layout_dirty)
    return;
  self->layout_dirty = FALSE;

  g_clear_pointer (&self->layout, pc_layout_unref);
  if (self->map != NULL)
    {
      options.zoom = self->zoom;
      options.theme = self->presentation ? pc_theme_get_projector (self->variant)
                                         : pc_theme_get (self->variant);
      if (self->presentation)
        options.font_size = PRESENTATION_FONT_SIZE;
      options.min_evidence = self->min_evidence;
      self->layout = pc_layout_new (self->document, self->map, &options);
    }

  update_watches (self);
  rebind_cards (self);
  _pc_canvas_notes_rebind (self);

  if (self->layout != NULL)
    {
      guint n_stages = pc_layout_get_n_stages (self->layout);
      guint n_lanes = pc_layout_get_n_lanes (self->layout);

      self->cursor_stage = MIN (self->cursor_stage, n_stages ? n_stages - 1 : 0);
      self->cursor_lane = MIN (self->cursor_lane, n_lanes ? n_lanes - 1 : 0);
      if (self->cursor_row >= (int) pc_layout_get_n_rows (self->layout))
        self->cursor_row = (int) pc_layout_get_n_rows (self->layout) - 1;
    }

  self->children_dirty = TRUE;
  self->allocate_all = TRUE;
  _pc_canvas_queue_update_view (self);
  invalidate_static (self);
}

/* After a new layout: the selection and the widgets follow it. Widgets
 * are made and given back here, so never while allocating. */
static void
sync_children (PcCanvas *self)
{
  gboolean had_focus;

  if (!self->children_dirty)
    return;
  self->children_dirty = FALSE;

  had_focus = gtk_widget_has_focus (GTK_WIDGET (self)) ||
              (gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL);

  if (self->selected != NULL &&
      (self->layout == NULL || pc_layout_find_card (self->layout, self->selected) < 0))
    pc_canvas_set_selected (self, NULL);
  if (self->selected_note != NULL &&
      (self->layout == NULL || pc_layout_find_note (self->layout, self->selected_note) < 0))
    set_selected_note (self, NULL);
  if (self->connect_from != NULL &&
      (self->layout == NULL || pc_layout_find_card (self->layout, self->connect_from) < 0))
    g_clear_object (&self->connect_from);
  if (self->selected_connector != NULL &&
      _pc_canvas_find_connector (self, self->selected_connector) == NULL)
    pc_canvas_set_selected_connector (self, NULL);

  sync_cards (self);
  _pc_canvas_notes_sync (self);
  sync_headers (self, self->stage_headers,
                self->map ? G_LIST_MODEL (pc_map_get_stages (self->map)) : NULL);
  sync_headers (self, self->lane_headers,
                self->map ? G_LIST_MODEL (pc_map_get_lanes (self->map)) : NULL);
  for (guint i = 0; i < self->stage_headers->len; i++)
    pc_canvas_header_update (g_ptr_array_index (self->stage_headers, i), self->layout, i);
  for (guint i = 0; i < self->lane_headers->len; i++)
    pc_canvas_header_update (g_ptr_array_index (self->lane_headers, i), self->layout, i);

  gtk_widget_set_visible (self->add_stage_button, self->map != NULL && !self->presentation);
  gtk_widget_set_visible (self->add_lane_button, self->map != NULL && !self->presentation);
  gtk_widget_set_visible (self->add_row_button, self->map != NULL && !self->presentation &&
                                                self->add_row_menu != NULL);

  /* Focus was on a card that went away: keep it on the canvas. */
  if (had_focus && gtk_widget_get_focus_child (GTK_WIDGET (self)) == NULL &&
      !gtk_widget_has_focus (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));

  self->allocate_all = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  update_actions (self);
}

/* The layout and the children up to date: for the parts, which all run
 * outside the layout phase (in event handlers, actions and the update
 * phase). */
void
_pc_canvas_ensure_layout (PcCanvas *self)
{
  compute_layout (self);
  sync_children (self);
}

static void
on_list_changed (PcCanvas *self)
{
  _pc_canvas_queue_relayout (self);
}

static void
disconnect_model (PcCanvas *self)
{
  if (self->map != NULL)
    {
      g_signal_handlers_disconnect_by_data (pc_map_get_stages (self->map), self);
      g_signal_handlers_disconnect_by_data (pc_map_get_lanes (self->map), self);
      g_signal_handlers_disconnect_by_data (pc_map_get_touchpoints (self->map), self);
      g_signal_handlers_disconnect_by_data (pc_map_get_connectors (self->map), self);
      g_signal_handlers_disconnect_by_data (pc_map_get_rows (self->map), self);
      g_signal_handlers_disconnect_by_data (pc_map_get_notes (self->map), self);
    }
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (pc_document_get_personas (self->document), self);
  unwatch_all (self);
}

/* Geometry helpers */

PcCard *
_pc_canvas_card_for (PcCanvas     *self,
                     PcTouchpoint *touchpoint)
{
  if (touchpoint == NULL)
    return NULL;
  return g_hash_table_lookup (self->cards, touchpoint);
}

guint
_pc_canvas_cell_cards (PcCanvas     *self,
                       guint         stage,
                       guint         lane,
                       PcTouchpoint *skip,
                       GPtrArray    *out)
{
  guint n, count = 0;
  const guint *cell = pc_layout_get_cell_cards (self->layout, stage, lane, &n);

  for (guint i = 0; i < n; i++)
    {
      const PcLayoutCard *card = pc_layout_get_card (self->layout, cell[i]);

      if (card->touchpoint == skip)
        continue;
      if (out != NULL)
        g_ptr_array_add (out, (gpointer) card);
      count++;
    }

  return count;
}

PcRect
_pc_canvas_cell_rect (PcCanvas *self,
                      guint     stage,
                      guint     lane)
{
  const PcLayoutStage *s = pc_layout_get_stage (self->layout, stage);
  const PcLayoutLane *l = pc_layout_get_lane (self->layout, lane);

  return (PcRect) { s->column.x, l->band.y, s->column.width, l->band.height };
}

const PcLayoutCard *
_pc_canvas_find_card (PcCanvas     *self,
                      PcTouchpoint *touchpoint)
{
  int index;

  if (self->layout == NULL || touchpoint == NULL)
    return NULL;
  index = pc_layout_find_card (self->layout, touchpoint);
  return index >= 0 ? pc_layout_get_card (self->layout, index) : NULL;
}

const PcLayoutConnector *
_pc_canvas_find_connector (PcCanvas    *self,
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

static gboolean
rect_contains (const PcRect *r,
               double        x,
               double        y)
{
  return x >= r->x && x < r->x + r->width && y >= r->y && y < r->y + r->height;
}

/* The stage or lane header at (lx, ly), in layout coordinates. */
PcCanvasHeader *
_pc_canvas_header_at (PcCanvas *self,
                      double    lx,
                      double    ly)
{
  for (guint k = 0; k < 3; k++)
    {
      GPtrArray *headers = k == 0 ? self->stage_headers : k == 1 ? self->lane_headers : self->row_headers;

      for (guint i = 0; i < headers->len; i++)
        {
          PcRect rect = pc_canvas_header_get_rect (g_ptr_array_index (headers, i));
          if (rect_contains (&rect, lx, ly))
            return g_ptr_array_index (headers, i);
        }
    }
  return NULL;
}

/* The header of a stage or a lane, or of a persona's lane. */
PcCanvasHeader *
_pc_canvas_header_for (PcCanvas *self,
                       GObject  *object)
{
  for (guint k = 0; k < 3; k++)
    {
      GPtrArray *headers = k == 0 ? self->stage_headers : k == 1 ? self->lane_headers : self->row_headers;

      for (guint i = 0; i < headers->len; i++)
        {
          PcCanvasHeader *header = g_ptr_array_index (headers, i);

          if (pc_canvas_header_get_item (header) == object ||
              (GObject *) pc_canvas_header_get_persona (header) == object)
            return header;
        }
    }
  return NULL;
}

/* Focus */

/* The child the keyboard and the canvas's menus act on: the focused
 * one, except while the canvas's own menu holds the focus or has just
 * closed (GTK 4.10 and later move the focus into the popover, and run the
 * chosen item after closing it, before the focus comes back): then the
 * card, note or header the menu was opened on, so that its items stay
 * enabled and act on it. */
GtkWidget *
_pc_canvas_focus_subject (PcCanvas *self)
{
  GtkWidget *child = gtk_widget_get_focus_child (GTK_WIDGET (self));
  GtkWidget *target;

  if (self->context_menu == NULL || (child != NULL && child != self->context_menu))
    return child;
  target = g_object_get_data (G_OBJECT (self->context_menu), "pc-menu-target");
  if (target != NULL && gtk_widget_get_parent (target) == GTK_WIDGET (self))
    return target;
  return child;
}

/* The card the keyboard acts on: the focused one, else the selection
 * (when the focus is in a side panel, for instance). */
PcTouchpoint *
_pc_canvas_target_touchpoint (PcCanvas *self)
{
  GtkWidget *child = _pc_canvas_focus_subject (self);

  if (PC_IS_CARD (child))
    return pc_card_get_touchpoint (PC_CARD (child));
  if (PC_IS_CANVAS_HEADER (child) || PC_IS_NOTE_WIDGET (child) ||
      gtk_widget_has_focus (GTK_WIDGET (self)))
    return NULL;
  return self->selected;
}

/* The cell of the focused card, else the cell cursor. */
gboolean
_pc_canvas_get_focus_cell (PcCanvas *self,
                           guint    *stage,
                           guint    *lane)
{
  const PcLayoutCard *card;

  _pc_canvas_ensure_layout (self);
  if (self->layout == NULL ||
      pc_layout_get_n_stages (self->layout) == 0 ||
      pc_layout_get_n_lanes (self->layout) == 0)
    return FALSE;

  if ((card = _pc_canvas_find_card (self, _pc_canvas_target_touchpoint (self))) != NULL)
    {
      *stage = card->stage_index;
      *lane = card->lane_index;
    }
  else
    {
      *stage = self->cursor_stage;
      *lane = self->cursor_lane;
    }
  return TRUE;
}

/* Insight rows */

static gboolean
rows_above (PcCanvas *self)
{
  return self->layout != NULL &&
         pc_layout_get_n_rows (self->layout) > 0 && pc_layout_get_n_lanes (self->layout) > 0 &&
         pc_layout_get_row (self->layout, 0)->band.y < pc_layout_get_lane (self->layout, 0)->band.y;
}

guint
_pc_canvas_get_n_slots (PcCanvas *self)
{
  if (self->layout == NULL)
    return 0;
  return pc_layout_get_n_lanes (self->layout) + pc_layout_get_n_rows (self->layout);
}

/* Whether @slot is a row's, and the index of its row or lane. */
gboolean
_pc_canvas_slot_is_row (PcCanvas *self,
                        guint     slot,
                        guint    *index)
{
  guint n_lanes = pc_layout_get_n_lanes (self->layout);
  guint n_rows = pc_layout_get_n_rows (self->layout);

  if (rows_above (self))
    {
      *index = slot < n_rows ? slot : slot - n_rows;
      return slot < n_rows;
    }
  *index = slot < n_lanes ? slot : slot - n_lanes;
  return slot >= n_lanes;
}

guint
_pc_canvas_slot_of (PcCanvas *self,
                    gboolean  row,
                    guint     index)
{
  if (rows_above (self))
    return row ? index : pc_layout_get_n_rows (self->layout) + index;
  return row ? pc_layout_get_n_lanes (self->layout) + index : index;
}

/* The widget of the note or gathered item at @index of the layout, made
 * now if it is out of view. */
PcNoteWidget *
_pc_canvas_ensure_note (PcCanvas *self,
                        guint     index)
{
  _pc_canvas_ensure_layout (self);
  if (self->layout == NULL || index >= pc_layout_get_n_notes (self->layout))
    return NULL;
  return _pc_canvas_notes_ensure (self, index);
}

/* The focused note widget, or NULL. */
PcNoteWidget *
_pc_canvas_target_note (PcCanvas *self)
{
  GtkWidget *child = _pc_canvas_focus_subject (self);

  return PC_IS_NOTE_WIDGET (child) ? PC_NOTE_WIDGET (child) : NULL;
}

const PcLayoutNote *
_pc_canvas_find_note (PcCanvas *self,
                      PcNote   *note)
{
  int index;

  if (self->layout == NULL || note == NULL)
    return NULL;
  index = pc_layout_find_note (self->layout, note);
  return index >= 0 ? pc_layout_get_note (self->layout, index) : NULL;
}

/* Appends to @out (guint layout indices, nullable) the items of a row's
 * cell in order, or only its typed notes, without @skip; returns how
 * many. */
guint
_pc_canvas_row_cell_notes (PcCanvas *self,
                           guint     stage,
                           guint     row,
                           gboolean  typed_only,
                           PcNote   *skip,
                           GArray   *out)
{
  guint n = pc_layout_get_n_notes (self->layout), count = 0;

  for (guint i = 0; i < n; i++)
    {
      const PcLayoutNote *ln = pc_layout_get_note (self->layout, i);

      if (ln->stage_index != stage || ln->row_index != row ||
          (typed_only && ln->gathered) || (skip != NULL && ln->note == skip))
        continue;
      if (out != NULL)
        g_array_append_val (out, i);
      count++;
    }
  return count;
}

PcRect
_pc_canvas_row_cell_rect (PcCanvas *self,
                          guint     stage,
                          guint     row)
{
  const PcLayoutStage *s = pc_layout_get_stage (self->layout, stage);
  const PcLayoutRow *r = pc_layout_get_row (self->layout, row);

  return (PcRect) { s->column.x, r->band.y, s->column.width, r->band.height };
}

/* The row cell of the focused note, else the cell cursor when it is on
 * a row, in the current layout (the caller makes sure it is laid out). */
gboolean
_pc_canvas_get_focus_row_cell (PcCanvas *self,
                               guint    *stage,
                               guint    *row)
{
  PcNoteWidget *widget = _pc_canvas_target_note (self);

  /* No layout here: this is asked while the focus changes, when laying
   * out again would remove widgets GTK is working with. */
  if (self->layout == NULL || pc_layout_get_n_rows (self->layout) == 0 ||
      pc_layout_get_n_stages (self->layout) == 0)
    return FALSE;

  if (widget != NULL && pc_note_widget_get_layout (widget) == self->layout &&
      pc_note_widget_get_index (widget) < pc_layout_get_n_notes (self->layout))
    {
      const PcLayoutNote *ln = pc_layout_get_note (self->layout, pc_note_widget_get_index (widget));

      *stage = ln->stage_index;
      *row = ln->row_index;
      return TRUE;
    }
  if (gtk_widget_get_focus_child (GTK_WIDGET (self)) == NULL && self->cursor_row >= 0 &&
      self->cursor_row < (int) pc_layout_get_n_rows (self->layout) &&
      self->cursor_stage < pc_layout_get_n_stages (self->layout))
    {
      *stage = self->cursor_stage;
      *row = self->cursor_row;
      return TRUE;
    }
  return FALSE;
}

/* The row of the focused row header, note or row cell, or NULL. */
PcRow *
_pc_canvas_target_row (PcCanvas *self)
{
  GtkWidget *child = _pc_canvas_focus_subject (self);
  guint stage, row;

  if (PC_IS_CANVAS_HEADER (child))
    {
      GObject *item = pc_canvas_header_get_item (PC_CANVAS_HEADER (child));
      return PC_IS_ROW (item) ? PC_ROW (item) : NULL;
    }
  if (_pc_canvas_get_focus_row_cell (self, &stage, &row))
    return pc_layout_get_row (self->layout, row)->row;
  return NULL;
}

void
_pc_canvas_move_focus_to_note (PcCanvas *self,
                               guint     index)
{
  _pc_canvas_focus_note (self, index);
}

void
_pc_canvas_move_focus_to_row_cell (PcCanvas *self,
                                   guint     stage,
                                   guint     row)
{
  _pc_canvas_focus_row_cell (self, stage, row);
}

/* Adds a note in a row's cell (one undo step) and focuses it; @rename
 * opens its editor. */
void
_pc_canvas_add_note_at (PcCanvas *self,
                        guint     stage,
                        guint     row,
                        guint     index_in_cell,
                        gboolean  rename)
{
  _pc_canvas_notes_add (self, stage, row, index_in_cell, rename);
}

/* Removes a typed note (one undo step) and focuses the next one of its
 * cell, or the cell. */
void
_pc_canvas_delete_note (PcCanvas *self,
                        PcNote   *note)
{
  _pc_canvas_notes_delete (self, note);
}

/* Ctrl+arrows on a note: the next stage, or up and down its cell and on
 * to the next row. */
void
_pc_canvas_move_note_by (PcCanvas *self,
                         PcNote   *note,
                         int       dx,
                         int       dy)
{
  _pc_canvas_notes_move_by (self, note, dx, dy);
}

/* Enter or a double click on a note renames it; on a gathered item, goes
 * to its card. */
void
_pc_canvas_activate_note (PcCanvas     *self,
                          PcNoteWidget *widget)
{
  PcNote *note = pc_note_widget_get_note (widget);
  PcTouchpoint *touchpoint = pc_note_widget_get_touchpoint (widget);

  if (note != NULL)
    _pc_canvas_rename_start (self, G_OBJECT (note), FALSE);
  else if (touchpoint != NULL)
    _pc_canvas_focus_touchpoint (self, touchpoint);
}

/* Shift+F10 or the Menu key: the context menu of what has the focus. */
void
_pc_canvas_show_menu (PcCanvas *self)
{
  _pc_canvas_input_show_menu (self);
}

void
_pc_canvas_move_focus_to_cell (PcCanvas *self,
                               guint     stage,
                               guint     lane)
{
  _pc_canvas_focus_cell (self, stage, lane);
}

void
_pc_canvas_move_focus_to_touchpoint (PcCanvas     *self,
                                     PcTouchpoint *touchpoint)
{
  _pc_canvas_focus_touchpoint (self, touchpoint);
}

/* The canvas itself takes the focus, without moving the cell cursor. */
void
_pc_canvas_move_focus_to_canvas (PcCanvas *self)
{
  _pc_canvas_focus_canvas (self);
}

/* The card or header of @object takes the focus, else the canvas. */
void
_pc_canvas_move_focus_to_object (PcCanvas *self,
                                 GObject  *object)
{
  _pc_canvas_focus_object (self, object);
}

/* Where the keyboard focus is on the map, in layout coordinates. */
gboolean
_pc_canvas_get_focus_rect (PcCanvas *self,
                           PcRect   *rect)
{
  return _pc_canvas_focus_get_rect (self, gtk_widget_get_height (GTK_WIDGET (self)), rect);
}

void
_pc_canvas_scroll_to_rect (PcCanvas     *self,
                           const PcRect *rect)
{
  _pc_canvas_focus_scroll_to (self, rect);
}

/* Actions */

/* Enables the canvas.* actions for what has the focus. */
static void
update_actions (PcCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkWidget *child = _pc_canvas_focus_subject (self);
  gboolean has_map = self->map != NULL && self->history != NULL;
  gboolean has_cells = has_map && self->layout != NULL &&
                       pc_layout_get_n_stages (self->layout) > 0 &&
                       pc_layout_get_n_lanes (self->layout) > 0;
  gboolean has_card = has_map && _pc_canvas_target_touchpoint (self) != NULL;
  gboolean has_header = has_map && PC_IS_CANVAS_HEADER (child);
  gboolean has_connector = has_map && self->selected_connector != NULL;
  gboolean has_connectors = has_card &&
                            _pc_canvas_connectors_has_any (self, _pc_canvas_target_touchpoint (self));
  PcNoteWidget *note = has_map ? _pc_canvas_target_note (self) : NULL;
  gboolean has_note = note != NULL && pc_note_widget_get_note (note) != NULL;
  gboolean has_rows = has_map && self->layout != NULL &&
                      pc_layout_get_n_rows (self->layout) > 0 &&
                      pc_layout_get_n_stages (self->layout) > 0;
  gboolean has_row = has_map && _pc_canvas_target_row (self) != NULL;

  gtk_widget_action_set_enabled (widget, "canvas.zoom-in", self->zoom < PC_CANVAS_ZOOM_MAX);
  gtk_widget_action_set_enabled (widget, "canvas.zoom-out", self->zoom > PC_CANVAS_ZOOM_MIN);
  gtk_widget_action_set_enabled (widget, "canvas.zoom-reset", self->zoom != 1.0);
  gtk_widget_action_set_enabled (widget, "canvas.add-touchpoint", has_cells || has_rows);
  gtk_widget_action_set_enabled (widget, "canvas.add-stage", has_map);
  gtk_widget_action_set_enabled (widget, "canvas.add-lane", has_map);
  gtk_widget_action_set_enabled (widget, "canvas.delete",
                                 has_card || has_header || has_connector || has_note);
  gtk_widget_action_set_enabled (widget, "canvas.rename", has_card || has_header || has_note);
  gtk_widget_action_set_enabled (widget, "canvas.move-row", has_row);
  gtk_widget_action_set_enabled (widget, "canvas.hide-row", has_row);
  gtk_widget_action_set_enabled (widget, "canvas.context-menu", has_map);
  gtk_widget_action_set_enabled (widget, "canvas.sentiment", has_card);
  gtk_widget_action_set_enabled (widget, "canvas.vote", has_card || has_note);
  gtk_widget_action_set_enabled (widget, "canvas.zoom-fit", has_map);
  gtk_widget_action_set_enabled (widget, "canvas.zoom-fit-width", has_map);
  gtk_widget_action_set_enabled (widget, "canvas.cycle-strength", has_card);
  gtk_widget_action_set_enabled (widget, "canvas.cycle-evidence", has_card || has_note);
  gtk_widget_action_set_enabled (widget, "canvas.toggle-fail-point", has_card);
  gtk_widget_action_set_enabled (widget, "canvas.toggle-waiting-point", has_card);
  gtk_widget_action_set_enabled (widget, "canvas.connect", has_card);
  gtk_widget_action_set_enabled (widget, "canvas.next-connector", has_connectors);
  gtk_widget_action_set_enabled (widget, "canvas.previous-connector", has_connectors);
}

/* Opens the in-place editor on a touchpoint's title or a stage's, lane's
 * or persona's name; @name_only keeps a day-in-the-life stage's time out
 * of the selection. */
void
_pc_canvas_start_rename (PcCanvas *self,
                         GObject  *object,
                         gboolean  name_only)
{
  _pc_canvas_rename_start (self, object, name_only);
}

/* Enter or a double click on a card: ends a connector being drawn, else
 * tells the window and renames. */
void
_pc_canvas_activate_card (PcCanvas     *self,
                          PcTouchpoint *touchpoint)
{
  if (self->connect_from != NULL)
    {
      _pc_canvas_connectors_finish (self, touchpoint);
      return;
    }
  pc_canvas_emit_activate (self, touchpoint);
  _pc_canvas_rename_start (self, G_OBJECT (touchpoint), FALSE);
}

/* Enter or a double click on a header: a persona's opens its editor,
 * the others are renamed in place. */
void
_pc_canvas_activate_header (PcCanvas       *self,
                            PcCanvasHeader *header)
{
  PcPersona *persona = pc_canvas_header_get_persona (header);

  if (persona != NULL)
    pc_canvas_emit_edit_persona (self, persona);
  else
    _pc_canvas_rename_start (self, pc_canvas_header_get_item (header), FALSE);
}

/* Adds a touchpoint in a cell of the layout (one undo step) and focuses
 * it; @rename opens its title's editor. */
void
_pc_canvas_add_touchpoint_at (PcCanvas  *self,
                              guint      stage,
                              guint      lane,
                              PcChannel  channel,
                              guint      index_in_cell,
                              gboolean   rename)
{
  PcTouchpoint *touchpoint;

  touchpoint = pc_edit_add_touchpoint (self->history, self->map,
                                       pc_entity_get_id (PC_ENTITY (pc_layout_get_stage (self->layout, stage)->stage)),
                                       pc_entity_get_id (PC_ENTITY (pc_layout_get_lane (self->layout, lane)->lane)),
                                       index_in_cell, channel);
  pc_history_break_merge (self->history);

  _pc_canvas_focus_touchpoint (self, touchpoint);
  if (rename)
    _pc_canvas_rename_start (self, G_OBJECT (touchpoint), FALSE);
}

/* Ends the connector being drawn on @to (nothing is added for %NULL). */
gboolean
_pc_canvas_finish_connect (PcCanvas     *self,
                           PcTouchpoint *to)
{
  return _pc_canvas_connectors_finish (self, to);
}

/* Deletes the selected connector, if any. */
gboolean
_pc_canvas_delete_connector (PcCanvas *self)
{
  return _pc_canvas_connectors_delete (self);
}

/* Escape: stops a drag, else the connector being drawn, else goes back
 * from the selected connector to its card. */
gboolean
_pc_canvas_cancel (PcCanvas *self)
{
  if (self->drag_kind != PC_CANVAS_DRAG_NONE)
    {
      pc_canvas_drag_cancel (self);
      return TRUE;
    }
  if (_pc_canvas_connectors_cancel (self))
    return TRUE;
  return _pc_canvas_connectors_unselect (self);
}

/* Theme */

static void
update_variant (PcCanvas *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);
  gboolean contrast = adw_style_manager_get_high_contrast (manager);
  PcThemeVariant variant;

  if (contrast || self->presentation)
    variant = dark ? PC_THEME_DARK_HIGH_CONTRAST : PC_THEME_LIGHT_HIGH_CONTRAST;
  else
    variant = dark ? PC_THEME_DARK : PC_THEME_LIGHT;

  if (variant == self->variant && self->layout != NULL)
    return;

  self->variant = variant;
  _pc_canvas_queue_relayout (self);
}

/* GtkWidget */

/* Measuring and allocating the canvas only lays it out and places the
 * widgets there are; the recyclers refuse to add or remove any. */
static void
lock_children (PcCanvas *self,
               gboolean  locked)
{
  if (self->card_recycler != NULL)
    pc_recycler_set_locked (self->card_recycler, locked);
  if (self->note_recycler != NULL)
    pc_recycler_set_locked (self->note_recycler, locked);
}

static void
pc_canvas_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  PcCanvas *self = PC_CANVAS (widget);
  double width, height;

  lock_children (self, TRUE);
  compute_layout (self);
  lock_children (self, FALSE);
  _pc_canvas_get_content_size (self, &width, &height);

  *minimum = 120;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, (int) ceil (width));
  else
    *natural = MAX (*minimum, (int) ceil (height));
}

/* Places @child over @rect (layout coordinates) for a view scrolled to
 * (@sx, @sy). */
void
_pc_canvas_allocate_child (GtkWidget    *child,
                           const PcRect *rect,
                           double        sx,
                           double        sy)
{
  int min;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  gtk_widget_size_allocate (child,
                            &(GtkAllocation) {
                              (int) floor (rect->x - sx), (int) floor (rect->y - sy),
                              MAX ((int) ceil (rect->width), min), MAX ((int) ceil (rect->height), 1)
                            }, -1);
}

static void
allocate_children (PcCanvas *self,
                   int       width,
                   int       height)
{
  double sx, sy;

  compute_layout (self);
  _pc_canvas_focus_configure_scrolling (self, width, height);

  if (self->layout == NULL)
    {
      self->allocate_all = FALSE;
      return;
    }

  /* A smaller viewport keeps what has the focus in view; while a card is
   * dragged nothing else moves. */
  if (width != self->allocated_width || height != self->allocated_height)
    {
      self->allocate_all = TRUE;
      if (self->allocated_width > 0 && self->drag_kind == PC_CANVAS_DRAG_NONE)
        _pc_canvas_focus_keep_visible (self, width, height);
    }
  self->allocated_width = width;
  self->allocated_height = height;

  /* Only the existing widgets are placed here. A new viewport, or a
   * scroll position the ranges or the focus just moved, gets its widgets
   * in the next frame's update phase (the margin around the view covers
   * the frame in between). */
  _pc_canvas_to_layout (self, 0, 0, &sx, &sy);
  if (self->view_dirty || sx != self->view.x || sy != self->view.y ||
      width != self->view.width || height != self->view.height)
    _pc_canvas_queue_update_view (self);

  if (!_pc_canvas_draw_allocate (self))
    return;
  _pc_canvas_rename_allocate (self);
  if (self->context_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->context_menu));
}

static void
pc_canvas_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  PcCanvas *self = PC_CANVAS (widget);

  lock_children (self, TRUE);
  allocate_children (self, width, height);
  lock_children (self, FALSE);
}

static void
pc_canvas_state_flags_changed (GtkWidget     *widget,
                               GtkStateFlags  previous)
{
  if ((gtk_widget_get_state_flags (widget) ^ previous) & GTK_STATE_FLAG_FOCUS_VISIBLE)
    gtk_widget_queue_draw (widget);

  GTK_WIDGET_CLASS (pc_canvas_parent_class)->state_flags_changed (widget, previous);
}

static void
pc_canvas_set_focus_child (GtkWidget *widget,
                           GtkWidget *child)
{
  PcCanvas *self = PC_CANVAS (widget);
  PcRect rect;

  GTK_WIDGET_CLASS (pc_canvas_parent_class)->set_focus_child (widget, child);

  if (PC_IS_CARD (child) && self->connect_from == NULL)
    pc_canvas_set_selected (self, pc_card_get_touchpoint (PC_CARD (child)));
  /* Selecting a gathered item selects the card it comes from; a typed
   * note is selected itself. */
  if (PC_IS_NOTE_WIDGET (child) && self->connect_from == NULL)
    {
      pc_canvas_set_selected (self, pc_note_widget_get_touchpoint (PC_NOTE_WIDGET (child)));
      set_selected_note (self, pc_note_widget_get_note (PC_NOTE_WIDGET (child)));
    }
  if (PC_IS_CARD (child) || PC_IS_NOTE_WIDGET (child))
    self->cursor_row = -1;
  /* Tab and the arrows can land on a card, note or header out of view. */
  if ((PC_IS_CARD (child) || PC_IS_CANVAS_HEADER (child) || PC_IS_NOTE_WIDGET (child)) &&
      _pc_canvas_focus_get_rect (self, gtk_widget_get_height (widget), &rect))
    _pc_canvas_scroll_to_rect (self, &rect);
  if (self->connect_from != NULL)
    gtk_widget_queue_draw (widget);
  update_actions (self);
}

/* GObject */

static void
pc_canvas_dispose (GObject *object)
{
  PcCanvas *self = PC_CANVAS (object);
  GtkWidget *child;

  disconnect_model (self);
  g_clear_handle_id (&self->relayout_source, g_source_remove);
  if (self->view_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->view_tick);
  self->view_tick = 0;
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  self->drag_card = NULL;
  self->status_card = NULL;
  self->cards = NULL;
  g_clear_pointer (&self->card_recycler, pc_recycler_free);
  _pc_canvas_notes_dispose (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->editor = NULL;
  self->add_stage_button = NULL;
  self->add_lane_button = NULL;
  self->add_row_button = NULL;
  g_clear_object (&self->add_row_menu);
  g_clear_pointer (&self->stage_headers, g_ptr_array_unref);
  g_clear_pointer (&self->lane_headers, g_ptr_array_unref);
  g_clear_pointer (&self->row_headers, g_ptr_array_unref);
  g_clear_pointer (&self->tiles, g_hash_table_unref);
  g_clear_pointer (&self->connector_tiles, g_hash_table_unref);
  g_clear_pointer (&self->layout, pc_layout_unref);
  g_clear_object (&self->selected);
  g_clear_object (&self->selected_connector);
  g_clear_object (&self->selected_note);
  g_clear_object (&self->connect_from);
  g_clear_object (&self->editing);
  g_clear_object (&self->drag_item);
  g_clear_object (&self->document);
  g_clear_object (&self->map);
  g_clear_object (&self->history);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (pc_canvas_parent_class)->dispose (object);
}

static void
pc_canvas_finalize (GObject *object)
{
  PcCanvas *self = PC_CANVAS (object);

  g_clear_pointer (&self->watched, g_hash_table_unref);

  G_OBJECT_CLASS (pc_canvas_parent_class)->finalize (object);
}

static void
pc_canvas_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PcCanvas *self = PC_CANVAS (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;
    case PROP_SELECTED_CONNECTOR:
      g_value_set_object (value, self->selected_connector);
      break;
    case PROP_SELECTED_NOTE:
      g_value_set_object (value, self->selected_note);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_SPOTLIGHT:
      g_value_set_int (value, self->spotlight);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_canvas_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PcCanvas *self = PC_CANVAS (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      pc_canvas_set_selected (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_CONNECTOR:
      pc_canvas_set_selected_connector (self, g_value_get_object (value));
      break;
    case PROP_ZOOM:
      pc_canvas_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_SPOTLIGHT:
      pc_canvas_set_spotlight (self, g_value_get_int (value));
      break;
    case PROP_HADJUSTMENT:
      _pc_canvas_focus_set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      _pc_canvas_focus_set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      if (self->hscroll_policy != (guint) g_value_get_enum (value))
        {
          self->hscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_VSCROLL_POLICY:
      if (self->vscroll_policy != (guint) g_value_get_enum (value))
        {
          self->vscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_canvas_class_init (PcCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pc_canvas_dispose;
  object_class->finalize = pc_canvas_finalize;
  object_class->get_property = pc_canvas_get_property;
  object_class->set_property = pc_canvas_set_property;

  widget_class->measure = pc_canvas_measure;
  widget_class->size_allocate = pc_canvas_size_allocate;
  widget_class->snapshot = _pc_canvas_draw_snapshot;
  widget_class->state_flags_changed = pc_canvas_state_flags_changed;
  widget_class->set_focus_child = pc_canvas_set_focus_child;

  /**
   * PcCanvas:selected:
   *
   * The selected touchpoint, or %NULL.
   */
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, PC_TYPE_TOUCHPOINT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PcCanvas:selected-connector:
   *
   * The selected connector, or %NULL. A touchpoint and a connector are
   * never selected together.
   */
  properties[PROP_SELECTED_CONNECTOR] =
    g_param_spec_object ("selected-connector", NULL, NULL, PC_TYPE_CONNECTOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PcCanvas:selected-note:
   *
   * The typed note that has the focus, or last had it, or %NULL. A note
   * and a touchpoint are never selected together.
   */
  properties[PROP_SELECTED_NOTE] =
    g_param_spec_object ("selected-note", NULL, NULL, PC_TYPE_NOTE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PcCanvas:zoom:
   *
   * The scale of the map, 1 for the default size.
   */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, PC_CANVAS_ZOOM_MIN, PC_CANVAS_ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PcCanvas:spotlight:
   *
   * The index of the stage in the spotlight, or -1.
   */
  properties[PROP_SPOTLIGHT] =
    g_param_spec_int ("spotlight", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /**
   * PcCanvas::edit-persona:
   *
   * A persona lane header was activated.
   */
  signals[EDIT_PERSONA] =
    g_signal_new ("edit-persona", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PC_TYPE_PERSONA);

  /**
   * PcCanvas::activate-touchpoint:
   *
   * A card was double-clicked or activated with Enter.
   */
  signals[ACTIVATE_TOUCHPOINT] =
    g_signal_new ("activate-touchpoint", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PC_TYPE_TOUCHPOINT);

  _pc_canvas_keys_class_init (widget_class);
  _pc_canvas_connectors_class_init (widget_class);
  _pc_canvas_clipboard_class_init (widget_class);
  _pc_canvas_notes_class_init (widget_class);

  gtk_widget_class_set_css_name (widget_class, "pccanvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkWidget *
make_add_button (PcCanvas   *self,
                 const char *action,
                 const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("list-add-symbolic");

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_parent (button, GTK_WIDGET (self));

  return button;
}

static void
add_row_clicked_cb (PcCanvas *self)
{
  _pc_canvas_input_show_row_kinds (self);
}

/* Where users look for it: beside the rows, "+ Add Insight Row". */
static GtkWidget *
make_add_row_button (PcCanvas *self)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  const char *label = _("Add Insight Row");

  gtk_box_append (GTK_BOX (content), gtk_image_new_from_icon_name ("list-add-symbolic"));
  gtk_box_append (GTK_BOX (content), gtk_label_new (label));
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_tooltip_text (button, _("Add a row of notes across the stages"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_HAS_POPUP, TRUE, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "add-row");
  gtk_widget_set_visible (button, FALSE);
  g_signal_connect_object (button, "clicked", G_CALLBACK (add_row_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_parent (button, GTK_WIDGET (self));

  return button;
}

static void
pc_canvas_init (PcCanvas *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->zoom = 1.0;
  self->spotlight = -1;
  self->variant = PC_THEME_LIGHT;
  self->card_recycler = pc_recycler_new (GTK_WIDGET (self), create_card, bind_card, self);
  self->cards = pc_recycler_get_items (self->card_recycler);
  self->watched = g_hash_table_new (NULL, NULL);
  self->stage_headers = g_ptr_array_new ();
  self->lane_headers = g_ptr_array_new ();
  self->row_headers = g_ptr_array_new ();
  self->cursor_row = -1;
  self->tiles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                       (GDestroyNotify) gsk_render_node_unref);
  self->connector_tiles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                 (GDestroyNotify) gsk_render_node_unref);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Journey map"), -1);

  self->add_stage_button = make_add_button (self, "canvas.add-stage", _("Add Stage"));
  self->add_lane_button = make_add_button (self, "canvas.add-lane", _("Add Lane"));
  self->add_row_button = make_add_row_button (self);

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (update_variant),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (update_variant),
                           self, G_CONNECT_SWAPPED);
  update_variant (self);

  _pc_canvas_input_init (self);
  _pc_canvas_notes_init (self);
  self->layout_dirty = TRUE;
}

/* Public API */

PcCanvas *
pc_canvas_new (void)
{
  return g_object_new (PC_TYPE_CANVAS, NULL);
}

void
pc_canvas_set_model (PcCanvas   *self,
                     PcDocument *document,
                     PcMap      *map,
                     PcHistory  *history)
{
  g_return_if_fail (PC_IS_CANVAS (self));
  g_return_if_fail (document == NULL || PC_IS_DOCUMENT (document));
  g_return_if_fail (map == NULL || PC_IS_MAP (map));
  g_return_if_fail (history == NULL || PC_IS_HISTORY (history));

  pc_canvas_drag_cancel (self);
  _pc_canvas_rename_cancel (self);
  disconnect_model (self);
  g_clear_object (&self->connect_from);
  pc_canvas_set_selected (self, NULL);
  pc_canvas_set_selected_connector (self, NULL);

  g_set_object (&self->document, document);
  g_set_object (&self->map, map);
  g_set_object (&self->history, history);

  if (map != NULL)
    {
      GListModel *lists[] = {
        G_LIST_MODEL (pc_map_get_stages (map)),
        G_LIST_MODEL (pc_map_get_lanes (map)),
        G_LIST_MODEL (pc_map_get_touchpoints (map)),
        G_LIST_MODEL (pc_map_get_connectors (map)),
        G_LIST_MODEL (pc_map_get_rows (map)),
        G_LIST_MODEL (pc_map_get_notes (map)),
      };

      for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
        g_signal_connect_object (lists[i], "items-changed", G_CALLBACK (on_list_changed),
                                 self, G_CONNECT_SWAPPED);
    }
  if (document != NULL)
    g_signal_connect_object (pc_document_get_personas (document), "items-changed",
                             G_CALLBACK (on_list_changed), self, G_CONNECT_SWAPPED);

  self->cursor_stage = 0;
  self->cursor_lane = 0;
  self->cursor_row = -1;
  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment, 0);
  if (self->vadjustment != NULL)
    gtk_adjustment_set_value (self->vadjustment, 0);

  _pc_canvas_queue_relayout (self);
  _pc_canvas_ensure_layout (self);
}

PcMap *
pc_canvas_get_map (PcCanvas *self)
{
  g_return_val_if_fail (PC_IS_CANVAS (self), NULL);

  return self->map;
}

PcTouchpoint *
pc_canvas_get_selected (PcCanvas *self)
{
  g_return_val_if_fail (PC_IS_CANVAS (self), NULL);

  return self->selected;
}

void
pc_canvas_set_selected (PcCanvas     *self,
                        PcTouchpoint *touchpoint)
{
  PcCard *card;

  g_return_if_fail (PC_IS_CANVAS (self));
  g_return_if_fail (touchpoint == NULL || PC_IS_TOUCHPOINT (touchpoint));

  set_selected_note (self, NULL);
  if (self->selected == touchpoint)
    return;

  if (touchpoint != NULL)
    pc_canvas_set_selected_connector (self, NULL);
  if ((card = _pc_canvas_card_for (self, self->selected)) != NULL)
    pc_card_set_selected (card, FALSE);
  g_set_object (&self->selected, touchpoint);
  if ((card = _pc_canvas_card_for (self, touchpoint)) != NULL)
    pc_card_set_selected (card, TRUE);

  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * pc_canvas_set_add_row_menu:
 * @menu: (nullable): the kinds of row to add, as the main menu offers them
 *
 * Shows an "Add Insight Row" button after the rows (or after the lanes,
 * when there is no row yet) that opens @menu.
 */
void
pc_canvas_set_add_row_menu (PcCanvas   *self,
                            GMenuModel *menu)
{
  g_return_if_fail (PC_IS_CANVAS (self));
  g_return_if_fail (menu == NULL || G_IS_MENU_MODEL (menu));

  g_set_object (&self->add_row_menu, menu);
  gtk_widget_set_visible (self->add_row_button, self->map != NULL && !self->presentation &&
                                                menu != NULL);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* Returns: (transfer none) (nullable): the selected note */
PcNote *
pc_canvas_get_selected_note (PcCanvas *self)
{
  g_return_val_if_fail (PC_IS_CANVAS (self), NULL);

  return self->selected_note;
}

PcConnector *
pc_canvas_get_selected_connector (PcCanvas *self)
{
  g_return_val_if_fail (PC_IS_CANVAS (self), NULL);

  return self->selected_connector;
}

void
pc_canvas_set_selected_connector (PcCanvas    *self,
                                  PcConnector *connector)
{
  g_return_if_fail (PC_IS_CANVAS (self));
  g_return_if_fail (connector == NULL || PC_IS_CONNECTOR (connector));

  if (self->selected_connector == connector)
    return;
  if (connector != NULL)
    {
      _pc_canvas_ensure_layout (self);
      g_return_if_fail (_pc_canvas_find_connector (self, connector) != NULL);
      pc_canvas_set_selected (self, NULL);
    }

  g_set_object (&self->selected_connector, connector);
  _pc_canvas_connectors_describe (self, 0, 0);
  update_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CONNECTOR]);
}

double
pc_canvas_get_zoom (PcCanvas *self)
{
  g_return_val_if_fail (PC_IS_CANVAS (self), 1.0);

  return self->zoom;
}

void
pc_canvas_set_zoom (PcCanvas *self,
                    double    zoom)
{
  double ratio, width, height;

  g_return_if_fail (PC_IS_CANVAS (self));

  zoom = CLAMP (zoom, PC_CANVAS_ZOOM_MIN, PC_CANVAS_ZOOM_MAX);
  if (G_APPROX_VALUE (zoom, self->zoom, 1e-9))
    return;

  /* Keep the centre of the view where it was. */
  ratio = zoom / self->zoom;
  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));
  self->zoom = zoom;
  _pc_canvas_queue_relayout (self);
  _pc_canvas_ensure_layout (self);
  _pc_canvas_focus_scale_scroll (self, ratio, width, height);

  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

/* The width and height that must fit, at the current zoom. */
static void
get_fit_size (PcCanvas *self,
              guint     max_stages,
              double   *width,
              double   *height)
{
  guint n_stages = pc_layout_get_n_stages (self->layout);

  *width = pc_layout_get_width (self->layout);
  *height = pc_layout_get_height (self->layout);
  if (max_stages > 0 && n_stages > max_stages)
    {
      const PcLayoutStage *first = pc_layout_get_stage (self->layout, 0);
      const PcLayoutStage *last = pc_layout_get_stage (self->layout, max_stages - 1);

      /* Keep the margin on the right that the whole map has on its left. */
      *width = last->column.x + last->column.width + first->header.x;
    }
}

void
pc_canvas_zoom_to_fit (PcCanvas    *self,
                       PcCanvasFit  fit,
                       guint        max_stages)
{
  double view_w, view_h;

  g_return_if_fail (PC_IS_CANVAS (self));

  view_w = gtk_widget_get_width (GTK_WIDGET (self));
  view_h = gtk_widget_get_height (GTK_WIDGET (self));
  if (view_w <= 0 || view_h <= 0 || self->map == NULL)
    return;

  /* Text makes the layout's size not quite proportional to the zoom:
   * a second pass corrects the first. */
  for (int pass = 0; pass < 3; pass++)
    {
      double width, height, ratio;

      _pc_canvas_ensure_layout (self);
      if (self->layout == NULL)
        return;
      get_fit_size (self, max_stages, &width, &height);
      if (width <= 0 || height <= 0)
        return;
      ratio = view_w / width;
      if (fit == PC_CANVAS_FIT_MAP)
        ratio = MIN (ratio, view_h / height);
      if (G_APPROX_VALUE (ratio, 1.0, 0.005))
        break;
      pc_canvas_set_zoom (self, self->zoom * ratio * 0.995);
    }

  gtk_adjustment_set_value (self->hadjustment, 0);
  gtk_adjustment_set_value (self->vadjustment, 0);
}

gboolean
pc_canvas_get_presentation (PcCanvas *self)
{
  g_return_val_if_fail (PC_IS_CANVAS (self), FALSE);

  return self->presentation;
}

void
pc_canvas_set_presentation (PcCanvas *self,
                            gboolean  presentation)
{
  g_return_if_fail (PC_IS_CANVAS (self));

  presentation = !!presentation;
  if (self->presentation == presentation)
    return;

  self->presentation = presentation;
  if (presentation)
    gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "presentation");
  gtk_widget_set_visible (self->add_stage_button, !presentation);
  gtk_widget_set_visible (self->add_lane_button, !presentation);
  gtk_widget_set_visible (self->add_row_button, !presentation && self->add_row_menu != NULL);
  update_variant (self);
  _pc_canvas_queue_relayout (self);
}

PcEvidence
pc_canvas_get_min_evidence (PcCanvas *self)
{
  g_return_val_if_fail (PC_IS_CANVAS (self), PC_EVIDENCE_UNSET);

  return self->min_evidence;
}

void
pc_canvas_set_min_evidence (PcCanvas  *self,
                            PcEvidence min_evidence)
{
  g_return_if_fail (PC_IS_CANVAS (self));

  if (self->min_evidence == min_evidence)
    return;
  self->min_evidence = min_evidence;
  _pc_canvas_queue_relayout (self);
}

gboolean
pc_canvas_get_voting (PcCanvas *self)
{
  g_return_val_if_fail (PC_IS_CANVAS (self), FALSE);

  return self->voting;
}

void
pc_canvas_set_voting (PcCanvas *self,
                      gboolean  voting)
{
  g_return_if_fail (PC_IS_CANVAS (self));

  self->voting = !!voting;
  pc_canvas_drag_cancel (self);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), voting ? "pointer" : NULL);
}

int
pc_canvas_get_spotlight (PcCanvas *self)
{
  g_return_val_if_fail (PC_IS_CANVAS (self), -1);

  return self->spotlight;
}

void
pc_canvas_set_spotlight (PcCanvas *self,
                         int       stage)
{
  g_return_if_fail (PC_IS_CANVAS (self));

  _pc_canvas_ensure_layout (self);
  if (self->layout == NULL || stage < 0)
    stage = -1;
  else
    stage = MIN (stage, (int) pc_layout_get_n_stages (self->layout) - 1);
  if (stage == self->spotlight)
    return;

  self->spotlight = stage;
  if (stage >= 0)
    {
      const PcLayoutStage *ls = pc_layout_get_stage (self->layout, stage);
      PcRect area = { ls->column.x, ls->header.y, ls->column.width,
                      ls->column.y + ls->column.height - ls->header.y };

      _pc_canvas_scroll_to_rect (self, &area);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPOTLIGHT]);
}

GtkWidget *
pc_canvas_get_card (PcCanvas     *self,
                    PcTouchpoint *touchpoint)
{
  g_return_val_if_fail (PC_IS_CANVAS (self), NULL);

  return (GtkWidget *) _pc_canvas_ensure_card (self, touchpoint);
}

PcTouchpoint *
pc_canvas_add_touchpoint (PcCanvas  *self,
                          PcChannel  channel)
{
  guint stage, lane;

  g_return_val_if_fail (PC_IS_CANVAS (self), NULL);

  if (self->history == NULL || !_pc_canvas_get_focus_cell (self, &stage, &lane))
    return NULL;
  _pc_canvas_add_touchpoint_at (self, stage, lane, channel, G_MAXUINT, FALSE);
  return self->selected;
}

void
pc_canvas_focus_row (PcCanvas *self,
                     PcRow    *row,
                     gboolean  rename)
{
  g_return_if_fail (PC_IS_CANVAS (self));
  g_return_if_fail (PC_IS_ROW (row));

  _pc_canvas_ensure_layout (self);
  _pc_canvas_focus_object (self, G_OBJECT (row));
  if (rename)
    _pc_canvas_rename_start (self, G_OBJECT (row), FALSE);
}

static void
pc_canvas_emit_edit_persona (PcCanvas  *self,
                             PcPersona *persona)
{
  g_signal_emit (self, signals[EDIT_PERSONA], 0, persona);
}

static void
pc_canvas_emit_activate (PcCanvas     *self,
                         PcTouchpoint *touchpoint)
{
  g_signal_emit (self, signals[ACTIVATE_TOUCHPOINT], 0, touchpoint);
}
