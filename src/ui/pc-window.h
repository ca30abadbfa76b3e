/* pc-window.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pc-autosave.h"
#include "pc-document.h"
#include "pc-history.h"
#include "pc-map.h"

G_BEGIN_DECLS

#define PC_TYPE_WINDOW (pc_window_get_type ())

G_DECLARE_FINAL_TYPE (PcWindow, pc_window, PC, WINDOW, AdwApplicationWindow)

/* What a file is to the window, from its name. */
typedef enum
{
  PC_IMPORT_NONE,
  PC_IMPORT_DOCUMENT,   /* .parcours: opened */
  PC_IMPORT_CSV,        /* rows into the current map */
  PC_IMPORT_MERMAID,    /* .mmd: a journey, as a new map */
  PC_IMPORT_MARKDOWN,   /* .md: its journeys, as new maps */
} PcImportKind;

PcWindow        *pc_window_new          (GtkApplication *application);
void             pc_window_open_file    (PcWindow       *self,
                                         GFile          *file);
void             pc_window_set_document (PcWindow       *self,
                                         PcDocument     *document,
                                         GFile          *file,
                                         gboolean        modified);
PcDocument      *pc_window_get_document (PcWindow       *self);
PcHistory       *pc_window_get_history  (PcWindow       *self);
GFile           *pc_window_get_file     (PcWindow       *self);
PcMap           *pc_window_get_map      (PcWindow       *self);
void             pc_window_set_map      (PcWindow       *self,
                                         PcMap          *map);
GSettings       *pc_window_get_settings (PcWindow       *self);
void             pc_window_set_settings (PcWindow       *self,
                                         GSettings      *settings);
PcAutosave      *pc_window_get_autosave (PcWindow       *self);
AdwToastOverlay *pc_window_get_toasts   (PcWindow       *self);

/* pc-window-import.c */
PcImportKind     pc_window_import_kind  (GFile          *file);
gboolean         pc_window_import_file  (PcWindow       *self,
                                         GFile          *file);

G_END_DECLS
