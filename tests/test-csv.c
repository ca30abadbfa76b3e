/* test-csv.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "pc-csv.h"
#include "pc-file.h"
#include "pc-format.h"
#include "pc-test-util.h"

/* A document with the personas Claire and Hugo and one empty map. */
static PcDocument *
make_empty_document (PcMapKind kind)
{
  PcDocument *document = pc_document_new ();
  g_autoptr(PcMap) map = pc_map_new ("map-1", kind);
  const char *names[] = { "Claire", "Hugo" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *id = g_strdup_printf ("persona-%s", names[i]);
      g_autoptr(PcPersona) persona = pc_persona_new (id);

      pc_persona_set_name (persona, names[i]);
      g_list_store_append (pc_document_get_personas (document), persona);
    }
  pc_map_set_name (map, "Imported");
  g_list_store_append (pc_document_get_maps (document), map);
  return document;
}

static PcMap *
first_map (PcDocument *document)
{
  g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);
  return map;
}

static char *
read_fixture (const char *name,
              gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "csv", name, NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_file_get_contents (path, &data, length, &error);
  g_assert_no_error (error);
  return data;
}

static int
import_fixture (const char *name,
                PcDocument *document,
                PcMap      *map,
                GPtrArray  *warnings,
                GError    **error)
{
  gsize length = 0;
  g_autofree char *data = read_fixture (name, &length);

  return pc_csv_import (data, length, document, map, NULL, warnings, error);
}

static PcTouchpoint *
find_by_title (PcMap      *map,
               const char *title)
{
  GListModel *tps = G_LIST_MODEL (pc_map_get_touchpoints (map));

  for (guint i = 0; i < g_list_model_get_n_items (tps); i++)
    {
      g_autoptr(PcTouchpoint) tp = g_list_model_get_item (tps, i);

      if (g_strcmp0 (pc_touchpoint_get_title (tp), title) == 0)
        return tp;
    }
  g_error ("no touchpoint titled “%s”", title);
  return NULL;
}

static const char *
stage_name (PcMap        *map,
            PcTouchpoint *tp)
{
  return pc_stage_get_name (pc_map_find_stage (map, pc_touchpoint_get_stage_id (tp)));
}

static PcLane *
lane_of (PcMap        *map,
         PcTouchpoint *tp)
{
  return pc_map_find_lane (map, pc_touchpoint_get_lane_id (tp));
}

static const char *
item_name (GListStore *store,
           guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), position);

  g_assert_nonnull (item);
  if (PC_IS_STAGE (item))
    return pc_stage_get_name (PC_STAGE (item));
  return pc_lane_get_name (PC_LANE (item));
}

static gboolean
warnings_mention (GPtrArray  *warnings,
                  const char *needle)
{
  for (guint i = 0; i < warnings->len; i++)
    if (strstr (g_ptr_array_index (warnings, i), needle))
      return TRUE;
  return FALSE;
}

static void
test_quoting (void)
{
  g_autoptr(PcDocument) document = make_empty_document (PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  PcMap *map = first_map (document);
  PcTouchpoint *tp;
  PcLane *lane;

  g_assert_cmpint (import_fixture ("quoting.csv", document, map, warnings, &error), ==, 3);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);

  tp = find_by_title (map, "Sees an ad, then clicks");
  g_assert_cmpstr (pc_touchpoint_get_action (tp), ==, "She said \"wow\"");
  g_assert_cmpstr (pc_touchpoint_get_emotions (tp), ==, "Line one\nline two");
  g_assert_cmpint (pc_touchpoint_get_sentiment (tp), ==, PC_SENTIMENT_POSITIVE);
  g_assert_cmpint (pc_touchpoint_get_channel (tp), ==, PC_CHANNEL_SOCIAL);
  g_assert_cmpstr (stage_name (map, tp), ==, "Awareness");

  tp = find_by_title (map, "Plain title");
  g_assert_cmpint (pc_touchpoint_get_sentiment (tp), ==, PC_SENTIMENT_NEGATIVE);
  g_assert_cmpint (pc_touchpoint_get_channel (tp), ==, PC_CHANNEL_EMAIL);

  tp = find_by_title (map, "\"Quoted\"");
  g_assert_cmpstr (pc_touchpoint_get_action (tp), ==, "a,b,c");
  g_assert_cmpint (pc_touchpoint_get_sentiment (tp), ==, PC_SENTIMENT_NEUTRAL);
  g_assert_cmpint (pc_touchpoint_get_channel (tp), ==, PC_CHANNEL_NONE);
  g_assert_cmpstr (stage_name (map, tp), ==, "Ask");

  /* Stages and lanes in order of first appearance; persona names become
   * persona lanes. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_stages (map))), ==, 2);
  g_assert_cmpstr (item_name (pc_map_get_stages (map), 0), ==, "Awareness");
  g_assert_cmpstr (item_name (pc_map_get_stages (map), 1), ==, "Ask");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_lanes (map))), ==, 2);
  lane = lane_of (map, tp);
  g_assert_cmpstr (pc_lane_get_name (lane), ==, "Hugo");
  g_assert_cmpint (pc_lane_get_kind (lane), ==, PC_LANE_KIND_PERSONA);
  g_assert_cmpstr (pc_lane_get_persona_id (lane), ==, "persona-Hugo");
}

static void
test_french_semicolons_bom (void)
{
  g_autoptr(PcDocument) document = make_empty_document (PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  PcMap *map = first_map (document);
  PcTouchpoint *tp;

  g_assert_cmpint (import_fixture ("french-semicolon.csv", document, map, warnings, &error), ==, 3);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);

  /* The BOM is not part of the first header name nor of any value. */
  g_assert_cmpstr (item_name (pc_map_get_stages (map), 0), ==, "Notoriété");
  g_assert_cmpstr (item_name (pc_map_get_stages (map), 1), ==, "Décision");

  tp = find_by_title (map, "Entend parler de nous");
  g_assert_cmpint (pc_touchpoint_get_sentiment (tp), ==, PC_SENTIMENT_POSITIVE);
  g_assert_cmpint (pc_touchpoint_get_channel (tp), ==, PC_CHANNEL_WORD_OF_MOUTH);
  g_assert_cmpstr (pc_touchpoint_get_emotions (tp), ==, "Rassurée");
  g_assert_cmpstr (pc_lane_get_persona_id (lane_of (map, tp)), ==, "persona-Claire");

  tp = find_by_title (map, "Compare les prix, les délais");
  g_assert_cmpint (pc_touchpoint_get_sentiment (tp), ==, PC_SENTIMENT_NEGATIVE);
  g_assert_cmpint (pc_touchpoint_get_channel (tp), ==, PC_CHANNEL_WEBSITE);
  g_assert_cmpstr (pc_touchpoint_get_pain_points (tp), ==, "Frais de port cachés");
  g_assert_cmpstr (pc_touchpoint_get_opportunity (tp), ==, "Afficher les frais");
  g_assert_cmpstr (pc_touchpoint_get_owner (tp), ==, "Marketing");
  g_assert_cmpstr (pc_touchpoint_get_metric (tp), ==, "Taux de conversion");
  g_assert_cmpstr (pc_touchpoint_get_time (tp), ==, "09:30");

  tp = find_by_title (map, "Appelle le support");
  g_assert_cmpint (pc_touchpoint_get_sentiment (tp), ==, PC_SENTIMENT_NEUTRAL);
  g_assert_cmpint (pc_touchpoint_get_channel (tp), ==, PC_CHANNEL_PHONE);
  g_assert_cmpstr (pc_touchpoint_get_time (tp), ==, "14:05");
}

