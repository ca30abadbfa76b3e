/* test-fragment.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "pc-fragment.h"
#include "pc-test-util.h"

static PcMap *
nth_map (PcDocument *document,
         guint       n)
{
  g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), n);
  return map;
}

static guint
n_items (GListStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

static GPtrArray *
cards (PcMap      *map,
       const char *first,
       ...)
{
  GPtrArray *found = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (const char *id = first; id != NULL; id = va_arg (args, const char *))
    {
      PcTouchpoint *tp = pc_map_find_touchpoint (map, id);

      g_assert_nonnull (tp);
      g_ptr_array_add (found, tp);
    }
  va_end (args);
  return found;
}

static char *
copy_json (PcDocument *document,
           PcMap      *map,
           GPtrArray  *chosen,
           gsize      *length)
{
  g_autoptr(PcDocument) fragment = pc_fragment_new (document, map, chosen);

  return pc_fragment_to_json (fragment, length);
}

static const char *
stage_name (PcMap        *map,
            PcTouchpoint *tp)
{
  return pc_stage_get_name (pc_map_find_stage (map, pc_touchpoint_get_stage_id (tp)));
}

static const char *
lane_name (PcMap        *map,
           PcTouchpoint *tp)
{
  return pc_lane_get_name (pc_map_find_lane (map, pc_touchpoint_get_lane_id (tp)));
}

/* Two cards a stage and a lane apart, linked by a connector, pasted into
 * another document: they keep their distance and their link. */
static void
test_paste_between_documents (void)
{
  g_autoptr(PcDocument) source = pc_test_load_example ();
  g_autoptr(PcDocument) target = pc_test_make_document (10);
  g_autoptr(PcHistory) history = pc_history_new ();
  g_autoptr(GPtrArray) chosen = NULL;
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  PcMap *map = nth_map (source, 0);
  PcMap *into = nth_map (target, 0);
  guint before = n_items (pc_map_get_touchpoints (into));
  guint links = n_items (pc_map_get_connectors (into));
  gsize length;
  PcTouchpoint *a, *b;

  /* Awareness / Claire and Appeal / Claire, linked by conn-1. */
  pc_touchpoint_set_pain_points (pc_map_find_touchpoint (map, "tp-friend"), "Hard to find");
  chosen = cards (map, "tp-friend", "tp-site", NULL);
  json = copy_json (source, map, chosen, &length);

  pasted = pc_fragment_paste (into, history, json, length, "stage-2", "lane-0", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pasted->len, ==, 2);
  g_assert_cmpuint (n_items (pc_map_get_touchpoints (into)), ==, before + 2);
  a = g_ptr_array_index (pasted, 0);
  b = g_ptr_array_index (pasted, 1);
  g_assert_cmpstr (pc_touchpoint_get_title (a), ==, "Hears about us from a friend");
  g_assert_cmpstr (pc_touchpoint_get_pain_points (a), ==, "Hard to find");
  g_assert_cmpstr (pc_touchpoint_get_stage_id (a), ==, "stage-2");
  g_assert_cmpstr (pc_touchpoint_get_stage_id (b), ==, "stage-3");
  g_assert_cmpstr (pc_touchpoint_get_lane_id (a), ==, "lane-0");
  g_assert_cmpstr (pc_touchpoint_get_lane_id (b), ==, "lane-0");
  g_assert_cmpstr (pc_entity_get_id (PC_ENTITY (a)), !=, "tp-friend");
  g_assert_nonnull (pc_map_find_touchpoint (into, pc_entity_get_id (PC_ENTITY (a))));

  /* The connector between them came along; the others did not. */
  g_assert_cmpuint (n_items (pc_map_get_connectors (into)), ==, links + 1);
  {
    g_autoptr(PcConnector) link = g_list_model_get_item (G_LIST_MODEL (pc_map_get_connectors (into)), links);

    g_assert_cmpstr (pc_connector_get_from_id (link), ==, pc_entity_get_id (PC_ENTITY (a)));
    g_assert_cmpstr (pc_connector_get_to_id (link), ==, pc_entity_get_id (PC_ENTITY (b)));
  }

  /* One undo step. */
  g_assert_cmpuint (pc_history_get_undo_depth (history), ==, 1);
  g_assert_true (pc_history_undo (history));
  g_assert_cmpuint (n_items (pc_map_get_touchpoints (into)), ==, before);
  g_assert_cmpuint (n_items (pc_map_get_connectors (into)), ==, links);
}

