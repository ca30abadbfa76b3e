/* test-canvas.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The canvas in a real window: where cards land, drags and drops through
 * the gesture's own functions, undo, keyboard navigation and what screen
 * readers are told. Connectors are in test-canvas-connectors.c. */

#include "config.h"

#include <adwaita.h>

#include "pc-canvas-fixture.h"
#include "pc-edit.h"
#include "pc-file.h"
#include "pc-format.h"
#include "pc-ui-test-util.h"
#include "pc-palette.h"
#include "pc-test-util.h"

static void
test_cards_in_cells (Fixture       *f,
                     gconstpointer  data)
{
  GListModel *list = G_LIST_MODEL (pc_map_get_touchpoints (f->map));
  guint n = g_list_model_get_n_items (list);

  g_assert_cmpuint (n, ==, 14);
  g_assert_cmpuint (g_hash_table_size (f->canvas->cards), ==, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcTouchpoint) tp = g_list_model_get_item (list, i);
      GtkWidget *card = pc_canvas_get_card (f->canvas, tp);
      PcStage *stage = pc_map_find_stage (f->map, pc_touchpoint_get_stage_id (tp));
      PcLane *lane = pc_map_find_lane (f->map, pc_touchpoint_get_lane_id (tp));
      graphene_rect_t card_bounds, stage_bounds, lane_bounds;
      graphene_point_t centre;

      g_assert_true (PC_IS_CARD (card));
      g_assert_true (gtk_widget_get_focusable (card));
      g_assert_true (pc_card_get_touchpoint (PC_CARD (card)) == tp);
      card_bounds = bounds_in_canvas (f, card);
      stage_bounds = bounds_in_canvas (f, header_for (f, G_OBJECT (stage)));
      lane_bounds = bounds_in_canvas (f, header_for (f, G_OBJECT (lane)));
      graphene_rect_get_center (&card_bounds, &centre);

      /* Under its stage's header, level with its lane's header. */
      g_assert_cmpfloat (card_bounds.size.width, >, 40);
      g_assert_cmpfloat (card_bounds.size.height, >, 20);
      g_assert_cmpfloat (centre.x, >=, stage_bounds.origin.x);
      g_assert_cmpfloat (centre.x, <=, stage_bounds.origin.x + stage_bounds.size.width);
      g_assert_cmpfloat (card_bounds.origin.y, >=, stage_bounds.origin.y + stage_bounds.size.height);
      g_assert_cmpfloat (centre.y, >=, lane_bounds.origin.y);
      g_assert_cmpfloat (centre.y, <=, lane_bounds.origin.y + lane_bounds.size.height);
    }

  /* Cards of one cell stack in list order. */
  {
    GtkWidget *first = pc_canvas_get_card (f->canvas, touchpoint (f, "Pays online"));
    GtkWidget *second = pc_canvas_get_card (f->canvas, touchpoint (f, "Oven delivered and installed"));
    g_assert_cmpfloat (bounds_in_canvas (f, first).origin.y, <, bounds_in_canvas (f, second).origin.y);
  }
}

static void
test_accessible_labels (Fixture       *f,
                        gconstpointer  data)
{
  PcTouchpoint *tp = touchpoint (f, "Hears about us from a friend");
  GtkWidget *card = pc_canvas_get_card (f->canvas, tp);

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Hears about us from a friend, stage Awareness, lane Claire, sentiment Positive");

  /* The label follows the model. */
  pc_touchpoint_set_sentiment (tp, PC_SENTIMENT_NEGATIVE);
  settle (f);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Hears about us from a friend, stage Awareness, lane Claire, sentiment Negative");

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (header_for (f, G_OBJECT (pc_map_find_stage (f->map, "stage-ask")))),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Stage Ask");
}

/* S, E, F and W set the version 2 fields of the focused card, one undo
 * step each, and the card says them. */
