/* pc-render.c: what a map looks like, for every output
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pc-render-private.h"

#define KAPPA 0.5522847498

void
_pc_path_op (PcPath      *p,
             PcPathOpType type,
             double x0, double y0,
             double x1, double y1,
             double x2, double y2)
{
  g_assert (p->n < G_N_ELEMENTS (p->ops));
  p->ops[p->n++] = (PcPathOp) { type, { x0, x1, x2 }, { y0, y1, y2 } };
}

#define path_op _pc_path_op
#define MOVE PC_MOVE
#define LINE PC_LINE
#define CLOSE PC_CLOSE

static void
path_rounded_rect (PcPath         *p,
                   const PcRect *r,
                   double        radius)
{
  double x = r->x, y = r->y, w = r->width, h = r->height;
  double k;

  radius = MIN (radius, MIN (w, h) / 2);
  k = radius * (1 - KAPPA);
  MOVE (p, x + radius, y);
  LINE (p, x + w - radius, y);
  path_op (p, PC_PATH_CURVE, x + w - k, y, x + w, y + k, x + w, y + radius);
  LINE (p, x + w, y + h - radius);
  path_op (p, PC_PATH_CURVE, x + w, y + h - k, x + w - k, y + h, x + w - radius, y + h);
  LINE (p, x + radius, y + h);
  path_op (p, PC_PATH_CURVE, x + k, y + h, x, y + h - k, x, y + h - radius);
  LINE (p, x, y + radius);
  path_op (p, PC_PATH_CURVE, x, y + k, x + k, y, x + radius, y);
  CLOSE (p);
}

static void
path_circle (PcPath  *p,
             double cx,
             double cy,
             double r)
{
  PcRect rect = { cx - r, cy - r, 2 * r, 2 * r };

  path_rounded_rect (p, &rect, r);
}

void
_pc_render_fill_rect (PcPainter     *painter,
           const PcRect  *rect,
           double         radius,
           const PcColor *fill,
           const PcColor *stroke,
           double         line_width,
           double         dash)
{
  PcPath p = { .n = 0 };
  PcPaint paint = { fill, stroke, line_width, dash };

  if (painter->rect)
    {
      painter->rect (painter, rect, MIN (radius, MIN (rect->width, rect->height) / 2), &paint);
      return;
    }
  path_rounded_rect (&p, rect, radius);
  painter->path (painter, p.ops, p.n, &paint);
}

void
_pc_render_circle (PcPainter     *painter,
              double         cx,
              double         cy,
              double         r,
              const PcPaint *paint)
{
  PcPath p = { .n = 0 };

  if (painter->circle)
    {
      painter->circle (painter, cx, cy, r, paint);
      return;
    }
  path_circle (&p, cx, cy, r);
  painter->path (painter, p.ops, p.n, paint);
}

/* What a shape, a line or a text may paint beyond the rectangle it is
 * given: half a stroke, a sentiment mark on the curve's edge, an arrow
 * head, glyphs a little past their line. Generous: too much costs only
 * a few shapes drawn outside the clip. */
static double
margin (PcLayout *layout)
{
  return 32 * pc_layout_get_zoom (layout) + 4;
}

static gboolean
rects_meet (const PcRect *a,
            const PcRect *b,
            double        grow)
{
  return a->x - grow < b->x + b->width && b->x < a->x + a->width + grow &&
         a->y - grow < b->y + b->height && b->y < a->y + a->height + grow;
}

gboolean
_pc_render_shows (PcPainter    *painter,
                  const PcRect *rect)
{
  return painter->area == NULL || rects_meet (rect, painter->area, margin (painter->layout));
}

/* The rectangle around a connector's points. */
static PcRect
connector_bounds (const PcLayoutConnector *c)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (guint k = 0; k < c->n_points; k++)
    {
      x0 = MIN (x0, c->points[k].x);
      y0 = MIN (y0, c->points[k].y);
      x1 = MAX (x1, c->points[k].x);
      y1 = MAX (y1, c->points[k].y);
    }
  return (PcRect) { x0, y0, x1 - x0, y1 - y0 };
}

/* What a connector may paint beyond its points: half its line, the
 * corner of a mitred join, its arrow head's wings. */
