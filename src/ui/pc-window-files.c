/* pc-window-files.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Opening, saving, the unsaved-changes dialog, recent files, dropped files
 * and watching the open file for changes made by other programs. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-dialog.h"
#include "pc-file-chooser.h"
#include "pc-file.h"
#include "pc-window-private.h"

#define PARCOURS_MIME "application/x-parcours+json"

/* What to do once the unsaved changes are dealt with. */
typedef struct
{
  PcWindow *self;
  GFile    *open_file; /* NULL: close the window */
  gboolean  run;       /* FALSE: a plain Save As, nothing follows */
} Pending;

static void
pending_free (Pending *pending)
{
  g_clear_object (&pending->self);
  g_clear_object (&pending->open_file);
  g_free (pending);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pending, pending_free)

static Pending *
pending_new (PcWindow *self,
             GFile    *open_file)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->self = g_object_ref (self);
  pending->open_file = open_file ? g_object_ref (open_file) : NULL;
  pending->run = TRUE;
  return pending;
}

static void load_now (PcWindow *self, GFile *file);
static void save_as (PcWindow *self, Pending *then);

static void
pending_run (Pending *pending)
{
  if (pending->open_file != NULL)
    load_now (pending->self, pending->open_file);
  else
    {
      pending->self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (pending->self));
    }
}

static char *
display_name (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);

  return g_filename_display_name (base);
}

void
_pc_window_show_error (PcWindow   *self,
                       const char *heading,
                       const char *body)
{
  PcAlert *dialog = pc_alert_new (heading, body);

  pc_alert_add_response (dialog, "close", _("_Close"));
  pc_alert_set_close_response (dialog, "close");
  pc_alert_present (dialog, GTK_WIDGET (self));
}

static void
save_error_response_cb (PcAlert    *dialog,
                        const char *response,
                        PcWindow   *self)
{
  g_signal_handlers_disconnect_by_func (dialog, save_error_response_cb, self);
  if (g_strcmp0 (response, "save-as") == 0)
    save_as (self, NULL);
}

static void
add_recent (PcWindow *self,
            GFile    *file)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .mime_type = (char *) PARCOURS_MIME,
    .app_name = (char *) g_get_application_name (),
    .app_exec = (char *) "parcours %u",
  };

  if (data.app_name == NULL)
    data.app_name = (char *) "Parcours";
  gtk_recent_manager_add_full (manager, uri, &data);
}

/* Writes the document to @file; on failure the file on disk is untouched
 * (the save is atomic) and the document stays marked unsaved. */
static gboolean
save_to (PcWindow *self,
         GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = display_name (file);

  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 _("Only local files can be saved"));

  self->saving_until = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  if (error != NULL || !pc_file_save (self->document, path, &error))
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Save “%s”"), name);
      g_autofree char *body = g_strdup_printf (_("%s\n\nThe file on disk was not changed and your changes are still here. Try saving to another place with Save As."),
                                               error->message);
      PcAlert *dialog = pc_alert_new (heading, body);

      pc_alert_add_responses (dialog,
                              "close", _("_Close"),
                              "save-as", _("Save _As…"),
                              NULL);
      pc_alert_set_response_appearance (dialog, "save-as", ADW_RESPONSE_SUGGESTED);
      pc_alert_set_close_response (dialog, "close");
      g_signal_connect_object (dialog, "response", G_CALLBACK (save_error_response_cb),
                               self, 0);
      pc_alert_present (dialog, GTK_WIDGET (self));
      self->saving_until = 0;
      return FALSE;
    }

  if (self->file == NULL || !g_file_equal (self->file, file))
    _pc_window_set_file (self, file);
  pc_history_mark_saved (self->history);
  add_recent (self, file);
  _pc_window_update_title (self);
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("Saved")));
  _pc_window_emit_saved (self);
  return TRUE;
}

static void
save_then (PcWindow *self,
           Pending  *then)
{
  g_autoptr(Pending) owned = then;

  if (self->file == NULL)
    {
      save_as (self, g_steal_pointer (&owned));
      return;
    }
  if (save_to (self, self->file) && owned != NULL)
    pending_run (owned);
}

/* Adds ".parcours" to a name typed without it, unless a file of that name
 * exists: the chooser asked about overwriting the name as typed, not that
 * one, so it must not be replaced silently. */