static void
test_card_field_keys (Fixture       *f,
                      gconstpointer  data)
{
  PcTouchpoint *tp = touchpoint (f, "Calls sales");
  GtkWidget *card = pc_canvas_get_card (f->canvas, tp);
  guint depth = pc_history_get_undo_depth (f->history);

  gtk_widget_grab_focus (card);
  settle (f);
  g_assert_cmpint (pc_touchpoint_get_strength (tp), ==, PC_STRENGTH_UNSET);

  press (f, GDK_KEY_s, 0);
  g_assert_cmpint (pc_touchpoint_get_strength (tp), ==, PC_STRENGTH_MILD);
  press (f, GDK_KEY_s, 0);
  g_assert_cmpint (pc_touchpoint_get_strength (tp), ==, PC_STRENGTH_STRONG);
  press (f, GDK_KEY_s, 0);
  g_assert_cmpint (pc_touchpoint_get_strength (tp), ==, PC_STRENGTH_UNSET);
  press (f, GDK_KEY_s, 0);
  g_assert_cmpint (pc_touchpoint_get_strength (tp), ==, PC_STRENGTH_MILD);

  press (f, GDK_KEY_f, 0);
  g_assert_true (pc_touchpoint_get_fail_point (tp));
  press (f, GDK_KEY_w, 0);
  g_assert_true (pc_touchpoint_get_waiting_point (tp));
  press (f, GDK_KEY_e, 0);
  press (f, GDK_KEY_e, 0);
  press (f, GDK_KEY_e, 0);
  g_assert_cmpint (pc_touchpoint_get_evidence (tp), ==, PC_EVIDENCE_VALIDATED);
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, depth + 9);
  settle (f);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Calls sales, stage Ask, lane Hugo, sentiment Neutral, "
                                       "strength Mild, fail point, waiting point, evidence Validated");

  press (f, GDK_KEY_f, 0);
  g_assert_false (pc_touchpoint_get_fail_point (tp));
  g_assert_true (pc_history_undo (f->history));
  g_assert_true (pc_touchpoint_get_fail_point (tp));
  g_assert_true (pc_history_undo (f->history));
  g_assert_cmpint (pc_touchpoint_get_evidence (tp), ==, PC_EVIDENCE_SOME_RESEARCH);
}

static void
test_drag_card (Fixture       *f,
                gconstpointer  data)
{
  PcTouchpoint *tp = touchpoint (f, "Browses the catalogue");
  PcStage *target = pc_map_find_stage (f->map, "stage-ask");
  g_autofree char *old_stage = g_strdup (pc_touchpoint_get_stage_id (tp));
  guint old_position = list_index (pc_map_get_touchpoints (f->map), tp);
  guint depth = pc_history_get_undo_depth (f->history);
  GtkWidget *card = pc_canvas_get_card (f->canvas, tp);
  graphene_rect_t before = bounds_in_canvas (f, card);
  graphene_rect_t ask = bounds_in_canvas (f, header_for (f, G_OBJECT (target)));
  double x, y, tx, ty;

  centre_of (f, card, &x, &y);
  /* Into the Ask column, same lane, below its one card. */
  tx = ask.origin.x + ask.size.width / 2;
  ty = bounds_in_canvas (f, pc_canvas_get_card (f->canvas, touchpoint (f, "Asks about installation in the chat"))).origin.y + 150;

  g_assert_true (pc_canvas_drag_begin (f->canvas, x, y));
  for (guint i = 1; i <= 10; i++)
    {
      pc_canvas_drag_update (f->canvas, x + (tx - x) * i / 10, y + (ty - y) * i / 10);
      settle (f);
      /* Only the dragged card moves while the pointer does. */
      g_assert_cmpfloat (fabs (bounds_in_canvas (f, card).origin.x - (before.origin.x + (tx - x) * i / 10)), <, 2);
    }
  g_assert_true (f->canvas->drop_valid);
  g_assert_true (pc_canvas_drag_end (f->canvas, tx, ty));
  settle (f);

  g_assert_cmpstr (pc_touchpoint_get_stage_id (tp), ==, "stage-ask");
  g_assert_cmpstr (pc_touchpoint_get_lane_id (tp), ==, "lane-claire");
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, depth + 1);
  g_assert_true (pc_canvas_get_card (f->canvas, tp) == card);
  g_assert_cmpfloat (bounds_in_canvas (f, card).origin.x, >, before.origin.x + 100);
  g_assert_cmpfloat (fabs (bounds_in_canvas (f, card).origin.x - ask.origin.x), <, ask.size.width);

  /* One undo brings it back where it was. */
  g_assert_true (pc_history_undo (f->history));
  settle (f);
  g_assert_cmpstr (pc_touchpoint_get_stage_id (tp), ==, old_stage);
  g_assert_cmpuint (list_index (pc_map_get_touchpoints (f->map), tp), ==, old_position);
  g_assert_cmpfloat (fabs (bounds_in_canvas (f, card).origin.x - before.origin.x), <, 1);
  g_assert_cmpfloat (fabs (bounds_in_canvas (f, card).origin.y - before.origin.y), <, 1);

  /* A drag that stays under the threshold is a click, not a move. */
  centre_of (f, card, &x, &y);
  g_assert_true (pc_canvas_drag_begin (f->canvas, x, y));
  g_assert_false (pc_canvas_drag_end (f->canvas, x + 2, y + 1));
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, depth);
}