/* Cards that would fall outside the map stay in its last stage and lane;
 * pasting twice gives new ids each time. */
static void
test_paste_clamped (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(GPtrArray) chosen = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  PcMap *map = nth_map (document, 0);
  gsize length;

  chosen = cards (map, "tp-friend", "tp-recommend", NULL);   /* Awareness/Claire … Advocacy/Hugo */
  json = copy_json (document, map, chosen, &length);
  first = pc_fragment_paste (map, NULL, json, length, "stage-act", "lane-hugo", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stage_name (map, g_ptr_array_index (first, 0)), ==, "Act");
  g_assert_cmpstr (lane_name (map, g_ptr_array_index (first, 0)), ==, "Hugo");
  g_assert_cmpstr (stage_name (map, g_ptr_array_index (first, 1)), ==, "Advocacy");
  g_assert_cmpstr (lane_name (map, g_ptr_array_index (first, 1)), ==, "Hugo");

  second = pc_fragment_paste (map, NULL, json, length, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pc_entity_get_id (g_ptr_array_index (first, 0)), !=,
                   pc_entity_get_id (g_ptr_array_index (second, 0)));
  g_assert_cmpstr (stage_name (map, g_ptr_array_index (second, 0)), ==, "Awareness");
}

static void
test_fragment_is_a_document (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(GPtrArray) chosen = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-fragment-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "fragment.parcours", NULL);
  PcMap *map = nth_map (document, 0);
  gsize length;

  chosen = cards (map, "tp-chat", "tp-order", NULL);
  json = copy_json (document, map, chosen, &length);
  g_assert_true (g_file_set_contents (path, json, length, &error));
  pc_test_assert_schema_valid (path);
  /* Stages Ask to Act, both lanes, both personas; no connector. */
  g_assert_nonnull (strstr (json, "\"stage-ask\""));
  g_assert_nonnull (strstr (json, "\"stage-act\""));
  g_assert_null (strstr (json, "\"stage-appeal\""));
  g_assert_nonnull (strstr (json, "\"persona-hugo\""));
  g_assert_null (strstr (json, "\"conn-"));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_text (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(PcDocument) fragment = NULL;
  g_autoptr(GPtrArray) chosen = NULL;
  g_autofree char *text = NULL;
  PcMap *map = nth_map (document, 0);
  gsize length;

  pc_touchpoint_set_title (pc_map_find_touchpoint (map, "tp-ad"), "Sees an \"ad\"\tonline");
  chosen = cards (map, "tp-friend", "tp-ad", NULL);
  fragment = pc_fragment_new (document, map, chosen);
  text = pc_fragment_to_text (fragment, &length);
  g_assert_cmpuint (length, ==, strlen (text));
  g_assert_cmpstr (text, ==,
                   "Hears about us from a friend\tAwareness\tClaire\tpositive\n"
                   "\"Sees an \"\"ad\"\"\tonline\"\tAwareness\tHugo\tneutral\n");
}

