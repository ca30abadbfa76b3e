/* test-recovery.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pc-format.h"
#include "pc-recovery.h"
#include "pc-test-util.h"

typedef struct
{
  char *directory;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->directory = g_dir_make_tmp ("parcours-recovery-XXXXXX", NULL);
  g_assert_nonnull (fixture->directory);
  /* a folder that does not exist yet: writing creates it */
  pc_recovery_set_directory (fixture->directory);
  g_assert_cmpint (g_rmdir (fixture->directory), ==, 0);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_assert_cmpint (g_unlink (child), ==, 0);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->directory);
  pc_recovery_set_directory (NULL);
  g_free (fixture->directory);
}

static guint
count_files (const char *directory)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  guint n = 0;

  if (dir == NULL)
    return 0;
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_directory (void)
{
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "parcours", "recovery", NULL);
  g_autofree char *by_default = NULL;
  g_autofree char *from_env = NULL;
  g_autofree char *from_setter = NULL;

  g_unsetenv (PC_RECOVERY_DIR_ENV);
  by_default = pc_recovery_get_directory ();
  g_assert_cmpstr (by_default, ==, expected);

  g_setenv (PC_RECOVERY_DIR_ENV, "/tmp/elsewhere", TRUE);
  from_env = pc_recovery_get_directory ();
  g_assert_cmpstr (from_env, ==, "/tmp/elsewhere");

  pc_recovery_set_directory ("/tmp/set");
  from_setter = pc_recovery_get_directory ();
  g_assert_cmpstr (from_setter, ==, "/tmp/set");
  pc_recovery_set_directory (NULL);
  g_unsetenv (PC_RECOVERY_DIR_ENV);
}

/* A written document comes back as it was, with what the dialog shows. */
static void
test_write_list_restore (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(PcDocument) document = pc_test_make_document (12);
  g_autofree char *key = pc_recovery_new_key ();
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(PcDocument) restored = NULL;
  g_autoptr(PcRecoveryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const PcRecoveryEntry *listed;

  pc_document_set_title (document, "Atelier « lundi »");
  g_assert_true (pc_recovery_write (key, document, "/home/ana/atelier.parcours", 1700000000, 7, &error));
  g_assert_no_error (error);
  g_assert_true (pc_recovery_exists (key));

  entries = pc_recovery_list (TRUE);
  g_assert_cmpuint (entries->len, ==, 1);
  listed = entries->pdata[0];
  g_assert_cmpstr (listed->key, ==, key);
  g_assert_cmpstr (listed->title, ==, "Atelier « lundi »");
  g_assert_cmpstr (listed->original_path, ==, "/home/ana/atelier.parcours");
  g_assert_cmpint (listed->saved_time, ==, 1700000000);
  g_assert_cmpint (listed->written_time, >=, now);
  g_assert_cmpint (listed->written_time, <=, now + 5);
  g_assert_cmpuint (listed->n_changes, ==, 7);
  g_assert_cmpint (listed->pid, ==, getpid ());

  /* this process is alive: its own documents are not offered... */
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = pc_recovery_list (FALSE);
  g_assert_cmpuint (entries->len, ==, 0);
  /* ...until it lets go of them */
  pc_recovery_release (key);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = pc_recovery_list (FALSE);
  g_assert_cmpuint (entries->len, ==, 1);
  /* restoring claims it again */

  restored = pc_recovery_restore (key, &entry, &error);
  g_assert_no_error (error);
  before = pc_format_save_data (document, NULL);
  after = pc_format_save_data (restored, NULL);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpstr (entry->original_path, ==, "/home/ana/atelier.parcours");
  g_assert_cmpuint (entry->n_changes, ==, 7);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = pc_recovery_list (FALSE);
  g_assert_cmpuint (entries->len, ==, 0);
  /* restoring keeps the files until they are discarded */
  g_assert_true (pc_recovery_exists (key));

  g_assert_true (pc_recovery_discard (key, &error));
  g_assert_no_error (error);
  g_assert_false (pc_recovery_exists (key));
  g_assert_cmpuint (count_files (fixture->directory), ==, 0);
  /* discarding twice is fine */
  g_assert_true (pc_recovery_discard (key, &error));
}

/* Writing again replaces the files; untitled documents have no path. */
static void
test_rewrite_and_untitled (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(PcDocument) document = pc_test_make_document (3);
  g_autoptr(PcDocument) untitled = pc_test_make_document (1);
  g_autofree char *key = pc_recovery_new_key ();
  g_autofree char *other = pc_recovery_new_key ();
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(PcRecoveryEntry) entry = NULL;
  g_autoptr(PcDocument) restored = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (key, !=, other);
  g_assert_true (pc_recovery_write (key, document, "/tmp/a.parcours", 1, 1, &error));
  pc_document_set_title (document, "Second");
  g_assert_true (pc_recovery_write (key, document, "/tmp/a.parcours", 1, 2, &error));
  g_assert_true (pc_recovery_write (other, untitled, NULL, 0, 5, &error));
  g_assert_no_error (error);
  /* a document, its description and its lock each */
  g_assert_cmpuint (count_files (fixture->directory), ==, 6);

  entries = pc_recovery_list (TRUE);
  g_assert_cmpuint (entries->len, ==, 2);
  for (guint i = 0; i < entries->len; i++)
    {
      const PcRecoveryEntry *e = entries->pdata[i];

      if (g_str_equal (e->key, key))
        {
          g_assert_cmpstr (e->title, ==, "Second");
          g_assert_cmpuint (e->n_changes, ==, 2);
        }
      else
        {
          g_assert_cmpstr (e->key, ==, other);
          g_assert_null (e->original_path);
          g_assert_cmpint (e->saved_time, ==, 0);
        }
    }

  restored = pc_recovery_restore (other, &entry, &error);
  g_assert_no_error (error);
  g_assert_null (entry->original_path);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_document_get_maps (restored))), >, 0);
}

