/* pc-canvas-keys.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Part of the canvas (see pc-canvas-private.h): its actions and key
 * bindings. Focus moves between cards and cells; every edit goes through
 * the core (pc-edit, pc-daylife) so that it can be undone. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-canvas-private.h"
#include "pc-daylife.h"
#include "pc-edit.h"
#include "pc-command.h"

#define ZOOM_STEP 1.25

static GtkWidget *
focus_child (PcCanvas *self)
{
  return _pc_canvas_focus_subject (self);
}

static PcCanvasHeader *
target_header (PcCanvas *self)
{
  GtkWidget *child = focus_child (self);

  return PC_IS_CANVAS_HEADER (child) ? PC_CANVAS_HEADER (child) : NULL;
}

/* Edits */

/* The position of the focused typed note among its cell's, or -1. */
static int
focused_note_position (PcCanvas *self)
{
  PcNoteWidget *widget = _pc_canvas_target_note (self);
  const PcLayoutNote *ln;

  if (widget == NULL || pc_note_widget_get_note (widget) == NULL ||
      (ln = _pc_canvas_find_note (self, pc_note_widget_get_note (widget))) == NULL)
    return -1;
  return ln->index_in_cell;
}

/* Insert or N: a card in a lane's cell; in a row's cell, a note (after
 * the focused one), and on a row's header, a note in its cell of the
 * cursor's stage. */
static void
add_touchpoint (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);
  PcCanvasHeader *header = target_header (self);
  guint stage, lane, row;
  int position;

  _pc_canvas_ensure_layout (self);
  if (header != NULL && PC_IS_ROW (pc_canvas_header_get_item (header)))
    {
      for (row = 0; row < self->row_headers->len; row++)
        if (g_ptr_array_index (self->row_headers, row) == header)
          break;
      if (row < self->row_headers->len && pc_layout_get_n_stages (self->layout) > 0)
        _pc_canvas_add_note_at (self, MIN (self->cursor_stage, pc_layout_get_n_stages (self->layout) - 1),
                                row, G_MAXUINT, TRUE);
    }
  else if (_pc_canvas_get_focus_row_cell (self, &stage, &row))
    {
      position = focused_note_position (self);
      _pc_canvas_add_note_at (self, stage, row, position >= 0 ? (guint) position + 1 : G_MAXUINT,
                              TRUE);
    }
  else if (_pc_canvas_get_focus_cell (self, &stage, &lane))
    _pc_canvas_add_touchpoint_at (self, stage, lane, PC_CHANNEL_NONE, G_MAXUINT, TRUE);
}

static void
add_stage (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);
  GListStore *stages = pc_map_get_stages (self->map);
  PcCanvasHeader *header = target_header (self);
  guint position = g_list_model_get_n_items (G_LIST_MODEL (stages));
  PcStage *stage;

  if (header != NULL && PC_IS_STAGE (pc_canvas_header_get_item (header)) &&
      pc_list_find (G_LIST_MODEL (stages), pc_canvas_header_get_item (header), &position))
    position++;

  stage = pc_daylife_add_stage (self->history, self->map, position, _("New stage"));
  pc_history_break_merge (self->history);
  /* Typing replaces the name and keeps the proposed time. */
  _pc_canvas_start_rename (self, G_OBJECT (stage), TRUE);
}

static void
add_lane (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);
  g_autoptr(PcLane) lane = pc_lane_new (NULL);
  GListStore *lanes = pc_map_get_lanes (self->map);
  PcCanvasHeader *header = target_header (self);
  guint position = g_list_model_get_n_items (G_LIST_MODEL (lanes));

  if (header != NULL && PC_IS_LANE (pc_canvas_header_get_item (header)) &&
      pc_list_find (G_LIST_MODEL (lanes), pc_canvas_header_get_item (header), &position))
    position++;

  pc_lane_set_kind (lane, PC_LANE_KIND_FREE);
  pc_lane_set_name (lane, _("New lane"));
  pc_edit_insert (self->history, lanes, position, lane, _("Add lane"));
  pc_history_break_merge (self->history);
  _pc_canvas_start_rename (self, G_OBJECT (lane), FALSE);
}