static void
test_reordered_headers_unknown_column (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  PcMap *map = first_map (document);
  guint n_stages = g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_stages (map)));
  guint n_lanes = g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_lanes (map)));
  PcTouchpoint *tp;

  g_assert_cmpint (import_fixture ("reordered.csv", document, map, warnings, &error), ==, 2);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_true (warnings_mention (warnings, "Priority"));
  g_assert_true (warnings_mention (warnings, "Line 1"));

  tp = find_by_title (map, "Abandons the cart");
  g_assert_cmpint (pc_touchpoint_get_sentiment (tp), ==, PC_SENTIMENT_NEGATIVE);
  g_assert_cmpstr (pc_touchpoint_get_pain_points (tp), ==, "Shipping costs");
  g_assert_cmpstr (pc_touchpoint_get_owner (tp), ==, "Sales");
  g_assert_false (pc_touchpoint_get_involves_brand (tp));
  /* Existing stages and persona lanes are reused, not duplicated. */
  g_assert_cmpstr (pc_touchpoint_get_stage_id (tp), ==, "stage-act");
  g_assert_cmpstr (pc_touchpoint_get_lane_id (tp), ==, "lane-claire");
  tp = find_by_title (map, "Gets a thank-you email");
  g_assert_true (pc_touchpoint_get_involves_brand (tp));
  g_assert_cmpint (pc_touchpoint_get_sentiment (tp), ==, PC_SENTIMENT_POSITIVE);
  g_assert_cmpstr (pc_touchpoint_get_lane_id (tp), ==, "lane-hugo");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_stages (map))), ==, n_stages);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_lanes (map))), ==, n_lanes);
}

static void
test_bad_rows (void)
{
  g_autoptr(PcDocument) document = make_empty_document (PC_MAP_KIND_DAY_IN_THE_LIFE);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  PcMap *map = first_map (document);

  g_assert_cmpint (import_fixture ("bad-rows.csv", document, map, warnings, &error), ==, 3);
  g_assert_no_error (error);
  find_by_title (map, "First good row");
  find_by_title (map, "A title\nover two lines");
  g_assert_cmpstr (pc_touchpoint_get_time (find_by_title (map, "Last good row")), ==, "08:15");

  /* Line numbers are physical lines: the two-line title pushes them down. */
  g_assert_cmpuint (warnings->len, ==, 3);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "Line 5"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), "Line 6"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), "happy"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 2), "Line 7"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 2), "25:99"));
}

