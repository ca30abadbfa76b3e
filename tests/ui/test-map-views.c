/* test-map-views.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The template chooser, the map switcher, the summary panel and the
 * compare view, under a real display. */

#include "config.h"

#include <string.h>

#include "pc-compare-view.h"
#include "pc-edit.h"
#include "pc-format.h"
#include "pc-test-util.h"
#include "pc-ui-test-util.h"
#include "pc-map-ops.h"
#include "pc-map-switcher.h"
#include "pc-summary-panel.h"
#include "pc-template-chooser.h"
#include "pc-templates.h"

static gpointer
nth (GListStore *store,
     guint       n)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), n);

  g_assert_nonnull (item);
  return item;
}

/* Lets idle rebuilds and drawing run. */
static void
settle (void)
{
  for (int i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
on_chosen (PcTemplateChooser *chooser,
           const char        *id,
           char             **out)
{
  g_free (*out);
  *out = g_strdup (id);
}

static gboolean
is_popover (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_POPOVER (widget);
}

static guint
count_rows (GtkWidget *widget)
{
  guint n = 0;

  if (GTK_IS_LIST_BOX_ROW (widget))
    return 1;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_rows (child);
  return n;
}

static void
test_template_chooser (void)
{
  PcTemplateChooser *chooser = pc_template_chooser_new (NULL, "New Document");
  g_autofree char *chosen = NULL;

  g_signal_connect (chooser, "chosen", G_CALLBACK (on_chosen), &chosen);
  gtk_window_present (GTK_WINDOW (chooser));
  settle ();

  g_assert_cmpuint (count_rows (GTK_WIDGET (chooser)), ==, pc_templates_get_n_templates ());
  g_assert_cmpstr (pc_template_chooser_get_selected (chooser), ==, "5a");
  pc_template_chooser_select (chooser, "restaurant-blueprint");
  g_assert_cmpstr (pc_template_chooser_get_selected (chooser), ==, "restaurant-blueprint");
  pc_template_chooser_select (chooser, "no-such-template");
  g_assert_cmpstr (pc_template_chooser_get_selected (chooser), ==, "restaurant-blueprint");

  /* The default button's action: Enter in the list does the same. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (chooser), "chooser.choose", NULL));
  g_assert_cmpstr (chosen, ==, "restaurant-blueprint");
  settle ();

  g_assert_cmpstr (pc_map_kind_get_icon_name (PC_MAP_KIND_SERVICE_BLUEPRINT), !=,
                   pc_map_kind_get_icon_name (PC_MAP_KIND_CURRENT_STATE));
}

static void
on_compare (PcMapSwitcher *switcher,
            PcMap         *before,
            PcMap         *after,
            PcMap        **out)
{
  out[0] = before;
  out[1] = after;
}

static void
test_map_switcher (void)
{
  g_autoptr(PcDocument) document = pc_templates_instantiate ("5a", NULL);
  g_autoptr(PcHistory) history = pc_history_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *widget = pc_map_switcher_new ();
  PcMapSwitcher *switcher = PC_MAP_SWITCHER (widget);
  GListStore *maps = pc_document_get_maps (document);
  PcMap *current = nth (maps, 0);
  PcMap *pair[2] = { NULL, NULL };
  PcMap *future, *blueprint;
  g_autofree char *name = NULL;

  gtk_window_set_child (GTK_WINDOW (window), widget);
  gtk_window_present (GTK_WINDOW (window));
  pc_map_switcher_set_model (switcher, document, history);
  g_signal_connect (switcher, "compare-requested", G_CALLBACK (on_compare), pair);
  settle ();

  g_assert_true (pc_map_switcher_get_selected_map (switcher) == current);
  name = pc_map_kind_get_accessible_name (pc_map_get_kind (current), pc_map_get_name (current));
  g_assert_cmpstr (name, ==, "5A customer journey, Current state");
  /* Nothing to compare a lone current state with yet. */
  gtk_widget_activate_action (widget, "switcher.compare", NULL);
  g_assert_null (pair[0]);

  /* Create future state: selected, linked, comparable. */
  g_assert_true (gtk_widget_activate_action (widget, "switcher.future-state", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (maps)), ==, 2);
  future = pc_map_switcher_get_selected_map (switcher);
  g_assert_cmpint (pc_map_get_kind (future), ==, PC_MAP_KIND_FUTURE_STATE);
  g_assert_true (gtk_widget_activate_action (widget, "switcher.compare", NULL));
  g_assert_true (pair[0] == current);
  g_assert_true (pair[1] == future);

  /* Undo takes the future away and the selection back to its neighbour. */
  g_assert_true (pc_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (maps)), ==, 1);
  g_assert_true (pc_map_switcher_get_selected_map (switcher) == current);
  g_assert_true (pc_history_redo (history));
  pc_map_switcher_set_selected_map (switcher, nth (maps, 1));

  /* Move the future before the current state, then back. */
  g_assert_true (gtk_widget_activate_action (widget, "switcher.move-up", NULL));
  g_assert_true (nth (maps, 0) == future);
  g_assert_true (pc_history_undo (history));
  g_assert_true (nth (maps, 1) == future);

  /* New blueprint map, then delete it; undo brings it back. */
  g_assert_true (gtk_widget_activate_action (widget, "switcher.new-map", "i",
                                             (int) PC_MAP_KIND_SERVICE_BLUEPRINT));
  blueprint = pc_map_switcher_get_selected_map (switcher);
  g_assert_cmpint (pc_map_get_kind (blueprint), ==, PC_MAP_KIND_SERVICE_BLUEPRINT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_lanes (blueprint))), ==, 5);
  g_assert_true (gtk_widget_activate_action (widget, "switcher.delete", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (maps)), ==, 2);
  g_assert_true (pc_map_switcher_get_selected_map (switcher) != blueprint);
  g_assert_true (pc_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (maps)), ==, 3);

  /* Duplicate and blueprint of the current state. */
  pc_map_switcher_set_selected_map (switcher, current);
  g_assert_true (gtk_widget_activate_action (widget, "switcher.duplicate", NULL));
  g_assert_cmpstr (pc_map_get_name (pc_map_switcher_get_selected_map (switcher)), ==,
                   "5A customer journey (copy)");
  pc_map_switcher_set_selected_map (switcher, current);
  g_assert_true (gtk_widget_activate_action (widget, "switcher.blueprint", NULL));
  g_assert_cmpint (pc_map_get_kind (pc_map_switcher_get_selected_map (switcher)), ==,
                   PC_MAP_KIND_SERVICE_BLUEPRINT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (maps)), ==, 5);

  /* A day in the life: stages edited out of order come back in time
   * order, and an activity goes to its slot, in one undo step. */
  g_assert_true (gtk_widget_activate_action (widget, "switcher.new-map", "i",
                                             (int) PC_MAP_KIND_DAY_IN_THE_LIFE));
  {
    PcMap *day = pc_map_switcher_get_selected_map (switcher);
    GListStore *stages = pc_map_get_stages (day);
    PcStage *morning = nth (stages, 0);
    g_autoptr(PcTouchpoint) tp = pc_touchpoint_new (NULL);
    guint depth;

    pc_edit_set_string (history, morning, "time", "20:00");
    pc_touchpoint_set_stage_id (tp, pc_entity_get_id (nth (stages, 1)));
    pc_touchpoint_set_lane_id (tp, pc_entity_get_id (nth (pc_map_get_lanes (day), 0)));
    pc_touchpoint_set_title (tp, "Late walk");
    pc_touchpoint_set_time (tp, "21:15");
    pc_edit_insert (history, pc_map_get_touchpoints (day), 0, tp, NULL);
    depth = pc_history_get_undo_depth (history);
    g_assert_true (gtk_widget_activate_action (widget, "switcher.arrange-by-time", NULL));
    g_assert_cmpuint (pc_history_get_undo_depth (history), ==, depth + 1);
    g_assert_true (nth (stages, 3) == morning);
    g_assert_cmpstr (pc_touchpoint_get_stage_id (tp), ==, pc_entity_get_id (PC_ENTITY (morning)));
    g_assert_true (pc_history_undo (history));
    g_assert_true (nth (stages, 0) == morning);
    g_assert_true (pc_history_undo (history));
    g_assert_true (pc_history_undo (history));
    g_assert_true (pc_history_undo (history));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (maps)), ==, 5);
  }

  /* Opening the popover shows every map as a row. */
  pc_map_switcher_popup (switcher);
  settle ();
  g_assert_cmpuint (count_rows (widget), ==, 5);

  /* Close the popover and let the tooltip timer its rows started under the
   * pointer run out before the window goes: GTK 4.8 fires it on a freed
   * surface otherwise, and the next test dies of that critical. */
  gtk_popover_popdown (GTK_POPOVER (pc_ui_find_descendant (widget, is_popover, NULL)));
  pc_ui_run_for (700);
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

