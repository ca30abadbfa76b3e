/* test-day-in-the-life.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The edits of a day in the life, without a display: a stage header typed
 * as "7h30 Breakfast", stages added with a proposed time, touchpoints given
 * a time moving into their slot; each one undo step. */

#include "config.h"

#include "pc-daylife.h"
#include "pc-edit.h"
#include "pc-file.h"
#include "pc-map-ops.h"
#include "pc-test-util.h"

typedef struct
{
  PcDocument *document;
  PcMap      *map;
  PcHistory  *history;
  char       *original;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "templates",
                                                 "day-in-the-life.parcours", NULL);
  g_autoptr(GError) error = NULL;

  f->document = pc_file_load (path, &error);
  g_assert_no_error (error);
  f->map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (f->document)), 0);
  g_assert_true (pc_daylife_is_timeline (f->map));
  g_assert_true (pc_map_ops_stages_sorted_by_time (f->map));
  f->history = pc_history_new ();
  f->original = pc_test_save_to_string (f->document);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->map);
  g_assert_finalize_object (f->history);
  g_assert_finalize_object (f->document);
  g_free (f->original);
}

static void
assert_unchanged (Fixture *f)
{
  g_autofree char *now = pc_test_save_to_string (f->document);
  g_assert_cmpstr (now, ==, f->original);
}

static PcStage *
stage_named (Fixture    *f,
             const char *name)
{
  GListModel *stages = G_LIST_MODEL (pc_map_get_stages (f->map));

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(PcStage) stage = g_list_model_get_item (stages, i);

      if (g_strcmp0 (pc_stage_get_name (stage), name) == 0)
        return stage;
    }
  g_assert_not_reached ();
}

static guint
stage_index (Fixture *f,
             PcStage *stage)
{
  guint position = G_MAXUINT;

  g_assert_true (pc_list_find (G_LIST_MODEL (pc_map_get_stages (f->map)), stage, &position));
  return position;
}

static guint
index_in_cell (Fixture      *f,
               PcTouchpoint *tp)
{
  g_autoptr(GPtrArray) cell = pc_map_get_cell (f->map, pc_touchpoint_get_stage_id (tp),
                                               pc_touchpoint_get_lane_id (tp));
  guint index = G_MAXUINT;

  g_assert_true (g_ptr_array_find (cell, tp, &index));
  return index;
}

