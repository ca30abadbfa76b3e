/* pc-autosave.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Keeps a recovery copy of a window's unsaved document (see pc-recovery.h)
 * and, at start-up, offers to restore the copies a crash left behind.
 *
 * A one-second tick notices when the window shows another document or
 * history (the window replaces both on open) and writes the copy once the
 * interval of the “autosave-interval” setting has passed since the last
 * write; losing the focus writes at once, since that is when a laptop gets
 * closed or another program takes over. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-autosave.h"
#include "pc-recovery.h"

#define DEFAULT_INTERVAL 30

struct _PcAutosave
{
  GObject     parent_instance;

  PcWindow   *window;       /* owns us */
  PcDocument *document;
  PcHistory  *history;
  char       *key;
  gint64      saved_time;   /* Unix seconds of the last real save, 0 if never */
  gint64      last_write;   /* monotonic µs of the last recovery write */
  guint       n_changes;    /* before this window's history (restored) */
  guint       base_depth;   /* undo depth at the last real save */
  guint       tick_id;
  gboolean    dirty;        /* changed since the last recovery write */
  gboolean    written;      /* a recovery copy exists */
  gboolean    error_shown;
};

G_DEFINE_FINAL_TYPE (PcAutosave, pc_autosave, G_TYPE_OBJECT)

static guint
get_interval (PcAutosave *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self->window));
  GSettings *settings = app ? pc_application_get_settings (PC_APPLICATION (app)) : NULL;

  if (settings == NULL)
    return DEFAULT_INTERVAL;
  return CLAMP (g_settings_get_uint (settings, "autosave-interval"), 5, 600);
}

static gint64
file_saved_time (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  if (file == NULL)
    return 0;
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return 0;
  return (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);
}

static void
discard (PcAutosave *self)
{
  g_autoptr(GError) error = NULL;

  if (!self->written)
    return;
  if (!pc_recovery_discard (self->key, &error))
    g_message ("Could not remove the recovery copy: %s", error->message);
  self->written = FALSE;
}

static void
history_changed_cb (PcAutosave *self)
{
  self->dirty = TRUE;
}

/* Steps between the saved state and now, as the undo stack counts them
 * (typing into one field is one step). */
static guint
count_changes (PcAutosave *self)
{
  guint depth = self->history ? pc_history_get_undo_depth (self->history) : 0;
  guint steps = depth > self->base_depth ? depth - self->base_depth : self->base_depth - depth;

  return MAX (self->n_changes + steps, 1);
}

/* The window replaces its document and history on open, new and restore. */
static void
follow_window (PcAutosave *self)
{
  PcDocument *document = pc_window_get_document (self->window);
  PcHistory *history = pc_window_get_history (self->window);

  if (history != self->history)
    {
      if (self->history != NULL)
        g_signal_handlers_disconnect_by_data (self->history, self);
      g_set_object (&self->history, history);
      if (history != NULL)
        g_signal_connect_object (history, "changed", G_CALLBACK (history_changed_cb),
                                 self, G_CONNECT_SWAPPED);
    }

  if (document != self->document)
    {
      g_set_object (&self->document, document);
      self->saved_time = file_saved_time (pc_window_get_file (self->window));
      self->n_changes = 0;
      self->base_depth = history != NULL ? pc_history_get_undo_depth (history) : 0;
      self->dirty = history != NULL && pc_history_is_modified (history);
      self->last_write = 0;
    }
}

/**
 * pc_autosave_write_now:
 *
 * Writes the recovery copy if the document has changes not yet in it (or
 * removes the copy when the document has no unsaved changes any more).
 *
 * Returns: %TRUE if a recovery copy of the current state exists
 */
gboolean
pc_autosave_write_now (PcAutosave *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GFile *file;

  g_return_val_if_fail (PC_IS_AUTOSAVE (self), FALSE);

  follow_window (self);
  if (self->document == NULL || self->history == NULL || !pc_history_is_modified (self->history))
    {
      discard (self);
      return FALSE;
    }
  if (!self->dirty && self->written)
    return TRUE;

  file = pc_window_get_file (self->window);
  path = file ? g_file_get_path (file) : NULL;
  self->last_write = g_get_monotonic_time ();
  if (!pc_recovery_write (self->key, self->document, path, self->saved_time,
                          count_changes (self), &error))
    {
      /* Say it once: the next tick tries again anyway. */
      if (!self->error_shown)
        {
          g_autofree char *escaped = g_markup_escape_text (error->message, -1);
          g_autofree char *text = g_strdup_printf (_("Could not keep a recovery copy: %s"), escaped);

          /* toast titles are markup */
          adw_toast_overlay_add_toast (pc_window_get_toasts (self->window), adw_toast_new (text));
          self->error_shown = TRUE;
        }
      return FALSE;
    }
  self->written = TRUE;
  self->dirty = FALSE;
  self->error_shown = FALSE;
  return TRUE;
}