static double
connector_margin (PcLayout *layout)
{
  const PcTheme *theme = pc_layout_get_theme (layout);

  return 16 * pc_layout_get_zoom (layout) * MAX (1.0, theme->line_scale) + 2;
}

static gboolean
box_add (GArray       *boxes,
         const PcRect *box)
{
  for (guint i = 0; i < boxes->len; i++)
    {
      PcRect *b = &g_array_index (boxes, PcRect, i);

      if (rects_meet (b, box, 1))
        {
          double x0 = MIN (b->x, box->x), y0 = MIN (b->y, box->y);
          double x1 = MAX (b->x + b->width, box->x + box->width);
          double y1 = MAX (b->y + b->height, box->y + box->height);

          *b = (PcRect) { x0, y0, x1 - x0, y1 - y0 };
          return TRUE;
        }
    }
  g_array_append_val (boxes, *box);
  return FALSE;
}

guint
pc_render_connectors_boxes (PcLayout     *layout,
                            const PcRect *area,
                            GArray       *boxes)
{
  double grow;
  gboolean merged;

  g_return_val_if_fail (layout != NULL && area != NULL && boxes != NULL, 0);

  g_array_set_size (boxes, 0);
  grow = connector_margin (layout);
  for (guint i = 0; i < pc_layout_get_n_connectors (layout); i++)
    {
      const PcLayoutConnector *c = pc_layout_get_connector (layout, i);

      for (guint k = 0; k + 1 < c->n_points; k++)
        {
          const PcPoint *a = &c->points[k], *b = &c->points[k + 1];
          double x0 = MAX (floor (MIN (a->x, b->x) - grow), area->x);
          double y0 = MAX (floor (MIN (a->y, b->y) - grow), area->y);
          double x1 = MIN (ceil (MAX (a->x, b->x) + grow), area->x + area->width);
          double y1 = MIN (ceil (MAX (a->y, b->y) + grow), area->y + area->height);

          if (x1 > x0 && y1 > y0)
            box_add (boxes, &(PcRect) { x0, y0, x1 - x0, y1 - y0 });
        }
    }

  /* Boxes grown by a merge may now meet others. */
  do
    {
      g_autoptr(GArray) again = g_array_new (FALSE, FALSE, sizeof (PcRect));

      merged = FALSE;
      for (guint i = 0; i < boxes->len; i++)
        merged |= box_add (again, &g_array_index (boxes, PcRect, i));
      g_array_set_size (boxes, 0);
      g_array_append_vals (boxes, again->data, again->len);
    }
  while (merged);

  return boxes->len;
}

char *
_pc_render_clean_text (const char *text)
{
  GString *out;

  if (text == NULL)
    return g_strdup ("");
  if (!g_utf8_validate (text, -1, NULL))
    return g_utf8_make_valid (text, -1);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0)
          || c == 0xfffe || c == 0xffff || (c >= 0xd800 && c < 0xe000))
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

double
_pc_render_text_width (PcLayout   *layout,
                       const char *text,
                       double      size,
                       gboolean    bold)
{
  PangoLayout *pl = pc_layout_get_text (layout, size, bold, PC_LAYOUT_TEXT_MEASURE);
  PangoRectangle logical;

  pango_layout_set_text (pl, text, -1);
  pango_layout_get_extents (pl, NULL, &logical);
  return logical.width / (double) PANGO_SCALE;
}

double
_pc_render_text_ascent (PcLayout *layout,
                        double    size,
                        gboolean  bold)
{
  return pc_layout_get_ascent (layout, size, bold);
}

static char *
strip_line (const char *start,
            gsize       len)
{
  char *line = g_strndup (start, len);

  for (char *p = line; *p; p++)
    if (*p == '\n' || *p == '\t' || *p == '\r')
      *p = ' ';
  return g_strchomp (line);
}

/* The text is first cut to what the lines can show, so that a megabyte
 * never reaches Pango; when anything was left out, the last line ends with
 * an ellipsis as when the lines are full. */
