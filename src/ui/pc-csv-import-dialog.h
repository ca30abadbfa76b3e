/* pc-csv-import-dialog.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pc-document.h"
#include "pc-history.h"

G_BEGIN_DECLS

/* Imports the rows of the CSV @file into @map as one undo step, then
 * tells the user what happened: a toast, and a dialog listing the rows
 * that were skipped, if any. Returns the number of touchpoints imported,
 * or -1. */
int  pc_csv_import_dialog_import_file (GtkWindow       *parent,
                                       PcDocument      *document,
                                       PcMap           *map,
                                       PcHistory       *history,
                                       AdwToastOverlay *toasts,
                                       GFile           *file);

G_END_DECLS
