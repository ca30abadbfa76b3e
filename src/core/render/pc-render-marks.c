/* pc-render-marks.c: the small marks of cards and notes, drawn as paths
 * (no glyph that a font might lack)
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pc-render-private.h"

/* A shape given as points in a unit box, scaled to @w × @h from (x, y). */
static void
unit_polygon (PcPath       *p,
              const double *points,
              guint         n_points,
              double        x,
              double        y,
              double        w,
              double        h)
{
  for (guint i = 0; i < n_points; i++)
    _pc_path_op (p, i ? PC_PATH_LINE : PC_PATH_MOVE, x + points[2 * i] * w,
                 y + points[2 * i + 1] * h, 0, 0, 0, 0);
  PC_CLOSE (p);
}

static void
paint_fail_point (PcPainter     *painter,
                  const PcTheme *theme,
                  double         cx,
                  double         cy,
                  double         size)
{
  /* A lightning bolt: the journey breaks here. */
  static const double bolt[] = {
    0.62, 0, 0.04, 0.58, 0.44, 0.58, 0.32, 1, 0.96, 0.4, 0.56, 0.4,
  };
  double w = size * 0.8, h = size;
  PcPath p = { .n = 0 };
  PcPaint paint = { &theme->negative, NULL, 0, 0 };

  unit_polygon (&p, bolt, G_N_ELEMENTS (bolt) / 2, cx - w / 2, cy - h / 2, w, h);
  painter->path (painter, p.ops, p.n, &paint);
}

static void
paint_waiting_point (PcPainter     *painter,
                     const PcTheme *theme,
                     double         cx,
                     double         cy,
                     double         size)
{
  /* An hourglass, its sand run down. */
  static const double glass[] = {
    0.06, 0, 0.94, 0, 0.56, 0.5, 0.94, 1, 0.06, 1, 0.44, 0.5,
  };
  static const double sand[] = { 0.24, 1, 0.76, 1, 0.5, 0.68 };
  double z = pc_layout_get_zoom (painter->layout);
  double w = size * 0.75, h = size;
  PcPath p = { .n = 0 };
  PcPaint outline = { NULL, &theme->dim_text, 1.4 * z, 0 };
  PcPaint fill = { &theme->dim_text, NULL, 0, 0 };

  unit_polygon (&p, glass, G_N_ELEMENTS (glass) / 2, cx - w / 2, cy - h / 2, w, h);
  painter->path (painter, p.ops, p.n, &outline);
  p.n = 0;
  unit_polygon (&p, sand, G_N_ELEMENTS (sand) / 2, cx - w / 2, cy - h / 2, w, h);
  painter->path (painter, p.ops, p.n, &fill);
}

/* One to three bars of rising height, like a signal: assumption, some
 * research, validated; the bars not reached drawn hollow. */
void
_pc_render_paint_evidence (PcPainter     *painter,
                           const PcTheme *theme,
                           PcEvidence     evidence,
                           double         x,
                           double         cy,
                           double         size)
{
  double z = pc_layout_get_zoom (painter->layout);
  double bar = size * 0.26, gap = size * 0.11;
  double bottom = cy + size / 2;
  int level = evidence == PC_EVIDENCE_VALIDATED ? 3 : evidence == PC_EVIDENCE_SOME_RESEARCH ? 2 : 1;

  for (int i = 0; i < 3; i++)
    {
      double h = size * (0.42 + 0.29 * i);
      PcRect r = { x + i * (bar + gap), bottom - h, bar, h };

      if (i < level)
        _pc_render_fill_rect (painter, &r, 0.8 * z, &theme->dim_text, NULL, 0, 0);
      else
        {
          PcRect inner = { r.x + 0.5 * z, r.y + 0.5 * z, r.width - z, r.height - z };

          _pc_render_fill_rect (painter, &inner, 0.5 * z, NULL, &theme->dim_text, 1 * z, 0);
        }
    }
}

