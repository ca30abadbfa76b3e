/* pc-export-dialog-save.c: choosing the file, writing it, and the toast
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-dialog.h"
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
show_export_error (PcExportDialog *self,
                   const GError   *error)
{
  PcAlert *dialog = pc_alert_new (_("Export Failed"), error->message);

  pc_alert_add_response (dialog, "close", _("_Close"));
  pc_alert_set_close_response (dialog, "close");
  pc_alert_present (dialog, GTK_WIDGET (self));
}

/* ---- exporting in a thread ---- */

/* An export slower than this shows its progress and a Cancel button. */
#define PROGRESS_DELAY_MS 200

/* The export running from this dialog, as the main thread sees it. */
struct _PcExportJob
{
  GCancellable *cancellable;
  GFile        *file;
  GtkWidget    *progress;       /* the progress dialog, once shown */
  GtkWidget    *bar;
  guint         show_source;
  guint         pulse_source;
};

/* What the thread works on, its own. */
typedef struct
{
  PcDocument      *document;
  PcMap           *map;           /* in @document */
  PcExportOptions  options;
  char            *lane_id;
  GFile           *file;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->document);
  g_clear_object (&data->file);
  g_free (data->lane_id);
  g_free (data);
}

static void
copy_list (GListStore *from,
           GListStore *to)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (from));
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (from), i));
  g_list_store_splice (to, 0, 0, items->pdata, n);
}

/* A document with one map for the export thread to walk: new lists, and
 * a new index of ids, holding the same stages, lanes, cards and notes.
 * The window goes on reading the document's own lists while the thread
 * runs (a list store remembers the last item read, a map indexes its
 * items on the first lookup: neither may be shared between threads),
 * and the items themselves cannot change, for only edits change them and
 * this dialog is modal. Costs a reference per item. */
static PcDocument *
snapshot (PcDocument  *document,
          PcMap       *map,
          PcMap      **map_copy)
{
  PcDocument *copy = pc_document_new ();
  g_autoptr(PcMap) copy_map = pc_map_new (pc_entity_get_id (PC_ENTITY (map)),
                                          pc_map_get_kind (map));

  pc_entity_copy_fields (PC_ENTITY (document), PC_ENTITY (copy));
  pc_entity_copy_fields (PC_ENTITY (map), PC_ENTITY (copy_map));
  copy_list (pc_document_get_personas (document), pc_document_get_personas (copy));
  copy_list (pc_map_get_stages (map), pc_map_get_stages (copy_map));
  copy_list (pc_map_get_lanes (map), pc_map_get_lanes (copy_map));
  copy_list (pc_map_get_touchpoints (map), pc_map_get_touchpoints (copy_map));
  copy_list (pc_map_get_connectors (map), pc_map_get_connectors (copy_map));
  copy_list (pc_map_get_rows (map), pc_map_get_rows (copy_map));
  copy_list (pc_map_get_notes (map), pc_map_get_notes (copy_map));
  g_list_store_append (pc_document_get_maps (copy), copy_map);
  *map_copy = copy_map;
  return copy;
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  g_autofree char *path = g_file_get_path (data->file);
  GError *error = NULL;
  gboolean done;

  /* The layout, with its Pango objects, is made here, in this thread. */
  if (path != NULL)
    {
      done = pc_export_to_file_full (data->document, data->map, &data->options, path,
                                     cancellable, &error);
    }
  else
    {
      /* Not a local file: whole, then handed to GIO. */
      g_autoptr(GBytes) bytes = pc_export_to_bytes (data->document, data->map,
                                                    &data->options, &error);
      gsize size = 0;
      const char *contents;

      done = bytes != NULL;
      if (done)
        {
          contents = g_bytes_get_data (bytes, &size);
          done = g_file_replace_contents (data->file, contents ? contents : "", size, NULL,
                                          FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                          cancellable, &error);
        }
    }

  if (done)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
close_progress (PcExportJob *job)
{
  GtkWidget *progress = job->progress;

  g_clear_handle_id (&job->show_source, g_source_remove);
  g_clear_handle_id (&job->pulse_source, g_source_remove);
  if (progress == NULL)
    return;
  g_clear_weak_pointer (&job->progress);
  pc_dialog_force_close (progress);
}

static void
job_free (PcExportJob *job)
{
  close_progress (job);
  g_clear_object (&job->cancellable);
  g_clear_object (&job->file);
  g_free (job);
}

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  PcExportDialog *self = PC_EXPORT_DIALOG (source);
  ExportData *data = g_task_get_task_data (G_TASK (result));
  GCancellable *cancellable = g_task_get_cancellable (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean done = g_task_propagate_boolean (G_TASK (result), &error);

  /* The dialog went away (and cancelled it) meanwhile. */
  if (self->job == NULL || self->job->cancellable != cancellable)
    return;
  g_clear_pointer (&self->job, job_free);
  gtk_widget_set_sensitive (self->export_button, TRUE);

  if (!done)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_export_error (self, error);
      return;
    }
  _pc_export_dialog_save_settings (self);
  show_done_toast (self, data->file);
  pc_dialog_close (GTK_WIDGET (self));
}

