/* pc-map-ops-compare.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Current state versus future state. Stages are matched by the link a
 * future state's copy records (PC_MAP_OPS_SOURCE_STAGE), then by name,
 * ignoring case; touchpoints by their link (PC_MAP_OPS_SOURCE_TOUCHPOINT),
 * then by title, ignoring case, within matched stages. So a future state
 * made by "Create future state" compares exactly even after renames, and
 * two maps made by hand still compare sensibly. */

#include "config.h"

#include <math.h>

#include "pc-map-ops.h"

static const char *
link_of (gpointer    entity,
         const char *member)
{
  JsonObject *extras = pc_entity_get_extras (PC_ENTITY (entity));
  JsonNode *node;

  if (extras == NULL || !json_object_has_member (extras, member))
    return NULL;
  node = json_object_get_member (extras, member);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (a == NULL || b == NULL)
    return a == b;
  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);
  return g_strcmp0 (fa, fb) == 0;
}

static GPtrArray *
items_of (GListStore *store)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n = g_list_model_get_n_items (model);
  GPtrArray *items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  return items;
}

static void
touchpoint_diff_free (PcTouchpointDiff *diff)
{
  g_clear_object (&diff->before);
  g_clear_object (&diff->after);
  g_clear_pointer (&diff->fields, g_ptr_array_unref);
  g_free (diff);
}

static void
stage_comparison_free (PcStageComparison *stage)
{
  g_free (stage->name);
  g_clear_object (&stage->before);
  g_clear_object (&stage->after);
  g_clear_pointer (&stage->diffs, g_ptr_array_unref);
  g_free (stage);
}

static void
curve_pair_free (PcCurvePair *curve)
{
  g_free (curve->persona_id);
  g_free (curve->name);
  g_free (curve->before);
  g_free (curve->after);
  g_free (curve);
}

void
pc_comparison_free (PcComparison *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->before);
  g_clear_object (&self->after);
  g_clear_pointer (&self->stages, g_ptr_array_unref);
  g_clear_pointer (&self->curves, g_ptr_array_unref);
  g_free (self);
}

static PcStageComparison *
stage_comparison_new (PcStage *before,
                      PcStage *after)
{
  PcStageComparison *stage = g_new0 (PcStageComparison, 1);

  stage->before = before ? g_object_ref (before) : NULL;
  stage->after = after ? g_object_ref (after) : NULL;
  stage->name = g_strdup (pc_stage_get_name (after ? after : before));
  stage->diffs = g_ptr_array_new_with_free_func ((GDestroyNotify) touchpoint_diff_free);
  return stage;
}

/* The compared stages: the future's, in order, with each dropped stage of
 * the current state put back after the stage that preceded it there. */
static void
match_stages (PcComparison *self)
{
  g_autoptr(GPtrArray) before = items_of (pc_map_get_stages (self->before));
  g_autoptr(GPtrArray) after = items_of (pc_map_get_stages (self->after));
  g_autofree PcStageComparison **matched = g_new0 (PcStageComparison *, before->len + 1);

  for (guint a = 0; a < after->len; a++)
    {
      PcStage *stage = g_ptr_array_index (after, a);
      const char *link = link_of (stage, PC_MAP_OPS_SOURCE_STAGE);
      int found = -1;

      for (guint b = 0; link != NULL && found < 0 && b < before->len; b++)
        if (matched[b] == NULL &&
            g_strcmp0 (pc_entity_get_id (g_ptr_array_index (before, b)), link) == 0)
          found = b;
      for (guint b = 0; found < 0 && b < before->len; b++)
        if (matched[b] == NULL &&
            same_text (pc_stage_get_name (g_ptr_array_index (before, b)), pc_stage_get_name (stage)))
          found = b;

      g_ptr_array_add (self->stages,
                       stage_comparison_new (found >= 0 ? g_ptr_array_index (before, found) : NULL, stage));
      if (found >= 0)
        matched[found] = g_ptr_array_index (self->stages, self->stages->len - 1);
    }

  for (guint b = 0; b < before->len; b++)
    {
      guint position = 0;

      if (matched[b] != NULL)
        continue;
      if (b > 0)
        {
          g_assert (matched[b - 1] != NULL);
          for (guint i = 0; i < self->stages->len; i++)
            if (g_ptr_array_index (self->stages, i) == matched[b - 1])
              position = i + 1;
        }
      matched[b] = stage_comparison_new (g_ptr_array_index (before, b), NULL);
      g_ptr_array_insert (self->stages, position, matched[b]);
    }
}

/* Lookups built once per comparison, so that it stays linear in the
 * number of touchpoints. */