char **
_pc_render_fit_text (PcLayout   *layout,
                     const char *text,
                     double      size,
                     gboolean    bold,
                     double      width,
                     guint       max_lines)
{
  g_autofree char *bounded = NULL;
  g_autofree char *clean = NULL;
  GPtrArray *lines = g_ptr_array_new ();
  PangoLayout *pl;
  gboolean cut = FALSE;
  gboolean ellipsize = FALSE;
  int last_start = 0;
  guint n, shown, i = 0;

  if (max_lines == 0)
    {
      g_ptr_array_add (lines, NULL);
      return (char **) g_ptr_array_free (lines, FALSE);
    }

  bounded = pc_layout_cut_text (text, pc_layout_text_limit (size, width, max_lines), &cut);
  clean = _pc_render_clean_text (bounded);
  /* Most texts are one short line: no need to lay them out to know. A
   * text of several lines keeps them when there is room for more than
   * one. */
  if (!cut && (max_lines == 1 || strchr (clean, '\n') == NULL) &&
      pc_layout_fits_line (layout, clean, size, bold, width))
    {
      g_ptr_array_add (lines, strip_line (clean, strlen (clean)));
      g_ptr_array_add (lines, NULL);
      return (char **) g_ptr_array_free (lines, FALSE);
    }
  pl = pc_layout_get_text (layout, size, bold, PC_LAYOUT_TEXT_WRAP);
  pango_layout_set_width (pl, MAX (1, (int) (width * PANGO_SCALE)));
  pango_layout_set_wrap (pl, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (pl, clean, -1);
  n = pango_layout_get_line_count (pl);
  shown = MIN (n, max_lines);

  for (GSList *l = pango_layout_get_lines_readonly (pl); l && i < shown; l = l->next, i++)
    {
      PangoLayoutLine *line = l->data;

      if (i + 1 == shown && (n > max_lines || cut))
        {
          last_start = line->start_index;
          ellipsize = TRUE;
          break;
        }
      g_ptr_array_add (lines, strip_line (clean + line->start_index, line->length));
    }

  if (ellipsize)
    {
      double ellipsis = _pc_render_text_width (layout, "…", size, bold);
      g_autofree char *rest = strip_line (clean + last_start, strlen (clean + last_start));
      PangoLayout *one = pc_layout_get_text (layout, size, bold, PC_LAYOUT_TEXT_MEASURE);
      int index = 0, trailing = 0;

      pango_layout_set_text (one, rest, -1);
      pango_layout_xy_to_index (one, (int) ((width - ellipsis) * PANGO_SCALE), 0,
                                &index, &trailing);
      rest[index] = '\0';
      g_strchomp (rest);
      g_ptr_array_add (lines, g_strconcat (rest, "…", NULL));
    }
  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (lines, FALSE);
}

/* Draws lines of text from @top; returns the y below the last line. */
static double
paint_lines (PcPainter     *painter,
             char         **lines,
             double         x,
             double         top,
             double         width,
             gboolean       centred,
             double         size,
             gboolean       bold,
             const PcColor *color)
{
  double ascent = _pc_render_text_ascent (painter->layout, size, bold);
  double line_h = size * 1.3;
  guint n = g_strv_length (lines);
  g_autofree double *xs = g_new (double, MAX (n, 1));
  g_autofree double *ys = g_new (double, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      xs[i] = x;
      if (centred)
        xs[i] = x + (width - _pc_render_text_width (painter->layout, lines[i], size, bold)) / 2;
      ys[i] = top + ascent + i * line_h;
    }

  if (n > 1 && painter->lines)
    painter->lines (painter, lines, xs, ys, size, bold, color);
  else
    for (guint i = 0; i < n; i++)
      painter->text (painter, lines[i], xs[i], ys[i], size, bold, color);
  return top + n * line_h;
}

double
_pc_render_text (PcPainter     *painter,
            const char    *text,
            double         x,
            double         top,
            double         width,
            guint          max_lines,
            gboolean       centred,
            double         size,
            gboolean       bold,
            const PcColor *color)
{
  g_auto(GStrv) lines = NULL;

  if (painter->styles_only)
    {
      char *style[] = { (char *) "", NULL };

      return paint_lines (painter, style, x, top, width, centred, size, bold, color);
    }
  lines = _pc_render_fit_text (painter->layout, text, size, bold, width, max_lines);
  return paint_lines (painter, lines, x, top, width, centred, size, bold, color);
}

void
_pc_render_paint_sentiment (PcPainter     *painter,
                            const PcTheme *theme,
                            PcSentiment    sentiment,
                            double         x,
                            double         y,
                            double         r)
{
  PcPath p = { .n = 0 };
  PcColor white = { 1, 1, 1, 1 };
  PcPaint disc = { pc_theme_sentiment_color (theme, sentiment), &theme->card_fill, r * 0.2, 0 };
  PcPaint glyph = { NULL, &white, r * 0.28, 0 };
  double g = r * 0.5;

  if (theme->variant == PC_THEME_DARK || theme->variant == PC_THEME_DARK_HIGH_CONTRAST)
    white = (PcColor) { 0.1, 0.1, 0.1, 1 };

  _pc_render_circle (painter, x, y, r, &disc);

  /* The glyph carries the meaning for readers who cannot tell the colours
   * apart: plus, ring, minus. */
  if (sentiment == PC_SENTIMENT_POSITIVE)
    {
      MOVE (&p, x - g, y);
      LINE (&p, x + g, y);
      MOVE (&p, x, y - g);
      LINE (&p, x, y + g);
    }
  else if (sentiment == PC_SENTIMENT_NEGATIVE)
    {
      MOVE (&p, x - g, y);
      LINE (&p, x + g, y);
    }
  else
    {
      _pc_render_circle (painter, x, y, r * 0.38, &glyph);
      return;
    }
  painter->path (painter, p.ops, p.n, &glyph);
}

static void
paint_stage_header (PcPainter           *painter,
                    const PcLayoutStage *ls)
{
  PcLayout *layout = painter->layout;
  const PcTheme *theme = pc_layout_get_theme (layout);
  double z = pc_layout_get_zoom (layout);
  double size = pc_layout_get_header_size (layout);
  const char *name = pc_stage_get_name (ls->stage);

  _pc_render_fill_rect (painter, &ls->header, pc_layout_get_radius (layout),
                        &theme->header_fill, NULL, 0, 0);

  if (pc_layout_is_timeline (layout))
    {
      g_autofree char *time = NULL;
      double time_size = size * 1.2;
      double top = ls->header.y + (ls->header.height - time_size * 1.3 - size * 0.8 * 1.3) / 2;

      if (ls->minutes >= 0)
        time = g_strdup_printf ("%02d:%02d", ls->minutes / 60, ls->minutes % 60);
      top = _pc_render_text (painter, time ? time : "–", ls->header.x + 12 * z, top,
                        ls->header.width - 24 * z, 1, TRUE, time_size, TRUE, &theme->text);
      _pc_render_text (painter, name, ls->header.x + 12 * z, top, ls->header.width - 24 * z,
                  1, TRUE, size * 0.8, FALSE, &theme->dim_text);
    }
  else
    _pc_render_text (painter, name, ls->header.x + 12 * z,
                ls->header.y + (ls->header.height - size * 1.3) / 2,
                ls->header.width - 24 * z, 1, TRUE, size, TRUE, &theme->text);
}

static void
paint_stage (PcPainter *painter,
             guint      index,
             gboolean   grid)
{
  PcLayout *layout = painter->layout;
  const PcTheme *theme = pc_layout_get_theme (layout);
  const PcLayoutStage *ls = pc_layout_get_stage (layout, index);
  double z = pc_layout_get_zoom (layout);
  double radius = pc_layout_get_radius (layout);

  painter->begin_group (painter, "stage", pc_entity_get_id (PC_ENTITY (ls->stage)),
                        pc_stage_get_name (ls->stage));
  if (_pc_render_shows (painter, &ls->header))
    paint_stage_header (painter, ls);

  if (grid && _pc_render_shows (painter, &ls->column))
    for (guint l = 0; l < pc_layout_get_n_lanes (layout); l++)
      {
        const PcLayoutLane *ll = pc_layout_get_lane (layout, l);
        PcRect cell = { ls->column.x, ll->band.y, ls->column.width,
                        ll->band.height - ll->curve_area.height };

        if (ll->curve_area.height > 0)
          cell.height -= 6 * z;
        if (_pc_render_shows (painter, &cell))
          _pc_render_fill_rect (painter, &cell, radius, &theme->surface, NULL, 0, 0);
      }
  painter->end_group (painter);
}

static void
paint_curve (PcPainter           *painter,
             const PcLayoutCurve *curve,
             const PcColor       *color)
{
  PcLayout *layout = painter->layout;
  const PcTheme *theme = pc_layout_get_theme (layout);
  double z = pc_layout_get_zoom (layout);
  PcPaint line = { NULL, color, 3 * z * theme->line_scale, 0 };

  if (curve->n_points >= 2)
    {
      g_autofree PcPathOp *ops = g_new (PcPathOp, curve->n_points);
      const PcPoint *pt = curve->points;

      /* A smooth line through the points (horizontal tangents at each
       * point, so it never overshoots the highs and lows). */
      ops[0] = (PcPathOp) { PC_PATH_MOVE, { pt[0].x }, { pt[0].y } };
      for (guint i = 1; i < curve->n_points; i++)
        {
          double mx = (pt[i - 1].x + pt[i].x) / 2;

          ops[i] = (PcPathOp) { PC_PATH_CURVE,
                                { mx, mx, pt[i].x },
                                { pt[i - 1].y, pt[i].y, pt[i].y } };
        }
      painter->path (painter, ops, curve->n_points, &line);
    }

  for (guint i = 0; i < curve->n_points; i++)
    {
      double v = curve->values[i];
      PcSentiment s = v > 0.33 ? PC_SENTIMENT_POSITIVE
                      : v < -0.33 ? PC_SENTIMENT_NEGATIVE : PC_SENTIMENT_NEUTRAL;

      _pc_render_paint_sentiment (painter, theme, s, curve->points[i].x,
                                  curve->points[i].y, 9 * z * sqrt (theme->line_scale));
    }
}

static void
paint_lane (PcPainter *painter,
            guint      index,
            gboolean   grid,
            gboolean   curves)
{
  PcLayout *layout = painter->layout;
  const PcTheme *theme = pc_layout_get_theme (layout);
  const PcLayoutLane *ll = pc_layout_get_lane (layout, index);
  double z = pc_layout_get_zoom (layout);
  double radius = pc_layout_get_radius (layout);
  double size = pc_layout_get_title_size (layout) * 16.0 / 15.0;
  double body = pc_layout_get_body_size (layout);
  double pad = 14 * z;
  double top;

  painter->begin_group (painter, "lane", pc_entity_get_id (PC_ENTITY (ll->lane)), ll->label);
  if (grid && _pc_render_shows (painter, &ll->header))
    {
      _pc_render_fill_rect (painter, &ll->header, radius, &theme->header_fill, NULL, 0, 0);
      if (ll->persona)
        {
          PcPaint paint = { &ll->color, NULL, 0, 0 };
          PcColor ink;
          double isize = ll->avatar.height * 0.38;

          _pc_render_circle (painter, ll->avatar.x + ll->avatar.width / 2,
                        ll->avatar.y + ll->avatar.height / 2, ll->avatar.width / 2, &paint);
          pc_color_contrast_text (&ll->color, &ink);
          _pc_render_text (painter, ll->initials, ll->avatar.x,
                      ll->avatar.y + (ll->avatar.height - isize * 1.3) / 2,
                      ll->avatar.width, 1, TRUE, isize, TRUE, &ink);
          top = _pc_render_text (painter, ll->label, ll->header.x + pad,
                            ll->avatar.y + ll->avatar.height + 8 * z,
                            ll->header.width - 2 * pad, 2, TRUE, size, TRUE, &theme->text);
          _pc_render_text (painter, pc_persona_get_description (ll->persona),
                      ll->header.x + pad, top + 2 * z, ll->header.width - 2 * pad,
                      CLAMP ((int) ((ll->header.y + ll->header.height - top - pad)
                                    / (body * 1.3)), 0, 5),
                      TRUE, body, FALSE, &theme->dim_text);
        }
      else
        {
          const char *kind = pc_lane_kind_get_label (pc_lane_get_kind (ll->lane));

          top = _pc_render_text (painter, ll->label, ll->header.x + pad, ll->header.y + pad,
                            ll->header.width - 2 * pad, 2, TRUE, size, TRUE, &theme->text);
          /* The kind under a lane named otherwise ("Kitchen": support). */
          if (g_strcmp0 (kind, ll->label) != 0)
            _pc_render_text (painter, kind, ll->header.x + pad, top, ll->header.width - 2 * pad,
                        1, TRUE, body, FALSE, &theme->dim_text);
        }
    }

  if (grid && ll->curve_area.height > 0 && _pc_render_shows (painter, &ll->curve_area))
    {
      PcRect strip = ll->curve_area;
      PcPath p = { .n = 0 };
      PcPaint dashed = { NULL, &theme->grid, 1.5 * z, 6 * z };

      _pc_render_fill_rect (painter, &strip, radius, &theme->surface, NULL, 0, 0);
      MOVE (&p, strip.x + 12 * z, strip.y + strip.height / 2);
      LINE (&p, strip.x + strip.width - 12 * z, strip.y + strip.height / 2);
      painter->path (painter, p.ops, p.n, &dashed);
      _pc_render_text (painter, _("Emotion"), strip.x + 12 * z, strip.y + 6 * z,
                  strip.width, 1, FALSE, body * 0.9, TRUE, &theme->dim_text);
    }

  if (curves && _pc_render_shows (painter, &ll->band))
    for (guint c = 0; c < pc_layout_get_n_curves (layout); c++)
      {
        const PcLayoutCurve *curve = pc_layout_get_curve (layout, c);

        if (curve->lane_index == index)
          paint_curve (painter, curve, &ll->color);
      }
  painter->end_group (painter);
}

static void
paint_line (PcPainter          *painter,
            const PcLayoutLine *line)
{
  PcLayout *layout = painter->layout;
  const PcTheme *theme = pc_layout_get_theme (layout);
  double z = pc_layout_get_zoom (layout);
  double body = pc_layout_get_body_size (layout);
  PcPath p = { .n = 0 };
  PcPaint paint = { NULL, &theme->dim_text, 1.5 * z * theme->line_scale,
                    8 * z * theme->line_scale };
  double top = MIN (line->y, line->label_rect.y);
  PcRect bounds = { MIN (line->x0, line->label_rect.x), top,
                    MAX (line->x1, line->label_rect.x + line->label_rect.width)
                    - MIN (line->x0, line->label_rect.x),
                    MAX (line->y, line->label_rect.y + line->label_rect.height) - top };

  if (!_pc_render_shows (painter, &bounds))
    return;
  painter->begin_group (painter, "line", NULL, line->label);
  MOVE (&p, line->x0, line->y);
  LINE (&p, line->x1, line->y);
  painter->path (painter, p.ops, p.n, &paint);
  _pc_render_text (painter, line->label, line->label_rect.x, line->label_rect.y,
              line->x1 - line->x0, 1, FALSE, body, TRUE, &theme->dim_text);
  painter->end_group (painter);
}

static void
paint_connector (PcPainter               *painter,
                 const PcLayoutConnector *c)
{
  PcLayout *layout = painter->layout;
  const PcTheme *theme = pc_layout_get_theme (layout);
  double z = pc_layout_get_zoom (layout);
  g_autofree PcPathOp *ops = g_new (PcPathOp, c->n_points);
  PcPaint line = { NULL, &theme->accent, 2 * z * theme->line_scale, 0 };
  PcPaint head = { &theme->accent, NULL, 0, 0 };
  const PcPoint *end = &c->points[c->n_points - 1];
  const PcPoint *prev = &c->points[c->n_points - 2];
  double len = 10 * z * sqrt (theme->line_scale), wid = 5 * z * sqrt (theme->line_scale);
  double dx = end->x - prev->x, dy = end->y - prev->y;
  double d = hypot (dx, dy);
  PcPath p = { .n = 0 };

  if (d <= 0)
    dx = 1, dy = 0, d = 1;
  dx /= d;
  dy /= d;
  painter->begin_group (painter, "connector",
                        pc_entity_get_id (PC_ENTITY (c->connector)),
                        pc_connector_get_label (c->connector));
  for (guint k = 0; k < c->n_points; k++)
    ops[k] = (PcPathOp) { k ? PC_PATH_LINE : PC_PATH_MOVE,
                          { c->points[k].x }, { c->points[k].y } };
  /* Stop the line under the arrow head so its end stays sharp. */
  ops[c->n_points - 1].x[0] -= dx * len * 0.8;
  ops[c->n_points - 1].y[0] -= dy * len * 0.8;
  painter->path (painter, ops, c->n_points, &line);

  MOVE (&p, end->x, end->y);
  LINE (&p, end->x - dx * len - dy * wid, end->y - dy * len + dx * wid);
  LINE (&p, end->x - dx * len + dy * wid, end->y - dy * len - dx * wid);
  CLOSE (&p);
  painter->path (painter, p.ops, p.n, &head);
  painter->end_group (painter);
}

void
_pc_render_paint_connectors (PcPainter *painter)
{
  PcLayout *layout = painter->layout;

  for (guint i = 0; i < pc_layout_get_n_connectors (layout); i++)
    {
      const PcLayoutConnector *c = pc_layout_get_connector (layout, i);

      if (painter->area != NULL)
        {
          PcRect bounds = connector_bounds (c);

          if (!_pc_render_shows (painter, &bounds))
            continue;
        }
      paint_connector (painter, c);
    }
}

void
_pc_render_paint_card (PcPainter *painter,
                       guint      index)
{
  PcLayout *layout = painter->layout;
  const PcTheme *theme = pc_layout_get_theme (layout);
  const PcLayoutCard *card = pc_layout_get_card (layout, index);
  PcTouchpoint *tp = card->touchpoint;
  double z = pc_layout_get_zoom (layout);
  double pad = 14 * z;
  double mark = 9 * z;
  double body = pc_layout_get_body_size (layout);
  const PcRect *r = &card->rect;
  PcChannel channel = pc_touchpoint_get_channel (tp);
  PcRect shadow = { r->x, r->y + 1.5 * z, r->width, r->height };
  PcColor shadow_color = { 0, 0, 0, theme->variant == PC_THEME_LIGHT ? 0.08 : 0.3 };
  PcLayoutDetail details[PC_LAYOUT_N_DETAILS];
  PcLayoutMark marks[PC_LAYOUT_MAX_MARKS];
  guint n_details, n_marks;
  double room;

  painter->begin_group (painter, "touchpoint", pc_entity_get_id (PC_ENTITY (tp)),
                        pc_touchpoint_get_title (tp));
  if (card->outside_brand)
    /* Moments without the brand: an outline only, dashed. */
    _pc_render_fill_rect (painter, r, pc_layout_get_radius (layout), NULL,
               &theme->dim_text, 1.5 * z, 5 * z);
  else
    {
      _pc_render_fill_rect (painter, &shadow, pc_layout_get_radius (layout), &shadow_color, NULL, 0, 0);
      _pc_render_fill_rect (painter, r, pc_layout_get_radius (layout), &theme->card_fill,
                 &theme->card_border, 1 * z, 0);
    }

  _pc_render_paint_sentiment (painter, theme, pc_touchpoint_get_sentiment (tp),
                              r->x + r->width - pad - mark, r->y + pad + mark, mark);
  /* Felt strongly: a second ring around the mark (neutral has no
   * strength). */
  if (pc_touchpoint_get_strength (tp) == PC_STRENGTH_STRONG
      && pc_touchpoint_get_sentiment (tp) != PC_SENTIMENT_NEUTRAL)
    _pc_render_paint_strong_ring (painter, theme, pc_touchpoint_get_sentiment (tp),
                                  r->x + r->width - pad - mark, r->y + pad + mark, mark);
  _pc_render_text (painter, pc_touchpoint_get_title (tp), r->x + pad, r->y + pad - 2 * z,
              r->width - 2 * pad - 2 * mark - 6 * z, 2, FALSE,
              pc_layout_get_title_size (layout), TRUE,
              card->outside_brand ? &theme->dim_text : &theme->text);

  n_details = pc_layout_get_card_details (layout, index, details);
  for (guint k = 0; k < n_details; k++)
    {
      const PcRect *d = &details[k].rect;
      double size = 9 * z;

      _pc_render_paint_detail_mark (painter, details[k].kind, d->x, d->y + d->height / 2, size);
      _pc_render_text (painter, details[k].text, d->x + size + 6 * z, d->y,
                       d->width - size - 6 * z, 1, FALSE, body, FALSE,
                       details[k].kind == PC_LAYOUT_DETAIL_OWNER ? &theme->dim_text
                                                                 : &theme->text);
    }

  n_marks = pc_layout_get_card_marks (layout, index, marks);
  for (guint k = 0; k < n_marks; k++)
    _pc_render_paint_mark (painter, &marks[k]);
  /* What goes at the bottom left stops short of the marks. */
  room = (n_marks ? marks[0].rect.x - 8 * z : r->x + r->width - pad) - (r->x + pad);

  /* Large type (the projector style) leaves no room under two lines of
   * title for the channel: the title comes first. */
  if (channel != PC_CHANNEL_NONE &&
      r->height - 2 * pad - 2 * 1.2 * pc_layout_get_title_size (layout) >= body * 1.3 + 6 * z)
    {
      const char *label = pc_channel_get_label (channel);
      double h = body * 1.3 + 6 * z;
      char *style[] = { (char *) "", NULL };
      g_auto(GStrv) lines = painter->styles_only
                            ? NULL
                            : _pc_render_fit_text (layout, label, body, FALSE,
                                                   MAX (room - 20 * z, 1), 1);
      double w = (lines ? _pc_render_text_width (layout, lines[0] ? lines[0] : "", body, FALSE)
                        : 0) + 20 * z;
      PcRect pill = { r->x + pad, r->y + r->height - pad - h, w, h };
      PcColor tint = theme->accent;
      PcPaint dot = { &theme->accent, NULL, 0, 0 };

      tint.alpha = 0.14;
      _pc_render_fill_rect (painter, &pill, h / 2, &tint, NULL, 0, 0);
      _pc_render_circle (painter, pill.x + 8 * z, pill.y + h / 2, 3 * z, &dot);
      paint_lines (painter, lines ? lines : style, pill.x + 14 * z, pill.y + 3 * z, w, FALSE,
                   body, FALSE, &theme->text);
    }
  else if (card->outside_brand)
    _pc_render_text (painter, _("Without the brand"), r->x + pad,
                r->y + r->height - pad - body * 1.3, room, 1, FALSE,
                body, FALSE, &theme->dim_text);
  painter->end_group (painter);
}

void
_pc_render_paint (PcPainter     *painter,
                  PcRenderFlags  flags,
                  const PcColor *background)
{
  PcLayout *layout = painter->layout;
  const PcTheme *theme = pc_layout_get_theme (layout);

  if (flags & PC_RENDER_BACKGROUND)
    {
      PcRect all = { 0, 0, pc_layout_get_width (layout), pc_layout_get_height (layout) };

      _pc_render_fill_rect (painter, &all, 0, background ? background : &theme->background, NULL, 0, 0);
    }

  if (flags & PC_RENDER_GRID)
    for (guint i = 0; i < pc_layout_get_n_stages (layout); i++)
      paint_stage (painter, i, TRUE);

  if (flags & (PC_RENDER_GRID | PC_RENDER_CURVES))
    for (guint i = 0; i < pc_layout_get_n_lanes (layout); i++)
      paint_lane (painter, i, (flags & PC_RENDER_GRID) != 0, (flags & PC_RENDER_CURVES) != 0);

  if (flags & PC_RENDER_GRID)
    _pc_render_paint_rows (painter);

  if (flags & PC_RENDER_LINES)
    for (guint i = 0; i < pc_layout_get_n_lines (layout); i++)
      paint_line (painter, pc_layout_get_line (layout, i));

  if (flags & PC_RENDER_CONNECTORS)
    _pc_render_paint_connectors (painter);

  if (flags & PC_RENDER_CARDS)
    for (guint i = 0; i < pc_layout_get_n_cards (layout); i++)
      _pc_render_card (painter, i);
  if (flags & PC_RENDER_CARDS)
    _pc_render_paint_notes (painter);

  if (flags & PC_RENDER_FRAME)
    _pc_render_paint_frame (painter);
}
