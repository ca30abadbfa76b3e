/* pc-window-view.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Part of the window (see pc-window-private.h): the "view" actions that
 * choose how the shown map looks, its card face and where its insight
 * rows go. Both are saved with the map, so each change is an undo step.
 * The evidence filter is not: it is how this window looks at the map. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-edit.h"
#include "pc-window-private.h"

static void
change_state_cb (GSimpleAction *action,
                 GVariant      *value,
                 gpointer       user_data)
{
  PcWindow *self = PC_WINDOW (user_data);
  gboolean on = g_variant_get_boolean (value);

  if (self->map == NULL || self->history == NULL)
    return;

  if (g_str_equal (g_action_get_name (G_ACTION (action)), "detailed-cards"))
    {
      PcCardFace face = on ? PC_CARD_FACE_DETAILED : PC_CARD_FACE_COMPACT;
      if (pc_map_get_card_face (self->map) != face)
        pc_edit_set_enum (self->history, self->map, "card-face", face);
    }
  else
    {
      PcRowsPosition position = on ? PC_ROWS_POSITION_ABOVE : PC_ROWS_POSITION_BELOW;
      if (pc_map_get_rows_position (self->map) != position)
        pc_edit_set_enum (self->history, self->map, "rows-position", position);
    }
  pc_history_break_merge (self->history);
}

/* "all", or the least evidence a card or note needs not to be faded. */
static void
change_evidence_cb (GSimpleAction *action,
                    GVariant      *value,
                    gpointer       user_data)
{
  PcWindow *self = PC_WINDOW (user_data);
  const char *level = g_variant_get_string (value, NULL);
  PcEvidence min_evidence = PC_EVIDENCE_UNSET;

  if (!g_str_equal (level, "all") && !pc_evidence_from_string (level, &min_evidence))
    return;
  g_simple_action_set_state (action, value);
  pc_canvas_set_min_evidence (self->canvas, min_evidence);
}

/* The actions' states follow the map, whichever way it changed (menu,
 * undo, another map chosen). */
static void
sync_states (PcWindow *self)
{
  GAction *detailed = g_action_map_lookup_action (G_ACTION_MAP (self->view_actions), "detailed-cards");
  GAction *above = g_action_map_lookup_action (G_ACTION_MAP (self->view_actions), "rows-above");
  gboolean has_map = self->view_map != NULL;

  g_simple_action_set_enabled (G_SIMPLE_ACTION (detailed), has_map);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (above), has_map);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->view_actions),
                                                                            "add-row")),
                               has_map);
  /* Time, metrics, policy and employee feelings belong to blueprints. */
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->view_actions),
                                                                            "add-blueprint-row")),
                               has_map && pc_map_get_kind (self->view_map) == PC_MAP_KIND_SERVICE_BLUEPRINT);
  g_simple_action_set_state (G_SIMPLE_ACTION (detailed),
                             g_variant_new_boolean (has_map &&
                                                    pc_map_get_card_face (self->view_map) == PC_CARD_FACE_DETAILED));
  g_simple_action_set_state (G_SIMPLE_ACTION (above),
                             g_variant_new_boolean (has_map &&
                                                    pc_map_get_rows_position (self->view_map) == PC_ROWS_POSITION_ABOVE));
}

/* Insight rows: added from the menu, and the hidden ones listed there so
 * that they can be shown again. */

typedef struct
{
  PcWindow *window;
  PcRow    *row;
  gboolean  rename;
} FocusRow;

static void
focus_row_free (gpointer data)
{
  FocusRow *focus = data;

  g_object_unref (focus->window);
  g_object_unref (focus->row);
  g_free (focus);
}

static gboolean
focus_row_idle (gpointer data)
{
  FocusRow *focus = data;

  if (focus->window->map != NULL &&
      pc_map_find_row (focus->window->map, pc_entity_get_id (PC_ENTITY (focus->row))) == focus->row)
    pc_canvas_focus_row (focus->window->canvas, focus->row, focus->rename);
  return G_SOURCE_REMOVE;
}

/* The row's header takes the focus once the menu is closed (closing it
 * gives the focus back to the menu button, which would end renaming). */
static void
focus_row_later (PcWindow *self,
                 PcRow    *row,
                 gboolean  rename)
{
  FocusRow *focus = g_new0 (FocusRow, 1);

  focus->window = g_object_ref (self);
  focus->row = g_object_ref (row);
  focus->rename = rename;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, focus_row_idle, focus, focus_row_free);
}