static void
assert_import_fails (const char *data,
                     gssize      length,
                     int         code,
                     const char *message_part)
{
  g_autoptr(PcDocument) document = make_empty_document (PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = pc_format_save_data (document, NULL);
  g_autofree char *after = NULL;

  if (length < 0)
    length = strlen (data);
  g_assert_cmpint (pc_csv_import (data, length, document, first_map (document), NULL,
                                  warnings, &error), ==, -1);
  g_assert_error (error, PC_CSV_ERROR, code);
  if (message_part)
    g_assert_nonnull (strstr (error->message, message_part));
  after = pc_format_save_data (document, NULL);
  g_assert_cmpstr (before, ==, after);
}

static void
test_errors (void)
{
  gsize length = 0;
  g_autofree char *latin1 = read_fixture ("latin1.csv", &length);
  g_autofree char *wide = NULL;
  g_autofree char *huge_field = NULL;
  GString *columns = g_string_new ("title");

  assert_import_fails (latin1, length, PC_CSV_ERROR_ENCODING, "Line 3");
  assert_import_fails ("\xff\xfet\0i\0t\0l\0e\0", 12, PC_CSV_ERROR_ENCODING, "UTF-16");
  assert_import_fails ("", 0, PC_CSV_ERROR_NO_HEADER, NULL);
  assert_import_fails ("\n\n", -1, PC_CSV_ERROR_NO_HEADER, NULL);
  assert_import_fails ("name,age\nClaire,38\n", -1, PC_CSV_ERROR_NO_HEADER, "Line 1");
  assert_import_fails ("title,sentiment\n,positive\nA,sad\n", -1, PC_CSV_ERROR_NO_ROWS, NULL);

  for (guint i = 0; i < 80; i++)
    g_string_append_printf (columns, ",extra%u", i);
  wide = g_string_free (columns, FALSE);
  assert_import_fails (wide, -1, PC_CSV_ERROR_TOO_LARGE, "Line 1");

  huge_field = g_strnfill (300 * 1024, 'x');
  {
    g_autofree char *data = g_strconcat ("title\nfine\n\"", huge_field, "\"\n", NULL);
    assert_import_fails (data, -1, PC_CSV_ERROR_TOO_LARGE, "Line 3");
  }
}

static void
test_unclosed_quote (void)
{
  g_autoptr(PcDocument) document = make_empty_document (PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *data = "title,lane\nGood one,Claire\n\"Never closed,Hugo\nmore\n";

  g_assert_cmpint (pc_csv_import (data, strlen (data), document, first_map (document), NULL,
                                  warnings, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_true (warnings_mention (warnings, "Line 3"));
  find_by_title (first_map (document), "Good one");
}

static void
test_blueprint_lanes (void)
{
  g_autoptr(PcDocument) document = make_empty_document (PC_MAP_KIND_SERVICE_BLUEPRINT);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  PcMap *map = first_map (document);
  const PcLaneKind kinds[] = { PC_LANE_KIND_EVIDENCE, PC_LANE_KIND_CUSTOMER,
                               PC_LANE_KIND_FRONTSTAGE, PC_LANE_KIND_BACKSTAGE,
                               PC_LANE_KIND_SUPPORT };
  const char *names[] = { "Physical evidence", "Customer actions", "Frontstage",
                          "Backstage", "Support processes" };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(PcLane) lane = pc_lane_new (NULL);

      pc_lane_set_kind (lane, kinds[i]);
      pc_lane_set_name (lane, names[i]);
      g_list_store_append (pc_map_get_lanes (map), lane);
    }

  g_assert_cmpint (import_fixture ("blueprint.csv", document, map, warnings, &error), ==, 5);
  g_assert_no_error (error);
  g_assert_cmpint (pc_lane_get_kind (lane_of (map, find_by_title (map, "Menu on the table"))), ==,
                   PC_LANE_KIND_EVIDENCE);
  g_assert_cmpint (pc_lane_get_kind (lane_of (map, find_by_title (map, "Waiter takes the order"))), ==,
                   PC_LANE_KIND_FRONTSTAGE);
  /* French layer names find the existing layers. */
  g_assert_cmpstr (pc_lane_get_name (lane_of (map, find_by_title (map, "Order sent to the kitchen"))), ==,
                   "Backstage");
  g_assert_cmpstr (pc_lane_get_name (lane_of (map, find_by_title (map, "Chefs cook"))), ==,
                   "Support processes");
  /* Anything else becomes a new free lane at the bottom. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_lanes (map))), ==, 6);
  g_assert_cmpstr (item_name (pc_map_get_lanes (map), 5), ==, "Guest notes");
  g_assert_cmpint (pc_lane_get_kind (lane_of (map, find_by_title (map, "Asks for the bill"))), ==,
                   PC_LANE_KIND_FREE);
}

/* One line per touchpoint with every field the CSV carries. */
static char *
describe (PcMap        *map,
          PcTouchpoint *tp)
{
  PcLane *lane = lane_of (map, tp);

  return g_strdup_printf ("%s|%s|%s|%s|%d|%d|%d|%s|%s|%s|%s|%s|%s|%s|%s|%s",
                          stage_name (map, tp), pc_lane_get_name (lane),
                          pc_lane_get_persona_id (lane) ? pc_lane_get_persona_id (lane) : "",
                          pc_touchpoint_get_title (tp),
                          pc_touchpoint_get_sentiment (tp), pc_touchpoint_get_channel (tp),
                          pc_touchpoint_get_involves_brand (tp),
                          pc_touchpoint_get_action (tp) ? pc_touchpoint_get_action (tp) : "",
                          pc_touchpoint_get_emotions (tp) ? pc_touchpoint_get_emotions (tp) : "",
                          pc_touchpoint_get_pain_points (tp) ? pc_touchpoint_get_pain_points (tp) : "",
                          pc_touchpoint_get_opportunity (tp) ? pc_touchpoint_get_opportunity (tp) : "",
                          pc_touchpoint_get_owner (tp) ? pc_touchpoint_get_owner (tp) : "",
                          pc_touchpoint_get_metric (tp) ? pc_touchpoint_get_metric (tp) : "",
                          pc_touchpoint_get_time (tp) ? pc_touchpoint_get_time (tp) : "",
                          pc_touchpoint_get_response (tp) ? pc_touchpoint_get_response (tp) : "",
                          pc_touchpoint_get_objective (tp) ? pc_touchpoint_get_objective (tp) : "");
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The touchpoints of each cell, in order, described: equal when the two
 * maps hold the same touchpoints in the same stages, lanes and order. */
static char *
describe_cells (PcMap *map)
{
  GListModel *stages = G_LIST_MODEL (pc_map_get_stages (map));
  GListModel *lanes = G_LIST_MODEL (pc_map_get_lanes (map));
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  guint total = 0;

  for (guint s = 0; s < g_list_model_get_n_items (stages); s++)
    for (guint l = 0; l < g_list_model_get_n_items (lanes); l++)
      {
        g_autoptr(PcStage) stage = g_list_model_get_item (stages, s);
        g_autoptr(PcLane) lane = g_list_model_get_item (lanes, l);
        g_autoptr(GPtrArray) cell = pc_map_get_cell (map, pc_entity_get_id (PC_ENTITY (stage)),
                                                     pc_entity_get_id (PC_ENTITY (lane)));
        GString *text;

        if (cell->len == 0)
          continue;
        text = g_string_new (NULL);
        for (guint i = 0; i < cell->len; i++)
          {
            g_autofree char *line = describe (map, g_ptr_array_index (cell, i));
            g_string_append_printf (text, "%s\n", line);
          }
        total += cell->len;
        g_ptr_array_add (cells, g_string_free (text, FALSE));
      }

  g_assert_cmpuint (total, ==, g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (map))));
  g_ptr_array_sort (cells, compare_strings);
  g_ptr_array_add (cells, NULL);
  return g_strjoinv ("--\n", (char **) cells->pdata);
}

/* Exports @map, imports it into a new map of the same document, and checks
 * the touchpoints (and that the notes came too), then that exporting the
 * copy gives the same bytes. */
static void
assert_round_trip (PcDocument *document,
                   PcMap      *map,
                   char        separator)
{
  g_autoptr(PcMap) copy = pc_map_new (NULL, pc_map_get_kind (map));
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *csv_again = NULL;
  g_autofree char *original = NULL;
  g_autofree char *imported = NULL;
  gsize length = 0, length_again = 0;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (map)))
            + g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_notes (map)));

  csv = pc_csv_export (document, map, separator, &length);
  g_assert_cmpuint (length, ==, strlen (csv));
  g_list_store_append (pc_document_get_maps (document), copy);

  g_assert_cmpint (pc_csv_import (csv, length, document, copy, NULL, warnings, &error), ==, n);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);

  original = describe_cells (map);
  imported = describe_cells (copy);
  g_assert_cmpstr (original, ==, imported);

  csv_again = pc_csv_export (document, copy, separator, &length_again);
  g_assert_cmpstr (csv, ==, csv_again);

  {
    guint position = 0;

    g_assert_true (pc_list_find (G_LIST_MODEL (pc_document_get_maps (document)), copy, &position));
    g_list_store_remove (pc_document_get_maps (document), position);
  }
}

static void
test_export_header (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autofree char *csv = pc_csv_export (document, first_map (document), ';', NULL);

  g_assert_true (g_str_has_prefix (csv, "stage;lane;title;sentiment;channel;action;emotion;"
                                        "pain_points;opportunity;owner;metric;time"));
  g_assert_true (g_str_has_suffix (csv, "\r\n"));
  g_assert_nonnull (strstr (csv, "\r\nAwareness;Claire;Hears about us from a friend;positive;word-of-mouth;"));
  /* The header, 14 touchpoints and 8 notes, no bare LF (no field has a
   * line break). */
  {
    g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);
    g_assert_cmpuint (g_strv_length (lines), ==, 1 + 14 + 8 + 1);
    for (const char *p = strchr (csv, '\n'); p; p = strchr (p + 1, '\n'))
      g_assert_cmpint (p[-1], ==, '\r');
  }
}

