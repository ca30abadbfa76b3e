/* pc-render-private.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-render.h"

G_BEGIN_DECLS

/* The drawing code speaks to a small painter interface; cairo (screen, PNG,
 * PDF) and the SVG writer implement it, so every output shows the same
 * shapes at the same places. */

typedef enum
{
  PC_PATH_MOVE,
  PC_PATH_LINE,
  PC_PATH_CURVE,
  PC_PATH_CLOSE,
} PcPathOpType;

typedef struct
{
  PcPathOpType type;
  double       x[3];
  double       y[3];
} PcPathOp;

typedef struct
{
  const PcColor *fill;     /* (nullable) */
  const PcColor *stroke;   /* (nullable) */
  double         line_width;
  double         dash;     /* dash length, 0 for a solid line */
} PcPaint;

typedef struct _PcPainter PcPainter;

struct _PcPainter
{
  PcLayout *layout;
  void (*path)        (PcPainter      *painter,
                       const PcPathOp *ops,
                       guint           n_ops,
                       const PcPaint  *paint);
  /* One line of text, its left end at @x and its baseline at @y. */
  void (*text)        (PcPainter      *painter,
                       const char     *text,
                       double          x,
                       double          y,
                       double          size,
                       gboolean        bold,
                       const PcColor  *color);
  /* Optional: several lines as one block (the SVG writer makes one <text>
   * with a <tspan> per line, so the block stays editable as a whole). */
  void (*lines)       (PcPainter      *painter,
                       char          **lines,
                       const double   *x,
                       const double   *y,
                       double          size,
                       gboolean        bold,
                       const PcColor  *color);
  /* Optional: a rectangle with rounded corners (@radius already no more
   * than half its width and height) and a circle; painters without them
   * get the same shapes as paths. */
  void (*rect)        (PcPainter      *painter,
                       const PcRect   *rect,
                       double          radius,
                       const PcPaint  *paint);
  void (*circle)      (PcPainter      *painter,
                       double          cx,
                       double          cy,
                       double          r,
                       const PcPaint  *paint);
  /* @kind is "stage", "lane", "touchpoint", ...; @entity gives the id. */
  void (*begin_group) (PcPainter      *painter,
                       const char     *kind,
                       const char     *id,
                       const char     *title);
  void (*end_group)   (PcPainter      *painter);
  /* What is painted between these two is seen at @opacity: the cards and
   * notes below the evidence filter. */
  void (*begin_fade)  (PcPainter      *painter,
                       double          opacity);
  void (*end_fade)    (PcPainter      *painter);
  /* TRUE when the painter only wants to know which paints and text styles
   * are used (the SVG writer's first pass): text is then passed as it is,
   * without being fitted. */
  gboolean styles_only;
  /* (nullable): when set, what cannot show in this rectangle is left out
   * (the canvas draws its layers tile by tile). */
  const PcRect *area;
};

/* A path of up to 32 operations built on the stack. */
typedef struct
{
  PcPathOp ops[32];
  guint    n;
} PcPath;

void    _pc_path_op             (PcPath         *p,
                                 PcPathOpType    type,
                                 double x0, double y0,
                                 double x1, double y1,
                                 double x2, double y2);

#define PC_MOVE(p, x, y) _pc_path_op (p, PC_PATH_MOVE, x, y, 0, 0, 0, 0)
#define PC_LINE(p, x, y) _pc_path_op (p, PC_PATH_LINE, x, y, 0, 0, 0, 0)
#define PC_CLOSE(p) _pc_path_op (p, PC_PATH_CLOSE, 0, 0, 0, 0, 0, 0)

/* Shapes and text through a painter, as every layer draws them. */
void    _pc_render_fill_rect    (PcPainter      *painter,
                                 const PcRect   *rect,
                                 double          radius,
                                 const PcColor  *fill,
                                 const PcColor  *stroke,
                                 double          line_width,
                                 double          dash);
void    _pc_render_circle       (PcPainter      *painter,
                                 double          cx,
                                 double          cy,
                                 double          r,
                                 const PcPaint  *paint);
