/* pc-edit.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits as the UI sees them. Removing a stage, a lane or a persona takes
 * its touchpoints (and their connectors) with it, in one undo step, so that
 * undo brings every one of them back where it was; removing a stage also
 * takes the notes of its insight rows. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-edit.h"
#include "pc-edit-private.h"

static void
push_set (PcHistory    *history,
          gpointer      object,
          const char   *property,
          const GValue *value,
          const char   *label)
{
  PcCommand *command = pc_set_command_new (G_OBJECT (object), property, value);

  g_return_if_fail (command != NULL);
  pc_command_set_label (command, label);
  pc_history_push (history, command);
}

void
pc_edit_set_string (PcHistory  *history,
                    gpointer    object,
                    const char *property,
                    const char *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (PC_IS_HISTORY (history));
  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value);
  push_set (history, object, property, &v, _("Edit"));
}

void
pc_edit_set_enum (PcHistory  *history,
                  gpointer    object,
                  const char *property,
                  int         value)
{
  GParamSpec *pspec;
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (PC_IS_HISTORY (history));
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_if_fail (pspec != NULL && G_IS_PARAM_SPEC_ENUM (pspec));
  g_value_init (&v, pspec->value_type);
  g_value_set_enum (&v, value);
  push_set (history, object, property, &v, _("Edit"));
}

void
pc_edit_set_int (PcHistory  *history,
                 gpointer    object,
                 const char *property,
                 int         value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (PC_IS_HISTORY (history));
  g_value_init (&v, G_TYPE_INT);
  g_value_set_int (&v, value);
  push_set (history, object, property, &v, _("Edit"));
}

void
pc_edit_set_boolean (PcHistory  *history,
                     gpointer    object,
                     const char *property,
                     gboolean    value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (PC_IS_HISTORY (history));
  g_value_init (&v, G_TYPE_BOOLEAN);
  g_value_set_boolean (&v, value);
  push_set (history, object, property, &v, _("Edit"));
}

void
pc_edit_insert (PcHistory  *history,
                GListStore *store,
                guint       position,
                gpointer    item,
                const char *label)
{
  PcCommand *command;

  g_return_if_fail (PC_IS_HISTORY (history));
  command = pc_list_command_new_insert (store, position, item);
  g_return_if_fail (command != NULL);
  pc_command_set_label (command, label ? label : _("Add"));
  pc_history_push (history, command);
}

/* Inserts @items side by side at @position: one change of the list, and
 * one undo step. */
void
pc_edit_insert_many (PcHistory   *history,
                     GListStore  *store,
                     guint        position,
                     gpointer    *items,
                     guint        n_items,
                     const char  *label)
{
  PcCommand *command;

  g_return_if_fail (PC_IS_HISTORY (history));
  if (n_items == 0)
    return;
  command = pc_list_command_new_insert_many (store, position, items, n_items);
  g_return_if_fail (command != NULL);
  pc_command_set_label (command, label ? label : _("Add"));
  pc_history_push (history, command);
}

void
pc_edit_reorder (PcHistory  *history,
                 GListStore *store,
                 gpointer    item,
                 guint       position,
                 const char *label)
{
  PcCommand *command;

  g_return_if_fail (PC_IS_HISTORY (history));
  command = pc_list_command_new_move (store, item, position);
  g_return_if_fail (command != NULL);
  pc_command_set_label (command, label ? label : _("Reorder"));
  pc_history_push (history, command);
}

static void
push_remove (PcHistory  *history,
             GListStore *store,
             gpointer    item)
{
  pc_history_push (history, pc_list_command_new_remove (store, item));
}

/* Connectors that start or end at @touchpoint_id. */
static void
remove_connectors_of (PcHistory  *history,
                      PcMap      *map,
                      const char *touchpoint_id)
{
  GListModel *connectors = G_LIST_MODEL (pc_map_get_connectors (map));
  g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (connectors);

  for (guint i = 0; i < n; i++)
    {
      PcConnector *connector = g_list_model_get_item (connectors, i);

      if (g_strcmp0 (pc_connector_get_from_id (connector), touchpoint_id) == 0 ||
          g_strcmp0 (pc_connector_get_to_id (connector), touchpoint_id) == 0)
        g_ptr_array_add (doomed, connector);
      else
        g_object_unref (connector);
    }

  for (guint i = 0; i < doomed->len; i++)
    push_remove (history, pc_map_get_connectors (map), g_ptr_array_index (doomed, i));
}