static gboolean
tick_cb (gpointer user_data)
{
  PcAutosave *self = user_data;
  gint64 due;

  follow_window (self);
  if (self->history == NULL || !pc_history_is_modified (self->history))
    {
      discard (self);
      return G_SOURCE_CONTINUE;
    }
  due = self->last_write + (gint64) get_interval (self) * G_USEC_PER_SEC;
  if (self->dirty && g_get_monotonic_time () >= due)
    pc_autosave_write_now (self);
  return G_SOURCE_CONTINUE;
}

static void
is_active_cb (PcAutosave *self)
{
  if (!gtk_window_is_active (GTK_WINDOW (self->window)))
    pc_autosave_write_now (self);
}

static void
saved_cb (PcAutosave *self)
{
  follow_window (self);
  discard (self);
  self->saved_time = g_get_real_time () / G_USEC_PER_SEC;
  self->n_changes = 0;
  self->base_depth = self->history ? pc_history_get_undo_depth (self->history) : 0;
  self->dirty = FALSE;
}

/* A window that closes was saved or its changes were given up on purpose. */
static void
destroy_cb (PcAutosave *self)
{
  g_clear_handle_id (&self->tick_id, g_source_remove);
  discard (self);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);
  g_clear_object (&self->document);
}

static void
pc_autosave_dispose (GObject *object)
{
  PcAutosave *self = PC_AUTOSAVE (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (pc_autosave_parent_class)->dispose (object);
}

static void
pc_autosave_finalize (GObject *object)
{
  PcAutosave *self = PC_AUTOSAVE (object);

  g_free (self->key);

  G_OBJECT_CLASS (pc_autosave_parent_class)->finalize (object);
}

static void
pc_autosave_class_init (PcAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pc_autosave_dispose;
  object_class->finalize = pc_autosave_finalize;
}

static void
pc_autosave_init (PcAutosave *self)
{
  self->key = pc_recovery_new_key ();
}

/**
 * pc_autosave_attach:
 *
 * Starts keeping recovery copies of @window's document, for as long as
 * the window lives.
 *
 * Returns: (transfer none): the autosave of @window
 */
PcAutosave *
pc_autosave_attach (PcWindow *window)
{
  PcAutosave *self;

  g_return_val_if_fail (PC_IS_WINDOW (window), NULL);

  self = pc_autosave_get_for_window (window);
  if (self != NULL)
    return self;

  self = g_object_new (PC_TYPE_AUTOSAVE, NULL);
  self->window = window;
  g_object_set_data_full (G_OBJECT (window), "pc-autosave", self, g_object_unref);

  self->tick_id = g_timeout_add_seconds (1, tick_cb, self);
  g_signal_connect_object (window, "notify::is-active", G_CALLBACK (is_active_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (window, "saved", G_CALLBACK (saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (window, "destroy", G_CALLBACK (destroy_cb), self, G_CONNECT_SWAPPED);
  return self;
}

/**
 * pc_autosave_get_for_window:
 *
 * Returns: (transfer none) (nullable): the autosave attached to @window
 */
PcAutosave *
pc_autosave_get_for_window (PcWindow *window)
{
  g_return_val_if_fail (PC_IS_WINDOW (window), NULL);

  return g_object_get_data (G_OBJECT (window), "pc-autosave");
}

/**
 * pc_autosave_get_key:
 *
 * Returns: the recovery key of the window's document
 */
const char *
pc_autosave_get_key (PcAutosave *self)
{
  g_return_val_if_fail (PC_IS_AUTOSAVE (self), NULL);

  return self->key;
}

/* ------------------------------------------------------------------ */
/* Start-up: offering what a crash left                                */
/* ------------------------------------------------------------------ */

typedef struct
{
  PcApplication *application;
  GPtrArray     *entries;  /* PcRecoveryEntry, offered in order */
  guint          next;
} Offer;

static void offer_next (Offer *offer);

static void
offer_free (Offer *offer)
{
  g_object_unref (offer->application);
  g_ptr_array_unref (offer->entries);
  g_free (offer);
}

static PcWindow *
window_for_restore (PcApplication *application)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l; l = l->next)
    if (PC_IS_WINDOW (l->data) && pc_window_get_document (l->data) == NULL)
      return l->data;
  return pc_window_new (application);
}

static void
restore (Offer                 *offer,
         const PcRecoveryEntry *entry)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PcRecoveryEntry) read = NULL;
  g_autoptr(PcDocument) document = pc_recovery_restore (entry->key, &read, &error);
  g_autoptr(GFile) file = NULL;
  PcAutosave *autosave;
  PcWindow *window;

  window = window_for_restore (offer->application);
  gtk_window_present (GTK_WINDOW (window));
  if (document == NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);
      g_autofree char *text = g_strdup_printf (_("Could not restore the document: %s"), escaped);

      adw_toast_overlay_add_toast (pc_window_get_toasts (window), adw_toast_new (text));
      return;
    }

  if (entry->original_path != NULL)
    file = g_file_new_for_path (entry->original_path);
  pc_window_set_document (window, document, file, TRUE);

  /* The window carries on with the same recovery copy, so nothing is lost
   * if it crashes again before the next write. */
  autosave = pc_autosave_attach (window);
  follow_window (autosave);
  g_free (autosave->key);
  autosave->key = g_strdup (entry->key);
  autosave->saved_time = entry->saved_time;
  autosave->n_changes = MAX (entry->n_changes, 1);
  autosave->base_depth = 0;
  autosave->written = TRUE;
  autosave->dirty = FALSE;
  autosave->last_write = g_get_monotonic_time ();
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Offer            *offer)
{
  const PcRecoveryEntry *entry = offer->entries->pdata[offer->next - 1];

  if (g_strcmp0 (response, "restore") == 0)
    restore (offer, entry);
  else if (g_strcmp0 (response, "discard") == 0)
    {
      g_autoptr(GError) error = NULL;

      if (!pc_recovery_discard (entry->key, &error))
        g_message ("Could not remove the recovery copy: %s", error->message);
    }
  /* “Not now” keeps the copy for the next start. */
  offer_next (offer);
}

