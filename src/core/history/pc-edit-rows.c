/* pc-edit-rows.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits of insight rows and their notes, and of workshop votes, each one
 * undo step. Removing a row takes its notes with it (removing a stage
 * does too, see pc-edit.c), so that undo brings every note back in its
 * cell and in its place. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-edit.h"
#include "pc-edit-private.h"

static void
push_set_labelled (PcHistory  *history,
                   gpointer    object,
                   const char *property,
                   GValue     *value,
                   const char *label)
{
  PcCommand *command = pc_set_command_new (G_OBJECT (object), property, value);

  g_return_if_fail (command != NULL);
  pc_command_set_label (command, label);
  pc_history_push (history, command);
}

/**
 * pc_edit_add_row:
 * @position: where the row goes, top to bottom; past the end puts it last
 * @name: (nullable): its name, or %NULL for its kind's name
 *
 * Returns: (transfer none): the new row, held by @map
 */
PcRow *
pc_edit_add_row (PcHistory  *history,
                 PcMap      *map,
                 guint       position,
                 PcRowKind   kind,
                 const char *name)
{
  g_autoptr(PcRow) row = NULL;
  GListStore *rows;

  g_return_val_if_fail (PC_IS_HISTORY (history), NULL);
  g_return_val_if_fail (PC_IS_MAP (map), NULL);
  g_return_val_if_fail (kind >= PC_ROW_KIND_DOING && kind <= PC_ROW_KIND_CUSTOM, NULL);

  row = pc_row_new (NULL);
  pc_row_set_kind (row, kind);
  pc_row_set_name (row, name != NULL && name[0] != '\0' ? name : pc_row_kind_get_label (kind));
  rows = pc_map_get_rows (map);
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (rows)));
  pc_edit_insert (history, rows, position, row, _("Add row"));
  return row;
}

/* A row always has a name: an empty one is no change. */
void
pc_edit_rename_row (PcHistory  *history,
                    PcRow      *row,
                    const char *name)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (PC_IS_HISTORY (history));
  g_return_if_fail (PC_IS_ROW (row));

  if (name == NULL || name[0] == '\0' || g_strcmp0 (name, pc_row_get_name (row)) == 0)
    return;
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, name);
  push_set_labelled (history, row, "name", &value, _("Rename row"));
}

void
pc_edit_set_row_kind (PcHistory *history,
                      PcRow     *row,
                      PcRowKind  kind)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (PC_IS_HISTORY (history));
  g_return_if_fail (PC_IS_ROW (row));
  g_return_if_fail (kind >= PC_ROW_KIND_DOING && kind <= PC_ROW_KIND_CUSTOM);

  if (kind == pc_row_get_kind (row))
    return;
  g_value_init (&value, PC_TYPE_ROW_KIND);
  g_value_set_enum (&value, kind);
  push_set_labelled (history, row, "kind", &value, _("Change row kind"));
}

void
pc_edit_set_row_hidden (PcHistory *history,
                        PcRow     *row,
                        gboolean   hidden)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (PC_IS_HISTORY (history));
  g_return_if_fail (PC_IS_ROW (row));

  if (!hidden == !pc_row_get_hidden (row))
    return;
  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, hidden);
  push_set_labelled (history, row, "hidden", &value, hidden ? _("Hide row") : _("Show row"));
}

/**
 * pc_edit_move_row:
 * @position: the row's new place, top to bottom; past the end puts it
 *   last
 */
void
pc_edit_move_row (PcHistory *history,
                  PcMap     *map,
                  PcRow     *row,
                  guint      position)
{
  GListStore *rows;
  guint current;

  g_return_if_fail (PC_IS_HISTORY (history));
  g_return_if_fail (PC_IS_MAP (map));
  g_return_if_fail (PC_IS_ROW (row));

  rows = pc_map_get_rows (map);
  g_return_if_fail (pc_list_find (G_LIST_MODEL (rows), row, &current));
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (rows)) - 1);
  if (position != current)
    pc_edit_reorder (history, rows, row, position, _("Move row"));
}