static void
test_summary_panel (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(PcHistory) history = pc_history_new ();
  PcMap *map = nth (pc_document_get_maps (document), 0);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *panel = pc_summary_panel_new ();
  const PcSummary *summary;

  gtk_window_set_child (GTK_WINDOW (window), panel);
  gtk_window_present (GTK_WINDOW (window));
  pc_summary_panel_set_model (PC_SUMMARY_PANEL (panel), history, map);
  settle ();

  summary = pc_summary_panel_get_summary (PC_SUMMARY_PANEL (panel));
  g_assert_nonnull (summary);
  g_assert_cmpuint (summary->stages[0].negative, ==, 0);
  g_assert_cmpstr (pc_summary_panel_get_hurts_text (PC_SUMMARY_PANEL (panel)), ==,
                   "Ask: 2 of 3 negative\nAct: 1 of 3 negative");

  /* A sentiment edited through the history shows at the next turn. */
  pc_edit_set_enum (history, pc_map_find_touchpoint (map, "tp-friend"), "sentiment", PC_SENTIMENT_NEGATIVE);
  pc_edit_set_enum (history, pc_map_find_touchpoint (map, "tp-ad"), "sentiment", PC_SENTIMENT_NEGATIVE);
  pc_edit_set_enum (history, pc_map_find_touchpoint (map, "tp-search"), "sentiment", PC_SENTIMENT_NEGATIVE);
  settle ();
  summary = pc_summary_panel_get_summary (PC_SUMMARY_PANEL (panel));
  g_assert_cmpuint (summary->stages[0].negative, ==, 3);
  g_assert_true (g_str_has_prefix (pc_summary_panel_get_hurts_text (PC_SUMMARY_PANEL (panel)),
                                   "Awareness: 3 of 3 negative"));

  /* And a removed card at the next turn too. */
  pc_edit_remove_touchpoint (history, map, pc_map_find_touchpoint (map, "tp-search"));
  settle ();
  summary = pc_summary_panel_get_summary (PC_SUMMARY_PANEL (panel));
  g_assert_cmpuint (summary->stages[0].negative, ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

static void
test_compare_view (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(PcHistory) history = pc_history_new ();
  PcMap *current = nth (pc_document_get_maps (document), 0);
  PcMap *future = pc_map_ops_create_future_state (history, document, current);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = pc_compare_view_new ();
  g_autoptr(GdkPaintable) paintable = NULL;
  const PcComparison *comparison;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  pc_compare_view_set_maps (PC_COMPARE_VIEW (view), document, history, current, future);
  settle ();

  g_assert_cmpstr (pc_compare_view_get_totals_text (PC_COMPARE_VIEW (view)), ==,
                   "0 added, 0 removed, 0 changed; 0 better, 0 worse");

  /* Claire's chat gets better, Hugo's quote is gone. */
  pc_edit_set_enum (history, nth (pc_map_get_touchpoints (future), 5), "sentiment", PC_SENTIMENT_POSITIVE);
  pc_edit_remove_touchpoint (history, future, nth (pc_map_get_touchpoints (future), 6));
  settle ();
  comparison = pc_compare_view_get_comparison (PC_COMPARE_VIEW (view));
  g_assert_cmpuint (comparison->n_improved, ==, 1);
  g_assert_cmpuint (comparison->n_removed, ==, 1);
  g_assert_cmpuint (comparison->curves->len, ==, 2);
  g_assert_cmpstr (pc_compare_view_get_totals_text (PC_COMPARE_VIEW (view)), ==,
                   "0 added, 1 removed, 1 changed; 1 better, 0 worse");

  /* It draws: a snapshot of the widget is not empty. */
  paintable = gtk_widget_paintable_new (view);
  settle ();
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/map-views/template-chooser", test_template_chooser);
  g_test_add_func ("/map-views/map-switcher", test_map_switcher);
  g_test_add_func ("/map-views/summary-panel", test_summary_panel);
  g_test_add_func ("/map-views/compare-view", test_compare_view);

  return g_test_run ();
}
