/* test-daylife.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A day in the life, edited as a user does: the stage header's editor
 * takes "7h30 Breakfast", the columns stay in time order, the inspector's
 * time field moves a card into its slot, and each edit undoes in one step.
 * The parsing and the edits themselves are tested without a display in
 * tests/test-day-in-the-life.c. */

#include "config.h"

#include <adwaita.h>

#include "pc-canvas-header.h"
#include "pc-canvas-private.h"
#include "pc-daylife.h"
#include "pc-file.h"
#include "pc-format.h"
#include "pc-ui-test-util.h"
#include "pc-inspector.h"
#include "pc-map-ops.h"

typedef struct
{
  PcDocument *document;
  PcMap      *map;
  PcHistory  *history;
  GtkWindow  *window;
  PcCanvas   *canvas;
} Fixture;

/* Lets the canvas lay out and allocate its cards. */
static void
settle (Fixture *f)
{
  pc_ui_wait_frames (GTK_WIDGET (f->canvas), 2);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "templates",
                                                 "day-in-the-life.parcours", NULL);
  g_autoptr(GError) error = NULL;
  GtkWidget *scroller;

  f->document = pc_file_load (path, &error);
  g_assert_no_error (error);
  f->map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (f->document)), 0);
  g_assert_cmpint (pc_map_get_kind (f->map), ==, PC_MAP_KIND_DAY_IN_THE_LIFE);
  g_assert_true (pc_map_ops_stages_sorted_by_time (f->map));
  f->history = pc_history_new ();

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1500, 950);
  scroller = gtk_scrolled_window_new ();
  f->canvas = g_object_ref_sink (pc_canvas_new ());
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (f->canvas));
  gtk_window_set_child (f->window, scroller);
  pc_canvas_set_model (f->canvas, f->document, f->map, f->history);
  gtk_window_present (f->window);
  settle (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  pc_ui_spin ();
  g_assert_finalize_object (f->canvas);
  g_clear_object (&f->map);
  g_clear_object (&f->history);
  g_assert_finalize_object (f->document);
}

static char *
save (Fixture *f)
{
  return pc_format_save_data (f->document, NULL);
}

static GtkWidget *
header_for (Fixture *f,
            PcStage *stage)
{
  for (guint i = 0; i < f->canvas->stage_headers->len; i++)
    {
      PcCanvasHeader *header = g_ptr_array_index (f->canvas->stage_headers, i);

      if (pc_canvas_header_get_item (header) == G_OBJECT (stage))
        return GTK_WIDGET (header);
    }
  g_assert_not_reached ();
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

/* Focuses a stage's header and runs F2, as the key binding does. */
static GtkEditable *
open_editor (Fixture *f,
             PcStage *stage)
{
  gtk_widget_grab_focus (header_for (f, stage));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.rename", NULL));
  settle (f);
  g_assert_nonnull (f->canvas->editor);
  return GTK_EDITABLE (f->canvas->editor);
}

static void
test_header_edit (Fixture       *f,
                  gconstpointer  data)
{
  PcStage *night = stage_named (f, "Night");
  guint depth = pc_history_get_undo_depth (f->history);
  g_autofree char *before = save (f);
  g_autofree char *after_undo = NULL;
  GtkEditable *editor;

  g_assert_cmpuint (stage_index (f, night), ==, 5);

  /* The editor shows the time before the name. */
  editor = open_editor (f, night);
  g_assert_cmpstr (gtk_editable_get_text (editor), ==, "21:00 Night");

  /* "7h30 Breakfast": the time and the name, and the column moves to its
   * place between 07:00 and 09:00, on screen too. */
  gtk_editable_set_text (editor, "7h30 Breakfast");
  g_signal_emit_by_name (editor, "activate");
  settle (f);
  g_assert_null (f->canvas->editor);
  g_assert_cmpstr (pc_stage_get_time (night), ==, "07:30");
  g_assert_cmpstr (pc_stage_get_name (night), ==, "Breakfast");
  g_assert_cmpuint (stage_index (f, night), ==, 1);
  g_assert_true (pc_map_ops_stages_sorted_by_time (f->map));
  g_assert_true (pc_layout_get_stage (f->canvas->layout, 1)->stage == night);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == header_for (f, night));

  /* One undo step brings back the document exactly. */
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, depth + 1);
  g_assert_true (pc_history_undo (f->history));
  after_undo = save (f);
  g_assert_cmpstr (after_undo, ==, before);
  settle (f);
  g_assert_true (pc_layout_get_stage (f->canvas->layout, 5)->stage == night);

  /* A time alone changes the time and keeps the name. */
  editor = open_editor (f, night);
  gtk_editable_set_text (editor, "06:00");
  g_signal_emit_by_name (editor, "activate");
  settle (f);
  g_assert_cmpstr (pc_stage_get_time (night), ==, "06:00");
  g_assert_cmpstr (pc_stage_get_name (night), ==, "Night");
  g_assert_cmpuint (stage_index (f, night), ==, 0);
  g_assert_true (pc_history_undo (f->history));
  g_clear_pointer (&after_undo, g_free);
  after_undo = save (f);
  g_assert_cmpstr (after_undo, ==, before);
}