void
_pc_render_paint_mark (PcPainter          *painter,
                       const PcLayoutMark *mark)
{
  PcLayout *layout = painter->layout;
  const PcTheme *theme = pc_layout_get_theme (layout);
  double z = pc_layout_get_zoom (layout);
  const PcRect *r = &mark->rect;
  double cy = r->y + r->height / 2;
  double size = MIN (r->height, 14 * z);

  switch (mark->kind)
    {
    case PC_LAYOUT_MARK_FAIL_POINT:
      paint_fail_point (painter, theme, r->x + r->width / 2, cy, size);
      break;
    case PC_LAYOUT_MARK_WAITING_POINT:
      paint_waiting_point (painter, theme, r->x + r->width / 2, cy, size * 0.92);
      break;
    case PC_LAYOUT_MARK_EVIDENCE:
      _pc_render_paint_evidence (painter, theme, mark->value, r->x, cy, size * 0.95);
      break;
    case PC_LAYOUT_MARK_VOTES:
    default:
      {
        /* A dot and the count: "● 3". */
        PcPaint dot = { &theme->accent, NULL, 0, 0 };
        double body = pc_layout_get_body_size (layout);
        char number[16];

        g_snprintf (number, sizeof number, "%d", mark->value);
        _pc_render_circle (painter, r->x + 3.5 * z, cy, 3.5 * z, &dot);
        _pc_render_text (painter, number, r->x + 10 * z, cy - body * 1.3 / 2,
                         r->width, 1, FALSE, body, TRUE, &theme->text);
      }
      break;
    }
}

void
_pc_render_paint_strong_ring (PcPainter     *painter,
                              const PcTheme *theme,
                              PcSentiment    sentiment,
                              double         x,
                              double         y,
                              double         r)
{
  PcPaint ring = { NULL, pc_theme_sentiment_color (theme, sentiment), r * 0.2, 0 };

  _pc_render_circle (painter, x, y, r * 1.42, &ring);
}

void
_pc_render_paint_detail_mark (PcPainter          *painter,
                              PcLayoutDetailKind  kind,
                              double              x,
                              double              cy,
                              double              size)
{
  const PcTheme *theme = pc_layout_get_theme (painter->layout);
  double y = cy - size / 2;
  PcPath p = { .n = 0 };

  switch (kind)
    {
    case PC_LAYOUT_DETAIL_PAIN_POINT:
      {
        /* A warning triangle. */
        static const double triangle[] = { 0.5, 0, 1, 0.92, 0, 0.92 };
        PcPaint paint = { &theme->negative, NULL, 0, 0 };

        unit_polygon (&p, triangle, 3, x, y, size, size);
        painter->path (painter, p.ops, p.n, &paint);
      }
      break;
    case PC_LAYOUT_DETAIL_OPPORTUNITY:
      {
        /* A four-pointed spark. */
        static const double spark[] = {
          0.5, 0, 0.63, 0.37, 1, 0.5, 0.63, 0.63, 0.5, 1, 0.37, 0.63, 0, 0.5, 0.37, 0.37,
        };
        PcPaint paint = { &theme->accent, NULL, 0, 0 };

        unit_polygon (&p, spark, G_N_ELEMENTS (spark) / 2, x, y, size, size);
        painter->path (painter, p.ops, p.n, &paint);
      }
      break;
    case PC_LAYOUT_DETAIL_OWNER:
    default:
      {
        /* A person: head and shoulders. */
        PcPaint paint = { &theme->dim_text, NULL, 0, 0 };

        _pc_render_circle (painter, x + size / 2, y + size * 0.27, size * 0.25, &paint);
        PC_MOVE (&p, x + size * 0.06, y + size);
        _pc_path_op (&p, PC_PATH_CURVE, x + size * 0.06, y + size * 0.5,
                     x + size * 0.94, y + size * 0.5, x + size * 0.94, y + size);
        PC_CLOSE (&p);
        painter->path (painter, p.ops, p.n, &paint);
      }
      break;
    }
}
