/* test-canvas-connectors.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Connectors on the canvas in a real window: drawing one from a card to
 * another, selecting one by a click near it or from the keyboard, what is
 * drawn and what screen readers are told, deleting and undoing. */

#include "config.h"

#include <adwaita.h>

#include "pc-canvas-fixture.h"
#include "pc-format.h"
#include "pc-ui-test-util.h"

static void
test_connect (Fixture       *f,
              gconstpointer  data)
{
  PcTouchpoint *from = touchpoint (f, "Sees a sponsored post");
  PcTouchpoint *to = touchpoint (f, "Reads reviews");
  GListModel *connectors = G_LIST_MODEL (pc_map_get_connectors (f->map));
  guint n = g_list_model_get_n_items (connectors);
  g_autoptr(PcConnector) made = NULL;

  gtk_widget_grab_focus (pc_canvas_get_card (f->canvas, from));
  gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.connect", NULL);
  press (f, GDK_KEY_Right, 0);
  g_assert_true (focus (f) == pc_canvas_get_card (f->canvas, to));
  press (f, GDK_KEY_Return, 0);

  g_assert_cmpuint (g_list_model_get_n_items (connectors), ==, n + 1);
  made = g_list_model_get_item (connectors, n);
  g_assert_cmpstr (pc_connector_get_from_id (made), ==, pc_entity_get_id (PC_ENTITY (from)));
  g_assert_cmpstr (pc_connector_get_to_id (made), ==, pc_entity_get_id (PC_ENTITY (to)));
  g_assert_null (f->canvas->connect_from);

  /* Escape cancels a connector in progress. */
  gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.connect", NULL);
  g_assert_nonnull (f->canvas->connect_from);
  press (f, GDK_KEY_Escape, 0);
  g_assert_null (f->canvas->connect_from);
  g_assert_cmpuint (g_list_model_get_n_items (connectors), ==, n + 1);
}

static PcConnector *
connector (Fixture    *f,
           const char *id)
{
  PcConnector *found = pc_map_find_connector (f->map, id);

  g_assert_nonnull (found);
  return found;
}

static const PcLayoutConnector *
laid_out (Fixture     *f,
          PcConnector *conn)
{
  for (guint i = 0; i < pc_layout_get_n_connectors (f->canvas->layout); i++)
    if (pc_layout_get_connector (f->canvas->layout, i)->connector == conn)
      return pc_layout_get_connector (f->canvas->layout, i);
  g_assert_not_reached ();
}

/* A point on the longest segment of @conn's path, in widget coordinates,
 * and the unit normal there. */
static void
point_on (Fixture     *f,
          PcConnector *conn,
          double      *x,
          double      *y,
          double      *nx,
          double      *ny)
{
  const PcLayoutConnector *c = laid_out (f, conn);
  GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (f->canvas));
  GtkAdjustment *v = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (f->canvas));
  guint best = 0;
  double best_len = -1, dx, dy, len;

  for (guint k = 0; k + 1 < c->n_points; k++)
    {
      len = hypot (c->points[k + 1].x - c->points[k].x, c->points[k + 1].y - c->points[k].y);
      if (len > best_len)
        best_len = len, best = k;
    }
  g_assert_cmpfloat (best_len, >, 20);
  dx = c->points[best + 1].x - c->points[best].x;
  dy = c->points[best + 1].y - c->points[best].y;
  *x = c->points[best].x + dx / 2 - gtk_adjustment_get_value (h);
  *y = c->points[best].y + dy / 2 - gtk_adjustment_get_value (v);
  *nx = -dy / best_len;
  *ny = dx / best_len;
}

static char *
save (Fixture *f)
{
  return pc_format_save_data (f->document, NULL);
}

static void
test_connector_hit (Fixture       *f,
                    gconstpointer  data)
{
  PcConnector *conn = connector (f, "conn-2");
  PcLayout *layout = f->canvas->layout;
  const PcLayoutConnector *c = laid_out (f, conn);
  double mx = (c->points[0].x + c->points[1].x) / 2, my = (c->points[0].y + c->points[1].y) / 2;
  double len = hypot (c->points[1].x - c->points[0].x, c->points[1].y - c->points[0].y);
  double nx = -(c->points[1].y - c->points[0].y) / len, ny = (c->points[1].x - c->points[0].x) / len;
  int index = pc_layout_connector_at (layout, mx, my, 6);

  /* On the path, and within the tolerance either side of it; not beyond. */
  g_assert_cmpint (index, >=, 0);
  g_assert_true (pc_layout_get_connector (layout, index)->connector == conn);
  g_assert_cmpint (pc_layout_connector_at (layout, mx + 5 * nx, my + 5 * ny, 6), ==, index);
  g_assert_cmpint (pc_layout_connector_at (layout, mx - 5 * nx, my - 5 * ny, 6), ==, index);
  g_assert_true (pc_layout_connector_at (layout, mx + 9 * nx, my + 9 * ny, 6) != index);
  g_assert_cmpint (pc_layout_connector_at (layout, -100, -100, 6), ==, -1);
}

