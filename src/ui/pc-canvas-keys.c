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
  return gtk_widget_get_focus_child (GTK_WIDGET (self));
}

static PcCanvasHeader *
target_header (PcCanvas *self)
{
  GtkWidget *child = focus_child (self);

  return PC_IS_CANVAS_HEADER (child) ? PC_CANVAS_HEADER (child) : NULL;
}

/* Edits */

static void
add_touchpoint (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);
  guint stage, lane;

  if (_pc_canvas_get_focus_cell (self, &stage, &lane))
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

  /* A selected connector goes first: it was reached from the card. */
  if (_pc_canvas_delete_connector (self))
    return;

  if (header != NULL)
    {
      GObject *item = pc_canvas_header_get_item (header);
      guint index = 0;

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

  if (header != NULL)
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

/* S and E step through the strength of feeling and the evidence level,
 * back to "not stated" after the last; F and W flip the two blueprint
 * flags. One undo step each. */
static void
cycle_field (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);
  PcTouchpoint *touchpoint = _pc_canvas_target_touchpoint (self);

  if (touchpoint == NULL || self->history == NULL)
    return;

  if (g_str_equal (action_name, "canvas.cycle-strength"))
    pc_edit_set_enum (self->history, touchpoint, "strength",
                      (pc_touchpoint_get_strength (touchpoint) + 1) % (PC_STRENGTH_STRONG + 1));
  else
    pc_edit_set_enum (self->history, touchpoint, "evidence",
                      (pc_touchpoint_get_evidence (touchpoint) + 1) % (PC_EVIDENCE_VALIDATED + 1));
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

/* Dot voting: one vote more or less on the focused card, one undo step. */
static void
vote (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);
  PcTouchpoint *touchpoint = _pc_canvas_target_touchpoint (self);
  int votes;
  g_auto(GValue) value = G_VALUE_INIT;
  PcCommand *command;

  if (touchpoint == NULL || self->history == NULL)
    return;

  votes = (int) pc_touchpoint_get_votes (touchpoint) + g_variant_get_int32 (parameter);
  votes = CLAMP (votes, 0, 999);
  if ((guint) votes == pc_touchpoint_get_votes (touchpoint))
    return;

  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, votes);
  command = pc_set_command_new (G_OBJECT (touchpoint), "votes", &value);
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

/* Arrows: Left/Right change stage in the same lane; Up/Down go through the
 * cards of a cell, then on to the next lane. */
static gboolean
move_focus (GtkWidget *widget,
            GVariant  *args,
            gpointer   user_data)
{
  PcCanvas *self = PC_CANVAS (widget);
  g_autoptr(GPtrArray) cell = g_ptr_array_new ();
  const PcLayoutCard *card;
  guint stage, lane, n_stages, n_lanes;
  int dx, dy, index;

  g_variant_get (args, "(ii)", &dx, &dy);
  if (PC_IS_CANVAS_HEADER (focus_child (self)) || !_pc_canvas_get_focus_cell (self, &stage, &lane))
    return FALSE;

  n_stages = pc_layout_get_n_stages (self->layout);
  n_lanes = pc_layout_get_n_lanes (self->layout);
  card = PC_IS_CARD (focus_child (self)) ? _pc_canvas_find_card (self, _pc_canvas_target_touchpoint (self)) : NULL;
  index = card ? (int) card->index_in_cell : -1;

  if (dy != 0 && card != NULL)
    {
      _pc_canvas_cell_cards (self, stage, lane, NULL, cell);
      if (index + dy >= 0 && index + dy < (int) cell->len)
        {
          const PcLayoutCard *next = g_ptr_array_index (cell, index + dy);
          _pc_canvas_move_focus_to_touchpoint (self, next->touchpoint);
          return TRUE;
        }
      g_ptr_array_set_size (cell, 0);
    }

  if ((int) stage + dx < 0 || (int) stage + dx >= (int) n_stages ||
      (int) lane + dy < 0 || (int) lane + dy >= (int) n_lanes)
    return TRUE;   /* at the edge: stay, but keep the key */

  stage += dx;
  lane += dy;
  if (_pc_canvas_cell_cards (self, stage, lane, NULL, cell) > 0)
    {
      guint target = dy < 0 ? cell->len - 1 : dy > 0 ? 0 : (guint) MAX (index, 0);
      const PcLayoutCard *next = g_ptr_array_index (cell, MIN (target, cell->len - 1));
      _pc_canvas_move_focus_to_touchpoint (self, next->touchpoint);
    }
  else
    _pc_canvas_move_focus_to_cell (self, stage, lane);

  return TRUE;
}

/* Ctrl+arrows: the card moves, one undo step each. */
static gboolean
move_card (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  PcCanvas *self = PC_CANVAS (widget);
  PcTouchpoint *touchpoint = PC_IS_CARD (focus_child (self))
                             ? pc_card_get_touchpoint (PC_CARD (focus_child (self))) : NULL;
  g_autoptr(PcTouchpoint) keep = NULL;
  const PcLayoutCard *card;
  int dx, dy, stage, lane, index, n_cell;

  g_variant_get (args, "(ii)", &dx, &dy);
  _pc_canvas_ensure_layout (self);
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
