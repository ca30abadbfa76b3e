/* pc-export.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pc-csv.h"
#include "pc-mermaid.h"
#include "pc-export-private.h"
#include "pc-file.h"

G_DEFINE_QUARK (pc-export-error-quark, pc_export_error)

static const PcColor white = { 1, 1, 1, 1 };

void
pc_export_options_init (PcExportOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->format = PC_EXPORT_PNG;
  options->scale = 1;
  options->background = PC_EXPORT_BACKGROUND_WHITE;
  options->page_size = PC_EXPORT_PAGE_MAP;
  options->separator = ',';
  options->legend = TRUE;
}

static const PcExportFormatInfo formats[] = {
  { PC_EXPORT_PNG, "png", "png", "image/png", N_("PNG image"),
    PC_EXPORT_USES_SCALE | PC_EXPORT_USES_BACKGROUND | PC_EXPORT_USES_LANE
    | PC_EXPORT_USES_LEGEND },
  { PC_EXPORT_SVG, "svg", "svg", "image/svg+xml", N_("SVG drawing"),
    PC_EXPORT_USES_BACKGROUND | PC_EXPORT_USES_LANE | PC_EXPORT_USES_LEGEND },
  { PC_EXPORT_PDF, "pdf", "pdf", "application/pdf", N_("PDF document"),
    PC_EXPORT_USES_BACKGROUND | PC_EXPORT_USES_LANE | PC_EXPORT_USES_PAGE_SIZE
    | PC_EXPORT_USES_LEGEND },
  { PC_EXPORT_CSV, "csv", "csv", "text/csv", N_("CSV spreadsheet"),
    PC_EXPORT_USES_SEPARATOR },
  /* Mermaid has no registered MIME type: it is text. */
  { PC_EXPORT_MERMAID, "mermaid", "mmd", "text/plain", N_("Mermaid journey"), 0 },
};

/**
 * pc_export_get_formats:
 * @n_formats: (out): how many there are
 *
 * Returns: (array length=n_formats): every exporter, in the order to offer
 *   them
 */
const PcExportFormatInfo *
pc_export_get_formats (guint *n_formats)
{
  g_return_val_if_fail (n_formats != NULL, NULL);

  *n_formats = G_N_ELEMENTS (formats);
  return formats;
}

/**
 * pc_export_format_get_info:
 *
 * Returns: (nullable): the exporter of @format
 */
const PcExportFormatInfo *
pc_export_format_get_info (PcExportFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].format == format)
      return &formats[i];
  g_return_val_if_reached (NULL);
}

/**
 * pc_export_format_from_name:
 * @name: (nullable): a format's name, such as "svg"
 *
 * Returns: (nullable): the exporter of that name
 */
const PcExportFormatInfo *
pc_export_format_from_name (const char *name)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (formats[i].name, name) == 0)
      return &formats[i];
  return NULL;
}

/**
 * pc_export_format_info_get_label:
 *
 * Returns: (nullable): the format's name for people, translated; %NULL
 *   for a format the app does not offer to choose
 */
const char *
pc_export_format_info_get_label (const PcExportFormatInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);

  return info->label != NULL ? _(info->label) : NULL;
}

gboolean
pc_export_format_from_path (const char     *path,
                            PcExportFormat *format)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (format != NULL, FALSE);

  if (path == NULL)
    return FALSE;
  lower = g_ascii_strdown (path, -1);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *suffix = g_strconcat (".", formats[i].extension, NULL);

      if (g_str_has_suffix (lower, suffix))
        {
          *format = formats[i].format;
          return TRUE;
        }
    }
  return FALSE;
}

static const char *backgrounds[] = { "white", "transparent", "dark" };
static const char *page_sizes[] = { "map", "a4", "a3" };

