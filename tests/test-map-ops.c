/* test-map-ops.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <unistd.h>

#include <glib/gstdio.h>

#include "pc-edit.h"
#include "pc-file.h"
#include "pc-format.h"
#include "pc-layout.h"
#include "pc-map-ops.h"
#include "pc-test-util.h"

static PcMap *
nth_map (PcDocument *document,
         guint       n)
{
  g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), n);

  g_assert_nonnull (map);
  return map; /* the document keeps it alive */
}

static guint
n_items (GListStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

static gpointer
nth (GListStore *store,
     guint       n)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), n);

  g_assert_nonnull (item);
  return item;
}

static PcTouchpoint *
add_tp (PcMap       *map,
        const char  *id,
        const char  *stage_id,
        const char  *lane_id,
        const char  *title,
        PcSentiment  sentiment)
{
  g_autoptr(PcTouchpoint) tp = pc_touchpoint_new (id);

  pc_touchpoint_set_stage_id (tp, stage_id);
  pc_touchpoint_set_lane_id (tp, lane_id);
  pc_touchpoint_set_title (tp, title);
  pc_touchpoint_set_sentiment (tp, sentiment);
  g_list_store_append (pc_map_get_touchpoints (map), tp);
  return tp;
}

static void
add_stage (PcMap      *map,
           const char *id,
           const char *name,
           const char *time)
{
  g_autoptr(PcStage) stage = pc_stage_new (id);

  pc_stage_set_name (stage, name);
  pc_stage_set_time (stage, time);
  g_list_store_append (pc_map_get_stages (map), stage);
}

/* Undo brings back exactly the saved document; redo the changed one. */
static void
assert_undo_restores (PcHistory  *history,
                      PcDocument *document,
                      const char *before,
                      guint       depth_before)
{
  g_autofree char *after = pc_test_save_to_string (document);
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  g_assert_cmpstr (after, !=, before);
  g_assert_cmpuint (pc_history_get_undo_depth (history), ==, depth_before + 1);
  g_assert_true (pc_history_undo (history));
  undone = pc_test_save_to_string (document);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (pc_history_redo (history));
  redone = pc_test_save_to_string (document);
  g_assert_cmpstr (redone, ==, after);
}

static void
test_copy (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  PcMap *map = nth_map (document, 0);
  g_autoptr(PcMap) copy = NULL;
  g_autoptr(JsonObject) extras = json_object_new ();
  PcTouchpoint *first = nth (pc_map_get_touchpoints (map), 0);
  PcTouchpoint *copied;

  json_object_set_string_member (extras, "x-workshop", "room 4");
  pc_entity_set_extras (PC_ENTITY (first), extras);

  copy = pc_map_copy (map, FALSE);
  g_assert_cmpstr (pc_entity_get_id (PC_ENTITY (copy)), !=, pc_entity_get_id (PC_ENTITY (map)));
  g_assert_cmpstr (pc_map_get_name (copy), ==, pc_map_get_name (map));
  g_assert_cmpint (pc_map_get_kind (copy), ==, pc_map_get_kind (map));
  g_assert_cmpuint (n_items (pc_map_get_stages (copy)), ==, 5);
  g_assert_cmpuint (n_items (pc_map_get_lanes (copy)), ==, 2);
  g_assert_cmpuint (n_items (pc_map_get_touchpoints (copy)), ==, 14);
  g_assert_cmpuint (n_items (pc_map_get_connectors (copy)), ==, 4);

  for (guint i = 0; i < 14; i++)
    {
      PcTouchpoint *tp = nth (pc_map_get_touchpoints (copy), i);
      PcTouchpoint *orig = nth (pc_map_get_touchpoints (map), i);

      g_assert_cmpstr (pc_entity_get_id (PC_ENTITY (tp)), !=, pc_entity_get_id (PC_ENTITY (orig)));
      g_assert_nonnull (pc_map_find_stage (copy, pc_touchpoint_get_stage_id (tp)));
      g_assert_nonnull (pc_map_find_lane (copy, pc_touchpoint_get_lane_id (tp)));
      g_assert_null (pc_map_find_stage (map, pc_touchpoint_get_stage_id (tp)));
      g_assert_cmpstr (pc_touchpoint_get_title (tp), ==, pc_touchpoint_get_title (orig));
      g_assert_cmpint (pc_touchpoint_get_sentiment (tp), ==, pc_touchpoint_get_sentiment (orig));
    }
  for (guint i = 0; i < 4; i++)
    {
      PcConnector *connector = nth (pc_map_get_connectors (copy), i);

      g_assert_nonnull (pc_map_find_touchpoint (copy, pc_connector_get_from_id (connector)));
      g_assert_nonnull (pc_map_find_touchpoint (copy, pc_connector_get_to_id (connector)));
    }
  /* Persona lanes still point at the document's personas. */
  g_assert_cmpstr (pc_lane_get_persona_id (nth (pc_map_get_lanes (copy), 0)), ==, "persona-claire");

  /* Unknown members are kept, deeply copied, and no link was recorded. */
  copied = nth (pc_map_get_touchpoints (copy), 0);
  g_assert_nonnull (pc_entity_get_extras (PC_ENTITY (copied)));
  g_assert_true (pc_entity_get_extras (PC_ENTITY (copied)) != extras);
  g_assert_cmpstr (json_object_get_string_member (pc_entity_get_extras (PC_ENTITY (copied)), "x-workshop"),
                   ==, "room 4");
  g_assert_false (json_object_has_member (pc_entity_get_extras (PC_ENTITY (copied)),
                                          PC_MAP_OPS_SOURCE_TOUCHPOINT));
}

