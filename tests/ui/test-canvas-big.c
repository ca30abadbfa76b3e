/* test-canvas-big.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The canvas with a big map in a real window: card widgets only for the
 * cards in view, recycled while scrolling, made when the keyboard goes to
 * a card out of view; each one tells screen readers about its own card. */

#include "config.h"

#include <adwaita.h>

#include "pc-canvas-private.h"
#include "pc-edit.h"
#include "pc-ui-test-util.h"

#define N_STAGES 25
#define N_LANES 4
#define PER_CELL 20
#define N_CARDS (N_STAGES * N_LANES * PER_CELL)

typedef struct
{
  PcDocument *document;
  PcMap      *map;
  PcHistory  *history;
  GtkWindow  *window;
  PcCanvas   *canvas;
} Fixture;

static void
settle (Fixture *f)
{
  pc_ui_wait_frames (GTK_WIDGET (f->canvas), 2);
}

static PcDocument *
make_document (void)
{
  PcDocument *document = pc_document_new ();
  g_autoptr(PcMap) map = pc_map_new ("map-big", PC_MAP_KIND_CURRENT_STATE);

  for (guint l = 0; l < N_LANES; l++)
    {
      g_autofree char *id = g_strdup_printf ("lane-%u", l);
      g_autofree char *name = g_strdup_printf ("Lane %u", l + 1);
      g_autoptr(PcLane) lane = pc_lane_new (id);

      pc_lane_set_kind (lane, PC_LANE_KIND_FREE);
      pc_lane_set_name (lane, name);
      g_list_store_append (pc_map_get_lanes (map), lane);
    }
  for (guint s = 0; s < N_STAGES; s++)
    {
      g_autofree char *id = g_strdup_printf ("stage-%u", s);
      g_autofree char *name = g_strdup_printf ("Stage %u", s + 1);
      g_autoptr(PcStage) stage = pc_stage_new (id);

      pc_stage_set_name (stage, name);
      g_list_store_append (pc_map_get_stages (map), stage);
    }
  for (guint s = 0; s < N_STAGES; s++)
    for (guint l = 0; l < N_LANES; l++)
      for (guint i = 0; i < PER_CELL; i++)
        {
          g_autofree char *id = g_strdup_printf ("tp-%u-%u-%u", s, l, i);
          g_autofree char *sid = g_strdup_printf ("stage-%u", s);
          g_autofree char *lid = g_strdup_printf ("lane-%u", l);
          g_autofree char *title = g_strdup_printf ("Card %u-%u-%u", s + 1, l + 1, i + 1);
          g_autoptr(PcTouchpoint) tp = pc_touchpoint_new (id);

          pc_touchpoint_set_stage_id (tp, sid);
          pc_touchpoint_set_lane_id (tp, lid);
          pc_touchpoint_set_title (tp, title);
          g_list_store_append (pc_map_get_touchpoints (map), tp);
        }
  g_list_store_append (pc_document_get_maps (document), map);
  return document;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *scroller;

  f->document = make_document ();
  f->map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (f->document)), 0);
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

static PcTouchpoint *
touchpoint_at (Fixture *f,
               guint    stage,
               guint    lane,
               guint    index)
{
  GListModel *list = G_LIST_MODEL (pc_map_get_touchpoints (f->map));
  g_autoptr(PcTouchpoint) tp = g_list_model_get_item (list, (stage * N_LANES + lane) * PER_CELL + index);

  return tp;
}

static GtkWidget *
focus (Fixture *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->window));
}

static guint
count_card_children (Fixture *f)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (f->canvas));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += PC_IS_CARD (child);
  return n;
}

/* Every card widget is bound to the card the layout has where the widget
 * is, and says so to screen readers; the cards in view all have one. */
