/* pc-palette.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pc-canvas.h"

G_BEGIN_DECLS

#define PC_TYPE_PALETTE (pc_palette_get_type ())

G_DECLARE_FINAL_TYPE (PcPalette, pc_palette, PC, PALETTE, GtkWidget)

/* The channels as drag sources (content "parcours-channel:<nick>");
 * activating one adds a touchpoint of that channel in @canvas's focused
 * cell. */
GtkWidget *pc_palette_new        (void);
void       pc_palette_set_canvas (PcPalette *self,
                                  PcCanvas  *canvas);
PcCanvas  *pc_palette_get_canvas (PcPalette *self);
gboolean   pc_palette_get_compact (PcPalette *self);
void       pc_palette_set_compact (PcPalette *self,
                                   gboolean   compact);

G_END_DECLS