static gboolean
pulse (gpointer user_data)
{
  PcExportJob *job = user_data;

  gtk_progress_bar_pulse (GTK_PROGRESS_BAR (job->bar));
  return G_SOURCE_CONTINUE;
}

/* Cancel, or Escape: the dialog closes itself. */
static void
progress_response (PcExportDialog *self,
                   const char     *response)
{
  if (self->job == NULL)
    return;
  g_clear_weak_pointer (&self->job->progress);
  _pc_export_dialog_cancel_export (self);
}

static gboolean
show_progress (gpointer user_data)
{
  PcExportDialog *self = user_data;
  PcExportJob *job = self->job;
  g_autofree char *name = g_file_get_basename (job->file);
  g_autofree char *heading = g_strdup_printf (_("Exporting “%s”…"), name);
  PcAlert *progress;

  job->show_source = 0;
  job->bar = gtk_progress_bar_new ();
  gtk_progress_bar_set_pulse_step (GTK_PROGRESS_BAR (job->bar), 0.1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (job->bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  progress = pc_alert_new (heading, NULL);
  pc_alert_set_extra_child (progress, job->bar);
  pc_alert_add_response (progress, "cancel", _("_Cancel"));
  pc_alert_set_close_response (progress, "cancel");
  g_set_weak_pointer (&job->progress, GTK_WIDGET (progress));
  g_signal_connect_object (progress, "response", G_CALLBACK (progress_response),
                           self, G_CONNECT_SWAPPED);
  pc_alert_present (progress, GTK_WIDGET (self));
  job->pulse_source = g_timeout_add (100, pulse, job);
  return G_SOURCE_REMOVE;
}

void
pc_export_dialog_export (PcExportDialog *self,
                         GFile          *file)
{
  g_autoptr(GTask) task = NULL;
  ExportData *data;

  g_return_if_fail (PC_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->job == NULL);

  /* A name typed with another format's extension means that format. */
  {
    g_autofree char *basename = g_file_get_basename (file);
    PcExportFormat format;

    if (pc_export_format_from_path (basename, &format))
      _pc_export_dialog_set_format (self, format);
  }

  data = g_new0 (ExportData, 1);
  data->document = snapshot (self->document, _pc_export_dialog_get_map (self), &data->map);
  _pc_export_dialog_get_options (self, &data->options);
  data->lane_id = g_strdup (data->options.lane_id);
  data->options.lane_id = data->lane_id;
  data->file = g_object_ref (file);

  self->job = g_new0 (PcExportJob, 1);
  self->job->cancellable = g_cancellable_new ();
  self->job->file = g_object_ref (file);
  self->job->show_source = g_timeout_add (PROGRESS_DELAY_MS, show_progress, self);
  gtk_widget_set_sensitive (self->export_button, FALSE);

  task = g_task_new (self, self->job->cancellable, export_done, NULL);
  g_task_set_source_tag (task, pc_export_dialog_export);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
_pc_export_dialog_is_exporting (PcExportDialog *self)
{
  return self->job != NULL;
}

void
_pc_export_dialog_cancel_export (PcExportDialog *self)
{
  if (self->job == NULL)
    return;
  /* The thread ends at its next write and leaves no file; until it has,
   * the Export button stays insensitive. */
  g_cancellable_cancel (self->job->cancellable);
  close_progress (self->job);
}

void
_pc_export_dialog_forget_export (PcExportDialog *self)
{
  if (self->job == NULL)
    return;
  g_cancellable_cancel (self->job->cancellable);
  g_clear_pointer (&self->job, job_free);
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

  if (file != NULL && self->job == NULL)
    pc_export_dialog_export (self, file);
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
  pc_file_chooser_save (chooser, pc_dialog_get_window (GTK_WIDGET (self)), file_chosen_cb,
                        g_object_ref (self));
}

void
_pc_export_dialog_install_actions (PcExportDialog *self)
{
  static const GActionEntry entries[] = {
    { .name = "choose-file", .activate = choose_file },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), self);
  /* Closed (or destroyed with its window) while exporting: the export
   * stops, leaving no file. */
  g_signal_connect (self, "unrealize", G_CALLBACK (_pc_export_dialog_forget_export), NULL);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "export", G_ACTION_GROUP (group));
}
