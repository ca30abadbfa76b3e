/* pc-autosave.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Keeps a recovery copy (see pc-recovery.h) of a document with unsaved
 * changes.
 *
 * The owner (the window) binds its document, history and file to the
 * properties of the same names; a new history or document starts afresh.
 * Each step of the history that leaves unsaved changes schedules one write,
 * a second later at the earliest (typing is one write) and “interval”
 * seconds after the previous write; a step back to the saved state removes
 * the copy at once. Nothing runs while nothing changes. */

#include "config.h"

#include "pc-autosave.h"
#include "pc-recovery.h"

#define DEFAULT_INTERVAL 30
#define MIN_INTERVAL     5
#define MAX_INTERVAL     600

struct _PcAutosave
{
  GObject       parent_instance;

  PcDocument   *document;
  PcHistory    *history;
  GFile        *file;
  GSignalGroup *history_signals;
  char         *key;
  guint         interval;     /* seconds between two writes */
  gint64        saved_time;   /* Unix seconds of the last real save, 0 if never */
  gint64        last_write;   /* monotonic µs of the last recovery write */
  guint         n_changes;    /* before this history (restored) */
  guint         base_depth;   /* undo depth at the last real save */
  guint         write_id;     /* the scheduled write */
  guint         dirty : 1;    /* changed since the last recovery write */
  guint         written : 1;  /* a recovery copy exists */
  guint         failed : 1;   /* the last write failed (said once) */
};

G_DEFINE_FINAL_TYPE (PcAutosave, pc_autosave, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_HISTORY,
  PROP_FILE,
  PROP_INTERVAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  WRITE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

static gboolean
is_modified (PcAutosave *self)
{
  return self->history != NULL && pc_history_is_modified (self->history);
}

static void
remove_copy (PcAutosave *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->write_id, g_source_remove);
  if (!self->written)
    return;
  if (!pc_recovery_discard (self->key, &error))
    g_message ("Could not remove the recovery copy: %s", error->message);
  self->written = FALSE;
}

static gboolean
write_cb (gpointer user_data)
{
  PcAutosave *self = user_data;

  self->write_id = 0;
  pc_autosave_write_now (self);
  return G_SOURCE_REMOVE;
}

/* One write, “interval” seconds after the last one and a second from now
 * at the earliest. */
static void
schedule_write (PcAutosave *self)
{
  gint64 now = g_get_monotonic_time ();
  gint64 due = self->last_write + (gint64) self->interval * G_USEC_PER_SEC;
  gint64 delay = MAX (due - now, G_USEC_PER_SEC);

  if (self->write_id != 0 || self->document == NULL || !self->dirty)
    return;
  self->write_id = g_timeout_add_full (G_PRIORITY_DEFAULT, (guint) (delay / 1000),
                                       write_cb, self, NULL);
}

/* Another document or history: nothing of the old state carries over. */
static void
restart (PcAutosave *self)
{
  g_clear_handle_id (&self->write_id, g_source_remove);
  self->saved_time = file_saved_time (self->file);
  self->n_changes = 0;
  self->base_depth = self->history != NULL ? pc_history_get_undo_depth (self->history) : 0;
  self->dirty = is_modified (self);
  self->last_write = 0;
  if (self->dirty)
    schedule_write (self);
  else
    remove_copy (self);
}

