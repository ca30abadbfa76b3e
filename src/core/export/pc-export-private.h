/* pc-export-private.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-export.h"
#include "pc-layout.h"
#include "pc-theme.h"

G_BEGIN_DECLS

/* The background colour to paint, or NULL for a transparent one. */
const PcColor *_pc_export_background_color (const PcExportOptions *options,
                                             const PcTheme         *theme);

GBytes *_pc_export_png (PcLayout               *layout,
                        const PcExportOptions  *options,
                        GError                **error);
GBytes *_pc_export_pdf (PcLayout               *layout,
                        const PcExportOptions  *options,
                        GError                **error);
GBytes *_pc_export_svg (PcLayout               *layout,
                        const PcExportOptions  *options,
                        GError                **error);

G_END_DECLS