static void
test_drag_within_cell (Fixture       *f,
                       gconstpointer  data)
{
  PcTouchpoint *first = touchpoint (f, "Pays online");
  PcTouchpoint *second = touchpoint (f, "Oven delivered and installed");
  GtkWidget *card = pc_canvas_get_card (f->canvas, first);
  graphene_rect_t other = bounds_in_canvas (f, pc_canvas_get_card (f->canvas, second));
  double x, y;

  centre_of (f, card, &x, &y);
  g_assert_true (pc_canvas_drag_begin (f->canvas, x, y));
  pc_canvas_drag_update (f->canvas, x, y + 20);
  g_assert_true (pc_canvas_drag_end (f->canvas, x, other.origin.y + other.size.height + 10));
  settle (f);

  g_assert_cmpuint (list_index (pc_map_get_touchpoints (f->map), first), >,
                    list_index (pc_map_get_touchpoints (f->map), second));
  g_assert_cmpfloat (bounds_in_canvas (f, card).origin.y, >,
                     bounds_in_canvas (f, pc_canvas_get_card (f->canvas, second)).origin.y);
  g_assert_true (pc_history_undo (f->history));
  settle (f);
  g_assert_cmpuint (list_index (pc_map_get_touchpoints (f->map), first), <,
                    list_index (pc_map_get_touchpoints (f->map), second));
}

static void
test_drag_stage_header (Fixture       *f,
                        gconstpointer  data)
{
  PcStage *awareness = pc_map_find_stage (f->map, "stage-awareness");
  GListStore *stages = pc_map_get_stages (f->map);
  graphene_rect_t act = bounds_in_canvas (f, header_for (f, G_OBJECT (pc_map_find_stage (f->map, "stage-act"))));
  double x, y;

  centre_of (f, header_for (f, G_OBJECT (awareness)), &x, &y);
  g_assert_true (pc_canvas_drag_begin (f->canvas, x, y));
  pc_canvas_drag_update (f->canvas, x + 40, y);
  g_assert_true (pc_canvas_drag_end (f->canvas, act.origin.x + act.size.width - 5, y));
  settle (f);
  g_assert_cmpuint (list_index (stages, awareness), ==, 3);
  g_assert_true (pc_history_undo (f->history));
  g_assert_cmpuint (list_index (stages, awareness), ==, 0);
}

static void
test_drop_channel (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *hugo = header_for (f, G_OBJECT (pc_map_find_lane (f->map, "lane-hugo")));
  graphene_rect_t act = bounds_in_canvas (f, header_for (f, G_OBJECT (pc_map_find_stage (f->map, "stage-act"))));
  graphene_rect_t lane = bounds_in_canvas (f, hugo);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (f->map)));
  PcTouchpoint *tp;

  tp = pc_canvas_drop_channel (f->canvas, PC_CHANNEL_PHONE,
                               act.origin.x + act.size.width / 2,
                               lane.origin.y + lane.size.height - 20);
  settle (f);
  g_assert_nonnull (tp);
  g_assert_cmpint (pc_touchpoint_get_channel (tp), ==, PC_CHANNEL_PHONE);
  g_assert_cmpstr (pc_touchpoint_get_stage_id (tp), ==, "stage-act");
  g_assert_cmpstr (pc_touchpoint_get_lane_id (tp), ==, "lane-hugo");
  g_assert_true (pc_canvas_get_selected (f->canvas) == tp);
  g_assert_true (PC_IS_CARD (pc_canvas_get_card (f->canvas, tp)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (f->map))), ==, n + 1);

  /* Outside every cell: nothing. */
  g_assert_null (pc_canvas_drop_channel (f->canvas, PC_CHANNEL_EMAIL, 2, 2));

  g_assert_true (pc_history_undo (f->history));
  settle (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (f->map))), ==, n);
}

