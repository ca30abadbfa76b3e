/* test-file.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pc-file.h"
#include "pc-format.h"
#include "pc-test-util.h"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("parcours-file-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
test_save_and_backup (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "map.parcours", NULL);
  g_autofree char *backup = pc_file_backup_path (path);
  g_autoptr(PcDocument) document = pc_test_make_document (10);
  g_autoptr(PcDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *backup_text = NULL;

  g_assert_true (pc_file_save (document, path, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (path, &first, NULL, NULL));

  pc_document_set_title (document, "Second version");
  g_assert_true (pc_file_save (document, path, &error));
  g_assert_true (g_file_get_contents (backup, &backup_text, NULL, NULL));
  g_assert_cmpstr (backup_text, ==, first);

  loaded = pc_file_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pc_document_get_title (loaded), ==, "Second version");
  /* the file, its backup, and no temporary file left behind */
  g_assert_cmpuint (count_entries (dir), ==, 2);
  remove_dir (dir);
}

/* The write fails half-way (as on a full disk): the child process limits
 * its file size, so the kernel refuses the write even for root. */
static void
test_failed_write_keeps_old_file (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "map.parcours", NULL);
  g_autoptr(PcDocument) small = pc_test_make_document (2);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  pid_t pid;

  g_assert_true (pc_file_save (small, path, &error));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autoptr(PcDocument) big = pc_test_make_document (2000);
      struct rlimit limit = { 16 * 1024, 16 * 1024 };
      GError *child_error = NULL;
      gboolean saved;

      signal (SIGXFSZ, SIG_IGN);
      setrlimit (RLIMIT_FSIZE, &limit);
      saved = pc_file_save (big, path, &child_error);
      /* 3: refused as it should be, with an error that names the file */
      _exit (!saved && child_error != NULL && strstr (child_error->message, "map.parcours") ? 3 : 4);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 3);

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  /* only the file: no backup was needed, the temporary file is gone */
  g_assert_cmpuint (count_entries (dir), ==, 1);
  remove_dir (dir);
}

static void
test_save_into_missing_folder (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (2);
  g_autoptr(GError) error = NULL;

  g_assert_false (pc_file_save (document, "/nonexistent-parcours-dir/map.parcours", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "map.parcours"));
}

static void
test_keeps_permissions (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "map.parcours", NULL);
  g_autoptr(PcDocument) document = pc_test_make_document (2);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_chmod (path, 0600);
  g_assert_true (pc_file_save (document, path, &error));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  remove_dir (dir);
}

static void
test_symlink_target_replaced (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *target = g_build_filename (dir, "real.parcours", NULL);
  g_autofree char *link_path = g_build_filename (dir, "link.parcours", NULL);
  g_autoptr(PcDocument) document = pc_test_make_document (2);
  g_autoptr(PcDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (pc_file_save (document, target, &error));
  g_assert_cmpint (symlink ("real.parcours", link_path), ==, 0);
  pc_document_set_title (document, "Through the link");
  g_assert_true (pc_file_save (document, link_path, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
  loaded = pc_file_load (target, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pc_document_get_title (loaded), ==, "Through the link");
  remove_dir (dir);
}

static void
test_load_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) document = pc_file_load ("/nonexistent/map.parcours", &error);

  g_assert_null (document);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/file/save-and-backup", test_save_and_backup);
  g_test_add_func ("/file/failed-write-keeps-old-file", test_failed_write_keeps_old_file);
  g_test_add_func ("/file/save-into-missing-folder", test_save_into_missing_folder);
  g_test_add_func ("/file/keeps-permissions", test_keeps_permissions);
  g_test_add_func ("/file/symlink-target-replaced", test_symlink_target_replaced);
  g_test_add_func ("/file/load-missing-file", test_load_missing_file);

  return g_test_run ();
}