/* The columns of format version 2 go out when a touchpoint uses them (a
 * map that does not exports as before), and come back in, in English or
 * French, with a warning for a value that does not read. */
static void
test_v2_columns (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  PcMap *map = first_map (document);
  PcTouchpoint *tp = find_by_title (map, "Hears about us from a friend");
  g_autofree char *before = NULL;
  g_autofree char *csv = NULL;

  /* The example uses version 2: take it back to what version 1 could say
   * (thoughts stay: they are a column of their own). */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (map))); i++)
    {
      g_autoptr(PcTouchpoint) each = g_list_model_get_item (G_LIST_MODEL (pc_map_get_touchpoints (map)), i);

      pc_touchpoint_set_strength (each, PC_STRENGTH_UNSET);
      pc_touchpoint_set_fail_point (each, FALSE);
      pc_touchpoint_set_waiting_point (each, FALSE);
      pc_touchpoint_set_evidence (each, PC_EVIDENCE_UNSET);
      pc_touchpoint_set_votes (each, 0);
    }
  g_list_store_remove_all (pc_map_get_notes (map));
  before = pc_csv_export (document, map, ',', NULL);
  g_assert_null (strstr (before, "strength"));
  g_assert_null (strstr (before, "votes"));
  pc_touchpoint_set_strength (tp, PC_STRENGTH_STRONG);
  pc_touchpoint_set_fail_point (tp, TRUE);
  pc_touchpoint_set_evidence (tp, PC_EVIDENCE_SOME_RESEARCH);
  pc_touchpoint_set_votes (tp, 12);
  csv = pc_csv_export (document, map, ',', NULL);
  g_assert_nonnull (strstr (csv, ",involves_brand,thoughts,strength,fail_point,evidence,votes\r\n"));
  g_assert_nonnull (strstr (csv, ",strong,yes,some-research,12\r\n"));
  g_assert_nonnull (strstr (csv, ",,no,,0\r\n"));

  /* and back into an empty map */
  {
    g_autoptr(PcDocument) fresh = make_empty_document (PC_MAP_KIND_CURRENT_STATE);
    g_autoptr(GError) error = NULL;
    PcTouchpoint *back;

    g_assert_cmpint (pc_csv_import (csv, strlen (csv), fresh, first_map (fresh), NULL, NULL, &error), ==, 14);
    g_assert_no_error (error);
    back = find_by_title (first_map (fresh), "Hears about us from a friend");
    g_assert_cmpint (pc_touchpoint_get_strength (back), ==, PC_STRENGTH_STRONG);
    g_assert_true (pc_touchpoint_get_fail_point (back));
    g_assert_false (pc_touchpoint_get_waiting_point (back));
    g_assert_cmpint (pc_touchpoint_get_evidence (back), ==, PC_EVIDENCE_SOME_RESEARCH);
    g_assert_cmpuint (pc_touchpoint_get_votes (back), ==, 12);
  }

  /* French names and words; values that do not read */
  {
    static const char *input =
      "titre;étape;sentiment;intensité;point de rupture;point d’attente;preuve;votes\r\n"
      "Appelle;Achat;négatif;forte;oui;non;hypothèse;4\r\n"
      "Attend;Achat;négatif;extrême;peut-être;oui;certaine;1000\r\n";
    g_autoptr(PcDocument) fresh = make_empty_document (PC_MAP_KIND_CURRENT_STATE);
    g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GError) error = NULL;
    PcTouchpoint *calls, *waits;

    g_assert_cmpint (pc_csv_import (input, strlen (input), fresh, first_map (fresh), NULL, warnings, &error), ==, 2);
    g_assert_no_error (error);
    calls = find_by_title (first_map (fresh), "Appelle");
    g_assert_cmpint (pc_touchpoint_get_score (calls), ==, -2);
    g_assert_true (pc_touchpoint_get_fail_point (calls));
    g_assert_false (pc_touchpoint_get_waiting_point (calls));
    g_assert_cmpint (pc_touchpoint_get_evidence (calls), ==, PC_EVIDENCE_ASSUMPTION);
    g_assert_cmpuint (pc_touchpoint_get_votes (calls), ==, 4);
    waits = find_by_title (first_map (fresh), "Attend");
    g_assert_cmpint (pc_touchpoint_get_strength (waits), ==, PC_STRENGTH_UNSET);
    g_assert_false (pc_touchpoint_get_fail_point (waits));
    g_assert_true (pc_touchpoint_get_waiting_point (waits));
    g_assert_cmpint (pc_touchpoint_get_evidence (waits), ==, PC_EVIDENCE_UNSET);
    g_assert_cmpuint (pc_touchpoint_get_votes (waits), ==, 0);
    g_assert_cmpuint (warnings->len, ==, 4);
    g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "“extrême” is not a strength"));
    g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), "not to be a fail point"));
    g_assert_nonnull (strstr (g_ptr_array_index (warnings, 2), "“certaine” is not an evidence level"));
    g_assert_nonnull (strstr (g_ptr_array_index (warnings, 3), "“1000” is not a number of votes"));
  }
}

/* Notes travel as lines with a "row" column; a spreadsheet round trip
 * keeps the rows, their notes in each cell and their order, and a row
 * named after a kind gets that kind. */
