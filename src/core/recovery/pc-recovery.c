/* pc-recovery.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The document is written before its description, each atomically, so a
 * crash at any moment leaves either the previous pair or a newer document
 * with the previous description: never a half-written document. A document
 * without a readable description is still listed (with what the file
 * itself tells), because it may hold the only copy of someone's work. */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "pc-file.h"
#include "pc-format.h"
#include "pc-recovery.h"

#define MAX_DESCRIPTION_SIZE (64 * 1024)

static char *directory_override;

G_DEFINE_BOXED_TYPE (PcRecoveryEntry, pc_recovery_entry,
                     pc_recovery_entry_copy, pc_recovery_entry_free)

PcRecoveryEntry *
pc_recovery_entry_copy (const PcRecoveryEntry *entry)
{
  PcRecoveryEntry *copy = g_new0 (PcRecoveryEntry, 1);

  *copy = *entry;
  copy->key = g_strdup (entry->key);
  copy->title = g_strdup (entry->title);
  copy->original_path = g_strdup (entry->original_path);
  return copy;
}

void
pc_recovery_entry_free (PcRecoveryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->key);
  g_free (entry->title);
  g_free (entry->original_path);
  g_free (entry);
}

/**
 * pc_recovery_set_directory:
 * @directory: (nullable): where to keep recovery files, or %NULL for the
 *   default ($PARCOURS_RECOVERY_DIR, else $XDG_DATA_HOME/parcours/recovery)
 */
void
pc_recovery_set_directory (const char *directory)
{
  g_free (directory_override);
  directory_override = g_strdup (directory);
}

/**
 * pc_recovery_get_directory:
 *
 * Returns: (transfer full): the directory of the recovery files
 */
char *
pc_recovery_get_directory (void)
{
  const char *env = g_getenv (PC_RECOVERY_DIR_ENV);

  if (directory_override != NULL)
    return g_strdup (directory_override);
  if (env != NULL && env[0] != '\0')
    return g_strdup (env);
  return g_build_filename (g_get_user_data_dir (), "parcours", "recovery", NULL);
}

/**
 * pc_recovery_new_key:
 *
 * Returns: (transfer full): a key no other document uses
 */
char *
pc_recovery_new_key (void)
{
  return g_uuid_string_random ();
}

/* Keys become file names: letters, digits and “-” only. */
static gboolean
key_is_valid (const char *key)
{
  gsize length = key ? strlen (key) : 0;

  return length > 0 && length <= 64 &&
         strspn (key, "0123456789abcdefABCDEF-") == length;
}

static char *
path_for (const char *key,
          const char *extension)
{
  g_autofree char *directory = pc_recovery_get_directory ();
  g_autofree char *name = g_strconcat (key, extension, NULL);

  return g_build_filename (directory, name, NULL);
}

static void hold_lock (const char *key);

static char *
describe (const char *key,
          PcDocument *document,
          const char *original_path,
          gint64      saved_time,
          guint       n_changes,
          gsize      *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  const char *title = pc_document_get_title (document);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "parcours-recovery");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "key");
  json_builder_add_string_value (builder, key);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, title ? title : "");
  json_builder_set_member_name (builder, "original");
  if (original_path != NULL)
    json_builder_add_string_value (builder, original_path);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "saved");
  json_builder_add_int_value (builder, saved_time);
  json_builder_set_member_name (builder, "written");
  json_builder_add_int_value (builder, g_get_real_time () / G_USEC_PER_SEC);
  json_builder_set_member_name (builder, "changes");
  json_builder_add_int_value (builder, n_changes);
  json_builder_set_member_name (builder, "pid");
  json_builder_add_int_value (builder, getpid ());
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, length);
}

/**
 * pc_recovery_write:
 * @key: from pc_recovery_new_key()
 * @original_path: (nullable): the document's file, %NULL when untitled
 * @saved_time: when it was last saved (Unix seconds), 0 when never
 * @n_changes: how many changes are not saved
 *
 * Writes (or replaces) the recovery files of @key.
 */
gboolean
pc_recovery_write (const char  *key,
                   PcDocument  *document,
                   const char  *original_path,
                   gint64       saved_time,
                   guint        n_changes,
                   GError     **error)
{
  g_autofree char *directory = pc_recovery_get_directory ();
  g_autofree char *document_path = NULL;
  g_autofree char *description_path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;
  gsize length, description_length;

  g_return_val_if_fail (key_is_valid (key), FALSE);
  g_return_val_if_fail (PC_IS_DOCUMENT (document), FALSE);

  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), directory, g_strerror (saved_errno));
      return FALSE;
    }

  hold_lock (key);
  document_path = path_for (key, ".parcours");
  description_path = path_for (key, ".json");
  text = pc_format_save_data (document, &length);
  description = describe (key, document, original_path, saved_time, n_changes, &description_length);

  return pc_file_write_atomic (document_path, text, length, FALSE, error) &&
         pc_file_write_atomic (description_path, description, description_length, FALSE, error);
}

/* A process claims the copies of its open documents with a lock on
 * KEY.lock, held as long as it runs: the kernel drops it when the process
 * dies, however it dies. Unlike a process id, this also works between
 * sandboxes that do not see each other's processes. */
static GHashTable *held_locks;  /* key -> file descriptor + 1 */

static void
hold_lock (const char *key)
{
  g_autofree char *path = NULL;
  int fd;

  if (held_locks == NULL)
    held_locks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_contains (held_locks, key))
    return;

  path = path_for (key, ".lock");
  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    return;
  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      close (fd);
      return;
    }
  g_hash_table_insert (held_locks, g_strdup (key), GINT_TO_POINTER (fd + 1));
}

