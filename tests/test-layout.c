/* test-layout.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pc-layout.h"
#include "pc-render.h"
#include "pc-test-util.h"

static PcMap *
first_map (PcDocument *document)
{
  g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);

  return map; /* the document keeps it alive */
}

static void
test_cells (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (40);
  PcMap *map = first_map (document);
  g_autoptr(PcLayout) layout = pc_layout_new (document, map, NULL);
  GListModel *tps = G_LIST_MODEL (pc_map_get_touchpoints (map));

  g_assert_cmpuint (pc_layout_get_n_stages (layout), ==, 5);
  g_assert_cmpuint (pc_layout_get_n_lanes (layout), ==, 2);
  g_assert_cmpuint (pc_layout_get_n_cards (layout), ==, 40);

  /* Columns in stage order, left to right, not overlapping. */
  for (guint s = 0; s < 5; s++)
    {
      const PcLayoutStage *ls = pc_layout_get_stage (layout, s);
      g_autoptr(PcStage) stage = g_list_model_get_item (G_LIST_MODEL (pc_map_get_stages (map)), s);

      g_assert_true (ls->stage == stage);
      g_assert_cmpfloat (ls->header.y + ls->header.height, <=, ls->column.y);
      if (s > 0)
        {
          const PcLayoutStage *prev = pc_layout_get_stage (layout, s - 1);

          g_assert_cmpfloat (prev->column.x + prev->column.width, <, ls->column.x);
        }
    }

  /* Every card lies inside its stage's column and its lane's band, in
   * list order within its cell. */
  for (guint i = 0; i < pc_layout_get_n_cards (layout); i++)
    {
      const PcLayoutCard *card = pc_layout_get_card (layout, i);
      const PcLayoutStage *ls = pc_layout_get_stage (layout, card->stage_index);
      const PcLayoutLane *ll = pc_layout_get_lane (layout, card->lane_index);
      g_autoptr(PcTouchpoint) tp = g_list_model_get_item (tps, i);
      guint s, l;

      g_assert_true (card->touchpoint == tp);
      g_assert_cmpstr (pc_touchpoint_get_stage_id (tp), ==, pc_entity_get_id (PC_ENTITY (ls->stage)));
      g_assert_cmpstr (pc_touchpoint_get_lane_id (tp), ==, pc_entity_get_id (PC_ENTITY (ll->lane)));
      g_assert_cmpfloat (card->rect.x, >=, ls->column.x);
      g_assert_cmpfloat (card->rect.x + card->rect.width, <=, ls->column.x + ls->column.width);
      g_assert_cmpfloat (card->rect.y, >=, ll->band.y);
      g_assert_cmpfloat (card->rect.y + card->rect.height, <=, ll->curve_area.y);
      /* i = 10k + 5 l + s, so the index in the cell is i / 10. */
      g_assert_cmpuint (card->index_in_cell, ==, i / 10);

      g_assert_true (pc_layout_cell_at (layout, card->rect.x + 5, card->rect.y + 5, &s, &l));
      g_assert_cmpuint (s, ==, card->stage_index);
      g_assert_cmpuint (l, ==, card->lane_index);
      g_assert_cmpint (pc_layout_card_at (layout, card->rect.x + 5, card->rect.y + 5), ==, (int) i);
      g_assert_cmpint (pc_layout_find_card (layout, tp), ==, (int) i);
    }

  g_assert_cmpint (pc_layout_card_at (layout, 1, 1), ==, -1);
  g_assert_false (pc_layout_cell_at (layout, 1, 1, NULL, NULL));
  g_assert_cmpfloat (pc_layout_get_width (layout), >, pc_layout_get_stage (layout, 4)->column.x);
}

static void
test_drop_index (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (40);
  PcMap *map = first_map (document);
  g_autoptr(PcLayout) layout = pc_layout_new (document, map, NULL);
  /* Cell (stage 0, lane 0) holds cards 0, 10, 20, 30. */
  const PcLayoutCard *c0 = pc_layout_get_card (layout, 0);
  const PcLayoutCard *c1 = pc_layout_get_card (layout, 10);
  const PcLayoutCard *c3 = pc_layout_get_card (layout, 30);

  g_assert_cmpuint (c1->index_in_cell, ==, 1);
  g_assert_cmpuint (pc_layout_drop_index (layout, 0, 0, c0->rect.x, c0->rect.y + 2), ==, 0);
  g_assert_cmpuint (pc_layout_drop_index (layout, 0, 0, c0->rect.x,
                                          c0->rect.y + c0->rect.height - 2), ==, 1);
  g_assert_cmpuint (pc_layout_drop_index (layout, 0, 0, c1->rect.x,
                                          c1->rect.y + c1->rect.height * 0.75), ==, 2);
  g_assert_cmpuint (pc_layout_drop_index (layout, 0, 0, c3->rect.x,
                                          c3->rect.y + c3->rect.height + 5), ==, 4);
}

