/* pc-dialog.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Dialogs the same way on both stacks: see pc-dialog.h. */

#include "config.h"

#include "pc-dialog.h"

/**
 * pc_alert_new:
 * @body: (nullable): the text under the heading
 *
 * Returns: (transfer floating): a new alert, to fill with responses and
 *   show with pc_alert_present()
 */
PcAlert *
pc_alert_new (const char *heading,
              const char *body)
{
  g_return_val_if_fail (heading != NULL, NULL);

#if ADW_CHECK_VERSION (1, 5, 0)
  return PC_ALERT (adw_alert_dialog_new (heading, body));
#else
  return PC_ALERT (adw_message_dialog_new (NULL, heading, body));
#endif
}

/**
 * pc_alert_present:
 * @parent: (nullable): a widget of the window the alert is about
 *
 * Shows @alert, modal, over @parent's window.
 */
void
pc_alert_present (PcAlert   *alert,
                  GtkWidget *parent)
{
  g_return_if_fail (PC_IS_ALERT (alert));
  g_return_if_fail (parent == NULL || GTK_IS_WIDGET (parent));

#if ADW_CHECK_VERSION (1, 5, 0)
  adw_dialog_present (ADW_DIALOG (alert), parent);
#else
  {
    GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

    if (GTK_IS_WINDOW (root))
      gtk_window_set_transient_for (GTK_WINDOW (alert), GTK_WINDOW (root));
    gtk_window_set_modal (GTK_WINDOW (alert), TRUE);
    gtk_window_present (GTK_WINDOW (alert));
  }
#endif
}

/**
 * pc_alert_close:
 *
 * Closes @alert as its close response would, answering with that response.
 */
void
pc_alert_close (PcAlert *alert)
{
  g_return_if_fail (PC_IS_ALERT (alert));

#if ADW_CHECK_VERSION (1, 5, 0)
  adw_dialog_close (ADW_DIALOG (alert));
#else
  gtk_window_close (GTK_WINDOW (alert));
#endif
}