static void
test_parse (void)
{
  const struct {
    const char *text;
    gboolean    valid;
    const char *time;
    const char *name;
  } cases[] = {
    { "7h30 Breakfast", TRUE, "07:30", "Breakfast" },
    { "07:30 Breakfast", TRUE, "07:30", "Breakfast" },
    { "  7:05   Coffee ", TRUE, "07:05", "Coffee" },
    { "14h Lunch", TRUE, "14:00", "Lunch" },
    { "18H45 \u2013 Dinner", TRUE, "18:45", "Dinner" },
    { "0:00 Midnight", TRUE, "00:00", "Midnight" },
    { "23:59", TRUE, "23:59", "" },
    { "Breakfast", TRUE, NULL, "Breakfast" },
    { "12 Days of offers", TRUE, NULL, "12 Days of offers" },
    { "25:00 Late", FALSE, NULL, NULL },
    { "7h75 Breakfast", FALSE, NULL, NULL },
    { "7:5 Breakfast", FALSE, NULL, NULL },
    { "7: Breakfast", FALSE, NULL, NULL },
    { "123:00 Breakfast", FALSE, NULL, NULL },
    { "7h30Breakfast", FALSE, NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *time = NULL;
      g_autofree char *name = NULL;

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (pc_daylife_parse_header (cases[i].text, &time, &name), ==, cases[i].valid);
      g_assert_cmpstr (time, ==, cases[i].time);
      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

static void
test_format_header (Fixture       *f,
                    gconstpointer  data)
{
  PcStage *night = stage_named (f, "Night");
  g_autofree char *text = pc_daylife_format_header (night);
  g_autofree char *untimed = NULL;

  g_assert_cmpstr (text, ==, "21:00 Night");
  pc_stage_set_time (night, NULL);
  untimed = pc_daylife_format_header (night);
  g_assert_cmpstr (untimed, ==, "Night");
}

static void
test_edit_stage (Fixture       *f,
                 gconstpointer  data)
{
  PcStage *night = stage_named (f, "Night");

  g_assert_cmpuint (stage_index (f, night), ==, 5);

  /* The time and the name, and the column moves between 07:00 and 09:00,
   * in one undo step. */
  g_assert_true (pc_daylife_edit_stage (f->history, f->map, night, "7h30 Breakfast"));
  g_assert_cmpstr (pc_stage_get_time (night), ==, "07:30");
  g_assert_cmpstr (pc_stage_get_name (night), ==, "Breakfast");
  g_assert_cmpuint (stage_index (f, night), ==, 1);
  g_assert_true (pc_map_ops_stages_sorted_by_time (f->map));
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 1);
  g_assert_true (pc_history_undo (f->history));
  assert_unchanged (f);
  g_assert_true (pc_history_redo (f->history));
  g_assert_cmpuint (stage_index (f, night), ==, 1);
  g_assert_true (pc_history_undo (f->history));

  /* A time alone keeps the name. */
  g_assert_true (pc_daylife_edit_stage (f->history, f->map, night, "06:00"));
  g_assert_cmpstr (pc_stage_get_time (night), ==, "06:00");
  g_assert_cmpstr (pc_stage_get_name (night), ==, "Night");
  g_assert_cmpuint (stage_index (f, night), ==, 0);
  g_assert_true (pc_history_undo (f->history));
  assert_unchanged (f);

  /* No time: the stage loses it and goes after the timed ones. */
  g_assert_true (pc_daylife_edit_stage (f->history, f->map, stage_named (f, "Morning"), "Brunch"));
  g_assert_cmpstr (pc_stage_get_time (stage_named (f, "Brunch")), ==, "");
  g_assert_cmpuint (stage_index (f, stage_named (f, "Brunch")), ==, 5);
  g_assert_true (pc_history_undo (f->history));
  assert_unchanged (f);

  /* A wrong time changes nothing and makes no undo step. */
  g_assert_false (pc_daylife_edit_stage (f->history, f->map, night, "25:00 Late"));
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 0);
  assert_unchanged (f);
}

static void
test_propose_time (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PcMap) empty = pc_map_new (NULL, PC_MAP_KIND_DAY_IN_THE_LIFE);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_stages (f->map)));
  const struct { guint position; const char *time; } cases[] = {
    { 0, "06:00" },     /* an hour before the first */
    { 1, "08:00" },     /* after 07:00, before 09:00 */
    { 2, "10:00" },
    { 5, "19:00" },     /* after 18:00, 21:00 next */
    { n, "22:00" },     /* an hour after the last */
    { n + 3, "22:00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *time = pc_daylife_propose_time (f->map, cases[i].position);
      g_assert_cmpstr (time, ==, cases[i].time);
    }

  /* Halfway when the next one is sooner than an hour. */
  pc_stage_set_time (stage_named (f, "Night"), "18:30");
  {
    g_autofree char *time = pc_daylife_propose_time (f->map, 5);
    g_assert_cmpstr (time, ==, "18:15");
  }
  /* Never past the end of the day. */
  pc_stage_set_time (stage_named (f, "Night"), "23:30");
  {
    g_autofree char *time = pc_daylife_propose_time (f->map, n);
    g_assert_cmpstr (time, ==, "23:59");
  }
  {
    g_autofree char *time = pc_daylife_propose_time (empty, 0);
    g_assert_cmpstr (time, ==, "08:00");
  }
}