static void
test_notes_round_trip (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "v2", "every-member.parcours", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) document = pc_file_load (path, &error);
  g_autoptr(PcDocument) fresh = make_empty_document (PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *csv = NULL;
  g_autofree char *again = NULL;
  PcMap *map, *back;
  g_autoptr(PcRow) doing = NULL;
  g_autoptr(PcRow) policy = NULL;
  g_autoptr(GPtrArray) cell = NULL;

  g_assert_no_error (error);
  map = first_map (document);
  csv = pc_csv_export (document, map, ',', NULL);
  g_assert_nonnull (strstr (csv, ",evidence,votes,row\r\n"));
  g_assert_nonnull (strstr (csv, "\r\nAwareness,,Searches for “ovens”,,"));
  g_assert_nonnull (strstr (csv, ",,2,Doing\r\n"));
  g_assert_nonnull (strstr (csv, ",some-research,0,Doing\r\n"));
  g_assert_true (g_str_has_suffix (csv, "Purchase,,30 days,,,,,,,,,,,,,,,,,,0,Refund policy\r\n"));

  g_assert_cmpint (pc_csv_import (csv, strlen (csv), fresh, first_map (fresh), NULL, warnings, &error), ==, 5);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);
  back = first_map (fresh);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (back))), ==, 2);
  /* the hidden pain points row has no note, so it does not travel */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_rows (back))), ==, 2);
  doing = g_list_model_get_item (G_LIST_MODEL (pc_map_get_rows (back)), 0);
  policy = g_list_model_get_item (G_LIST_MODEL (pc_map_get_rows (back)), 1);
  g_assert_cmpstr (pc_row_get_name (doing), ==, "Doing");
  g_assert_cmpint (pc_row_get_kind (doing), ==, PC_ROW_KIND_DOING);
  g_assert_cmpstr (pc_row_get_name (policy), ==, "Refund policy");
  g_assert_cmpint (pc_row_get_kind (policy), ==, PC_ROW_KIND_CUSTOM);
  cell = pc_map_get_note_cell (back, pc_entity_get_id (PC_ENTITY (doing)),
                               pc_touchpoint_get_stage_id (find_by_title (back, "Reads a review")));
  g_assert_cmpuint (cell->len, ==, 2);
  g_assert_cmpstr (pc_note_get_text (g_ptr_array_index (cell, 0)), ==, "Searches for “ovens”");
  g_assert_cmpuint (pc_note_get_votes (g_ptr_array_index (cell, 0)), ==, 2);
  g_assert_cmpint (pc_note_get_evidence (g_ptr_array_index (cell, 1)), ==, PC_EVIDENCE_SOME_RESEARCH);

  /* and the spreadsheet made from the import is the same */
  again = pc_csv_export (fresh, back, ',', NULL);
  g_assert_cmpstr (again, ==, csv);

  /* French: "rangée", a kind named in French */
  {
    static const char *input = "étape;titre;rangée;sentiment\r\nAchat;Attend;;négatif\r\n"
                               "Achat;Trop long;Points de douleur;\r\n";
    g_autoptr(PcDocument) french = make_empty_document (PC_MAP_KIND_CURRENT_STATE);
    g_autoptr(PcRow) row = NULL;

    g_assert_cmpint (pc_csv_import (input, strlen (input), french, first_map (french), NULL, NULL, &error), ==, 2);
    g_assert_no_error (error);
    row = g_list_model_get_item (G_LIST_MODEL (pc_map_get_rows (first_map (french))), 0);
    g_assert_cmpint (pc_row_get_kind (row), ==, PC_ROW_KIND_PAIN_POINTS);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (first_map (french)))), ==, 1);
  }
}

/* thoughts: exported last, imported under its English or French name. */
static void
test_thoughts (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  PcMap *map = first_map (document);
  PcTouchpoint *tp = find_by_title (map, "Hears about us from a friend");
  g_autofree char *csv = NULL;

  g_object_set (tp, "thoughts", "Is it for a small café?", NULL);
  csv = pc_csv_export (document, map, ',', NULL);
  /* thoughts comes after the version-1 columns, before those of the
   * other version-2 fields the example uses. */
  g_assert_true (g_str_has_prefix (csv, "stage,lane,title,sentiment,channel,action,emotion,"
                                        "pain_points,opportunity,owner,metric,time,response,"
                                        "objective,involves_brand,thoughts,strength,"));
  g_assert_nonnull (strstr (csv, ",Is it for a small café?,"));

  {
    static const char *const inputs[] = {
      "titre;étape;pensées\r\nCompare;Achat;Et si ça casse ?\r\n",
      "title,stage,Thoughts\nCompare,Purchase,What if it breaks?\n",
    };
    static const char *const expected[] = { "Et si ça casse ?", "What if it breaks?" };

    for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
      {
        g_autoptr(PcDocument) fresh = make_empty_document (PC_MAP_KIND_CURRENT_STATE);
        g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
        g_autoptr(GError) error = NULL;
        g_autofree char *thoughts = NULL;

        g_assert_cmpint (pc_csv_import (inputs[i], strlen (inputs[i]), fresh, first_map (fresh),
                                        NULL, warnings, &error), ==, 1);
        g_assert_no_error (error);
        g_assert_cmpuint (warnings->len, ==, 0);
        g_object_get (find_by_title (first_map (fresh), "Compare"), "thoughts", &thoughts, NULL);
        g_assert_cmpstr (thoughts, ==, expected[i]);
      }
  }

  /* And back: the exported file imports with the thoughts. */
  {
    g_autoptr(PcDocument) fresh = make_empty_document (PC_MAP_KIND_CURRENT_STATE);
    g_autoptr(GError) error = NULL;
    g_autofree char *thoughts = NULL;

    /* The example's 14 touchpoints and 8 notes. */
    g_assert_cmpint (pc_csv_import (csv, strlen (csv), fresh, first_map (fresh), NULL, NULL, &error), ==, 22);
    g_assert_no_error (error);
    g_object_get (find_by_title (first_map (fresh), "Hears about us from a friend"), "thoughts", &thoughts, NULL);
    g_assert_cmpstr (thoughts, ==, "Is it for a small café?");
  }
}