GFile *
_pc_window_with_extension (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GFile) named_file = NULL;
  g_autofree char *named = NULL;

  if (g_str_has_suffix (base, ".parcours"))
    return g_object_ref (file);
  parent = g_file_get_parent (file);
  named = g_strconcat (base, ".parcours", NULL);
  named_file = g_file_get_child (parent, named);
  if (g_file_query_exists (named_file, NULL))
    return g_object_ref (file);
  return g_steal_pointer (&named_file);
}

static void
chosen_save_file (Pending *then,
                  GFile   *file)
{
  g_autoptr(GFile) target = _pc_window_with_extension (file);

  if (save_to (then->self, target) && then->run)
    pending_run (then);
}

static GtkFileFilter *
parcours_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Journey Maps"));
  gtk_file_filter_add_mime_type (filter, PARCOURS_MIME);
  gtk_file_filter_add_suffix (filter, "parcours");
  return filter;
}

static char *
suggested_name (PcWindow *self)
{
  const char *title = pc_document_get_title (self->document);

  if (self->file != NULL)
    return g_file_get_basename (self->file);
  if (title == NULL || title[0] == '\0')
    title = _("Untitled Journey");
  return g_strconcat (title, ".parcours", NULL);
}

static PcFileChooser *
make_chooser (const char *title,
              const char *accept_label)
{
  PcFileChooser *chooser = pc_file_chooser_new (title, accept_label);
  g_autoptr(GtkFileFilter) filter = parcours_filter ();

  pc_file_chooser_add_filter (chooser, filter);
  return chooser;
}

static void
save_chosen_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Pending) then = user_data;
  g_autoptr(GFile) file = pc_file_chooser_save_finish (PC_FILE_CHOOSER (source), result, NULL);

  if (file != NULL)
    chosen_save_file (then, file);
}

static void
open_chosen_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PcWindow) self = user_data;
  g_autoptr(GFile) file = pc_file_chooser_open_finish (PC_FILE_CHOOSER (source), result, NULL);

  if (file != NULL)
    _pc_window_load_into (self, file);
}

