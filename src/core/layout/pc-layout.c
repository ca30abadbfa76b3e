/* pc-layout.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "pc-layout-private.h"



G_DEFINE_BOXED_TYPE (PcLayout, pc_layout, pc_layout_ref, pc_layout_unref)

/* The layout keeps references to the objects it points at, so that one
 * kept a little too long (say, while the model is being changed) never
 * points at freed memory. */
static void
clear_stage (gpointer data)
{
  PcLayoutStage *stage = data;

  g_clear_object (&stage->stage);
}

static void
clear_lane (gpointer data)
{
  PcLayoutLane *lane = data;

  g_clear_object (&lane->lane);
  g_clear_object (&lane->persona);
  g_free (lane->initials);
}

static void
clear_card (gpointer data)
{
  PcLayoutCard *card = data;

  g_clear_object (&card->touchpoint);
}

static void
clear_connector (gpointer data)
{
  PcLayoutConnector *conn = data;

  g_clear_object (&conn->connector);
  g_free (conn->points);
}

static void
clear_curve (gpointer data)
{
  PcLayoutCurve *curve = data;

  g_free (curve->points);
  g_free (curve->values);
  g_free (curve->stage_indices);
}

static char *
make_initials (const char *name)
{
  GString *out = g_string_new (NULL);
  gboolean at_word = TRUE;
  guint n = 0;

  for (const char *p = name; p && *p && n < 2; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '-')
        {
          at_word = TRUE;
          continue;
        }
      if (at_word && g_unichar_isalnum (c))
        {
          g_string_append_unichar (out, g_unichar_toupper (c));
          n++;
        }
      at_word = FALSE;
    }
  return g_string_free (out, FALSE);
}

/* The width of a one-line text, measured no further than @max_width. */
static double
measure_width (PcLayout   *self,
               const char *str,
               double      size,
               gboolean    bold,
               double      max_width)
{
  PangoLayout *text = pc_layout_get_text (self, size, bold, PC_LAYOUT_TEXT_MEASURE);
  g_autofree char *cut = pc_layout_cut_text (str, pc_layout_text_limit (size, max_width, 1), NULL);
  int w, h;

  pango_layout_set_text (text, cut, -1);
  pango_layout_get_pixel_size (text, &w, &h);
  return w;
}

void
_pc_layout_route_connector (PcLayout          *self,
                            PcLayoutConnector *conn)
{
  const PcLayoutCard *s = &g_array_index (self->cards, PcLayoutCard, conn->from_card);
  const PcLayoutCard *t = &g_array_index (self->cards, PcLayoutCard, conn->to_card);
  const PcLayoutStage *scol = &g_array_index (self->stages, PcLayoutStage, s->stage_index);
  const PcLayoutStage *tcol = &g_array_index (self->stages, PcLayoutStage, t->stage_index);
  const PcLayoutLane *tlane = &g_array_index (self->lanes, PcLayoutLane, t->lane_index);
  double z = self->zoom;
  double sy = s->rect.y + s->rect.height / 2;
  double ty = t->rect.y + t->rect.height / 2;
  /* Vertical runs go in the gutters beside the cards' columns and
   * horizontal runs in the gap above the target lane: no card lies there. */
  double off_s = scol->column.x + scol->column.width - (s->rect.x + s->rect.width);
  double off_t = t->rect.x - tcol->column.x;
  double gx1 = s->rect.x + s->rect.width + MAX (off_s, CELL_PAD * z) + GUTTER * z / 2;
  double gx2 = t->rect.x - MAX (off_t, CELL_PAD * z) - GUTTER * z / 2;
  double gy = tlane->band.y - GUTTER * z / 2;

  g_free (conn->points);
  if (fabs (gx1 - gx2) < 1.0)
    {
      conn->n_points = 4;
      conn->points = g_new (PcPoint, 4);
      conn->points[1] = (PcPoint) { gx1, sy };
      conn->points[2] = (PcPoint) { gx1, ty };
    }
  else
    {
      conn->n_points = 6;
      conn->points = g_new (PcPoint, 6);
      conn->points[1] = (PcPoint) { gx1, sy };
      conn->points[2] = (PcPoint) { gx1, gy };
      conn->points[3] = (PcPoint) { gx2, gy };
      conn->points[4] = (PcPoint) { gx2, ty };
    }
  conn->points[0] = (PcPoint) { s->rect.x + s->rect.width, sy };
  conn->points[conn->n_points - 1] = (PcPoint) { t->rect.x, ty };
}

