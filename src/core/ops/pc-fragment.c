/* pc-fragment.c: cards on the clipboard
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Copied cards travel as a small .parcours document, so that every field
 * of a card (and every member a newer version added) comes along, and
 * pasting goes through the loader that already refuses damaged or hostile
 * files. */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pc-edit.h"
#include "pc-format.h"
#include "pc-fragment.h"
#include "pc-map-ops.h"

#define MOMENT "moment"

static gpointer
copy_of (gpointer entity,
         GType    type)
{
  PcEntity *copy = g_object_new (type, "id", pc_entity_get_id (entity), NULL);

  pc_map_copy_entity (entity, copy);
  return copy;
}

static gboolean
find_index (GListModel *list,
            const char *id,
            guint      *index)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PcEntity) item = g_list_model_get_item (list, i);

      if (g_strcmp0 (pc_entity_get_id (item), id) == 0)
        {
          *index = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* Copies the items of @from from @first to @last into @to. */
static void
copy_range (GListStore *from,
            guint       first,
            guint       last,
            GListStore *to,
            GType       type)
{
  for (guint i = first; i <= last; i++)
    {
      g_autoptr(PcEntity) item = g_list_model_get_item (G_LIST_MODEL (from), i);
      g_autoptr(PcEntity) copy = copy_of (item, type);

      g_list_store_append (to, copy);
    }
}

PcDocument *
pc_fragment_new (PcDocument *document,
                 PcMap      *map,
                 GPtrArray  *touchpoints)
{
  GListModel *stages;
  GListModel *lanes;
  g_autoptr(PcDocument) fragment = NULL;
  g_autoptr(PcMap) copy = NULL;
  g_autoptr(GHashTable) chosen = NULL;
  GListModel *cards;
  GListModel *connectors;
  guint first_stage = G_MAXUINT, last_stage = 0;
  guint first_lane = G_MAXUINT, last_lane = 0;

  g_return_val_if_fail (PC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PC_IS_MAP (map), NULL);
  g_return_val_if_fail (touchpoints != NULL, NULL);

  stages = G_LIST_MODEL (pc_map_get_stages (map));
  lanes = G_LIST_MODEL (pc_map_get_lanes (map));
  chosen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < touchpoints->len; i++)
    {
      PcTouchpoint *tp = g_ptr_array_index (touchpoints, i);
      guint s, l;

      if (!find_index (stages, pc_touchpoint_get_stage_id (tp), &s)
          || !find_index (lanes, pc_touchpoint_get_lane_id (tp), &l))
        continue;
      first_stage = MIN (first_stage, s);
      last_stage = MAX (last_stage, s);
      first_lane = MIN (first_lane, l);
      last_lane = MAX (last_lane, l);
      g_hash_table_add (chosen, (gpointer) pc_entity_get_id (PC_ENTITY (tp)));
    }

  fragment = pc_document_new ();
  pc_document_set_title (fragment, pc_document_get_title (document));
  copy = pc_map_new (pc_entity_get_id (PC_ENTITY (map)), pc_map_get_kind (map));
  pc_map_set_name (copy, pc_map_get_name (map));
  g_list_store_append (pc_document_get_maps (fragment), copy);
  if (g_hash_table_size (chosen) == 0)
    return g_steal_pointer (&fragment);

  copy_range (pc_map_get_stages (map), first_stage, last_stage, pc_map_get_stages (copy),
              PC_TYPE_STAGE);
  copy_range (pc_map_get_lanes (map), first_lane, last_lane, pc_map_get_lanes (copy),
              PC_TYPE_LANE);

  /* The personas of the lanes, so that the loader finds them. */
  for (guint i = first_lane; i <= last_lane; i++)
    {
      g_autoptr(PcLane) lane = g_list_model_get_item (lanes, i);
      PcPersona *persona = pc_document_find_persona (document, pc_lane_get_persona_id (lane));

      if (persona != NULL && pc_document_find_persona (fragment, pc_lane_get_persona_id (lane)) == NULL)
        {
          g_autoptr(PcPersona) persona_copy = copy_of (persona, PC_TYPE_PERSONA);

          g_list_store_append (pc_document_get_personas (fragment), persona_copy);
        }
      else if (persona == NULL && pc_lane_get_persona_id (lane) != NULL)
        {
          g_autoptr(PcLane) lane_copy = g_list_model_get_item (G_LIST_MODEL (pc_map_get_lanes (copy)),
                                                               i - first_lane);

          pc_lane_set_persona_id (lane_copy, NULL);
        }
    }

  /* The cards, in the map's order, which is their order in their cells. */
  cards = G_LIST_MODEL (pc_map_get_touchpoints (map));
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(PcTouchpoint) tp = g_list_model_get_item (cards, i);

      if (g_hash_table_contains (chosen, pc_entity_get_id (PC_ENTITY (tp))))
        {
          g_autoptr(PcTouchpoint) tp_copy = copy_of (tp, PC_TYPE_TOUCHPOINT);

          g_list_store_append (pc_map_get_touchpoints (copy), tp_copy);
        }
    }

  connectors = G_LIST_MODEL (pc_map_get_connectors (map));
  for (guint i = 0; i < g_list_model_get_n_items (connectors); i++)
    {
      g_autoptr(PcConnector) connector = g_list_model_get_item (connectors, i);

      if (g_hash_table_contains (chosen, pc_connector_get_from_id (connector))
          && g_hash_table_contains (chosen, pc_connector_get_to_id (connector)))
        {
          g_autoptr(PcConnector) connector_copy = copy_of (connector, PC_TYPE_CONNECTOR);

          g_list_store_append (pc_map_get_connectors (copy), connector_copy);
        }
    }

  return g_steal_pointer (&fragment);
}