static void
delete_item (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);
  PcCanvasHeader *header = target_header (self);
  PcTouchpoint *touchpoint = _pc_canvas_target_touchpoint (self);
  PcNoteWidget *note = _pc_canvas_target_note (self);

  /* A selected connector goes first: it was reached from the card. */
  if (_pc_canvas_delete_connector (self))
    return;

  if (note != NULL)
    {
      /* What a row gathers belongs to its card. */
      if (pc_note_widget_get_note (note) != NULL)
        _pc_canvas_delete_note (self, pc_note_widget_get_note (note));
      else
        gtk_widget_error_bell (widget);
    }
  else if (header != NULL)
    {
      GObject *item = pc_canvas_header_get_item (header);
      guint index = 0;

      if (PC_IS_ROW (item))
        {
          pc_edit_remove_row (self->history, self->map, PC_ROW (item));
          pc_history_break_merge (self->history);
          _pc_canvas_ensure_layout (self);
          _pc_canvas_move_focus_to_cell (self, self->cursor_stage, self->cursor_lane);
          return;
        }
      if (PC_IS_STAGE (item))
        {
          pc_list_find (G_LIST_MODEL (pc_map_get_stages (self->map)), item, &index);
          pc_edit_remove_stage (self->history, self->map, PC_STAGE (item));
          self->cursor_stage = index > 0 ? index - 1 : 0;
        }
      else
        {
          pc_list_find (G_LIST_MODEL (pc_map_get_lanes (self->map)), item, &index);
          pc_edit_remove_lane (self->history, self->map, PC_LANE (item));
          self->cursor_lane = index > 0 ? index - 1 : 0;
        }
      _pc_canvas_ensure_layout (self);
      _pc_canvas_move_focus_to_cell (self, self->cursor_stage, self->cursor_lane);
    }
  else if (touchpoint != NULL)
    {
      const PcLayoutCard *card = _pc_canvas_find_card (self, touchpoint);
      guint stage = card ? card->stage_index : self->cursor_stage;
      guint lane = card ? card->lane_index : self->cursor_lane;
      guint index = card ? card->index_in_cell : 0;
      g_autoptr(GPtrArray) rest = g_ptr_array_new ();

      pc_edit_remove_touchpoint (self->history, self->map, touchpoint);
      pc_history_break_merge (self->history);

      /* Focus the next card in the cell, or the cell once it is empty. */
      _pc_canvas_ensure_layout (self);
      if (_pc_canvas_cell_cards (self, stage, lane, NULL, rest) > 0)
        {
          const PcLayoutCard *next = g_ptr_array_index (rest, MIN (index, rest->len - 1));
          _pc_canvas_move_focus_to_touchpoint (self, next->touchpoint);
        }
      else
        _pc_canvas_move_focus_to_cell (self, stage, lane);
    }
}

static void
rename_item (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);
  PcCanvasHeader *header = target_header (self);
  PcNoteWidget *note = _pc_canvas_target_note (self);

  if (note != NULL)
    {
      if (pc_note_widget_get_note (note) != NULL)
        _pc_canvas_start_rename (self, G_OBJECT (pc_note_widget_get_note (note)), FALSE);
      else
        gtk_widget_error_bell (widget);
    }
  else if (header != NULL)
    {
      PcPersona *persona = pc_canvas_header_get_persona (header);
      _pc_canvas_start_rename (self, persona ? G_OBJECT (persona) : pc_canvas_header_get_item (header),
                               FALSE);
    }
  else if (_pc_canvas_target_touchpoint (self) != NULL)
    _pc_canvas_start_rename (self, G_OBJECT (_pc_canvas_target_touchpoint (self)), FALSE);
}