/* The canvas as drawn, read back at (x, y) in widget coordinates. */
static guint32
pixel_at (Fixture *f,
          double   x,
          double   y)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (GTK_WIDGET (f->canvas));
  int height = gtk_widget_get_height (GTK_WIDGET (f->canvas));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  GskRenderNode *node;
  guint32 pixel;

  g_assert_true (x >= 0 && x < width && y >= 0 && y < height);
  GTK_WIDGET_GET_CLASS (f->canvas)->snapshot (GTK_WIDGET (f->canvas), snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  gsk_render_node_draw (node, cr);
  cairo_surface_flush (surface);
  pixel = *(guint32 *) (cairo_image_surface_get_data (surface) +
                        (int) y * cairo_image_surface_get_stride (surface) + (int) x * 4);
  gsk_render_node_unref (node);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return pixel;
}

static void
test_connector_click (Fixture       *f,
                      gconstpointer  data)
{
  PcConnector *conn = connector (f, "conn-1");
  GListModel *connectors = G_LIST_MODEL (pc_map_get_connectors (f->map));
  guint n = g_list_model_get_n_items (connectors), depth;
  g_autofree char *before = save (f);
  g_autofree char *after = NULL;
  GHashTableIter iter;
  gpointer key, tile;
  gint64 tile_key;
  double x, y, nx, ny;
  guint32 plain;
  guint stage, lane;

  pc_canvas_set_selected (f->canvas, touchpoint (f, "Reads reviews"));
  point_on (f, conn, &x, &y, &nx, &ny);
  g_assert_cmpint (pc_layout_card_at (f->canvas->layout, x, y), ==, -1);

  /* The tiles drawn so far stay: the selection is drawn over them. */
  g_hash_table_iter_init (&iter, f->canvas->connector_tiles);
  g_assert_true (g_hash_table_iter_next (&iter, &key, &tile));
  tile_key = *(gint64 *) key;

  /* A click a few pixels beside the arrow selects it, and only it; the
   * thicker line shows there now. */
  plain = pixel_at (f, x + 4 * nx, y + 4 * ny);
  g_assert_cmphex (pixel_at (f, x + 30 * nx, y + 30 * ny), ==, plain);
  pc_canvas_press (f->canvas, x + 4 * nx, y + 4 * ny, GDK_BUTTON_PRIMARY, 1);
  settle (f);
  g_assert_true (pc_canvas_get_selected_connector (f->canvas) == conn);
  g_assert_cmphex (pixel_at (f, x + 4 * nx, y + 4 * ny), !=, plain);
  g_assert_cmphex (pixel_at (f, x + 30 * nx, y + 30 * ny), ==, plain);
  g_assert_null (pc_canvas_get_selected (f->canvas));
  g_assert_true (g_hash_table_lookup (f->canvas->connector_tiles, &tile_key) == tile);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->canvas), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Connector from Hears about us from a friend to Browses the catalogue");

  /* Selecting a card drops the connector, and the other way round. */
  pc_canvas_set_selected (f->canvas, touchpoint (f, "Pays online"));
  g_assert_null (pc_canvas_get_selected_connector (f->canvas));
  pc_canvas_set_selected_connector (f->canvas, conn);
  g_assert_null (pc_canvas_get_selected (f->canvas));

  /* Delete removes it in one undo step; undo gives the same document. */
  depth = pc_history_get_undo_depth (f->history);
  press (f, GDK_KEY_Delete, 0);
  g_assert_cmpuint (g_list_model_get_n_items (connectors), ==, n - 1);
  g_assert_null (pc_map_find_connector (f->map, "conn-1"));
  g_assert_null (pc_canvas_get_selected_connector (f->canvas));
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, depth + 1);
  g_assert_cmpuint (g_hash_table_size (f->canvas->cards), ==, 14);
  g_assert_true (pc_history_undo (f->history));
  settle (f);
  after = save (f);
  g_assert_cmpstr (after, ==, before);

  /* A click on an empty part of a cell clears the selection... */
  conn = connector (f, "conn-1");
  point_on (f, conn, &x, &y, &nx, &ny);
  pc_canvas_press (f->canvas, x, y, GDK_BUTTON_PRIMARY, 1);
  g_assert_true (pc_canvas_get_selected_connector (f->canvas) == conn);
  {
    const PcLayoutStage *s = pc_layout_get_stage (f->canvas->layout, 4);
    const PcLayoutLane *l = pc_layout_get_lane (f->canvas->layout, 0);
    double ex = s->column.x + s->column.width / 2;
    double ey = l->band.y + l->band.height - 8;

    g_assert_cmpint (pc_layout_card_at (f->canvas->layout, ex, ey), ==, -1);
    g_assert_cmpint (pc_layout_connector_at (f->canvas->layout, ex, ey, 6), ==, -1);
    g_assert_true (pc_layout_cell_at (f->canvas->layout, ex, ey, &stage, &lane));
    pc_canvas_press (f->canvas, ex, ey, GDK_BUTTON_PRIMARY, 1);
  }
  g_assert_null (pc_canvas_get_selected_connector (f->canvas));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->canvas), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, NULL);

  /* ...and so does Escape; a card under the pointer wins over an arrow.
   * (Focusing the cell may have scrolled.) */
  settle (f);
  point_on (f, conn, &x, &y, &nx, &ny);
  pc_canvas_press (f->canvas, x, y, GDK_BUTTON_PRIMARY, 1);
  g_assert_true (pc_canvas_get_selected_connector (f->canvas) == conn);
  press (f, GDK_KEY_Escape, 0);
  g_assert_null (pc_canvas_get_selected_connector (f->canvas));
  {
    GtkWidget *card = pc_canvas_get_card (f->canvas, touchpoint (f, "Pays online"));
    double cx, cy;

    centre_of (f, card, &cx, &cy);
    pc_canvas_press (f->canvas, cx, cy, GDK_BUTTON_PRIMARY, 1);
    g_assert_null (pc_canvas_get_selected_connector (f->canvas));
    g_assert_true (pc_canvas_get_selected (f->canvas) == touchpoint (f, "Pays online"));
  }
}