static void
test_curve (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (40);
  PcMap *map = first_map (document);
  g_autoptr(PcLayout) layout = pc_layout_new (document, map, NULL);
  GListModel *tps = G_LIST_MODEL (pc_map_get_touchpoints (map));

  /* Empty stage 2 of lane 0: its point is skipped. */
  for (guint i = g_list_model_get_n_items (tps); i-- > 0;)
    {
      g_autoptr(PcTouchpoint) tp = g_list_model_get_item (tps, i);

      if (g_str_equal (pc_touchpoint_get_stage_id (tp), "stage-2")
          && g_str_equal (pc_touchpoint_get_lane_id (tp), "lane-0"))
        g_list_store_remove (pc_map_get_touchpoints (map), i);
    }
  g_clear_pointer (&layout, pc_layout_unref);
  layout = pc_layout_new (document, map, NULL);

  g_assert_cmpuint (pc_layout_get_n_curves (layout), ==, 2);
  for (guint c = 0; c < 2; c++)
    {
      const PcLayoutCurve *curve = pc_layout_get_curve (layout, c);
      const PcLayoutLane *ll = pc_layout_get_lane (layout, curve->lane_index);

      g_assert_cmpuint (curve->n_points, ==, curve->lane_index == 0 ? 4 : 5);
      for (guint k = 0; k < curve->n_points; k++)
        {
          guint s = curve->stage_indices[k];
          const PcLayoutStage *ls = pc_layout_get_stage (layout, s);
          double sum = 0;
          guint n = 0;

          for (guint i = 0; i < pc_layout_get_n_cards (layout); i++)
            {
              const PcLayoutCard *card = pc_layout_get_card (layout, i);

              if (card->stage_index == s && card->lane_index == curve->lane_index)
                {
                  sum += pc_touchpoint_get_sentiment (card->touchpoint);
                  n++;
                }
            }
          g_assert_cmpuint (n, >, 0);
          g_assert_cmpfloat_with_epsilon (curve->values[k], sum / n, 1e-9);
          g_assert_cmpfloat_with_epsilon (curve->points[k].x, ls->column.x + ls->column.width / 2, 1e-9);
          g_assert_cmpfloat (curve->points[k].y, >=, ll->curve_area.y);
          g_assert_cmpfloat (curve->points[k].y, <=, ll->curve_area.y + ll->curve_area.height);
          if (curve->lane_index == 0)
            g_assert_cmpuint (s, !=, 2);
        }
      /* Higher average, higher point. */
      for (guint k = 1; k < curve->n_points; k++)
        if (curve->values[k] > curve->values[k - 1])
          g_assert_cmpfloat (curve->points[k].y, <, curve->points[k - 1].y);
    }
}

/* Strength weighs a card on the curve; without any strong card the curve
 * is drawn as before strengths, and one strong card makes every lane's
 * scale -2 .. +2. */
static void
test_curve_strength (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (40);
  PcMap *map = first_map (document);
  GListModel *tps = G_LIST_MODEL (pc_map_get_touchpoints (map));
  g_autoptr(PcLayout) before = pc_layout_new (document, map, NULL);
  g_autoptr(PcLayout) mild = NULL;
  g_autoptr(PcLayout) strong = NULL;
  PcTouchpoint *positive = NULL;
  guint n_before;

  for (guint i = 0; i < g_list_model_get_n_items (tps); i++)
    {
      g_autoptr(PcTouchpoint) tp = g_list_model_get_item (tps, i);

      pc_touchpoint_set_strength (tp, PC_STRENGTH_MILD);
      if (positive == NULL && pc_touchpoint_get_sentiment (tp) == PC_SENTIMENT_POSITIVE)
        positive = tp;
    }
  mild = pc_layout_new (document, map, NULL);
  n_before = pc_layout_get_n_curves (before);
  g_assert_cmpuint (n_before, ==, 2);
  g_assert_cmpuint (pc_layout_get_n_curves (mild), ==, n_before);
  for (guint c = 0; c < n_before; c++)
    {
      const PcLayoutCurve *a = pc_layout_get_curve (before, c);
      const PcLayoutCurve *b = pc_layout_get_curve (mild, c);

      g_assert_cmpuint (a->n_points, ==, b->n_points);
      for (guint k = 0; k < a->n_points; k++)
        {
          g_assert_cmpfloat (a->values[k], ==, b->values[k]);
          g_assert_cmpfloat (a->points[k].y, ==, b->points[k].y);
        }
    }

  /* One strong positive card: its stage's value counts it +2, and the
   * other points come halfway closer to the middle line. */
  g_assert_nonnull (positive);
  pc_touchpoint_set_strength (positive, PC_STRENGTH_STRONG);
  strong = pc_layout_new (document, map, NULL);
  for (guint c = 0; c < n_before; c++)
    {
      const PcLayoutCurve *a = pc_layout_get_curve (before, c);
      const PcLayoutCurve *b = pc_layout_get_curve (strong, c);
      const PcLayoutLane *ll = pc_layout_get_lane (strong, b->lane_index);
      double middle = ll->curve_area.y + ll->curve_area.height / 2;
      double half = 0;

      /* half the curve's height, from a point of the first layout that is
       * off the middle line */
      for (guint k = 0; k < a->n_points && half == 0; k++)
        if (a->values[k] != 0)
          half = (middle - a->points[k].y) / a->values[k];
      g_assert_cmpfloat (half, >, 0);

      for (guint k = 0; k < b->n_points; k++)
        {
          guint s = b->stage_indices[k];
          double sum = 0;
          guint n = 0;

          for (guint i = 0; i < pc_layout_get_n_cards (strong); i++)
            {
              const PcLayoutCard *card = pc_layout_get_card (strong, i);

              if (card->stage_index == s && card->lane_index == b->lane_index)
                {
                  sum += pc_touchpoint_get_score (card->touchpoint);
                  n++;
                }
            }
          g_assert_cmpfloat_with_epsilon (b->values[k], sum / n, 1e-9);
          g_assert_cmpfloat_with_epsilon (a->points[k].y, middle - a->values[k] * half, 1e-9);
          g_assert_cmpfloat_with_epsilon (b->points[k].y, middle - b->values[k] / 2 * half, 1e-9);
          g_assert_cmpfloat (b->points[k].y, >=, ll->curve_area.y);
          g_assert_cmpfloat (b->points[k].y, <=, ll->curve_area.y + ll->curve_area.height);
        }
    }
}