static void
remove_touchpoint_in_group (PcHistory    *history,
                            PcMap        *map,
                            PcTouchpoint *touchpoint)
{
  remove_connectors_of (history, map, pc_entity_get_id (PC_ENTITY (touchpoint)));
  push_remove (history, pc_map_get_touchpoints (map), touchpoint);
}

void
pc_edit_remove_touchpoint (PcHistory    *history,
                           PcMap        *map,
                           PcTouchpoint *touchpoint)
{
  g_return_if_fail (PC_IS_HISTORY (history));
  g_return_if_fail (PC_IS_MAP (map));
  g_return_if_fail (PC_IS_TOUCHPOINT (touchpoint));

  pc_history_begin_group (history, _("Delete touchpoint"));
  remove_touchpoint_in_group (history, map, touchpoint);
  pc_history_end_group (history);
}

void
pc_edit_remove_connector (PcHistory   *history,
                          PcMap       *map,
                          PcConnector *connector)
{
  PcCommand *command;

  g_return_if_fail (PC_IS_HISTORY (history));
  g_return_if_fail (PC_IS_MAP (map));

  command = pc_list_command_new_remove (pc_map_get_connectors (map), connector);
  pc_command_set_label (command, _("Delete connector"));
  pc_history_push (history, command);
}

/* Touchpoints whose @property ("stage-id" or "lane-id") is @id. */
static void
remove_touchpoints_where (PcHistory  *history,
                          PcMap      *map,
                          const char *property,
                          const char *id)
{
  GListModel *touchpoints = G_LIST_MODEL (pc_map_get_touchpoints (map));
  g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (touchpoints);
  gboolean by_stage = g_str_equal (property, "stage-id");

  for (guint i = 0; i < n; i++)
    {
      PcTouchpoint *tp = g_list_model_get_item (touchpoints, i);
      const char *value = by_stage ? pc_touchpoint_get_stage_id (tp) : pc_touchpoint_get_lane_id (tp);

      if (g_strcmp0 (value, id) == 0)
        g_ptr_array_add (doomed, tp);
      else
        g_object_unref (tp);
    }

  for (guint i = 0; i < doomed->len; i++)
    remove_touchpoint_in_group (history, map, g_ptr_array_index (doomed, i));
}

void
pc_edit_remove_stage (PcHistory *history,
                      PcMap     *map,
                      PcStage   *stage)
{
  g_return_if_fail (PC_IS_HISTORY (history));
  g_return_if_fail (PC_IS_MAP (map));
  g_return_if_fail (PC_IS_STAGE (stage));

  pc_history_begin_group (history, _("Delete stage"));
  remove_touchpoints_where (history, map, "stage-id", pc_entity_get_id (PC_ENTITY (stage)));
  _pc_edit_remove_notes_where (history, map, "stage-id", pc_entity_get_id (PC_ENTITY (stage)));
  push_remove (history, pc_map_get_stages (map), stage);
  pc_history_end_group (history);
}

static void
remove_lane_in_group (PcHistory *history,
                      PcMap     *map,
                      PcLane    *lane)
{
  remove_touchpoints_where (history, map, "lane-id", pc_entity_get_id (PC_ENTITY (lane)));
  push_remove (history, pc_map_get_lanes (map), lane);
}

void
pc_edit_remove_lane (PcHistory *history,
                     PcMap     *map,
                     PcLane    *lane)
{
  g_return_if_fail (PC_IS_HISTORY (history));
  g_return_if_fail (PC_IS_MAP (map));
  g_return_if_fail (PC_IS_LANE (lane));

  pc_history_begin_group (history, _("Delete lane"));
  remove_lane_in_group (history, map, lane);
  pc_history_end_group (history);
}