/* Inside a group: removes the notes whose @property ("row-id" or
 * "stage-id") is @id. */
void
_pc_edit_remove_notes_where (PcHistory  *history,
                             PcMap      *map,
                             const char *property,
                             const char *id)
{
  GListModel *notes = G_LIST_MODEL (pc_map_get_notes (map));
  g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean by_row = g_str_equal (property, "row-id");
  guint n = g_list_model_get_n_items (notes);

  for (guint i = 0; i < n; i++)
    {
      PcNote *note = g_list_model_get_item (notes, i);
      const char *value = by_row ? pc_note_get_row_id (note) : pc_note_get_stage_id (note);

      if (g_strcmp0 (value, id) == 0)
        g_ptr_array_add (doomed, note);
      else
        g_object_unref (note);
    }

  /* Last first, so that each removal leaves the positions of the ones
   * before it as they were, and undo puts them back in order. */
  for (guint i = doomed->len; i > 0; i--)
    pc_history_push (history, pc_list_command_new_remove (pc_map_get_notes (map),
                                                          g_ptr_array_index (doomed, i - 1)));
}

void
pc_edit_remove_row (PcHistory *history,
                    PcMap     *map,
                    PcRow     *row)
{
  g_return_if_fail (PC_IS_HISTORY (history));
  g_return_if_fail (PC_IS_MAP (map));
  g_return_if_fail (PC_IS_ROW (row));

  pc_history_begin_group (history, _("Delete row"));
  _pc_edit_remove_notes_where (history, map, "row-id", pc_entity_get_id (PC_ENTITY (row)));
  pc_history_push (history, pc_list_command_new_remove (pc_map_get_rows (map), row));
  pc_history_end_group (history);
}

static gboolean
note_in_cell (gpointer    item,
              const char *row_id,
              const char *stage_id)
{
  return g_strcmp0 (pc_note_get_row_id (item), row_id) == 0 &&
         g_strcmp0 (pc_note_get_stage_id (item), stage_id) == 0;
}

/* Where @note lands among the map's notes to be the @index_in_cell'th of
 * the cell (@row_id, @stage_id); the same rule as cards. */
static guint
note_position_for_cell (PcMap      *map,
                        PcNote     *note,
                        const char *row_id,
                        const char *stage_id,
                        guint       index_in_cell)
{
  return _pc_edit_position_in_cell (G_LIST_MODEL (pc_map_get_notes (map)), note,
                                    note_in_cell, row_id, stage_id, index_in_cell);
}

/**
 * pc_edit_add_note:
 * @index_in_cell: where the note goes among the notes of the cell; past
 *   the last one (%G_MAXUINT) puts it at the end
 * @text: (nullable): its text
 *
 * Adds a note in the cell (@row_id, @stage_id), as one undo step.
 *
 * Returns: (transfer none): the new note, held by @map
 */
PcNote *
pc_edit_add_note (PcHistory  *history,
                  PcMap      *map,
                  const char *row_id,
                  const char *stage_id,
                  guint       index_in_cell,
                  const char *text)
{
  g_autoptr(PcNote) note = NULL;
  guint position;

  g_return_val_if_fail (PC_IS_HISTORY (history), NULL);
  g_return_val_if_fail (PC_IS_MAP (map), NULL);
  g_return_val_if_fail (pc_map_find_row (map, row_id) != NULL, NULL);
  g_return_val_if_fail (pc_map_find_stage (map, stage_id) != NULL, NULL);

  note = pc_note_new (NULL);
  position = note_position_for_cell (map, note, row_id, stage_id, index_in_cell);
  pc_note_set_row_id (note, row_id);
  pc_note_set_stage_id (note, stage_id);
  pc_note_set_text (note, text);
  pc_edit_insert (history, pc_map_get_notes (map), position, note, _("Add note"));
  return note;
}

