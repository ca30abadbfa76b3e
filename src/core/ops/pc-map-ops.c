/* pc-map-ops.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Whole-map operations: copies, future states, blueprints, new maps of each
 * kind and the time slots of a day in the life. A new map is built apart
 * from the document and then inserted, so that adding it is one undo step
 * and undo takes it away whole. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-edit.h"
#include "pc-map-ops.h"

/* Every field (not the id), and a deep copy of the members the loader did
 * not know. */
void
pc_map_copy_entity (PcEntity *from,
                    PcEntity *to)
{
  JsonObject *extras;

  g_return_if_fail (PC_IS_ENTITY (from));
  g_return_if_fail (G_OBJECT_TYPE (from) == G_OBJECT_TYPE (to));

  pc_entity_copy_fields (from, to);

  extras = pc_entity_get_extras (from);
  if (extras != NULL)
    {
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
      g_autofree char *text = NULL;
      g_autoptr(JsonNode) copy = NULL;

      /* json_node_copy() shares the members; a round trip does not. */
      json_node_set_object (node, extras);
      text = json_to_string (node, FALSE);
      copy = json_from_string (text, NULL);
      if (copy != NULL && JSON_NODE_HOLDS_OBJECT (copy))
        pc_entity_set_extras (to, json_node_get_object (copy));
    }
}

static void
set_link (PcEntity   *entity,
          const char *member,
          const char *source_id)
{
  JsonObject *extras = pc_entity_get_extras (entity);

  if (extras == NULL)
    {
      g_autoptr(JsonObject) fresh = json_object_new ();

      pc_entity_set_extras (entity, fresh);
      extras = fresh;
    }
  json_object_set_string_member (extras, member, source_id);
}

static const char *
remap (GHashTable *ids,
       const char *id)
{
  const char *mapped = id ? g_hash_table_lookup (ids, id) : NULL;

  return mapped ? mapped : id;
}

static void
copy_list (GListStore *from,
           GListStore *to,
           GHashTable *ids,
           const char *link_member)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (from));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcEntity) item = g_list_model_get_item (G_LIST_MODEL (from), i);
      g_autoptr(PcEntity) copy = g_object_new (G_OBJECT_TYPE (item), NULL);
      const char *old_id = pc_entity_get_id (item);

      pc_map_copy_entity (item, copy);
      g_hash_table_insert (ids, g_strdup (old_id), g_strdup (pc_entity_get_id (copy)));
      if (link_member != NULL)
        set_link (copy, link_member, old_id);

      if (PC_IS_TOUCHPOINT (copy))
        {
          PcTouchpoint *tp = PC_TOUCHPOINT (copy);

          pc_touchpoint_set_stage_id (tp, remap (ids, pc_touchpoint_get_stage_id (tp)));
          pc_touchpoint_set_lane_id (tp, remap (ids, pc_touchpoint_get_lane_id (tp)));
        }
      else if (PC_IS_CONNECTOR (copy))
        {
          PcConnector *connector = PC_CONNECTOR (copy);

          pc_connector_set_from_id (connector, remap (ids, pc_connector_get_from_id (connector)));
          pc_connector_set_to_id (connector, remap (ids, pc_connector_get_to_id (connector)));
        }
      else if (PC_IS_NOTE (copy))
        {
          PcNote *note = PC_NOTE (copy);

          pc_note_set_row_id (note, remap (ids, pc_note_get_row_id (note)));
          pc_note_set_stage_id (note, remap (ids, pc_note_get_stage_id (note)));
        }
      g_list_store_append (to, copy);
    }
}

/**
 * pc_map_copy:
 * @link_to_source: record in each copied stage and touchpoint the id it was
 *   copied from (see PC_MAP_OPS_SOURCE_TOUCHPOINT)
 *
 * A deep copy with fresh ids for the map and everything in it (its insight
 * rows and notes too), the references between them remapped; persona ids
 * are kept, since the copy goes into the same document.
 *
 * Returns: (transfer full): the copy, in no document
 */