static char *
format_time (gint64 unix_time)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;

  /* TRANSLATORS: date and time of a save, see g_date_time_format() */
  return local ? g_date_time_format (local, _("%x at %H:%M")) : g_strdup ("?");
}

static char *
describe_entry (const PcRecoveryEntry *entry)
{
  g_autofree char *name = NULL;
  g_autofree char *written = format_time (entry->written_time);
  g_autofree char *changes = g_strdup_printf (ngettext ("%u change", "%u changes", entry->n_changes),
                                              entry->n_changes);

  if (entry->original_path != NULL)
    name = g_path_get_basename (entry->original_path);
  else if (entry->title != NULL && entry->title[0] != '\0')
    name = g_strdup (entry->title);
  else
    name = g_strdup (_("Untitled Journey"));

  if (entry->saved_time > 0)
    {
      g_autofree char *saved = format_time (entry->saved_time);

      /* TRANSLATORS: “name” was last saved on <date>; <n changes> … <date> */
      return g_strdup_printf (_("“%s” was last saved on %s. Parcours kept %s made after that, "
                                "the last on %s."),
                              name, saved, changes, written);
    }
  /* TRANSLATORS: “name” was never saved; <n changes> … <date> */
  return g_strdup_printf (_("“%s” was never saved. Parcours kept %s, the last on %s."),
                          name, changes, written);
}

static void
offer_next (Offer *offer)
{
  const PcRecoveryEntry *entry;
  g_autofree char *body = NULL;
  GtkWindow *parent;
  GtkWidget *dialog;

  if (offer->next >= offer->entries->len)
    {
      offer_free (offer);
      return;
    }
  entry = offer->entries->pdata[offer->next++];

  parent = gtk_application_get_active_window (GTK_APPLICATION (offer->application));
  if (parent == NULL)
    {
      parent = GTK_WINDOW (pc_window_new (offer->application));
      gtk_window_present (parent);
    }

  body = describe_entry (entry);
  dialog = adw_message_dialog_new (parent, _("Restore Unsaved Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "later", _("_Not Now"),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), offer);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
offer_idle_cb (gpointer user_data)
{
  offer_next (user_data);
  return G_SOURCE_REMOVE;
}

/**
 * pc_autosave_offer_recovery:
 *
 * Once the application has shown its first window, asks about each
 * document that a crashed or killed Parcours did not save, one dialog at
 * a time. Documents still open in another running Parcours are left alone.
 */
void
pc_autosave_offer_recovery (PcApplication *application)
{
  g_autoptr(GPtrArray) entries = NULL;
  Offer *offer;

  g_return_if_fail (PC_IS_APPLICATION (application));

  entries = pc_recovery_list (FALSE);
  if (entries->len == 0)
    return;

  offer = g_new0 (Offer, 1);
  offer->application = g_object_ref (application);
  offer->entries = g_steal_pointer (&entries);
  /* after activate or open has made the windows */
  g_idle_add_full (G_PRIORITY_LOW, offer_idle_cb, offer, NULL);
}
