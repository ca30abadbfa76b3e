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
 * that were skipped, if any. When some columns have names Parcours does
 * not know, a window titled "Import Spreadsheet" first lets the user map
 * each column to a field or skip it, with a preview, and imports only on
 * Import. Returns the number of touchpoints imported, 0 when that window
 * was opened, or -1. */
int  pc_csv_import_dialog_import_file (GtkWindow       *parent,
                                       PcDocument      *document,
                                       PcMap           *map,
                                       PcHistory       *history,
                                       AdwToastOverlay *toasts,
                                       GFile           *file);

G_END_DECLS
