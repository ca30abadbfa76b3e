/* test-templates.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pc-format.h"
#include "pc-map-ops.h"
#include "pc-templates.h"
#include "pc-test-util.h"

typedef struct
{
  const char *id;
  PcMapKind   kind;
  const char *stages[9];
} Expected;

static const Expected expected[] = {
  { "5a", PC_MAP_KIND_CURRENT_STATE,
    { "Awareness", "Appeal", "Ask", "Act", "Advocacy" } },
  { "key-stages", PC_MAP_KIND_CURRENT_STATE,
    { "Awareness", "Need", "Consideration", "Purchase", "Use", "Service", "Evaluation",
      "Disposal / Repurchase" } },
  { "seven-phases", PC_MAP_KIND_CURRENT_STATE,
    { "Awareness", "Consideration", "Decision", "Purchase", "Post-purchase", "Loyalty",
      "Advocacy" } },
  { "buyers-journey", PC_MAP_KIND_CURRENT_STATE,
    { "Awareness", "Consideration", "Decision" } },
  { "b2b", PC_MAP_KIND_CURRENT_STATE,
    { "Research", "Comparison", "Workshop", "Quote", "Signature" } },
  { "restaurant-blueprint", PC_MAP_KIND_SERVICE_BLUEPRINT,
    { "Arrival", "Order", "Meal", "Payment" } },
  { "day-in-the-life", PC_MAP_KIND_DAY_IN_THE_LIFE,
    { "Early morning", "Morning", "Lunchtime", "Afternoon", "Evening", "Night" } },
  { "blank", PC_MAP_KIND_CURRENT_STATE,
    { "Before", "During", "After" } },
};

static gpointer
nth (GListStore *store,
     guint       n)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), n);

  g_assert_nonnull (item);
  return item; /* the store keeps it alive */
}