static void
test_future_state (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(PcHistory) history = pc_history_new ();
  g_autofree char *before = pc_test_save_to_string (document);
  PcMap *current = nth_map (document, 0);
  PcMap *future;
  g_autoptr(PcComparison) comparison = NULL;
  g_autofree char *thoughts = NULL;

  /* Every field comes along, thoughts too. */
  g_object_set (pc_map_find_touchpoint (current, "tp-friend"), "thoughts", "Who else uses it?", NULL);
  g_clear_pointer (&before, g_free);
  before = pc_test_save_to_string (document);
  future = pc_map_ops_create_future_state (history, document, current);
  g_assert_nonnull (future);
  g_assert_true (nth_map (document, 1) == future);
  g_assert_cmpint (pc_map_get_kind (future), ==, PC_MAP_KIND_FUTURE_STATE);
  g_assert_cmpstr (pc_map_get_source_id (future), ==, "map-current");
  g_assert_cmpstr (pc_map_get_name (future), ==, "Ordering today (future)");
  g_assert_true (pc_map_ops_find_source (document, future) == current);
  g_assert_cmpuint (n_items (pc_map_get_touchpoints (future)), ==, 14);
  g_object_get (nth (pc_map_get_touchpoints (future), 0), "thoughts", &thoughts, NULL);
  g_assert_cmpstr (thoughts, ==, "Who else uses it?");
  for (guint i = 0; i < 5; i++)
    g_assert_cmpstr (pc_stage_get_name (nth (pc_map_get_stages (future), i)), ==,
                     pc_stage_get_name (nth (pc_map_get_stages (current), i)));

  /* An untouched future state compares as all the same. */
  comparison = pc_comparison_new (current, future);
  g_assert_cmpuint (comparison->stages->len, ==, 5);
  g_assert_cmpuint (comparison->n_added + comparison->n_removed + comparison->n_changed, ==, 0);
  g_assert_cmpuint (comparison->curves->len, ==, 2);

  /* The file keeps the link, and the saved document is still valid. */
  {
    g_autofree char *saved = pc_test_save_to_string (document);
    g_autofree char *path = NULL;
    int fd = g_file_open_tmp ("test-map-ops-XXXXXX.parcours", &path, NULL);

    g_assert_cmpint (fd, >=, 0);
    close (fd);
    g_assert_nonnull (strstr (saved, "\"source_touchpoint\" : \"tp-friend\""));
    g_assert_true (g_file_set_contents (path, saved, -1, NULL));
    pc_test_assert_schema_valid (path);
    g_unlink (path);
  }

  assert_undo_restores (history, document, before, 0);
}

/* The known pair: one touchpoint added, one removed, one retitled, one
 * improved and one worsened, and a stage renamed in the future state. */