static int
find_line_kind (PcLaneKind above,
                PcLaneKind below)
{
  if (above == PC_LANE_KIND_CUSTOMER && below == PC_LANE_KIND_FRONTSTAGE)
    return PC_LAYOUT_LINE_INTERACTION;
  if (above == PC_LANE_KIND_FRONTSTAGE && below == PC_LANE_KIND_BACKSTAGE)
    return PC_LAYOUT_LINE_VISIBILITY;
  if (above == PC_LANE_KIND_BACKSTAGE && below == PC_LANE_KIND_SUPPORT)
    return PC_LAYOUT_LINE_INTERNAL_INTERACTION;
  return -1;
}

static const char *
line_label (PcLayoutLineKind kind)
{
  switch (kind)
    {
    case PC_LAYOUT_LINE_INTERACTION:
      return _("Line of interaction");
    case PC_LAYOUT_LINE_VISIBILITY:
      return _("Line of visibility");
    case PC_LAYOUT_LINE_INTERNAL_INTERACTION:
    default:
      return _("Line of internal interaction");
    }
}

static void
layout_stages (PcLayout *self,
               double    x,
               double    y)
{
  GListModel *stages = G_LIST_MODEL (pc_map_get_stages (self->map));
  guint n = g_list_model_get_n_items (stages);
  double z = self->zoom;
  double header_h = (self->timeline ? TIME_HEADER_H : STAGE_HEADER_H) * z;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcStage) stage = g_list_model_get_item (stages, i);
      PcLayoutStage ls = { 0 };
      double w = (CARD_W + 2 * CELL_PAD) * z;
      double text_w;

      ls.stage = g_object_ref (stage);
      ls.minutes = pc_time_parse (pc_stage_get_time (stage));
      text_w = measure_width (self, pc_stage_get_name (stage),
                              pc_layout_get_header_size (self), TRUE, MAX_COLUMN_W * z);
      w = CLAMP (text_w + 2 * CELL_PAD * z, w, MAX_COLUMN_W * z);
      ls.header = (PcRect) { x, y, w, header_h };
      ls.column.x = x;
      ls.column.width = w;
      g_array_append_val (self->stages, ls);
      x += w + GUTTER * z;
    }
}

static void
layout_lanes (PcLayout   *self,
              PcDocument *document,
              const char *only_lane)
{
  GListModel *lanes = G_LIST_MODEL (pc_map_get_lanes (self->map));
  guint n = g_list_model_get_n_items (lanes);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcLane) lane = g_list_model_get_item (lanes, i);
      PcLayoutLane ll = { 0 };

      if (only_lane && g_strcmp0 (only_lane, pc_entity_get_id (PC_ENTITY (lane))) != 0)
        continue;

      ll.lane = g_object_ref (lane);
      ll.color = self->theme->accent;
      if (pc_lane_get_kind (lane) == PC_LANE_KIND_PERSONA && document
          && pc_lane_get_persona_id (lane) != NULL)
        ll.persona = pc_document_find_persona (document, pc_lane_get_persona_id (lane));
      if (ll.persona)
        {
          g_object_ref (ll.persona);
          pc_color_parse (pc_persona_get_color (ll.persona), &ll.color);
          ll.label = pc_persona_get_name (ll.persona);
        }
      if (ll.label == NULL || *ll.label == '\0')
        ll.label = pc_lane_get_name (lane);
      if (ll.label == NULL || *ll.label == '\0')
        ll.label = pc_lane_kind_get_label (pc_lane_get_kind (lane));
      ll.initials = ll.persona ? make_initials (ll.label) : g_strdup ("");
      g_array_append_val (self->lanes, ll);
    }
}

/* Heights depend on the fullest cell of each lane. Returns the y below
 * the last lane and its gutter. */