static void
test_round_trip_example (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  GListModel *maps = G_LIST_MODEL (pc_document_get_maps (document));
  guint n_maps = g_list_model_get_n_items (maps);
  g_autofree char *dir = g_dir_make_tmp ("parcours-csv-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "imported.parcours", NULL);
  g_autofree char *backup = pc_file_backup_path (path);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n_maps; i++)
    {
      g_autoptr(PcMap) map = g_list_model_get_item (maps, i);

      assert_round_trip (document, map, ',');
      assert_round_trip (document, map, ';');
    }

  /* An imported document still saves to a valid file. */
  {
    g_autoptr(PcDocument) fresh = make_empty_document (PC_MAP_KIND_CURRENT_STATE);
    g_autofree char *csv = pc_csv_export (document, first_map (document), ',', NULL);

    /* 14 touchpoints and 8 notes */
    g_assert_cmpint (pc_csv_import (csv, strlen (csv), fresh, first_map (fresh), NULL, NULL, &error), ==, 22);
    g_assert_no_error (error);
    g_assert_true (pc_file_save (fresh, path, &error));
    g_assert_no_error (error);
    pc_test_assert_schema_valid (path);
  }

  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

static void
test_round_trip_hostile (void)
{
  g_autoptr(PcDocument) document = make_empty_document (PC_MAP_KIND_DAY_IN_THE_LIFE);
  PcMap *map = first_map (document);
  g_autofree char *long_title = g_strnfill (10000, 'w');
  const char *texts[] = {
    "Says \"hello\", then leaves",
    "semi;colon, comma \"and\" \"\"doubled\"\"",
    "two\nlines\n\nand a blank one",
    "\"",
    "\"\"",
    ",",
    "</text><script>alert(1)</script>",
    "=SUM(A1:A9)",
    "'=already guarded",
    "'apostrophe",
    "@mention",
    "+33 6 12 34 56",
    "-",
    "- a list\n- of points",
    "-2 stars",
    "Emoji 🎉👩‍👩‍👧 and café",
    "مرحبا بالعالم — שלום עולם",
    " leading and trailing spaces ",
    "tab\there",
    long_title,
  };
  g_autoptr(PcStage) stage1 = pc_stage_new (NULL);
  g_autoptr(PcStage) stage2 = pc_stage_new (NULL);
  g_autoptr(PcLane) lane1 = pc_lane_new (NULL);
  g_autoptr(PcLane) lane2 = pc_lane_new (NULL);

  pc_stage_set_name (stage1, "Morning, \"early\"");
  pc_stage_set_name (stage2, "Soir; 🌙 المساء");
  pc_lane_set_name (lane1, "Notes, \"quoted\"");
  pc_lane_set_kind (lane1, PC_LANE_KIND_FREE);
  pc_lane_set_name (lane2, "Claire");
  pc_lane_set_kind (lane2, PC_LANE_KIND_PERSONA);
  pc_lane_set_persona_id (lane2, "persona-Claire");
  g_list_store_append (pc_map_get_stages (map), stage1);
  g_list_store_append (pc_map_get_stages (map), stage2);
  g_list_store_append (pc_map_get_lanes (map), lane1);
  g_list_store_append (pc_map_get_lanes (map), lane2);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(PcTouchpoint) tp = pc_touchpoint_new (NULL);
      g_autofree char *time = g_strdup_printf ("%02u:%02u", (i + 6) % 24, (i * 7) % 60);

      pc_touchpoint_set_stage_id (tp, pc_entity_get_id (PC_ENTITY (i % 3 ? stage1 : stage2)));
      pc_touchpoint_set_lane_id (tp, pc_entity_get_id (PC_ENTITY (i % 2 ? lane1 : lane2)));
      pc_touchpoint_set_title (tp, texts[i]);
      pc_touchpoint_set_action (tp, texts[(i + 1) % G_N_ELEMENTS (texts)]);
      pc_touchpoint_set_emotions (tp, texts[(i + 2) % G_N_ELEMENTS (texts)]);
      pc_touchpoint_set_pain_points (tp, texts[(i + 3) % G_N_ELEMENTS (texts)]);
      pc_touchpoint_set_opportunity (tp, texts[(i + 4) % G_N_ELEMENTS (texts)]);
      pc_touchpoint_set_owner (tp, texts[(i + 5) % G_N_ELEMENTS (texts)]);
      pc_touchpoint_set_metric (tp, texts[(i + 6) % G_N_ELEMENTS (texts)]);
      pc_touchpoint_set_response (tp, texts[(i + 7) % G_N_ELEMENTS (texts)]);
      pc_touchpoint_set_objective (tp, texts[(i + 8) % G_N_ELEMENTS (texts)]);
      pc_touchpoint_set_sentiment (tp, (int) (i % 3) - 1);
      pc_touchpoint_set_channel (tp, i % PC_N_CHANNELS);
      pc_touchpoint_set_time (tp, time);
      pc_touchpoint_set_involves_brand (tp, i % 4 != 1);
      g_list_store_append (pc_map_get_touchpoints (map), tp);
    }

  assert_round_trip (document, map, ',');
  assert_round_trip (document, map, ';');
  assert_round_trip (document, map, '\t');

  /* Formula-like values reach a spreadsheet as text. */
  {
    g_autofree char *csv = pc_csv_export (document, map, ',', NULL);

    g_assert_nonnull (strstr (csv, "\"'=SUM(A1:A9)\""));
    g_assert_nonnull (strstr (csv, "\"''=already guarded\""));
    g_assert_nonnull (strstr (csv, "\"'@mention\""));
    g_assert_nonnull (strstr (csv, "\"'-2 stars\""));
    g_assert_null (strstr (csv, ",=SUM"));
    g_assert_null (strstr (csv, "\"'- a list"));
    g_assert_nonnull (strstr (csv, ",'apostrophe,"));
  }
}

/* The same rows with CRLF, LF and CR line ends, and a duplicate column. */
static void
test_line_ends (void)
{
  const char *variants[] = {
    "title,sentiment,Titre\r\nOne,+,x\r\n\"Two\r\nlines\",-,y\r\n,bad,z\r\n",
    "title,sentiment,Titre\nOne,+,x\n\"Two\nlines\",-,y\n,bad,z",
    "title,sentiment,Titre\rOne,+,x\r\"Two\rlines\",-,y\r,bad,z\r",
  };

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      g_autoptr(PcDocument) document = make_empty_document (PC_MAP_KIND_CURRENT_STATE);
      g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GError) error = NULL;
      PcMap *map = first_map (document);

      g_assert_cmpint (pc_csv_import (variants[i], strlen (variants[i]), document, map, NULL,
                                      warnings, &error), ==, 2);
      g_assert_no_error (error);
      g_assert_cmpint (pc_touchpoint_get_sentiment (find_by_title (map, "Two\nlines")), ==,
                       PC_SENTIMENT_NEGATIVE);
      g_assert_cmpuint (warnings->len, ==, 2);
      g_assert_true (warnings_mention (warnings, "Titre"));
      g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), "Line 5"));
    }
}

static void
test_undo_restores_document (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(PcHistory) history = pc_history_new ();
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = pc_format_save_data (document, NULL);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  gsize length = 0;
  g_autofree char *data = read_fixture ("french-semicolon.csv", &length);
  PcMap *map = first_map (document);

  g_assert_cmpint (pc_csv_import (data, length, document, map, history, warnings, &error), ==, 3);
  g_assert_no_error (error);
  g_assert_cmpuint (pc_history_get_undo_depth (history), ==, 1);
  after = pc_format_save_data (document, NULL);
  g_assert_cmpstr (before, !=, after);
  g_assert_nonnull (strstr (after, "Notoriété"));

  g_assert_true (pc_history_undo (history));
  undone = pc_format_save_data (document, NULL);
  g_assert_cmpstr (before, ==, undone);

  g_assert_true (pc_history_redo (history));
  redone = pc_format_save_data (document, NULL);
  g_assert_cmpstr (after, ==, redone);
}

