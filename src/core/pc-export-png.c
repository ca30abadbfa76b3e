/* pc-export-png.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <glib/gi18n.h>
#include <math.h>

#include "pc-export-private.h"
#include "pc-render-private.h"

static cairo_status_t
write_to_array (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
_pc_export_png (PcLayout               *layout,
                const PcExportOptions  *options,
                GError                **error)
{
  double scale = options->scale > 0 ? options->scale : 1;
  double w = pc_layout_get_width (layout);
  double h = pc_layout_get_height (layout);
  g_autoptr(GByteArray) out = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  int pw, ph;

  if (options->fit_size > 0)
    scale = MIN (options->fit_size / w, options->fit_size / h);
  else if (scale != 1 && scale != 2 && scale != 4)
    {
      g_set_error (error, PC_EXPORT_ERROR, PC_EXPORT_ERROR_INVALID,
                   _("The scale must be 1, 2 or 4"));
      return NULL;
    }

  pw = MAX (1, (int) ceil (w * scale));
  ph = MAX (1, (int) ceil (h * scale));
  if (w * scale > PC_EXPORT_MAX_PNG_SIDE || h * scale > PC_EXPORT_MAX_PNG_SIDE)
    {
      g_set_error (error, PC_EXPORT_ERROR, PC_EXPORT_ERROR_TOO_LARGE,
                   _("The map is too large for a PNG at this scale (%.0f × %.0f pixels, "
                     "at most %d on a side); use a smaller scale, SVG or PDF"),
                   w * scale, h * scale, PC_EXPORT_MAX_PNG_SIDE);
      return NULL;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pw, ph);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PC_EXPORT_ERROR, PC_EXPORT_ERROR_TOO_LARGE,
                   _("Not enough memory for a %d × %d pixel picture"), pw, ph);
      cairo_surface_destroy (surface);
      return NULL;
    }

  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  {
    const PcColor *bg = _pc_export_background_color (options, pc_layout_get_theme (layout));

    _pc_render_layout_with_background (cr, layout,
                                       bg ? PC_RENDER_ALL : PC_RENDER_ALL & ~PC_RENDER_BACKGROUND,
                                       bg);
  }
  cairo_destroy (cr);

  out = g_byte_array_new ();
  status = cairo_surface_write_to_png_stream (surface, write_to_array, out);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PC_EXPORT_ERROR, PC_EXPORT_ERROR_FAILED,
                   _("Could not write the PNG: %s"), cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