static void
test_compare_known_pair (void)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(PcHistory) history = pc_history_new ();
  g_autoptr(PcMap) current = pc_map_new ("map-now", PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(PcPersona) persona = pc_persona_new ("persona-lea");
  g_autoptr(PcLane) lane = pc_lane_new ("lane-lea");
  g_autoptr(PcComparison) c = NULL;
  PcStageComparison *stage;
  PcTouchpointDiff *diff;
  PcCurvePair *curve;
  PcMap *future;

  pc_persona_set_name (persona, "Léa");
  g_list_store_append (pc_document_get_personas (document), persona);
  pc_map_set_name (current, "Now");
  add_stage (current, "s-a", "Discover", NULL);
  add_stage (current, "s-b", "Buy", NULL);
  add_stage (current, "s-c", "Use", NULL);
  pc_lane_set_kind (lane, PC_LANE_KIND_PERSONA);
  pc_lane_set_name (lane, "Léa");
  pc_lane_set_persona_id (lane, "persona-lea");
  g_list_store_append (pc_map_get_lanes (current), lane);
  add_tp (current, "t-ad", "s-a", "lane-lea", "Sees an ad", PC_SENTIMENT_NEGATIVE);
  add_tp (current, "t-form", "s-b", "lane-lea", "Fills a long form", PC_SENTIMENT_NEUTRAL);
  add_tp (current, "t-fax", "s-b", "lane-lea", "Sends a fax", PC_SENTIMENT_NEGATIVE);
  add_tp (current, "t-app", "s-c", "lane-lea", "Uses the app", PC_SENTIMENT_POSITIVE);
  g_list_store_append (pc_document_get_maps (document), current);

  future = pc_map_ops_create_future_state (history, document, current);
  /* Edit the future as a user would. */
  pc_edit_set_string (history, nth (pc_map_get_stages (future), 1), "name", "Purchase");
  pc_edit_remove_touchpoint (history, future, nth (pc_map_get_touchpoints (future), 2));
  pc_edit_set_enum (history, nth (pc_map_get_touchpoints (future), 0), "sentiment", PC_SENTIMENT_POSITIVE);
  pc_edit_set_string (history, nth (pc_map_get_touchpoints (future), 1), "title", "Pays in one click");
  pc_edit_set_enum (history, nth (pc_map_get_touchpoints (future), 2), "sentiment", PC_SENTIMENT_NEGATIVE);
  {
    g_autoptr(PcTouchpoint) tp = pc_touchpoint_new ("t-chat");
    PcStage *use = nth (pc_map_get_stages (future), 2);
    PcLane *future_lane = nth (pc_map_get_lanes (future), 0);

    pc_touchpoint_set_stage_id (tp, pc_entity_get_id (PC_ENTITY (use)));
    pc_touchpoint_set_lane_id (tp, pc_entity_get_id (PC_ENTITY (future_lane)));
    pc_touchpoint_set_title (tp, "Chats with support");
    pc_touchpoint_set_sentiment (tp, PC_SENTIMENT_POSITIVE);
    pc_edit_insert (history, pc_map_get_touchpoints (future), 3, tp, NULL);
  }

  c = pc_comparison_new (current, future);
  g_assert_cmpuint (c->n_added, ==, 1);
  g_assert_cmpuint (c->n_removed, ==, 1);
  g_assert_cmpuint (c->n_changed, ==, 3);
  g_assert_cmpuint (c->n_improved, ==, 1);
  g_assert_cmpuint (c->n_worsened, ==, 1);
  g_assert_cmpuint (c->stages->len, ==, 3);

  /* Discover: the ad got better. */
  stage = g_ptr_array_index (c->stages, 0);
  g_assert_cmpstr (stage->name, ==, "Discover");
  g_assert_cmpuint (stage->diffs->len, ==, 1);
  diff = g_ptr_array_index (stage->diffs, 0);
  g_assert_cmpint (diff->change, ==, PC_CHANGE_CHANGED);
  g_assert_cmpint (diff->trend, ==, PC_TREND_IMPROVED);
  g_assert_cmpuint (diff->fields->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (diff->fields, 0), ==, "sentiment");

  /* Buy, renamed Purchase but matched by its link: retitled and removed. */
  stage = g_ptr_array_index (c->stages, 1);
  g_assert_cmpstr (stage->name, ==, "Purchase");
  g_assert_cmpstr (pc_stage_get_name (stage->before), ==, "Buy");
  g_assert_cmpuint (stage->n_changed, ==, 1);
  g_assert_cmpuint (stage->n_removed, ==, 1);
  g_assert_cmpuint (stage->n_added, ==, 0);
  diff = g_ptr_array_index (stage->diffs, 0);
  g_assert_cmpstr (pc_entity_get_id (PC_ENTITY (diff->before)), ==, "t-form");
  g_assert_cmpint (diff->trend, ==, PC_TREND_SAME);
  g_assert_cmpuint (diff->fields->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (diff->fields, 0), ==, "title");
  diff = g_ptr_array_index (stage->diffs, 1);
  g_assert_cmpint (diff->change, ==, PC_CHANGE_REMOVED);
  g_assert_cmpstr (pc_entity_get_id (PC_ENTITY (diff->before)), ==, "t-fax");
  g_assert_null (diff->after);

  /* Use: the app got worse and a chat was added. */
  stage = g_ptr_array_index (c->stages, 2);
  g_assert_cmpuint (stage->n_worsened, ==, 1);
  g_assert_cmpuint (stage->n_added, ==, 1);
  diff = g_ptr_array_index (stage->diffs, 1);
  g_assert_cmpint (diff->change, ==, PC_CHANGE_ADDED);
  g_assert_cmpstr (pc_touchpoint_get_title (diff->after), ==, "Chats with support");
  g_assert_null (diff->before);

  /* Léa's two emotion curves. */
  g_assert_cmpuint (c->curves->len, ==, 1);
  curve = g_ptr_array_index (c->curves, 0);
  g_assert_cmpstr (curve->persona_id, ==, "persona-lea");
  g_assert_cmpfloat_with_epsilon (curve->before[0], -1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (curve->after[0], 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (curve->before[1], -0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (curve->after[1], 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (curve->before[2], 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (curve->after[2], 0.0, 1e-9);
}

/* Maps made apart still compare: stages by name, ignoring case, and
 * touchpoints by title; a stage only the current state has stays in its
 * place. */
static void
test_compare_by_name (void)
{
  g_autoptr(PcMap) a = pc_map_new ("a", PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(PcMap) b = pc_map_new ("b", PC_MAP_KIND_FUTURE_STATE);
  g_autoptr(PcLane) la = pc_lane_new ("la");
  g_autoptr(PcLane) lb = pc_lane_new ("lb");
  g_autoptr(PcComparison) c = NULL;
  PcStageComparison *stage;

  add_stage (a, "a1", "Awareness", NULL);
  add_stage (a, "a2", "Ask", NULL);
  add_stage (a, "a3", "Act", NULL);
  add_stage (b, "b1", "AWARENESS", NULL);
  add_stage (b, "b3", "act", NULL);
  pc_lane_set_kind (la, PC_LANE_KIND_FREE);
  pc_lane_set_name (la, "Notes");
  pc_lane_set_kind (lb, PC_LANE_KIND_FREE);
  pc_lane_set_name (lb, "notes");
  g_list_store_append (pc_map_get_lanes (a), la);
  g_list_store_append (pc_map_get_lanes (b), lb);
  add_tp (a, "x1", "a1", "la", "Reads a blog", PC_SENTIMENT_NEUTRAL);
  add_tp (a, "x2", "a2", "la", "Calls", PC_SENTIMENT_NEGATIVE);
  add_tp (b, "y1", "b1", "lb", "reads a BLOG", PC_SENTIMENT_NEUTRAL);
  add_tp (b, "y2", "b3", "lb", "Reads a blog", PC_SENTIMENT_POSITIVE);

  c = pc_comparison_new (a, b);
  g_assert_cmpuint (c->stages->len, ==, 3);
  stage = g_ptr_array_index (c->stages, 0);
  g_assert_nonnull (stage->before);
  g_assert_nonnull (stage->after);
  g_assert_cmpuint (stage->diffs->len, ==, 1);
  /* Same title but for case: a change of title, same sentiment. */
  g_assert_cmpint (((PcTouchpointDiff *) g_ptr_array_index (stage->diffs, 0))->change, ==, PC_CHANGE_CHANGED);
  stage = g_ptr_array_index (c->stages, 1);
  g_assert_cmpstr (stage->name, ==, "Ask");
  g_assert_null (stage->after);
  g_assert_cmpuint (stage->n_removed, ==, 1);
  stage = g_ptr_array_index (c->stages, 2);
  g_assert_cmpstr (stage->name, ==, "act");
  g_assert_cmpuint (stage->n_added, ==, 1);
  g_assert_cmpuint (c->curves->len, ==, 0);
}

static void
test_blueprint (void)
{
  static const PcLaneKind order[] = {
    PC_LANE_KIND_EVIDENCE, PC_LANE_KIND_CUSTOMER, PC_LANE_KIND_FRONTSTAGE,
    PC_LANE_KIND_BACKSTAGE, PC_LANE_KIND_SUPPORT,
  };
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(PcHistory) history = pc_history_new ();
  g_autofree char *before = pc_test_save_to_string (document);
  PcMap *journey = nth_map (document, 0);
  PcMap *blueprint;
  PcLane *customer;

  blueprint = pc_map_ops_create_blueprint (history, document, journey);
  g_assert_cmpint (pc_map_get_kind (blueprint), ==, PC_MAP_KIND_SERVICE_BLUEPRINT);
  g_assert_cmpstr (pc_map_get_name (blueprint), ==, "Ordering today (blueprint)");
  g_assert_cmpuint (n_items (pc_map_get_lanes (blueprint)), ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      PcLane *lane = nth (pc_map_get_lanes (blueprint), i);

      g_assert_cmpint (pc_lane_get_kind (lane), ==, order[i]);
      g_assert_cmpstr (pc_lane_get_name (lane), ==, pc_lane_kind_get_label (order[i]));
    }
  g_assert_cmpuint (n_items (pc_map_get_stages (blueprint)), ==, 5);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpstr (pc_stage_get_name (nth (pc_map_get_stages (blueprint), i)), ==,
                     pc_stage_get_name (nth (pc_map_get_stages (journey), i)));

  customer = nth (pc_map_get_lanes (blueprint), 1);
  g_assert_cmpuint (n_items (pc_map_get_touchpoints (blueprint)), ==, 14);
  for (guint i = 0; i < 14; i++)
    {
      PcTouchpoint *tp = nth (pc_map_get_touchpoints (blueprint), i);
      PcTouchpoint *orig = nth (pc_map_get_touchpoints (journey), i);
      PcStage *stage = pc_map_find_stage (blueprint, pc_touchpoint_get_stage_id (tp));
      PcStage *orig_stage = pc_map_find_stage (journey, pc_touchpoint_get_stage_id (orig));

      g_assert_cmpstr (pc_touchpoint_get_lane_id (tp), ==, pc_entity_get_id (PC_ENTITY (customer)));
      g_assert_cmpstr (pc_touchpoint_get_title (tp), ==, pc_touchpoint_get_title (orig));
      g_assert_nonnull (stage);
      g_assert_cmpstr (pc_stage_get_name (stage), ==, pc_stage_get_name (orig_stage));
    }
  g_assert_cmpuint (n_items (pc_map_get_connectors (blueprint)), ==, 4);

  /* Drawn with its three lines between the layers, top to bottom. */
  {
    static const PcLayoutLineKind lines[] = {
      PC_LAYOUT_LINE_INTERACTION, PC_LAYOUT_LINE_VISIBILITY, PC_LAYOUT_LINE_INTERNAL_INTERACTION,
    };
    PcLayout *layout = pc_layout_new (document, blueprint, NULL);
    PcLayout *journey_layout = pc_layout_new (document, journey, NULL);
    double previous_y = -1;

    g_assert_cmpuint (pc_layout_get_n_lines (layout), ==, G_N_ELEMENTS (lines));
    for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
      {
        const PcLayoutLine *line = pc_layout_get_line (layout, i);

        g_assert_cmpint (line->kind, ==, lines[i]);
        g_assert_cmpuint (line->above_lane, ==, i + 1);
        g_assert_cmpuint (line->below_lane, ==, i + 2);
        g_assert_cmpfloat (line->y, >, previous_y);
        g_assert_nonnull (line->label);
        previous_y = line->y;
      }
    g_assert_cmpuint (pc_layout_get_n_lines (journey_layout), ==, 0);
    pc_layout_unref (layout);
    pc_layout_unref (journey_layout);
  }

  assert_undo_restores (history, document, before, 0);
}

static void
test_new_maps (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(PcHistory) history = pc_history_new ();
  PcMap *map;

  for (PcMapKind kind = PC_MAP_KIND_CURRENT_STATE; kind <= PC_MAP_KIND_SERVICE_BLUEPRINT; kind++)
    {
      g_autofree char *before = pc_test_save_to_string (document);
      guint depth = pc_history_get_undo_depth (history);

      map = pc_map_ops_new_map (history, document, kind, NULL);
      g_assert_cmpint (pc_map_get_kind (map), ==, kind);
      g_assert_cmpstr (pc_map_get_name (map), ==, pc_map_kind_get_label (kind));
      g_assert_cmpuint (n_items (pc_map_get_stages (map)), >, 0);
      if (kind == PC_MAP_KIND_SERVICE_BLUEPRINT)
        {
          g_assert_cmpuint (n_items (pc_map_get_lanes (map)), ==, 5);
          g_assert_cmpint (pc_lane_get_kind (nth (pc_map_get_lanes (map), 0)), ==, PC_LANE_KIND_EVIDENCE);
          g_assert_cmpint (pc_lane_get_kind (nth (pc_map_get_lanes (map), 4)), ==, PC_LANE_KIND_SUPPORT);
        }
      else
        {
          /* One lane per persona of the document. */
          g_assert_cmpuint (n_items (pc_map_get_lanes (map)), ==, 2);
          g_assert_cmpstr (pc_lane_get_persona_id (nth (pc_map_get_lanes (map), 0)), ==, "persona-claire");
          g_assert_cmpstr (pc_lane_get_name (nth (pc_map_get_lanes (map), 1)), ==, "Hugo");
        }
      if (kind == PC_MAP_KIND_DAY_IN_THE_LIFE)
        {
          for (guint i = 0; i < n_items (pc_map_get_stages (map)); i++)
            g_assert_cmpint (pc_time_parse (pc_stage_get_time (nth (pc_map_get_stages (map), i))), >=, 0);
          g_assert_true (pc_map_ops_stages_sorted_by_time (map));
        }
      assert_undo_restores (history, document, before, depth);
    }

  /* Without personas, a free lane. */
  {
    g_autoptr(PcDocument) empty = pc_document_new ();

    map = pc_map_ops_new_map (history, empty, PC_MAP_KIND_CURRENT_STATE, "Mine");
    g_assert_cmpstr (pc_map_get_name (map), ==, "Mine");
    g_assert_cmpuint (n_items (pc_map_get_lanes (map)), ==, 1);
    g_assert_cmpint (pc_lane_get_kind (nth (pc_map_get_lanes (map), 0)), ==, PC_LANE_KIND_FREE);
  }
}

static void
test_duplicate (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(PcHistory) history = pc_history_new ();
  g_autofree char *before = pc_test_save_to_string (document);
  PcMap *copy;

  copy = pc_map_ops_duplicate (history, document, nth_map (document, 0));
  g_assert_true (nth_map (document, 1) == copy);
  g_assert_cmpstr (pc_map_get_name (copy), ==, "Ordering today (copy)");
  g_assert_cmpint (pc_map_get_kind (copy), ==, PC_MAP_KIND_CURRENT_STATE);
  g_assert_cmpuint (n_items (pc_map_get_touchpoints (copy)), ==, 14);
  assert_undo_restores (history, document, before, 0);
}

static void
test_day_in_the_life (void)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(PcHistory) history = pc_history_new ();
  g_autoptr(PcMap) map = pc_map_new ("day", PC_MAP_KIND_DAY_IN_THE_LIFE);
  g_autoptr(PcLane) lane = pc_lane_new ("me");
  g_autofree char *before = NULL;
  PcTouchpoint *coffee, *lunch, *late, *early, *untimed;
  g_autoptr(GPtrArray) cell = NULL;

  pc_map_set_name (map, "Tuesday");
  add_stage (map, "evening", "Evening", "18:00");
  add_stage (map, "morning", "Morning", "7:30");
  add_stage (map, "notes", "Notes", NULL);
  add_stage (map, "noon", "Noon", "12:00");
  pc_lane_set_kind (lane, PC_LANE_KIND_FREE);
  pc_lane_set_name (lane, "Me");
  g_list_store_append (pc_map_get_lanes (map), lane);
  coffee = add_tp (map, "coffee", "evening", "me", "Coffee", PC_SENTIMENT_POSITIVE);
  pc_touchpoint_set_time (coffee, "08:15");
  lunch = add_tp (map, "lunch", "morning", "me", "Lunch", PC_SENTIMENT_NEUTRAL);
  pc_touchpoint_set_time (lunch, "12:00");
  late = add_tp (map, "late", "morning", "me", "Film", PC_SENTIMENT_POSITIVE);
  pc_touchpoint_set_time (late, "23:59");
  early = add_tp (map, "early", "noon", "me", "Alarm", PC_SENTIMENT_NEGATIVE);
  pc_touchpoint_set_time (early, "05:00");
  untimed = add_tp (map, "untimed", "notes", "me", "Thinks", PC_SENTIMENT_NEUTRAL);
  pc_touchpoint_set_involves_brand (untimed, FALSE);
  g_list_store_append (pc_document_get_maps (document), map);
  before = pc_test_save_to_string (document);

  /* Sorting: by time, untimed stages last, as one undo step. */
  g_assert_false (pc_map_ops_stages_sorted_by_time (map));
  pc_map_ops_sort_stages_by_time (history, map);
  g_assert_true (pc_map_ops_stages_sorted_by_time (map));
  g_assert_cmpstr (pc_entity_get_id (nth (pc_map_get_stages (map), 0)), ==, "morning");
  g_assert_cmpstr (pc_entity_get_id (nth (pc_map_get_stages (map), 1)), ==, "noon");
  g_assert_cmpstr (pc_entity_get_id (nth (pc_map_get_stages (map), 2)), ==, "evening");
  g_assert_cmpstr (pc_entity_get_id (nth (pc_map_get_stages (map), 3)), ==, "notes");
  assert_undo_restores (history, document, before, 0);
  /* Sorting sorted stages is no step at all. */
  pc_map_ops_sort_stages_by_time (history, map);
  g_assert_cmpuint (pc_history_get_undo_depth (history), ==, 1);

  /* Slots: the latest stage at or before the time, else the first. */
  g_assert_cmpstr (pc_entity_get_id (PC_ENTITY (pc_map_ops_stage_for_time (map, 8 * 60))), ==, "morning");
  g_assert_cmpstr (pc_entity_get_id (PC_ENTITY (pc_map_ops_stage_for_time (map, 12 * 60))), ==, "noon");
  g_assert_cmpstr (pc_entity_get_id (PC_ENTITY (pc_map_ops_stage_for_time (map, 17 * 60 + 59))), ==, "noon");
  g_assert_cmpstr (pc_entity_get_id (PC_ENTITY (pc_map_ops_stage_for_time (map, 23 * 60))), ==, "evening");
  g_assert_cmpstr (pc_entity_get_id (PC_ENTITY (pc_map_ops_stage_for_time (map, 60))), ==, "morning");

  /* One touchpoint, then all of them, each as one step. */
  g_free (before);
  before = pc_test_save_to_string (document);
  pc_map_ops_place_by_time (history, map, coffee);
  g_assert_cmpstr (pc_touchpoint_get_stage_id (coffee), ==, "morning");
  assert_undo_restores (history, document, before, 1);

  g_free (before);
  before = pc_test_save_to_string (document);
  pc_map_ops_place_all_by_time (history, map);
  g_assert_cmpstr (pc_touchpoint_get_stage_id (lunch), ==, "noon");
  g_assert_cmpstr (pc_touchpoint_get_stage_id (late), ==, "evening");
  g_assert_cmpstr (pc_touchpoint_get_stage_id (early), ==, "morning");
  g_assert_cmpstr (pc_touchpoint_get_stage_id (untimed), ==, "notes");
  /* Within the morning cell, the alarm (05:00) comes before the coffee. */
  cell = pc_map_get_cell (map, "morning", "me");
  g_assert_cmpuint (cell->len, ==, 2);
  g_assert_true (g_ptr_array_index (cell, 0) == early);
  g_assert_true (g_ptr_array_index (cell, 1) == coffee);
  assert_undo_restores (history, document, before, 2);
}

static void
test_summary (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(PcSummary) summary = pc_summary_new (nth_map (document, 0));
  static const guint expected[5][3] = {
    /* positive, neutral, negative */
    { 1, 2, 0 }, /* Awareness */
    { 2, 0, 0 }, /* Appeal */
    { 0, 1, 2 }, /* Ask */
    { 2, 0, 1 }, /* Act */
    { 2, 1, 0 }, /* Advocacy */
  };

  g_assert_cmpuint (summary->n_stages, ==, 5);
  g_assert_cmpuint (summary->n_lanes, ==, 2);
  g_assert_cmpstr (summary->stage_names[2], ==, "Ask");
  for (guint s = 0; s < 5; s++)
    {
      g_assert_cmpuint (summary->stages[s].positive, ==, expected[s][0]);
      g_assert_cmpuint (summary->stages[s].neutral, ==, expected[s][1]);
      g_assert_cmpuint (summary->stages[s].negative, ==, expected[s][2]);
    }
  /* Claire and Hugo. */
  g_assert_cmpstr (summary->lane_names[0], ==, "Claire");
  g_assert_true (summary->lane_is_persona[0]);
  g_assert_cmpuint (summary->lanes[0].positive, ==, 4);
  g_assert_cmpuint (summary->lanes[0].neutral, ==, 0);
  g_assert_cmpuint (summary->lanes[0].negative, ==, 2);
  g_assert_cmpuint (summary->lanes[1].positive, ==, 3);
  g_assert_cmpuint (summary->lanes[1].neutral, ==, 4);
  g_assert_cmpuint (summary->lanes[1].negative, ==, 1);
  /* Ask, Hugo: the quote (negative) and the call (neutral). */
  g_assert_cmpuint (summary->cells[2 * 2 + 1].negative, ==, 1);
  g_assert_cmpuint (summary->cells[2 * 2 + 1].neutral, ==, 1);
  g_assert_cmpuint (pc_sentiment_counts_total (&summary->total), ==, 14);
  g_assert_cmpuint (summary->total.negative, ==, 3);

  /* Where it hurts: Ask (2 of 3), then Act (1 of 3). */
  g_assert_cmpuint (summary->hurts->len, ==, 2);
  g_assert_cmpuint (g_array_index (summary->hurts, guint, 0), ==, 2);
  g_assert_cmpuint (g_array_index (summary->hurts, guint, 1), ==, 3);
}

/* The workshop's choice: what has votes, most voted first, cards before
 * notes at equal votes; one stage or the whole map. */
static void
test_summary_top_voted (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (20);
  PcMap *map = nth_map (document, 0);
  g_autoptr(PcRow) row = pc_row_new ("row-1");
  g_autoptr(PcNote) note = pc_note_new ("note-1");
  g_autoptr(PcNote) quiet = pc_note_new ("note-2");
  g_autoptr(GPtrArray) stage = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) two = NULL;
  g_autoptr(GPtrArray) none = NULL;

  pc_row_set_name (row, "Doing");
  g_list_store_append (pc_map_get_rows (map), row);
  pc_note_set_row_id (note, "row-1");
  pc_note_set_stage_id (note, "stage-0");
  pc_note_set_votes (note, 3);
  g_list_store_append (pc_map_get_notes (map), note);
  pc_note_set_row_id (quiet, "row-1");
  pc_note_set_stage_id (quiet, "stage-0");
  g_list_store_append (pc_map_get_notes (map), quiet);
  /* tp-0, tp-5, tp-10, tp-15 are in stage-0 */
  pc_touchpoint_set_votes (pc_map_find_touchpoint (map, "tp-10"), 3);
  pc_touchpoint_set_votes (pc_map_find_touchpoint (map, "tp-5"), 7);
  pc_touchpoint_set_votes (pc_map_find_touchpoint (map, "tp-15"), 1);
  pc_touchpoint_set_votes (pc_map_find_touchpoint (map, "tp-1"), 9);

  stage = pc_summary_top_voted (map, "stage-0", G_MAXUINT);
  g_assert_cmpuint (stage->len, ==, 4);
  g_assert_true (g_ptr_array_index (stage, 0) == pc_map_find_touchpoint (map, "tp-5"));
  g_assert_true (g_ptr_array_index (stage, 1) == pc_map_find_touchpoint (map, "tp-10"));
  g_assert_true (g_ptr_array_index (stage, 2) == (gpointer) note);
  g_assert_true (g_ptr_array_index (stage, 3) == pc_map_find_touchpoint (map, "tp-15"));

  all = pc_summary_top_voted (map, NULL, G_MAXUINT);
  g_assert_cmpuint (all->len, ==, 5);
  g_assert_true (g_ptr_array_index (all, 0) == pc_map_find_touchpoint (map, "tp-1"));
  two = pc_summary_top_voted (map, NULL, 2);
  g_assert_cmpuint (two->len, ==, 2);
  g_assert_true (g_ptr_array_index (two, 1) == pc_map_find_touchpoint (map, "tp-5"));
  none = pc_summary_top_voted (map, "stage-3", 5);
  g_assert_cmpuint (none->len, ==, 0);
}

/* Equal shares: the stage with more negative touchpoints hurts more. */
static void
test_summary_ties (void)
{
  g_autoptr(PcMap) map = pc_map_new ("m", PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(PcLane) lane = pc_lane_new ("l");
  g_autoptr(PcSummary) summary = NULL;

  add_stage (map, "s1", "One", NULL);
  add_stage (map, "s2", "Two", NULL);
  g_list_store_append (pc_map_get_lanes (map), lane);
  add_tp (map, "a", "s1", "l", "A", PC_SENTIMENT_NEGATIVE);
  add_tp (map, "b", "s1", "l", "B", PC_SENTIMENT_POSITIVE);
  add_tp (map, "c", "s2", "l", "C", PC_SENTIMENT_NEGATIVE);
  add_tp (map, "d", "s2", "l", "D", PC_SENTIMENT_NEGATIVE);
  add_tp (map, "e", "s2", "l", "E", PC_SENTIMENT_POSITIVE);
  add_tp (map, "f", "s2", "l", "F", PC_SENTIMENT_NEUTRAL);
  add_tp (map, "g", "nowhere", "l", "G", PC_SENTIMENT_NEGATIVE);

  summary = pc_summary_new (map);
  g_assert_cmpuint (pc_sentiment_counts_total (&summary->total), ==, 6);
  g_assert_cmpuint (summary->hurts->len, ==, 2);
  g_assert_cmpuint (g_array_index (summary->hurts, guint, 0), ==, 1);
  g_assert_cmpuint (g_array_index (summary->hurts, guint, 1), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map-ops/copy", test_copy);
  g_test_add_func ("/map-ops/future-state", test_future_state);
  g_test_add_func ("/map-ops/compare/known-pair", test_compare_known_pair);
  g_test_add_func ("/map-ops/compare/by-name", test_compare_by_name);
  g_test_add_func ("/map-ops/blueprint", test_blueprint);
  g_test_add_func ("/map-ops/new-maps", test_new_maps);
  g_test_add_func ("/map-ops/duplicate", test_duplicate);
  g_test_add_func ("/map-ops/day-in-the-life", test_day_in_the_life);
  g_test_add_func ("/map-ops/summary", test_summary);
  g_test_add_func ("/map-ops/summary-top-voted", test_summary_top_voted);
  g_test_add_func ("/map-ops/summary/ties", test_summary_ties);

  return g_test_run ();
}
