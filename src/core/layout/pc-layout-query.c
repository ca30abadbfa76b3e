/* pc-layout-query.c: accessors and hit-testing
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "pc-layout-private.h"

PcMap *
pc_layout_get_map (PcLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->map;
}

const PcTheme *
pc_layout_get_theme (PcLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->theme;
}

double
pc_layout_get_zoom (PcLayout *self)
{
  g_return_val_if_fail (self != NULL, 1.0);
  return self->zoom;
}

const char *
pc_layout_get_font_family (PcLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->font_family;
}

double
pc_layout_get_title_size (PcLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->font_size * self->zoom;
}

double
pc_layout_get_body_size (PcLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->font_size * 13.0 / 15.0 * self->zoom;
}

double
pc_layout_get_header_size (PcLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->font_size * 18.0 / 15.0 * self->zoom;
}

double
pc_layout_get_radius (PcLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return 12.0 * self->zoom;
}

double
pc_layout_get_width (PcLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->width;
}

double
pc_layout_get_height (PcLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->height;
}

PcEvidence
pc_layout_get_min_evidence (PcLayout *self)
{
  g_return_val_if_fail (self != NULL, PC_EVIDENCE_UNSET);
  return self->min_evidence;
}

gboolean
pc_layout_evidence_fades (PcEvidence min_evidence,
                          PcEvidence evidence)
{
  return min_evidence != PC_EVIDENCE_UNSET && evidence < min_evidence;
}

gboolean
pc_layout_is_detailed (PcLayout *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->detailed;
}

gboolean
pc_layout_is_timeline (PcLayout *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->timeline;
}

#define ACCESSORS(Name, name, Type, array)                              \
  guint                                                                 \
  pc_layout_get_n_##name##s (PcLayout *self)                            \
  {                                                                     \
    g_return_val_if_fail (self != NULL, 0);                             \
    return self->array->len;                                            \
  }                                                                     \
  const Type *                                                          \
  pc_layout_get_##name (PcLayout *self,                                 \
                        guint     index)                                \
  {                                                                     \
    g_return_val_if_fail (self != NULL, NULL);                          \
    g_return_val_if_fail (index < self->array->len, NULL);              \
    return &g_array_index (self->array, Type, index);                   \
  }

ACCESSORS (Stage, stage, PcLayoutStage, stages)
ACCESSORS (Lane, lane, PcLayoutLane, lanes)
ACCESSORS (Card, card, PcLayoutCard, cards)
ACCESSORS (Connector, connector, PcLayoutConnector, connectors)
ACCESSORS (Curve, curve, PcLayoutCurve, curves)
ACCESSORS (Line, line, PcLayoutLine, lines)
ACCESSORS (Row, row, PcLayoutRow, rows)
ACCESSORS (Note, note, PcLayoutNote, notes)

int
pc_layout_find_card (PcLayout     *self,
                     PcTouchpoint *touchpoint)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; i < self->cards->len; i++)
    if (g_array_index (self->cards, PcLayoutCard, i).touchpoint == touchpoint)
      return i;
  return -1;
}

gboolean
_pc_rect_contains (const PcRect *r,
                   double        x,
                   double        y)
{
  return x >= r->x && x < r->x + r->width && y >= r->y && y < r->y + r->height;
}

int
_pc_layout_stage_at (PcLayout *self,
                     double    x)
{
  for (guint i = 0; i < self->stages->len; i++)
    {
      const PcRect *c = &g_array_index (self->stages, PcLayoutStage, i).column;

      if (x >= c->x && x < c->x + c->width)
        return i;
    }
  return -1;
}

int
_pc_layout_band_at (GArray *bands,
                    gsize   rect_offset,
                    double  y)
{
  guint size = g_array_get_element_size (bands);

  for (guint i = 0; i < bands->len; i++)
    {
      const PcRect *b = (const PcRect *) (bands->data + i * size + rect_offset);

      if (y >= b->y && y < b->y + b->height)
        return i;
    }
  return -1;
}

gboolean
pc_layout_cell_at (PcLayout *self,
                   double    x,
                   double    y,
                   guint    *stage_index,
                   guint    *lane_index)
{
  int s, l;

  g_return_val_if_fail (self != NULL, FALSE);

  s = _pc_layout_stage_at (self, x);
  l = _pc_layout_band_at (self->lanes, G_STRUCT_OFFSET (PcLayoutLane, band), y);
  if (s < 0 || l < 0)
    return FALSE;
  if (stage_index)
    *stage_index = s;
  if (lane_index)
    *lane_index = l;
  return TRUE;
}

int
pc_layout_card_at (PcLayout *self,
                   double    x,
                   double    y)
{
  g_return_val_if_fail (self != NULL, -1);

  /* Later cards are drawn on top. */
  for (guint i = self->cards->len; i-- > 0;)
    if (_pc_rect_contains (&g_array_index (self->cards, PcLayoutCard, i).rect, x, y))
      return i;
  return -1;
}

