/* test-window-load.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Opening a big file: it is read in a thread while the window shows
 * progress and stays responsive; Cancel leaves the window as it was. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pc-file.h"
#include "pc-ui-test-util.h"
#include "pc-window-private.h"

#define N_CARDS 4000

/* Writes a map big enough to be read in a thread; returns its path. */
static char *
write_big_map (char **dir_out)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(PcMap) map = pc_map_new ("map-big", PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(PcStage) stage = pc_stage_new ("stage-1");
  g_autoptr(PcLane) lane = pc_lane_new ("lane-1");
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("parcours-load-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  pc_document_set_title (document, "A big map");
  pc_map_set_name (map, "Big");
  pc_stage_set_name (stage, "Everything");
  pc_lane_set_kind (lane, PC_LANE_KIND_FREE);
  pc_lane_set_name (lane, "All");
  g_list_store_append (pc_map_get_stages (map), stage);
  g_list_store_append (pc_map_get_lanes (map), lane);
  for (guint i = 0; i < N_CARDS; i++)
    {
      g_autofree char *id = g_strdup_printf ("tp-%u", i);
      g_autofree char *title = g_strdup_printf ("Touchpoint %u, with a title long enough to weigh", i);
      g_autoptr(PcTouchpoint) tp = pc_touchpoint_new (id);

      pc_touchpoint_set_stage_id (tp, "stage-1");
      pc_touchpoint_set_lane_id (tp, "lane-1");
      pc_touchpoint_set_title (tp, title);
      pc_touchpoint_set_action (tp, "Reads, compares, hesitates, then decides to go on");
      g_list_store_append (pc_map_get_touchpoints (map), tp);
    }
  g_list_store_append (pc_document_get_maps (document), map);

  path = g_build_filename (dir, "big.parcours", NULL);
  g_assert_true (pc_file_save (document, path, &error));
  g_assert_no_error (error);
  *dir_out = dir;
  return path;
}

static void
wait_for_document (PcWindow   *window,
                   const char *title)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline &&
         (pc_window_get_document (window) == NULL ||
          g_strcmp0 (pc_document_get_title (pc_window_get_document (window)), title) != 0))
    g_main_context_iteration (NULL, TRUE);
}

/* Runs the main loop for two seconds: the thread reading the file has
 * had the time to finish and to report back. */
static void
spin_a_while (void)
{
  gint64 end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10000);
}

static void
test_load_in_background (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = write_big_map (&dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *backup = pc_file_backup_path (path);
  PcWindow *window = pc_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  pc_ui_spin ();

  /* The call returns at once; an empty window says what it opens. */
  pc_window_open_file (window, file);
  g_assert_null (pc_window_get_document (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "loading");
  g_assert_nonnull (strstr (gtk_label_get_text (window->loading_label), "big.parcours"));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (window->loading_progress)));

  wait_for_document (window, "A big map");
  g_assert_nonnull (pc_window_get_document (window));
  g_assert_true (g_file_equal (pc_window_get_file (window), file));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "editor");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (pc_window_get_map (window)))),
                    ==, N_CARDS);
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "A big map"));

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

/* Cancel while a big file is read: the document shown stays, as it was. */
static void
test_cancel_keeps_document (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = write_big_map (&dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *backup = pc_file_backup_path (path);
  g_autofree char *example_path = pc_ui_example_path ();
  g_autoptr(GFile) example = g_file_new_for_path (example_path);
  PcWindow *window = pc_window_new (NULL);
  PcDocument *before;
  PcHistory *history;

  gtk_window_present (GTK_WINDOW (window));
  pc_window_open_file (window, example);
  before = pc_window_get_document (window);
  history = pc_window_get_history (window);
  g_assert_nonnull (before);

  pc_window_open_file (window, file);
  g_assert_true (pc_window_get_document (window) == before);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-load", NULL);
  spin_a_while ();

  g_assert_true (pc_window_get_document (window) == before);
  g_assert_true (pc_window_get_history (window) == history);
  g_assert_true (g_file_equal (pc_window_get_file (window), example));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "editor");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Ordering kitchen equipment");
  g_assert_null (pc_ui_find_alert ());

  /* Opening it again, to the end, replaces the document. */
  pc_window_open_file (window, file);
  wait_for_document (window, "A big map");
  g_assert_true (pc_window_get_document (window) != before);

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window-load/in-background", test_load_in_background);
  g_test_add_func ("/window-load/cancel-keeps-document", test_cancel_keeps_document);

  return g_test_run ();
}
