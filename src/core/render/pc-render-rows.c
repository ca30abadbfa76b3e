/* pc-render-rows.c: insight rows, their notes and gathered items
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "pc-render-private.h"

/* A small sticky note with a folded corner, @s px wide, from (x, y). */
static void
paint_note_mark (PcPainter     *painter,
                 const PcTheme *theme,
                 double         x,
                 double         y,
                 double         s)
{
  double z = pc_layout_get_zoom (painter->layout);
  double fold = s * 0.35;
  PcPath p = { .n = 0 };
  PcPaint body = { &theme->note_fill, &theme->note_border, 1.2 * z, 0 };
  PcPaint crease = { NULL, &theme->note_border, 1.2 * z, 0 };

  PC_MOVE (&p, x, y);
  PC_LINE (&p, x + s, y);
  PC_LINE (&p, x + s, y + s - fold);
  PC_LINE (&p, x + s - fold, y + s);
  PC_LINE (&p, x, y + s);
  PC_CLOSE (&p);
  painter->path (painter, p.ops, p.n, &body);
  p.n = 0;
  PC_MOVE (&p, x + s, y + s - fold);
  PC_LINE (&p, x + s - fold, y + s - fold);
  PC_LINE (&p, x + s - fold, y + s);
  painter->path (painter, p.ops, p.n, &crease);
}

/* A small card, the mark of an item gathered from one: a rounded outline
 * with a title line. */
static void
paint_card_mark (PcPainter     *painter,
                 const PcTheme *theme,
                 double         x,
                 double         y,
                 double         w)
{
  double z = pc_layout_get_zoom (painter->layout);
  double h = w * 0.72;
  PcRect r = { x, y, w, h };
  PcPath p = { .n = 0 };
  PcPaint line = { NULL, &theme->dim_text, 1.2 * z, 0 };

  _pc_render_fill_rect (painter, &r, 2 * z, &theme->card_fill, &theme->dim_text, 1.2 * z, 0);
  PC_MOVE (&p, x + w * 0.25, y + h * 0.4);
  PC_LINE (&p, x + w * 0.75, y + h * 0.4);
  painter->path (painter, p.ops, p.n, &line);
}

static void
paint_row (PcPainter *painter,
           guint      index)
{
  PcLayout *layout = painter->layout;
  const PcTheme *theme = pc_layout_get_theme (layout);
  const PcLayoutRow *lr = pc_layout_get_row (layout, index);
  double z = pc_layout_get_zoom (layout);
  double radius = pc_layout_get_radius (layout);
  double size = pc_layout_get_title_size (layout);
  double body = pc_layout_get_body_size (layout);
  double pad = 14 * z;
  double mark = 14 * z;
  const char *name = pc_row_get_name (lr->row);
  const char *kind = pc_row_kind_get_label (pc_row_get_kind (lr->row));
  double top;

  if (!_pc_render_shows (painter, &lr->header) && !_pc_render_shows (painter, &lr->band))
    return;
  painter->begin_group (painter, "row", pc_entity_get_id (PC_ENTITY (lr->row)), name);
  _pc_render_fill_rect (painter, &lr->header, radius, &theme->header_fill, NULL, 0, 0);
  paint_note_mark (painter, theme, lr->header.x + pad, lr->header.y + pad + (size * 1.3 - mark) / 2,
                   mark);
  top = _pc_render_text (painter, name, lr->header.x + pad + mark + 8 * z, lr->header.y + pad,
                         lr->header.width - 2 * pad - mark - 8 * z, 2, FALSE, size, TRUE,
                         &theme->text);
  /* The kind under a row named otherwise ("Checkout wait": time). */
  if (g_strcmp0 (kind, name) != 0
      && top + body * 1.3 <= lr->header.y + lr->header.height - pad / 2)
    _pc_render_text (painter, kind, lr->header.x + pad + mark + 8 * z, top,
                     lr->header.width - 2 * pad - mark - 8 * z, 1, FALSE, body, FALSE,
                     &theme->dim_text);

  for (guint s = 0; s < pc_layout_get_n_stages (layout); s++)
    {
      const PcLayoutStage *ls = pc_layout_get_stage (layout, s);
      PcRect cell = { ls->column.x, lr->band.y, ls->column.width, lr->band.height };

      _pc_render_fill_rect (painter, &cell, radius, &theme->surface, NULL, 0, 0);
    }
  painter->end_group (painter);
}

