/* pc-file-chooser.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PC_TYPE_FILE_CHOOSER (pc_file_chooser_get_type ())

G_DECLARE_FINAL_TYPE (PcFileChooser, pc_file_chooser, PC, FILE_CHOOSER, GObject)

PcFileChooser *pc_file_chooser_new                (const char           *title,
                                                   const char           *accept_label);
void           pc_file_chooser_add_filter         (PcFileChooser        *self,
                                                   GtkFileFilter        *filter);
GListModel    *pc_file_chooser_get_filters        (PcFileChooser        *self);
void           pc_file_chooser_set_initial_name   (PcFileChooser        *self,
                                                   const char           *name);
void           pc_file_chooser_set_initial_folder (PcFileChooser        *self,
                                                   GFile                *folder);
void           pc_file_chooser_open               (PcFileChooser        *self,
                                                   GtkWindow            *parent,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
GFile         *pc_file_chooser_open_finish        (PcFileChooser        *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);
void           pc_file_chooser_save               (PcFileChooser        *self,
                                                   GtkWindow            *parent,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
GFile         *pc_file_chooser_save_finish        (PcFileChooser        *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);

G_END_DECLS
