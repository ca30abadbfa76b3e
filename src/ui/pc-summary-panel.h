/* pc-summary-panel.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pc-history.h"
#include "pc-map-ops.h"

G_BEGIN_DECLS

#define PC_TYPE_SUMMARY_PANEL (pc_summary_panel_get_type ())

G_DECLARE_FINAL_TYPE (PcSummaryPanel, pc_summary_panel, PC, SUMMARY_PANEL, GtkWidget)

GtkWidget       *pc_summary_panel_new         (void);
void             pc_summary_panel_set_model   (PcSummaryPanel *self,
                                               PcHistory      *history,
                                               PcMap          *map);
const PcSummary *pc_summary_panel_get_summary (PcSummaryPanel *self);
const char      *pc_summary_panel_get_hurts_text (PcSummaryPanel *self);

G_END_DECLS