static PcDocument *
make_blueprint (void)
{
  PcDocument *document = pc_document_new ();
  g_autoptr(PcMap) map = pc_map_new ("map-bp", PC_MAP_KIND_SERVICE_BLUEPRINT);
  static const PcLaneKind kinds[] = {
    PC_LANE_KIND_EVIDENCE, PC_LANE_KIND_CUSTOMER, PC_LANE_KIND_FRONTSTAGE,
    PC_LANE_KIND_BACKSTAGE, PC_LANE_KIND_SUPPORT,
  };
  g_autoptr(PcStage) stage = pc_stage_new ("stage-order");

  pc_stage_set_name (stage, "Order");
  g_list_store_append (pc_map_get_stages (map), stage);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *id = g_strdup_printf ("lane-%u", i);
      g_autoptr(PcLane) lane = pc_lane_new (id);

      pc_lane_set_kind (lane, kinds[i]);
      g_list_store_append (pc_map_get_lanes (map), lane);
    }
  g_list_store_append (pc_document_get_maps (document), map);
  return document;
}

static void
test_blueprint_lines (void)
{
  g_autoptr(PcDocument) document = make_blueprint ();
  PcMap *map = first_map (document);
  g_autoptr(PcLayout) layout = pc_layout_new (document, map, NULL);
  static const PcLayoutLineKind order[] = {
    PC_LAYOUT_LINE_INTERACTION, PC_LAYOUT_LINE_VISIBILITY, PC_LAYOUT_LINE_INTERNAL_INTERACTION,
  };

  g_assert_cmpuint (pc_layout_get_n_lines (layout), ==, 3);
  g_assert_cmpuint (pc_layout_get_n_curves (layout), ==, 0);
  for (guint i = 0; i < 3; i++)
    {
      const PcLayoutLine *line = pc_layout_get_line (layout, i);
      const PcLayoutLane *above = pc_layout_get_lane (layout, line->above_lane);
      const PcLayoutLane *below = pc_layout_get_lane (layout, line->below_lane);

      g_assert_cmpint (line->kind, ==, order[i]);
      /* customer | frontstage, frontstage | backstage, backstage | support */
      g_assert_cmpuint (line->above_lane, ==, i + 1);
      g_assert_cmpuint (line->below_lane, ==, i + 2);
      g_assert_cmpfloat (above->band.y + above->band.height, <, line->y);
      g_assert_cmpfloat (line->y, <, below->band.y);
      g_assert_nonnull (line->label);
      g_assert_cmpstr (line->label, !=, "");
      if (i > 0)
        g_assert_cmpfloat (pc_layout_get_line (layout, i - 1)->y, <, line->y);
    }

  /* Swapping frontstage and backstage breaks two lines: no line is drawn
   * between lanes in the wrong order. */
  {
    GListStore *lanes = pc_map_get_lanes (map);
    g_autoptr(PcLane) front = g_list_model_get_item (G_LIST_MODEL (lanes), 2);

    g_list_store_remove (lanes, 2);
    g_list_store_insert (lanes, 3, front);
    g_clear_pointer (&layout, pc_layout_unref);
    layout = pc_layout_new (document, map, NULL);
    g_assert_cmpuint (pc_layout_get_n_lines (layout), ==, 0);
  }
}