void
_pc_render_paint_rows (PcPainter *painter)
{
  for (guint i = 0; i < pc_layout_get_n_rows (painter->layout); i++)
    paint_row (painter, i);
}

void
_pc_render_paint_note (PcPainter *painter,
                       guint      index)
{
  PcLayout *layout = painter->layout;
  const PcTheme *theme = pc_layout_get_theme (layout);
  const PcLayoutNote *note = pc_layout_get_note (layout, index);
  const PcRect *r = &note->rect;
  double z = pc_layout_get_zoom (layout);
  double pad = PC_LAYOUT_NOTE_PAD * z;
  double body = pc_layout_get_body_size (layout);
  double small = body * 0.85;
  PcLayoutMark marks[PC_LAYOUT_MAX_MARKS];
  guint n_marks = pc_layout_get_note_marks (layout, index, marks);
  /* As the layout sized it: the text, then the card's name or the marks
   * (on a strip of their own, or at the end of a single line). */
  double below = note->gathered ? 4 * z + small * 1.3 : n_marks ? marks[0].rect.height + 2 * z : 0;
  double fit = floor ((r->height - 2 * pad - below) / (body * 1.3) + 0.5);
  gboolean inline_marks = n_marks > 0 && fit < 1;
  guint lines = MAX (1, (guint) fit);
  double text_w = inline_marks ? marks[0].rect.x - 6 * z - (r->x + pad) : r->width - 2 * pad;
  double radius = 4 * z;

  if (note->gathered)
    {
      const char *title = pc_touchpoint_get_title (note->touchpoint);
      double mark = 11 * z;
      double y = r->y + r->height - pad - small * 1.3;

      painter->begin_group (painter, "gathered", NULL, note->text);
      /* Read-only: an outline, dashed, and dimmer text. */
      _pc_render_fill_rect (painter, r, radius, NULL, &theme->card_border, 1.2 * z, 4 * z);
      _pc_render_text (painter, note->text, r->x + pad, r->y + pad, r->width - 2 * pad,
                       lines, FALSE, body, FALSE, &theme->dim_text);
      paint_card_mark (painter, theme, r->x + pad, y + (small * 1.3 - mark * 0.72) / 2, mark);
      _pc_render_text (painter, title, r->x + pad + mark + 5 * z, y,
                       r->width - 2 * pad - mark - 5 * z, 1, FALSE, small, TRUE,
                       &theme->dim_text);
    }
  else
    {
      PcRect shadow = { r->x, r->y + 1.5 * z, r->width, r->height };
      PcColor shadow_color = { 0, 0, 0, theme->variant == PC_THEME_LIGHT ? 0.07 : 0.25 };

      painter->begin_group (painter, "note", pc_entity_get_id (PC_ENTITY (note->note)),
                            note->text);
      _pc_render_fill_rect (painter, &shadow, radius, &shadow_color, NULL, 0, 0);
      _pc_render_fill_rect (painter, r, radius, &theme->note_fill, &theme->note_border, 1 * z, 0);
      _pc_render_text (painter, note->text, r->x + pad, r->y + pad, text_w,
                       lines, FALSE, body, FALSE, &theme->text);
      for (guint k = 0; k < n_marks; k++)
        _pc_render_paint_mark (painter, &marks[k]);
    }
  painter->end_group (painter);
}

void
_pc_render_paint_notes (PcPainter *painter)
{
  for (guint i = 0; i < pc_layout_get_n_notes (painter->layout); i++)
    _pc_render_note (painter, i);
}