static void
set_sentiment (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);
  PcTouchpoint *touchpoint = _pc_canvas_target_touchpoint (self);
  int value = CLAMP (g_variant_get_int32 (parameter), -1, 1);

  if (touchpoint == NULL || (int) pc_touchpoint_get_sentiment (touchpoint) == value)
    return;

  pc_edit_set_enum (self->history, touchpoint, "sentiment", value);
  pc_history_break_merge (self->history);
}

/* What takes a vote or an evidence level: the focused card, or the
 * focused note (what a row gathers belongs to its card). */
static GObject *
target_item (PcCanvas *self)
{
  PcNoteWidget *note = _pc_canvas_target_note (self);

  if (note != NULL)
    return (GObject *) pc_note_widget_get_note (note);
  return (GObject *) _pc_canvas_target_touchpoint (self);
}

/* S and E step through the strength of feeling and the evidence level,
 * back to "not stated" after the last; F and W flip the two blueprint
 * flags. One undo step each. A note has an evidence level too. */
static void
cycle_field (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);
  PcTouchpoint *touchpoint = _pc_canvas_target_touchpoint (self);
  GObject *item = target_item (self);
  PcEvidence evidence;

  if (item == NULL || self->history == NULL)
    return;

  if (g_str_equal (action_name, "canvas.cycle-strength"))
    {
      if (touchpoint == NULL)
        return;
      pc_edit_set_enum (self->history, touchpoint, "strength",
                        (pc_touchpoint_get_strength (touchpoint) + 1) % (PC_STRENGTH_STRONG + 1));
    }
  else
    {
      g_object_get (item, "evidence", &evidence, NULL);
      pc_edit_set_enum (self->history, item, "evidence", (evidence + 1) % (PC_EVIDENCE_VALIDATED + 1));
    }
  pc_history_break_merge (self->history);
}

static void
toggle_flag (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);
  PcTouchpoint *touchpoint = _pc_canvas_target_touchpoint (self);

  if (touchpoint == NULL || self->history == NULL)
    return;

  if (g_str_equal (action_name, "canvas.toggle-fail-point"))
    pc_edit_set_boolean (self->history, touchpoint, "fail-point",
                         !pc_touchpoint_get_fail_point (touchpoint));
  else
    pc_edit_set_boolean (self->history, touchpoint, "waiting-point",
                         !pc_touchpoint_get_waiting_point (touchpoint));
  pc_history_break_merge (self->history);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);

  if (g_str_equal (action_name, "canvas.zoom-in"))
    pc_canvas_set_zoom (self, self->zoom * ZOOM_STEP);
  else if (g_str_equal (action_name, "canvas.zoom-out"))
    pc_canvas_set_zoom (self, self->zoom / ZOOM_STEP);
  else
    pc_canvas_set_zoom (self, 1.0);
}

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);

  if (g_str_equal (action_name, "canvas.zoom-fit-width"))
    pc_canvas_zoom_to_fit (self, PC_CANVAS_FIT_WIDTH, 0);
  else
    pc_canvas_zoom_to_fit (self, PC_CANVAS_FIT_MAP, 0);
}

/* Dot voting: one vote more or less on the focused card or note, one
 * undo step. */
static void
vote (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);
  GObject *item = target_item (self);
  guint current;
  int votes;
  g_auto(GValue) value = G_VALUE_INIT;
  PcCommand *command;

  if (item == NULL || self->history == NULL)
    return;

  g_object_get (item, "votes", &current, NULL);
  votes = (int) current + g_variant_get_int32 (parameter);
  votes = CLAMP (votes, 0, PC_MAX_VOTES);
  if ((guint) votes == current)
    return;

  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, votes);
  command = pc_set_command_new (item, "votes", &value);
  pc_command_set_label (command, _("Vote"));
  pc_history_push (self->history, command);
  pc_history_break_merge (self->history);
}

/* Keyboard bindings */