/* A French spreadsheet whose lane column is called "persona": its lanes
 * become persona lanes with new personas (with colours, so they get
 * emotion curves), an existing persona is reused, and "métrique" is the
 * metric. One undo step takes everything away. */
static void
test_persona_column (void)
{
  g_autoptr(PcDocument) document = make_empty_document (PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(PcHistory) history = pc_history_new ();
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *data =
    "étape;persona;titre;métrique;responsable;canal\n"
    "Recherche;Inès;Lit les avis;Taux de rebond;Marketing;site web\n"
    "Achat;inès;Paie;Conversion;Ventes;\n"
    "Achat;Claire;Appelle;;Support;téléphone\n";
  PcMap *map = first_map (document);
  GListModel *personas = G_LIST_MODEL (pc_document_get_personas (document));
  GListModel *lanes = G_LIST_MODEL (pc_map_get_lanes (map));
  g_autoptr(PcPersona) ines = NULL;
  g_autoptr(PcLane) lane = NULL;
  g_autoptr(PcTouchpoint) tp = NULL;

  g_assert_cmpint (pc_csv_import (data, strlen (data), document, map, history, warnings, &error), ==, 3);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);

  g_assert_cmpuint (g_list_model_get_n_items (personas), ==, 3);
  ines = g_list_model_get_item (personas, 2);
  g_assert_cmpstr (pc_persona_get_name (ines), ==, "Inès");
  g_assert_cmpstr (pc_persona_get_color (ines), !=, "");
  g_assert_cmpuint (g_list_model_get_n_items (lanes), ==, 2);
  lane = g_list_model_get_item (lanes, 0);
  g_assert_cmpint (pc_lane_get_kind (lane), ==, PC_LANE_KIND_PERSONA);
  g_assert_cmpstr (pc_lane_get_persona_id (lane), ==, pc_entity_get_id (PC_ENTITY (ines)));
  g_clear_object (&lane);
  lane = g_list_model_get_item (lanes, 1);
  g_assert_cmpstr (pc_lane_get_persona_id (lane), ==, "persona-Claire");

  tp = g_list_model_get_item (G_LIST_MODEL (pc_map_get_touchpoints (map)), 0);
  g_assert_cmpstr (pc_touchpoint_get_metric (tp), ==, "Taux de rebond");
  g_assert_cmpstr (pc_touchpoint_get_owner (tp), ==, "Marketing");

  g_assert_true (pc_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (personas), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (lanes), ==, 0);
}

/* Without a "persona" column, lanes named like people ("Alice", "Marie
 * Dupont") become persona lanes with new personas; channels and teams
 * stay free lanes; a blueprint keeps its layers and free lanes. */
static void
test_lanes_named_like_people (void)
{
  g_autoptr(PcDocument) document = make_empty_document (PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(PcDocument) blueprint = make_empty_document (PC_MAP_KIND_SERVICE_BLUEPRINT);
  g_autoptr(GError) error = NULL;
  const char *data =
    "stage,lane,title\n"
    "Search,Alice,Reads reviews\n"
    "Search,Website,Compares prices\n"
    "Buy,Marie Dupont,Pays\n"
    "Buy,Support team,Answers a call\n"
    "Buy,alice,Gets a receipt\n";
  const char *expected[][2] = {
    { "Alice", "persona" }, { "Website", "free" },
    { "Marie Dupont", "persona" }, { "Support team", "free" },
  };
  PcMap *map = first_map (document);
  GListModel *personas = G_LIST_MODEL (pc_document_get_personas (document));
  GListModel *lanes = G_LIST_MODEL (pc_map_get_lanes (map));

  g_assert_cmpint (pc_csv_import (data, strlen (data), document, map, NULL, NULL, &error), ==, 5);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (lanes), ==, G_N_ELEMENTS (expected));
  /* Claire and Hugo, then the two new people. */
  g_assert_cmpuint (g_list_model_get_n_items (personas), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(PcLane) lane = g_list_model_get_item (lanes, i);

      g_assert_cmpstr (pc_lane_get_name (lane), ==, expected[i][0]);
      g_assert_cmpstr (pc_lane_kind_to_string (pc_lane_get_kind (lane)), ==, expected[i][1]);
      if (pc_lane_get_kind (lane) == PC_LANE_KIND_PERSONA)
        {
          PcPersona *persona = pc_document_find_persona (document, pc_lane_get_persona_id (lane));

          g_assert_nonnull (persona);
          g_assert_cmpstr (pc_persona_get_name (persona), ==, expected[i][0]);
          g_assert_cmpstr (pc_persona_get_color (persona), !=, "");
        }
    }

  map = first_map (blueprint);
  g_assert_cmpint (pc_csv_import (data, strlen (data), blueprint, map, NULL, NULL, &error), ==, 5);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_document_get_personas (blueprint))), ==, 2);
}

/* A column called "lane" keeps free lanes for names of no persona. */
static void
test_lane_column_stays_free (void)
{
  g_autoptr(PcDocument) document = make_empty_document (PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(GError) error = NULL;
  const char *data = "stage,lane,title\nSearch,Website,Reads reviews\n";
  PcMap *map = first_map (document);
  g_autoptr(PcLane) lane = NULL;

  g_assert_cmpint (pc_csv_import (data, strlen (data), document, map, NULL, NULL, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_document_get_personas (document))), ==, 2);
  lane = g_list_model_get_item (G_LIST_MODEL (pc_map_get_lanes (map)), 0);
  g_assert_cmpint (pc_lane_get_kind (lane), ==, PC_LANE_KIND_FREE);
}

static void
count_changes (GListModel *list,
               guint       position,
               guint       removed,
               guint       added,
               guint      *count)
{
  (*count)++;
}

/* A thousand rows are one change of the list of touchpoints, whoever
 * shows it updates once; undo and redo too. */
static void
test_import_is_one_change (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(PcHistory) history = pc_history_new ();
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) csv = g_string_new ("stage,lane,title\n");
  PcMap *map = first_map (document);
  GListModel *touchpoints = G_LIST_MODEL (pc_map_get_touchpoints (map));
  guint before = g_list_model_get_n_items (touchpoints);
  guint changes = 0;

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (csv, "Stage %u,Lane %u,Row %u\n", i % 7, i % 3, i);
  g_signal_connect (touchpoints, "items-changed", G_CALLBACK (count_changes), &changes);

  g_assert_cmpint (pc_csv_import (csv->str, csv->len, document, map, history, warnings, &error),
                   ==, 1000);
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (touchpoints), ==, before + 1000);
  g_assert_cmpuint (pc_history_get_undo_depth (history), ==, 1);

  g_assert_true (pc_history_undo (history));
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (touchpoints), ==, before);

  g_assert_true (pc_history_redo (history));
  g_assert_cmpuint (changes, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (touchpoints), ==, before + 1000);
  {
    g_autoptr(PcTouchpoint) last = g_list_model_get_item (touchpoints, before + 999);
    g_assert_cmpstr (pc_touchpoint_get_title (last), ==, "Row 999");
  }
  g_signal_handlers_disconnect_by_func (touchpoints, count_changes, &changes);
}

