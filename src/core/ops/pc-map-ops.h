/* pc-map-ops.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-document.h"
#include "pc-history.h"

G_BEGIN_DECLS

/* The extra member a future state's stages and touchpoints carry: the id of
 * the stage or touchpoint of the current state they were copied from. The
 * file keeps it as an unknown member, so the link survives saving, and
 * pc_comparison_new() matches by it before falling back to names. */
#define PC_MAP_OPS_SOURCE_STAGE      "source_stage"
#define PC_MAP_OPS_SOURCE_TOUCHPOINT "source_touchpoint"

/* Copies, not yet in any document. */
PcMap     *pc_map_copy                  (PcMap       *map,
                                         gboolean     link_to_source);
void       pc_map_copy_entity           (PcEntity    *from,
                                         PcEntity    *to);

/* Each of these is one undo step and returns the map it added
 * (transfer none: the document holds it). */
PcMap     *pc_map_ops_new_map           (PcHistory   *history,
                                         PcDocument  *document,
                                         PcMapKind    kind,
                                         const char  *name);
PcMap     *pc_map_ops_duplicate         (PcHistory   *history,
                                         PcDocument  *document,
                                         PcMap       *map);
PcMap     *pc_map_ops_create_future_state (PcHistory *history,
                                           PcDocument *document,
                                           PcMap     *current);
PcMap     *pc_map_ops_create_blueprint  (PcHistory   *history,
                                         PcDocument  *document,
                                         PcMap       *journey);
void       pc_map_ops_add_map           (PcHistory   *history,
                                         PcDocument  *document,
                                         PcMap       *map,
                                         guint        position,
                                         const char  *label);

/* Fills a new map (not in a document yet) with the default stages and
 * lanes of its kind; used by pc_map_ops_new_map(). */
void       pc_map_ops_fill_defaults     (PcMap       *map,
                                         PcDocument  *document);

/* Day in the life: stages are times of day. */
gboolean   pc_map_ops_stages_sorted_by_time (PcMap   *map);
void       pc_map_ops_sort_stages_by_time (PcHistory *history,
                                           PcMap     *map);
PcStage   *pc_map_ops_stage_for_time    (PcMap       *map,
                                         int          minutes);
void       pc_map_ops_place_by_time     (PcHistory   *history,
                                         PcMap       *map,
                                         PcTouchpoint *touchpoint);
void       pc_map_ops_place_all_by_time (PcHistory   *history,
                                         PcMap       *map);

/* Current versus future. */
typedef enum
{
  PC_CHANGE_SAME,
  PC_CHANGE_ADDED,
  PC_CHANGE_REMOVED,
  PC_CHANGE_CHANGED,
} PcChange;

typedef enum
{
  PC_TREND_NONE,      /* added or removed: nothing to compare */
  PC_TREND_SAME,
  PC_TREND_IMPROVED,
  PC_TREND_WORSENED,
} PcTrend;

typedef struct
{
  PcTouchpoint *before;   /* NULL when added */
  PcTouchpoint *after;    /* NULL when removed */
  PcChange      change;
  PcTrend       trend;
  GPtrArray    *fields;   /* names of the changed properties, "stage-id" and
                           * "lane-id" included when it moved */
} PcTouchpointDiff;

typedef struct
{
  char      *name;
  PcStage   *before;      /* NULL when the stage is new */
  PcStage   *after;       /* NULL when the stage was dropped */
  GPtrArray *diffs;       /* of PcTouchpointDiff, the unchanged ones too */
  guint      n_added;
  guint      n_removed;
  guint      n_changed;
  guint      n_improved;
  guint      n_worsened;
} PcStageComparison;

typedef struct
{
  char   *persona_id;
  char   *name;
  double *before;         /* average sentiment per compared stage, NAN
                           * where the persona has no touchpoint */
  double *after;
} PcCurvePair;

typedef struct
{
  PcMap     *before;
  PcMap     *after;
  GPtrArray *stages;      /* of PcStageComparison, in the future's order
                           * with dropped stages kept where they were */
  GPtrArray *curves;      /* of PcCurvePair, one per persona */
  guint      n_added;
  guint      n_removed;
  guint      n_changed;
  guint      n_improved;
  guint      n_worsened;
} PcComparison;

PcComparison *pc_comparison_new        (PcMap        *before,
                                        PcMap        *after);
void          pc_comparison_free       (PcComparison *self);
PcMap        *pc_map_ops_find_source   (PcDocument   *document,
                                        PcMap        *map);

/* Summary of one map, cheap enough to recompute on every change. */
typedef struct
{
  guint positive;
  guint neutral;
  guint negative;
} PcSentimentCounts;

typedef struct
{
  guint              n_stages;
  guint              n_lanes;
  char             **stage_names;  /* n_stages */
  char             **lane_names;   /* n_lanes */
  gboolean          *lane_is_persona;
  PcSentimentCounts *stages;       /* per stage */
  PcSentimentCounts *lanes;        /* per lane */
  PcSentimentCounts *cells;        /* [stage * n_lanes + lane] */
  PcSentimentCounts  total;
  GArray            *hurts;        /* stage indexes (guint) with at least
                                    * one negative touchpoint, most negative
                                    * share first, ties by count */
} PcSummary;

PcSummary *pc_summary_new              (PcMap      *map);
void       pc_summary_free             (PcSummary  *self);
guint      pc_sentiment_counts_total   (const PcSentimentCounts *counts);
GPtrArray *pc_summary_top_voted        (PcMap      *map,
                                        const char *stage_id,
                                        guint       max_items);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PcComparison, pc_comparison_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PcSummary, pc_summary_free)

G_END_DECLS