typedef struct
{
  PcComparison *self;
  GHashTable   *stage_index[2];  /* stage id -> position in self->stages + 1,
                                  * [0] current state, [1] future */
} Context;

static void
index_stages (Context *ctx)
{
  for (int side = 0; side < 2; side++)
    ctx->stage_index[side] = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < ctx->self->stages->len; i++)
    {
      PcStageComparison *stage = g_ptr_array_index (ctx->self->stages, i);

      /* The comparison holds the stages, and so their ids. */
      if (stage->before != NULL)
        g_hash_table_insert (ctx->stage_index[0], (gpointer) pc_entity_get_id (PC_ENTITY (stage->before)),
                             GUINT_TO_POINTER (i + 1));
      if (stage->after != NULL)
        g_hash_table_insert (ctx->stage_index[1], (gpointer) pc_entity_get_id (PC_ENTITY (stage->after)),
                             GUINT_TO_POINTER (i + 1));
    }
}

/* Position of the compared stage, or -1 when the map has no such stage. */
static int
stage_index_of (Context    *ctx,
                const char *stage_id,
                gboolean    in_after)
{
  gpointer value = stage_id ? g_hash_table_lookup (ctx->stage_index[in_after ? 1 : 0], stage_id) : NULL;

  return value ? (int) GPOINTER_TO_UINT (value) - 1 : -1;
}

static PcStageComparison *
stage_of (Context    *ctx,
          const char *stage_id,
          gboolean    in_after)
{
  int index = stage_index_of (ctx, stage_id, in_after);

  return index >= 0 ? g_ptr_array_index (ctx->self->stages, index) : NULL;
}

static gboolean
same_lane (PcMap        *before_map,
           PcTouchpoint *before,
           PcMap        *after_map,
           PcTouchpoint *after)
{
  PcLane *lb = pc_map_find_lane (before_map, pc_touchpoint_get_lane_id (before));
  PcLane *la = pc_map_find_lane (after_map, pc_touchpoint_get_lane_id (after));

  if (lb == NULL || la == NULL)
    return lb == la;
  if (pc_lane_get_persona_id (lb) != NULL || pc_lane_get_persona_id (la) != NULL)
    return g_strcmp0 (pc_lane_get_persona_id (lb), pc_lane_get_persona_id (la)) == 0;
  return pc_lane_get_kind (lb) == pc_lane_get_kind (la) &&
         same_text (pc_lane_get_name (lb), pc_lane_get_name (la));
}

static GPtrArray *
changed_fields (Context      *ctx,
                PcTouchpoint *before,
                PcTouchpoint *after)
{
  PcComparison *self = ctx->self;
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  g_autofree GParamSpec **specs = NULL;
  PcStageComparison *sb, *sa;
  guint n = 0;

  specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (before), &n);
  for (guint i = 0; i < n; i++)
    {
      GParamSpec *spec = specs[i];
      g_auto(GValue) vb = G_VALUE_INIT;
      g_auto(GValue) va = G_VALUE_INIT;

      if ((spec->flags & G_PARAM_CONSTRUCT_ONLY) != 0 ||
          g_str_equal (spec->name, "stage-id") || g_str_equal (spec->name, "lane-id"))
        continue;
      g_value_init (&vb, spec->value_type);
      g_value_init (&va, spec->value_type);
      g_object_get_property (G_OBJECT (before), spec->name, &vb);
      g_object_get_property (G_OBJECT (after), spec->name, &va);
      if (g_param_values_cmp (spec, &vb, &va) != 0)
        g_ptr_array_add (fields, g_strdup (spec->name));
    }

  sb = stage_of (ctx, pc_touchpoint_get_stage_id (before), FALSE);
  sa = stage_of (ctx, pc_touchpoint_get_stage_id (after), TRUE);
  if (sb != sa)
    g_ptr_array_add (fields, g_strdup ("stage-id"));
  if (!same_lane (self->before, before, self->after, after))
    g_ptr_array_add (fields, g_strdup ("lane-id"));
  return fields;
}

