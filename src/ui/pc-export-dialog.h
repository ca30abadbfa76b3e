/* pc-export-dialog.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pc-dialog.h"
#include "pc-document.h"

G_BEGIN_DECLS

#define PC_TYPE_EXPORT_DIALOG (pc_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PcExportDialog, pc_export_dialog, PC, EXPORT_DIALOG, PcDialogBase)

/* Opens the export dialog for @map (the current map) of @document, faded
 * as the window shows it (@min_evidence, see pc_canvas_set_min_evidence()).
 * The toast that reports a finished export goes to @toasts. */
void            pc_export_dialog_present      (GtkWindow       *parent,
                                               PcDocument      *document,
                                               PcMap           *map,
                                               PcEvidence       min_evidence,
                                               AdwToastOverlay *toasts);

PcExportDialog *pc_export_dialog_new          (PcDocument      *document,
                                               PcMap           *map,
                                               AdwToastOverlay *toasts);

/* Cards and notes backed by less evidence are faded in the export, as in
 * the window it was opened from. */
void            pc_export_dialog_set_min_evidence (PcExportDialog *self,
                                                   PcEvidence      min_evidence);

/* Exports with the dialog's current choices to @file, remembers the
 * choices and shows the toast: what the Export button does once the file
 * chooser has answered. */
gboolean        pc_export_dialog_save_to_file (PcExportDialog  *self,
                                               GFile           *file,
                                               GError         **error);
/* The same, in a thread (what the Export button does): the window stays
 * responsive, an export slower than a moment shows its progress and can
 * be cancelled, and a failure is reported in a dialog. The file is
 * written whole or not at all. */
void            pc_export_dialog_export       (PcExportDialog  *self,
                                               GFile           *file);

G_END_DECLS
