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

static gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_visible (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
shows_label (PcWindow   *window,
             const char *text)
{
  return pc_ui_find_descendant (GTK_WIDGET (window), is_label_with_text, text) != NULL;
}

static PcTouchpoint *
find_touchpoint (PcMap      *map,
                 const char *title)
{
  GListModel *touchpoints = G_LIST_MODEL (pc_map_get_touchpoints (map));

  for (guint i = 0; i < g_list_model_get_n_items (touchpoints); i++)
    {
      g_autoptr(PcTouchpoint) touchpoint = g_list_model_get_item (touchpoints, i);

      if (g_strcmp0 (pc_touchpoint_get_title (touchpoint), title) == 0)
        return touchpoint;
    }
  g_assert_not_reached ();
}

/* The centre of @touchpoint's card, in the canvas's coordinates. */
static void
card_centre (PcCanvas     *canvas,
             PcTouchpoint *touchpoint,
             double       *x,
             double       *y)
{
  GtkWidget *card = pc_canvas_get_card (canvas, touchpoint);
  graphene_rect_t bounds;

  g_assert_nonnull (card);
  g_assert_true (gtk_widget_compute_bounds (card, GTK_WIDGET (canvas), &bounds));
  *x = bounds.origin.x + bounds.size.width / 2;
  *y = bounds.origin.y + bounds.size.height / 2;
}

static PcWindow *
open_example (char **dir)
{
  g_autoptr(GFile) file = pc_ui_copy_example (dir);
  PcWindow *window = pc_window_new (NULL);

  pc_window_open_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
  pc_ui_run_for (200);
  g_assert_nonnull (pc_window_get_map (window));
  return window;
}

/* With dot voting on, a click on a card adds a vote and a secondary
 * click takes one away, one undo step each, and cards do not drag;
 * with it off, clicks and drags are the editor's again. Clear Votes
 * takes every vote away in one undo step. */
static void
test_workshop_vote_click (void)
{
  g_autofree char *dir = NULL;
  PcWindow *window = open_example (&dir);
  PcMap *map = pc_window_get_map (window);
  PcHistory *history = pc_window_get_history (window);
  PcCanvas *canvas = PC_CANVAS (pc_ui_find_descendant (GTK_WIDGET (window), is_canvas, NULL));
  PcTouchpoint *friend = find_touchpoint (map, "Hears about us from a friend");
  PcTouchpoint *post = find_touchpoint (map, "Sees a sponsored post");
  double x, y, px, py;
  guint depth;

  card_centre (canvas, friend, &x, &y);
  card_centre (canvas, post, &px, &py);

  /* Off: a click is not a vote, and a card drags. */
  g_assert_false (pc_canvas_get_voting (canvas));
  g_assert_false (pc_canvas_vote_click (canvas, x, y, FALSE));
  g_assert_cmpuint (pc_touchpoint_get_votes (friend), ==, 0);
  g_assert_true (pc_canvas_drag_begin (canvas, x, y));
  pc_canvas_drag_cancel (canvas);

  g_action_group_change_action_state (G_ACTION_GROUP (window), "voting", g_variant_new_boolean (TRUE));
  g_assert_true (pc_canvas_get_voting (canvas));

  depth = pc_history_get_undo_depth (history);
  g_assert_true (pc_canvas_vote_click (canvas, x, y, FALSE));
  g_assert_true (pc_canvas_vote_click (canvas, x, y, FALSE));
  g_assert_true (pc_canvas_vote_click (canvas, px, py, FALSE));
  g_assert_cmpuint (pc_touchpoint_get_votes (friend), ==, 2);
  g_assert_cmpuint (pc_touchpoint_get_votes (post), ==, 1);
  g_assert_true (pc_canvas_get_selected (canvas) == post);
  g_assert_cmpuint (pc_history_get_undo_depth (history), ==, depth + 3);

  /* Secondary click (or Shift+click) takes one away, never below 0. */
  g_assert_true (pc_canvas_vote_click (canvas, px, py, TRUE));
  g_assert_true (pc_canvas_vote_click (canvas, px, py, TRUE));
  g_assert_cmpuint (pc_touchpoint_get_votes (post), ==, 0);
  g_assert_cmpuint (pc_history_get_undo_depth (history), ==, depth + 4);
  pc_history_undo (history);
  g_assert_cmpuint (pc_touchpoint_get_votes (post), ==, 1);

  /* A card does not move while voting; a click beside the cards is no vote. */
  g_assert_false (pc_canvas_drag_begin (canvas, x, y));
  g_assert_false (pc_canvas_vote_click (canvas, 2, 2, FALSE));

  /* Clear Votes: one undo step for all. */
  depth = pc_history_get_undo_depth (history);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-votes", NULL));
  g_assert_cmpuint (pc_touchpoint_get_votes (friend), ==, 0);
  g_assert_cmpuint (pc_touchpoint_get_votes (post), ==, 0);
  g_assert_cmpuint (pc_history_get_undo_depth (history), ==, depth + 1);
  pc_history_undo (history);
  g_assert_cmpuint (pc_touchpoint_get_votes (friend), ==, 2);
  g_assert_cmpuint (pc_touchpoint_get_votes (post), ==, 1);

  g_action_group_change_action_state (G_ACTION_GROUP (window), "voting", g_variant_new_boolean (FALSE));
  g_assert_false (pc_canvas_get_voting (canvas));
  g_assert_false (pc_canvas_vote_click (canvas, x, y, FALSE));
  g_assert_cmpuint (pc_touchpoint_get_votes (friend), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
  pc_ui_remove_dir (dir);
}

/* The spotlight's summary follows edits as they happen: votes, a
 * sentiment changed, a pain point written, clearing the votes. */
static void
test_workshop_summary_live (void)
{
  g_autofree char *dir = NULL;
  PcWindow *window = open_example (&dir);
  PcMap *map = pc_window_get_map (window);
  PcHistory *history = pc_window_get_history (window);
  PcCanvas *canvas = PC_CANVAS (pc_ui_find_descendant (GTK_WIDGET (window), is_canvas, NULL));
  PcTouchpoint *post = find_touchpoint (map, "Sees a sponsored post");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  pc_canvas_set_spotlight (canvas, 0);
  pc_ui_run_for (100);
  g_assert_true (shows_label (window, "Awareness"));
  g_assert_true (shows_label (window, "1 positive, 2 neutral, 0 negative"));
  g_assert_true (shows_label (window, "No votes yet"));
  g_assert_true (shows_label (window, "None noted"));

  pc_edit_set_int (history, G_OBJECT (post), "votes", 2);
  pc_edit_set_enum (history, G_OBJECT (post), "sentiment", PC_SENTIMENT_NEGATIVE);
  pc_edit_set_string (history, G_OBJECT (post), "pain-points", "Too many adverts");
  pc_ui_run_for (100);
  g_assert_true (shows_label (window, "Sees a sponsored post — 2 votes"));
  g_assert_false (shows_label (window, "No votes yet"));
  g_assert_true (shows_label (window, "1 positive, 1 neutral, 1 negative"));
  g_assert_true (shows_label (window, "• Too many adverts"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-votes", NULL));
  pc_ui_run_for (100);
  g_assert_true (shows_label (window, "No votes yet"));
  g_assert_false (shows_label (window, "Sees a sponsored post — 2 votes"));
  pc_history_undo (history);
  pc_ui_run_for (100);
  g_assert_true (shows_label (window, "Sees a sponsored post — 2 votes"));

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
  pc_ui_remove_dir (dir);
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
  /* No card of the audience's takes the keyboard focus (or shows it). */
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (audience));

    g_assert_true (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (canvas)));
  }
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
  g_test_add_func ("/workshop/vote-click", test_workshop_vote_click);
  g_test_add_func ("/workshop/summary-live", test_workshop_summary_live);

  return g_test_run ();
}