static void
test_keyboard_navigation (Fixture       *f,
                          gconstpointer  data)
{
  PcTouchpoint *pays = touchpoint (f, "Pays online");
  PcTouchpoint *oven = touchpoint (f, "Oven delivered and installed");

  gtk_widget_grab_focus (pc_canvas_get_card (f->canvas, pays));
  settle (f);
  g_assert_true (pc_canvas_get_selected (f->canvas) == pays);

  press (f, GDK_KEY_Down, 0);
  g_assert_true (focus (f) == pc_canvas_get_card (f->canvas, oven));
  g_assert_true (pc_canvas_get_selected (f->canvas) == oven);

  press (f, GDK_KEY_Up, 0);
  g_assert_true (focus (f) == pc_canvas_get_card (f->canvas, pays));

  press (f, GDK_KEY_Left, 0);
  g_assert_true (focus (f) == pc_canvas_get_card (f->canvas, touchpoint (f, "Asks about installation in the chat")));

  /* Down from the last card of Claire's cell goes to Hugo's lane. */
  press (f, GDK_KEY_Down, 0);
  g_assert_true (focus (f) == pc_canvas_get_card (f->canvas, touchpoint (f, "Requests a quote by email")));

  /* An empty cell takes the focus on the canvas itself. */
  g_list_store_remove_all (pc_map_get_connectors (f->map));
  pc_edit_remove_touchpoint (f->history, f->map, touchpoint (f, "Signs the order"));
  settle (f);
  gtk_widget_grab_focus (pc_canvas_get_card (f->canvas, touchpoint (f, "Calls sales")));
  press (f, GDK_KEY_Right, 0);
  g_assert_true (focus (f) == GTK_WIDGET (f->canvas));
  g_assert_cmpuint (f->canvas->cursor_stage, ==, 3);
  g_assert_cmpuint (f->canvas->cursor_lane, ==, 1);

  /* N adds a touchpoint there and opens its title for typing. */
  press (f, GDK_KEY_n, 0);
  g_assert_nonnull (f->canvas->editor);
  gtk_editable_set_text (GTK_EDITABLE (f->canvas->editor), "Gets a call back");
  g_signal_emit_by_name (f->canvas->editor, "activate");
  settle (f);
  g_assert_null (f->canvas->editor);
  g_assert_nonnull (pc_canvas_get_selected (f->canvas));
  g_assert_cmpstr (pc_touchpoint_get_title (pc_canvas_get_selected (f->canvas)), ==, "Gets a call back");
  g_assert_cmpstr (pc_touchpoint_get_stage_id (pc_canvas_get_selected (f->canvas)), ==, "stage-act");
  g_assert_true (focus (f) == pc_canvas_get_card (f->canvas, pc_canvas_get_selected (f->canvas)));
}

