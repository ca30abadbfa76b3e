/* pc-export-pdf.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "pc-export-private.h"
#include "pc-render-private.h"

#define MM        (72.0 / 25.4)
#define MARGIN    (12 * MM)   /* room for crop marks and page labels */
#define OVERLAP   (10 * MM)   /* repeated on neighbouring pages, for gluing */
#define MARK_LEN  (6 * MM)

static cairo_status_t
write_to_sink (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  return _pc_export_sink_write (closure, data, length) ? CAIRO_STATUS_SUCCESS
                                                       : CAIRO_STATUS_WRITE_ERROR;
}

static void
set_metadata (cairo_surface_t *surface,
              PcLayout        *layout)
{
  g_autofree char *title = NULL;
  const char *name = pc_map_get_name (pc_layout_get_map (layout));

  title = g_utf8_make_valid (name ? name : "", -1);
  g_strdelimit (title, "\r\n\t", ' ');
  if (*title)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Parcours");
}

static void
crop_marks (cairo_t *cr,
            double   x0,
            double   y0,
            double   x1,
            double   y1)
{
  double xs[2] = { x0, x1 };
  double ys[2] = { y0, y1 };

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.5);
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 2; j++)
      {
        double dx = i ? 1 : -1, dy = j ? 1 : -1;

        cairo_move_to (cr, xs[i] + dx * 2, ys[j]);
        cairo_line_to (cr, xs[i] + dx * (2 + MARK_LEN), ys[j]);
        cairo_move_to (cr, xs[i], ys[j] + dy * 2);
        cairo_line_to (cr, xs[i], ys[j] + dy * (2 + MARK_LEN));
      }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
page_label (cairo_t    *cr,
            PcLayout   *layout,
            const char *text,
            double      x,
            double      y)
{
  g_autoptr(PangoLayout) pl = pc_layout_create_text (layout, 7, FALSE);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  pango_layout_set_text (pl, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, pl);
  cairo_restore (cr);
}

gboolean
_pc_export_pdf (PcLayout               *layout,
                const PcExportOptions  *options,
                PcExportSink           *sink,
                GError                **error)
{
  double w = pc_layout_get_width (layout) * PC_EXPORT_PT_PER_PX;
  double h = pc_layout_get_height (layout) * PC_EXPORT_PT_PER_PX;
  const PcColor *bg = _pc_export_background_color (options, pc_layout_get_theme (layout));
  PcRenderFlags flags = bg ? PC_RENDER_ALL : PC_RENDER_ALL & ~PC_RENDER_BACKGROUND;
  cairo_surface_t *surface;
  cairo_status_t status;
  gboolean cancelled = FALSE;
  cairo_t *cr;

  if (options->page_size == PC_EXPORT_PAGE_MAP)
    {
      surface = cairo_pdf_surface_create_for_stream (write_to_sink, sink, w, h);
      set_metadata (surface, layout);
      cr = cairo_create (surface);
      cairo_scale (cr, PC_EXPORT_PT_PER_PX, PC_EXPORT_PT_PER_PX);
      _pc_render_layout_with_background (cr, layout, flags, bg, TRUE);
      cairo_show_page (cr);
    }
  else
    {
      double pw = options->page_size == PC_EXPORT_PAGE_A3 ? 297 * MM : 210 * MM;
      double ph = options->page_size == PC_EXPORT_PAGE_A3 ? 420 * MM : 297 * MM;
      double tile_w, tile_h, step_w, step_h;
      int nx, ny, nx2, ny2;

      /* Portrait or landscape, whichever needs fewer pages. */
      tile_w = pw - 2 * MARGIN;
      tile_h = ph - 2 * MARGIN;
      nx = (int) ceil (MAX (w - OVERLAP, 1) / (tile_w - OVERLAP));
      ny = (int) ceil (MAX (h - OVERLAP, 1) / (tile_h - OVERLAP));
      nx2 = (int) ceil (MAX (w - OVERLAP, 1) / (ph - 2 * MARGIN - OVERLAP));
      ny2 = (int) ceil (MAX (h - OVERLAP, 1) / (pw - 2 * MARGIN - OVERLAP));
      if (nx2 * ny2 < nx * ny)
        {
          double t = pw;

          pw = ph;
          ph = t;
          nx = nx2;
          ny = ny2;
        }
      tile_w = pw - 2 * MARGIN;
      tile_h = ph - 2 * MARGIN;
      step_w = tile_w - OVERLAP;
      step_h = tile_h - OVERLAP;

      if ((gint64) nx * ny > 10000)
        {
          g_set_error (error, PC_EXPORT_ERROR, PC_EXPORT_ERROR_TOO_LARGE,
                       _("The poster would need %d pages; use one page the size of the map"),
                       nx * ny);
          return FALSE;
        }

      surface = cairo_pdf_surface_create_for_stream (write_to_sink, sink, pw, ph);
      set_metadata (surface, layout);
      cr = cairo_create (surface);
      /* Each page draws the whole map, clipped: a cancelled export stops
       * at the next page. */
      for (int row = 0; row < ny && !cancelled; row++)
        for (int col = 0; col < nx && !cancelled; col++)
          {
            g_autofree char *label = NULL;

            if ((cancelled = g_cancellable_is_cancelled (sink->cancellable)))
              break;

            cairo_save (cr);
            cairo_rectangle (cr, MARGIN, MARGIN, tile_w, tile_h);
            cairo_clip (cr);
            cairo_translate (cr, MARGIN - col * step_w, MARGIN - row * step_h);
            cairo_scale (cr, PC_EXPORT_PT_PER_PX, PC_EXPORT_PT_PER_PX);
            _pc_render_layout_with_background (cr, layout, flags, bg, TRUE);
            cairo_restore (cr);

            crop_marks (cr, MARGIN, MARGIN, MARGIN + tile_w, MARGIN + tile_h);
            /* Translators: a poster page's place: row and column. */
            label = g_strdup_printf (_("Row %d, column %d (of %d × %d); pages overlap by 10 mm"),
                                     row + 1, col + 1, ny, nx);
            page_label (cr, layout, label, MARGIN + MARK_LEN + 4, ph - MARGIN + 4);
            cairo_show_page (cr);
          }
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (g_cancellable_set_error_if_cancelled (sink->cancellable, error))
    return FALSE;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PC_EXPORT_ERROR, PC_EXPORT_ERROR_FAILED,
                   _("Could not write the PDF: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