/* Pixels of @flags's drawing of @map in @theme that are not the page. */
static guint
count_ink (PcDocument    *document,
           PcMap         *map,
           const PcTheme *theme,
           PcRenderFlags  flags)
{
  PcLayoutOptions options = { .theme = theme };
  g_autoptr(PcLayout) layout = pc_layout_new (document, map, &options);
  int width = (int) pc_layout_get_width (layout), height = (int) pc_layout_get_height (layout);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  guint ink = 0;

  pc_render_layout (cr, layout, PC_RENDER_BACKGROUND | flags);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (cairo_image_surface_get_data (surface)
                                              + y * cairo_image_surface_get_stride (surface));

      for (int x = 0; x < width; x++)
        if ((row[x] & 0xffffff) != (row[0] & 0xffffff))
          ink++;
    }
  cairo_surface_destroy (surface);
  return ink;
}

/* The projector style has the high-contrast colours and draws emotion
 * curves, blueprint lines and connectors thicker. */
static void
test_projector_lines (void)
{
  g_autoptr(PcDocument) blueprint = make_blueprint ();
  g_autoptr(PcDocument) example = pc_test_load_example ();
  const PcTheme *contrast = pc_theme_get (PC_THEME_LIGHT_HIGH_CONTRAST);
  const PcTheme *projector = pc_theme_get_projector (PC_THEME_LIGHT);
  const PcTheme *dark = pc_theme_get_projector (PC_THEME_DARK_HIGH_CONTRAST);
  guint plain, thick;

  g_assert_cmpfloat (pc_theme_get (PC_THEME_LIGHT)->line_scale, ==, 1.0);
  g_assert_cmpfloat (contrast->line_scale, ==, 1.0);
  g_assert_cmpfloat (projector->line_scale, >, 1.0);
  g_assert_cmpint (projector->variant, ==, PC_THEME_LIGHT_HIGH_CONTRAST);
  g_assert_cmpint (dark->variant, ==, PC_THEME_DARK_HIGH_CONTRAST);
  g_assert_cmpmem (&projector->text, sizeof (PcColor), &contrast->text, sizeof (PcColor));
  g_assert_true (pc_theme_get_projector (PC_THEME_DARK) == dark);

  /* Ink of the lines alone: the labels are the same in both. */
  plain = count_ink (blueprint, first_map (blueprint), contrast, PC_RENDER_LINES);
  thick = count_ink (blueprint, first_map (blueprint), projector, PC_RENDER_LINES);
  g_test_message ("blueprint lines: %u px, projector %u px", plain, thick);
  g_assert_cmpuint (thick, >, plain * 5 / 4);

  plain = count_ink (example, first_map (example), contrast, PC_RENDER_CURVES);
  thick = count_ink (example, first_map (example), projector, PC_RENDER_CURVES);
  g_test_message ("curves: %u px, projector %u px", plain, thick);
  g_assert_cmpuint (thick, >, plain * 3 / 2);

  plain = count_ink (example, first_map (example), contrast, PC_RENDER_CONNECTORS);
  thick = count_ink (example, first_map (example), projector, PC_RENDER_CONNECTORS);
  g_test_message ("connectors: %u px, projector %u px", plain, thick);
  g_assert_cmpuint (plain, >, 0);
  g_assert_cmpuint (thick, >, plain * 3 / 2);
}

static void
test_timeline (void)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(PcMap) map = pc_map_new ("map-day", PC_MAP_KIND_DAY_IN_THE_LIFE);
  g_autoptr(PcStage) morning = pc_stage_new ("stage-0730");
  g_autoptr(PcLane) lane = pc_lane_new ("lane-0");
  g_autoptr(PcTouchpoint) coffee = pc_touchpoint_new ("tp-coffee");
  g_autoptr(PcTouchpoint) app = pc_touchpoint_new ("tp-app");
  g_autoptr(PcLayout) layout = NULL;

  pc_stage_set_time (morning, "07:30");
  pc_stage_set_name (morning, "Breakfast");
  g_list_store_append (pc_map_get_stages (map), morning);
  g_list_store_append (pc_map_get_lanes (map), lane);
  pc_touchpoint_set_stage_id (coffee, "stage-0730");
  pc_touchpoint_set_lane_id (coffee, "lane-0");
  pc_touchpoint_set_involves_brand (coffee, FALSE);
  pc_touchpoint_set_stage_id (app, "stage-0730");
  pc_touchpoint_set_lane_id (app, "lane-0");
  g_list_store_append (pc_map_get_touchpoints (map), coffee);
  g_list_store_append (pc_map_get_touchpoints (map), app);
  g_list_store_append (pc_document_get_maps (document), map);

  layout = pc_layout_new (document, map, NULL);
  g_assert_true (pc_layout_is_timeline (layout));
  g_assert_cmpint (pc_layout_get_stage (layout, 0)->minutes, ==, 7 * 60 + 30);
  g_assert_true (pc_layout_get_card (layout, 0)->outside_brand);
  g_assert_false (pc_layout_get_card (layout, 1)->outside_brand);
}

