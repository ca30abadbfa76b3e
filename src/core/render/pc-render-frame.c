/* pc-render-frame.c: the title block and the legend of an export
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pc-render-private.h"

static void
paint_title_block (PcPainter                *painter,
                   const PcLayoutTitleBlock *t)
{
  const PcTheme *theme = pc_layout_get_theme (painter->layout);

  painter->begin_group (painter, "title", "title-block", t->name);
  if (*t->kicker)
    _pc_render_text (painter, t->kicker, t->kicker_rect.x, t->kicker_rect.y,
                     t->kicker_rect.width, 1, FALSE, t->small_size, TRUE, &theme->dim_text);
  if (*t->date)
    _pc_render_text (painter, t->date, t->date_rect.x, t->date_rect.y,
                     t->date_rect.width + t->small_size, 1, FALSE, t->small_size, FALSE, &theme->dim_text);
  _pc_render_text (painter, t->name, t->name_rect.x, t->name_rect.y, t->name_rect.width,
                   1, FALSE, t->name_size, TRUE, &theme->text);
  if (t->goal_lines > 0)
    _pc_render_text (painter, t->goal, t->goal_rect.x, t->goal_rect.y, t->goal_rect.width,
                     t->goal_lines, FALSE, t->small_size, FALSE, &theme->text);
  painter->end_group (painter);
}

static void
paint_swatch (PcPainter                *painter,
              const PcLayoutLegendItem *item)
{
  PcLayout *layout = painter->layout;
  const PcTheme *theme = pc_layout_get_theme (layout);
  double z = pc_layout_get_zoom (layout);
  const PcRect *r = &item->swatch;
  double cx = r->x + r->width / 2, cy = r->y + r->height / 2;
  PcPath p = { .n = 0 };

  switch (item->kind)
    {
    case PC_LAYOUT_LEGEND_PERSONA:
      {
        /* A piece of the curve, in the persona's colour, through a dot. */
        PcPaint line = { NULL, &item->color, 3 * z, 0 };
        PcPaint dot = { &item->color, &theme->card_fill, 1.5 * z, 0 };

        PC_MOVE (&p, r->x, cy + 5 * z);
        _pc_path_op (&p, PC_PATH_CURVE, r->x + r->width * 0.3, cy + 5 * z,
                     r->x + r->width * 0.7, cy - 5 * z, r->x + r->width, cy - 5 * z);
        painter->path (painter, p.ops, p.n, &line);
        _pc_render_circle (painter, cx, cy, 6 * z, &dot);
      }
      break;
    case PC_LAYOUT_LEGEND_SENTIMENT:
      _pc_render_paint_sentiment (painter, theme, item->value, cx, cy, 9 * z);
      break;
    case PC_LAYOUT_LEGEND_LINE:
      {
        PcPaint dashed = { NULL, &theme->dim_text, 1.5 * z, 8 * z };

        PC_MOVE (&p, r->x, cy);
        PC_LINE (&p, r->x + r->width, cy);
        painter->path (painter, p.ops, p.n, &dashed);
      }
      break;
    case PC_LAYOUT_LEGEND_CONNECTOR:
      {
        PcPaint line = { NULL, &theme->accent, 2 * z, 0 };
        PcPaint head = { &theme->accent, NULL, 0, 0 };
        double end = r->x + r->width;

        PC_MOVE (&p, r->x, cy);
        PC_LINE (&p, end - 8 * z, cy);
        painter->path (painter, p.ops, p.n, &line);
        p.n = 0;
        PC_MOVE (&p, end, cy);
        PC_LINE (&p, end - 10 * z, cy - 5 * z);
        PC_LINE (&p, end - 10 * z, cy + 5 * z);
        PC_CLOSE (&p);
        painter->path (painter, p.ops, p.n, &head);
      }
      break;
    case PC_LAYOUT_LEGEND_STRENGTH:
      _pc_render_paint_sentiment (painter, theme, PC_SENTIMENT_POSITIVE, cx, cy, 8 * z);
      _pc_render_paint_strong_ring (painter, theme, PC_SENTIMENT_POSITIVE, cx, cy, 8 * z);
      break;
    case PC_LAYOUT_LEGEND_MARK:
      {
        /* The mark as on a card, centred; votes show a count of 3. */
        double w = item->value == PC_LAYOUT_MARK_VOTES ? 22 * z : 14 * z;
        PcLayoutMark mark = { item->value, 3, { cx - w / 2, r->y, w, r->height } };

        _pc_render_paint_mark (painter, &mark);
      }
      break;
    case PC_LAYOUT_LEGEND_FADED:
      {
        /* A small card, faded as the map's are. */
        PcRect card = { r->x + 2 * z, cy - 8 * z, r->width - 4 * z, 16 * z };

        painter->begin_fade (painter, PC_RENDER_FADED_OPACITY);
        _pc_render_fill_rect (painter, &card, 3 * z, &theme->card_fill, &theme->card_border,
                              1 * z, 0);
        painter->end_fade (painter);
      }
      break;
    case PC_LAYOUT_LEGEND_EVIDENCE:
      _pc_render_paint_evidence (painter, theme, item->value, cx - 7 * z, cy, 14 * z);
      break;
    case PC_LAYOUT_LEGEND_DETAIL:
      _pc_render_paint_detail_mark (painter, item->value, cx - 5 * z, cy, 10 * z);
      break;
    case PC_LAYOUT_LEGEND_NOTE:
      {
        PcRect note = { r->x + 2 * z, cy - 8 * z, r->width - 4 * z, 16 * z };

        if (item->value == 0)
          _pc_render_fill_rect (painter, &note, 3 * z, &theme->note_fill, &theme->note_border,
                                1 * z, 0);
        else
          _pc_render_fill_rect (painter, &note, 3 * z, NULL, &theme->card_border, 1.2 * z, 4 * z);
      }
      break;
    case PC_LAYOUT_LEGEND_HEADING:
    default:
      break;
    }
}

static void
paint_legend (PcPainter *painter)
{
  PcLayout *layout = painter->layout;
  const PcTheme *theme = pc_layout_get_theme (layout);
  const PcRect *rect = pc_layout_get_legend_rect (layout);
  double z = pc_layout_get_zoom (layout);
  double size = pc_layout_get_body_size (layout);
  PcPaint rule = { NULL, &theme->grid, 1 * z, 0 };
  PcPath p = { .n = 0 };

  painter->begin_group (painter, "legend", "legend", _("Legend"));
  /* A hairline between the map and its legend. */
  PC_MOVE (&p, rect->x, rect->y - 20 * z);
  PC_LINE (&p, rect->x + rect->width, rect->y - 20 * z);
  painter->path (painter, p.ops, p.n, &rule);

  for (guint i = 0; i < pc_layout_get_n_legend_items (layout); i++)
    {
      const PcLayoutLegendItem *item = pc_layout_get_legend_item (layout, i);
      const PcRect *l = &item->label_rect;
      gboolean heading = item->kind == PC_LAYOUT_LEGEND_HEADING;

      paint_swatch (painter, item);
      _pc_render_text (painter, item->label, l->x, l->y + (l->height - size * 1.3) / 2,
                       l->width + size, 1, FALSE, size, item->bold,
                       heading ? &theme->dim_text : &theme->text);
    }
  painter->end_group (painter);
}

void
_pc_render_paint_frame (PcPainter *painter)
{
  const PcLayoutTitleBlock *title = pc_layout_get_title_block (painter->layout);

  if (title == NULL)
    return;
  paint_title_block (painter, title);
  paint_legend (painter);
}