char *
pc_fragment_to_json (PcDocument *fragment,
                     gsize      *length)
{
  g_return_val_if_fail (PC_IS_DOCUMENT (fragment), NULL);

  return pc_format_save_data (fragment, length);
}

static PcMap *
first_map (PcDocument *fragment)
{
  g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (fragment)), 0);
  return map;
}

static void
append_cell (GString    *out,
             const char *value)
{
  if (value == NULL)
    value = "";
  if (strpbrk (value, "\t\r\n\"") == NULL)
    {
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

char *
pc_fragment_to_text (PcDocument *fragment,
                     gsize      *length)
{
  PcMap *map;
  GListModel *cards;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (PC_IS_DOCUMENT (fragment), NULL);

  map = first_map (fragment);
  cards = map ? G_LIST_MODEL (pc_map_get_touchpoints (map)) : NULL;
  for (guint i = 0; cards && i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(PcTouchpoint) tp = g_list_model_get_item (cards, i);
      PcStage *stage = pc_map_find_stage (map, pc_touchpoint_get_stage_id (tp));
      PcLane *lane = pc_map_find_lane (map, pc_touchpoint_get_lane_id (tp));
      PcPersona *persona = lane ? pc_document_find_persona (fragment, pc_lane_get_persona_id (lane)) : NULL;

      append_cell (out, pc_touchpoint_get_title (tp));
      g_string_append_c (out, '\t');
      append_cell (out, stage ? pc_stage_get_name (stage) : "");
      g_string_append_c (out, '\t');
      append_cell (out, persona ? pc_persona_get_name (persona) : lane ? pc_lane_get_name (lane) : "");
      g_string_append_c (out, '\t');
      g_string_append (out, pc_sentiment_to_string (pc_touchpoint_get_sentiment (tp)));
      g_string_append_c (out, '\n');
    }

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

static const char *
id_at (GListStore *store,
       guint       index)
{
  g_autoptr(PcEntity) item = g_list_model_get_item (G_LIST_MODEL (store), index);

  return pc_entity_get_id (item);
}

static const char *
moment_of (PcEntity *entity)
{
  JsonObject *extras = pc_entity_get_extras (entity);
  JsonNode *node;

  if (extras == NULL || !json_object_has_member (extras, MOMENT))
    return NULL;
  node = json_object_get_member (extras, MOMENT);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

GPtrArray *
pc_fragment_paste (PcMap       *map,
                   PcHistory   *history,
                   const char  *json,
                   gsize        length,
                   const char  *stage_id,
                   const char  *lane_id,
                   GError     **error)
{
  g_autoptr(PcDocument) fragment = NULL;
  g_autoptr(GHashTable) new_ids = NULL;   /* fragment card id → new card */
  g_autoptr(GHashTable) moments = NULL;   /* fragment moment → new moment */
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GPtrArray) links = NULL;
  GListModel *from_cards;
  GListModel *from_connectors;
  PcMap *from;
  guint anchor_stage, anchor_lane, n_stages, n_lanes;

  g_return_val_if_fail (PC_IS_MAP (map), NULL);
  g_return_val_if_fail (history == NULL || PC_IS_HISTORY (history), NULL);
  g_return_val_if_fail (json != NULL, NULL);

  n_stages = g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_stages (map)));
  n_lanes = g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_lanes (map)));
  if (n_stages == 0 || n_lanes == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The map needs a stage and a lane to paste cards into."));
      return NULL;
    }
  if (stage_id == NULL || !find_index (G_LIST_MODEL (pc_map_get_stages (map)), stage_id, &anchor_stage))
    anchor_stage = 0;
  if (lane_id == NULL || !find_index (G_LIST_MODEL (pc_map_get_lanes (map)), lane_id, &anchor_lane))
    anchor_lane = 0;

  fragment = pc_format_load_data (json, length, error);
  if (fragment == NULL)
    return NULL;
  from = first_map (fragment);
  from_cards = from ? G_LIST_MODEL (pc_map_get_touchpoints (from)) : NULL;
  if (from_cards == NULL || g_list_model_get_n_items (from_cards) == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("There is no card to paste."));
      return NULL;
    }

  new_ids = g_hash_table_new (g_str_hash, g_str_equal);
  moments = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  added = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (from_cards); i++)
    {
      g_autoptr(PcTouchpoint) tp = g_list_model_get_item (from_cards, i);
      PcTouchpoint *card = pc_touchpoint_new (NULL);
      guint s = 0, l = 0;
      const char *moment;

      /* Loaded, so its stage and lane exist in the fragment. */
      find_index (G_LIST_MODEL (pc_map_get_stages (from)), pc_touchpoint_get_stage_id (tp), &s);
      find_index (G_LIST_MODEL (pc_map_get_lanes (from)), pc_touchpoint_get_lane_id (tp), &l);
      pc_map_copy_entity (PC_ENTITY (tp), PC_ENTITY (card));
      pc_touchpoint_set_stage_id (card, id_at (pc_map_get_stages (map), MIN (anchor_stage + s, n_stages - 1)));
      pc_touchpoint_set_lane_id (card, id_at (pc_map_get_lanes (map), MIN (anchor_lane + l, n_lanes - 1)));

      /* Pasted cards of one moment share a moment of their own. */
      moment = moment_of (PC_ENTITY (tp));
      if (moment != NULL)
        {
          const char *fresh = g_hash_table_lookup (moments, moment);

          if (fresh == NULL)
            {
              fresh = pc_entity_make_id ("moment");
              g_hash_table_insert (moments, (gpointer) moment, (gpointer) fresh);
            }
          json_object_set_string_member (pc_entity_get_extras (PC_ENTITY (card)), MOMENT, fresh);
        }

      g_hash_table_insert (new_ids, (gpointer) pc_entity_get_id (PC_ENTITY (tp)), card);
      g_ptr_array_add (added, card);
    }

  links = g_ptr_array_new_with_free_func (g_object_unref);
  from_connectors = G_LIST_MODEL (pc_map_get_connectors (from));
  for (guint i = 0; i < g_list_model_get_n_items (from_connectors); i++)
    {
      g_autoptr(PcConnector) connector = g_list_model_get_item (from_connectors, i);
      PcTouchpoint *a = g_hash_table_lookup (new_ids, pc_connector_get_from_id (connector));
      PcTouchpoint *b = g_hash_table_lookup (new_ids, pc_connector_get_to_id (connector));
      PcConnector *link;

      if (a == NULL || b == NULL)
        continue;
      link = pc_connector_new (NULL);
      pc_map_copy_entity (PC_ENTITY (connector), PC_ENTITY (link));
      pc_connector_set_from_id (link, pc_entity_get_id (PC_ENTITY (a)));
      pc_connector_set_to_id (link, pc_entity_get_id (PC_ENTITY (b)));
      g_ptr_array_add (links, link);
    }

  if (history != NULL)
    {
      pc_history_begin_group (history, ngettext ("Paste card", "Paste cards", added->len));
      for (guint i = 0; i < added->len; i++)
        pc_edit_insert (history, pc_map_get_touchpoints (map),
                        g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (map))),
                        g_ptr_array_index (added, i), NULL);
      for (guint i = 0; i < links->len; i++)
        pc_edit_insert (history, pc_map_get_connectors (map),
                        g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_connectors (map))),
                        g_ptr_array_index (links, i), NULL);
      pc_history_end_group (history);
    }
  else
    {
      GListStore *store = pc_map_get_touchpoints (map);

      g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0,
                           added->pdata, added->len);
      store = pc_map_get_connectors (map);
      g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0,
                           links->pdata, links->len);
    }

  return g_steal_pointer (&added);
}
