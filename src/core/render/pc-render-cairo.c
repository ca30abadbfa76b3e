/* pc-render-cairo.c: the painter for cairo (screen, PNG, PDF)
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pango/pangocairo.h>
#include <string.h>

#include "pc-render-private.h"

/* Batching (vector output): the shapes and texts of cards are kept and
 * drawn after the last card, layer by layer (all shadows, then all card
 * bodies, ...), each layer's shapes of one paint as one cairo path. Cards
 * never overlap one another, so the picture is the same, but a PDF gets a
 * few fills instead of seven operations a card, each of which cairo's PDF
 * backend analyses, records and writes on its own. */
typedef struct
{
  guint   layer;     /* the item's rank within its card */
  guint   paint;     /* index into paints, or G_MAXUINT for a text */
  guint   order;     /* rank in drawing order, to keep sorting stable */
  guint   start;     /* first of ops, or the text's index in texts */
  guint   n_ops;
} BatchItem;

typedef struct
{
  PcPaint paint;
  PcColor fill;
  PcColor stroke;
} BatchPaint;

typedef struct
{
  char   *text;
  double  x;
  double  y;
  double  size;
  gboolean bold;
  PcColor color;
} BatchText;

typedef struct
{
  PcPainter parent;
  cairo_t  *cr;
  gboolean  batch;      /* keep cards' items until the end */
  gboolean  in_card;
  guint     layer;
  GArray   *items;      /* BatchItem */
  GArray   *ops;        /* PcPathOp */
  GArray   *paints;     /* BatchPaint */
  GArray   *texts;      /* BatchText */
  gboolean  batch_before_fade;
  double    fade_opacity;
} CairoPainter;