static void
test_keyboard_edits (Fixture       *f,
                     gconstpointer  data)
{
  PcTouchpoint *tp = touchpoint (f, "Calls sales");
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (f->map)));
  guint depth;

  gtk_widget_grab_focus (pc_canvas_get_card (f->canvas, tp));
  settle (f);
  g_assert_cmpint (pc_touchpoint_get_sentiment (tp), ==, PC_SENTIMENT_NEUTRAL);

  press (f, GDK_KEY_3, 0);
  g_assert_cmpint (pc_touchpoint_get_sentiment (tp), ==, PC_SENTIMENT_POSITIVE);
  press (f, GDK_KEY_1, 0);
  g_assert_cmpint (pc_touchpoint_get_sentiment (tp), ==, PC_SENTIMENT_NEGATIVE);
  g_assert_true (pc_history_undo (f->history));
  g_assert_cmpint (pc_touchpoint_get_sentiment (tp), ==, PC_SENTIMENT_POSITIVE);
  press (f, GDK_KEY_2, 0);
  g_assert_cmpint (pc_touchpoint_get_sentiment (tp), ==, PC_SENTIMENT_NEUTRAL);

  /* Ctrl+Right moves the card to the next stage, one undo step, and it
   * keeps the focus. */
  depth = pc_history_get_undo_depth (f->history);
  press (f, GDK_KEY_Right, GDK_CONTROL_MASK);
  g_assert_cmpstr (pc_touchpoint_get_stage_id (tp), ==, "stage-act");
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, depth + 1);
  g_assert_true (focus (f) == pc_canvas_get_card (f->canvas, tp));
  /* Ctrl+Up goes up the cell first, then into the lane above. */
  press (f, GDK_KEY_Up, GDK_CONTROL_MASK);
  g_assert_cmpstr (pc_touchpoint_get_lane_id (tp), ==, "lane-hugo");
  g_assert_cmpuint (list_index (pc_map_get_touchpoints (f->map), tp), <,
                    list_index (pc_map_get_touchpoints (f->map), touchpoint (f, "Signs the order")));
  press (f, GDK_KEY_Up, GDK_CONTROL_MASK);
  g_assert_cmpstr (pc_touchpoint_get_lane_id (tp), ==, "lane-claire");
  g_assert_cmpstr (pc_touchpoint_get_stage_id (tp), ==, "stage-act");
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, depth + 3);
  for (guint i = 0; i < 3; i++)
    g_assert_true (pc_history_undo (f->history));
  g_assert_cmpstr (pc_touchpoint_get_stage_id (tp), ==, "stage-ask");
  g_assert_cmpstr (pc_touchpoint_get_lane_id (tp), ==, "lane-hugo");

  /* F2 renames in place; Escape leaves the title alone. */
  settle (f);
  gtk_widget_grab_focus (pc_canvas_get_card (f->canvas, tp));
  press (f, GDK_KEY_F2, 0);
  g_assert_nonnull (f->canvas->editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->canvas->editor)), ==, "Calls sales");
  gtk_editable_set_text (GTK_EDITABLE (f->canvas->editor), "Calls the sales team");
  g_signal_emit_by_name (f->canvas->editor, "activate");
  settle (f);
  g_assert_cmpstr (pc_touchpoint_get_title (tp), ==, "Calls the sales team");

  /* Delete removes it and focuses the card left in the cell. */
  gtk_widget_grab_focus (pc_canvas_get_card (f->canvas, tp));
  press (f, GDK_KEY_Delete, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (f->map))), ==, n - 1);
  g_assert_null (pc_canvas_get_card (f->canvas, tp));
  g_assert_true (focus (f) == pc_canvas_get_card (f->canvas, touchpoint (f, "Requests a quote by email")));
  g_assert_true (pc_history_undo (f->history));
  settle (f);
  g_assert_true (PC_IS_CARD (pc_canvas_get_card (f->canvas, tp)));
}

static void
test_zoom_and_theme (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *card = pc_canvas_get_card (f->canvas, touchpoint (f, "Pays online"));
  double width = bounds_in_canvas (f, card).size.width;

  press (f, GDK_KEY_plus, GDK_CONTROL_MASK);
  g_assert_cmpfloat (pc_canvas_get_zoom (f->canvas), ==, 1.25);
  g_assert_cmpfloat (fabs (bounds_in_canvas (f, card).size.width - width * 1.25), <, 2);
  press (f, GDK_KEY_0, GDK_CONTROL_MASK);
  g_assert_cmpfloat (pc_canvas_get_zoom (f->canvas), ==, 1.0);
  pc_canvas_set_zoom (f->canvas, 100);
  g_assert_cmpfloat (pc_canvas_get_zoom (f->canvas), ==, PC_CANVAS_ZOOM_MAX);
  pc_canvas_set_zoom (f->canvas, 1);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  settle (f);
  g_assert_cmpint (pc_layout_get_theme (f->canvas->layout)->variant, ==, PC_THEME_DARK);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  settle (f);
  g_assert_cmpint (pc_layout_get_theme (f->canvas->layout)->variant, ==, PC_THEME_LIGHT);
}

static gboolean
inside_canvas (Fixture   *f,
               GtkWidget *widget)
{
  graphene_rect_t bounds = bounds_in_canvas (f, widget);

  return bounds.origin.x >= 0 && bounds.origin.y >= 0 &&
         bounds.origin.x + bounds.size.width <= gtk_widget_get_width (GTK_WIDGET (f->canvas)) &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (GTK_WIDGET (f->canvas));
}