static gboolean
activate_focus (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  PcCanvas *self = PC_CANVAS (widget);
  GtkWidget *child = focus_child (self);

  if (PC_IS_CARD (child))
    _pc_canvas_activate_card (self, pc_card_get_touchpoint (PC_CARD (child)));
  else if (PC_IS_NOTE_WIDGET (child))
    _pc_canvas_activate_note (self, PC_NOTE_WIDGET (child));
  else if (PC_IS_CANVAS_HEADER (child))
    _pc_canvas_activate_header (self, PC_CANVAS_HEADER (child));
  else if (gtk_widget_has_focus (widget) && self->connect_from == NULL &&
           self->selected_connector == NULL)
    gtk_widget_activate_action (widget, "canvas.add-touchpoint", NULL);
  else
    return FALSE;
  return TRUE;
}

static gboolean
cancel (GtkWidget *widget,
        GVariant  *args,
        gpointer   user_data)
{
  return _pc_canvas_cancel (PC_CANVAS (widget));
}

/* The items of a cell, as layout indices in their order: the cards of a
 * lane's cell, or the notes and gathered items of a row's. */
static guint
cell_items (PcCanvas *self,
            guint     stage,
            gboolean  row,
            guint     index,
            GArray   *out)
{
  if (row)
    return _pc_canvas_row_cell_notes (self, stage, index, FALSE, NULL, out);

  for (guint i = 0; i < pc_layout_get_n_cards (self->layout); i++)
    {
      const PcLayoutCard *card = pc_layout_get_card (self->layout, i);

      if (card->stage_index == stage && card->lane_index == index)
        g_array_append_val (out, i);
    }
  return out->len;
}

static void
focus_item (PcCanvas *self,
            gboolean  row,
            GArray   *items,
            guint     position)
{
  guint index = g_array_index (items, guint, position);

  if (row)
    _pc_canvas_move_focus_to_note (self, index);
  else
    _pc_canvas_move_focus_to_touchpoint (self, pc_layout_get_card (self->layout, index)->touchpoint);
}

/* Where the keyboard is: a cell of a lane or a row, and the position of
 * the focused card or note in it (-1 for the cell itself). */
static gboolean
current_cell (PcCanvas *self,
              guint    *stage,
              gboolean *row,
              guint    *index,
              int      *position)
{
  GtkWidget *child = focus_child (self);
  const PcLayoutCard *card;
  guint lane;

  *position = -1;
  if (PC_IS_NOTE_WIDGET (child) &&
      pc_note_widget_get_layout (PC_NOTE_WIDGET (child)) == self->layout &&
      pc_note_widget_get_index (PC_NOTE_WIDGET (child)) < pc_layout_get_n_notes (self->layout))
    {
      const PcLayoutNote *ln = pc_layout_get_note (self->layout,
                                                   pc_note_widget_get_index (PC_NOTE_WIDGET (child)));
      *stage = ln->stage_index;
      *row = TRUE;
      *index = ln->row_index;
      *position = ln->index_in_cell;
      return TRUE;
    }
  if (_pc_canvas_get_focus_row_cell (self, stage, index))
    {
      *row = TRUE;
      return TRUE;
    }
  if (!_pc_canvas_get_focus_cell (self, stage, &lane))
    {
      /* No lanes: the rows' cells only. */
      if (pc_layout_get_n_rows (self->layout) == 0 || pc_layout_get_n_stages (self->layout) == 0)
        return FALSE;
      *stage = MIN (self->cursor_stage, pc_layout_get_n_stages (self->layout) - 1);
      *row = TRUE;
      *index = 0;
      return TRUE;
    }
  *row = FALSE;
  *index = lane;
  card = PC_IS_CARD (child) ? _pc_canvas_find_card (self, _pc_canvas_target_touchpoint (self)) : NULL;
  if (card != NULL)
    *position = card->index_in_cell;
  return TRUE;
}

/* Arrows: Left/Right change stage in the same lane or row; Up/Down go
 * through the cards or notes of a cell, then on to the next lane or row
 * (the insight rows come after the lanes, or before them). */