static void
test_lane_only_and_zoom (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (40);
  PcMap *map = first_map (document);
  PcLayoutOptions options = { .lane_id = "lane-1" };
  g_autoptr(PcLayout) one = pc_layout_new (document, map, &options);
  PcLayoutOptions zoomed = { .zoom = 2.0 };
  g_autoptr(PcLayout) all = pc_layout_new (document, map, NULL);
  g_autoptr(PcLayout) big = pc_layout_new (document, map, &zoomed);

  g_assert_cmpuint (pc_layout_get_n_lanes (one), ==, 1);
  g_assert_cmpuint (pc_layout_get_n_cards (one), ==, 20);
  for (guint i = 0; i < 20; i++)
    g_assert_cmpstr (pc_touchpoint_get_lane_id (pc_layout_get_card (one, i)->touchpoint), ==, "lane-1");
  g_assert_cmpfloat (pc_layout_get_height (one), <, pc_layout_get_height (all));

  g_assert_cmpfloat_with_epsilon (pc_layout_get_width (big), 2 * pc_layout_get_width (all), 1.0);
  g_assert_cmpfloat_with_epsilon (pc_layout_get_title_size (big), 2 * pc_layout_get_title_size (all), 1e-9);
  /* Readable from the back of a room at zoom 1. */
  g_assert_cmpfloat (pc_layout_get_title_size (all), >=, 15);
  g_assert_cmpfloat (pc_layout_get_header_size (all), >=, 17);
}

static void
test_connectors_and_drag (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (40);
  PcMap *map = first_map (document);
  g_autoptr(PcLayout) layout = pc_layout_new (document, map, NULL);
  guint n = pc_layout_get_n_connectors (layout);

  g_assert_cmpuint (n, ==, g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_connectors (map))));
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      const PcLayoutConnector *c = pc_layout_get_connector (layout, i);
      const PcRect *from = &pc_layout_get_card (layout, c->from_card)->rect;
      const PcRect *to = &pc_layout_get_card (layout, c->to_card)->rect;
      const PcPoint *end = &c->points[c->n_points - 1];

      g_assert_cmpuint (c->n_points, >=, 2);
      /* Attached to the edges: leaves the source's right edge, enters the
       * target's left edge. */
      g_assert_cmpfloat_with_epsilon (c->points[0].x, from->x + from->width, 1e-9);
      g_assert_cmpfloat_with_epsilon (end->x, to->x, 1e-9);
      g_assert_cmpfloat (end->y, >, to->y);
      g_assert_cmpfloat (end->y, <, to->y + to->height);
      /* Inner points avoid every card. */
      for (guint k = 1; k + 1 < c->n_points; k++)
        g_assert_cmpint (pc_layout_card_at (layout, c->points[k].x, c->points[k].y), ==, -1);
    }

  {
    const PcLayoutConnector *c = pc_layout_get_connector (layout, 0);
    guint card = c->to_card;

    pc_layout_move_card (layout, card, 5000, 6000);
    c = pc_layout_get_connector (layout, 0);
    g_assert_cmpfloat (pc_layout_get_card (layout, card)->rect.x, ==, 5000);
    g_assert_cmpfloat (c->points[c->n_points - 1].x, ==, 5000);
  }
}

/* @area of @layout drawn into a surface of its size: the whole layer
 * clipped to it, or (@only_area) only what the renderer says shows there. */
static cairo_surface_t *
draw_area (PcLayout     *layout,
           const PcRect *area,
           gboolean      connectors,
           gboolean      only_area)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         (int) area->width, (int) area->height);
  cairo_t *cr = cairo_create (surface);

  cairo_translate (cr, -area->x, -area->y);
  cairo_rectangle (cr, area->x, area->y, area->width, area->height);
  cairo_clip (cr);
  if (connectors && only_area)
    pc_render_connectors_in (cr, layout, area);
  else if (connectors)
    pc_render_connectors (cr, layout);
  else if (only_area)
    pc_render_layout_in (cr, layout, PC_RENDER_BACKGROUND | PC_RENDER_STATIC, area);
  else
    pc_render_layout (cr, layout, PC_RENDER_BACKGROUND | PC_RENDER_STATIC);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* The canvas draws its static layers and connectors tile by tile, each
 * tile with only what shows in it, and the connectors only in the boxes
 * where they pass: every pixel is the one of the whole drawing. */
