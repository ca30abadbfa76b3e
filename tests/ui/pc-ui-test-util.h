/* pc-ui-test-util.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pc-dialog.h"

G_BEGIN_DECLS

/* Helpers for the widget tests: finding widgets and dialogs, files to
 * work on, and running the main loop. */

typedef gboolean (*PcUiMatch) (GtkWidget     *widget,
                               gconstpointer  data);

void              pc_ui_init_log            (void);
void              pc_ui_spin                (void);
void              pc_ui_run_for             (guint           msec);
void              pc_ui_wait_frames         (GtkWidget      *widget,
                                             guint           n_frames);
char             *pc_ui_example_path        (void);
GFile            *pc_ui_copy_example        (char          **dir_out);
void              pc_ui_remove_dir          (const char     *dir);
GtkWidget        *pc_ui_find_descendant     (GtkWidget      *widget,
                                             PcUiMatch       match,
                                             gconstpointer   data);
PcAlert          *pc_ui_find_alert          (void);
guint             pc_ui_count_alerts        (void);
void              pc_ui_alert_respond       (PcAlert        *alert,
                                             const char     *response);
void              pc_ui_alert_close         (PcAlert        *alert);
void              pc_ui_close_alerts        (void);
void              pc_ui_wait_for_null       (gpointer       *weak_pointer);
GtkWindow        *pc_ui_find_window_titled  (const char     *title);
GtkWidget        *pc_ui_find_dialog_titled  (const char     *title);
void              pc_ui_wait_dialog_gone    (const char     *title);
void              pc_ui_count_cb            (gpointer        object,
                                             guint          *count);

/* Matches for pc_ui_find_descendant() */
gboolean          pc_ui_is_entry_row_titled (GtkWidget      *widget,
                                             gconstpointer   title);
gboolean          pc_ui_has_action_name     (GtkWidget      *widget,
                                             gconstpointer   action);
gboolean          pc_ui_is_button_labelled  (GtkWidget      *widget,
                                             gconstpointer   label);
gboolean          pc_ui_is_toggle_named     (GtkWidget      *widget,
                                             gconstpointer   name);
gboolean          pc_ui_is_combo_row        (GtkWidget      *widget,
                                             gconstpointer   data);

G_END_DECLS