static void
assert_cards_match_view (Fixture *f)
{
  PcLayout *layout = f->canvas->layout;
  int width = gtk_widget_get_width (GTK_WIDGET (f->canvas));
  int height = gtk_widget_get_height (GTK_WIDGET (f->canvas));
  double sx = gtk_adjustment_get_value (f->canvas->hadjustment);
  double sy = gtk_adjustment_get_value (f->canvas->vadjustment);
  guint in_view = 0;

  g_assert_cmpuint (count_card_children (f), ==, g_hash_table_size (f->canvas->cards));

  for (guint i = 0; i < pc_layout_get_n_cards (layout); i++)
    {
      const PcLayoutCard *lc = pc_layout_get_card (layout, i);
      GtkWidget *card = g_hash_table_lookup (f->canvas->cards, lc->touchpoint);
      g_autofree char *expected = NULL;
      graphene_rect_t bounds;

      if (lc->rect.x + lc->rect.width <= sx || lc->rect.x >= sx + width ||
          lc->rect.y + lc->rect.height <= sy || lc->rect.y >= sy + height)
        continue;

      in_view++;
      g_assert_nonnull (card);
      g_assert_true (gtk_widget_get_parent (card) == GTK_WIDGET (f->canvas));
      g_assert_true (pc_card_get_touchpoint (PC_CARD (card)) == lc->touchpoint);
      g_assert_cmpuint (pc_card_get_index (PC_CARD (card)), ==, i);
      g_assert_true (gtk_widget_compute_bounds (card, GTK_WIDGET (f->canvas), &bounds));
      g_assert_cmpfloat (fabs (bounds.origin.x - (lc->rect.x - sx)), <, 1.5);
      g_assert_cmpfloat (fabs (bounds.origin.y - (lc->rect.y - sy)), <, 1.5);
      expected = g_strdup_printf ("%s, stage %s, lane %s, sentiment Neutral",
                                  pc_touchpoint_get_title (lc->touchpoint),
                                  pc_stage_get_name (pc_layout_get_stage (layout, lc->stage_index)->stage),
                                  pc_layout_get_lane (layout, lc->lane_index)->label);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           expected);
    }
  g_assert_cmpuint (in_view, >, 10);
}

static void
test_only_cards_in_view (Fixture       *f,
                         gconstpointer  data)
{
  guint first_count = g_hash_table_size (f->canvas->cards);
  guint created;

  g_assert_cmpuint (pc_layout_get_n_cards (f->canvas->layout), ==, N_CARDS);
  g_assert_cmpuint (first_count, >, 0);
  g_assert_cmpuint (first_count, <, N_CARDS / 5);
  assert_cards_match_view (f);

  /* Scrolling to the far corner and back: the widgets follow the view,
   * and the ones that left it are used again rather than new ones made. */
  gtk_adjustment_set_value (f->canvas->hadjustment, gtk_adjustment_get_upper (f->canvas->hadjustment));
  gtk_adjustment_set_value (f->canvas->vadjustment, gtk_adjustment_get_upper (f->canvas->vadjustment));
  settle (f);
  assert_cards_match_view (f);
  g_assert_null (g_hash_table_lookup (f->canvas->cards, touchpoint_at (f, 0, 0, 0)));
  g_assert_nonnull (g_hash_table_lookup (f->canvas->cards, touchpoint_at (f, N_STAGES - 1, N_LANES - 1, PER_CELL - 1)));

  /* A scroll gets the widgets of the new view in the very next frame:
   * they are made in its update phase, before it is laid out and drawn. */
  created = pc_recycler_get_n_created (f->canvas->card_recycler);
  for (guint step = 0; step < 20; step++)
    {
      gtk_adjustment_set_value (f->canvas->hadjustment,
                                gtk_adjustment_get_upper (f->canvas->hadjustment) * (19 - step) / 20.0);
      gtk_adjustment_set_value (f->canvas->vadjustment,
                                gtk_adjustment_get_upper (f->canvas->vadjustment) * (19 - step) / 20.0);
      pc_ui_wait_frames (GTK_WIDGET (f->canvas), 1);
      assert_cards_match_view (f);
      g_assert_cmpuint (g_hash_table_size (f->canvas->cards), <, N_CARDS / 5);
    }
  /* A view's worth at most was added to what the first views needed. */
  g_assert_cmpuint (pc_recycler_get_n_created (f->canvas->card_recycler), <, created + first_count);
}

/* The keyboard reaches a card out of view: its widget is made, takes the
 * focus and is scrolled into view; the arrows go on from there. */
static void
assert_in_view (Fixture   *f,
                GtkWidget *card)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (card, GTK_WIDGET (f->canvas), &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (f->canvas)));
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (GTK_WIDGET (f->canvas)));
}