static void
add_row_cb (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  PcWindow *self = PC_WINDOW (user_data);
  PcRowKind kind;
  PcRow *row;

  if (self->map == NULL || self->history == NULL ||
      !pc_row_kind_from_string (g_variant_get_string (parameter, NULL), &kind))
    return;

  row = pc_edit_add_row (self->history, self->map, G_MAXUINT, kind, NULL);
  pc_history_break_merge (self->history);
  /* Its header takes the focus; a custom row is named at once. */
  focus_row_later (self, row, kind == PC_ROW_KIND_CUSTOM);
}

static void
show_row_cb (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  PcWindow *self = PC_WINDOW (user_data);
  PcRow *row;

  if (self->map == NULL || self->history == NULL ||
      (row = pc_map_find_row (self->map, g_variant_get_string (parameter, NULL))) == NULL)
    return;

  pc_edit_set_row_hidden (self->history, row, FALSE);
  pc_history_break_merge (self->history);
  focus_row_later (self, row, FALSE);
}

static void unwatch_rows (PcWindow *self);

/* One "Show “Name”" item for each hidden row of the map. */
static void
update_hidden_rows (PcWindow *self)
{
  GListModel *rows = self->view_map ? G_LIST_MODEL (pc_map_get_rows (self->view_map)) : NULL;
  guint n = rows ? g_list_model_get_n_items (rows) : 0;

  unwatch_rows (self);
  if (self->hidden_rows_section != NULL)
    g_menu_remove_all (self->hidden_rows_section);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcRow) row = g_list_model_get_item (rows, i);

      g_signal_connect_object (row, "notify::hidden", G_CALLBACK (update_hidden_rows),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "notify::name", G_CALLBACK (update_hidden_rows),
                               self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->view_rows, g_object_ref (row));
      if (pc_row_get_hidden (row) && self->hidden_rows_section != NULL)
        {
          /* Translators: a main menu item that shows a hidden insight
           * row again; %s is the row's name. */
          g_autofree char *label = g_strdup_printf (_("Show Row “%s”"), pc_row_get_name (row));
          g_autofree char *detailed = g_strdup_printf ("view.show-row('%s')",
                                                       pc_entity_get_id (PC_ENTITY (row)));
          g_menu_append (self->hidden_rows_section, label, detailed);
        }
    }
}

static void
unwatch_rows (PcWindow *self)
{
  for (guint i = 0; self->view_rows && i < self->view_rows->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->view_rows, i),
                                          update_hidden_rows, self);
  if (self->view_rows)
    g_ptr_array_set_size (self->view_rows, 0);
}

void
_pc_window_init_view (PcWindow *self)
{
  const GActionEntry entries[] = {
    { .name = "detailed-cards", .state = "false", .change_state = change_state_cb },
    { .name = "rows-above", .state = "false", .change_state = change_state_cb },
    { .name = "evidence", .parameter_type = "s", .state = "'all'", .change_state = change_evidence_cb },
    { .name = "add-row", .parameter_type = "s", .activate = add_row_cb },
    { .name = "add-blueprint-row", .parameter_type = "s", .activate = add_row_cb },
    { .name = "show-row", .parameter_type = "s", .activate = show_row_cb },
  };

  self->view_rows = g_ptr_array_new_with_free_func (g_object_unref);

  self->view_actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->view_actions), entries,
                                   G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "view", G_ACTION_GROUP (self->view_actions));
  sync_states (self);
}

void
_pc_window_view_set_map (PcWindow *self,
                         PcMap    *map)
{
  if (self->view_map != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->view_map, self);
      g_signal_handlers_disconnect_by_data (pc_map_get_rows (self->view_map), self);
    }
  g_set_object (&self->view_map, map);
  if (map != NULL)
    {
      g_signal_connect_object (map, "notify::card-face", G_CALLBACK (sync_states),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (map, "notify::rows-position", G_CALLBACK (sync_states),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (pc_map_get_rows (map), "items-changed",
                               G_CALLBACK (update_hidden_rows), self, G_CONNECT_SWAPPED);
    }
  sync_states (self);
  update_hidden_rows (self);
}

void
_pc_window_dispose_view (PcWindow *self)
{
  unwatch_rows (self);
  g_clear_pointer (&self->view_rows, g_ptr_array_unref);
  if (self->view_map != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->view_map, self);
      g_signal_handlers_disconnect_by_data (pc_map_get_rows (self->view_map), self);
    }
  g_clear_object (&self->view_map);
  g_clear_object (&self->view_actions);
}
