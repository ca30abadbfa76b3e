/* pc-layout-private.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-layout.h"

G_BEGIN_DECLS

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
  PangoContext *pango;
  PangoFontDescription *font;
  GArray *texts;       /* PcLayoutText: Pango layouts by size and weight */

  GArray *stages;      /* PcLayoutStage */
  GArray *lanes;       /* PcLayoutLane */
  GArray *cards;       /* PcLayoutCard */
  GArray *connectors;  /* PcLayoutConnector */
  GArray *curves;      /* PcLayoutCurve */
  GArray *lines;       /* PcLayoutLine */
  guint *cell_counts;  /* n_stages * n_lanes */

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

void _pc_layout_route_connector (PcLayout          *self,
                                 PcLayoutConnector *conn);

G_END_DECLS
