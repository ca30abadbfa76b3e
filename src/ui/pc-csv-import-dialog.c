/* pc-csv-import-dialog.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-csv.h"
#include "pc-csv-import-dialog.h"

static void
show_message (GtkWindow  *parent,
              const char *heading,
              const char *body,
              GtkWidget  *extra)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  AdwAlertDialog *dialog = ADW_ALERT_DIALOG (adw_alert_dialog_new (heading, body));

  adw_alert_dialog_add_response (dialog, "close", _("_Close"));
  adw_alert_dialog_set_default_response (dialog, "close");
  adw_alert_dialog_set_close_response (dialog, "close");
  if (extra != NULL)
    adw_alert_dialog_set_extra_child (dialog, extra);
  adw_dialog_present (ADW_DIALOG (dialog), parent ? GTK_WIDGET (parent) : NULL);
#else
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  if (extra != NULL)
    adw_message_dialog_set_extra_child (dialog, extra);
  gtk_window_present (GTK_WINDOW (dialog));
#endif
}

/* The skipped rows and other problems, one per line, selectable so they can
 * be copied back into the spreadsheet's notes. */
static GtkWidget *
make_warning_list (GPtrArray *warnings)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *label;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < warnings->len; i++)
    g_string_append_printf (text, "%s%s", i ? "\n" : "", (char *) g_ptr_array_index (warnings, i));

  label = gtk_label_new (text->str);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  /* Wrapped labels under-report their height: give the list room. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled),
                                              MIN (60 * (int) warnings->len, 200));
  return scrolled;
}

int
pc_csv_import_dialog_import_file (GtkWindow       *parent,
                                  PcDocument      *document,
                                  PcMap           *map,
                                  PcHistory       *history,
                                  AdwToastOverlay *toasts,
                                  GFile           *file)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;
  int n = -1;

  g_return_val_if_fail (PC_IS_DOCUMENT (document), -1);
  g_return_val_if_fail (PC_IS_MAP (map), -1);
  g_return_val_if_fail (G_IS_FILE (file), -1);

  name = g_file_get_basename (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (info != NULL && g_file_info_get_size (info) > PC_CSV_MAX_SIZE)
    g_set_error (&error, PC_CSV_ERROR, PC_CSV_ERROR_TOO_LARGE,
                 _("The file is larger than %d MiB."), PC_CSV_MAX_SIZE / (1024 * 1024));
  else if (info != NULL)
    g_file_load_contents (file, NULL, &data, &length, NULL, &error);

  if (error == NULL)
    n = pc_csv_import (data, length, document, map, history, warnings, &error);

  if (n < 0)
    {
      g_autofree char *heading = g_strdup_printf (_("Could not import “%s”"), name);

      show_message (parent, heading, error->message,
                    warnings->len > 0 ? make_warning_list (warnings) : NULL);
      return -1;
    }

  if (toasts != NULL)
    {
      g_autofree char *title = g_strdup_printf (ngettext ("Imported %d touchpoint",
                                                          "Imported %d touchpoints", n), n);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_overlay_add_toast (toasts, toast);
    }

  if (warnings->len > 0)
    {
      g_autofree char *body =
        g_strdup_printf (ngettext ("%d touchpoint was imported from “%s”, but some of the file could not be read:",
                                   "%d touchpoints were imported from “%s”, but some of the file could not be read:",
                                   n), n, name);

      show_message (parent, _("Some Rows Were Skipped"), body, make_warning_list (warnings));
    }

  return n;
}