static void
test_add_stage (Fixture       *f,
                gconstpointer  data)
{
  GListModel *stages = G_LIST_MODEL (pc_map_get_stages (f->map));
  guint n = g_list_model_get_n_items (stages);
  g_autoptr(PcMap) plain = pc_map_new (NULL, PC_MAP_KIND_CURRENT_STATE);
  PcStage *added;

  /* After Evening (18:00), with Night (21:00) next: 19:00, in its place. */
  added = pc_daylife_add_stage (f->history, f->map, stage_index (f, stage_named (f, "Evening")) + 1,
                                "Dinner");
  g_assert_nonnull (added);
  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, n + 1);
  g_assert_cmpstr (pc_stage_get_name (added), ==, "Dinner");
  g_assert_cmpstr (pc_stage_get_time (added), ==, "19:00");
  g_assert_cmpuint (stage_index (f, added), ==, 5);
  g_assert_true (pc_map_ops_stages_sorted_by_time (f->map));
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 1);
  g_assert_true (pc_history_undo (f->history));
  assert_unchanged (f);

  /* Another kind of map: a plain insert, with no time. */
  pc_daylife_add_stage (f->history, plain, 0, "First");
  added = pc_daylife_add_stage (f->history, plain, 0, "Before");
  g_assert_cmpstr (pc_stage_get_time (added), ==, "");
  {
    g_autoptr(PcStage) first = g_list_model_get_item (G_LIST_MODEL (pc_map_get_stages (plain)), 0);
    g_assert_true (first == added);
  }
  g_assert_true (pc_history_undo (f->history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_stages (plain))), ==, 1);
}

static void
test_set_time (Fixture       *f,
               gconstpointer  data)
{
  PcTouchpoint *commute = pc_map_find_touchpoint (f->map, "tp-day-2");
  PcTouchpoint *lunch = pc_map_find_touchpoint (f->map, "tp-day-4");

  g_assert_cmpstr (pc_touchpoint_get_time (commute), ==, "09:05");
  g_assert_cmpstr (pc_touchpoint_get_stage_id (commute), ==, "stage-day-2");
  g_assert_cmpstr (pc_touchpoint_get_time (lunch), ==, "12:10");

  /* 12:45 falls in the 12:00 slot, after the 12:10 card there. */
  pc_daylife_set_time (f->history, f->map, commute, "12:45");
  g_assert_cmpstr (pc_touchpoint_get_time (commute), ==, "12:45");
  g_assert_cmpstr (pc_touchpoint_get_stage_id (commute), ==, "stage-day-3");
  g_assert_cmpuint (index_in_cell (f, commute), ==, 1);
  g_assert_cmpuint (index_in_cell (f, lunch), ==, 0);
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 1);

  /* One undo: the time and the column together. */
  g_assert_true (pc_history_undo (f->history));
  assert_unchanged (f);
  g_assert_true (pc_history_redo (f->history));
  g_assert_cmpstr (pc_touchpoint_get_stage_id (commute), ==, "stage-day-3");
  g_assert_true (pc_history_undo (f->history));

  /* Typing over the time (cleared, then retyped) is one step. */
  pc_history_break_merge (f->history);
  pc_daylife_set_time (f->history, f->map, commute, "");
  pc_daylife_set_time (f->history, f->map, commute, "06:10");
  g_assert_cmpstr (pc_touchpoint_get_stage_id (commute), ==, "stage-day-1");
  g_assert_cmpuint (index_in_cell (f, commute), ==, 0);
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 1);

  /* Cleared, it stays where it is. */
  pc_history_break_merge (f->history);
  pc_daylife_set_time (f->history, f->map, commute, NULL);
  g_assert_cmpstr (pc_touchpoint_get_time (commute), ==, "");
  g_assert_cmpstr (pc_touchpoint_get_stage_id (commute), ==, "stage-day-1");
  while (pc_history_undo (f->history))
    ;
  assert_unchanged (f);

  /* In another kind of map, only the time changes. */
  pc_map_set_kind (f->map, PC_MAP_KIND_CURRENT_STATE);
  pc_daylife_set_time (f->history, f->map, commute, "12:45");
  g_assert_cmpstr (pc_touchpoint_get_time (commute), ==, "12:45");
  g_assert_cmpstr (pc_touchpoint_get_stage_id (commute), ==, "stage-day-2");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/day-in-the-life/parse", test_parse);
  ADD ("/day-in-the-life/format-header", test_format_header);
  ADD ("/day-in-the-life/edit-stage", test_edit_stage);
  ADD ("/day-in-the-life/propose-time", test_propose_time);
  ADD ("/day-in-the-life/add-stage", test_add_stage);
  ADD ("/day-in-the-life/set-time", test_set_time);

#undef ADD

  return g_test_run ();
}