/* Typing in one note within a short while is one undo step. */
void
pc_edit_set_note_text (PcHistory  *history,
                       PcNote     *note,
                       const char *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (PC_IS_HISTORY (history));
  g_return_if_fail (PC_IS_NOTE (note));

  if (g_strcmp0 (text ? text : "", pc_note_get_text (note)) == 0)
    return;
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  push_set_labelled (history, note, "text", &value, _("Edit note"));
}

/**
 * pc_edit_move_note:
 * @index_in_cell: the note's place among the other notes of the cell it
 *   goes to; past the last one puts it at the end
 *
 * Moves @note to the cell (@row_id, @stage_id), possibly its own, as one
 * undo step.
 */
void
pc_edit_move_note (PcHistory  *history,
                   PcMap      *map,
                   PcNote     *note,
                   const char *row_id,
                   const char *stage_id,
                   guint       index_in_cell)
{
  guint position, current;

  g_return_if_fail (PC_IS_HISTORY (history));
  g_return_if_fail (PC_IS_MAP (map));
  g_return_if_fail (PC_IS_NOTE (note));
  g_return_if_fail (pc_map_find_row (map, row_id) != NULL);
  g_return_if_fail (pc_map_find_stage (map, stage_id) != NULL);

  /* Already there: nothing to do (moving it in the list would change
   * nothing on screen, but would make an undo step). */
  if (g_strcmp0 (pc_note_get_row_id (note), row_id) == 0 &&
      g_strcmp0 (pc_note_get_stage_id (note), stage_id) == 0)
    {
      g_autoptr(GPtrArray) cell = pc_map_get_note_cell (map, row_id, stage_id);
      guint index;

      if (g_ptr_array_find (cell, note, &index) && index == MIN (index_in_cell, cell->len - 1))
        return;
    }

  position = note_position_for_cell (map, note, row_id, stage_id, index_in_cell);

  pc_history_begin_group (history, _("Move note"));
  if (g_strcmp0 (pc_note_get_row_id (note), row_id) != 0)
    pc_edit_set_string (history, note, "row-id", row_id);
  if (g_strcmp0 (pc_note_get_stage_id (note), stage_id) != 0)
    pc_edit_set_string (history, note, "stage-id", stage_id);
  if (pc_list_find (G_LIST_MODEL (pc_map_get_notes (map)), note, &current) && current != position)
    pc_edit_reorder (history, pc_map_get_notes (map), note, position, NULL);
  pc_history_end_group (history);
}

void
pc_edit_remove_note (PcHistory *history,
                     PcMap     *map,
                     PcNote    *note)
{
  PcCommand *command;

  g_return_if_fail (PC_IS_HISTORY (history));
  g_return_if_fail (PC_IS_MAP (map));
  g_return_if_fail (PC_IS_NOTE (note));

  command = pc_list_command_new_remove (pc_map_get_notes (map), note);
  g_return_if_fail (command != NULL);
  pc_command_set_label (command, _("Delete note"));
  pc_history_push (history, command);
}

static void
clear_votes_of (PcHistory  *history,
                GListModel *list)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      guint votes = PC_IS_NOTE (item) ? pc_note_get_votes (PC_NOTE (item))
                                      : pc_touchpoint_get_votes (PC_TOUCHPOINT (item));

      if (votes > 0)
        {
          g_auto(GValue) value = G_VALUE_INIT;

          g_value_init (&value, G_TYPE_UINT);
          g_value_set_uint (&value, 0);
          pc_history_push (history, pc_set_command_new (item, "votes", &value));
        }
    }
}

/**
 * pc_edit_clear_votes:
 *
 * Sets the votes of every touchpoint and note of @map to 0, as one undo
 * step (none when there was no vote).
 */
void
pc_edit_clear_votes (PcHistory *history,
                     PcMap     *map)
{
  g_return_if_fail (PC_IS_HISTORY (history));
  g_return_if_fail (PC_IS_MAP (map));

  pc_history_begin_group (history, _("Clear votes"));
  clear_votes_of (history, G_LIST_MODEL (pc_map_get_touchpoints (map)));
  clear_votes_of (history, G_LIST_MODEL (pc_map_get_notes (map)));
  pc_history_end_group (history);
}
