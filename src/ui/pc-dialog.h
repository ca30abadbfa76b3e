/* pc-dialog.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Alerts (a heading, a body and a row of answers) on both stacks:
 * AdwAlertDialog, shown inside its window, from libadwaita 1.5;
 * AdwMessageDialog, a window of its own, before it. The calls below take
 * the same arguments on both; connect to "response" (the same signature
 * on both) for the answer. */
#if ADW_CHECK_VERSION (1, 5, 0)
typedef AdwAlertDialog PcAlert;
# define PC_ALERT(obj)                     ADW_ALERT_DIALOG (obj)
# define PC_IS_ALERT(obj)                  ADW_IS_ALERT_DIALOG (obj)
# define pc_alert_add_response             adw_alert_dialog_add_response
# define pc_alert_add_responses            adw_alert_dialog_add_responses
# define pc_alert_set_response_appearance  adw_alert_dialog_set_response_appearance
# define pc_alert_set_default_response     adw_alert_dialog_set_default_response
# define pc_alert_set_close_response       adw_alert_dialog_set_close_response
# define pc_alert_set_extra_child          adw_alert_dialog_set_extra_child
# define pc_alert_get_extra_child          adw_alert_dialog_get_extra_child
# define pc_alert_format_body              adw_alert_dialog_format_body
# define pc_alert_get_heading              adw_alert_dialog_get_heading
# define pc_alert_get_body                 adw_alert_dialog_get_body
# define pc_alert_has_response             adw_alert_dialog_has_response
# define pc_alert_get_response_label       adw_alert_dialog_get_response_label
#else
typedef AdwMessageDialog PcAlert;
# define PC_ALERT(obj)                     ADW_MESSAGE_DIALOG (obj)
# define PC_IS_ALERT(obj)                  ADW_IS_MESSAGE_DIALOG (obj)
# define pc_alert_add_response             adw_message_dialog_add_response
# define pc_alert_add_responses            adw_message_dialog_add_responses
# define pc_alert_set_response_appearance  adw_message_dialog_set_response_appearance
# define pc_alert_set_default_response     adw_message_dialog_set_default_response
# define pc_alert_set_close_response       adw_message_dialog_set_close_response
# define pc_alert_set_extra_child          adw_message_dialog_set_extra_child
# define pc_alert_get_extra_child          adw_message_dialog_get_extra_child
# define pc_alert_format_body              adw_message_dialog_format_body
# define pc_alert_get_heading              adw_message_dialog_get_heading
# define pc_alert_get_body                 adw_message_dialog_get_body
# define pc_alert_has_response             adw_message_dialog_has_response
# define pc_alert_get_response_label       adw_message_dialog_get_response_label
#endif

/* The base of Parcours's own dialogs (export, personas, spreadsheet
 * import, templates): AdwDialog, shown inside its window, from libadwaita
 * 1.5; a modal AdwWindow before. Declare a dialog with PcDialogBase as
 * its parent type and use the calls below for what differs. */
#if ADW_CHECK_VERSION (1, 5, 0)
typedef AdwDialog      PcDialogBase;
typedef AdwDialogClass PcDialogBaseClass;
# define PC_TYPE_DIALOG_BASE ADW_TYPE_DIALOG
#else
typedef AdwWindow      PcDialogBase;
typedef AdwWindowClass PcDialogBaseClass;
# define PC_TYPE_DIALOG_BASE ADW_TYPE_WINDOW
#endif
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PcDialogBase, g_object_unref)

GtkWidget  *pc_dialog_new                (void);
void        pc_dialog_init_class         (GtkWidgetClass *widget_class);
void        pc_dialog_set_title          (GtkWidget      *dialog,
                                          const char     *title);
const char *pc_dialog_get_title          (GtkWidget      *dialog);
void        pc_dialog_set_size           (GtkWidget      *dialog,
                                          int             width,
                                          int             height);
void        pc_dialog_set_content        (GtkWidget      *dialog,
                                          GtkWidget      *content);
void        pc_dialog_set_default_widget (GtkWidget      *dialog,
                                          GtkWidget      *widget);
void        pc_dialog_present            (GtkWidget      *dialog,
                                          GtkWindow      *parent);
GtkWindow  *pc_dialog_get_window         (GtkWidget      *dialog);
GtkWindow  *pc_dialog_get_parent         (GtkWidget      *dialog);
GtkWidget  *pc_dialog_find               (GtkWindow      *parent,
                                          GType           type);
void        pc_dialog_close              (GtkWidget      *dialog);
void        pc_dialog_force_close        (GtkWidget      *dialog);

PcAlert *pc_alert_new     (const char *heading,
                           const char *body);
void     pc_alert_present (PcAlert    *alert,
                           GtkWidget  *parent);
void     pc_alert_close   (PcAlert    *alert);

G_END_DECLS