static void
check_tiles (PcDocument    *document,
             const PcTheme *theme,
             double         size)
{
  PcMap *map = first_map (document);
  PcLayoutOptions options = { .theme = theme };
  g_autoptr(PcLayout) layout = pc_layout_new (document, map, &options);
  g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (PcRect));
  guint empty = 0, tiles = 0, n_boxes = 0;

  for (double y = 0; y < pc_layout_get_height (layout); y += size)
    for (double x = 0; x < pc_layout_get_width (layout); x += size)
      for (int connectors = 0; connectors < 2; connectors++)
        {
          PcRect area = { x, y, size, size };
          cairo_surface_t *whole = draw_area (layout, &area, connectors, FALSE);
          cairo_surface_t *part = draw_area (layout, &area, connectors, TRUE);
          int stride = cairo_image_surface_get_stride (whole);
          const guchar *a = cairo_image_surface_get_data (whole);
          const guchar *b = cairo_image_surface_get_data (part);
          guint n;

          g_assert_cmpmem (a, stride * (gsize) size, b, stride * (gsize) size);
          cairo_surface_destroy (part);
          tiles++;
          if (!connectors)
            {
              cairo_surface_destroy (whole);
              continue;
            }

          n = pc_render_connectors_boxes (layout, &area, boxes);
          empty += n == 0;
          n_boxes += n;
          /* Each box drawn alone has the pixels of the whole tile... */
          for (guint i = 0; i < n; i++)
            {
              const PcRect *box = &g_array_index (boxes, PcRect, i);
              cairo_surface_t *alone = draw_area (layout, box, TRUE, TRUE);
              int box_stride = cairo_image_surface_get_stride (alone);

              g_assert_cmpfloat (box->x, >=, x);
              g_assert_cmpfloat (box->y, >=, y);
              g_assert_cmpfloat (box->x + box->width, <=, x + size);
              g_assert_cmpfloat (box->y + box->height, <=, y + size);
              g_assert_cmpfloat (box->x, ==, floor (box->x));
              g_assert_cmpfloat (box->width, ==, floor (box->width));
              for (int py = 0; py < (int) box->height; py++)
                g_assert_cmpmem (cairo_image_surface_get_data (alone) + py * box_stride,
                                 (gsize) box->width * 4,
                                 a + (gsize) (box->y - y + py) * stride + (gsize) (box->x - x) * 4,
                                 (gsize) box->width * 4);
              cairo_surface_destroy (alone);
            }
          /* ... and outside the boxes no connector paints. */
          for (int py = 0; py < (int) size; py++)
            for (int px = 0; px < (int) size; px++)
              {
                guint32 pixel = ((const guint32 *) (a + py * stride))[px];
                gboolean in_box = FALSE;

                for (guint i = 0; i < n && !in_box; i++)
                  {
                    const PcRect *box = &g_array_index (boxes, PcRect, i);

                    in_box = x + px >= box->x && x + px < box->x + box->width &&
                             y + py >= box->y && y + py < box->y + box->height;
                  }
                if (!in_box)
                  g_assert_cmphex (pixel, ==, 0);
              }
          cairo_surface_destroy (whole);
        }
  g_test_message ("%u tiles of %.0f px, %u without connectors, %u boxes",
                  tiles, size, empty, n_boxes);
}

static void
test_tiles (void)
{
  g_autoptr(PcDocument) example = pc_test_load_example ();
  g_autoptr(PcDocument) generated = pc_test_make_document (60);

  check_tiles (example, NULL, 256);
  check_tiles (example, NULL, 200);
  check_tiles (example, pc_theme_get_projector (PC_THEME_DARK), 256);
  check_tiles (generated, NULL, 256);
  /* Rows above the lanes: the notes and gathered items of the top band. */
  pc_map_set_rows_position (first_map (example), PC_ROWS_POSITION_ABOVE);
  check_tiles (example, NULL, 256);
}

/* Where a drop goes, by a pass over every card: what the per-cell index
 * must give. */
static guint
drop_index_by_scan (PcLayout *layout,
                    guint     stage,
                    guint     lane,
                    double    y)
{
  guint index = 0;

  for (guint i = 0; i < pc_layout_get_n_cards (layout); i++)
    {
      const PcLayoutCard *card = pc_layout_get_card (layout, i);

      if (card->stage_index == stage && card->lane_index == lane
          && card->rect.y + card->rect.height / 2 < y)
        index = MAX (index, card->index_in_cell + 1);
    }
  return index;
}

/* The cards of each cell and the connectors of each card, as the layout
 * indexes them, are those a pass over everything finds, in order; a
 * drop lands where it did before there was an index, a dragged card
 * included. */
