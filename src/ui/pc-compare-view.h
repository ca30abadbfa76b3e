/* pc-compare-view.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pc-document.h"
#include "pc-history.h"
#include "pc-map-ops.h"

G_BEGIN_DECLS

#define PC_TYPE_COMPARE_VIEW (pc_compare_view_get_type ())

G_DECLARE_FINAL_TYPE (PcCompareView, pc_compare_view, PC, COMPARE_VIEW, GtkWidget)

GtkWidget          *pc_compare_view_new            (void);
void                pc_compare_view_set_maps       (PcCompareView *self,
                                                    PcDocument    *document,
                                                    PcHistory     *history,
                                                    PcMap         *before,
                                                    PcMap         *after);
const PcComparison *pc_compare_view_get_comparison (PcCompareView *self);
const char         *pc_compare_view_get_totals_text (PcCompareView *self);

G_END_DECLS