static void
test_moments (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(GPtrArray) chosen = NULL;
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  PcMap *map = nth_map (document, 0);
  const char *ids[] = { "tp-chat", "tp-quote" };
  const char *moments[2];
  gsize length;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(JsonObject) extras = json_object_new ();

      json_object_set_string_member (extras, "moment", "moment-one");
      pc_entity_set_extras (PC_ENTITY (pc_map_find_touchpoint (map, ids[i])), extras);
    }
  chosen = cards (map, "tp-chat", "tp-quote", NULL);
  json = copy_json (document, map, chosen, &length);
  pasted = pc_fragment_paste (map, NULL, json, length, NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    moments[i] = json_object_get_string_member (pc_entity_get_extras (g_ptr_array_index (pasted, i)),
                                                "moment");
  g_assert_cmpstr (moments[0], ==, moments[1]);
  g_assert_cmpstr (moments[0], !=, "moment-one");
}

static void
test_bad_paste (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(PcDocument) empty = pc_document_new ();
  g_autoptr(PcMap) bare = pc_map_new ("bare", PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GPtrArray) chosen = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *nothing = NULL;
  g_autofree char *json = NULL;
  PcMap *map = nth_map (document, 0);
  guint before = n_items (pc_map_get_touchpoints (map));
  gsize length;

  g_assert_null (pc_fragment_paste (map, NULL, "{ not json", 10, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_null (pc_fragment_paste (map, NULL, "\0\1\2", 3, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  nothing = copy_json (document, map, none, &length);
  g_assert_null (pc_fragment_paste (map, NULL, nothing, length, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);

  chosen = cards (map, "tp-chat", NULL);
  json = copy_json (document, map, chosen, &length);
  g_list_store_append (pc_document_get_maps (empty), bare);
  g_assert_null (pc_fragment_paste (bare, NULL, json, length, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_cmpuint (n_items (pc_map_get_touchpoints (map)), ==, before);
}

static void
test_paste_rows (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(PcHistory) history = pc_history_new ();
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(GPtrArray) named = NULL;
  g_autoptr(GError) error = NULL;
  PcMap *map = nth_map (document, 0);
  guint before = n_items (pc_map_get_touchpoints (map));
  const char *rows =
    "Reads the reviews\n"
    "Compares prices\tAppeal\thugo\tnegative\r\n"
    "\"Waits\tfor the\n\"\"quote\"\"\"\tNo such stage\tNobody\t+\n"
    "\n"
    "\tAsk\n";
  PcTouchpoint *tp;

  /* Title, stage, lane, sentiment; a stage or lane the map does not have
   * is the focused cell's. */
  pasted = pc_fragment_paste_rows (document, map, history, rows, strlen (rows),
                                   "stage-ask", "lane-claire", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pasted->len, ==, 3);
  tp = g_ptr_array_index (pasted, 0);
  g_assert_cmpstr (pc_touchpoint_get_title (tp), ==, "Reads the reviews");
  g_assert_cmpstr (stage_name (map, tp), ==, "Ask");
  g_assert_cmpstr (lane_name (map, tp), ==, "Claire");
  g_assert_cmpint (pc_touchpoint_get_sentiment (tp), ==, PC_SENTIMENT_NEUTRAL);
  tp = g_ptr_array_index (pasted, 1);
  g_assert_cmpstr (stage_name (map, tp), ==, "Appeal");
  g_assert_cmpstr (lane_name (map, tp), ==, "Hugo");
  g_assert_cmpint (pc_touchpoint_get_sentiment (tp), ==, PC_SENTIMENT_NEGATIVE);
  tp = g_ptr_array_index (pasted, 2);
  g_assert_cmpstr (pc_touchpoint_get_title (tp), ==, "Waits\tfor the\n\"quote\"");
  g_assert_cmpstr (stage_name (map, tp), ==, "Ask");
  g_assert_cmpint (pc_touchpoint_get_sentiment (tp), ==, PC_SENTIMENT_POSITIVE);
  g_assert_cmpuint (n_items (pc_map_get_touchpoints (map)), ==, before + 3);

  /* One undo step. */
  g_assert_cmpuint (pc_history_get_undo_depth (history), ==, 1);
  g_assert_true (pc_history_undo (history));
  g_assert_cmpuint (n_items (pc_map_get_touchpoints (map)), ==, before);

  /* A first row may name the columns, in English or French. */
  {
    const char *header = "Sentiment\tTitre\tÉtape\npositif\tPays\tact\n";

    named = pc_fragment_paste_rows (document, map, NULL, header, strlen (header),
                                    "stage-ask", "lane-claire", &error);
  }
  g_assert_no_error (error);
  g_assert_cmpuint (named->len, ==, 1);
  g_assert_cmpstr (pc_touchpoint_get_title (g_ptr_array_index (named, 0)), ==, "Pays");
  g_assert_cmpstr (stage_name (map, g_ptr_array_index (named, 0)), ==, "Act");
  g_assert_cmpint (pc_touchpoint_get_sentiment (g_ptr_array_index (named, 0)), ==, PC_SENTIMENT_POSITIVE);
}

/* What Parcours puts on the clipboard as text pastes back the same. */
static void
test_text_round_trip (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(PcDocument) fragment = NULL;
  g_autoptr(GPtrArray) chosen = NULL;
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  PcMap *map = nth_map (document, 0);
  gsize length;

  pc_touchpoint_set_title (pc_map_find_touchpoint (map, "tp-call"), "Calls\tback, \"soon\"\nmaybe");
  chosen = cards (map, "tp-friend", "tp-call", "tp-review", NULL);
  fragment = pc_fragment_new (document, map, chosen);
  text = pc_fragment_to_text (fragment, &length);
  pasted = pc_fragment_paste_rows (document, map, NULL, text, length, "stage-act", "lane-hugo", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pasted->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      PcTouchpoint *a = g_ptr_array_index (chosen, i);
      PcTouchpoint *b = g_ptr_array_index (pasted, i);

      g_assert_cmpstr (pc_touchpoint_get_title (a), ==, pc_touchpoint_get_title (b));
      g_assert_cmpstr (pc_touchpoint_get_stage_id (a), ==, pc_touchpoint_get_stage_id (b));
      g_assert_cmpstr (pc_touchpoint_get_lane_id (a), ==, pc_touchpoint_get_lane_id (b));
      g_assert_cmpint (pc_touchpoint_get_sentiment (a), ==, pc_touchpoint_get_sentiment (b));
    }
}

static void
test_bad_rows (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(GError) error = NULL;
  GString *many = g_string_new (NULL);
  PcMap *map = nth_map (document, 0);
  guint before = n_items (pc_map_get_touchpoints (map));

  g_assert_null (pc_fragment_paste_rows (document, map, NULL, "\t\t\n\n", 4, "stage-ask", "lane-claire", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_assert_null (pc_fragment_paste_rows (document, map, NULL, "a\xff\n", 3, "stage-ask", "lane-claire", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_assert_null (pc_fragment_paste_rows (document, map, NULL, "a", 1, "nowhere", "lane-claire", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  for (int i = 0; i <= PC_FRAGMENT_MAX_ROWS; i++)
    g_string_append (many, "card\n");
  g_assert_null (pc_fragment_paste_rows (document, map, NULL, many->str, many->len, "stage-ask", "lane-claire", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_string_free (many, TRUE);
  g_assert_cmpuint (n_items (pc_map_get_touchpoints (map)), ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fragment/paste-between-documents", test_paste_between_documents);
  g_test_add_func ("/fragment/paste-clamped", test_paste_clamped);
  g_test_add_func ("/fragment/is-a-document", test_fragment_is_a_document);
  g_test_add_func ("/fragment/text", test_text);
  g_test_add_func ("/fragment/moments", test_moments);
  g_test_add_func ("/fragment/bad-paste", test_bad_paste);
  g_test_add_func ("/fragment/paste-rows", test_paste_rows);
  g_test_add_func ("/fragment/text-round-trip", test_text_round_trip);
  g_test_add_func ("/fragment/bad-rows", test_bad_rows);

  return g_test_run ();
}
