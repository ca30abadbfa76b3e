/* pc-layout-private.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-layout.h"

G_BEGIN_DECLS

/* Sizes in px at zoom 1. Cards have a fixed size (text is ellipsized when
 * drawn) so that laying out thousands of them needs no text measurement. */
#define MARGIN         24.0
#define LANE_HEADER_W  208.0
#define STAGE_HEADER_H 56.0
#define TIME_HEADER_H  76.0
#define GUTTER         20.0
#define CELL_PAD       14.0
#define CARD_W         232.0
#define CARD_H         104.0
#define CARD_H_DETAILED 152.0
#define CARD_GAP       12.0
#define CURVE_H        96.0
#define LINE_SPACE     36.0
#define AVATAR         56.0
#define MAX_COLUMN_W   (CARD_W * 2)
#define TITLE_GAP      32.0
#define LEGEND_GAP     40.0

struct _PcLayout
{
  gatomicrefcount ref_count;

  PcMap *map;
  const PcTheme *theme;
  char *font_family;
  double zoom;
  double font_size;
  double width;
  double height;
  gboolean timeline;
  gboolean detailed;   /* the detailed card face */
  double card_h;       /* CARD_H or CARD_H_DETAILED */
  PcEvidence min_evidence;
  PangoContext *pango;
  PangoFontDescription *font;
  GArray *texts;       /* PcLayoutText: Pango layouts by size and weight */

  GArray *stages;      /* PcLayoutStage */
  GArray *lanes;       /* PcLayoutLane */
  GArray *cards;       /* PcLayoutCard */
  GArray *connectors;  /* PcLayoutConnector */
  guint *card_conn_starts; /* n_cards + 1: where each card's connectors
                            * begin in card_conns */
  guint *card_conns;   /* connector indices, card after card */
  GArray *curves;      /* PcLayoutCurve */
  GArray *lines;       /* PcLayoutLine */
  guint *cell_counts;  /* n_stages * n_lanes */
  guint *cell_starts;  /* n_stages * n_lanes + 1: where each cell's cards
                        * begin in cell_cards */
  guint *cell_cards;   /* card indices, cell after cell (stage by stage,
                        * lane by lane), top to bottom within a cell */
  GArray *rows;        /* PcLayoutRow: visible insight rows */
  GArray *notes;       /* PcLayoutNote */

  gboolean legend;     /* the title block and the legend are laid out */
  PcLayoutTitleBlock title;
  GArray *legend_items;/* PcLayoutLegendItem */
  PcRect legend_rect;
};

typedef struct
{
  double       size;
  gboolean     bold;
  double       ascent;  /* < 0 until measured */
  PangoLayout *uses[PC_LAYOUT_N_TEXT_USES];
  float       *advances;/* (nullable): widths of U+0000..U+00FF, < 0 until measured */
} PcLayoutText;

void _pc_layout_text_clear      (gpointer           data);

/* The title block at the top of @width px from (x, y); returns its
 * height. */
double _pc_layout_place_title   (PcLayout          *self,
                                 PcDocument        *document,
                                 const char        *date,
                                 double             x,
                                 double             y,
                                 double             width);
/* The legend from (x, y), its entries wrapped at @width px; returns its
 * height. */
double _pc_layout_place_legend  (PcLayout          *self,
                                 double             x,
                                 double             y,
                                 double             width);
void   _pc_layout_frame_clear   (PcLayout          *self);
/* The width of one line of text. */
double _pc_layout_measure       (PcLayout          *self,
                                 const char        *text,
                                 double             size,
                                 gboolean           bold,
                                 double             max_width);

/* Collects the visible rows and the items of their cells, sized; then
 * places them from @y (returns the y below the last row and its gutter). */
/* Hit-testing shared by cards and notes (pc-layout-query.c). */
gboolean _pc_rect_contains       (const PcRect      *rect,
                                  double             x,
                                  double             y);
/* The stage column spanning @x, or -1. */
int    _pc_layout_stage_at      (PcLayout          *self,
                                 double             x);
/* The item of @bands (structs whose PcRect is @rect_offset bytes in)
 * whose rectangle spans @y, or -1: a lane or a row. */
int    _pc_layout_band_at       (GArray            *bands,
                                 gsize              rect_offset,
                                 double             y);

void   _pc_layout_collect_rows  (PcLayout          *self);
double _pc_layout_place_rows    (PcLayout          *self,
                                 double             y);
void   _pc_layout_rows_clear    (PcLayout          *self);

/* Height in px of the strip of marks under the text of a note: 0 when
 * the note has none, or when they fit at the end of its one line of
 * @width px. */
double _pc_layout_note_marks_height (PcLayout      *self,
                                     PcNote        *note,
                                     const char    *text,
                                     guint          lines,
                                     double         width);

void _pc_layout_route_connector (PcLayout          *self,
                                 PcLayoutConnector *conn);

G_END_DECLS