/* @then: (transfer full) (nullable): what to do after a successful save */
static void
save_as (PcWindow *self,
         Pending  *then)
{
  g_autoptr(PcFileChooser) chooser = make_chooser (_("Save Journey Map"), _("_Save"));
  g_autofree char *name = suggested_name (self);

  if (then == NULL)
    {
      then = pending_new (self, NULL);
      then->run = FALSE;
    }

  pc_file_chooser_set_initial_name (chooser, name);
  pc_file_chooser_save (chooser, GTK_WINDOW (self), save_chosen_cb, then);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PcWindow *self = PC_WINDOW (widget);
  g_autoptr(PcFileChooser) chooser = make_chooser (_("Open Journey Map"), _("_Open"));

  pc_file_chooser_open (chooser, GTK_WINDOW (self), open_chosen_cb, g_object_ref (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PcWindow *self = PC_WINDOW (widget);

  if (self->document != NULL)
    save_then (self, NULL);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PcWindow *self = PC_WINDOW (widget);

  if (self->document != NULL)
    save_as (self, NULL);
}

static gboolean
discard_idle_cb (gpointer data)
{
  pending_run (data);
  return G_SOURCE_REMOVE;
}

static gboolean
save_idle_cb (gpointer data)
{
  Pending *pending = data;

  save_then (pending->self, pending);
  return G_SOURCE_REMOVE;
}

static void
unsaved_response_cb (PcAlert    *dialog,
                     const char *response,
                     Pending    *pending)
{
  /* Answer once: closing the dialog may report its close response too. */
  g_signal_handlers_disconnect_by_func (dialog, unsaved_response_cb, pending);

  /* Closing the window would take the dialog with it while it is still
   * answering: act once it is gone. */
  if (g_strcmp0 (response, "discard") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT, discard_idle_cb, pending, (GDestroyNotify) pending_free);
  else if (g_strcmp0 (response, "save") == 0)
    g_idle_add (save_idle_cb, pending);
  else
    pending_free (pending);
}

/* Asks what to do with unsaved changes, then runs @pending (owned). */
static void
ask_unsaved (PcWindow *self,
             Pending  *pending)
{
  const char *title = pc_document_get_title (self->document);
  g_autofree char *body = NULL;
  PcAlert *dialog;

  if (title == NULL || title[0] == '\0')
    title = _("Untitled Journey");
  body = g_strdup_printf (_("“%s” has changes that are not saved. Changes that are not saved will be lost."),
                          title);
  dialog = pc_alert_new (_("Save Changes?"), body);
  pc_alert_add_responses (dialog,
                          "cancel", _("_Cancel"),
                          "discard", _("_Discard"),
                          "save", _("_Save"),
                          NULL);
  pc_alert_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  pc_alert_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  pc_alert_set_default_response (dialog, "save");
  pc_alert_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (unsaved_response_cb), pending);
  pc_alert_present (dialog, GTK_WIDGET (self));
}

gboolean
_pc_window_close_request (GtkWindow *window)
{
  PcWindow *self = PC_WINDOW (window);

  if (self->close_confirmed || self->history == NULL || !pc_history_is_modified (self->history))
    return FALSE;

  ask_unsaved (self, pending_new (self, NULL));
  return TRUE;
}

/* Files up to this size are read at once (a few milliseconds); bigger
 * ones in a thread, the window showing progress and a Cancel button. */
#define LOAD_IN_THREAD_SIZE (256 * 1024)
/* A window already showing a document keeps it this long before saying
 * that it is opening another. */
#define PROGRESS_DELAY_MS 200

static void
show_load_error (PcWindow   *self,
                 GFile      *file,
                 GError     *error)
{
  g_autofree char *name = display_name (file);
  g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

  _pc_window_show_error (self, heading, error->message);
}

static void
loaded (PcWindow   *self,
        GFile      *file,
        PcDocument *document)
{
  self->change_dialog_shown = FALSE;
  pc_window_set_document (self, document, file, FALSE);
  add_recent (self, file);
}

static gboolean
pulse_cb (gpointer data)
{
  PcWindow *self = data;

  gtk_progress_bar_pulse (self->loading_progress);
  return G_SOURCE_CONTINUE;
}

static void
show_progress (PcWindow *self)
{
  g_autofree char *name = display_name (self->loading_file);
  g_autofree char *text = g_strdup_printf (_("Opening “%s”…"), name);

  if (self->loading_page_before == NULL)
    self->loading_page_before = g_strdup (gtk_stack_get_visible_child_name (self->stack));
  gtk_label_set_text (self->loading_label, text);
  gtk_progress_bar_set_fraction (self->loading_progress, 0);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  if (self->pulse_source == 0)
    self->pulse_source = g_timeout_add (100, pulse_cb, self);
}

static gboolean
show_progress_cb (gpointer data)
{
  PcWindow *self = data;

  self->progress_source = 0;
  show_progress (self);
  return G_SOURCE_REMOVE;
}

/* The loading is over, one way or another: the page shown before comes
 * back (a document loaded shows the editor instead). */
static void
end_loading (PcWindow *self)
{
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  g_clear_object (&self->loading);
  g_clear_object (&self->loading_file);
  if (self->loading_page_before != NULL)
    gtk_stack_set_visible_child_name (self->stack, self->loading_page_before);
  g_clear_pointer (&self->loading_page_before, g_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", FALSE);
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  PcDocument *document = pc_file_load (data, &error);

  if (document != NULL)
    g_task_return_pointer (task, document, g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
load_done (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  PcWindow *self = PC_WINDOW (source);
  g_autoptr(GFile) file = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) document = g_task_propagate_pointer (G_TASK (result), &error);
  GCancellable *cancellable = g_task_get_cancellable (G_TASK (result));

  /* Cancelled (or replaced by another file): as if nothing happened. */
  if (g_cancellable_is_cancelled (cancellable))
    return;

  end_loading (self);
  if (document == NULL)
    show_load_error (self, file, error);
  else
    loaded (self, file, document);
}

/* Loads @file; on failure says why and keeps the current document. A big
 * file is read and parsed in a thread: the window stays responsive, shows
 * progress (at once when it has nothing else to show) and can cancel. */
static void
load_now (PcWindow *self,
          GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) document = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = g_file_get_path (file);

  _pc_window_cancel_load (self);

  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 _("Only local files can be opened"));
  else
    info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                              NULL, NULL);

  if (info == NULL || g_file_info_get_size (info) <= LOAD_IN_THREAD_SIZE)
    {
      if (error == NULL)
        document = pc_file_load (path, &error);
      if (document == NULL)
        show_load_error (self, file, error);
      else
        loaded (self, file, document);
      return;
    }

  self->loading = g_cancellable_new ();
  self->loading_file = g_object_ref (file);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", TRUE);
  if (self->document == NULL)
    show_progress (self);
  else
    self->progress_source = g_timeout_add (PROGRESS_DELAY_MS, show_progress_cb, self);

  task = g_task_new (self, self->loading, load_done, g_object_ref (file));
  g_task_set_source_tag (task, load_now);
  g_task_set_task_data (task, g_steal_pointer (&path), g_free);
  g_task_run_in_thread (task, load_thread);
}

