/* pc-render-cairo.c: the painter for cairo (screen, PNG, PDF)
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pango/pangocairo.h>

#include "pc-render-private.h"

typedef struct
{
  PcPainter parent;
  cairo_t  *cr;
} CairoPainter;

static void
set_color (cairo_t       *cr,
           const PcColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static void
cairo_painter_path (PcPainter      *painter,
                    const PcPathOp *ops,
                    guint           n_ops,
                    const PcPaint  *paint)
{
  cairo_t *cr = ((CairoPainter *) painter)->cr;

  cairo_new_path (cr);
  for (guint i = 0; i < n_ops; i++)
    switch (ops[i].type)
      {
      case PC_PATH_MOVE:
        cairo_move_to (cr, ops[i].x[0], ops[i].y[0]);
        break;
      case PC_PATH_LINE:
        cairo_line_to (cr, ops[i].x[0], ops[i].y[0]);
        break;
      case PC_PATH_CURVE:
        cairo_curve_to (cr, ops[i].x[0], ops[i].y[0], ops[i].x[1], ops[i].y[1],
                        ops[i].x[2], ops[i].y[2]);
        break;
      case PC_PATH_CLOSE:
      default:
        cairo_close_path (cr);
        break;
      }

  if (paint->fill)
    {
      set_color (cr, paint->fill);
      if (paint->stroke)
        cairo_fill_preserve (cr);
      else
        cairo_fill (cr);
    }
  if (paint->stroke)
    {
      set_color (cr, paint->stroke);
      cairo_set_line_width (cr, paint->line_width);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      if (paint->dash > 0)
        {
          double dash[2] = { paint->dash, paint->dash * 0.75 };

          cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
          cairo_set_dash (cr, dash, 2, 0);
        }
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  cairo_new_path (cr);
}

static void
cairo_painter_text (PcPainter     *painter,
                    const char    *text,
                    double         x,
                    double         y,
                    double         size,
                    gboolean       bold,
                    const PcColor *color)
{
  cairo_t *cr = ((CairoPainter *) painter)->cr;
  PangoLayout *pl = pc_layout_get_text (painter->layout, size, bold, PC_LAYOUT_TEXT_DRAW);

  pango_layout_set_text (pl, text, -1);
  set_color (cr, color);
  cairo_move_to (cr, x, y - pango_layout_get_baseline (pl) / (double) PANGO_SCALE);
  pango_cairo_show_layout (cr, pl);
  cairo_new_path (cr);
}

static void
cairo_painter_begin_group (PcPainter  *painter,
                           const char *kind,
                           const char *id,
                           const char *title)
{
}

static void
cairo_painter_end_group (PcPainter *painter)
{
}

static void
cairo_painter_init (CairoPainter *self,
                    cairo_t      *cr,
                    PcLayout     *layout)
{
  self->parent.layout = layout;
  self->parent.path = cairo_painter_path;
  self->parent.text = cairo_painter_text;
  self->parent.lines = NULL;
  self->parent.rect = NULL;
  self->parent.circle = NULL;
  self->parent.styles_only = FALSE;
  self->parent.begin_group = cairo_painter_begin_group;
  self->parent.end_group = cairo_painter_end_group;
  self->cr = cr;
}

void
pc_render_layout (cairo_t       *cr,
                  PcLayout      *layout,
                  PcRenderFlags  flags)
{
  CairoPainter painter;

  g_return_if_fail (cr != NULL && layout != NULL);

  cairo_painter_init (&painter, cr, layout);
  cairo_save (cr);
  _pc_render_paint (&painter.parent, flags, NULL);
  cairo_restore (cr);
}

void
_pc_render_layout_with_background (cairo_t       *cr,
                                   PcLayout      *layout,
                                   PcRenderFlags  flags,
                                   const PcColor *background)
{
  CairoPainter painter;

  cairo_painter_init (&painter, cr, layout);
  cairo_save (cr);
  _pc_render_paint (&painter.parent, flags, background);
  cairo_restore (cr);
}

void
pc_render_card (cairo_t  *cr,
                PcLayout *layout,
                guint     index)
{
  CairoPainter painter;

  g_return_if_fail (cr != NULL && layout != NULL);
  g_return_if_fail (index < pc_layout_get_n_cards (layout));

  cairo_painter_init (&painter, cr, layout);
  cairo_save (cr);
  _pc_render_paint_card (&painter.parent, index);
  cairo_restore (cr);
}

void
pc_render_connectors (cairo_t  *cr,
                      PcLayout *layout)
{
  CairoPainter painter;

  g_return_if_fail (cr != NULL && layout != NULL);

  cairo_painter_init (&painter, cr, layout);
  cairo_save (cr);
  _pc_render_paint_connectors (&painter.parent);
  cairo_restore (cr);
}

void
pc_render_sentiment (cairo_t       *cr,
                     const PcTheme *theme,
                     PcSentiment    sentiment,
                     double         x,
                     double         y,
                     double         radius)
{
  CairoPainter painter;

  g_return_if_fail (cr != NULL && theme != NULL);

  cairo_painter_init (&painter, cr, NULL);
  cairo_save (cr);
  _pc_render_paint_sentiment (&painter.parent, theme, sentiment, x, y, radius);
  cairo_restore (cr);
}
