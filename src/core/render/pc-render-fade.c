/* pc-render-fade.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Cards and notes that the evidence filter leaves out stay where they are,
 * faded, so that the map keeps its shape while the room looks at what
 * research backs. */

#include "config.h"

#include "pc-render-private.h"


void
_pc_render_card (PcPainter *painter,
                 guint      index)
{
  gboolean faded = pc_layout_get_card (painter->layout, index)->faded;

  if (faded)
    painter->begin_fade (painter, PC_RENDER_FADED_OPACITY);
  _pc_render_paint_card (painter, index);
  if (faded)
    painter->end_fade (painter);
}

void
_pc_render_note (PcPainter *painter,
                 guint      index)
{
  gboolean faded = pc_layout_get_note (painter->layout, index)->faded;

  if (faded)
    painter->begin_fade (painter, PC_RENDER_FADED_OPACITY);
  _pc_render_paint_note (painter, index);
  if (faded)
    painter->end_fade (painter);
}