static void
test_cell_index (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (300);
  PcMap *map = first_map (document);
  g_autoptr(PcLayout) layout = pc_layout_new (document, map, NULL);
  guint n_stages = pc_layout_get_n_stages (layout);
  guint n_lanes = pc_layout_get_n_lanes (layout);
  guint n_cards = pc_layout_get_n_cards (layout);
  guint total = 0, total_ends = 0;

  g_assert_cmpuint (n_cards, ==, 300);
  for (guint s = 0; s < n_stages; s++)
    for (guint l = 0; l < n_lanes; l++)
      {
        guint n = 0, k = 0;
        const guint *cell = pc_layout_get_cell_cards (layout, s, l, &n);

        for (guint i = 0; i < n_cards; i++)
          {
            const PcLayoutCard *card = pc_layout_get_card (layout, i);

            if (card->stage_index != s || card->lane_index != l)
              continue;
            g_assert_cmpuint (k, <, n);
            g_assert_cmpuint (cell[k], ==, i);
            g_assert_cmpuint (card->index_in_cell, ==, k);
            k++;
          }
        g_assert_cmpuint (k, ==, n);
        total += n;
      }
  g_assert_cmpuint (total, ==, n_cards);

  for (guint i = 0; i < n_cards; i++)
    {
      guint n = 0, k = 0;
      const guint *conns = pc_layout_get_card_connectors (layout, i, &n);

      for (guint c = 0; c < pc_layout_get_n_connectors (layout); c++)
        {
          const PcLayoutConnector *conn = pc_layout_get_connector (layout, c);

          if (conn->from_card != i && conn->to_card != i)
            continue;
          g_assert_cmpuint (k, <, n);
          g_assert_cmpuint (conns[k], ==, c);
          k++;
        }
      g_assert_cmpuint (k, ==, n);
      total_ends += n;
    }
  g_assert_cmpuint (total_ends, ==, 2 * pc_layout_get_n_connectors (layout));
  g_assert_cmpuint (total_ends, >, 0);

  /* Card 0 dragged into the middle of another cell. */
  {
    const PcLayoutCard *first = pc_layout_get_card (layout, 0);
    const PcLayoutStage *stage = pc_layout_get_stage (layout, n_stages - 1);
    const PcLayoutLane *lane = pc_layout_get_lane (layout, n_lanes - 1);

    pc_layout_move_card (layout, 0, stage->column.x, lane->band.y + lane->band.height / 2);
    g_assert_cmpfloat (first->rect.x, ==, stage->column.x);
  }
  for (guint s = 0; s < n_stages; s++)
    for (guint l = 0; l < n_lanes; l++)
      {
        const PcLayoutLane *lane = pc_layout_get_lane (layout, l);

        for (double y = lane->band.y - 10; y < lane->band.y + lane->band.height + 10; y += 7)
          g_assert_cmpuint (pc_layout_drop_index (layout, s, l, 0, y), ==,
                            drop_index_by_scan (layout, s, l, y));
      }
}

static void
test_empty_and_orphans (void)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(PcMap) map = pc_map_new ("map-empty", PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(PcTouchpoint) orphan = pc_touchpoint_new ("tp-orphan");
  g_autoptr(PcLayout) layout = NULL;

  pc_touchpoint_set_stage_id (orphan, "stage-gone");
  pc_touchpoint_set_lane_id (orphan, "lane-gone");
  g_list_store_append (pc_map_get_touchpoints (map), orphan);
  g_list_store_append (pc_document_get_maps (document), map);

  layout = pc_layout_new (document, map, NULL);
  g_assert_cmpuint (pc_layout_get_n_stages (layout), ==, 0);
  g_assert_cmpuint (pc_layout_get_n_lanes (layout), ==, 0);
  /* A card whose stage or lane does not exist is not placed anywhere. */
  g_assert_cmpuint (pc_layout_get_n_cards (layout), ==, 0);
  g_assert_cmpfloat (pc_layout_get_width (layout), >, 0);
  g_assert_cmpfloat (pc_layout_get_height (layout), >, 0);
  g_assert_cmpint (pc_layout_card_at (layout, 50, 50), ==, -1);
  g_assert_false (pc_layout_cell_at (layout, 50, 50, NULL, NULL));
}

static void
test_speed (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (2000);
  PcMap *map = first_map (document);
  double best = G_MAXDOUBLE;

  for (int run = 0; run < 5; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(PcLayout) layout = pc_layout_new (document, map, NULL);

      best = MIN (best, (g_get_monotonic_time () - start) / 1000.0);
      g_assert_cmpuint (pc_layout_get_n_cards (layout), ==, 2000);
    }
  g_test_message ("layout of 2,000 cards: best of 5 %.2f ms", best);
  /* Generous bound for busy machines; the benchmark has the real figure. */
  g_assert_cmpfloat (best, <, 50.0);
}

static guint
count_legend (PcLayout           *layout,
              PcLayoutLegendKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < pc_layout_get_n_legend_items (layout); i++)
    n += pc_layout_get_legend_item (layout, i)->kind == kind;
  return n;
}