void
pc_edit_remove_persona (PcHistory  *history,
                        PcDocument *document,
                        PcPersona  *persona)
{
  GListModel *maps;
  const char *persona_id;
  guint n_maps;

  g_return_if_fail (PC_IS_HISTORY (history));
  g_return_if_fail (PC_IS_DOCUMENT (document));
  g_return_if_fail (PC_IS_PERSONA (persona));

  persona_id = pc_entity_get_id (PC_ENTITY (persona));
  maps = G_LIST_MODEL (pc_document_get_maps (document));
  n_maps = g_list_model_get_n_items (maps);

  pc_history_begin_group (history, _("Delete persona"));
  for (guint m = 0; m < n_maps; m++)
    {
      g_autoptr(PcMap) map = g_list_model_get_item (maps, m);
      GListModel *lanes = G_LIST_MODEL (pc_map_get_lanes (map));
      g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_object_unref);
      guint n = g_list_model_get_n_items (lanes);

      for (guint i = 0; i < n; i++)
        {
          PcLane *lane = g_list_model_get_item (lanes, i);

          if (g_strcmp0 (pc_lane_get_persona_id (lane), persona_id) == 0)
            g_ptr_array_add (doomed, lane);
          else
            g_object_unref (lane);
        }
      for (guint i = 0; i < doomed->len; i++)
        remove_lane_in_group (history, map, g_ptr_array_index (doomed, i));
    }
  push_remove (history, pc_document_get_personas (document), persona);
  pc_history_end_group (history);
}

void
pc_edit_remove_map (PcHistory  *history,
                    PcDocument *document,
                    PcMap      *map)
{
  GListModel *maps;
  const char *map_id;
  guint n;

  g_return_if_fail (PC_IS_HISTORY (history));
  g_return_if_fail (PC_IS_DOCUMENT (document));
  g_return_if_fail (PC_IS_MAP (map));

  map_id = pc_entity_get_id (PC_ENTITY (map));
  maps = G_LIST_MODEL (pc_document_get_maps (document));
  n = g_list_model_get_n_items (maps);

  pc_history_begin_group (history, _("Delete map"));
  /* A future state whose source goes away is no longer linked to it. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcMap) other = g_list_model_get_item (maps, i);

      if (g_strcmp0 (pc_map_get_source_id (other), map_id) == 0)
        pc_edit_set_string (history, other, "source-id", NULL);
    }
  push_remove (history, pc_document_get_maps (document), map);
  pc_history_end_group (history);
}

/* Where @item lands in @items so that it is the @index_in_cell'th item of
 * the cell that @in_cell recognises by (@a, @b): positions are counted as
 * if it had been taken out first, which is how a move applies. An item not
 * in the list yet is placed the same way. Cards (stage, lane) and notes
 * (row, stage) share this rule. */
guint
_pc_edit_position_in_cell (GListModel   *items,
                           gpointer      item,
                           PcCellMatch   in_cell,
                           const char   *a,
                           const char   *b,
                           guint         index_in_cell)
{
  guint n = g_list_model_get_n_items (items);
  guint seen = 0, position = 0, after_last = G_MAXUINT, own = G_MAXUINT;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (items, i);

      if (other == item)
        {
          own = position;
          continue;
        }
      if (in_cell (other, a, b))
        {
          if (seen == index_in_cell)
            return position;
          seen++;
          after_last = position + 1;
        }
      position++;
    }

  /* Past the end of the cell, or into an empty cell: stay in place, or
   * go last when not in the list yet. */
  if (after_last != G_MAXUINT)
    return after_last;
  return own != G_MAXUINT ? own : position;
}

static gboolean
touchpoint_in_cell (gpointer    item,
                    const char *stage_id,
                    const char *lane_id)
{
  return g_strcmp0 (pc_touchpoint_get_stage_id (item), stage_id) == 0 &&
         g_strcmp0 (pc_touchpoint_get_lane_id (item), lane_id) == 0;
}

static guint
list_position_for_cell (PcMap        *map,
                        PcTouchpoint *touchpoint,
                        const char   *stage_id,
                        const char   *lane_id,
                        guint         index_in_cell)
{
  return _pc_edit_position_in_cell (G_LIST_MODEL (pc_map_get_touchpoints (map)), touchpoint,
                                    touchpoint_in_cell, stage_id, lane_id, index_in_cell);
}

void
pc_edit_move_touchpoint (PcHistory    *history,
                         PcMap        *map,
                         PcTouchpoint *touchpoint,
                         const char   *stage_id,
                         const char   *lane_id,
                         guint         index_in_cell)
{
  guint position, current;

  g_return_if_fail (PC_IS_HISTORY (history));
  g_return_if_fail (PC_IS_MAP (map));
  g_return_if_fail (PC_IS_TOUCHPOINT (touchpoint));
  g_return_if_fail (pc_map_find_stage (map, stage_id) != NULL);
  g_return_if_fail (pc_map_find_lane (map, lane_id) != NULL);

  position = list_position_for_cell (map, touchpoint, stage_id, lane_id, index_in_cell);

  pc_history_begin_group (history, _("Move touchpoint"));
  if (g_strcmp0 (pc_touchpoint_get_stage_id (touchpoint), stage_id) != 0)
    pc_edit_set_string (history, touchpoint, "stage-id", stage_id);
  if (g_strcmp0 (pc_touchpoint_get_lane_id (touchpoint), lane_id) != 0)
    pc_edit_set_string (history, touchpoint, "lane-id", lane_id);
  if (pc_list_find (G_LIST_MODEL (pc_map_get_touchpoints (map)), touchpoint, &current) &&
      current != position)
    pc_edit_reorder (history, pc_map_get_touchpoints (map), touchpoint, position, NULL);
  pc_history_end_group (history);
}