/* The documents of a process that died (and so dropped its locks) are
 * offered; a lost description still leaves the document recoverable. */
static void
test_dead_process_and_lost_description (Fixture       *fixture,
                                        gconstpointer  data)
{
  g_autoptr(PcDocument) document = pc_test_make_document (2);
  g_autofree char *key = pc_recovery_new_key ();
  g_autofree char *description = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  const PcRecoveryEntry *entry;
  int status;
  pid_t child;

  /* written by a child that then ends, as if it had crashed */
  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    _exit (pc_recovery_write (key, document, "/tmp/x.parcours", 0, 3, NULL) ? 0 : 1);
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);

  entries = pc_recovery_list (FALSE);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = entries->pdata[0];
  g_assert_cmpint (entry->pid, ==, child);
  g_assert_cmpuint (entry->n_changes, ==, 3);
  g_clear_pointer (&entries, g_ptr_array_unref);

  description = g_strconcat (fixture->directory, "/", key, ".json", NULL);
  g_assert_true (g_file_set_contents (description, "{ broken", -1, &error));
  entries = pc_recovery_list (FALSE);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = entries->pdata[0];
  g_assert_cmpstr (entry->key, ==, key);
  g_assert_null (entry->original_path);
  g_assert_cmpint (entry->written_time, >, 0);
}

/* Stray files in the folder are neither listed nor touched. */
static void
test_stray_files (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) none = NULL;
  const char *names[] = { "notes.txt", "../escape.parcours", "ZZZ not a key.parcours", "abc.json" };

  g_assert_cmpint (g_mkdir_with_parents (fixture->directory, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *base = g_path_get_basename (names[i]);
      g_autofree char *path = g_build_filename (fixture->directory, base, NULL);

      g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
    }
  entries = pc_recovery_list (TRUE);
  g_assert_cmpuint (entries->len, ==, 0);
  g_assert_cmpuint (count_files (fixture->directory), ==, 4);

  none = pc_recovery_restore ("../../etc/passwd", NULL, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

/* A folder that cannot be created gives an error, not a crash. */
static void
test_unwritable (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (1);
  g_autofree char *key = pc_recovery_new_key ();
  g_autoptr(GError) error = NULL;

  pc_recovery_set_directory ("/proc/parcours-cannot-be-here");
  g_assert_false (pc_recovery_write (key, document, NULL, 0, 1, &error));
  g_assert_nonnull (error);
  pc_recovery_set_directory (NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recovery/directory", test_directory);
  g_test_add ("/recovery/write-list-restore", Fixture, NULL,
              fixture_set_up, test_write_list_restore, fixture_tear_down);
  g_test_add ("/recovery/rewrite-and-untitled", Fixture, NULL,
              fixture_set_up, test_rewrite_and_untitled, fixture_tear_down);
  g_test_add ("/recovery/dead-process-and-lost-description", Fixture, NULL,
              fixture_set_up, test_dead_process_and_lost_description, fixture_tear_down);
  g_test_add ("/recovery/stray-files", Fixture, NULL,
              fixture_set_up, test_stray_files, fixture_tear_down);
  g_test_add_func ("/recovery/unwritable", test_unwritable);

  return g_test_run ();
}
