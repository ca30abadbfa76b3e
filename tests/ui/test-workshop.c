/* test-workshop.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

#include "pc-canvas.h"
#include "pc-edit.h"
#include "pc-file.h"
#include "pc-ui-test-util.h"
#include "pc-window.h"

static gboolean
is_canvas (GtkWidget     *widget,
           gconstpointer  data)
{
  return PC_IS_CANVAS (widget);
}

/* The audience window shows the editor's map, read-only, and an edit in
 * the editor appears in it. */
static void
test_workshop_audience_follows (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = pc_ui_copy_example (&dir);
  PcWindow *window = pc_window_new (NULL);
  PcMap *map;
  PcStage *stage;
  PcLane *lane;
  GtkWindow *audience;
  PcCanvas *canvas, *editor;
  g_autoptr(PcTouchpoint) touchpoint = pc_touchpoint_new (NULL);
  GListStore *touchpoints;

  pc_window_open_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
  pc_ui_run_for (200);
  map = pc_window_get_map (window);
  g_assert_nonnull (map);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.audience", NULL));
  audience = pc_ui_find_window_titled ("Audience View");
  g_assert_nonnull (audience);
  canvas = PC_CANVAS (pc_ui_find_descendant (GTK_WIDGET (audience), is_canvas, NULL));
  pc_ui_run_for (300);
  g_assert_true (pc_canvas_get_map (canvas) == map);
  g_assert_true (pc_canvas_get_presentation (canvas));
  /* Zoomed to fit the window, not the editor's zoom. */
  g_assert_cmpfloat (pc_canvas_get_zoom (canvas), !=, 1.0);

  /* A card added in the editor (through its history) shows up. */
  stage = g_list_model_get_item (G_LIST_MODEL (pc_map_get_stages (map)), 0);
  lane = g_list_model_get_item (G_LIST_MODEL (pc_map_get_lanes (map)), 0);
  pc_touchpoint_set_title (touchpoint, "Called out from the room");
  pc_touchpoint_set_stage_id (touchpoint, pc_entity_get_id (PC_ENTITY (stage)));
  pc_touchpoint_set_lane_id (touchpoint, pc_entity_get_id (PC_ENTITY (lane)));
  g_object_unref (stage);
  g_object_unref (lane);
  g_assert_null (pc_canvas_get_card (canvas, touchpoint));
  touchpoints = pc_map_get_touchpoints (map);
  pc_edit_insert (pc_window_get_history (window), touchpoints,
                  g_list_model_get_n_items (G_LIST_MODEL (touchpoints)), touchpoint, "Add");
  pc_ui_run_for (300);
  g_assert_nonnull (pc_canvas_get_card (canvas, touchpoint));

  /* Votes from the editor's keyboard action reach the file's model. */
  editor = PC_CANVAS (pc_ui_find_descendant (GTK_WIDGET (window), is_canvas, NULL));
  g_assert_nonnull (editor);
  pc_canvas_set_selected (editor, touchpoint);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "canvas.vote", "i", 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "canvas.vote", "i", 1));
  g_assert_cmpuint (pc_touchpoint_get_votes (touchpoint), ==, 2);
  pc_history_undo (pc_window_get_history (window));
  g_assert_cmpuint (pc_touchpoint_get_votes (touchpoint), ==, 1);

  /* The audience follows the spotlight, and cannot edit. */
  pc_canvas_set_spotlight (editor, 1);
  g_assert_cmpint (pc_canvas_get_spotlight (canvas), ==, 1);
  {
    guint n = g_list_model_get_n_items (G_LIST_MODEL (touchpoints));

    gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.add-touchpoint", NULL);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (touchpoints)), ==, n);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
  g_assert_null (pc_ui_find_window_titled ("Audience View"));
  pc_ui_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("parcours-data-XXXXXX", NULL);

  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/workshop/audience-follows", test_workshop_audience_follows);

  return g_test_run ();
}