/**
 * pc_edit_add_touchpoint:
 * @index_in_cell: where the new card goes among the cards of the cell;
 *   past the last one (%G_MAXUINT) puts it at the end
 * @channel: its channel, or %PC_CHANNEL_NONE
 *
 * Adds a touchpoint in the cell (@stage_id, @lane_id), as one undo step.
 * It is titled after its channel, or "New touchpoint" without one.
 *
 * Returns: (transfer none): the new touchpoint, held by @map
 */
PcTouchpoint *
pc_edit_add_touchpoint (PcHistory  *history,
                        PcMap      *map,
                        const char *stage_id,
                        const char *lane_id,
                        guint       index_in_cell,
                        PcChannel   channel)
{
  g_autoptr(PcTouchpoint) touchpoint = NULL;
  guint position;

  g_return_val_if_fail (PC_IS_HISTORY (history), NULL);
  g_return_val_if_fail (PC_IS_MAP (map), NULL);
  g_return_val_if_fail (pc_map_find_stage (map, stage_id) != NULL, NULL);
  g_return_val_if_fail (pc_map_find_lane (map, lane_id) != NULL, NULL);

  touchpoint = pc_touchpoint_new (NULL);
  position = list_position_for_cell (map, touchpoint, stage_id, lane_id, index_in_cell);
  pc_touchpoint_set_stage_id (touchpoint, stage_id);
  pc_touchpoint_set_lane_id (touchpoint, lane_id);
  pc_touchpoint_set_channel (touchpoint, channel);
  pc_touchpoint_set_title (touchpoint, channel != PC_CHANNEL_NONE
                                       ? pc_channel_get_label (channel)
                                       : _("New touchpoint"));
  pc_edit_insert (history, pc_map_get_touchpoints (map), position,
                  touchpoint, _("Add touchpoint"));
  return touchpoint;
}

/**
 * pc_edit_connect:
 * @from: the touchpoint the arrow starts from
 * @to: the touchpoint it points to
 *
 * Connects two touchpoints of @map, as one undo step. A touchpoint is
 * not connected to itself, nor twice in the same direction.
 *
 * Returns: (transfer none) (nullable): the new connector, held by @map,
 *   or %NULL when nothing was added
 */
PcConnector *
pc_edit_connect (PcHistory    *history,
                 PcMap        *map,
                 PcTouchpoint *from,
                 PcTouchpoint *to)
{
  g_autoptr(PcConnector) connector = NULL;
  GListStore *connectors;
  const char *from_id, *to_id;
  guint n;

  g_return_val_if_fail (PC_IS_HISTORY (history), NULL);
  g_return_val_if_fail (PC_IS_MAP (map), NULL);
  g_return_val_if_fail (PC_IS_TOUCHPOINT (from), NULL);
  g_return_val_if_fail (PC_IS_TOUCHPOINT (to), NULL);

  if (from == to)
    return NULL;

  from_id = pc_entity_get_id (PC_ENTITY (from));
  to_id = pc_entity_get_id (PC_ENTITY (to));
  connectors = pc_map_get_connectors (map);
  n = g_list_model_get_n_items (G_LIST_MODEL (connectors));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcConnector) other = g_list_model_get_item (G_LIST_MODEL (connectors), i);

      if (g_strcmp0 (pc_connector_get_from_id (other), from_id) == 0 &&
          g_strcmp0 (pc_connector_get_to_id (other), to_id) == 0)
        return NULL;
    }

  connector = pc_connector_new (NULL);
  pc_connector_set_from_id (connector, from_id);
  pc_connector_set_to_id (connector, to_id);
  pc_edit_insert (history, connectors, n, connector, _("Connect touchpoints"));
  return connector;
}
