/* pc-export-dialog-save.c: choosing the file, writing it, and the toast
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-export-dialog-private.h"
#include "pc-file-chooser.h"

/* What the toast's Open button needs; the window may be gone by then. */
typedef struct
{
  GFile    *file;
  GWeakRef  window;
} OpenData;

static void
open_data_free (gpointer  data,
                GClosure *closure)
{
  OpenData *open = data;

  g_object_unref (open->file);
  g_weak_ref_clear (&open->window);
  g_free (open);
}

static void
open_exported (AdwToast *toast,
               OpenData *open)
{
  g_autoptr(GtkWindow) parent = g_weak_ref_get (&open->window);

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (open->file);
    gtk_file_launcher_launch (launcher, parent, NULL, NULL, NULL);
  }
#else
  {
    g_autofree char *uri = g_file_get_uri (open->file);
    gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
  }
#endif
}

static void
show_done_toast (PcExportDialog *self,
                 GFile          *file)
{
  g_autofree char *name = g_file_get_basename (file);
  /* Toast titles are markup: the file name is escaped. */
  g_autofree char *title = g_markup_printf_escaped (_("Exported “%s”"), name);
  AdwToast *toast;
  GtkRoot *root;
  OpenData *open;

  if (self->toasts == NULL)
    return;

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  root = gtk_widget_get_root (GTK_WIDGET (self->toasts));
  open = g_new0 (OpenData, 1);
  open->file = g_object_ref (file);
  g_weak_ref_init (&open->window, GTK_IS_WINDOW (root) ? root : NULL);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_exported),
                         open, open_data_free, 0);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

gboolean
pc_export_dialog_save_to_file (PcExportDialog  *self,
                               GFile           *file,
                               GError         **error)
{
  PcExportOptions options;
  g_autofree char *path = NULL;
  PcMap *map;

  g_return_val_if_fail (PC_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* A name typed with another format's extension means that format. */
  {
    g_autofree char *basename = g_file_get_basename (file);
    PcExportFormat format;

    if (pc_export_format_from_path (basename, &format))
      _pc_export_dialog_set_format (self, format);
  }

  _pc_export_dialog_get_options (self, &options);
  map = _pc_export_dialog_get_map (self);
  path = g_file_get_path (file);

  if (path != NULL)
    {
      if (!pc_export_to_file (self->document, map, &options, path, error))
        return FALSE;
    }
  else
    {
      g_autoptr(GBytes) bytes = pc_export_to_bytes (self->document, map, &options, error);
      gsize size = 0;
      const char *data;

      if (bytes == NULL)
        return FALSE;
      data = g_bytes_get_data (bytes, &size);
      if (!g_file_replace_contents (file, data ? data : "", size, NULL, FALSE,
                                    G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error))
        return FALSE;
    }

  _pc_export_dialog_save_settings (self);
  show_done_toast (self, file);
  return TRUE;
}

static void
export_chosen (PcExportDialog *self,
               GFile          *file)
{
  g_autoptr(GError) error = NULL;

  if (file == NULL)
    return;

  if (pc_export_dialog_save_to_file (self, file, &error))
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

#if ADW_CHECK_VERSION (1, 5, 0)
  {
    AdwDialog *dialog = adw_alert_dialog_new (_("Export Failed"), error->message);

    adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));
    adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "close");
    adw_dialog_present (dialog, GTK_WIDGET (self));
  }
#else
  {
    GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Export Failed"),
                                                error->message);

    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
    adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
    gtk_window_present (GTK_WINDOW (dialog));
  }
#endif
}

/* The map's name, made safe for a file name, with the format's extension. */
static char *
suggested_name (PcExportDialog *self)
{
  const char *name = pc_map_get_name (_pc_export_dialog_get_map (self));
  g_autofree char *safe = g_strdup (name && *name ? name : _("map"));

  g_strdelimit (safe, "/\\:", '-');
  return g_strdup_printf ("%s.%s", g_strstrip (safe), _pc_export_dialog_get_extension (self));
}

static void
file_chosen_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PcExportDialog) self = user_data;
  g_autoptr(GFile) file = pc_file_chooser_save_finish (PC_FILE_CHOOSER (source), result, NULL);

  export_chosen (self, file);
}

static void
choose_file (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  PcExportDialog *self = user_data;
  g_autoptr(PcFileChooser) chooser = pc_file_chooser_new (_("Export Map"), _("_Export"));
  g_autofree char *name = suggested_name (self);

  pc_file_chooser_set_initial_name (chooser, name);
  pc_file_chooser_save (chooser, GTK_WINDOW (self), file_chosen_cb, g_object_ref (self));
}

void
_pc_export_dialog_install_actions (PcExportDialog *self)
{
  static const GActionEntry entries[] = {
    { .name = "choose-file", .activate = choose_file },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "export", G_ACTION_GROUP (group));
}