static void
set_color (cairo_t       *cr,
           const PcColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static void
append_ops (cairo_t        *cr,
            const PcPathOp *ops,
            guint           n_ops)
{
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
}

static void
finish_path (cairo_t       *cr,
             const PcPaint *paint)
{
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
draw_text (CairoPainter  *self,
           const char    *text,
           double         x,
           double         y,
           double         size,
           gboolean       bold,
           const PcColor *color)
{
  cairo_t *cr = self->cr;
  PangoLayout *pl = pc_layout_get_text (self->parent.layout, size, bold, PC_LAYOUT_TEXT_DRAW);

  pango_layout_set_text (pl, text, -1);
  set_color (cr, color);
  cairo_move_to (cr, x, y - pango_layout_get_baseline (pl) / (double) PANGO_SCALE);
  pango_cairo_show_layout (cr, pl);
  cairo_new_path (cr);
}

static gboolean
same_color (const PcColor *a,
            const PcColor *b)
{
  return (a == NULL) == (b == NULL)
         && (a == NULL || memcmp (a, b, sizeof (PcColor)) == 0);
}

static guint
batch_paint (CairoPainter  *self,
             const PcPaint *paint)
{
  BatchPaint copy = { *paint };

  for (guint i = 0; i < self->paints->len; i++)
    {
      const BatchPaint *p = &g_array_index (self->paints, BatchPaint, i);

      if (same_color (p->paint.fill ? &p->fill : NULL, paint->fill)
          && same_color (p->paint.stroke ? &p->stroke : NULL, paint->stroke)
          && p->paint.line_width == paint->line_width && p->paint.dash == paint->dash)
        return i;
    }
  /* The colours are copied: the caller's may live on its stack. */
  if (paint->fill)
    copy.fill = *paint->fill;
  if (paint->stroke)
    copy.stroke = *paint->stroke;
  g_array_append_val (self->paints, copy);
  return self->paints->len - 1;
}

static void
batch_add (CairoPainter *self,
           guint         paint,
           guint         start,
           guint         n_ops)
{
  BatchItem item = { self->layer++, paint, self->items->len, start, n_ops };

  g_array_append_val (self->items, item);
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const BatchItem *x = a, *y = b;

  if (x->layer != y->layer)
    return x->layer < y->layer ? -1 : 1;
  if (x->paint != y->paint)
    return x->paint < y->paint ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

static void
batch_flush (CairoPainter *self)
{
  const BatchItem *items;
  guint n;

  if (!self->batch || self->items->len == 0)
    return;

  /* Each paint's pointers go to its own copies of the colours (it kept
   * the caller's, which may be gone) now that the array no longer grows. */
  for (guint i = 0; i < self->paints->len; i++)
    {
      BatchPaint *p = &g_array_index (self->paints, BatchPaint, i);

      if (p->paint.fill)
        p->paint.fill = &p->fill;
      if (p->paint.stroke)
        p->paint.stroke = &p->stroke;
    }

  g_array_sort (self->items, compare_items);
  items = (const BatchItem *) self->items->data;
  n = self->items->len;
  for (guint i = 0; i < n; )
    {
      guint j = i;

      if (items[i].paint == G_MAXUINT)
        {
          const BatchText *t = &g_array_index (self->texts, BatchText, items[i].start);

          draw_text (self, t->text, t->x, t->y, t->size, t->bold, &t->color);
          i++;
          continue;
        }
      cairo_new_path (self->cr);
      for (; j < n && items[j].layer == items[i].layer && items[j].paint == items[i].paint; j++)
        append_ops (self->cr, &g_array_index (self->ops, PcPathOp, items[j].start),
                    items[j].n_ops);
      finish_path (self->cr, &g_array_index (self->paints, BatchPaint, items[i].paint).paint);
      i = j;
    }

  for (guint i = 0; i < self->texts->len; i++)
    g_free (g_array_index (self->texts, BatchText, i).text);
  g_array_set_size (self->items, 0);
  g_array_set_size (self->ops, 0);
  g_array_set_size (self->paints, 0);
  g_array_set_size (self->texts, 0);
}

static void
cairo_painter_path (PcPainter      *painter,
                    const PcPathOp *ops,
                    guint           n_ops,
                    const PcPaint  *paint)
{
  CairoPainter *self = (CairoPainter *) painter;

  if (self->in_card)
    {
      batch_add (self, batch_paint (self, paint), self->ops->len, n_ops);
      g_array_append_vals (self->ops, ops, n_ops);
      return;
    }
  batch_flush (self);
  cairo_new_path (self->cr);
  append_ops (self->cr, ops, n_ops);
  finish_path (self->cr, paint);
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
  CairoPainter *self = (CairoPainter *) painter;

  if (self->in_card)
    {
      BatchText t = { g_strdup (text), x, y, size, bold, *color };

      batch_add (self, G_MAXUINT, self->texts->len, 0);
      g_array_append_val (self->texts, t);
      return;
    }
  batch_flush (self);
  draw_text (self, text, x, y, size, bold, color);
}

static void
cairo_painter_begin_group (PcPainter  *painter,
                           const char *kind,
                           const char *id,
                           const char *title)
{
  CairoPainter *self = (CairoPainter *) painter;

  /* Notes never overlap cards or one another either. */
  self->in_card = self->batch && (g_strcmp0 (kind, "touchpoint") == 0
                                  || g_strcmp0 (kind, "note") == 0
                                  || g_strcmp0 (kind, "gathered") == 0);
  self->layer = 0;
}

static void
cairo_painter_end_group (PcPainter *painter)
{
  ((CairoPainter *) painter)->in_card = FALSE;
}

/* A faded card is drawn on its own, through a group: the batches paint
 * many cards' shapes at once, which cannot take one card's opacity. */
static void
cairo_painter_begin_fade (PcPainter *painter,
                          double     opacity)
{
  CairoPainter *self = (CairoPainter *) painter;

  batch_flush (self);
  self->batch_before_fade = self->batch;
  self->batch = FALSE;
  self->fade_opacity = opacity;
  cairo_push_group (self->cr);
}

static void
cairo_painter_end_fade (PcPainter *painter)
{
  CairoPainter *self = (CairoPainter *) painter;

  cairo_pop_group_to_source (self->cr);
  cairo_paint_with_alpha (self->cr, self->fade_opacity);
  self->batch = self->batch_before_fade;
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
  self->parent.area = NULL;
  self->parent.begin_group = cairo_painter_begin_group;
  self->parent.end_group = cairo_painter_end_group;
  self->parent.begin_fade = cairo_painter_begin_fade;
  self->parent.end_fade = cairo_painter_end_fade;
  self->cr = cr;
  self->batch = FALSE;
  self->in_card = FALSE;
  self->layer = 0;
  self->items = self->ops = self->paints = self->texts = NULL;
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
pc_render_layout_in (cairo_t       *cr,
                     PcLayout      *layout,
                     PcRenderFlags  flags,
                     const PcRect  *area)
{
  CairoPainter painter;

  g_return_if_fail (cr != NULL && layout != NULL && area != NULL);

  cairo_painter_init (&painter, cr, layout);
  painter.parent.area = area;
  cairo_save (cr);
  _pc_render_paint (&painter.parent, flags, NULL);
  cairo_restore (cr);
}

void
_pc_render_layout_with_background (cairo_t       *cr,
                                   PcLayout      *layout,
                                   PcRenderFlags  flags,
                                   const PcColor *background,
                                   gboolean       batch)
{
  CairoPainter painter;

  cairo_painter_init (&painter, cr, layout);
  if (batch)
    {
      painter.batch = TRUE;
      painter.items = g_array_new (FALSE, FALSE, sizeof (BatchItem));
      painter.ops = g_array_new (FALSE, FALSE, sizeof (PcPathOp));
      painter.paints = g_array_new (FALSE, FALSE, sizeof (BatchPaint));
      painter.texts = g_array_new (FALSE, FALSE, sizeof (BatchText));
    }
  cairo_save (cr);
  _pc_render_paint (&painter.parent, flags, background);
  batch_flush (&painter);
  cairo_restore (cr);
  if (batch)
    {
      g_array_unref (painter.items);
      g_array_unref (painter.ops);
      g_array_unref (painter.paints);
      g_array_unref (painter.texts);
    }
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
  _pc_render_card (&painter.parent, index);
  cairo_restore (cr);
}

void
pc_render_note (cairo_t  *cr,
                PcLayout *layout,
                guint     index)
{
  CairoPainter painter;

  g_return_if_fail (cr != NULL && layout != NULL);
  g_return_if_fail (index < pc_layout_get_n_notes (layout));

  cairo_painter_init (&painter, cr, layout);
  cairo_save (cr);
  _pc_render_note (&painter.parent, index);
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
pc_render_connectors_in (cairo_t      *cr,
                         PcLayout     *layout,
                         const PcRect *area)
{
  CairoPainter painter;

  g_return_if_fail (cr != NULL && layout != NULL && area != NULL);

  cairo_painter_init (&painter, cr, layout);
  painter.parent.area = area;
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