PcMap *
pc_map_copy (PcMap    *map,
             gboolean  link_to_source)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  PcMap *copy;

  g_return_val_if_fail (PC_IS_MAP (map), NULL);

  copy = pc_map_new (NULL, pc_map_get_kind (map));
  pc_map_copy_entity (PC_ENTITY (map), PC_ENTITY (copy));
  copy_list (pc_map_get_stages (map), pc_map_get_stages (copy), ids,
             link_to_source ? PC_MAP_OPS_SOURCE_STAGE : NULL);
  copy_list (pc_map_get_lanes (map), pc_map_get_lanes (copy), ids, NULL);
  copy_list (pc_map_get_touchpoints (map), pc_map_get_touchpoints (copy), ids,
             link_to_source ? PC_MAP_OPS_SOURCE_TOUCHPOINT : NULL);
  copy_list (pc_map_get_connectors (map), pc_map_get_connectors (copy), ids, NULL);
  copy_list (pc_map_get_rows (map), pc_map_get_rows (copy), ids, NULL);
  copy_list (pc_map_get_notes (map), pc_map_get_notes (copy), ids, NULL);

  return copy;
}

void
pc_map_ops_add_map (PcHistory  *history,
                    PcDocument *document,
                    PcMap      *map,
                    guint       position,
                    const char *label)
{
  GListStore *maps;

  g_return_if_fail (PC_IS_HISTORY (history));
  g_return_if_fail (PC_IS_DOCUMENT (document));
  g_return_if_fail (PC_IS_MAP (map));

  maps = pc_document_get_maps (document);
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (maps)));
  pc_edit_insert (history, maps, position, map, label);
}

static guint
position_after (PcDocument *document,
                PcMap      *map)
{
  guint position;

  if (pc_list_find (G_LIST_MODEL (pc_document_get_maps (document)), map, &position))
    return position + 1;
  return G_MAXUINT;
}

static void
append_stage (PcMap      *map,
              const char *name,
              const char *time)
{
  g_autoptr(PcStage) stage = pc_stage_new (NULL);

  pc_stage_set_name (stage, name);
  pc_stage_set_time (stage, time);
  g_list_store_append (pc_map_get_stages (map), stage);
}

static PcLane *
append_lane (PcMap      *map,
             PcLaneKind  kind,
             const char *name,
             const char *persona_id)
{
  g_autoptr(PcLane) lane = pc_lane_new (NULL);

  pc_lane_set_kind (lane, kind);
  pc_lane_set_name (lane, name);
  pc_lane_set_persona_id (lane, persona_id);
  g_list_store_append (pc_map_get_lanes (map), lane);
  return lane;
}

static void
append_blueprint_lanes (PcMap *map)
{
  static const PcLaneKind kinds[] = {
    PC_LANE_KIND_EVIDENCE, PC_LANE_KIND_CUSTOMER, PC_LANE_KIND_FRONTSTAGE,
    PC_LANE_KIND_BACKSTAGE, PC_LANE_KIND_SUPPORT,
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    append_lane (map, kinds[i], pc_lane_kind_get_label (kinds[i]), NULL);
}

/**
 * pc_map_ops_fill_defaults:
 * Gives an empty map the stages and lanes a new map of its kind starts
 * with: the five blueprint layers for a blueprint, one lane per persona of
 * @document for the other kinds, and times of day as the stages of a day
 * in the life.
 */
void
pc_map_ops_fill_defaults (PcMap      *map,
                          PcDocument *document)
{
  PcMapKind kind;

  g_return_if_fail (PC_IS_MAP (map));

  kind = pc_map_get_kind (map);
  if (kind == PC_MAP_KIND_DAY_IN_THE_LIFE)
    {
      append_stage (map, _("Morning"), "07:00");
      append_stage (map, _("Midday"), "12:00");
      append_stage (map, _("Afternoon"), "15:00");
      append_stage (map, _("Evening"), "19:00");
    }
  else
    {
      append_stage (map, _("Before"), NULL);
      append_stage (map, _("During"), NULL);
      append_stage (map, _("After"), NULL);
    }

  if (kind == PC_MAP_KIND_SERVICE_BLUEPRINT)
    {
      append_blueprint_lanes (map);
      return;
    }

  if (document != NULL)
    {
      GListModel *personas = G_LIST_MODEL (pc_document_get_personas (document));
      guint n = g_list_model_get_n_items (personas);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PcPersona) persona = g_list_model_get_item (personas, i);

          append_lane (map, PC_LANE_KIND_PERSONA, pc_persona_get_name (persona),
                       pc_entity_get_id (PC_ENTITY (persona)));
        }
    }
  /* Without personas yet, a free lane still gives cards somewhere to go. */
  if (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_lanes (map))) == 0)
    append_lane (map, PC_LANE_KIND_FREE, _("Customer"), NULL);
}