static double
place_lanes (PcLayout *self,
             double    y)
{
  guint n_stages = self->stages->len;
  double z = self->zoom;
  gboolean blueprint = pc_map_get_kind (self->map) == PC_MAP_KIND_SERVICE_BLUEPRINT;
  double x0 = MARGIN * z;
  double x1 = n_stages ? g_array_index (self->stages, PcLayoutStage, n_stages - 1).column.x
                         + g_array_index (self->stages, PcLayoutStage, n_stages - 1).column.width
                       : x0 + (LANE_HEADER_W + GUTTER + CARD_W + 2 * CELL_PAD) * z;

  for (guint l = 0; l < self->lanes->len; l++)
    {
      PcLayoutLane *ll = &g_array_index (self->lanes, PcLayoutLane, l);
      guint most = 1;
      double cards_h, curve_h;

      if (l > 0)
        {
          PcLayoutLane *prev = &g_array_index (self->lanes, PcLayoutLane, l - 1);
          int kind = find_line_kind (pc_lane_get_kind (prev->lane),
                                     pc_lane_get_kind (ll->lane));

          if (kind >= 0)
            {
              PcLayoutLine line = { 0 };
              double size = pc_layout_get_body_size (self);

              y += LINE_SPACE * z;
              line.kind = kind;
              line.x0 = x0;
              line.x1 = x1;
              line.y = y - (LINE_SPACE + GUTTER) * z / 2;
              line.above_lane = l - 1;
              line.below_lane = l;
              line.label = line_label (kind);
              line.label_rect = (PcRect) { x0, line.y - size * 1.5, LANE_HEADER_W * z, size * 1.3 };
              g_array_append_val (self->lines, line);
            }
        }

      for (guint s = 0; s < n_stages; s++)
        most = MAX (most, self->cell_counts[s * self->lanes->len + l]);

      cards_h = 2 * CELL_PAD * z + most * self->card_h * z + (most - 1) * CARD_GAP * z;
      curve_h = (!blueprint && ll->persona != NULL) ? CURVE_H * z : 0;
      ll->header = (PcRect) { x0, y, LANE_HEADER_W * z, cards_h + curve_h };
      ll->band = (PcRect) { x0 + (LANE_HEADER_W + GUTTER) * z, y,
                            x1 - x0 - (LANE_HEADER_W + GUTTER) * z, cards_h + curve_h };
      ll->curve_area = (PcRect) { ll->band.x, y + cards_h, ll->band.width, curve_h };
      ll->avatar = (PcRect) { ll->header.x + (LANE_HEADER_W - AVATAR) * z / 2,
                              y + CELL_PAD * z + 4 * z, AVATAR * z, AVATAR * z };
      y += cards_h + curve_h + GUTTER * z;
    }
  return y;
}

static void
layout_curves (PcLayout *self)
{
  guint n_stages = self->stages->len;
  guint n_lanes = self->lanes->len;
  g_autofree double *sums = g_new0 (double, MAX (1, n_stages * n_lanes));
  double range = 1;

  /* Each card counts its score (its sentiment weighted by its strength).
   * The curve spans -1 .. +1 unless a card of the map is felt strongly,
   * then -2 .. +2 in every lane: a map without strengths draws as it did
   * before there were any. */
  for (guint i = 0; i < self->cards->len; i++)
    {
      const PcLayoutCard *card = &g_array_index (self->cards, PcLayoutCard, i);
      int score = pc_touchpoint_get_score (card->touchpoint);

      sums[card->stage_index * n_lanes + card->lane_index] += score;
      if (ABS (score) > 1)
        range = 2;
    }

  for (guint l = 0; l < n_lanes; l++)
    {
      const PcLayoutLane *ll = &g_array_index (self->lanes, PcLayoutLane, l);
      PcLayoutCurve curve = { 0 };
      double pad = 18 * self->zoom;
      double top = ll->curve_area.y + pad;
      double h = ll->curve_area.height - 2 * pad;

      if (ll->curve_area.height <= 0)
        continue;

      curve.lane_index = l;
      curve.points = g_new (PcPoint, MAX (1, n_stages));
      curve.values = g_new (double, MAX (1, n_stages));
      curve.stage_indices = g_new (guint, MAX (1, n_stages));
      for (guint s = 0; s < n_stages; s++)
        {
          guint count = self->cell_counts[s * n_lanes + l];
          const PcLayoutStage *ls = &g_array_index (self->stages, PcLayoutStage, s);
          double v;

          if (count == 0)
            continue;
          v = sums[s * n_lanes + l] / count;
          curve.values[curve.n_points] = v;
          curve.stage_indices[curve.n_points] = s;
          curve.points[curve.n_points] = (PcPoint) {
            ls->column.x + ls->column.width / 2,
            top + (1.0 - v / range) / 2.0 * h
          };
          curve.n_points++;
        }
      g_array_append_val (self->curves, curve);
    }
}