guint
pc_layout_drop_index (PcLayout *self,
                      guint     stage_index,
                      guint     lane_index,
                      double    x,
                      double    y)
{
  const guint *cell;
  guint index = 0, n;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (stage_index < self->stages->len, 0);
  g_return_val_if_fail (lane_index < self->lanes->len, 0);

  (void) x;
  cell = pc_layout_get_cell_cards (self, stage_index, lane_index, &n);
  /* Cards stack top to bottom: the drop goes before the first card whose
   * middle is below the pointer. (A card being dragged is in its own
   * cell wherever it is drawn: all of them are looked at.) */
  for (guint i = 0; i < n; i++)
    {
      const PcLayoutCard *card = &g_array_index (self->cards, PcLayoutCard, cell[i]);

      if (card->rect.y + card->rect.height / 2 < y)
        index = MAX (index, card->index_in_cell + 1);
    }
  return index;
}

const guint *
pc_layout_get_cell_cards (PcLayout *self,
                          guint     stage_index,
                          guint     lane_index,
                          guint    *n_cards)
{
  guint cell;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_cards != NULL, NULL);

  *n_cards = 0;
  g_return_val_if_fail (stage_index < self->stages->len, NULL);
  g_return_val_if_fail (lane_index < self->lanes->len, NULL);

  cell = stage_index * self->lanes->len + lane_index;
  *n_cards = self->cell_starts[cell + 1] - self->cell_starts[cell];
  return self->cell_cards + self->cell_starts[cell];
}

void
pc_layout_move_card (PcLayout *self,
                     guint     index,
                     double    x,
                     double    y)
{
  const guint *conns;
  PcLayoutCard *card;
  guint n;

  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->cards->len);

  card = &g_array_index (self->cards, PcLayoutCard, index);
  card->rect.x = x;
  card->rect.y = y;
  conns = pc_layout_get_card_connectors (self, index, &n);
  for (guint i = 0; i < n; i++)
    _pc_layout_route_connector (self, &g_array_index (self->connectors, PcLayoutConnector,
                                                      conns[i]));
}

const guint *
pc_layout_get_card_connectors (PcLayout *self,
                               guint     card_index,
                               guint    *n_connectors)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_connectors != NULL, NULL);

  *n_connectors = 0;
  g_return_val_if_fail (card_index < self->cards->len, NULL);

  *n_connectors = self->card_conn_starts[card_index + 1] - self->card_conn_starts[card_index];
  return self->card_conns + self->card_conn_starts[card_index];
}

/* Distance from (x, y) to the segment a–b. */
static double
segment_distance (const PcPoint *a,
                  const PcPoint *b,
                  double         x,
                  double         y)
{
  double dx = b->x - a->x, dy = b->y - a->y;
  double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((x - a->x) * dx + (y - a->y) * dy) / len2 : 0;

  t = CLAMP (t, 0, 1);
  return hypot (x - (a->x + t * dx), y - (a->y + t * dy));
}

int
pc_layout_connector_at (PcLayout *self,
                        double    x,
                        double    y,
                        double    tolerance)
{
  double best = tolerance;
  int found = -1;

  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; i < self->connectors->len; i++)
    {
      const PcLayoutConnector *conn = &g_array_index (self->connectors, PcLayoutConnector, i);

      for (guint p = 0; p + 1 < conn->n_points; p++)
        {
          double d = segment_distance (&conn->points[p], &conn->points[p + 1], x, y);

          /* On a tie the later connector wins: it is drawn on top. */
          if (d <= best)
            {
              best = d;
              found = i;
            }
        }
    }
  return found;
}