PcMap *
pc_map_ops_new_map (PcHistory  *history,
                    PcDocument *document,
                    PcMapKind   kind,
                    const char *name)
{
  g_autoptr(PcMap) map = NULL;

  g_return_val_if_fail (PC_IS_HISTORY (history), NULL);
  g_return_val_if_fail (PC_IS_DOCUMENT (document), NULL);

  map = pc_map_new (NULL, kind);
  pc_map_set_name (map, name ? name : pc_map_kind_get_label (kind));
  pc_map_ops_fill_defaults (map, document);
  pc_map_ops_add_map (history, document, map, G_MAXUINT, _("New map"));
  return map;
}

PcMap *
pc_map_ops_duplicate (PcHistory  *history,
                      PcDocument *document,
                      PcMap      *map)
{
  g_autoptr(PcMap) copy = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (PC_IS_HISTORY (history), NULL);
  g_return_val_if_fail (PC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PC_IS_MAP (map), NULL);

  copy = pc_map_copy (map, FALSE);
  /* Translators: the name of a copy of the map called %s */
  name = g_strdup_printf (_("%s (copy)"), pc_map_get_name (map) ? pc_map_get_name (map) : "");
  pc_map_set_name (copy, name);
  pc_map_ops_add_map (history, document, copy, position_after (document, map), _("Duplicate map"));
  return copy;
}

PcMap *
pc_map_ops_create_future_state (PcHistory  *history,
                                PcDocument *document,
                                PcMap      *current)
{
  g_autoptr(PcMap) future = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (PC_IS_HISTORY (history), NULL);
  g_return_val_if_fail (PC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PC_IS_MAP (current), NULL);

  future = pc_map_copy (current, TRUE);
  pc_map_set_kind (future, PC_MAP_KIND_FUTURE_STATE);
  pc_map_set_source_id (future, pc_entity_get_id (PC_ENTITY (current)));
  /* Translators: the name of the future state made from the map called %s */
  name = g_strdup_printf (_("%s (future)"), pc_map_get_name (current) ? pc_map_get_name (current) : "");
  pc_map_set_name (future, name);
  pc_map_ops_add_map (history, document, future, position_after (document, current),
                      _("Create future state"));
  return future;
}

PcMap *
pc_map_ops_create_blueprint (PcHistory  *history,
                             PcDocument *document,
                             PcMap      *journey)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(PcMap) blueprint = NULL;
  g_autofree char *name = NULL;
  g_autoptr(PcLane) customer = NULL;
  GListModel *touchpoints;
  const char *customer_id;
  guint n;

  g_return_val_if_fail (PC_IS_HISTORY (history), NULL);
  g_return_val_if_fail (PC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PC_IS_MAP (journey), NULL);

  blueprint = pc_map_new (NULL, PC_MAP_KIND_SERVICE_BLUEPRINT);
  /* Translators: the name of the service blueprint made from the map called %s */
  name = g_strdup_printf (_("%s (blueprint)"), pc_map_get_name (journey) ? pc_map_get_name (journey) : "");
  pc_map_set_name (blueprint, name);
  pc_map_set_goal (blueprint, pc_map_get_goal (journey));
  copy_list (pc_map_get_stages (journey), pc_map_get_stages (blueprint), ids, NULL);
  append_blueprint_lanes (blueprint);
  customer = g_list_model_get_item (G_LIST_MODEL (pc_map_get_lanes (blueprint)), 1);
  customer_id = pc_entity_get_id (PC_ENTITY (customer));

  /* The journey's touchpoints become the customer's actions, stage by
   * stage, in the order they had; connectors between them follow. */
  touchpoints = G_LIST_MODEL (pc_map_get_touchpoints (journey));
  n = g_list_model_get_n_items (touchpoints);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcTouchpoint) tp = g_list_model_get_item (touchpoints, i);
      g_autoptr(PcTouchpoint) copy = pc_touchpoint_new (NULL);

      pc_map_copy_entity (PC_ENTITY (tp), PC_ENTITY (copy));
      g_hash_table_insert (ids, g_strdup (pc_entity_get_id (PC_ENTITY (tp))),
                           g_strdup (pc_entity_get_id (PC_ENTITY (copy))));
      pc_touchpoint_set_stage_id (copy, remap (ids, pc_touchpoint_get_stage_id (tp)));
      pc_touchpoint_set_lane_id (copy, customer_id);
      g_list_store_append (pc_map_get_touchpoints (blueprint), copy);
    }
  copy_list (pc_map_get_connectors (journey), pc_map_get_connectors (blueprint), ids, NULL);

  pc_map_ops_add_map (history, document, blueprint, position_after (document, journey),
                      _("Create blueprint"));
  return blueprint;
}