static void
test_header_invalid (Fixture       *f,
                     gconstpointer  data)
{
  PcStage *morning = stage_named (f, "Morning");
  guint depth = pc_history_get_undo_depth (f->history);
  g_autofree char *before = save (f);
  g_autofree char *after = NULL;
  GtkEditable *editor;

  /* A wrong time shows as an error while typed, and Enter keeps the editor
   * open without touching the model. */
  editor = open_editor (f, morning);
  gtk_editable_set_text (editor, "25:00 Brunch");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (editor), "error"));
  g_signal_emit_by_name (editor, "activate");
  settle (f);
  g_assert_true (f->canvas->editor == GTK_WIDGET (editor));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (editor), "error"));
  g_assert_cmpstr (pc_stage_get_time (morning), ==, "09:00");
  g_assert_cmpstr (pc_stage_get_name (morning), ==, "Morning");

  /* Fixed, the mark goes away. */
  gtk_editable_set_text (editor, "9h15 Brunch");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (editor), "error"));

  /* Wrong again and the editor left (focus elsewhere): nothing is written. */
  gtk_editable_set_text (editor, "7h75 Brunch");
  gtk_widget_grab_focus (GTK_WIDGET (f->canvas));
  settle (f);
  g_assert_null (f->canvas->editor);
  after = save (f);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, depth);
}

static void
test_add_stage (Fixture       *f,
                gconstpointer  data)
{
  PcStage *evening = stage_named (f, "Evening");
  GListModel *stages = G_LIST_MODEL (pc_map_get_stages (f->map));
  guint n = g_list_model_get_n_items (stages);
  g_autofree char *before = save (f);
  g_autofree char *after_undo = NULL;
  g_autoptr(PcStage) added = NULL;
  int start, end;

  /* "+" after 18:00, with 21:00 next, proposes 19:00 and selects the name
   * only, so typing keeps the time. */
  gtk_widget_grab_focus (header_for (f, evening));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.add-stage", NULL));
  settle (f);
  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, n + 1);
  added = g_list_model_get_item (stages, stage_index (f, evening) + 1);
  g_assert_cmpstr (pc_stage_get_time (added), ==, "19:00");
  g_assert_nonnull (f->canvas->editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->canvas->editor)), ==, "19:00 New stage");
  g_assert_true (gtk_editable_get_selection_bounds (GTK_EDITABLE (f->canvas->editor), &start, &end));
  g_assert_cmpint (start, ==, 6);
  g_assert_cmpint (end, ==, 15);
  gtk_editable_delete_selection (GTK_EDITABLE (f->canvas->editor));
  gtk_editable_insert_text (GTK_EDITABLE (f->canvas->editor), "Dinner", -1, &start);
  g_signal_emit_by_name (f->canvas->editor, "activate");
  settle (f);
  g_assert_cmpstr (pc_stage_get_name (added), ==, "Dinner");
  g_assert_cmpstr (pc_stage_get_time (added), ==, "19:00");

  /* At the end of the day: an hour after the last stage. */
  {
    g_autofree char *proposed = pc_daylife_propose_time (f->map, n + 1);
    g_assert_cmpstr (proposed, ==, "22:00");
  }

  /* Adding and naming are two steps. */
  g_assert_true (pc_history_undo (f->history));
  g_assert_true (pc_history_undo (f->history));
  after_undo = save (f);
  g_assert_cmpstr (after_undo, ==, before);
}