/**
 * pc_recovery_release:
 *
 * Stops claiming the copy of @key (which stays on disk): a later listing,
 * in this process or another, offers it as if this process had ended.
 */
void
pc_recovery_release (const char *key)
{
  gpointer fd;

  if (held_locks != NULL && g_hash_table_lookup_extended (held_locks, key, NULL, &fd))
    {
      close (GPOINTER_TO_INT (fd) - 1);
      g_hash_table_remove (held_locks, key);
    }
}

/* Whether a running Parcours (this one included) has @key open. */
static gboolean
is_claimed (const char *key)
{
  g_autofree char *path = NULL;
  gboolean claimed;
  int fd;

  if (held_locks != NULL && g_hash_table_contains (held_locks, key))
    return TRUE;
  path = path_for (key, ".lock");
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return FALSE;
  claimed = flock (fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  close (fd);
  return claimed;
}

static gint64
member_int (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    return json_node_get_int (node);
  return 0;
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

/* Reads the description of @key; without one, makes do with the
 * document's modification time. Returns NULL when there is no document. */
static PcRecoveryEntry *
read_entry (const char *key)
{
  g_autofree char *document_path = path_for (key, ".parcours");
  g_autofree char *description_path = path_for (key, ".json");
  g_autoptr(PcRecoveryEntry) entry = g_new0 (PcRecoveryEntry, 1);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *text = NULL;
  gsize length = 0;
  GStatBuf st;
  JsonNode *root;

  if (g_stat (document_path, &st) != 0 || !S_ISREG (st.st_mode))
    return NULL;

  entry->key = g_strdup (key);
  entry->written_time = st.st_mtime;

  if (g_stat (description_path, &st) == 0 && S_ISREG (st.st_mode) && st.st_size <= MAX_DESCRIPTION_SIZE &&
      g_file_get_contents (description_path, &text, &length, NULL) &&
      g_utf8_validate_len (text, length, NULL) &&
      json_parser_load_from_data (parser, text, length, NULL) &&
      (root = json_parser_get_root (parser)) != NULL && JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *object = json_node_get_object (root);
      const char *title = member_string (object, "title");

      entry->title = g_strdup (title ? title : "");
      entry->original_path = g_strdup (member_string (object, "original"));
      entry->saved_time = MAX (member_int (object, "saved"), 0);
      entry->written_time = member_int (object, "written") > 0 ? member_int (object, "written") : entry->written_time;
      entry->n_changes = CLAMP (member_int (object, "changes"), 0, G_MAXUINT);
      entry->pid = CLAMP (member_int (object, "pid"), 0, G_MAXINT);
    }
  else
    entry->title = g_strdup ("");

  return g_steal_pointer (&entry);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const PcRecoveryEntry *x = *(PcRecoveryEntry **) a;
  const PcRecoveryEntry *y = *(PcRecoveryEntry **) b;

  if (x->written_time != y->written_time)
    return x->written_time < y->written_time ? 1 : -1;
  return strcmp (x->key, y->key);
}

/**
 * pc_recovery_list:
 * @include_live: whether to list documents still open in a running
 *   Parcours (this one included), which hold a lock on them
 *
 * Returns: (transfer full) (element-type PcRecoveryEntry): the recoverable
 *   documents, newest first
 */
GPtrArray *
pc_recovery_list (gboolean include_live)
{
  g_autofree char *directory = pc_recovery_get_directory ();
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) pc_recovery_entry_free);
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;

  if (dir == NULL)
    return entries;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *key = NULL;
      PcRecoveryEntry *entry;

      if (!g_str_has_suffix (name, ".parcours"))
        continue;
      key = g_strndup (name, strlen (name) - strlen (".parcours"));
      if (!key_is_valid (key) || (entry = read_entry (key)) == NULL)
        continue;
      if (!include_live && is_claimed (key))
        {
          pc_recovery_entry_free (entry);
          continue;
        }
      g_ptr_array_add (entries, entry);
    }

  g_ptr_array_sort (entries, compare_newest_first);
  return entries;
}

gboolean
pc_recovery_exists (const char *key)
{
  g_autofree char *document_path = NULL;

  if (!key_is_valid (key))
    return FALSE;
  document_path = path_for (key, ".parcours");
  return g_file_test (document_path, G_FILE_TEST_IS_REGULAR);
}

/**
 * pc_recovery_restore:
 * @entry: (out) (optional) (transfer full): what is known of the document
 *
 * Reads the recovered document. The recovery files stay until
 * pc_recovery_discard(), so that nothing is lost if the restored window
 * crashes too.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 */
PcDocument *
pc_recovery_restore (const char       *key,
                     PcRecoveryEntry **entry,
                     GError          **error)
{
  g_autofree char *document_path = NULL;
  g_autoptr(PcDocument) document = NULL;

  if (!key_is_valid (key))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a recovery key"), key ? key : "");
      return NULL;
    }

  document_path = path_for (key, ".parcours");
  document = pc_file_load (document_path, error);
  if (document == NULL)
    return NULL;
  /* whoever restores it now has it open */
  hold_lock (key);

  if (entry != NULL)
    *entry = read_entry (key);
  return g_steal_pointer (&document);
}

/**
 * pc_recovery_discard:
 *
 * Removes the recovery files of @key; removing files that do not exist is
 * not an error.
 */
gboolean
pc_recovery_discard (const char  *key,
                     GError     **error)
{
  /* the document first: a description alone is never listed */
  const char *extensions[] = { ".parcours", ".json", ".lock" };

  g_return_val_if_fail (key_is_valid (key), FALSE);

  pc_recovery_release (key);

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      g_autofree char *path = path_for (key, extensions[i]);

      if (g_unlink (path) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Could not remove “%s”: %s"), path, g_strerror (saved_errno));
          return FALSE;
        }
    }
  return TRUE;
}
