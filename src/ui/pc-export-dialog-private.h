/* pc-export-dialog-private.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-export.h"
#include "pc-export-dialog.h"

G_BEGIN_DECLS

typedef struct _PcExportJob PcExportJob;

struct _PcExportDialog
{
  PcDialogBase     parent_instance;

  PcDocument      *document;
  PcMap           *map;          /* the map the dialog was opened for */
  PcEvidence       min_evidence; /* as the window shows the map */
  AdwToastOverlay *toasts;
  GSettings       *settings;     /* NULL when the schema is not installed */
  GPtrArray       *lane_ids;     /* lane row position → lane id, NULL for all */
  guint            preview_source;
  gboolean         filling;      /* rows being refilled: not a user choice */
  PcExportJob     *job;          /* (nullable): the export running in a thread */

  GtkWidget       *export_button;
  GtkWidget       *format_row;
  GtkWidget       *map_row;
  GtkWidget       *lane_row;
  GtkWidget       *scale_row;
  GtkWidget       *background_row;
  GtkWidget       *page_row;
  GtkWidget       *separator_row;
  GtkWidget       *legend_row;
  GtkWidget       *legend_switch;
  GtkWidget       *preview_stack;
  GtkWidget       *preview_picture;
  GtkWidget       *preview_text;
  GtkWidget       *preview_message;
};

void        _pc_export_dialog_get_options    (PcExportDialog  *self,
                                              PcExportOptions *options);
const char *_pc_export_dialog_get_extension  (PcExportDialog  *self);
void        _pc_export_dialog_set_format     (PcExportDialog  *self,
                                              PcExportFormat   format);
PcMap      *_pc_export_dialog_get_map        (PcExportDialog  *self);
void        _pc_export_dialog_save_settings  (PcExportDialog  *self);
void        _pc_export_dialog_install_actions (PcExportDialog *self);
gboolean    _pc_export_dialog_is_exporting   (PcExportDialog  *self);
/* Stops the running export: it leaves no file, and the dialog stays. */
void        _pc_export_dialog_cancel_export  (PcExportDialog  *self);
/* Stops it, and forgets it: for dispose. */
void        _pc_export_dialog_forget_export  (PcExportDialog  *self);

G_END_DECLS
