/* pc-export.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pc-csv.h"
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
}

gboolean
pc_export_format_from_path (const char     *path,
                            PcExportFormat *format)
{
  static const struct { const char *ext; PcExportFormat format; } exts[] = {
    { ".png", PC_EXPORT_PNG },
    { ".svg", PC_EXPORT_SVG },
    { ".pdf", PC_EXPORT_PDF },
    { ".csv", PC_EXPORT_CSV },
  };
  g_autofree char *lower = NULL;

  g_return_val_if_fail (format != NULL, FALSE);

  if (path == NULL)
    return FALSE;
  lower = g_ascii_strdown (path, -1);
  for (guint i = 0; i < G_N_ELEMENTS (exts); i++)
    if (g_str_has_suffix (lower, exts[i].ext))
      {
        *format = exts[i].format;
        return TRUE;
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

GBytes *
pc_export_to_bytes (PcDocument             *document,
                    PcMap                  *map,
                    const PcExportOptions  *options,
                    GError                **error)
{
  g_autoptr(PcLayout) layout = NULL;
  PcLayoutOptions lopts = { 0 };

  g_return_val_if_fail (PC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PC_IS_MAP (map), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options->format == PC_EXPORT_CSV)
    {
      gsize length = 0;
      char *data = pc_csv_export (document, map, options->separator ? options->separator : ',',
                                  &length);

      return g_bytes_new_take (data, length);
    }

  if (options->lane_id && pc_map_find_lane (map, options->lane_id) == NULL)
    {
      g_set_error (error, PC_EXPORT_ERROR, PC_EXPORT_ERROR_INVALID,
                   _("The map has no lane “%s”"), options->lane_id);
      return NULL;
    }

  lopts.zoom = 1.0;
  lopts.lane_id = options->lane_id;
  lopts.theme = pc_theme_get (options->background == PC_EXPORT_BACKGROUND_DARK
                              ? PC_THEME_DARK : PC_THEME_LIGHT);
  layout = pc_layout_new (document, map, &lopts);

  switch (options->format)
    {
    case PC_EXPORT_PNG:
      return _pc_export_png (layout, options, error);
    case PC_EXPORT_PDF:
      return _pc_export_pdf (layout, options, error);
    case PC_EXPORT_SVG:
      return _pc_export_svg (layout, options, error);
    case PC_EXPORT_CSV:
    default:
      g_set_error (error, PC_EXPORT_ERROR, PC_EXPORT_ERROR_INVALID,
                   _("Unknown export format"));
      return NULL;
    }
}

gboolean
pc_export_to_file (PcDocument             *document,
                   PcMap                  *map,
                   const PcExportOptions  *options,
                   const char             *path,
                   GError                **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (path != NULL, FALSE);

  bytes = pc_export_to_bytes (document, map, options, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &size);
  return pc_file_write_atomic (path, data ? data : "", size, FALSE, error);
}