static void
add_diff (Context           *ctx,
          PcStageComparison *stage,
          PcTouchpoint      *before,
          PcTouchpoint      *after)
{
  PcComparison *self = ctx->self;
  PcTouchpointDiff *diff = g_new0 (PcTouchpointDiff, 1);

  diff->before = before ? g_object_ref (before) : NULL;
  diff->after = after ? g_object_ref (after) : NULL;
  diff->trend = PC_TREND_NONE;
  if (before == NULL)
    {
      diff->change = PC_CHANGE_ADDED;
      stage->n_added++;
      self->n_added++;
    }
  else if (after == NULL)
    {
      diff->change = PC_CHANGE_REMOVED;
      stage->n_removed++;
      self->n_removed++;
    }
  else
    {
      PcSentiment sb = pc_touchpoint_get_sentiment (before);
      PcSentiment sa = pc_touchpoint_get_sentiment (after);

      diff->fields = changed_fields (ctx, before, after);
      diff->change = diff->fields->len > 0 ? PC_CHANGE_CHANGED : PC_CHANGE_SAME;
      diff->trend = sa > sb ? PC_TREND_IMPROVED : sa < sb ? PC_TREND_WORSENED : PC_TREND_SAME;
      if (diff->change == PC_CHANGE_CHANGED)
        {
          stage->n_changed++;
          self->n_changed++;
        }
      if (diff->trend == PC_TREND_IMPROVED)
        {
          stage->n_improved++;
          self->n_improved++;
        }
      else if (diff->trend == PC_TREND_WORSENED)
        {
          stage->n_worsened++;
          self->n_worsened++;
        }
    }
  g_ptr_array_add (stage->diffs, diff);
}

static char *
title_key (int           stage,
           PcTouchpoint *tp)
{
  g_autofree char *title = g_utf8_casefold (pc_touchpoint_get_title (tp) ? pc_touchpoint_get_title (tp) : "", -1);

  return g_strdup_printf ("%d:%s", stage, title);
}

static void
match_touchpoints (Context *ctx)
{
  PcComparison *self = ctx->self;
  g_autoptr(GPtrArray) before = items_of (pc_map_get_touchpoints (self->before));
  g_autoptr(GPtrArray) after = items_of (pc_map_get_touchpoints (self->after));
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_title = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) g_array_unref);
  g_autofree gboolean *used = g_new0 (gboolean, before->len + 1);
  g_autofree int *match = g_new (int, after->len + 1);

  for (guint b = 0; b < before->len; b++)
    g_hash_table_insert (by_id, (gpointer) pc_entity_get_id (g_ptr_array_index (before, b)),
                         GUINT_TO_POINTER (b + 1));

  /* Links first, over the whole map, so a title match never steals a
   * touchpoint that a later one is linked to. */
  for (guint a = 0; a < after->len; a++)
    {
      const char *link = link_of (g_ptr_array_index (after, a), PC_MAP_OPS_SOURCE_TOUCHPOINT);
      guint b = link ? GPOINTER_TO_UINT (g_hash_table_lookup (by_id, link)) : 0;

      match[a] = -1;
      if (b > 0 && !used[b - 1])
        {
          match[a] = b - 1;
          used[b - 1] = TRUE;
        }
    }

  /* Then the same title in the same compared stage, first come first
   * served. */
  for (guint b = 0; b < before->len; b++)
    {
      PcTouchpoint *tp = g_ptr_array_index (before, b);
      int stage = stage_index_of (ctx, pc_touchpoint_get_stage_id (tp), FALSE);
      g_autofree char *key = NULL;
      GArray *candidates;

      if (used[b] || stage < 0)
        continue;
      key = title_key (stage, tp);
      candidates = g_hash_table_lookup (by_title, key);
      if (candidates == NULL)
        {
          candidates = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (by_title, g_steal_pointer (&key), candidates);
        }
      g_array_append_val (candidates, b);
    }
  for (guint a = 0; a < after->len; a++)
    {
      PcTouchpoint *tp = g_ptr_array_index (after, a);
      int stage = stage_index_of (ctx, pc_touchpoint_get_stage_id (tp), TRUE);
      g_autofree char *key = NULL;
      GArray *candidates;

      if (match[a] >= 0 || stage < 0)
        continue;
      key = title_key (stage, tp);
      candidates = g_hash_table_lookup (by_title, key);
      if (candidates != NULL && candidates->len > 0)
        {
          match[a] = g_array_index (candidates, guint, 0);
          used[match[a]] = TRUE;
          g_array_remove_index (candidates, 0);
        }
    }

  for (guint a = 0; a < after->len; a++)
    {
      PcTouchpoint *tp = g_ptr_array_index (after, a);
      PcStageComparison *stage = stage_of (ctx, pc_touchpoint_get_stage_id (tp), TRUE);

      if (stage != NULL)
        add_diff (ctx, stage, match[a] >= 0 ? g_ptr_array_index (before, match[a]) : NULL, tp);
    }
  for (guint b = 0; b < before->len; b++)
    {
      PcTouchpoint *tp = g_ptr_array_index (before, b);
      PcStageComparison *stage = stage_of (ctx, pc_touchpoint_get_stage_id (tp), FALSE);

      if (!used[b] && stage != NULL)
        add_diff (ctx, stage, tp, NULL);
    }
}