static gboolean
move_focus (GtkWidget *widget,
            GVariant  *args,
            gpointer   user_data)
{
  PcCanvas *self = PC_CANVAS (widget);
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (guint));
  guint stage, index, slot, n_stages, n_slots;
  gboolean row;
  int dx, dy, position;

  g_variant_get (args, "(ii)", &dx, &dy);
  _pc_canvas_ensure_layout (self);
  if (PC_IS_CANVAS_HEADER (focus_child (self)) || self->layout == NULL ||
      !current_cell (self, &stage, &row, &index, &position))
    return FALSE;

  n_stages = pc_layout_get_n_stages (self->layout);
  n_slots = _pc_canvas_get_n_slots (self);

  if (dy != 0 && position >= 0)
    {
      cell_items (self, stage, row, index, items);
      if (position + dy >= 0 && position + dy < (int) items->len)
        {
          focus_item (self, row, items, position + dy);
          return TRUE;
        }
      g_array_set_size (items, 0);
    }

  slot = _pc_canvas_slot_of (self, row, index);
  if ((int) stage + dx < 0 || (int) stage + dx >= (int) n_stages ||
      (int) slot + dy < 0 || (int) slot + dy >= (int) n_slots)
    return TRUE;   /* at the edge: stay, but keep the key */

  stage += dx;
  slot += dy;
  row = _pc_canvas_slot_is_row (self, slot, &index);
  if (cell_items (self, stage, row, index, items) > 0)
    {
      guint target = dy < 0 ? items->len - 1 : dy > 0 ? 0 : (guint) MAX (position, 0);
      focus_item (self, row, items, MIN (target, items->len - 1));
    }
  else if (row)
    _pc_canvas_move_focus_to_row_cell (self, stage, index);
  else
    _pc_canvas_move_focus_to_cell (self, stage, index);

  return TRUE;
}

/* Ctrl+arrows: the card or note moves, one undo step each. */
static gboolean
move_card (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  PcCanvas *self = PC_CANVAS (widget);
  PcTouchpoint *touchpoint = PC_IS_CARD (focus_child (self))
                             ? pc_card_get_touchpoint (PC_CARD (focus_child (self))) : NULL;
  PcNoteWidget *note = _pc_canvas_target_note (self);
  PcCanvasHeader *header = target_header (self);
  g_autoptr(PcTouchpoint) keep = NULL;
  const PcLayoutCard *card;
  int dx, dy, stage, lane, index, n_cell;

  g_variant_get (args, "(ii)", &dx, &dy);
  _pc_canvas_ensure_layout (self);

  /* A note moves like a card; a row's header moves its row. */
  if (note != NULL && pc_note_widget_get_note (note) != NULL)
    {
      _pc_canvas_move_note_by (self, pc_note_widget_get_note (note), dx, dy);
      return TRUE;
    }
  if (header != NULL && PC_IS_ROW (pc_canvas_header_get_item (header)))
    {
      if (dy != 0)
        gtk_widget_activate_action (widget, "canvas.move-row", "i", dy);
      return TRUE;
    }
  if (touchpoint == NULL || self->history == NULL || (card = _pc_canvas_find_card (self, touchpoint)) == NULL)
    return FALSE;

  keep = g_object_ref (touchpoint);
  stage = card->stage_index + dx;
  lane = card->lane_index;
  index = card->index_in_cell;

  if (dy != 0)
    {
      n_cell = _pc_canvas_cell_cards (self, stage, lane, touchpoint, NULL);
      index += dy;
      if (index < 0 || index > n_cell)
        {
          lane += dy;
          if (lane < 0 || lane >= (int) pc_layout_get_n_lanes (self->layout))
            return TRUE;
          index = dy < 0 ? (int) _pc_canvas_cell_cards (self, stage, lane, touchpoint, NULL) : 0;
        }
    }
  else
    {
      if (stage < 0 || stage >= (int) pc_layout_get_n_stages (self->layout))
        return TRUE;
      index = MIN (index, (int) _pc_canvas_cell_cards (self, stage, lane, touchpoint, NULL));
    }

  pc_edit_move_touchpoint (self->history, self->map, touchpoint,
                           pc_entity_get_id (PC_ENTITY (pc_layout_get_stage (self->layout, stage)->stage)),
                           pc_entity_get_id (PC_ENTITY (pc_layout_get_lane (self->layout, lane)->lane)),
                           index);
  pc_history_break_merge (self->history);
  _pc_canvas_move_focus_to_touchpoint (self, touchpoint);
  return TRUE;
}