static guint
n_items (GListStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

/* Every id the chooser lists has a file, and every file is listed. */
static void
test_list (void)
{
  g_assert_cmpuint (pc_templates_get_n_templates (), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const PcTemplateInfo *info = pc_templates_find (expected[i].id);

      g_assert_nonnull (info);
      g_assert_true (pc_templates_get_nth (i) == info);
      g_assert_cmpint (info->kind, ==, expected[i].kind);
      g_assert_cmpstr (pc_template_info_get_name (info), !=, "");
      g_assert_cmpstr (pc_template_info_get_description (info), !=, "");
    }
  g_assert_null (pc_templates_find ("nope"));
  g_assert_nonnull (pc_templates_find (PC_TEMPLATE_DEFAULT));
}

/* The file as shipped is valid against the published schema. */
static void
test_schema (gconstpointer data)
{
  const Expected *e = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = pc_templates_get_data (e->id, &error);
  g_autofree char *path = NULL;
  int fd;

  g_assert_no_error (error);
  fd = g_file_open_tmp ("test-template-XXXXXX.parcours", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  pc_test_assert_schema_valid (path);
  g_unlink (path);
}

static void
test_instantiate (gconstpointer data)
{
  const Expected *e = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) document = pc_templates_instantiate (e->id, &error);
  g_autoptr(PcDocument) second = pc_templates_instantiate (e->id, NULL);
  g_auto(GStrv) names = pc_templates_get_stage_names (e->id);
  g_autofree char *saved = NULL;
  g_autofree char *path = NULL;
  g_autoptr(PcDocument) reloaded = NULL;
  PcMap *map, *other;
  guint n_stages = 0;

  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_cmpuint (n_items (pc_document_get_maps (document)), ==, 1);
  map = nth (pc_document_get_maps (document), 0);
  other = nth (pc_document_get_maps (second), 0);
  g_assert_cmpint (pc_map_get_kind (map), ==, e->kind);
  g_assert_cmpstr (pc_map_get_name (map), !=, "");

  while (e->stages[n_stages] != NULL)
    n_stages++;
  g_assert_cmpuint (n_items (pc_map_get_stages (map)), ==, n_stages);
  g_assert_cmpuint (g_strv_length (names), ==, n_stages);
  for (guint i = 0; i < n_stages; i++)
    {
      g_assert_cmpstr (pc_stage_get_name (nth (pc_map_get_stages (map), i)), ==, e->stages[i]);
      g_assert_cmpstr (names[i], ==, e->stages[i]);
    }

  /* Fresh ids each time, and every reference inside still holds. */
  g_assert_cmpstr (pc_entity_get_id (PC_ENTITY (map)), !=, pc_entity_get_id (PC_ENTITY (other)));
  for (guint i = 0; i < n_items (pc_map_get_touchpoints (map)); i++)
    {
      PcTouchpoint *tp = nth (pc_map_get_touchpoints (map), i);

      g_assert_nonnull (pc_map_find_stage (map, pc_touchpoint_get_stage_id (tp)));
      g_assert_nonnull (pc_map_find_lane (map, pc_touchpoint_get_lane_id (tp)));
    }
  for (guint i = 0; i < n_items (pc_map_get_lanes (map)); i++)
    {
      PcLane *lane = nth (pc_map_get_lanes (map), i);

      if (pc_lane_get_kind (lane) == PC_LANE_KIND_PERSONA)
        g_assert_nonnull (pc_document_find_persona (document, pc_lane_get_persona_id (lane)));
    }

  if (e->kind == PC_MAP_KIND_SERVICE_BLUEPRINT)
    {
      static const PcLaneKind order[] = {
        PC_LANE_KIND_EVIDENCE, PC_LANE_KIND_CUSTOMER, PC_LANE_KIND_FRONTSTAGE,
        PC_LANE_KIND_BACKSTAGE, PC_LANE_KIND_SUPPORT,
      };

      g_assert_cmpuint (n_items (pc_map_get_lanes (map)), ==, 5);
      for (guint i = 0; i < 5; i++)
        g_assert_cmpint (pc_lane_get_kind (nth (pc_map_get_lanes (map), i)), ==, order[i]);
    }
  if (e->kind == PC_MAP_KIND_DAY_IN_THE_LIFE)
    {
      g_assert_true (pc_map_ops_stages_sorted_by_time (map));
      for (guint i = 0; i < n_items (pc_map_get_touchpoints (map)); i++)
        {
          PcTouchpoint *tp = nth (pc_map_get_touchpoints (map), i);
          int minutes = pc_time_parse (pc_touchpoint_get_time (tp));

          /* Each activity sits in its time slot. */
          g_assert_cmpint (minutes, >=, 0);
          g_assert_true (pc_map_ops_stage_for_time (map, minutes) ==
                         pc_map_find_stage (map, pc_touchpoint_get_stage_id (tp)));
        }
    }

  /* What it becomes saves as a valid document that loads again. */
  saved = pc_test_save_to_string (document);
  reloaded = pc_format_load_data (saved, strlen (saved), &error);
  g_assert_no_error (error);
  g_assert_nonnull (reloaded);
  {
    int fd = g_file_open_tmp ("test-templates-XXXXXX.parcours", &path, &error);

    g_assert_no_error (error);
    close (fd);
  }
  g_assert_true (g_file_set_contents (path, saved, -1, NULL));
  pc_test_assert_schema_valid (path);
  g_unlink (path);
}

static void
test_5a_personas (void)
{
  g_autoptr(PcDocument) document = pc_templates_instantiate ("5a", NULL);
  PcMap *map = nth (pc_document_get_maps (document), 0);

  g_assert_cmpuint (n_items (pc_document_get_personas (document)), ==, 2);
  g_assert_cmpuint (n_items (pc_map_get_lanes (map)), ==, 2);
  g_assert_cmpuint (n_items (pc_map_get_touchpoints (map)), >, 0);
}

static void
test_add_map (void)
{
  g_autoptr(PcDocument) document = pc_templates_instantiate ("5a", NULL);
  g_autoptr(PcHistory) history = pc_history_new ();
  g_autofree char *before = pc_test_save_to_string (document);
  g_autofree char *undone = NULL;
  g_autoptr(GError) error = NULL;
  PcPersona *first = nth (pc_document_get_personas (document), 0);
  PcMap *map;
  PcLane *lane;

  /* A one-persona template: its lane goes to the document's first persona. */
  map = pc_templates_add_map (history, document, "day-in-the-life", &error);
  g_assert_no_error (error);
  g_assert_nonnull (map);
  g_assert_cmpuint (n_items (pc_document_get_maps (document)), ==, 2);
  g_assert_cmpuint (n_items (pc_document_get_personas (document)), ==, 2);
  lane = nth (pc_map_get_lanes (map), 0);
  g_assert_cmpstr (pc_lane_get_persona_id (lane), ==, pc_entity_get_id (PC_ENTITY (first)));
  g_assert_cmpstr (pc_lane_get_name (lane), ==, pc_persona_get_name (first));
  g_assert_cmpuint (pc_history_get_undo_depth (history), ==, 1);
  g_assert_true (pc_history_undo (history));
  undone = pc_test_save_to_string (document);
  g_assert_cmpstr (undone, ==, before);

  /* Into an empty document, the template's personas come along. */
  {
    g_autoptr(PcDocument) empty = pc_document_new ();

    map = pc_templates_add_map (history, empty, "5a", NULL);
    g_assert_nonnull (map);
    g_assert_cmpuint (n_items (pc_document_get_personas (empty)), ==, 2);
  }

  /* The blueprint's lanes need no persona: none is added. */
  {
    g_autoptr(PcDocument) empty = pc_document_new ();

    map = pc_templates_add_map (history, empty, "restaurant-blueprint", NULL);
    g_assert_nonnull (map);
    g_assert_cmpuint (n_items (pc_document_get_personas (empty)), ==, 0);
    g_assert_cmpuint (n_items (pc_map_get_lanes (map)), ==, 5);
  }

  g_assert_null (pc_templates_add_map (history, document, "missing", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* data/templates/pc-template-strings.c lists every text for xgettext. */
static void
test_strings_in_sync (void)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "..", "data", "templates",
                                                   "update-strings.py", NULL);
  const char *argv[] = { "/usr/bin/python3", script, "--check", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s%s", out, err);
}

/* With a French catalogue, a template comes out in French: the texts go
 * through gettext when it is instantiated. In a subprocess, since it
 * changes the process's language. */
static void
translated_in_french (void)
{
  g_autofree char *podir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  g_autofree char *mo = g_build_filename (podir, "fr", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_autoptr(PcDocument) document = NULL;
  g_auto(GStrv) names = NULL;
  const char *appeal;
  PcMap *map;

  g_assert_true (g_file_test (mo, G_FILE_TEST_EXISTS));
  /* A French locale, as a French user has: the C locale ignores LANGUAGE,
   * and since glibc 2.41 (Debian 13) so does C.UTF-8. locales-all has it. */
  g_setenv ("LANGUAGE", "fr", TRUE);
  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    g_error ("The fr_FR.UTF-8 locale is missing: install locales-all");
  bindtextdomain (GETTEXT_PACKAGE, podir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  appeal = g_dgettext (GETTEXT_PACKAGE, "Appeal");
  g_assert_cmpstr (appeal, !=, "Appeal");

  document = pc_templates_instantiate ("5a", NULL);
  map = nth (pc_document_get_maps (document), 0);
  g_assert_cmpstr (pc_stage_get_name (nth (pc_map_get_stages (map), 1)), ==, appeal);
  g_assert_cmpstr (pc_map_get_name (map), ==, g_dgettext (GETTEXT_PACKAGE, "5A customer journey"));
  names = pc_templates_get_stage_names ("5a");
  g_assert_cmpstr (names[1], ==, appeal);
  g_assert_cmpstr (pc_template_info_get_name (pc_templates_find ("blank")), ==,
                   g_dgettext (GETTEXT_PACKAGE, "Blank"));
}

static void
test_translated (void)
{
  if (g_test_subprocess ())
    {
      translated_in_french ();
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* The templates that fit have insight rows, which a new document and a
 * map added from the template both get. */
static void
test_rows (void)
{
  static const struct { const char *id; PcRowKind kinds[4]; guint n; } cases[] = {
    { "seven-phases", { PC_ROW_KIND_DOING, PC_ROW_KIND_FEELING, PC_ROW_KIND_PAIN_POINTS }, 3 },
    { "buyers-journey", { PC_ROW_KIND_THINKING, PC_ROW_KIND_PAIN_POINTS, PC_ROW_KIND_OPPORTUNITIES }, 3 },
    { "restaurant-blueprint", { PC_ROW_KIND_TIME, PC_ROW_KIND_METRICS }, 2 },
    { "5a", { 0 }, 0 },
    { "day-in-the-life", { 0 }, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PcDocument) document = pc_templates_instantiate (cases[i].id, NULL);
      g_autoptr(PcDocument) other = pc_document_new ();
      g_autoptr(PcHistory) history = pc_history_new ();
      g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);
      PcMap *added = pc_templates_add_map (history, other, cases[i].id, NULL);
      GListModel *rows = G_LIST_MODEL (pc_map_get_rows (map));

      g_assert_cmpuint (g_list_model_get_n_items (rows), ==, cases[i].n);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_rows (added))), ==, cases[i].n);
      for (guint r = 0; r < cases[i].n; r++)
        {
          g_autoptr(PcRow) row = g_list_model_get_item (rows, r);

          g_assert_cmpint (pc_row_get_kind (row), ==, cases[i].kinds[r]);
          g_assert_cmpstr (pc_row_get_name (row), ==, pc_row_kind_get_label (cases[i].kinds[r]));
          g_assert_false (pc_row_get_hidden (row));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/templates/list", test_list);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *schema = g_strdup_printf ("/templates/schema/%s", expected[i].id);
      g_autofree char *inst = g_strdup_printf ("/templates/instantiate/%s", expected[i].id);

      g_test_add_data_func (schema, &expected[i], test_schema);
      g_test_add_data_func (inst, &expected[i], test_instantiate);
    }
  g_test_add_func ("/templates/5a-personas", test_5a_personas);
  g_test_add_func ("/templates/add-map", test_add_map);
  g_test_add_func ("/templates/strings-in-sync", test_strings_in_sync);
  g_test_add_func ("/templates/translated", test_translated);
  g_test_add_func ("/templates/rows", test_rows);

  return g_test_run ();
}
