/* pc-canvas-keys.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The canvas's actions and keyboard: focus moves between cards and cells,
 * every edit goes through pc-edit so that it can be undone. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-canvas-header.h"
#include "pc-canvas-private.h"
#include "pc-daylife.h"
#include "pc-edit.h"

#define ZOOM_STEP 1.25

static GtkWidget *
focus_child (PcCanvas *self)
{
  return gtk_widget_get_focus_child (GTK_WIDGET (self));
}

/* The card the keyboard acts on: the focused one, else the selection
 * (when the focus is in a side panel, for instance). */
PcTouchpoint *
_pc_canvas_target_touchpoint (PcCanvas *self)
{
  GtkWidget *child = focus_child (self);

  if (PC_IS_CARD (child))
    return pc_card_get_touchpoint (PC_CARD (child));
  if (PC_IS_CANVAS_HEADER (child) || gtk_widget_has_focus (GTK_WIDGET (self)))
    return NULL;
  return self->selected;
}

static PcCanvasHeader *
target_header (PcCanvas *self)
{
  GtkWidget *child = focus_child (self);

  return PC_IS_CANVAS_HEADER (child) ? PC_CANVAS_HEADER (child) : NULL;
}

static const PcLayoutCard *
card_of (PcCanvas     *self,
         PcTouchpoint *touchpoint)
{
  int index;

  if (self->layout == NULL || touchpoint == NULL)
    return NULL;
  index = pc_layout_find_card (self->layout, touchpoint);
  return index >= 0 ? pc_layout_get_card (self->layout, index) : NULL;
}

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

  if ((card = card_of (self, _pc_canvas_target_touchpoint (self))) != NULL)
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

void
_pc_canvas_update_actions (PcCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_map = self->map != NULL && self->history != NULL;
  gboolean has_cells = has_map && self->layout != NULL &&
                       pc_layout_get_n_stages (self->layout) > 0 &&
                       pc_layout_get_n_lanes (self->layout) > 0;
  gboolean has_card = has_map && _pc_canvas_target_touchpoint (self) != NULL;
  gboolean has_header = has_map && target_header (self) != NULL;
  gboolean has_connector = has_map && self->selected_connector != NULL;
  gboolean has_connectors = has_card &&
                            _pc_canvas_card_has_connectors (self, _pc_canvas_target_touchpoint (self));

  gtk_widget_action_set_enabled (widget, "canvas.zoom-in", self->zoom < PC_CANVAS_ZOOM_MAX);
  gtk_widget_action_set_enabled (widget, "canvas.zoom-out", self->zoom > PC_CANVAS_ZOOM_MIN);
  gtk_widget_action_set_enabled (widget, "canvas.zoom-reset", self->zoom != 1.0);
  gtk_widget_action_set_enabled (widget, "canvas.add-touchpoint", has_cells);
  gtk_widget_action_set_enabled (widget, "canvas.add-stage", has_map);
  gtk_widget_action_set_enabled (widget, "canvas.add-lane", has_map);
  gtk_widget_action_set_enabled (widget, "canvas.delete", has_card || has_header || has_connector);
  gtk_widget_action_set_enabled (widget, "canvas.rename", has_card || has_header);
  gtk_widget_action_set_enabled (widget, "canvas.sentiment", has_card);
  gtk_widget_action_set_enabled (widget, "canvas.connect", has_card);
  gtk_widget_action_set_enabled (widget, "canvas.next-connector", has_connectors);
  gtk_widget_action_set_enabled (widget, "canvas.previous-connector", has_connectors);
}

/* Inline rename */

static const char *
rename_property (GObject *object)
{
  return PC_IS_TOUCHPOINT (object) ? "title" : "name";
}

static void
refocus (PcCanvas *self,
         GObject  *object)
{
  if (PC_IS_TOUCHPOINT (object))
    {
      _pc_canvas_focus_touchpoint (self, PC_TOUCHPOINT (object));
      return;
    }

  _pc_canvas_ensure_layout (self);
  for (guint k = 0; k < 2; k++)
    {
      GPtrArray *headers = k == 0 ? self->stage_headers : self->lane_headers;

      for (guint i = 0; i < headers->len; i++)
        {
          PcCanvasHeader *header = g_ptr_array_index (headers, i);
          if (pc_canvas_header_get_item (header) == object ||
              (GObject *) pc_canvas_header_get_persona (header) == object)
            {
              gtk_widget_grab_focus (GTK_WIDGET (header));
              return;
            }
        }
    }
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

/* A day in the life edits a stage's time and name in one entry. */
static gboolean
editing_timeline_stage (PcCanvas *self)
{
  return PC_IS_STAGE (self->editing) && pc_daylife_is_timeline (self->map);
}

static void
finish_rename_full (PcCanvas *self,
                    gboolean  commit,
                    gboolean  take_focus)
{
  g_autoptr(GObject) object = NULL;
  g_autofree char *text = NULL;
  GtkWidget *editor = self->editor;

  if (editor == NULL || self->committing)
    return;

  self->committing = TRUE;
  object = g_steal_pointer (&self->editing);
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editor))));
  self->editor = NULL;

  if (commit && PC_IS_STAGE (object) && pc_daylife_is_timeline (self->map) &&
      self->history != NULL && *text != '\0')
    {
      /* A wrong time is dropped: the loader would refuse it. */
      pc_daylife_edit_stage (self->history, self->map, PC_STAGE (object), text);
    }
  else if (commit && object != NULL && self->history != NULL && *text != '\0')
    {
      g_autofree char *old = NULL;

      g_object_get (object, self->editing_property, &old, NULL);
      if (g_strcmp0 (old, text) != 0)
        pc_edit_set_string (self->history, object, self->editing_property, text);
      pc_history_break_merge (self->history);
    }

  gtk_widget_unparent (editor);
  if (object != NULL && take_focus)
    refocus (self, object);
  self->committing = FALSE;
}

