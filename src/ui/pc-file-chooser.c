/* pc-file-chooser.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Choosing a file to open or save: GtkFileDialog from GTK 4.10,
 * GtkFileChooserNative before it, behind one asynchronous call. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-file-chooser.h"

struct _PcFileChooser
{
  GObject     parent_instance;

  char       *title;
  char       *accept_label;  /* (nullable): the platform's own if NULL */
  GListStore *filters;       /* GtkFileFilter; the first is selected */
  char       *initial_name;
  GFile      *initial_folder;
};

G_DEFINE_FINAL_TYPE (PcFileChooser, pc_file_chooser, G_TYPE_OBJECT)

static void
pc_file_chooser_finalize (GObject *object)
{
  PcFileChooser *self = PC_FILE_CHOOSER (object);

  g_free (self->title);
  g_free (self->accept_label);
  g_clear_object (&self->filters);
  g_free (self->initial_name);
  g_clear_object (&self->initial_folder);

  G_OBJECT_CLASS (pc_file_chooser_parent_class)->finalize (object);
}

static void
pc_file_chooser_class_init (PcFileChooserClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pc_file_chooser_finalize;
}

static void
pc_file_chooser_init (PcFileChooser *self)
{
  self->filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
}

/**
 * pc_file_chooser_new:
 * @title: the dialog's title
 * @accept_label: (nullable): the accept button's label, with a mnemonic
 */
PcFileChooser *
pc_file_chooser_new (const char *title,
                     const char *accept_label)
{
  PcFileChooser *self;

  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (PC_TYPE_FILE_CHOOSER, NULL);
  self->title = g_strdup (title);
  self->accept_label = g_strdup (accept_label);
  return self;
}

/**
 * pc_file_chooser_add_filter:
 *
 * Offers @filter; the first one added is the one selected at first.
 */
void
pc_file_chooser_add_filter (PcFileChooser *self,
                            GtkFileFilter *filter)
{
  g_return_if_fail (PC_IS_FILE_CHOOSER (self));
  g_return_if_fail (GTK_IS_FILE_FILTER (filter));

  g_list_store_append (self->filters, filter);
}

/**
 * pc_file_chooser_get_filters:
 *
 * Returns: (transfer none): the filters offered, in order
 */
GListModel *
pc_file_chooser_get_filters (PcFileChooser *self)
{
  g_return_val_if_fail (PC_IS_FILE_CHOOSER (self), NULL);

  return G_LIST_MODEL (self->filters);
}

/**
 * pc_file_chooser_set_initial_name:
 * @name: (nullable): the name suggested when saving
 */
void
pc_file_chooser_set_initial_name (PcFileChooser *self,
                                  const char    *name)
{
  g_return_if_fail (PC_IS_FILE_CHOOSER (self));

  g_free (self->initial_name);
  self->initial_name = g_strdup (name);
}

/**
 * pc_file_chooser_set_initial_folder:
 * @folder: (nullable): the folder shown first
 */
void
pc_file_chooser_set_initial_folder (PcFileChooser *self,
                                    GFile         *folder)
{
  g_return_if_fail (PC_IS_FILE_CHOOSER (self));
  g_return_if_fail (folder == NULL || G_IS_FILE (folder));

  g_set_object (&self->initial_folder, folder);
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
dialog_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  GFile *file;

  if (g_task_get_source_tag (task) == pc_file_chooser_save)
    file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  else
    file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, &error);

  if (file != NULL)
    g_task_return_pointer (task, file, g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
run (PcFileChooser *self,
     GtkWindow     *parent,
     GTask         *task,
     gboolean       save)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

  gtk_file_dialog_set_title (dialog, self->title);
  if (self->accept_label != NULL)
    gtk_file_dialog_set_accept_label (dialog, self->accept_label);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filters)) > 0)
    gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (self->filters));
  if (self->initial_folder != NULL)
    gtk_file_dialog_set_initial_folder (dialog, self->initial_folder);
  if (save)
    {
      if (self->initial_name != NULL)
        gtk_file_dialog_set_initial_name (dialog, self->initial_name);
      gtk_file_dialog_save (dialog, parent, NULL, dialog_done_cb, task);
    }
  else
    gtk_file_dialog_open (dialog, parent, NULL, dialog_done_cb, task);
}
#else
static void
native_response_cb (GtkNativeDialog *native,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;
  GFile *file = NULL;

  g_signal_handlers_disconnect_by_func (native, native_response_cb, user_data);
  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  if (file != NULL)
    g_task_return_pointer (task, file, g_object_unref);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Dismissed by the user");
}

static void
run (PcFileChooser *self,
     GtkWindow     *parent,
     GTask         *task,
     gboolean       save)
{
  GtkFileChooserNative *native;
  GListModel *filters = G_LIST_MODEL (self->filters);

  native = gtk_file_chooser_native_new (self->title, parent,
                                        save ? GTK_FILE_CHOOSER_ACTION_SAVE
                                             : GTK_FILE_CHOOSER_ACTION_OPEN,
                                        self->accept_label, _("_Cancel"));
  /* The task keeps the dialog until it answers. */
  g_task_set_task_data (task, native, g_object_unref);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (filters); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);

      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
    }
  if (self->initial_folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), self->initial_folder, NULL);
  if (save && self->initial_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), self->initial_name);
  g_signal_connect (native, "response", G_CALLBACK (native_response_cb), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
#endif

/**
 * pc_file_chooser_open:
 * @parent: (nullable): the window the dialog belongs to
 *
 * Asks for a file to open; @callback gets the answer from
 * pc_file_chooser_open_finish().
 */
void
pc_file_chooser_open (PcFileChooser       *self,
                      GtkWindow           *parent,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (PC_IS_FILE_CHOOSER (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, pc_file_chooser_open);
  run (self, parent, task, FALSE);
}

/**
 * pc_file_chooser_open_finish:
 *
 * Returns: (transfer full) (nullable): the file chosen, or %NULL with
 *   @error if the dialog was dismissed
 */
GFile *
pc_file_chooser_open_finish (PcFileChooser  *self,
                             GAsyncResult   *result,
                             GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pc_file_chooser_open, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * pc_file_chooser_save:
 * @parent: (nullable): the window the dialog belongs to
 *
 * Asks where to save, suggesting the initial name; @callback gets the
 * answer from pc_file_chooser_save_finish(). The dialog asks before a file
 * is replaced.
 */
void
pc_file_chooser_save (PcFileChooser       *self,
                      GtkWindow           *parent,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (PC_IS_FILE_CHOOSER (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, pc_file_chooser_save);
  run (self, parent, task, TRUE);
}

/**
 * pc_file_chooser_save_finish:
 *
 * Returns: (transfer full) (nullable): the file chosen, or %NULL with
 *   @error if the dialog was dismissed
 */
GFile *
pc_file_chooser_save_finish (PcFileChooser  *self,
                             GAsyncResult   *result,
                             GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pc_file_chooser_save, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