/* With a legend, the map moves down under its title block and the legend
 * goes below the last lane: nothing overlaps, everything is on the page,
 * and each persona is named with its lane's colour. */
static void
test_legend (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (20);
  PcMap *map = first_map (document);
  PcLayoutOptions with = { .legend = TRUE, .date = "3 December 2026" };
  g_autoptr(PcLayout) plain = pc_layout_new (document, map, NULL);
  g_autoptr(PcLayout) layout = pc_layout_new (document, map, &with);
  g_autoptr(PcDocument) blueprint = make_blueprint ();
  g_autoptr(PcLayout) lines = pc_layout_new (blueprint, first_map (blueprint), &with);
  const PcLayoutTitleBlock *title = pc_layout_get_title_block (layout);
  const PcLayoutLane *last = pc_layout_get_lane (layout, pc_layout_get_n_lanes (layout) - 1);
  const PcRect *legend = pc_layout_get_legend_rect (layout);
  guint personas = 0;

  g_assert_null (pc_layout_get_title_block (plain));
  g_assert_null (pc_layout_get_legend_rect (plain));
  g_assert_cmpuint (pc_layout_get_n_legend_items (plain), ==, 0);

  g_assert_nonnull (title);
  g_assert_cmpstr (title->name, ==, "Today");
  g_assert_cmpstr (title->date, ==, "3 December 2026");
  g_assert_nonnull (strstr (title->kicker, "Test document"));
  g_assert_cmpfloat (title->name_size, >, pc_layout_get_header_size (layout));
  g_assert_cmpfloat (title->rect.y + title->rect.height, <, pc_layout_get_stage (layout, 0)->header.y);
  g_assert_cmpfloat (title->date_rect.x + title->date_rect.width, <=, pc_layout_get_width (layout));
  /* The map itself is laid out as without the legend, lower down. */
  g_assert_cmpfloat (pc_layout_get_width (layout), ==, pc_layout_get_width (plain));
  g_assert_cmpfloat_with_epsilon (pc_layout_get_card (layout, 3)->rect.y - pc_layout_get_card (plain, 3)->rect.y,
                                  pc_layout_get_stage (layout, 0)->header.y
                                  - pc_layout_get_stage (plain, 0)->header.y, 1e-6);

  g_assert_cmpfloat (legend->y, >, last->band.y + last->band.height);
  g_assert_cmpfloat (legend->y + legend->height, <, pc_layout_get_height (layout));
  for (guint i = 0; i < pc_layout_get_n_legend_items (layout); i++)
    {
      const PcLayoutLegendItem *item = pc_layout_get_legend_item (layout, i);

      g_assert_cmpfloat (item->label_rect.y, >=, legend->y);
      g_assert_cmpfloat (item->label_rect.x + item->label_rect.width, <=, pc_layout_get_width (layout));
      if (item->kind == PC_LAYOUT_LEGEND_PERSONA)
        {
          const PcLayoutLane *lane = pc_layout_get_lane (layout, item->value);

          g_assert_cmpstr (item->label, ==, lane->label);
          g_assert_true (memcmp (&item->color, &lane->color, sizeof (PcColor)) == 0);
          g_assert_cmpfloat (item->swatch.width, >, 0);
          personas++;
        }
    }
  g_assert_cmpuint (personas, ==, 2);
  g_assert_cmpuint (count_legend (layout, PC_LAYOUT_LEGEND_SENTIMENT), ==, 3);
  g_assert_cmpuint (count_legend (layout, PC_LAYOUT_LEGEND_LINE), ==, 0);
  g_assert_cmpuint (count_legend (layout, PC_LAYOUT_LEGEND_CONNECTOR), ==, 1);

  /* A blueprint explains its three lines and has no persona to name. */
  g_assert_cmpuint (count_legend (lines, PC_LAYOUT_LEGEND_LINE), ==, 3);
  g_assert_cmpuint (count_legend (lines, PC_LAYOUT_LEGEND_PERSONA), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/layout/cells", test_cells);
  g_test_add_func ("/layout/drop-index", test_drop_index);
  g_test_add_func ("/layout/curve", test_curve);
  g_test_add_func ("/layout/curve-strength", test_curve_strength);
  g_test_add_func ("/layout/blueprint-lines", test_blueprint_lines);
  g_test_add_func ("/layout/legend", test_legend);
  g_test_add_func ("/layout/timeline", test_timeline);
  g_test_add_func ("/layout/lane-and-zoom", test_lane_only_and_zoom);
  g_test_add_func ("/layout/connectors", test_connectors_and_drag);
  g_test_add_func ("/layout/tiles", test_tiles);
  g_test_add_func ("/layout/cell-index", test_cell_index);
  g_test_add_func ("/layout/empty", test_empty_and_orphans);
  g_test_add_func ("/layout/speed", test_speed);
  g_test_add_func ("/layout/projector-lines", test_projector_lines);

  return g_test_run ();
}