static void
finish_rename (PcCanvas *self,
               gboolean  commit)
{
  finish_rename_full (self, commit, TRUE);
}

void
_pc_canvas_cancel_rename (PcCanvas *self)
{
  finish_rename (self, FALSE);
}

static gboolean
editor_text_valid (PcCanvas *self)
{
  g_autofree char *time = NULL;
  g_autofree char *name = NULL;

  if (!editing_timeline_stage (self))
    return TRUE;
  return pc_daylife_parse_header (gtk_editable_get_text (GTK_EDITABLE (self->editor)),
                                  &time, &name);
}

static void
on_editor_changed (PcCanvas *self)
{
  if (self->editor == NULL)
    return;
  if (editor_text_valid (self))
    gtk_widget_remove_css_class (self->editor, "error");
  else
    gtk_widget_add_css_class (self->editor, "error");
}

static void
on_editor_activate (PcCanvas *self)
{
  /* Enter on a wrong time keeps the editor open, marked, to be fixed. */
  if (!editor_text_valid (self))
    {
      gtk_widget_add_css_class (self->editor, "error");
      gtk_widget_error_bell (self->editor);
      return;
    }
  finish_rename (self, TRUE);
}

static gboolean
on_editor_key (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               PcCanvas              *self)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  finish_rename (self, FALSE);
  return TRUE;
}

typedef struct
{
  PcCanvas  *canvas;
  GtkWidget *editor;
} Leave;

static void
leave_free (gpointer data)
{
  Leave *leave = data;

  g_object_unref (leave->canvas);
  g_object_unref (leave->editor);
  g_free (leave);
}

static gboolean
finish_after_leave (gpointer data)
{
  Leave *leave = data;
  GtkRoot *root = gtk_widget_get_root (leave->editor);

  /* Still editing, and the focus went to another widget (not merely to
   * another window): commit, and leave the focus where the user put it. */
  if (leave->canvas->editor == leave->editor &&
      (root == NULL || gtk_root_get_focus (root) != leave->editor))
    finish_rename_full (leave->canvas, TRUE, FALSE);
  return G_SOURCE_REMOVE;
}

static void
on_editor_leave (PcCanvas *self)
{
  Leave *leave;

  /* Removing the editor inside its own focus change would leave GTK
   * working on a dead widget: finish once the change is over. */
  if (self->editor == NULL || self->committing)
    return;
  leave = g_new0 (Leave, 1);
  leave->canvas = g_object_ref (self);
  leave->editor = g_object_ref (self->editor);
  g_idle_add_full (G_PRIORITY_DEFAULT, finish_after_leave, leave, leave_free);
}

void
_pc_canvas_start_rename (PcCanvas *self,
                         GObject  *object)
{
  GtkEventController *controller;
  g_autofree char *text = NULL;
  const char *label;

  g_return_if_fail (PC_IS_CANVAS (self));

  finish_rename (self, TRUE);
  if (object == NULL)
    return;

  self->editing_property = rename_property (object);
  g_set_object (&self->editing, object);
  if (editing_timeline_stage (self))
    text = pc_daylife_format_header (PC_STAGE (object));
  else
    g_object_get (object, self->editing_property, &text, NULL);

  self->editor = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (self->editor), text ? text : "");
  if (editing_timeline_stage (self))
    {
      gtk_entry_set_placeholder_text (GTK_ENTRY (self->editor), _("07:30 Breakfast"));
      gtk_widget_set_tooltip_text (self->editor,
                                   _("A time of day, then the name: “07:30 Breakfast” or “7h30 Breakfast”"));
      g_signal_connect_object (self->editor, "changed", G_CALLBACK (on_editor_changed),
                               self, G_CONNECT_SWAPPED);
    }
  label = editing_timeline_stage (self) ? _("Stage time and name")
        : PC_IS_TOUCHPOINT (object) ? _("Touchpoint title")
        : PC_IS_STAGE (object) ? _("Stage name")
        : PC_IS_PERSONA (object) ? _("Persona name") : _("Lane name");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_parent (self->editor, GTK_WIDGET (self));
  g_signal_connect_object (self->editor, "activate", G_CALLBACK (on_editor_activate),
                           self, G_CONNECT_SWAPPED);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (on_editor_key), self, 0);
  gtk_widget_add_controller (self->editor, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "leave", G_CALLBACK (on_editor_leave),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->editor, controller);

  self->allocate_all = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_grab_focus (self->editor);
  gtk_editable_select_region (GTK_EDITABLE (self->editor), 0, -1);
}