static const PcField *
field_named (const char *csv)
{
  guint n;
  const PcField * const *fields = pc_csv_get_fields (&n);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (fields[i]->csv, csv) == 0)
      return fields[i];
  g_assert_not_reached ();
}

static const char unknown_columns[] =
  "Étape,title,Mood,Ticket\n"
  "Search,Reads reviews,negative,T-1\n"
  "Buy,Pays,positive,T-2\n"
  "Buy,Gets a receipt,meh,T-3\n";

/* The header is read without importing: known columns, unknown ones,
 * and the first rows as written. */
static void
test_read_header (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PcCsvHeader) header = pc_csv_read_header (unknown_columns, strlen (unknown_columns), 2, &error);
  g_autoptr(PcCsvHeader) known = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (header);
  g_assert_cmpuint (header->n_columns, ==, 4);
  g_assert_cmpstr (header->names[0], ==, "Étape");
  g_assert_cmpstr (header->names[2], ==, "Mood");
  g_assert_true (header->fields[0] == field_named ("stage"));
  g_assert_true (header->fields[1] == field_named ("title"));
  g_assert_null (header->fields[2]);
  g_assert_null (header->fields[3]);
  g_assert_true (pc_csv_header_has_unknown (header));
  g_assert_cmpuint (header->rows->len, ==, 2);
  g_assert_cmpstr (((char **) header->rows->pdata[1])[2], ==, "positive");

  known = pc_csv_read_header ("title;métrique\nOne;NPS\n", strlen ("title;métrique\nOne;NPS\n"), 5, &error);
  g_assert_no_error (error);
  g_assert_true (known->fields[1] == field_named ("metric"));
  g_assert_false (pc_csv_header_has_unknown (known));
  g_assert_cmpuint (known->rows->len, ==, 1);

  g_assert_null (pc_csv_read_header ("\n  \n", 4, 5, &error));
  g_assert_error (error, PC_CSV_ERROR, PC_CSV_ERROR_NO_HEADER);
}

/* A column mapped to a field is read with that field's parsing and
 * warnings; a skipped one is ignored without a word. */
static void
test_import_mapped (void)
{
  g_autoptr(PcDocument) document = make_empty_document (PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(PcHistory) history = pc_history_new ();
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  PcMap *map = first_map (document);
  const PcField *mapping[] = { field_named ("stage"), field_named ("title"),
                               field_named ("sentiment"), NULL };
  PcTouchpoint *tp;

  g_assert_cmpint (pc_csv_import_mapped (unknown_columns, strlen (unknown_columns),
                                         mapping, G_N_ELEMENTS (mapping), 0,
                                         document, map, history, warnings, &error), ==, 2);
  g_assert_no_error (error);
  /* "meh" is no sentiment: the field's own warning, and the row is
   * skipped; "Ticket" says nothing. */
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_true (warnings_mention (warnings, "Line 4"));
  g_assert_true (warnings_mention (warnings, "meh"));
  g_assert_false (warnings_mention (warnings, "Ticket"));
  tp = find_by_title (map, "Reads reviews");
  g_assert_cmpint (pc_touchpoint_get_sentiment (tp), ==, PC_SENTIMENT_NEGATIVE);
  g_assert_cmpstr (stage_name (map, tp), ==, "Search");
  tp = find_by_title (map, "Pays");
  g_assert_cmpint (pc_touchpoint_get_sentiment (tp), ==, PC_SENTIMENT_POSITIVE);
  g_assert_cmpuint (pc_history_get_undo_depth (history), ==, 1);

  /* The same column read as text, and only the first row for a preview. */
  mapping[2] = field_named ("owner");
  g_ptr_array_set_size (warnings, 0);
  g_clear_object (&document);
  document = make_empty_document (PC_MAP_KIND_CURRENT_STATE);
  map = first_map (document);
  g_assert_cmpint (pc_csv_import_mapped (unknown_columns, strlen (unknown_columns),
                                         mapping, G_N_ELEMENTS (mapping), 1,
                                         document, map, NULL, warnings, &error), ==, 1);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_cmpstr (pc_touchpoint_get_owner (find_by_title (map, "Reads reviews")), ==, "negative");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (map))), ==, 1);

  /* Without a title, nothing is imported. */
  mapping[1] = NULL;
  g_assert_cmpint (pc_csv_import_mapped (unknown_columns, strlen (unknown_columns),
                                         mapping, G_N_ELEMENTS (mapping), 0,
                                         document, map, NULL, NULL, &error), ==, -1);
  g_assert_error (error, PC_CSV_ERROR, PC_CSV_ERROR_NO_HEADER);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/import/quoting", test_quoting);
  g_test_add_func ("/csv/import/one-change", test_import_is_one_change);
  g_test_add_func ("/csv/import/french-semicolons-bom", test_french_semicolons_bom);
  g_test_add_func ("/csv/import/reordered-headers", test_reordered_headers_unknown_column);
  g_test_add_func ("/csv/import/bad-rows", test_bad_rows);
  g_test_add_func ("/csv/import/errors", test_errors);
  g_test_add_func ("/csv/import/unclosed-quote", test_unclosed_quote);
  g_test_add_func ("/csv/import/line-ends", test_line_ends);
  g_test_add_func ("/csv/import/blueprint-lanes", test_blueprint_lanes);
  g_test_add_func ("/csv/import/undo", test_undo_restores_document);
  g_test_add_func ("/csv/export/header", test_export_header);
  g_test_add_func ("/csv/thoughts", test_thoughts);
  g_test_add_func ("/csv/import/persona-column", test_persona_column);
  g_test_add_func ("/csv/header", test_read_header);
  g_test_add_func ("/csv/import/mapped", test_import_mapped);
  g_test_add_func ("/csv/import/lane-column-stays-free", test_lane_column_stays_free);
  g_test_add_func ("/csv/v2-columns", test_v2_columns);
  g_test_add_func ("/csv/notes-round-trip", test_notes_round_trip);
  g_test_add_func ("/csv/lanes-named-like-people", test_lanes_named_like_people);
  g_test_add_func ("/csv/round-trip/example", test_round_trip_example);
  g_test_add_func ("/csv/round-trip/hostile", test_round_trip_hostile);

  return g_test_run ();
}
