/* pc-export-png.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <glib/gi18n.h>
#include <gio/gio.h>
#include <math.h>
#include <string.h>

#include "pc-export-private.h"
#include "pc-render-private.h"

/* PNG encoding with zlib through GIO. cairo's own writer spends most of an
 * export compressing with libpng's slowest settings; a "Sub" filter and a
 * middle zlib level give files of about the same size much faster. */
#define ZLIB_LEVEL 5

static guint32 crc_table[256];

static void
init_crc_table (void)
{
  for (guint32 n = 0; n < 256; n++)
    {
      guint32 c = n;

      for (int k = 0; k < 8; k++)
        c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
      crc_table[n] = c;
    }
}

static guint32
crc_update (guint32       crc,
            const guchar *data,
            gsize         len)
{
  for (gsize i = 0; i < len; i++)
    crc = crc_table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);
  return crc;
}

static void
put_u32 (PcExportSink *out,
         guint32       v)
{
  guchar b[4] = { v >> 24, v >> 16, v >> 8, v };

  _pc_export_sink_write (out, b, 4);
}

static void
put_chunk (PcExportSink *out,
           const char   *type,
           const guchar *data,
           gsize         len)
{
  guint32 crc = 0xffffffffu;

  put_u32 (out, len);
  _pc_export_sink_write (out, (const guchar *) type, 4);
  if (len)
    _pc_export_sink_write (out, data, len);
  crc = crc_update (crc, (const guchar *) type, 4);
  crc = crc_update (crc, data, len);
  put_u32 (out, crc ^ 0xffffffffu);
}

/* Compresses @len bytes (or finishes the stream when @data is NULL) and
 * writes what zlib gives back as IDAT chunks. */
static gboolean
deflate_rows (GConverter    *zlib,
              const guchar  *data,
              gsize          len,
              PcExportSink  *out,
              guchar        *buffer,
              gsize          buffer_size,
              GError       **error)
{
  GConverterFlags flags = data ? G_CONVERTER_NO_FLAGS : G_CONVERTER_INPUT_AT_END;

  for (;;)
    {
      gsize read = 0, written = 0;
      GConverterResult result;

      result = g_converter_convert (zlib, data, len, buffer, buffer_size, flags,
                                    &read, &written, error);
      if (result == G_CONVERTER_ERROR)
        return FALSE;
      if (written)
        put_chunk (out, "IDAT", buffer, written);
      if (data)
        {
          data += read;
          len -= read;
        }
      if (result == G_CONVERTER_FINISHED || (data && len == 0))
        return TRUE;
    }
}

static gboolean
encode_png (cairo_surface_t  *surface,
            double            scale,
            gboolean          alpha,
            PcExportSink     *out,
            GError          **error)
{
  static gsize crc_ready = 0;
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *pixels;
  guint channels = alpha ? 4 : 3;
  gsize row_len = 1 + (gsize) width * channels;
  g_autofree guchar *row = g_malloc (row_len);
  g_autofree guchar *buffer = g_malloc (256 * 1024);
  g_autoptr(GZlibCompressor) zlib = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB, ZLIB_LEVEL);
  guchar header[13];
  guchar phys[9];
  guint32 ppm = (guint32) (96.0 / 0.0254 * scale + 0.5);

  if (g_once_init_enter (&crc_ready))
    {
      init_crc_table ();
      g_once_init_leave (&crc_ready, 1);
    }

  cairo_surface_flush (surface);
  pixels = cairo_image_surface_get_data (surface);

  _pc_export_sink_write (out, (const guchar *) "\x89PNG\r\n\x1a\n", 8);
  header[0] = width >> 24; header[1] = width >> 16; header[2] = width >> 8; header[3] = width;
  header[4] = height >> 24; header[5] = height >> 16; header[6] = height >> 8; header[7] = height;
  header[8] = 8;                 /* bits per channel */
  header[9] = alpha ? 6 : 2;     /* RGBA or RGB */
  header[10] = header[11] = header[12] = 0;
  put_chunk (out, "IHDR", header, sizeof header);
  /* Pixel density, so that slide tools place a 2× export at its size. */
  phys[0] = ppm >> 24; phys[1] = ppm >> 16; phys[2] = ppm >> 8; phys[3] = ppm;
  memcpy (phys + 4, phys, 4);
  phys[8] = 1;                   /* per metre */
  put_chunk (out, "pHYs", phys, sizeof phys);

  for (int y = 0; y < height; y++)
    {
      const guint32 *src = (const guint32 *) (pixels + (gsize) y * stride);
      guchar *dst = row + 1;

      row[0] = 1; /* "Sub": each byte minus the one a pixel to the left */
      for (int x = 0; x < width; x++)
        {
          guint32 p = src[x];
          guint a = p >> 24, r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;

          /* cairo keeps colours multiplied by alpha; PNG does not. */
          if (a != 0xff && a != 0)
            {
              r = (r * 255 + a / 2) / a;
              g = (g * 255 + a / 2) / a;
              b = (b * 255 + a / 2) / a;
            }
          dst[0] = r;
          dst[1] = g;
          dst[2] = b;
          if (alpha)
            dst[3] = a;
          dst += channels;
        }
      for (gsize i = row_len - 1; i > channels; i--)
        row[i] -= row[i - channels];
      if (!deflate_rows (G_CONVERTER (zlib), row, row_len, out, buffer, 256 * 1024, error))
        return FALSE;
    }
  if (!deflate_rows (G_CONVERTER (zlib), NULL, 0, out, buffer, 256 * 1024, error))
    return FALSE;
  put_chunk (out, "IEND", NULL, 0);
  if (out->error)
    {
      g_set_error (error, PC_EXPORT_ERROR, PC_EXPORT_ERROR_FAILED,
                   _("Could not write the PNG: %s"), g_strerror (out->error));
      return FALSE;
    }
  return TRUE;
}

gboolean
_pc_export_png (PcLayout               *layout,
                const PcExportOptions  *options,
                PcExportSink           *sink,
                GError                **error)
{
  double scale = options->scale > 0 ? options->scale : 1;
  double w = pc_layout_get_width (layout);
  double h = pc_layout_get_height (layout);
  gboolean ok;
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
      return FALSE;
    }

  pw = MAX (1, (int) ceil (w * scale));
  ph = MAX (1, (int) ceil (h * scale));
  if (w * scale > PC_EXPORT_MAX_PNG_SIDE || h * scale > PC_EXPORT_MAX_PNG_SIDE)
    {
      g_set_error (error, PC_EXPORT_ERROR, PC_EXPORT_ERROR_TOO_LARGE,
                   _("The map is too large for a PNG at this scale (%.0f × %.0f pixels, "
                     "at most %d on a side); use a smaller scale, SVG or PDF"),
                   w * scale, h * scale, PC_EXPORT_MAX_PNG_SIDE);
      return FALSE;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pw, ph);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PC_EXPORT_ERROR, PC_EXPORT_ERROR_TOO_LARGE,
                   _("Not enough memory for a %d × %d pixel picture"), pw, ph);
      cairo_surface_destroy (surface);
      return FALSE;
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

  status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PC_EXPORT_ERROR, PC_EXPORT_ERROR_FAILED,
                   _("Could not write the PNG: %s"), cairo_status_to_string (status));
      cairo_surface_destroy (surface);
      return FALSE;
    }
  ok = encode_png (surface, scale, options->background == PC_EXPORT_BACKGROUND_TRANSPARENT,
                   sink, error);
  cairo_surface_destroy (surface);
  return ok;
}
