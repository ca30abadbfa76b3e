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

PcAlert *pc_alert_new     (const char *heading,
                           const char *body);
void     pc_alert_present (PcAlert    *alert,
                           GtkWidget  *parent);
void     pc_alert_close   (PcAlert    *alert);

G_END_DECLS