static void
test_connector_keyboard (Fixture       *f,
                         gconstpointer  data)
{
  PcTouchpoint *site = touchpoint (f, "Browses the catalogue");
  GtkWidget *card = pc_canvas_get_card (f->canvas, site);
  GListModel *connectors = G_LIST_MODEL (pc_map_get_connectors (f->map));
  guint n = g_list_model_get_n_items (connectors);
  g_autofree char *before = save (f);
  g_autofree char *after = NULL;

  gtk_widget_grab_focus (card);
  settle (f);
  g_assert_true (pc_canvas_get_selected (f->canvas) == site);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Website");

  /* K goes through the card's arrows in map order, in and out, and the
   * card's description names the one selected; the focus stays. */
  press (f, GDK_KEY_k, 0);
  g_assert_true (pc_canvas_get_selected_connector (f->canvas) == connector (f, "conn-1"));
  g_assert_null (pc_canvas_get_selected (f->canvas));
  g_assert_true (focus (f) == card);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Connector from Hears about us from a friend to Browses the catalogue (1 of 3)");
  press (f, GDK_KEY_k, 0);
  g_assert_true (pc_canvas_get_selected_connector (f->canvas) == connector (f, "conn-2"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Connector from Browses the catalogue to Asks about installation in the chat (2 of 3)");
  press (f, GDK_KEY_k, 0);
  g_assert_true (pc_canvas_get_selected_connector (f->canvas) == connector (f, "conn-4"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Connector from Pays online to Browses the catalogue: Goes back to compare delivery costs (3 of 3)");
  press (f, GDK_KEY_k, 0);
  g_assert_true (pc_canvas_get_selected_connector (f->canvas) == connector (f, "conn-1"));
  press (f, GDK_KEY_k, GDK_SHIFT_MASK);
  g_assert_true (pc_canvas_get_selected_connector (f->canvas) == connector (f, "conn-4"));
  g_assert_true (focus (f) == card);

  /* Escape goes back to the card. */
  press (f, GDK_KEY_Escape, 0);
  g_assert_null (pc_canvas_get_selected_connector (f->canvas));
  g_assert_true (pc_canvas_get_selected (f->canvas) == site);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Website");

  /* Delete with a connector selected removes the connector, not the card. */
  press (f, GDK_KEY_k, 0);
  press (f, GDK_KEY_k, 0);
  g_assert_true (pc_canvas_get_selected_connector (f->canvas) == connector (f, "conn-2"));
  press (f, GDK_KEY_Delete, 0);
  g_assert_cmpuint (g_list_model_get_n_items (connectors), ==, n - 1);
  g_assert_null (pc_map_find_connector (f->map, "conn-2"));
  g_assert_true (pc_canvas_get_card (f->canvas, site) == card);
  g_assert_true (pc_canvas_get_selected (f->canvas) == site);
  g_assert_true (focus (f) == card);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Website");

  g_assert_true (pc_history_undo (f->history));
  settle (f);
  after = save (f);
  g_assert_cmpstr (after, ==, before);

  /* A card without arrows has nothing to cycle through. */
  gtk_widget_grab_focus (pc_canvas_get_card (f->canvas, touchpoint (f, "Calls sales")));
  settle (f);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.next-connector", NULL) &&
                  pc_canvas_get_selected_connector (f->canvas) != NULL);
  g_assert_null (pc_canvas_get_selected_connector (f->canvas));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/canvas/connect", test_connect);
  ADD ("/canvas/connector-hit", test_connector_hit);
  ADD ("/canvas/connector-click", test_connector_click);
  ADD ("/canvas/connector-keyboard", test_connector_keyboard);

#undef ADD

  return g_test_run ();
}
