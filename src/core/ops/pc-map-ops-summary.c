/* pc-map-ops-summary.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The analysis step: sentiment counts per stage and per lane, the stages
 * where it hurts most, and what a workshop voted for. One pass over the
 * touchpoints with hash lookups, so a panel can recompute it on every
 * change. */

#include "config.h"

#include "pc-map-ops.h"

guint
pc_sentiment_counts_total (const PcSentimentCounts *counts)
{
  return counts->positive + counts->neutral + counts->negative;
}

static void
count (PcSentimentCounts *counts,
       PcSentiment        sentiment)
{
  switch (sentiment)
    {
    case PC_SENTIMENT_POSITIVE:
      counts->positive++;
      break;
    case PC_SENTIMENT_NEGATIVE:
      counts->negative++;
      break;
    case PC_SENTIMENT_NEUTRAL:
    default:
      counts->neutral++;
      break;
    }
}

static GHashTable *
index_of (GListModel *list,
          char     ***names,
          guint      *n_items)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (list);

  *names = g_new0 (char *, n + 1);
  *n_items = n;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcEntity) item = g_list_model_get_item (list, i);

      /* The map's lists keep the ids alive while the summary is built. */
      g_hash_table_insert (index, (gpointer) pc_entity_get_id (item), GUINT_TO_POINTER (i + 1));
      if (PC_IS_STAGE (item))
        (*names)[i] = g_strdup (pc_stage_get_name (PC_STAGE (item)));
      else
        (*names)[i] = g_strdup (pc_lane_get_name (PC_LANE (item)));
    }
  return index;
}

static int
compare_hurt (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  const PcSummary *sort_summary = data;
  const PcSentimentCounts *ca = &sort_summary->stages[*(const guint *) a];
  const PcSentimentCounts *cb = &sort_summary->stages[*(const guint *) b];
  /* Compare neg_a / total_a with neg_b / total_b without division. */
  guint64 lhs = (guint64) ca->negative * pc_sentiment_counts_total (cb);
  guint64 rhs = (guint64) cb->negative * pc_sentiment_counts_total (ca);

  if (lhs != rhs)
    return lhs > rhs ? -1 : 1;
  if (ca->negative != cb->negative)
    return ca->negative > cb->negative ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

/**
 * pc_summary_new:
 * Returns: (transfer full): the counts of @map as it is now
 */
PcSummary *
pc_summary_new (PcMap *map)
{
  g_autoptr(GHashTable) stage_index = NULL;
  g_autoptr(GHashTable) lane_index = NULL;
  GListModel *touchpoints;
  PcSummary *self;
  guint n;

  g_return_val_if_fail (PC_IS_MAP (map), NULL);

  self = g_new0 (PcSummary, 1);
  stage_index = index_of (G_LIST_MODEL (pc_map_get_stages (map)), &self->stage_names, &self->n_stages);
  lane_index = index_of (G_LIST_MODEL (pc_map_get_lanes (map)), &self->lane_names, &self->n_lanes);
  self->lane_is_persona = g_new0 (gboolean, self->n_lanes + 1);
  for (guint i = 0; i < self->n_lanes; i++)
    {
      g_autoptr(PcLane) lane = g_list_model_get_item (G_LIST_MODEL (pc_map_get_lanes (map)), i);

      self->lane_is_persona[i] = pc_lane_get_kind (lane) == PC_LANE_KIND_PERSONA;
    }
  self->stages = g_new0 (PcSentimentCounts, self->n_stages + 1);
  self->lanes = g_new0 (PcSentimentCounts, self->n_lanes + 1);
  self->cells = g_new0 (PcSentimentCounts, (gsize) self->n_stages * self->n_lanes + 1);

  touchpoints = G_LIST_MODEL (pc_map_get_touchpoints (map));
  n = g_list_model_get_n_items (touchpoints);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcTouchpoint) tp = g_list_model_get_item (touchpoints, i);
      guint s = GPOINTER_TO_UINT (g_hash_table_lookup (stage_index, pc_touchpoint_get_stage_id (tp)));
      guint l = GPOINTER_TO_UINT (g_hash_table_lookup (lane_index, pc_touchpoint_get_lane_id (tp)));
      PcSentiment sentiment = pc_touchpoint_get_sentiment (tp);

      /* A card whose stage or lane is missing is not on the map. */
      if (s == 0 || l == 0)
        continue;
      count (&self->stages[s - 1], sentiment);
      count (&self->lanes[l - 1], sentiment);
      count (&self->cells[(s - 1) * self->n_lanes + (l - 1)], sentiment);
      count (&self->total, sentiment);
    }

  self->hurts = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint s = 0; s < self->n_stages; s++)
    if (self->stages[s].negative > 0)
      g_array_append_val (self->hurts, s);
  g_array_sort_with_data (self->hurts, compare_hurt, self);

  return self;
}

