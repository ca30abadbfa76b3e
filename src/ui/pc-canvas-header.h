/* pc-canvas-header.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pc-layout.h"

G_BEGIN_DECLS

#define PC_TYPE_CANVAS_HEADER (pc_canvas_header_get_type ())

G_DECLARE_FINAL_TYPE (PcCanvasHeader, pc_canvas_header, PC, CANVAS_HEADER, GtkWidget)

/* A stage, lane or insight row header: focusable and named for screen readers; the
 * canvas's static layer draws its text. */
GtkWidget *pc_canvas_header_new         (GObject        *item);
GObject   *pc_canvas_header_get_item    (PcCanvasHeader *self);
PcPersona *pc_canvas_header_get_persona (PcCanvasHeader *self);
void       pc_canvas_header_update      (PcCanvasHeader *self,
                                         PcLayout       *layout,
                                         guint           index);
PcRect     pc_canvas_header_get_rect    (PcCanvasHeader *self);

G_END_DECLS