static void
test_scroll_to_focus (Fixture       *f,
                      gconstpointer  data)
{
  GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (f->canvas));
  GtkAdjustment *v = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (f->canvas));
  GtkWidget *scroller = gtk_window_get_child (f->window);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *pane = gtk_label_new ("Side");
  GtkWidget *last = pc_canvas_get_card (f->canvas, touchpoint (f, "Recommends us to another site"));
  GtkWidget *first = pc_canvas_get_card (f->canvas, touchpoint (f, "Hears about us from a friend"));

  /* Big enough that most of the map is out of view. */
  pc_canvas_set_zoom (f->canvas, 2.5);
  gtk_adjustment_set_value (h, 0);
  gtk_adjustment_set_value (v, 0);
  settle (f);
  g_assert_false (inside_canvas (f, last));

  /* Focus moved the way Tab moves it, not through the canvas. */
  gtk_widget_grab_focus (last);
  settle (f);
  g_assert_cmpfloat (gtk_adjustment_get_value (h), >, 0);
  g_assert_cmpfloat (gtk_adjustment_get_value (v), >, 0);
  g_assert_true (inside_canvas (f, last));

  gtk_widget_grab_focus (first);
  settle (f);
  g_assert_true (inside_canvas (f, first));

  /* A side pane opening over the focused card's place scrolls it back
   * into view. */
  pc_canvas_set_zoom (f->canvas, 1.0);
  g_object_ref (scroller);
  gtk_window_set_child (f->window, NULL);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_widget_set_hexpand (scroller, TRUE);
  gtk_widget_set_size_request (pane, 900, -1);
  gtk_widget_set_visible (pane, FALSE);
  gtk_box_append (GTK_BOX (box), pane);
  g_object_unref (scroller);
  gtk_window_set_child (f->window, box);
  settle (f);
  last = pc_canvas_get_card (f->canvas, touchpoint (f, "Asks about installation in the chat"));
  gtk_widget_grab_focus (last);
  gtk_adjustment_set_value (h, 0);
  settle (f);
  g_assert_true (inside_canvas (f, last));
  g_assert_cmpfloat (gtk_adjustment_get_value (h), ==, 0);

  gtk_widget_set_visible (pane, TRUE);
  settle (f);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->canvas)), <, 700);
  g_assert_cmpfloat (gtk_adjustment_get_value (h), >, 0);
  g_assert_true (inside_canvas (f, last));
}

static void
on_edit_persona (PcCanvas   *canvas,
                 PcPersona  *persona,
                 PcPersona **out)
{
  *out = persona;
}

static void
test_headers (Fixture       *f,
              gconstpointer  data)
{
  PcStage *ask = pc_map_find_stage (f->map, "stage-ask");
  GListStore *stages = pc_map_get_stages (f->map);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (stages));
  PcPersona *edited = NULL;
  g_autoptr(PcStage) added = NULL;

  /* F2 on a stage header renames it in place. */
  gtk_widget_grab_focus (header_for (f, G_OBJECT (ask)));
  press (f, GDK_KEY_F2, 0);
  g_assert_nonnull (f->canvas->editor);
  gtk_editable_set_text (GTK_EDITABLE (f->canvas->editor), "Request");
  g_signal_emit_by_name (f->canvas->editor, "activate");
  settle (f);
  g_assert_cmpstr (pc_stage_get_name (ask), ==, "Request");
  g_assert_true (focus (f) == header_for (f, G_OBJECT (ask)));

  /* Delete on it removes the stage and its cards; undo brings both back. */
  press (f, GDK_KEY_Delete, 0);
  g_assert_null (pc_map_find_stage (f->map, "stage-ask"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (stages)), ==, n - 1);
  g_assert_cmpuint (g_hash_table_size (f->canvas->cards), ==, 14 - 3);
  g_assert_true (pc_history_undo (f->history));
  settle (f);
  g_assert_true (pc_map_find_stage (f->map, "stage-ask") == ask);
  g_assert_cmpuint (g_hash_table_size (f->canvas->cards), ==, 14);

  /* Enter on a persona lane's header asks for the persona editor. */
  g_signal_connect (f->canvas, "edit-persona", G_CALLBACK (on_edit_persona), &edited);
  gtk_widget_grab_focus (header_for (f, G_OBJECT (pc_map_find_lane (f->map, "lane-hugo"))));
  press (f, GDK_KEY_Return, 0);
  g_assert_nonnull (edited);
  g_assert_cmpstr (pc_entity_get_id (PC_ENTITY (edited)), ==, "persona-hugo");

  /* The "+" after the stages adds one and opens its name. */
  gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.add-stage", NULL);
  settle (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (stages)), ==, n + 1);
  added = g_list_model_get_item (G_LIST_MODEL (stages), n);
  g_assert_nonnull (header_for (f, G_OBJECT (added)));
  g_assert_nonnull (f->canvas->editor);
  gtk_editable_set_text (GTK_EDITABLE (f->canvas->editor), "Loyalty");
  g_signal_emit_by_name (f->canvas->editor, "activate");
  g_assert_cmpstr (pc_stage_get_name (added), ==, "Loyalty");
}

