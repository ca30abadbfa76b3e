/* pc-file.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Documents on disk. Saving never damages the previous file: the new text
 * goes to a temporary file beside it, is flushed to disk, and only then
 * renamed over the old one (rename is atomic on POSIX file systems). The
 * previous version is kept as "NAME~". Any failure on the way removes the
 * temporary file and leaves the old file exactly as it was. */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "pc-file.h"
#include "pc-format.h"

/**
 * pc_file_load:
 * Returns: (transfer full) (nullable): the document at @path
 */
PcDocument *
pc_file_load (const char  *path,
              GError     **error)
{
  g_autofree char *contents = NULL;
  GStatBuf st;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  /* A device or a pipe (/dev/zero, a FIFO) reports no size and never
   * ends: reading it would eat all memory. */
  if (g_stat (path, &st) == 0 && !S_ISREG (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("“%s” is not a regular file"), path);
      return NULL;
    }

  /* Refuse huge files before reading them into memory. */
  if (g_stat (path, &st) == 0 && st.st_size > PC_FORMAT_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (st.st_size);

      g_set_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_TOO_LARGE,
                   _("The file is too large (%s); Parcours opens documents of up to %d MB"),
                   size, PC_FORMAT_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  return pc_format_load_data (contents, length, error);
}

char *
pc_file_backup_path (const char *path)
{
  return g_strconcat (path, "~", NULL);
}

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *what,
                 const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               "%s “%s”: %s", what, display, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      data += written;
      length -= written;
    }
  return TRUE;
}

/* Keeps the old file as NAME~: a hard link costs nothing and never fails
 * half-way; where links are not allowed, a copy. */
static void
keep_backup_of (const char *path)
{
  g_autofree char *backup = pc_file_backup_path (path);
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return;

  g_unlink (backup);
  if (link (path, backup) == 0)
    return;
  if (g_file_get_contents (path, &contents, &length, NULL))
    g_file_set_contents (backup, contents, length, NULL);
}

/**
 * pc_file_write_atomic:
 * Writes @data to @path so that @path holds either its old contents or all
 * of the new ones, whatever happens (crash, full disk, lost permission).
 */
gboolean
pc_file_write_atomic (const char  *path,
                      const char  *data,
                      gsize        length,
                      gboolean     keep_backup,
                      GError     **error)
{
  g_autofree char *tmp_path = NULL;
  g_autofree char *resolved = NULL;
  GStatBuf st;
  int fd, saved_errno;

  g_return_val_if_fail (path != NULL, FALSE);

  /* Replace what a symbolic link points to, not the link itself. */
  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      resolved = realpath (path, NULL);
      if (resolved != NULL)
        path = resolved;
    }

  tmp_path = g_strdup_printf ("%s.XXXXXX", path);
  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666 & ~0022);
  if (fd < 0)
    return set_errno_error (error, errno, _("Could not create a file beside"), path);

  /* Keep the permissions the file had. */
  if (g_stat (path, &st) == 0)
    fchmod (fd, st.st_mode & 07777);

  if (!write_all (fd, data, length) || fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_unlink (tmp_path);
      return set_errno_error (error, saved_errno, _("Could not write"), path);
    }

  if (close (fd) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp_path);
      return set_errno_error (error, saved_errno, _("Could not write"), path);
    }

  if (keep_backup)
    keep_backup_of (path);

  if (g_rename (tmp_path, path) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp_path);
      return set_errno_error (error, saved_errno, _("Could not replace"), path);
    }
  return TRUE;
}

gboolean
pc_file_save (PcDocument  *document,
              const char  *path,
              GError     **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (PC_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  data = pc_format_save_data (document, &length);
  return pc_file_write_atomic (path, data, length, TRUE, error);
}
