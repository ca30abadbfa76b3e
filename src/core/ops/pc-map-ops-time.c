/* pc-map-ops-time.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A day in the life: its stages are times of day, kept in time order, and a
 * touchpoint with a time sits in the slot that started last before it. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-edit.h"
#include "pc-map-ops.h"

typedef struct
{
  PcStage *stage;
  int      minutes;
  guint    index;
} Slot;

/* Stages without a time go after the timed ones, in the order they had. */
static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  const Slot *sa = a, *sb = b;

  if ((sa->minutes < 0) != (sb->minutes < 0))
    return sa->minutes < 0 ? 1 : -1;
  if (sa->minutes != sb->minutes)
    return sa->minutes < sb->minutes ? -1 : 1;
  return sa->index < sb->index ? -1 : (sa->index > sb->index);
}

static GArray *
sorted_slots (PcMap *map)
{
  GListModel *stages = G_LIST_MODEL (pc_map_get_stages (map));
  guint n = g_list_model_get_n_items (stages);
  GArray *slots = g_array_sized_new (FALSE, FALSE, sizeof (Slot), n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcStage) stage = g_list_model_get_item (stages, i);
      Slot slot = { stage, pc_time_parse (pc_stage_get_time (stage)), i };

      /* The list keeps the stage alive while the array is used. */
      g_array_append_val (slots, slot);
    }
  g_array_sort (slots, compare_slots);
  return slots;
}

gboolean
pc_map_ops_stages_sorted_by_time (PcMap *map)
{
  g_autoptr(GArray) slots = NULL;

  g_return_val_if_fail (PC_IS_MAP (map), FALSE);

  slots = sorted_slots (map);
  for (guint i = 0; i < slots->len; i++)
    if (g_array_index (slots, Slot, i).index != i)
      return FALSE;
  return TRUE;
}

/**
 * pc_map_ops_sort_stages_by_time:
 * Puts the stages in time order, as one undo step; nothing is pushed when
 * they already are.
 */
void
pc_map_ops_sort_stages_by_time (PcHistory *history,
                                PcMap     *map)
{
  g_autoptr(GArray) slots = NULL;
  GListStore *stages;

  g_return_if_fail (PC_IS_HISTORY (history));
  g_return_if_fail (PC_IS_MAP (map));

  if (pc_map_ops_stages_sorted_by_time (map))
    return;

  stages = pc_map_get_stages (map);
  slots = sorted_slots (map);
  pc_history_begin_group (history, _("Sort by time"));
  for (guint i = 0; i < slots->len; i++)
    {
      PcStage *stage = g_array_index (slots, Slot, i).stage;
      guint current;

      if (pc_list_find (G_LIST_MODEL (stages), stage, &current) && current != i)
        pc_edit_reorder (history, stages, stage, i, NULL);
    }
  pc_history_end_group (history);
}

/**
 * pc_map_ops_stage_for_time:
 * @minutes: a time of day, in minutes after midnight
 *
 * Returns: (transfer none) (nullable): the stage with the latest time at or
 *   before @minutes; the earliest one when @minutes comes before them all;
 *   %NULL when no stage has a time
 */
PcStage *
pc_map_ops_stage_for_time (PcMap *map,
                           int    minutes)
{
  g_autoptr(GArray) slots = NULL;
  PcStage *best = NULL;

  g_return_val_if_fail (PC_IS_MAP (map), NULL);

  slots = sorted_slots (map);
  for (guint i = 0; i < slots->len; i++)
    {
      const Slot *slot = &g_array_index (slots, Slot, i);

      if (slot->minutes < 0)
        break;
      if (best == NULL || slot->minutes <= minutes)
        best = slot->stage;
      if (slot->minutes > minutes)
        break;
    }
  return best;
}

/* Where @touchpoint goes among the cards of its target cell: after those
 * with an earlier or equal time. */
static guint
index_in_cell_for_time (PcMap        *map,
                        PcTouchpoint *touchpoint,
                        const char   *stage_id,
                        int           minutes)
{
  g_autoptr(GPtrArray) cell = pc_map_get_cell (map, stage_id, pc_touchpoint_get_lane_id (touchpoint));
  guint index = 0;

  for (guint i = 0; cell != NULL && i < cell->len; i++)
    {
      PcTouchpoint *other = g_ptr_array_index (cell, i);
      int t = pc_time_parse (pc_touchpoint_get_time (other));

      if (other == touchpoint)
        continue;
      if (t >= 0 && t <= minutes)
        index++;
    }
  return index;
}

static void
place_in_group (PcHistory    *history,
                PcMap        *map,
                PcTouchpoint *touchpoint)
{
  int minutes = pc_time_parse (pc_touchpoint_get_time (touchpoint));
  PcStage *stage;
  const char *stage_id;

  if (minutes < 0)
    return;
  stage = pc_map_ops_stage_for_time (map, minutes);
  if (stage == NULL)
    return;
  stage_id = pc_entity_get_id (PC_ENTITY (stage));
  pc_edit_move_touchpoint (history, map, touchpoint, stage_id,
                           pc_touchpoint_get_lane_id (touchpoint),
                           index_in_cell_for_time (map, touchpoint, stage_id, minutes));
}

/**
 * pc_map_ops_place_by_time:
 * Moves a touchpoint that has a time into its time slot, as one undo step;
 * a touchpoint without a time stays where it is.
 */
void
pc_map_ops_place_by_time (PcHistory    *history,
                          PcMap        *map,
                          PcTouchpoint *touchpoint)
{
  g_return_if_fail (PC_IS_HISTORY (history));
  g_return_if_fail (PC_IS_MAP (map));
  g_return_if_fail (PC_IS_TOUCHPOINT (touchpoint));

  pc_history_begin_group (history, _("Place by time"));
  place_in_group (history, map, touchpoint);
  pc_history_end_group (history);
}

void
pc_map_ops_place_all_by_time (PcHistory *history,
                              PcMap     *map)
{
  GListModel *touchpoints;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_if_fail (PC_IS_HISTORY (history));
  g_return_if_fail (PC_IS_MAP (map));

  touchpoints = G_LIST_MODEL (pc_map_get_touchpoints (map));
  n = g_list_model_get_n_items (touchpoints);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (all, g_list_model_get_item (touchpoints, i));

  pc_history_begin_group (history, _("Place by time"));
  for (guint i = 0; i < all->len; i++)
    place_in_group (history, map, g_ptr_array_index (all, i));
  pc_history_end_group (history);
}
