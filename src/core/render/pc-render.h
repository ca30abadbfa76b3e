/* pc-render.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "pc-layout.h"

G_BEGIN_DECLS

/* Drawing a layout with cairo, in layout coordinates. The canvas caches the
 * static layers and draws each card itself with pc_render_card(), so the
 * screen and the exporters share one drawing code. */

typedef enum
{
  PC_RENDER_BACKGROUND   = 1 << 0, /* fill the page with the theme's background */
  PC_RENDER_GRID         = 1 << 1, /* stage columns, lane and row bands, headers */
  PC_RENDER_CURVES       = 1 << 2, /* emotion curves */
  PC_RENDER_LINES        = 1 << 3, /* blueprint lines and labels */
  PC_RENDER_CONNECTORS   = 1 << 4,
  PC_RENDER_CARDS        = 1 << 5, /* cards, and the notes of insight rows */
  PC_RENDER_FRAME        = 1 << 6, /* title block and legend (exports) */
  PC_RENDER_STATIC       = PC_RENDER_GRID | PC_RENDER_CURVES | PC_RENDER_LINES,
  PC_RENDER_ALL          = 0x7f,
} PcRenderFlags;

void pc_render_layout     (cairo_t       *cr,
                           PcLayout      *layout,
                           PcRenderFlags  flags);

/* The same, leaving out what cannot show in @area (layout coordinates):
 * the canvas draws its layers tile by tile, clipped to each tile. */
void pc_render_layout_in  (cairo_t       *cr,
                           PcLayout      *layout,
                           PcRenderFlags  flags,
                           const PcRect  *area);

/* One card at its rectangle in the layout. */
void pc_render_card       (cairo_t       *cr,
                           PcLayout      *layout,
                           guint          index);

/* One note or gathered item of an insight row at its rectangle. */
void pc_render_note       (cairo_t       *cr,
                           PcLayout      *layout,
                           guint          index);

void pc_render_connectors (cairo_t       *cr,
                           PcLayout      *layout);
/* Only the connectors that can show in @area. */
void pc_render_connectors_in (cairo_t      *cr,
                              PcLayout     *layout,
                              const PcRect *area);
/* Where in @area the connectors may paint, as rectangles that do not
 * meet, in whole px of the layout, set in @boxes (an array of PcRect);
 * returns how many (0 when they paint nothing there). */
guint    pc_render_connectors_boxes (PcLayout     *layout,
                                     const PcRect *area,
                                     GArray       *boxes);

/* A sentiment mark (circle with +, ○ or −) centred at (x, y); also used by
 * the SVG writer's geometry. */
void pc_render_sentiment  (cairo_t       *cr,
                           const PcTheme *theme,
                           PcSentiment    sentiment,
                           double         x,
                           double         y,
                           double         radius);

G_END_DECLS