static PcTouchpoint *
touchpoint_titled (Fixture    *f,
                   const char *title)
{
  GListModel *list = G_LIST_MODEL (pc_map_get_touchpoints (f->map));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PcTouchpoint) tp = g_list_model_get_item (list, i);

      if (g_strcmp0 (pc_touchpoint_get_title (tp), title) == 0)
        return tp;
    }
  g_assert_not_reached ();
}

static gboolean
is_time_row (GtkWidget *widget)
{
  return ADW_IS_ENTRY_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
                    "Time of Day (HH:MM)") == 0;
}

static GtkWidget *
find_time_row (GtkWidget *widget)
{
  if (is_time_row (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_time_row (child);
      if (found != NULL)
        return found;
    }
  return NULL;
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
test_inspector_time (Fixture       *f,
                     gconstpointer  data)
{
  PcTouchpoint *commute = touchpoint_titled (f, "Commutes to work");
  PcTouchpoint *lunch = touchpoint_titled (f, "Orders lunch in the app");
  GtkWidget *window = gtk_window_new ();
  PcInspector *inspector = pc_inspector_new ();
  guint depth = pc_history_get_undo_depth (f->history);
  g_autofree char *before = save (f);
  g_autofree char *after_undo = NULL;
  GtkWidget *time_row;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (inspector));
  gtk_window_present (GTK_WINDOW (window));
  pc_inspector_set_model (inspector, f->history, f->map);
  pc_inspector_set_touchpoint (inspector, commute);
  time_row = find_time_row (GTK_WIDGET (inspector));
  g_assert_nonnull (time_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (time_row)), ==, "09:05");
  g_assert_cmpstr (pc_touchpoint_get_stage_id (commute), ==, "stage-day-2");

  /* 12:45 falls in the 12:00 slot, after the 12:10 card there. */
  gtk_editable_set_text (GTK_EDITABLE (time_row), "12:45");
  settle (f);
  g_assert_cmpstr (pc_touchpoint_get_time (commute), ==, "12:45");
  g_assert_cmpstr (pc_touchpoint_get_stage_id (commute), ==, "stage-day-3");
  g_assert_cmpuint (index_in_cell (f, commute), ==, 1);
  g_assert_cmpuint (index_in_cell (f, lunch), ==, 0);
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, depth + 1);

  /* One undo: the time and the column together. */
  g_assert_true (pc_history_undo (f->history));
  after_undo = save (f);
  g_assert_cmpstr (after_undo, ==, before);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (time_row)), ==, "09:05");

  /* Before the first slot: the first column. */
  gtk_editable_set_text (GTK_EDITABLE (time_row), "06:10");
  g_assert_cmpstr (pc_touchpoint_get_stage_id (commute), ==, "stage-day-1");
  g_assert_cmpuint (index_in_cell (f, commute), ==, 0);

  /* Cleared, it stays where it is. */
  gtk_editable_set_text (GTK_EDITABLE (time_row), "");
  g_assert_cmpstr (pc_touchpoint_get_time (commute), ==, "");
  g_assert_cmpstr (pc_touchpoint_get_stage_id (commute), ==, "stage-day-1");

  /* A wrong time moves nothing. */
  gtk_editable_set_text (GTK_EDITABLE (time_row), "21:75");
  g_assert_cmpstr (pc_touchpoint_get_time (commute), ==, "");
  g_assert_cmpstr (pc_touchpoint_get_stage_id (commute), ==, "stage-day-1");
  g_assert_true (gtk_widget_has_css_class (time_row, "error"));

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/daylife/header-edit", Fixture, NULL, fixture_set_up, test_header_edit, fixture_tear_down);
  g_test_add ("/daylife/header-invalid", Fixture, NULL, fixture_set_up, test_header_invalid, fixture_tear_down);
  g_test_add ("/daylife/add-stage", Fixture, NULL, fixture_set_up, test_add_stage, fixture_tear_down);
  g_test_add ("/daylife/inspector-time", Fixture, NULL, fixture_set_up, test_inspector_time, fixture_tear_down);

  return g_test_run ();
}
