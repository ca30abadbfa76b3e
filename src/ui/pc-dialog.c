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

/**
 * pc_dialog_new:
 *
 * Returns: (transfer floating): a new, empty dialog
 */
GtkWidget *
pc_dialog_new (void)
{
  return g_object_new (PC_TYPE_DIALOG_BASE, NULL);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  pc_dialog_close (widget);
}

/**
 * pc_dialog_init_class:
 *
 * For a dialog's class_init: the action `dialog.close` (for a Cancel
 * button) closes the dialog, and so does Escape, on both bases.
 */
void
pc_dialog_init_class (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "dialog.close", NULL, close_action);
#if !ADW_CHECK_VERSION (1, 5, 0)
  /* AdwDialog closes on Escape by itself. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "dialog.close", NULL);
#endif
}

void
pc_dialog_set_title (GtkWidget  *dialog,
                     const char *title)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  adw_dialog_set_title (ADW_DIALOG (dialog), title);
#else
  gtk_window_set_title (GTK_WINDOW (dialog), title);
#endif
}

const char *
pc_dialog_get_title (GtkWidget *dialog)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  return adw_dialog_get_title (ADW_DIALOG (dialog));
#else
  return gtk_window_get_title (GTK_WINDOW (dialog));
#endif
}

/* The size @dialog asks for; AdwDialog shrinks to fit a smaller window. */
void
pc_dialog_set_size (GtkWidget *dialog,
                    int        width,
                    int        height)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  adw_dialog_set_content_width (ADW_DIALOG (dialog), width);
  adw_dialog_set_content_height (ADW_DIALOG (dialog), height);
#else
  gtk_window_set_default_size (GTK_WINDOW (dialog), width, height);
#endif
}

void
pc_dialog_set_content (GtkWidget *dialog,
                       GtkWidget *content)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  adw_dialog_set_child (ADW_DIALOG (dialog), content);
#else
  adw_window_set_content (ADW_WINDOW (dialog), content);
#endif
}

void
pc_dialog_set_default_widget (GtkWidget *dialog,
                              GtkWidget *widget)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  adw_dialog_set_default_widget (ADW_DIALOG (dialog), widget);
#else
  gtk_window_set_default_widget (GTK_WINDOW (dialog), widget);
#endif
}

/**
 * pc_dialog_present:
 * @parent: (nullable): the window the dialog is about
 *
 * Shows @dialog, modal, over @parent.
 */
void
pc_dialog_present (GtkWidget *dialog,
                   GtkWindow *parent)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

#if ADW_CHECK_VERSION (1, 5, 0)
  if (gtk_widget_get_parent (dialog) == NULL)
    adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (parent));
#else
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
    }
  gtk_window_present (GTK_WINDOW (dialog));
#endif
}

/**
 * pc_dialog_get_window:
 *
 * Returns: (transfer none) (nullable): the window @dialog is shown over,
 *   for the dialogs it opens in turn (a file chooser)
 */
GtkWindow *
pc_dialog_get_window (GtkWidget *dialog)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  GtkRoot *root = gtk_widget_get_root (dialog);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
#else
  return GTK_WINDOW (dialog);
#endif
}

/**
 * pc_dialog_get_parent:
 *
 * Returns: (transfer none) (nullable): the window @dialog was presented
 *   over
 */
GtkWindow *
pc_dialog_get_parent (GtkWidget *dialog)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  GtkWindow *window = pc_dialog_get_window (dialog);

  /* Over a window that cannot hold dialogs, AdwDialog has its own. */
  if (window != NULL && !ADW_IS_WINDOW (window) && !ADW_IS_APPLICATION_WINDOW (window) &&
      gtk_window_get_transient_for (window) != NULL)
    return gtk_window_get_transient_for (window);
  return window;
#else
  return gtk_window_get_transient_for (GTK_WINDOW (dialog));
#endif
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * pc_dialog_find:
 *
 * Returns: (transfer none) (nullable): a dialog of @type shown over
 *   @parent
 */
GtkWidget *
pc_dialog_find (GtkWindow *parent,
                GType      type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
      GtkWidget *found;

      if (window != GTK_WIDGET (parent) &&
          gtk_window_get_transient_for (GTK_WINDOW (window)) != parent)
        continue;
      found = find_descendant (window, type);
      if (found != NULL && pc_dialog_get_parent (found) == parent)
        return found;
    }
  return NULL;
}

/* Closes @dialog as its Cancel button would. */
void
pc_dialog_close (GtkWidget *dialog)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  adw_dialog_close (ADW_DIALOG (dialog));
#else
  gtk_window_close (GTK_WINDOW (dialog));
#endif
}

/* Closes @dialog at once, whatever it is doing (its document went). */
void
pc_dialog_force_close (GtkWidget *dialog)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  /* Only a dialog that was presented has anything to close. */
  if (gtk_widget_get_parent (dialog) != NULL)
    adw_dialog_force_close (ADW_DIALOG (dialog));
#else
  gtk_window_destroy (GTK_WINDOW (dialog));
#endif
}