static void
test_palette (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *scroller = gtk_window_get_child (f->window);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *palette = pc_palette_new ();
  GtkWidget *list = NULL, *row;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (f->map)));
  PcTouchpoint *added;

  g_object_ref (scroller);
  gtk_window_set_child (f->window, NULL);
  gtk_box_append (GTK_BOX (box), palette);
  gtk_box_append (GTK_BOX (box), scroller);
  g_object_unref (scroller);
  gtk_window_set_child (f->window, box);
  settle (f);

  /* The list of channels, each row named for screen readers. */
  for (GtkWidget *child = gtk_widget_get_first_child (gtk_widget_get_first_child (palette));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX (child))
      list = child;
  g_assert_nonnull (list);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 8));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Add Phone touchpoint");
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 11));

  /* Activating it adds a phone touchpoint in the cell of the selection. */
  pc_canvas_set_selected (f->canvas, touchpoint (f, "Signs the order"));
  g_signal_emit_by_name (row, "activate");
  settle (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (f->map))), ==, n + 1);
  added = pc_canvas_get_selected (f->canvas);
  g_assert_cmpint (pc_touchpoint_get_channel (added), ==, PC_CHANNEL_PHONE);
  g_assert_cmpstr (pc_touchpoint_get_stage_id (added), ==, "stage-act");
  g_assert_cmpstr (pc_touchpoint_get_lane_id (added), ==, "lane-hugo");
  g_assert_true (pc_palette_get_canvas (PC_PALETTE (palette)) == f->canvas);
}

static void
test_model_switch (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (40);
  g_autoptr(PcHistory) history = pc_history_new ();
  PcMap *first = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);
  PcMap *second = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 1);
  g_autoptr(PcStage) stage = pc_stage_new (NULL);
  g_autoptr(PcLane) lane = pc_lane_new (NULL);
  PcCanvas *canvas = g_object_ref_sink (pc_canvas_new ());
  g_autoptr(PcTouchpoint) tp = g_list_model_get_item (G_LIST_MODEL (pc_map_get_touchpoints (first)), 0);

  pc_lane_set_kind (lane, PC_LANE_KIND_FREE);
  g_list_store_append (pc_map_get_stages (second), stage);
  g_list_store_append (pc_map_get_lanes (second), lane);

  pc_canvas_set_model (canvas, document, first, history);
  g_assert_true (pc_canvas_get_map (canvas) == first);
  g_assert_cmpuint (g_hash_table_size (canvas->cards), ==, 40);
  pc_canvas_set_selected (canvas, tp);
  g_assert_true (pc_canvas_get_selected (canvas) == tp);

  pc_canvas_set_model (canvas, document, second, history);
  g_assert_null (pc_canvas_get_selected (canvas));
  g_assert_cmpuint (g_hash_table_size (canvas->cards), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (second))));

  pc_canvas_set_model (canvas, NULL, NULL, NULL);
  g_assert_cmpuint (g_hash_table_size (canvas->cards), ==, 0);

  g_object_unref (first);
  g_object_unref (second);
  g_assert_finalize_object (canvas);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/canvas/cards-in-cells", test_cards_in_cells);
  ADD ("/canvas/accessible-labels", test_accessible_labels);
  ADD ("/canvas/drag-card", test_drag_card);
  ADD ("/canvas/drag-within-cell", test_drag_within_cell);
  ADD ("/canvas/drag-stage-header", test_drag_stage_header);
  ADD ("/canvas/drop-channel", test_drop_channel);
  ADD ("/canvas/keyboard-navigation", test_keyboard_navigation);
  ADD ("/canvas/keyboard-edits", test_keyboard_edits);
  ADD ("/canvas/card-field-keys", test_card_field_keys);
  ADD ("/canvas/zoom-and-theme", test_zoom_and_theme);
  ADD ("/canvas/scroll-to-focus", test_scroll_to_focus);
  ADD ("/canvas/headers", test_headers);
  ADD ("/canvas/palette", test_palette);
  g_test_add_func ("/canvas/model-switch", test_model_switch);

  return g_test_run ();
}