/* The cards of each cell, in one array: what a drop into a cell, or a
 * move within it, looks at without a pass over every card. Cards were
 * added in the order of the list, which is their order in their cell. */
static void
index_cells (PcLayout *self)
{
  guint n_cells = self->stages->len * self->lanes->len;
  g_autofree guint *next = g_new (guint, MAX (1, n_cells));

  self->cell_starts = g_new (guint, n_cells + 1);
  self->cell_starts[0] = 0;
  for (guint c = 0; c < n_cells; c++)
    self->cell_starts[c + 1] = self->cell_starts[c] + self->cell_counts[c];
  memcpy (next, self->cell_starts, n_cells * sizeof (guint));
  self->cell_cards = g_new (guint, MAX (1, self->cards->len));
  for (guint i = 0; i < self->cards->len; i++)
    {
      const PcLayoutCard *card = &g_array_index (self->cards, PcLayoutCard, i);

      self->cell_cards[next[card->stage_index * self->lanes->len + card->lane_index]++] = i;
    }
}

/* The connectors of each card, from it or to it: what a drag re-routes
 * on each frame. */
static void
index_card_connectors (PcLayout *self)
{
  guint n_cards = self->cards->len;
  g_autofree guint *next = g_new0 (guint, n_cards + 1);

  self->card_conn_starts = g_new0 (guint, n_cards + 1);
  for (guint i = 0; i < self->connectors->len; i++)
    {
      const PcLayoutConnector *conn = &g_array_index (self->connectors, PcLayoutConnector, i);

      self->card_conn_starts[conn->from_card + 1]++;
      self->card_conn_starts[conn->to_card + 1]++;
    }
  for (guint c = 0; c < n_cards; c++)
    self->card_conn_starts[c + 1] += self->card_conn_starts[c];
  memcpy (next, self->card_conn_starts, (n_cards + 1) * sizeof (guint));
  self->card_conns = g_new (guint, MAX (1, 2 * self->connectors->len));
  for (guint i = 0; i < self->connectors->len; i++)
    {
      const PcLayoutConnector *conn = &g_array_index (self->connectors, PcLayoutConnector, i);

      self->card_conns[next[conn->from_card]++] = i;
      self->card_conns[next[conn->to_card]++] = i;
    }
}