/* @text fitted in @max_lines lines of @width px from @top; returns the y
 * below the last line. */
double  _pc_render_text         (PcPainter      *painter,
                                 const char     *text,
                                 double          x,
                                 double          top,
                                 double          width,
                                 guint           max_lines,
                                 gboolean        centred,
                                 double          size,
                                 gboolean        bold,
                                 const PcColor  *color);
/* FALSE when @rect, grown by a margin for strokes, marks and text, is
 * out of the painter's area: then it need not be painted. */
gboolean _pc_render_shows       (PcPainter      *painter,
                                 const PcRect   *rect);
/* The title block and the legend, when the layout has them. */
void    _pc_render_paint_frame  (PcPainter      *painter);

void    _pc_render_paint        (PcPainter      *painter,
                                 PcRenderFlags   flags,
                                 const PcColor  *background);
void    _pc_render_paint_card   (PcPainter      *painter,
                                 guint           index);
/* A card or a note, faded when it is below the evidence filter. */
/* Light enough to read as "not this", dark enough to still be read. */
#define PC_RENDER_FADED_OPACITY 0.3
void    _pc_render_card         (PcPainter      *painter,
                                 guint           index);
void    _pc_render_note         (PcPainter      *painter,
                                 guint           index);
void    _pc_render_paint_connectors (PcPainter  *painter);
/* Marks of cards and notes (pc-render-marks.c). */
void    _pc_render_paint_mark   (PcPainter          *painter,
                                 const PcLayoutMark *mark);
/* Evidence bars from @x, centred on @cy, @size px high. */
void    _pc_render_paint_evidence (PcPainter     *painter,
                                   const PcTheme *theme,
                                   PcEvidence     evidence,
                                   double         x,
                                   double         cy,
                                   double         size);
/* The second ring of a sentiment felt strongly, around the mark of
 * radius @r at (x, y). */
void    _pc_render_paint_strong_ring (PcPainter     *painter,
                                      const PcTheme *theme,
                                      PcSentiment    sentiment,
                                      double         x,
                                      double         y,
                                      double         r);
/* The mark of a detail line, @size px square from @x, centred on @cy. */
void    _pc_render_paint_detail_mark (PcPainter          *painter,
                                      PcLayoutDetailKind  kind,
                                      double              x,
                                      double              cy,
                                      double              size);
/* Insight rows: bands and headers; one note or gathered item; all of
 * them. */
void    _pc_render_paint_rows   (PcPainter      *painter);
void    _pc_render_paint_note   (PcPainter      *painter,
                                 guint           index);
void    _pc_render_paint_notes  (PcPainter      *painter);
void    _pc_render_paint_sentiment  (PcPainter  *painter,
                                     const PcTheme *theme,
                                     PcSentiment sentiment,
                                     double      x,
                                     double      y,
                                     double      radius);

/* pc_render_layout() with another background colour (white exports).
 * With @batch (vector output: PDF), the cards' shapes are drawn layer by
 * layer, those of one paint as one path: the same picture in far fewer
 * operations. */
void    _pc_render_layout_with_background (cairo_t       *cr,
                                           PcLayout      *layout,
                                           PcRenderFlags  flags,
                                           const PcColor *background,
                                           gboolean       batch);

/* Splits @text into at most @max_lines lines no wider than @width, the last
 * one ellipsized when the text does not fit; control characters dropped. */
char  **_pc_render_fit_text     (PcLayout       *layout,
                                 const char     *text,
                                 double          size,
                                 gboolean        bold,
                                 double          width,
                                 guint           max_lines);
double  _pc_render_text_width   (PcLayout       *layout,
                                 const char     *text,
                                 double          size,
                                 gboolean        bold);
/* Distance from the top of a line to its baseline. */
double  _pc_render_text_ascent  (PcLayout       *layout,
                                 double          size,
                                 gboolean        bold);

/* Removes characters XML 1.0 forbids and other control characters but
 * newlines and tabs. */
char   *_pc_render_clean_text   (const char     *text);

G_END_DECLS