static void
history_changed_cb (PcAutosave *self)
{
  self->dirty = TRUE;
  if (is_modified (self))
    schedule_write (self);
  else
    remove_copy (self);
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

/**
 * pc_autosave_write_now:
 *
 * Writes the recovery copy if the document has changes not yet in it (or
 * removes the copy when the document has no unsaved changes any more).
 * A failure is reported once by #PcAutosave::write-failed and tried again
 * after the interval.
 *
 * Returns: %TRUE if a recovery copy of the current state exists
 */
gboolean
pc_autosave_write_now (PcAutosave *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (PC_IS_AUTOSAVE (self), FALSE);

  if (self->document == NULL || !is_modified (self))
    {
      remove_copy (self);
      return FALSE;
    }
  if (!self->dirty && self->written)
    return TRUE;

  g_clear_handle_id (&self->write_id, g_source_remove);
  path = self->file ? g_file_get_path (self->file) : NULL;
  self->last_write = g_get_monotonic_time ();
  if (!pc_recovery_write (self->key, self->document, path, self->saved_time,
                          count_changes (self), &error))
    {
      if (!self->failed)
        g_signal_emit (self, signals[WRITE_FAILED], 0, error);
      self->failed = TRUE;
      schedule_write (self);
      return FALSE;
    }
  self->written = TRUE;
  self->dirty = FALSE;
  self->failed = FALSE;
  return TRUE;
}

/**
 * pc_autosave_saved:
 *
 * Tells that the document was just saved to its file: the recovery copy
 * goes, and changes are counted from here.
 */
void
pc_autosave_saved (PcAutosave *self)
{
  g_return_if_fail (PC_IS_AUTOSAVE (self));

  remove_copy (self);
  self->saved_time = g_get_real_time () / G_USEC_PER_SEC;
  self->n_changes = 0;
  self->base_depth = self->history ? pc_history_get_undo_depth (self->history) : 0;
  self->dirty = FALSE;
}

/**
 * pc_autosave_discard:
 *
 * Removes the recovery copy, for a document closed on purpose. It comes
 * back with the next change.
 */
void
pc_autosave_discard (PcAutosave *self)
{
  g_return_if_fail (PC_IS_AUTOSAVE (self));

  remove_copy (self);
}

/**
 * pc_autosave_resume:
 * @key: the recovery copy the document was restored from
 * @saved_time: when its file was last saved (Unix seconds), 0 if never
 * @n_changes: the changes the copy holds
 *
 * Carries on with a copy a previous run left, once the restored document
 * is the autosave's, so nothing is lost if Parcours stops again before the
 * next write.
 */
void
pc_autosave_resume (PcAutosave *self,
                    const char *key,
                    gint64      saved_time,
                    guint       n_changes)
{
  g_return_if_fail (PC_IS_AUTOSAVE (self));
  g_return_if_fail (key != NULL);

  g_clear_handle_id (&self->write_id, g_source_remove);
  g_free (self->key);
  self->key = g_strdup (key);
  self->saved_time = saved_time;
  self->n_changes = MAX (n_changes, 1);
  self->base_depth = 0;
  self->written = TRUE;
  self->dirty = FALSE;
  self->last_write = g_get_monotonic_time ();
}

/**
 * pc_autosave_is_pending:
 *
 * Returns: whether a write is scheduled
 */
gboolean
pc_autosave_is_pending (PcAutosave *self)
{
  g_return_val_if_fail (PC_IS_AUTOSAVE (self), FALSE);

  return self->write_id != 0;
}

/**
 * pc_autosave_get_key:
 *
 * Returns: the recovery key of the document
 */
const char *
pc_autosave_get_key (PcAutosave *self)
{
  g_return_val_if_fail (PC_IS_AUTOSAVE (self), NULL);

  return self->key;
}

/**
 * pc_autosave_get_document:
 *
 * Returns: (transfer none) (nullable): the document kept
 */
PcDocument *
pc_autosave_get_document (PcAutosave *self)
{
  g_return_val_if_fail (PC_IS_AUTOSAVE (self), NULL);

  return self->document;
}

void
pc_autosave_set_document (PcAutosave *self,
                          PcDocument *document)
{
  g_return_if_fail (PC_IS_AUTOSAVE (self));
  g_return_if_fail (document == NULL || PC_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  restart (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * pc_autosave_get_history:
 *
 * Returns: (transfer none) (nullable): the history whose steps are followed
 */
PcHistory *
pc_autosave_get_history (PcAutosave *self)
{
  g_return_val_if_fail (PC_IS_AUTOSAVE (self), NULL);

  return self->history;
}

void
pc_autosave_set_history (PcAutosave *self,
                         PcHistory  *history)
{
  g_return_if_fail (PC_IS_AUTOSAVE (self));
  g_return_if_fail (history == NULL || PC_IS_HISTORY (history));

  if (!g_set_object (&self->history, history))
    return;
  g_signal_group_set_target (self->history_signals, history);
  restart (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}

/**
 * pc_autosave_get_file:
 *
 * Returns: (transfer none) (nullable): the document's file
 */
GFile *
pc_autosave_get_file (PcAutosave *self)
{
  g_return_val_if_fail (PC_IS_AUTOSAVE (self), NULL);

  return self->file;
}

void
pc_autosave_set_file (PcAutosave *self,
                      GFile      *file)
{
  g_return_if_fail (PC_IS_AUTOSAVE (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (!g_set_object (&self->file, file))
    return;
  restart (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

guint
pc_autosave_get_interval (PcAutosave *self)
{
  g_return_val_if_fail (PC_IS_AUTOSAVE (self), DEFAULT_INTERVAL);

  return self->interval;
}

/**
 * pc_autosave_set_interval:
 * @interval: seconds between two writes, from 5 to 600
 */
void
pc_autosave_set_interval (PcAutosave *self,
                          guint       interval)
{
  g_return_if_fail (PC_IS_AUTOSAVE (self));

  interval = CLAMP (interval, MIN_INTERVAL, MAX_INTERVAL);
  if (self->interval == interval)
    return;
  self->interval = interval;
  if (self->write_id != 0)
    {
      g_clear_handle_id (&self->write_id, g_source_remove);
      schedule_write (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVAL]);
}

static void
pc_autosave_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PcAutosave *self = PC_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_INTERVAL:
      g_value_set_uint (value, self->interval);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_autosave_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PcAutosave *self = PC_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      pc_autosave_set_document (self, g_value_get_object (value));
      break;
    case PROP_HISTORY:
      pc_autosave_set_history (self, g_value_get_object (value));
      break;
    case PROP_FILE:
      pc_autosave_set_file (self, g_value_get_object (value));
      break;
    case PROP_INTERVAL:
      pc_autosave_set_interval (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_autosave_dispose (GObject *object)
{
  PcAutosave *self = PC_AUTOSAVE (object);

  g_clear_handle_id (&self->write_id, g_source_remove);
  if (self->history_signals != NULL)
    g_signal_group_set_target (self->history_signals, NULL);
  g_clear_object (&self->history_signals);
  g_clear_object (&self->history);
  g_clear_object (&self->document);
  g_clear_object (&self->file);

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

  object_class->get_property = pc_autosave_get_property;
  object_class->set_property = pc_autosave_set_property;
  object_class->dispose = pc_autosave_dispose;
  object_class->finalize = pc_autosave_finalize;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, PC_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, PC_TYPE_HISTORY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTERVAL] =
    g_param_spec_uint ("interval", NULL, NULL, MIN_INTERVAL, MAX_INTERVAL, DEFAULT_INTERVAL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PcAutosave::write-failed:
   * @error: why
   *
   * Emitted when a recovery copy could not be written, once until a write
   * works again.
   */
  signals[WRITE_FAILED] = g_signal_new ("write-failed", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
pc_autosave_init (PcAutosave *self)
{
  self->key = pc_recovery_new_key ();
  self->interval = DEFAULT_INTERVAL;
  self->history_signals = g_signal_group_new (PC_TYPE_HISTORY);
  g_signal_group_connect_object (self->history_signals, "changed",
                                 G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);
}

PcAutosave *
pc_autosave_new (void)
{
  return g_object_new (PC_TYPE_AUTOSAVE, NULL);
}