PcLayout *
pc_layout_new (PcDocument            *document,
               PcMap                 *map,
               const PcLayoutOptions *options)
{
  PcLayout *self;
  g_autoptr(GHashTable) stage_index = NULL;
  g_autoptr(GHashTable) lane_index = NULL;
  g_autoptr(GHashTable) card_index = NULL;
  cairo_font_options_t *font_options;
  GListModel *tps, *conns;
  guint n_stages, n_lanes, n_tps;
  double z, y;

  g_return_val_if_fail (PC_IS_MAP (map), NULL);
  g_return_val_if_fail (document == NULL || PC_IS_DOCUMENT (document), NULL);

  self = g_new0 (PcLayout, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->map = g_object_ref (map);
  self->zoom = options && options->zoom > 0 ? options->zoom : 1.0;
  self->theme = options && options->theme ? options->theme : pc_theme_get (PC_THEME_LIGHT);
  self->font_family = g_strdup (options && options->font_family ? options->font_family
                                                                 : PC_LAYOUT_DEFAULT_FONT);
  self->font_size = options && options->font_size > 0 ? options->font_size : 15.0;
  self->min_evidence = options ? options->min_evidence : PC_EVIDENCE_UNSET;
  self->timeline = pc_map_get_kind (map) == PC_MAP_KIND_DAY_IN_THE_LIFE;
  self->detailed = pc_map_get_card_face (map) == PC_CARD_FACE_DETAILED;
  self->card_h = self->detailed ? CARD_H_DETAILED : CARD_H;

  /* Unhinted metrics: text measures the same on screen, PNG, PDF and SVG. */
  self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->pango, font_options);
  cairo_font_options_destroy (font_options);
  self->font = pango_font_description_from_string (self->font_family);
  self->texts = g_array_new (FALSE, TRUE, sizeof (PcLayoutText));
  g_array_set_clear_func (self->texts, _pc_layout_text_clear);

  self->stages = g_array_new (FALSE, TRUE, sizeof (PcLayoutStage));
  g_array_set_clear_func (self->stages, clear_stage);
  self->lanes = g_array_new (FALSE, TRUE, sizeof (PcLayoutLane));
  g_array_set_clear_func (self->lanes, clear_lane);
  self->cards = g_array_new (FALSE, TRUE, sizeof (PcLayoutCard));
  g_array_set_clear_func (self->cards, clear_card);
  self->connectors = g_array_new (FALSE, TRUE, sizeof (PcLayoutConnector));
  g_array_set_clear_func (self->connectors, clear_connector);
  self->curves = g_array_new (FALSE, TRUE, sizeof (PcLayoutCurve));
  g_array_set_clear_func (self->curves, clear_curve);
  self->lines = g_array_new (FALSE, TRUE, sizeof (PcLayoutLine));

  z = self->zoom;
  y = MARGIN * z;
  layout_stages (self, (MARGIN + LANE_HEADER_W + GUTTER) * z, y);
  self->legend = options && options->legend;
  if (self->legend)
    {
      /* The title block spans the map; the map goes below it. */
      double right = self->stages->len > 0
                     ? g_array_index (self->stages, PcLayoutStage, self->stages->len - 1).column.x
                       + g_array_index (self->stages, PcLayoutStage, self->stages->len - 1).column.width
                     : (MARGIN + LANE_HEADER_W + GUTTER + CARD_W + 2 * CELL_PAD) * z;

      /* The map starts on a whole pixel, as without the title block. */
      y = ceil (y + _pc_layout_place_title (self, document, options->date, MARGIN * z, y,
                                            right - MARGIN * z) + TITLE_GAP * z);
      for (guint i = 0; i < self->stages->len; i++)
        g_array_index (self->stages, PcLayoutStage, i).header.y = y;
    }
  if (self->stages->len > 0)
    y += g_array_index (self->stages, PcLayoutStage, 0).header.height + GUTTER * z;
  else
    y += (STAGE_HEADER_H + GUTTER) * z;
  layout_lanes (self, document, options ? options->lane_id : NULL);

  n_stages = self->stages->len;
  n_lanes = self->lanes->len;
  self->cell_counts = g_new0 (guint, MAX (1, n_stages * n_lanes));

  /* Id to index + 1, so that 0 means "not in this layout". */
  stage_index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n_stages; i++)
    {
      PcStage *stage = g_array_index (self->stages, PcLayoutStage, i).stage;

      g_hash_table_insert (stage_index, (gpointer) pc_entity_get_id (PC_ENTITY (stage)),
                           GUINT_TO_POINTER (i + 1));
    }
  lane_index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n_lanes; i++)
    {
      PcLane *lane = g_array_index (self->lanes, PcLayoutLane, i).lane;

      g_hash_table_insert (lane_index, (gpointer) pc_entity_get_id (PC_ENTITY (lane)),
                           GUINT_TO_POINTER (i + 1));
    }

  /* First pass: cells and order within them (the list order). */
  tps = G_LIST_MODEL (pc_map_get_touchpoints (map));
  n_tps = g_list_model_get_n_items (tps);
  card_index = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < n_tps; i++)
    {
      g_autoptr(PcTouchpoint) tp = g_list_model_get_item (tps, i);
      const char *stage_id = pc_touchpoint_get_stage_id (tp);
      const char *lane_id = pc_touchpoint_get_lane_id (tp);
      guint s = stage_id ? GPOINTER_TO_UINT (g_hash_table_lookup (stage_index, stage_id)) : 0;
      guint l = lane_id ? GPOINTER_TO_UINT (g_hash_table_lookup (lane_index, lane_id)) : 0;
      PcLayoutCard card = { 0 };

      if (s == 0 || l == 0)
        continue;
      card.touchpoint = g_object_ref (tp);
      card.stage_index = s - 1;
      card.lane_index = l - 1;
      card.index_in_cell = self->cell_counts[card.stage_index * n_lanes + card.lane_index]++;
      card.outside_brand = self->timeline && !pc_touchpoint_get_involves_brand (tp);
      card.faded = pc_layout_evidence_fades (self->min_evidence, pc_touchpoint_get_evidence (tp));
      g_hash_table_insert (card_index, tp, GUINT_TO_POINTER (self->cards->len + 1));
      g_array_append_val (self->cards, card);
    }
  index_cells (self);

  /* Insight rows go below the lanes, or between the stage headers and
   * the lanes. */
  _pc_layout_collect_rows (self);
  {
    gboolean above = pc_map_get_rows_position (map) == PC_ROWS_POSITION_ABOVE;
    guint n_rows = self->rows->len;
    double top = y;
    double bottom = n_lanes || n_rows ? 0 : y + CARD_H * z;
    double after_lanes;
    double right = n_stages ? g_array_index (self->stages, PcLayoutStage, n_stages - 1).column.x
                              + g_array_index (self->stages, PcLayoutStage, n_stages - 1).column.width
                            : (MARGIN + LANE_HEADER_W + GUTTER + CARD_W + 2 * CELL_PAD) * z;

    if (above && n_rows > 0)
      y = _pc_layout_place_rows (self, y);
    after_lanes = place_lanes (self, y);
    if (!above && n_rows > 0)
      _pc_layout_place_rows (self, n_lanes ? after_lanes : y);
    if (n_lanes)
      bottom = g_array_index (self->lanes, PcLayoutLane, n_lanes - 1).band.y
               + g_array_index (self->lanes, PcLayoutLane, n_lanes - 1).band.height;
    if (n_rows > 0)
      {
        const PcLayoutRow *last = &g_array_index (self->rows, PcLayoutRow, n_rows - 1);

        bottom = MAX (bottom, last->band.y + last->band.height);
      }

    for (guint i = 0; i < n_stages; i++)
      {
        PcLayoutStage *ls = &g_array_index (self->stages, PcLayoutStage, i);

        ls->column.y = top;
        ls->column.height = bottom - top;
      }
    self->width = right + MARGIN * z;
    self->height = bottom + MARGIN * z;
  }

  for (guint i = 0; i < self->cards->len; i++)
    {
      PcLayoutCard *card = &g_array_index (self->cards, PcLayoutCard, i);
      const PcLayoutStage *ls = &g_array_index (self->stages, PcLayoutStage, card->stage_index);
      const PcLayoutLane *ll = &g_array_index (self->lanes, PcLayoutLane, card->lane_index);

      card->rect.width = CARD_W * z;
      card->rect.height = self->card_h * z;
      card->rect.x = ls->column.x + (ls->column.width - card->rect.width) / 2;
      card->rect.y = ll->band.y + CELL_PAD * z + card->index_in_cell * (self->card_h + CARD_GAP) * z;
    }

  layout_curves (self);

  conns = G_LIST_MODEL (pc_map_get_connectors (map));
  for (guint i = 0, n = g_list_model_get_n_items (conns); i < n; i++)
    {
      g_autoptr(PcConnector) c = g_list_model_get_item (conns, i);
      PcTouchpoint *from = pc_map_find_touchpoint (map, pc_connector_get_from_id (c));
      PcTouchpoint *to = pc_map_find_touchpoint (map, pc_connector_get_to_id (c));
      guint fi = from ? GPOINTER_TO_UINT (g_hash_table_lookup (card_index, from)) : 0;
      guint ti = to ? GPOINTER_TO_UINT (g_hash_table_lookup (card_index, to)) : 0;
      PcLayoutConnector lc = { 0 };

      if (fi == 0 || ti == 0 || fi == ti)
        continue;
      lc.connector = g_object_ref (c);
      lc.from_card = fi - 1;
      lc.to_card = ti - 1;
      _pc_layout_route_connector (self, &lc);
      g_array_append_val (self->connectors, lc);
    }
  index_card_connectors (self);

  if (self->legend)
    {
      double top = self->height - MARGIN * z + LEGEND_GAP * z;

      self->height = top + _pc_layout_place_legend (self, MARGIN * z, top,
                                                    self->width - 2 * MARGIN * z)
                     + MARGIN * z;
      /* Whole pixels, so that a 2× export is twice as large as a 1×. */
      self->height = ceil (self->height);
    }

  return self;
}

PcLayout *
pc_layout_ref (PcLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
pc_layout_unref (PcLayout *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_array_unref (self->stages);
  g_array_unref (self->lanes);
  g_array_unref (self->cards);
  g_array_unref (self->connectors);
  g_array_unref (self->curves);
  g_array_unref (self->lines);
  g_free (self->cell_counts);
  g_free (self->cell_starts);
  g_free (self->cell_cards);
  g_free (self->card_conn_starts);
  g_free (self->card_conns);
  _pc_layout_rows_clear (self);
  _pc_layout_frame_clear (self);
  g_free (self->font_family);
  g_array_unref (self->texts);
  pango_font_description_free (self->font);
  g_clear_object (&self->pango);
  g_clear_object (&self->map);
  g_free (self);
}