static void
test_focus_out_of_view (Fixture       *f,
                        gconstpointer  data)
{
  PcTouchpoint *last = touchpoint_at (f, N_STAGES - 1, N_LANES - 1, PER_CELL - 1);
  PcTouchpoint *before = touchpoint_at (f, N_STAGES - 1, N_LANES - 1, PER_CELL - 2);
  GtkWidget *card;

  g_assert_null (g_hash_table_lookup (f->canvas->cards, last));
  pc_canvas_set_selected (f->canvas, last);
  g_assert_null (g_hash_table_lookup (f->canvas->cards, last));

  card = pc_canvas_get_card (f->canvas, last);
  g_assert_true (PC_IS_CARD (card));
  gtk_widget_grab_focus (card);
  settle (f);
  g_assert_true (focus (f) == card);
  g_assert_true (pc_card_get_selected (PC_CARD (card)));
  assert_in_view (f, card);
  assert_cards_match_view (f);

  /* The canvas's own focus moves (the arrows use them) go on from there,
   * and back to the first card. */
  _pc_canvas_move_focus_to_touchpoint (f->canvas, before);
  settle (f);
  g_assert_true (PC_IS_CARD (focus (f)));
  g_assert_true (pc_card_get_touchpoint (PC_CARD (focus (f))) == before);

  _pc_canvas_move_focus_to_touchpoint (f->canvas, touchpoint_at (f, 0, 0, 0));
  settle (f);
  g_assert_true (pc_card_get_touchpoint (PC_CARD (focus (f))) == touchpoint_at (f, 0, 0, 0));
  assert_in_view (f, focus (f));
  assert_cards_match_view (f);
  /* The card that had the focus far away is not kept. */
  g_assert_null (g_hash_table_lookup (f->canvas->cards, last));
}

/* Deleting and undoing on a big map keeps the widgets bound right. */
static void
test_edit_rebinds (Fixture       *f,
                   gconstpointer  data)
{
  PcTouchpoint *victim = touchpoint_at (f, 0, 0, 1);
  g_autoptr(PcTouchpoint) keep = g_object_ref (victim);

  pc_edit_remove_touchpoint (f->history, f->map, victim);
  settle (f);
  g_assert_null (g_hash_table_lookup (f->canvas->cards, keep));
  assert_cards_match_view (f);

  g_assert_true (pc_history_undo (f->history));
  settle (f);
  g_assert_nonnull (g_hash_table_lookup (f->canvas->cards, keep));
  assert_cards_match_view (f);
}

/* While the canvas is measured or allocated, its recycler adds and
 * removes no widget (GTK would be left with a resize queued in the middle
 * of its layout phase): it only finds those already there. */
static void
test_locked_while_allocated (Fixture       *f,
                             gconstpointer  data)
{
  PcRecycler *recycler = f->canvas->card_recycler;
  PcTouchpoint *first = touchpoint_at (f, 0, 0, 0);
  PcTouchpoint *last = touchpoint_at (f, N_STAGES - 1, N_LANES - 1, PER_CELL - 1);
  GtkWidget *card = g_hash_table_lookup (f->canvas->cards, first);

  g_assert_nonnull (card);
  g_assert_null (g_hash_table_lookup (f->canvas->cards, last));

  pc_recycler_set_locked (recycler, TRUE);
  g_assert_true (pc_recycler_acquire (recycler, first) == card);
  g_test_expect_message ("Parcours-ui", G_LOG_LEVEL_CRITICAL, "*!self->locked*");
  g_assert_null (pc_recycler_acquire (recycler, last));
  g_test_assert_expected_messages ();
  g_test_expect_message ("Parcours-ui", G_LOG_LEVEL_CRITICAL, "*!self->locked*");
  pc_recycler_release (recycler, first);
  g_test_assert_expected_messages ();
  pc_recycler_set_locked (recycler, FALSE);

  g_assert_true (g_hash_table_lookup (f->canvas->cards, first) == card);
  g_assert_true (gtk_widget_get_parent (card) == GTK_WIDGET (f->canvas));
  g_assert_null (g_hash_table_lookup (f->canvas->cards, last));
  assert_cards_match_view (f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/canvas-big/only-cards-in-view", test_only_cards_in_view);
  ADD ("/canvas-big/focus-out-of-view", test_focus_out_of_view);
  ADD ("/canvas-big/edit-rebinds", test_edit_rebinds);
  ADD ("/canvas-big/locked-while-allocated", test_locked_while_allocated);

  return g_test_run ();
}