/* Stops the file being opened, if any: the window keeps what it shows. */
void
_pc_window_cancel_load (PcWindow *self)
{
  if (self->loading == NULL)
    return;
  g_cancellable_cancel (self->loading);
  end_loading (self);
}

static void
cancel_load_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _pc_window_cancel_load (PC_WINDOW (widget));
}

void
_pc_window_load_into (PcWindow *self,
                      GFile    *file)
{
  if (self->history != NULL && pc_history_is_modified (self->history))
    ask_unsaved (self, pending_new (self, file));
  else
    load_now (self, file);
}

static void
file_changed_response_cb (PcAlert    *dialog,
                          const char *response,
                          PcWindow   *self)
{
  g_signal_handlers_disconnect_by_func (dialog, file_changed_response_cb, self);
  self->change_dialog_shown = FALSE;
  if (g_strcmp0 (response, "reload") == 0 && self->file != NULL)
    {
      g_autoptr(GFile) file = g_object_ref (self->file);

      load_now (self, file);
    }
  else if (self->history != NULL)
    pc_history_mark_unsaved (self->history);
}

static void
file_changed_cb (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event,
                 PcWindow          *self)
{
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  PcAlert *dialog;

  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT &&
      event != G_FILE_MONITOR_EVENT_CREATED &&
      event != G_FILE_MONITOR_EVENT_MOVED_IN &&
      event != G_FILE_MONITOR_EVENT_RENAMED)
    return;
  if (g_get_monotonic_time () < self->saving_until || self->change_dialog_shown)
    return;

  self->change_dialog_shown = TRUE;
  name = display_name (self->file);
  body = g_strdup_printf (_("Another program changed “%s”. Reload it to see those changes, or keep your version and save it over them."),
                          name);
  dialog = pc_alert_new (_("File Changed on Disk"), body);
  pc_alert_add_responses (dialog,
                          "keep", _("_Keep My Version"),
                          "reload", _("_Reload"),
                          NULL);
  pc_alert_set_response_appearance (dialog, "reload", ADW_RESPONSE_SUGGESTED);
  pc_alert_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (file_changed_response_cb), self, 0);
  pc_alert_present (dialog, GTK_WIDGET (self));
}

/* The monitor follows the window's file. */
static void
watch_file (PcWindow *self)
{
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  if (self->file == NULL)
    return;

  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect_object (self->monitor, "changed", G_CALLBACK (file_changed_cb), self, 0);
}

static void
recent_row_activated_cb (PcWindow      *self,
                         GtkListBoxRow *row)
{
  int index = gtk_list_box_row_get_index (row);

  if (index >= 0 && (guint) index < self->recent_files->len)
    _pc_window_load_into (self, g_ptr_array_index (self->recent_files, index));
}

static gint
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *ma = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *mb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return g_date_time_compare (mb, ma);
}

void
_pc_window_fill_recent (PcWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))))
    gtk_list_box_remove (self->recent_list, child);
  g_ptr_array_set_size (self->recent_files, 0);

  items = g_list_sort (items, compare_recent);
  for (GList *l = items; l != NULL && shown < 6; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr(GFile) file = NULL;
      g_autoptr(GFile) parent = NULL;
      g_autofree char *name = NULL;
      g_autofree char *where = NULL;
      GtkWidget *row;

      if (!g_str_has_suffix (uri, ".parcours") || !gtk_recent_info_exists (info))
        continue;
      file = g_file_new_for_uri (uri);
      parent = g_file_get_parent (file);
      name = display_name (file);
      where = parent ? g_file_get_parse_name (parent) : NULL;

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      if (where != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_ptr_array_add (self->recent_files, g_steal_pointer (&file));
      g_signal_connect_object (row, "activated", G_CALLBACK (recent_row_activated_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_list_box_append (self->recent_list, row);
      shown++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), shown > 0);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PcWindow      *self)
{
  return _pc_window_drop (self, value);
}

void
_pc_window_init_files (PcWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  self->recent_files = g_ptr_array_new_with_free_func (g_object_unref);
  g_signal_connect (self, "notify::file", G_CALLBACK (watch_file), NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", FALSE);
}

void
_pc_window_dispose_files (PcWindow *self)
{
  _pc_window_cancel_load (self);
  if (self->monitor != NULL)
    {
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_pointer (&self->recent_files, g_ptr_array_unref);
}

void
_pc_window_install_file_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, cancel_load_action);
}