/* Average sentiment per compared stage and persona, in one pass. */
static void
fill_curves (Context  *ctx,
             gboolean  in_after)
{
  PcComparison *self = ctx->self;
  PcMap *map = in_after ? self->after : self->before;
  g_autoptr(GPtrArray) touchpoints = items_of (pc_map_get_touchpoints (map));
  g_autoptr(GHashTable) curve_of = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_stages = self->stages->len, n_curves = self->curves->len;
  g_autofree guint *counts = g_new0 (guint, (gsize) n_stages * n_curves + 1);

  for (guint c = 0; c < n_curves; c++)
    {
      PcCurvePair *curve = g_ptr_array_index (self->curves, c);

      g_hash_table_insert (curve_of, curve->persona_id, GUINT_TO_POINTER (c + 1));
      if (in_after)
        curve->after = g_new0 (double, n_stages + 1);
      else
        curve->before = g_new0 (double, n_stages + 1);
    }

  for (guint i = 0; i < touchpoints->len; i++)
    {
      PcTouchpoint *tp = g_ptr_array_index (touchpoints, i);
      int s = stage_index_of (ctx, pc_touchpoint_get_stage_id (tp), in_after);
      PcLane *lane = pc_map_find_lane (map, pc_touchpoint_get_lane_id (tp));
      guint c;
      PcCurvePair *curve;

      if (s < 0 || lane == NULL || pc_lane_get_persona_id (lane) == NULL)
        continue;
      c = GPOINTER_TO_UINT (g_hash_table_lookup (curve_of, pc_lane_get_persona_id (lane)));
      if (c == 0)
        continue;
      curve = g_ptr_array_index (self->curves, c - 1);
      (in_after ? curve->after : curve->before)[s] += pc_touchpoint_get_sentiment (tp);
      counts[(c - 1) * n_stages + s]++;
    }

  for (guint c = 0; c < n_curves; c++)
    {
      PcCurvePair *curve = g_ptr_array_index (self->curves, c);
      double *values = in_after ? curve->after : curve->before;

      for (guint s = 0; s < n_stages; s++)
        {
          guint count = counts[c * n_stages + s];

          values[s] = count > 0 ? values[s] / count : NAN;
        }
    }
}

static void
collect_personas (PcMap      *map,
                  GHashTable *seen,
                  GPtrArray  *curves)
{
  g_autoptr(GPtrArray) lanes = items_of (pc_map_get_lanes (map));

  for (guint i = 0; i < lanes->len; i++)
    {
      PcLane *lane = g_ptr_array_index (lanes, i);
      const char *persona_id = pc_lane_get_persona_id (lane);
      PcCurvePair *curve;

      if (pc_lane_get_kind (lane) != PC_LANE_KIND_PERSONA || persona_id == NULL ||
          g_hash_table_contains (seen, persona_id))
        continue;
      g_hash_table_add (seen, g_strdup (persona_id));
      curve = g_new0 (PcCurvePair, 1);
      curve->persona_id = g_strdup (persona_id);
      curve->name = g_strdup (pc_lane_get_name (lane));
      g_ptr_array_add (curves, curve);
    }
}

/**
 * pc_comparison_new:
 * @before: the current state
 * @after: the future state
 *
 * Returns: (transfer full): what changed, stage by stage
 */
PcComparison *
pc_comparison_new (PcMap *before,
                   PcMap *after)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Context ctx = { NULL, { NULL, NULL } };
  PcComparison *self;

  g_return_val_if_fail (PC_IS_MAP (before), NULL);
  g_return_val_if_fail (PC_IS_MAP (after), NULL);

  self = g_new0 (PcComparison, 1);
  self->before = g_object_ref (before);
  self->after = g_object_ref (after);
  self->stages = g_ptr_array_new_with_free_func ((GDestroyNotify) stage_comparison_free);
  self->curves = g_ptr_array_new_with_free_func ((GDestroyNotify) curve_pair_free);

  match_stages (self);
  ctx.self = self;
  index_stages (&ctx);
  match_touchpoints (&ctx);

  collect_personas (before, seen, self->curves);
  collect_personas (after, seen, self->curves);
  fill_curves (&ctx, FALSE);
  fill_curves (&ctx, TRUE);

  g_hash_table_unref (ctx.stage_index[0]);
  g_hash_table_unref (ctx.stage_index[1]);
  return self;
}

/**
 * pc_map_ops_find_source:
 * Returns: (transfer none) (nullable): the map @map was made from
 */
PcMap *
pc_map_ops_find_source (PcDocument *document,
                        PcMap      *map)
{
  const char *source_id;

  g_return_val_if_fail (PC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PC_IS_MAP (map), NULL);

  source_id = pc_map_get_source_id (map);
  return source_id ? pc_document_find_map (document, source_id) : NULL;
}
