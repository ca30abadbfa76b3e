/* pc-csv-export.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pc-csv.h"
#include "pc-csv-private.h"

static void
append_field (GString    *out,
              const char *value,
              char        separator)
{
  gboolean guard, quote;

  if (value == NULL)
    value = "";
  guard = pc_csv_is_formula_like (value);
  quote = guard || strchr (value, separator) || strpbrk (value, "\"\r\n") ||
          value[0] == ' ' || (value[0] && value[strlen (value) - 1] == ' ');

  if (!quote)
    {
      g_string_append (out, value);
      return;
    }

  g_string_append_c (out, '"');
  if (guard)
    g_string_append_c (out, '\'');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static const char *
touchpoint_value (PcMap        *map,
                  PcTouchpoint *tp,
                  PcCsvColumn   column)
{
  switch (column)
    {
    case PC_CSV_COL_STAGE:
      {
        PcStage *stage = pc_map_find_stage (map, pc_touchpoint_get_stage_id (tp));
        return stage ? pc_stage_get_name (stage) : "";
      }
    case PC_CSV_COL_LANE:
      {
        PcLane *lane = pc_map_find_lane (map, pc_touchpoint_get_lane_id (tp));
        return lane ? pc_lane_get_name (lane) : "";
      }
    case PC_CSV_COL_TITLE: return pc_touchpoint_get_title (tp);
    case PC_CSV_COL_SENTIMENT: return pc_sentiment_to_string (pc_touchpoint_get_sentiment (tp));
    case PC_CSV_COL_CHANNEL:
      return pc_touchpoint_get_channel (tp) == PC_CHANNEL_NONE ? "" :
             pc_channel_to_string (pc_touchpoint_get_channel (tp));
    case PC_CSV_COL_ACTION: return pc_touchpoint_get_action (tp);
    case PC_CSV_COL_EMOTION: return pc_touchpoint_get_emotions (tp);
    case PC_CSV_COL_PAIN_POINTS: return pc_touchpoint_get_pain_points (tp);
    case PC_CSV_COL_OPPORTUNITY: return pc_touchpoint_get_opportunity (tp);
    case PC_CSV_COL_OWNER: return pc_touchpoint_get_owner (tp);
    case PC_CSV_COL_METRIC: return pc_touchpoint_get_metric (tp);
    case PC_CSV_COL_TIME: return pc_touchpoint_get_time (tp);
    case PC_CSV_COL_RESPONSE: return pc_touchpoint_get_response (tp);
    case PC_CSV_COL_OBJECTIVE: return pc_touchpoint_get_objective (tp);
    case PC_CSV_COL_BRAND: return pc_touchpoint_get_involves_brand (tp) ? "yes" : "no";
    case PC_CSV_N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

typedef struct
{
  PcTouchpoint *tp;
  guint         stage_pos;
  guint         lane_pos;
  guint         list_pos;
} ExportRow;

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const ExportRow *ra = a, *rb = b;

  if (ra->stage_pos != rb->stage_pos)
    return ra->stage_pos < rb->stage_pos ? -1 : 1;
  if (ra->lane_pos != rb->lane_pos)
    return ra->lane_pos < rb->lane_pos ? -1 : 1;
  return ra->list_pos < rb->list_pos ? -1 : (ra->list_pos > rb->list_pos);
}

/* Rows go stage by stage, then lane by lane, so that an import into an
 * empty map creates the stages in the map's order. */
char *
pc_csv_export (PcDocument *document,
               PcMap      *map,
               char        separator,
               gsize      *length)
{
  GListModel *tps;
  g_autoptr(GHashTable) positions = NULL;
  g_autoptr(GArray) rows = NULL;
  GString *out;
  guint n;

  g_return_val_if_fail (PC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PC_IS_MAP (map), NULL);
  g_return_val_if_fail (separator == ',' || separator == ';' || separator == '\t', NULL);

  positions = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_stages (map))); i++)
    {
      g_autoptr(PcEntity) e = g_list_model_get_item (G_LIST_MODEL (pc_map_get_stages (map)), i);
      g_hash_table_insert (positions, (gpointer) pc_entity_get_id (e), GUINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_lanes (map))); i++)
    {
      g_autoptr(PcEntity) e = g_list_model_get_item (G_LIST_MODEL (pc_map_get_lanes (map)), i);
      g_hash_table_insert (positions, (gpointer) pc_entity_get_id (e), GUINT_TO_POINTER (i + 1));
    }

  tps = G_LIST_MODEL (pc_map_get_touchpoints (map));
  n = g_list_model_get_n_items (tps);
  rows = g_array_sized_new (FALSE, FALSE, sizeof (ExportRow), n);
  for (guint i = 0; i < n; i++)
    {
      ExportRow row;
      const char *stage_id, *lane_id;

      row.tp = g_list_model_get_item (tps, i);
      stage_id = pc_touchpoint_get_stage_id (row.tp);
      lane_id = pc_touchpoint_get_lane_id (row.tp);
      row.stage_pos = stage_id ? GPOINTER_TO_UINT (g_hash_table_lookup (positions, stage_id)) : 0;
      row.lane_pos = lane_id ? GPOINTER_TO_UINT (g_hash_table_lookup (positions, lane_id)) : 0;
      row.list_pos = i;
      g_array_append_val (rows, row);
    }
  g_array_sort (rows, compare_rows);

  out = g_string_new (NULL);
  for (guint c = 0; c < PC_CSV_N_COLUMNS; c++)
    {
      if (c > 0)
        g_string_append_c (out, separator);
      g_string_append (out, pc_csv_column_names[c]);
    }
  g_string_append (out, "\r\n");

  for (guint i = 0; i < rows->len; i++)
    {
      ExportRow *row = &g_array_index (rows, ExportRow, i);

      for (guint c = 0; c < PC_CSV_N_COLUMNS; c++)
        {
          if (c > 0)
            g_string_append_c (out, separator);
          append_field (out, touchpoint_value (map, row->tp, c), separator);
        }
      g_string_append (out, "\r\n");
      g_object_unref (row->tp);
    }

  if (length)
    *length = out->len;
  return g_string_free (out, FALSE);
}

