/* pc-help.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pc-dialog.h"
#include "pc-help.h"

char *
pc_help_uri (const char *page)
{
  if (page == NULL || *page == '\0')
    page = "index";
  return g_strdup_printf ("help:%s/%s", PACKAGE_NAME, page);
}

static void
pc_help_report_error (GtkWindow    *parent,
                      const GError *error)
{
  PcAlert *dialog;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
#if GTK_CHECK_VERSION (4, 10, 0)
      || g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED)
#endif
      )
    return;

  g_warning ("Could not open the help: %s", error->message);
  dialog = pc_alert_new (_("Could Not Open the Help"), NULL);
  pc_alert_format_body (dialog,
                        _("Install a help viewer such as Yelp, or read the guide on the "
                          "project’s website.\n\n%s"),
                        error->message);
  pc_alert_add_response (dialog, "close", _("_Close"));
  pc_alert_present (dialog, GTK_WIDGET (parent));
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
pc_help_launch_done (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (source), result, &error))
    pc_help_report_error (parent, error);
}
#else
static void
pc_help_show_done (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    pc_help_report_error (GTK_WINDOW (source), error);
}
#endif

void
pc_help_show (GtkWindow  *parent,
              const char *page)
{
  g_autofree char *uri = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  uri = pc_help_uri (page);
#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);

    gtk_uri_launcher_launch (launcher, parent, NULL, pc_help_launch_done,
                             parent ? g_object_ref (parent) : NULL);
  }
#else
  gtk_show_uri_full (parent, uri, GDK_CURRENT_TIME, NULL, pc_help_show_done, NULL);
#endif
}