gboolean
pc_export_background_from_string (const char         *str,
                                  PcExportBackground *background)
{
  for (guint i = 0; str && i < G_N_ELEMENTS (backgrounds); i++)
    if (g_ascii_strcasecmp (str, backgrounds[i]) == 0)
      {
        *background = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
pc_export_page_size_from_string (const char       *str,
                                 PcExportPageSize *page_size)
{
  for (guint i = 0; str && i < G_N_ELEMENTS (page_sizes); i++)
    if (g_ascii_strcasecmp (str, page_sizes[i]) == 0)
      {
        *page_size = i;
        return TRUE;
      }
  return FALSE;
}

const char *
pc_export_page_size_to_string (PcExportPageSize page_size)
{
  return (guint) page_size < G_N_ELEMENTS (page_sizes) ? page_sizes[page_size] : NULL;
}

const char *
pc_export_background_to_string (PcExportBackground background)
{
  return (guint) background < G_N_ELEMENTS (backgrounds) ? backgrounds[background] : NULL;
}

const PcColor *
_pc_export_background_color (const PcExportOptions *options,
                             const PcTheme         *theme)
{
  switch (options->background)
    {
    case PC_EXPORT_BACKGROUND_TRANSPARENT:
      return NULL;
    case PC_EXPORT_BACKGROUND_DARK:
      return &theme->background;
    case PC_EXPORT_BACKGROUND_WHITE:
    default:
      return &white;
    }
}

/* Bytes waiting for a file are written once there are this many. */
#define SINK_CHUNK (256 * 1024)

gboolean
_pc_export_sink_flush (PcExportSink *sink)
{
  const guint8 *data = sink->data->data;
  gsize length = sink->data->len;

  if (sink->fd < 0 || sink->error)
    return sink->error == 0;
  if (g_cancellable_is_cancelled (sink->cancellable))
    {
      sink->error = ECANCELED;
      return FALSE;
    }
  while (length > 0)
    {
      gssize written = write (sink->fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          sink->error = errno;
          return FALSE;
        }
      data += written;
      length -= written;
    }
  g_byte_array_set_size (sink->data, 0);
  return TRUE;
}

gboolean
_pc_export_sink_write (PcExportSink *sink,
                       const void   *data,
                       gsize         length)
{
  if (sink->error)
    return FALSE;
  if (length > G_MAXUINT - sink->data->len)
    {
      sink->error = ENOMEM;
      return FALSE;
    }
  g_byte_array_append (sink->data, data, length);
  if (sink->fd >= 0 && sink->data->len >= SINK_CHUNK)
    return _pc_export_sink_flush (sink);
  return TRUE;
}

static PcLayout *
export_layout (PcDocument             *document,
               PcMap                  *map,
               const PcExportOptions  *options,
               GError                **error)
{
  PcLayoutOptions lopts = { 0 };
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *date = NULL;

  if (options->lane_id && pc_map_find_lane (map, options->lane_id) == NULL)
    {
      g_set_error (error, PC_EXPORT_ERROR, PC_EXPORT_ERROR_INVALID,
                   _("The map has no lane “%s”"), options->lane_id);
      return NULL;
    }

  lopts.zoom = 1.0;
  lopts.lane_id = options->lane_id;
  lopts.legend = options->legend;
  lopts.min_evidence = options->min_evidence;
  if (options->legend)
    {
      GDateTime *when = options->date;

      if (when == NULL)
        when = now = g_date_time_new_now_local ();
      /* Translators: the date in an export's title block, as
       * g_date_time_format() takes it: "3 December 2026". */
      date = g_date_time_format (when, _("%-d %B %Y"));
      lopts.date = date;
    }
  lopts.theme = pc_theme_get (options->background == PC_EXPORT_BACKGROUND_DARK
                              ? PC_THEME_DARK : PC_THEME_LIGHT);
  return pc_layout_new (document, map, &lopts);
}

static gboolean
export_to_sink (PcLayout               *layout,
                const PcExportOptions  *options,
                PcExportSink           *sink,
                GError                **error)
{
  switch (options->format)
    {
    case PC_EXPORT_PNG:
      return _pc_export_png (layout, options, sink, error);
    case PC_EXPORT_PDF:
      return _pc_export_pdf (layout, options, sink, error);
    case PC_EXPORT_SVG:
      return _pc_export_svg (layout, options, sink, error);
    case PC_EXPORT_CSV:
    case PC_EXPORT_MERMAID:
    default:
      g_set_error (error, PC_EXPORT_ERROR, PC_EXPORT_ERROR_INVALID,
                   _("Unknown export format"));
      return FALSE;
    }
}

GBytes *
pc_export_to_bytes (PcDocument             *document,
                    PcMap                  *map,
                    const PcExportOptions  *options,
                    GError                **error)
{
  g_autoptr(PcLayout) layout = NULL;
  g_autoptr(GByteArray) data = NULL;
  PcExportSink sink = { NULL, -1, 0, NULL };

  g_return_val_if_fail (PC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PC_IS_MAP (map), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options->format == PC_EXPORT_CSV)
    {
      gsize length = 0;
      char *csv = pc_csv_export (document, map, options->separator ? options->separator : ',',
                                 &length);

      return g_bytes_new_take (csv, length);
    }
  if (options->format == PC_EXPORT_MERMAID)
    {
      gsize length = 0;
      char *text = pc_mermaid_export (document, map, &length);

      return g_bytes_new_take (text, length);
    }

  layout = export_layout (document, map, options, error);
  if (layout == NULL)
    return NULL;
  data = g_byte_array_new ();
  sink.data = data;
  if (!export_to_sink (layout, options, &sink, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
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

/* Pictures go to the file as they are made, into a temporary file beside
 * it that replaces it only once complete (as pc_file_write_atomic() does
 * for bytes already in memory): the old file, if any, stays intact when
 * anything fails. */
gboolean
pc_export_to_file (PcDocument             *document,
                   PcMap                  *map,
                   const PcExportOptions  *options,
                   const char             *path,
                   GError                **error)
{
  return pc_export_to_file_full (document, map, options, path, NULL, error);
}

gboolean
pc_export_to_file_full (PcDocument             *document,
                        PcMap                  *map,
                        const PcExportOptions  *options,
                        const char             *path,
                        GCancellable           *cancellable,
                        GError                **error)
{
  g_autoptr(PcLayout) layout = NULL;
  g_autoptr(GByteArray) data = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *resolved = NULL;
  g_autoptr(GError) local_error = NULL;
  PcExportSink sink = { NULL, -1, 0, cancellable };
  GStatBuf st;
  gboolean ok;

  g_return_val_if_fail (PC_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (PC_IS_MAP (map), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (options->format == PC_EXPORT_CSV || options->format == PC_EXPORT_MERMAID)
    {
      g_autoptr(GBytes) bytes = pc_export_to_bytes (document, map, options, error);
      gsize size;
      const char *text;

      if (bytes == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      text = g_bytes_get_data (bytes, &size);
      return pc_file_write_atomic (path, text ? text : "", size, FALSE, error);
    }

  layout = export_layout (document, map, options, error);
  if (layout == NULL)
    return FALSE;

  /* Replace what a symbolic link points to, not the link itself. */
  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      resolved = realpath (path, NULL);
      if (resolved != NULL)
        path = resolved;
    }
  tmp_path = g_strdup_printf ("%s.XXXXXX", path);
  sink.fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666 & ~0022);
  if (sink.fd < 0)
    return set_errno_error (error, errno, _("Could not create a file beside"), path);
  /* Keep the permissions the file had. */
  if (g_stat (path, &st) == 0)
    fchmod (sink.fd, st.st_mode & 07777);

  data = g_byte_array_sized_new (SINK_CHUNK + 64 * 1024);
  sink.data = data;
  ok = export_to_sink (layout, options, &sink, &local_error);
  if (ok && (!_pc_export_sink_flush (&sink) || fsync (sink.fd) != 0))
    {
      ok = set_errno_error (&local_error, sink.error ? sink.error : errno,
                            _("Could not write"), path);
    }
  if (close (sink.fd) != 0 && ok)
    ok = set_errno_error (&local_error, errno, _("Could not write"), path);
  /* Cancelled, whatever else went wrong since: the file stays as it was. */
  if (g_cancellable_is_cancelled (cancellable))
    {
      g_clear_error (&local_error);
      g_cancellable_set_error_if_cancelled (cancellable, &local_error);
      ok = FALSE;
    }
  if (ok && g_rename (tmp_path, path) != 0)
    ok = set_errno_error (&local_error, errno, _("Could not replace"), path);
  if (!ok)
    {
      g_unlink (tmp_path);
      g_propagate_error (error, g_steal_pointer (&local_error));
    }
  return ok;
}