/* Edits */

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
    _pc_canvas_start_rename (self, G_OBJECT (touchpoint));
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
  _pc_canvas_start_rename (self, G_OBJECT (stage));

  /* Typing replaces the name and keeps the proposed time. */
  if (self->editor != NULL && pc_daylife_is_timeline (self->map))
    gtk_editable_select_region (GTK_EDITABLE (self->editor), 6, -1);
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
  _pc_canvas_start_rename (self, G_OBJECT (lane));
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
      _pc_canvas_focus_cell (self, self->cursor_stage, self->cursor_lane);
    }
  else if (touchpoint != NULL)
    {
      const PcLayoutCard *card = card_of (self, touchpoint);
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
          _pc_canvas_focus_touchpoint (self, next->touchpoint);
        }
      else
        _pc_canvas_focus_cell (self, stage, lane);
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
      _pc_canvas_start_rename (self, persona ? G_OBJECT (persona) : pc_canvas_header_get_item (header));
    }
  else if (_pc_canvas_target_touchpoint (self) != NULL)
    _pc_canvas_start_rename (self, G_OBJECT (_pc_canvas_target_touchpoint (self)));
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

gboolean
_pc_canvas_finish_connect (PcCanvas     *self,
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

void
_pc_canvas_activate_card (PcCanvas     *self,
                          PcTouchpoint *touchpoint)
{
  if (self->connect_from != NULL)
    {
      _pc_canvas_finish_connect (self, touchpoint);
      return;
    }
  _pc_canvas_emit_activate (self, touchpoint);
  _pc_canvas_start_rename (self, G_OBJECT (touchpoint));
}

void
_pc_canvas_activate_header (PcCanvas  *self,
                            GtkWidget *header)
{
  PcPersona *persona = pc_canvas_header_get_persona (PC_CANVAS_HEADER (header));

  if (persona != NULL)
    _pc_canvas_emit_edit_persona (self, persona);
  else
    _pc_canvas_start_rename (self, pc_canvas_header_get_item (PC_CANVAS_HEADER (header)));
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
    _pc_canvas_activate_header (self, child);
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
  PcCanvas *self = PC_CANVAS (widget);

  if (self->drag_kind != PC_CANVAS_DRAG_NONE)
    pc_canvas_drag_cancel (self);
  else if (self->connect_from != NULL)
    {
      g_clear_object (&self->connect_from);
      gtk_widget_queue_draw (widget);
    }
  else if (!_pc_canvas_unselect_connector (self))
    return FALSE;
  return TRUE;
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
  card = PC_IS_CARD (focus_child (self)) ? card_of (self, _pc_canvas_target_touchpoint (self)) : NULL;
  index = card ? (int) card->index_in_cell : -1;

  if (dy != 0 && card != NULL)
    {
      _pc_canvas_cell_cards (self, stage, lane, NULL, cell);
      if (index + dy >= 0 && index + dy < (int) cell->len)
        {
          const PcLayoutCard *next = g_ptr_array_index (cell, index + dy);
          _pc_canvas_focus_touchpoint (self, next->touchpoint);
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
      _pc_canvas_focus_touchpoint (self, next->touchpoint);
    }
  else
    _pc_canvas_focus_cell (self, stage, lane);

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
  if (touchpoint == NULL || self->history == NULL || (card = card_of (self, touchpoint)) == NULL)
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
  _pc_canvas_focus_touchpoint (self, touchpoint);
  return TRUE;
}

void
_pc_canvas_install_actions (GtkWidgetClass *widget_class)
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
  gtk_widget_class_install_action (widget_class, "canvas.add-touchpoint", NULL, add_touchpoint);
  gtk_widget_class_install_action (widget_class, "canvas.delete", NULL, delete_item);
  gtk_widget_class_install_action (widget_class, "canvas.rename", NULL, rename_item);
  gtk_widget_class_install_action (widget_class, "canvas.sentiment", "i", set_sentiment);
  gtk_widget_class_install_action (widget_class, "canvas.add-stage", NULL, add_stage);
  gtk_widget_class_install_action (widget_class, "canvas.add-lane", NULL, add_lane);
  gtk_widget_class_install_action (widget_class, "canvas.connect", NULL, start_connect);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "canvas.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "canvas.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "canvas.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "canvas.zoom-reset", NULL);
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
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, 0, "canvas.connect", NULL);

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