void
_pc_canvas_keys_class_init (GtkWidgetClass *widget_class)
{
  const struct { guint key; int dx, dy; } arrows[] = {
    { GDK_KEY_Left, -1, 0 }, { GDK_KEY_KP_Left, -1, 0 },
    { GDK_KEY_Right, 1, 0 }, { GDK_KEY_KP_Right, 1, 0 },
    { GDK_KEY_Up, 0, -1 }, { GDK_KEY_KP_Up, 0, -1 },
    { GDK_KEY_Down, 0, 1 }, { GDK_KEY_KP_Down, 0, 1 },
  };

  gtk_widget_class_install_action (widget_class, "canvas.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-fit-width", NULL, zoom_fit_action);
  gtk_widget_class_install_action (widget_class, "canvas.vote", "i", vote);
  gtk_widget_class_install_action (widget_class, "canvas.add-touchpoint", NULL, add_touchpoint);
  gtk_widget_class_install_action (widget_class, "canvas.delete", NULL, delete_item);
  gtk_widget_class_install_action (widget_class, "canvas.rename", NULL, rename_item);
  gtk_widget_class_install_action (widget_class, "canvas.sentiment", "i", set_sentiment);
  gtk_widget_class_install_action (widget_class, "canvas.cycle-strength", NULL, cycle_field);
  gtk_widget_class_install_action (widget_class, "canvas.cycle-evidence", NULL, cycle_field);
  gtk_widget_class_install_action (widget_class, "canvas.toggle-fail-point", NULL, toggle_flag);
  gtk_widget_class_install_action (widget_class, "canvas.toggle-waiting-point", NULL, toggle_flag);
  gtk_widget_class_install_action (widget_class, "canvas.add-stage", NULL, add_stage);
  gtk_widget_class_install_action (widget_class, "canvas.add-lane", NULL, add_lane);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "canvas.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "canvas.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "canvas.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "canvas.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_9, GDK_CONTROL_MASK, "canvas.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_8, GDK_CONTROL_MASK, "canvas.zoom-fit-width", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, 0, "canvas.vote", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_V, GDK_SHIFT_MASK, "canvas.vote", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0, "canvas.add-touchpoint", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, 0, "canvas.add-touchpoint", NULL);
  /* Menus show the last binding of an action: keep the main key last. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "canvas.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "canvas.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "canvas.rename", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, 0, "canvas.sentiment", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, 0, "canvas.sentiment", "i", 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, 0, "canvas.sentiment", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_1, 0, "canvas.sentiment", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_2, 0, "canvas.sentiment", "i", 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_3, 0, "canvas.sentiment", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, 0, "canvas.cycle-strength", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, 0, "canvas.cycle-evidence", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, 0, "canvas.toggle-fail-point", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, 0, "canvas.toggle-waiting-point", NULL);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, activate_focus, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, activate_focus, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, 0, activate_focus, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, cancel, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (arrows); i++)
    {
      gtk_widget_class_add_binding (widget_class, arrows[i].key, 0, move_focus,
                                    "(ii)", arrows[i].dx, arrows[i].dy);
      gtk_widget_class_add_binding (widget_class, arrows[i].key, GDK_CONTROL_MASK, move_card,
                                    "(ii)", arrows[i].dx, arrows[i].dy);
    }
}