void
pc_summary_free (PcSummary *self)
{
  if (self == NULL)
    return;
  g_strfreev (self->stage_names);
  g_strfreev (self->lane_names);
  g_free (self->lane_is_persona);
  g_free (self->stages);
  g_free (self->lanes);
  g_free (self->cells);
  g_clear_pointer (&self->hurts, g_array_unref);
  g_free (self);
}

typedef struct
{
  PcEntity *item;
  guint     votes;
  guint     order;  /* touchpoints first, then notes, each in list order */
} Voted;

static int
compare_voted (gconstpointer a,
               gconstpointer b)
{
  const Voted *va = a, *vb = b;

  if (va->votes != vb->votes)
    return va->votes > vb->votes ? -1 : 1;
  return va->order < vb->order ? -1 : (va->order > vb->order);
}

static void
collect_voted (GArray     *voted,
               GListModel *list,
               const char *stage_id)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcEntity) item = g_list_model_get_item (list, i);
      gboolean is_note = PC_IS_NOTE (item);
      guint votes = is_note ? pc_note_get_votes (PC_NOTE (item))
                            : pc_touchpoint_get_votes (PC_TOUCHPOINT (item));
      const char *stage = is_note ? pc_note_get_stage_id (PC_NOTE (item))
                                  : pc_touchpoint_get_stage_id (PC_TOUCHPOINT (item));

      if (votes == 0 || (stage_id != NULL && g_strcmp0 (stage, stage_id) != 0))
        continue;
      g_array_append_val (voted, ((Voted) { g_object_ref (item), votes, voted->len }));
    }
}

/**
 * pc_summary_top_voted:
 * @stage_id: (nullable): only the items of this stage, or %NULL for the
 *   whole map
 * @max_items: at most this many (%G_MAXUINT for all)
 *
 * What a workshop's dot votes chose: the touchpoints and insight-row notes
 * with at least one vote, most voted first; at equal votes, touchpoints
 * before notes, each in the map's order.
 *
 * Returns: (transfer container) (element-type PcEntity): #PcTouchpoint and
 *   #PcNote items, each holding a reference
 */
GPtrArray *
pc_summary_top_voted (PcMap      *map,
                      const char *stage_id,
                      guint       max_items)
{
  g_autoptr(GArray) voted = NULL;
  GPtrArray *top;

  g_return_val_if_fail (PC_IS_MAP (map), NULL);

  voted = g_array_new (FALSE, FALSE, sizeof (Voted));
  collect_voted (voted, G_LIST_MODEL (pc_map_get_touchpoints (map)), stage_id);
  collect_voted (voted, G_LIST_MODEL (pc_map_get_notes (map)), stage_id);
  g_array_sort (voted, compare_voted);

  top = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < voted->len; i++)
    {
      Voted *v = &g_array_index (voted, Voted, i);

      if (top->len < max_items)
        g_ptr_array_add (top, v->item);
      else
        g_object_unref (v->item);
    }
  return top;
}
