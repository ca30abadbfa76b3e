/* test-export.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <math.h>
#include <poll.h>
#include <string.h>
#include <unistd.h>

#include "pc-export-private.h"
#include "pc-format.h"
#include "pc-layout.h"
#include "pc-render-private.h"
#include "pc-test-util.h"

static PcMap *
first_map (PcDocument *document)
{
  g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);

  return map;
}

static GBytes *
export (PcDocument     *document,
        PcExportFormat  format,
        void          (*tweak) (PcExportOptions *))
{
  PcExportOptions options;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  pc_export_options_init (&options);
  options.format = format;
  if (tweak)
    tweak (&options);
  bytes = pc_export_to_bytes (document, first_map (document), &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static void
test_format_names (void)
{
  PcExportFormat format;
  PcExportBackground background;
  PcExportPageSize page;

  g_assert_true (pc_export_format_from_path ("a/b/Map.PNG", &format));
  g_assert_cmpint (format, ==, PC_EXPORT_PNG);
  g_assert_true (pc_export_format_from_path ("x.svg", &format));
  g_assert_cmpint (format, ==, PC_EXPORT_SVG);
  g_assert_true (pc_export_format_from_path ("x.pdf", &format));
  g_assert_cmpint (format, ==, PC_EXPORT_PDF);
  g_assert_true (pc_export_format_from_path ("x.csv", &format));
  g_assert_cmpint (format, ==, PC_EXPORT_CSV);
  g_assert_false (pc_export_format_from_path ("x.png.gif", &format));
  g_assert_false (pc_export_format_from_path (NULL, &format));

  g_assert_true (pc_export_background_from_string ("dark", &background));
  g_assert_cmpint (background, ==, PC_EXPORT_BACKGROUND_DARK);
  g_assert_false (pc_export_background_from_string ("pink", &background));
  g_assert_true (pc_export_page_size_from_string ("A3", &page));
  g_assert_cmpint (page, ==, PC_EXPORT_PAGE_A3);
  g_assert_cmpstr (pc_export_page_size_to_string (page), ==, "a3");
}

/* Every format is in the exporters' table once, with what files of it are
 * called, and each exporter writes what its MIME type says. */
static void
test_format_table (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);
  PcExportFormat all[] = {
    PC_EXPORT_PNG, PC_EXPORT_SVG, PC_EXPORT_PDF, PC_EXPORT_CSV, PC_EXPORT_MERMAID,
  };
  guint n_formats = 0;
  const PcExportFormatInfo *formats = pc_export_get_formats (&n_formats);

  g_assert_cmpuint (n_formats, ==, G_N_ELEMENTS (all));
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      const PcExportFormatInfo *info = pc_export_format_get_info (all[i]);
      g_autofree char *path = NULL;
      g_autofree char *content_type = NULL;
      g_autofree char *mime_type = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      PcExportOptions options;
      PcExportFormat format;
      gsize size;
      const guchar *data;

      g_assert_nonnull (info);
      g_assert_true (info >= formats && info < formats + n_formats);
      g_assert_true (pc_export_format_from_name (info->name) == info);
      /* every format the app offers has a name for people */
      if (info->label != NULL)
        g_assert_cmpstr (pc_export_format_info_get_label (info), !=, "");
      path = g_strconcat ("map.", info->extension, NULL);
      g_assert_true (pc_export_format_from_path (path, &format));
      g_assert_cmpint (format, ==, all[i]);

      pc_export_options_init (&options);
      options.format = all[i];
      bytes = pc_export_to_bytes (document, map, &options, &error);
      g_assert_no_error (error);
      data = g_bytes_get_data (bytes, &size);
      content_type = g_content_type_guess (path, data, size, NULL);
      mime_type = g_content_type_get_mime_type (content_type);
      g_assert_cmpstr (mime_type, ==, info->mime_type);
    }
  /* the options each one uses */
  g_assert_true (pc_export_format_get_info (PC_EXPORT_PNG)->uses & PC_EXPORT_USES_SCALE);
  g_assert_false (pc_export_format_get_info (PC_EXPORT_SVG)->uses & PC_EXPORT_USES_SCALE);
  g_assert_true (pc_export_format_get_info (PC_EXPORT_PDF)->uses & PC_EXPORT_USES_PAGE_SIZE);
  g_assert_true (pc_export_format_get_info (PC_EXPORT_CSV)->uses & PC_EXPORT_USES_SEPARATOR);
  g_assert_false (pc_export_format_get_info (PC_EXPORT_CSV)->uses & PC_EXPORT_USES_BACKGROUND);
  g_assert_null (pc_export_format_from_name ("gif"));
  /* Mermaid is offered too, and uses none of the picture's options. */
  g_assert_nonnull (pc_export_format_get_info (PC_EXPORT_MERMAID)->label);
  g_assert_cmpint (pc_export_format_get_info (PC_EXPORT_MERMAID)->uses, ==, 0);
}

static void
scale_two (PcExportOptions *options)
{
  options->scale = 2;
}

static void
test_png (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (30);
  g_autoptr(GBytes) one = export (document, PC_EXPORT_PNG, NULL);
  g_autoptr(GBytes) two = export (document, PC_EXPORT_PNG, scale_two);
  g_autofree char *path1 = g_build_filename (g_get_tmp_dir (), "pc-test-export-1.png", NULL);
  g_autofree char *path2 = g_build_filename (g_get_tmp_dir (), "pc-test-export-2.png", NULL);
  cairo_surface_t *s1, *s2;
  const guchar *data = g_bytes_get_data (one, NULL);

  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_true (g_file_set_contents (path1, g_bytes_get_data (one, NULL), g_bytes_get_size (one), NULL));
  g_assert_true (g_file_set_contents (path2, g_bytes_get_data (two, NULL), g_bytes_get_size (two), NULL));
  s1 = cairo_image_surface_create_from_png (path1);
  s2 = cairo_image_surface_create_from_png (path2);
  g_assert_cmpint (cairo_surface_status (s1), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (s2), ==, 2 * cairo_image_surface_get_width (s1));
  g_assert_cmpint (cairo_image_surface_get_height (s2), ==, 2 * cairo_image_surface_get_height (s1));

  /* Something was drawn: not all pixels are the background. */
  {
    const guint32 *px = (const guint32 *) cairo_image_surface_get_data (s1);
    int stride = cairo_image_surface_get_stride (s1) / 4;
    guint differ = 0;

    for (int y = 0; y < cairo_image_surface_get_height (s1); y++)
      for (int x = 0; x < cairo_image_surface_get_width (s1); x++)
        differ += px[y * stride + x] != px[0];
    g_assert_cmpuint (differ, >, 1000);
  }
  cairo_surface_destroy (s1);
  cairo_surface_destroy (s2);
  g_unlink (path1);
  g_unlink (path2);
}

static void
transparent (PcExportOptions *options)
{
  options->background = PC_EXPORT_BACKGROUND_TRANSPARENT;
}

/* The PNG encoder round-trips through cairo's decoder: see-through page,
 * opaque white card, exact colours. */
static void
test_png_pixels (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (10);
  g_autoptr(GBytes) png = export (document, PC_EXPORT_PNG, transparent);
  g_autoptr(GBytes) white = export (document, PC_EXPORT_PNG, NULL);
  /* The exports' layout: with the title block and the legend. */
  PcLayoutOptions lopts = { .legend = TRUE, .date = "1 January 2026" };
  g_autoptr(PcLayout) layout = pc_layout_new (document, first_map (document), &lopts);
  const PcLayoutCard *card = pc_layout_get_card (layout, 0);
  const PcLayoutStage *stage = pc_layout_get_stage (layout, 0);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "pc-test-export-t.png", NULL);
  g_autofree char *path_white = g_build_filename (g_get_tmp_dir (), "pc-test-export-w.png", NULL);
  cairo_surface_t *s, *w;
  const guint32 *px, *wpx;
  int stride, cx, cy;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (png, NULL), g_bytes_get_size (png), NULL));
  g_assert_true (g_file_set_contents (path_white, g_bytes_get_data (white, NULL), g_bytes_get_size (white), NULL));
  s = cairo_image_surface_create_from_png (path);
  w = cairo_image_surface_create_from_png (path_white);
  g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_surface_status (w), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_format (s), ==, CAIRO_FORMAT_ARGB32);
  g_assert_cmpint (cairo_image_surface_get_format (w), ==, CAIRO_FORMAT_RGB24);
  px = (const guint32 *) cairo_image_surface_get_data (s);
  wpx = (const guint32 *) cairo_image_surface_get_data (w);
  stride = cairo_image_surface_get_stride (s) / 4;

  g_assert_cmphex (px[2 * stride + 2], ==, 0x00000000);
  g_assert_cmphex (wpx[2 * stride + 2] & 0xffffff, ==, 0xffffff);
  cx = (int) (card->rect.x + card->rect.width / 2);
  cy = (int) (card->rect.y + card->rect.height - 6);
  g_assert_cmphex (px[cy * stride + cx], ==, 0xffffffff);
  /* The stage header is #e6e5e3 in the light theme. */
  g_assert_cmphex (px[(int) (stage->header.y + 3) * stride + (int) (stage->header.x + 40)], ==, 0xffe6e5e3);

  cairo_surface_destroy (s);
  cairo_surface_destroy (w);
  g_unlink (path);
  g_unlink (path_white);
}

static void
dark_faded_fitted (PcExportOptions *options)
{
  options->background = PC_EXPORT_BACKGROUND_DARK;
  options->min_evidence = PC_EVIDENCE_VALIDATED;
  options->fit_size = 1200;
}

static void
transparent_faded (PcExportOptions *options)
{
  options->background = PC_EXPORT_BACKGROUND_TRANSPARENT;
  options->min_evidence = PC_EVIDENCE_SOME_RESEARCH;
  options->scale = 2;
}

/* @c unpremultiplied by @a, as PNG keeps it. */
static guint
unpremultiply (guint c,
               guint a)
{
  return a == 0 || a == 255 ? c : (c * 255 + a / 2) / a;
}

/* A big PNG is drawn strip by strip, and every PNG is encoded so:
 * decoded (by cairo, through libpng), it must show the very pixels of the
 * map drawn whole into one image, as the exporter used to, across every
 * strip's edges (texts and shapes cut by them, faded cards drawn through
 * groups). */
static void
assert_png_is_drawing (PcDocument *document,
                       void      (*tweak) (PcExportOptions *))
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 12, 3, 12, 0, 0);
  /* As the exporter writes it in the title block. */
  g_autofree char *day = g_date_time_format (date, _("%-d %B %Y"));
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "pc-test-export-strips.png", NULL);
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PcLayout) layout = NULL;
  PcExportOptions options;
  PcLayoutOptions lopts = { 0 };
  const PcColor *bg;
  cairo_surface_t *drawn, *decoded;
  cairo_t *cr;
  int width, height, dstride, pstride;
  double scale;
  const guint32 *dpx, *ppx;
  gboolean alpha;
  guint differ = 0, partly = 0;

  pc_export_options_init (&options);
  options.date = date;
  if (tweak)
    tweak (&options);
  alpha = options.background == PC_EXPORT_BACKGROUND_TRANSPARENT;
  png = pc_export_to_bytes (document, first_map (document), &options, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (png, NULL), g_bytes_get_size (png), NULL));
  decoded = cairo_image_surface_create_from_png (path);
  g_unlink (path);
  g_assert_cmpint (cairo_surface_status (decoded), ==, CAIRO_STATUS_SUCCESS);

  /* The exports' layout. */
  lopts.zoom = 1;
  lopts.legend = TRUE;
  lopts.date = day;
  lopts.min_evidence = options.min_evidence;
  lopts.theme = pc_theme_get (options.background == PC_EXPORT_BACKGROUND_DARK
                              ? PC_THEME_DARK : PC_THEME_LIGHT);
  layout = pc_layout_new (document, first_map (document), &lopts);
  scale = options.fit_size > 0 ? MIN (options.fit_size / pc_layout_get_width (layout),
                                      options.fit_size / pc_layout_get_height (layout))
                               : options.scale;
  width = (int) ceil (pc_layout_get_width (layout) * scale);
  height = (int) ceil (pc_layout_get_height (layout) * scale);
  g_assert_cmpint (cairo_image_surface_get_width (decoded), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (decoded), ==, height);
  drawn = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  dstride = cairo_image_surface_get_stride (drawn) / 4;
  /* Several strips. */
  g_assert_cmpint ((gsize) height * dstride * 4, >, 3 * PC_EXPORT_PNG_STRIP_BYTES);
  cr = cairo_create (drawn);
  cairo_scale (cr, scale, scale);
  bg = _pc_export_background_color (&options, lopts.theme);
  _pc_render_layout_with_background (cr, layout,
                                     bg ? PC_RENDER_ALL : PC_RENDER_ALL & ~PC_RENDER_BACKGROUND,
                                     bg, FALSE);
  cairo_destroy (cr);
  cairo_surface_flush (drawn);

  dpx = (const guint32 *) cairo_image_surface_get_data (drawn);
  ppx = (const guint32 *) cairo_image_surface_get_data (decoded);
  pstride = cairo_image_surface_get_stride (decoded) / 4;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 d = dpx[y * dstride + x], p = ppx[y * pstride + x];
        guint a = d >> 24;

        if (a != 0 && a != 255)
          partly++;
        if (!alpha)
          {
            /* RGB: the colours as PNG keeps them. */
            for (int shift = 0; shift < 24; shift += 8)
              differ += unpremultiply ((d >> shift) & 0xff, a) != ((p >> shift) & 0xff);
          }
        else if (a == 0 || a == 255)
          differ += d != p;
        else
          {
            /* cairo multiplies the colours by alpha again: off by one at
             * most. */
            differ += (p >> 24) != a;
            for (int shift = 0; shift < 24; shift += 8)
              differ += ABS ((int) ((d >> shift) & 0xff) - (int) ((p >> shift) & 0xff)) > 1;
          }
      }
  g_assert_cmpuint (differ, ==, 0);
  /* Antialiased edges were compared too. */
  if (alpha)
    g_assert_cmpuint (partly, >, 1000);
  cairo_surface_destroy (drawn);
  cairo_surface_destroy (decoded);
}

static void
test_png_strips (void)
{
  g_autoptr(PcDocument) example = pc_test_load_example ();

  /* Encoded strip by strip on every core: every pixel is the drawing's,
   * glyphs that cross a strip's edge included. */
  assert_png_is_drawing (example, transparent_faded);
  assert_png_is_drawing (example, dark_faded_fitted);
}

typedef struct
{
  PcLayout      *layout;
  PcExportSink  *sink;
  GError        *error;
  gboolean       ok;
} PipeExport;

static gpointer
export_to_pipe (gpointer data)
{
  PipeExport *pe = data;
  PcExportOptions options;

  pc_export_options_init (&options);
  options.scale = 2;
  pe->ok = _pc_export_png (pe->layout, &options, pe->sink, &pe->error)
           && _pc_export_sink_flush (pe->sink);
  close (pe->sink->fd);
  return NULL;
}

/* Cancelled once it writes (into a pipe that this test reads, so that it
 * cannot end first), the PNG export stops and says so; cancelled before,
 * it writes no pixels at all. */
static void
test_png_cancelled (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(PcLayout) layout = pc_layout_new (document, first_map (document), NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GByteArray) whole = g_byte_array_new ();
  g_autoptr(GError) error = NULL;
  PcExportSink sink = { data, -1, 0, NULL };
  PcExportSink piped = { NULL, -1, 0, cancellable };
  PcExportOptions options;
  PipeExport pe = { layout, &piped, NULL, FALSE };
  GThread *thread;
  int fds[2];
  gsize got = 0;
  guchar buffer[64 * 1024];
  gssize n;

  /* The whole picture's size. */
  pc_export_options_init (&options);
  options.scale = 2;
  sink.data = whole;
  g_assert_true (_pc_export_png (layout, &options, &sink, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (whole->len, >, 3 * 256 * 1024);

  g_assert_cmpint (pipe (fds), ==, 0);
  piped.fd = fds[1];
  piped.data = data;
  thread = g_thread_new ("export", export_to_pipe, &pe);
  /* Its first bytes: the file sink writes 256 KB at a time, and the
   * pipe holds less, so the export now waits for this test to read. */
  g_assert_cmpint (poll (&(struct pollfd) { fds[0], POLLIN, 0 }, 1, -1), ==, 1);
  g_cancellable_cancel (cancellable);
  while ((n = read (fds[0], buffer, sizeof buffer)) > 0)
    got += n;
  g_thread_join (thread);
  close (fds[0]);
  g_assert_false (pe.ok);
  g_assert_error (pe.error, PC_EXPORT_ERROR, PC_EXPORT_ERROR_FAILED);
  g_assert_cmpint (piped.error, ==, ECANCELED);
  g_assert_cmpuint (got, <, whole->len / 2);
  g_clear_error (&pe.error);

  /* Cancelled before it starts: the header, and no pixels. */
  g_byte_array_set_size (data, 0);
  sink.data = data;
  sink.cancellable = cancellable;
  g_assert_false (_pc_export_png (layout, &options, &sink, &error));
  g_assert_error (error, PC_EXPORT_ERROR, PC_EXPORT_ERROR_FAILED);
  g_assert_cmpint (sink.error, ==, ECANCELED);
  for (guint i = 0; i + 4 <= data->len; i++)
    g_assert_false (memcmp (data->data + i, "IDAT", 4) == 0);
}

/* A disk that fills up stops every strip's thread, with the reason. */
static void
test_png_write_error (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(PcLayout) layout = pc_layout_new (document, first_map (document), NULL);
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GError) error = NULL;
  PcExportSink sink = { data, -1, 0, NULL };
  PcExportOptions options;

  sink.fd = open ("/dev/full", O_WRONLY | O_CLOEXEC);
  if (sink.fd < 0)
    {
      g_test_skip ("no /dev/full");
      return;
    }
  pc_export_options_init (&options);
  options.scale = 2;
  g_assert_false (_pc_export_png (layout, &options, &sink, &error));
  close (sink.fd);
  g_assert_error (error, PC_EXPORT_ERROR, PC_EXPORT_ERROR_FAILED);
  g_assert_cmpint (sink.error, ==, ENOSPC);
  g_assert_nonnull (strstr (error->message, g_strerror (ENOSPC)));
}

static void
huge_scale (PcExportOptions *options)
{
  options->scale = 4;
}

static void
test_png_too_large (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (3000);
  PcExportOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  pc_export_options_init (&options);
  huge_scale (&options);
  bytes = pc_export_to_bytes (document, first_map (document), &options, &error);
  g_assert_null (bytes);
  g_assert_error (error, PC_EXPORT_ERROR, PC_EXPORT_ERROR_TOO_LARGE);

  /* Fitting in a thumbnail always works. */
  g_clear_error (&error);
  options.fit_size = 128;
  bytes = pc_export_to_bytes (document, first_map (document), &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
}

static void
test_unknown_lane (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (5);
  PcExportOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  pc_export_options_init (&options);
  options.lane_id = "lane-none";
  bytes = pc_export_to_bytes (document, first_map (document), &options, &error);
  g_assert_null (bytes);
  g_assert_error (error, PC_EXPORT_ERROR, PC_EXPORT_ERROR_INVALID);
}

static void
test_svg_ids_and_text (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (10);
  PcMap *map = first_map (document);
  g_autoptr(PcTouchpoint) evil = pc_touchpoint_new ("9 bad id<&>");
  g_autoptr(PcTouchpoint) twin = pc_touchpoint_new ("9 bad id>&<");
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  xmlDocPtr doc;
  guint touchpoints = 0;
  gboolean found_title = FALSE;

  pc_touchpoint_set_stage_id (evil, "stage-0");
  pc_touchpoint_set_lane_id (evil, "lane-0");
  pc_touchpoint_set_title (evil, "</text><script>x</script>\x01\x1f end");
  pc_touchpoint_set_stage_id (twin, "stage-0");
  pc_touchpoint_set_lane_id (twin, "lane-0");
  pc_touchpoint_set_title (twin, "twin");
  g_list_store_append (pc_map_get_touchpoints (map), evil);
  g_list_store_append (pc_map_get_touchpoints (map), twin);

  svg = export (document, PC_EXPORT_SVG, NULL);
  g_assert_null (memchr (g_bytes_get_data (svg, NULL), '\x01', g_bytes_get_size (svg)));
  doc = xmlReadMemory (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), "map.svg", NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_assert_nonnull (doc);

  for (xmlNodePtr g = xmlDocGetRootElement (doc)->children; g; g = g->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *klass = NULL;

      if (g->type != XML_ELEMENT_NODE || strcmp ((const char *) g->name, "g") != 0)
        continue;
      g_assert_null (xmlStrcmp (g->name, BAD_CAST "script") == 0 ? g : NULL);
      id = (char *) xmlGetProp (g, BAD_CAST "id");
      klass = (char *) xmlGetProp (g, BAD_CAST "class");
      if (id == NULL)
        continue;
      /* Valid and unique XML names. */
      g_assert_true (g_ascii_isalpha (id[0]));
      for (const char *p = id; *p; p++)
        g_assert_true (g_ascii_isalnum (*p) || *p == '-' || *p == '_' || *p == '.');
      g_assert_false (g_hash_table_contains (ids, id));
      g_hash_table_add (ids, g_strdup (id));
      if (g_strcmp0 (klass, "touchpoint") == 0)
        {
          xmlNodePtr title = g->children;

          touchpoints++;
          while (title && (title->type != XML_ELEMENT_NODE || strcmp ((const char *) title->name, "title")))
            title = title->next;
          g_assert_nonnull (title);
          if (g_str_has_prefix (id, "touchpoint-9_bad_id"))
            {
              g_autofree char *text = (char *) xmlNodeGetContent (title);

              if (g_strcmp0 (text, "</text><script>x</script> end") == 0)
                found_title = TRUE;
            }
        }
    }
  g_assert_cmpuint (touchpoints, ==, 12);
  g_assert_true (found_title);
  g_assert_true (g_hash_table_contains (ids, "touchpoint-9_bad_id___"));
  g_assert_true (g_hash_table_contains (ids, "touchpoint-9_bad_id___-2"));
  xmlFreeDoc (doc);
}

static void
test_render_layers (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (10);
  g_autoptr(PcLayout) layout = pc_layout_new (document, first_map (document), NULL);
  const PcLayoutCard *card = pc_layout_get_card (layout, 0);
  cairo_surface_t *surface;
  cairo_t *cr;
  const guint32 *px;
  int stride;

  /* A card drawn alone paints inside its rectangle only. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) pc_layout_get_width (layout),
                                        (int) pc_layout_get_height (layout));
  cr = cairo_create (surface);
  pc_render_card (cr, layout, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  px = (const guint32 *) cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface) / 4;
  g_assert_cmpuint (px[(int) (card->rect.y + 4) * stride + (int) (card->rect.x + card->rect.width / 2)], !=, 0);
  g_assert_cmpuint (px[(int) (card->rect.y + card->rect.height + 20) * stride + (int) card->rect.x], ==, 0);
  g_assert_cmpuint (px[2 * stride + 2], ==, 0);
  cairo_surface_destroy (surface);
}

/* The SVG writer's numbers: two decimals at most, no trailing zeros, the
 * same as g_ascii_dtostr() gives for values that have two decimals, and
 * back within half a hundredth otherwise. */
static void
test_number_format (void)
{
  static const struct { double v; const char *text; } fixed[] = {
    { 0, "0" }, { -0.0, "0" }, { 0.004, "0" }, { -0.004, "0" }, { 0.005, "0.01" },
    { 12.5, "12.5" }, { 3.0, "3" }, { -3.0, "-3" }, { 0.07, "0.07" }, { -0.07, "-0.07" },
    { 1656, "1656" }, { 57.99, "57.99" }, { 1e15, "1000000000000000" }, { 1e300, "1000000000000000" },
    { -1e300, "-1000000000000000" },
  };
  char buf[PC_EXPORT_NUMBER_SIZE];
  GRand *rand = g_rand_new_with_seed (13);

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    {
      g_assert_cmpuint (_pc_export_format_number (fixed[i].v, buf), ==, strlen (fixed[i].text));
      g_assert_cmpstr (buf, ==, fixed[i].text);
    }
  _pc_export_format_number (NAN, buf);
  g_assert_cmpstr (buf, ==, "0");

  for (guint i = 0; i < 200000; i++)
    {
      gint64 hundredths = g_rand_int_range (rand, -10000000, 10000000);
      double v = hundredths / 100.0;
      char expected[G_ASCII_DTOSTR_BUF_SIZE];

      /* Values with two decimals read back exactly, as g_ascii_dtostr()'s
       * longer text does. */
      _pc_export_format_number (v, buf);
      g_ascii_dtostr (expected, sizeof expected, v);
      g_assert_cmpfloat (g_ascii_strtod (expected, NULL), ==, v);
      g_assert_cmpfloat (g_ascii_strtod (buf, NULL), ==, v);
      g_assert_cmpuint (strlen (buf), <=, strlen (expected));

      /* Any value: what printf's "%.2f" gives, trailing zeros trimmed
       * (but at the exact middle of two hundredths, where printf rounds
       * the binary value and may go either way). */
      v = g_rand_double_range (rand, -1e6, 1e6);
      _pc_export_format_number (v, buf);
      g_assert_null (strchr (buf, 'e'));
      g_assert_cmpfloat (fabs (g_ascii_strtod (buf, NULL) - v), <=, 0.005 + 1e-9);
      g_assert_false (strchr (buf, '.') && g_str_has_suffix (buf, "0"));
      if (fabs (fabs (fmod (v * 100, 1)) - 0.5) > 1e-6)
        {
          gsize len;

          g_ascii_formatd (expected, sizeof expected, "%.2f", v);
          len = strlen (expected);
          while (expected[len - 1] == '0')
            expected[--len] = '\0';
          if (expected[len - 1] == '.')
            expected[--len] = '\0';
          if (strcmp (expected, "-0") == 0)
            strcpy (expected, "0");
          g_assert_cmpstr (buf, ==, expected);
        }
    }
  g_rand_free (rand);
}

/* Shapes and texts take their looks from classes in one <style>: no
 * repeated fill or font attributes, and every class is defined. */
static void
test_svg_styles (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (40);
  g_autoptr(GBytes) svg = export (document, PC_EXPORT_SVG, NULL);
  g_autofree char *text = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  const char *style = strstr (text, "<style>");
  const char *style_end = strstr (text, "</style>");
  guint uses = 0;

  g_assert_nonnull (style);
  g_assert_nonnull (style_end);
  g_assert_null (strstr (style_end, "<style"));
  g_assert_null (strstr (text, " fill=\""));
  g_assert_null (strstr (text, " font-size=\""));
  g_assert_null (strstr (text, " style=\""));

  for (const char *p = strstr (style_end, " class=\""); p; p = strstr (p + 1, " class=\""))
    {
      const char *name = p + strlen (" class=\"");
      g_autofree char *klass = g_strndup (name, strchr (name, '"') - name);
      g_autofree char *rule = g_strconcat ("\n.", klass, "{", NULL);
      static const char *kinds[] = { "stage", "lane", "touchpoint", "connector", "line",
                                     "title", "legend", NULL };

      if (g_strv_contains (kinds, klass))
        continue;
      uses++;
      g_assert_true (g_strstr_len (style, style_end - style, rule) != NULL);
    }
  /* Shadow, card, sentiment, glyph, title and channel of each card. */
  g_assert_cmpuint (uses, >, 40 * 5);
  /* A look is defined once: far fewer rules than uses. */
  {
    guint rules = 0;

    for (const char *p = style; p < style_end; p++)
      rules += *p == '}';
    g_assert_cmpuint (rules, >, 5);
    g_assert_cmpuint (rules, <, 40);
  }
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

/* A title of one 1 MB word (the longest text the format allows) is cut
 * to what the card shows before Pango sees it: laying out, drawing and
 * every export take well under a second (they took minutes: Pango breaks
 * a long word in quadratic time). The whole text stays in the model and
 * in the SVG's <title>. */
static void
test_long_word (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (10);
  PcMap *map = first_map (document);
  g_autoptr(PcTouchpoint) tp = g_list_model_get_item (G_LIST_MODEL (pc_map_get_touchpoints (map)), 0);
  g_autoptr(PcStage) stage = g_list_model_get_item (G_LIST_MODEL (pc_map_get_stages (map)), 1);
  g_autoptr(PcPersona) persona = g_list_model_get_item (G_LIST_MODEL (pc_document_get_personas (document)), 0);
  g_autofree char *word = g_malloc (PC_FORMAT_MAX_STRING + 1);
  static const PcExportFormat formats[] = { PC_EXPORT_SVG, PC_EXPORT_PNG, PC_EXPORT_PDF };
  g_autoptr(PcLayout) layout = NULL;
  g_auto(GStrv) lines = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  gint64 start;
  double took;

  /* "é" and "W", so that the cut must fall between two characters. */
  for (gsize i = 0; i < PC_FORMAT_MAX_STRING; i++)
    word[i] = i % 3 == 0 ? 'W' : i % 3 == 1 ? '\xc3' : '\xa9';
  word[PC_FORMAT_MAX_STRING] = '\0';
  pc_touchpoint_set_title (tp, word);
  pc_stage_set_name (stage, word);
  pc_persona_set_name (persona, word);
  pc_persona_set_description (persona, word);

  start = g_get_monotonic_time ();
  layout = pc_layout_new (document, map, NULL);
  took = seconds_since (start);
  g_test_message ("layout: %.1f ms", took * 1000);
  g_assert_cmpfloat (took, <, 1.0);

  start = g_get_monotonic_time ();
  lines = _pc_render_fit_text (layout, word, pc_layout_get_title_size (layout), TRUE, 200, 2);
  took = seconds_since (start);
  g_test_message ("fitting the title: %.2f ms", took * 1000);
  g_assert_cmpfloat (took, <, 1.0);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_true (g_str_has_suffix (lines[1], "…"));
  g_assert_true (g_utf8_validate (lines[1], -1, NULL));

  /* The canvas draws a card with the same code. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 200);
  cr = cairo_create (surface);
  start = g_get_monotonic_time ();
  pc_render_card (cr, layout, pc_layout_find_card (layout, tp));
  took = seconds_since (start);
  g_test_message ("drawing the card: %.2f ms", took * 1000);
  g_assert_cmpfloat (took, <, 1.0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GBytes) bytes = NULL;

      start = g_get_monotonic_time ();
      bytes = export (document, formats[i], NULL);
      took = seconds_since (start);
      g_test_message ("export %u: %.1f ms", i, took * 1000);
      g_assert_cmpfloat (took, <, 1.0);
      if (formats[i] == PC_EXPORT_SVG)
        {
          g_autofree char *title = g_strconcat ("<title>", word, "</title>", NULL);

          g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), title));
        }
    }
  g_assert_cmpstr (pc_touchpoint_get_title (tp), ==, word);
}

/* Cutting reads only the beginning, ends between two characters and
 * says whether anything was left out. */
static void
test_cut_text (void)
{
  gboolean cut = TRUE;
  g_autofree char *a = pc_layout_cut_text ("abc", 5, &cut);
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autofree char *d = NULL;

  g_assert_cmpstr (a, ==, "abc");
  g_assert_false (cut);
  b = pc_layout_cut_text ("ééééé", 3, &cut);
  g_assert_cmpstr (b, ==, "ééé");
  g_assert_true (cut);
  c = pc_layout_cut_text ("a\xff\xfe" "b", 10, &cut);
  g_assert_true (g_utf8_validate (c, -1, NULL));
  g_assert_false (cut);
  d = pc_layout_cut_text (NULL, 3, &cut);
  g_assert_cmpstr (d, ==, "");
  g_assert_cmpuint (pc_layout_text_limit (15, 200, 2), >=, 2 * 200 / (15 * 0.25));
  g_assert_cmpuint (pc_layout_text_limit (15, 200, 0), ==, 0);
}

static void
no_legend (PcExportOptions *options)
{
  options->legend = FALSE;
}

static char *
svg_group_text (xmlNodePtr root,
                const char *id)
{
  for (xmlNodePtr g = root->children; g; g = g->next)
    {
      g_autofree char *gid = NULL;

      if (g->type != XML_ELEMENT_NODE || strcmp ((const char *) g->name, "g") != 0)
        continue;
      gid = (char *) xmlGetProp (g, BAD_CAST "id");
      if (g_strcmp0 (gid, id) == 0)
        return (char *) xmlNodeGetContent (g);
    }
  return NULL;
}

/* Exports stand alone: a title block with the map's name and goal, and a
 * legend naming each persona and each sentiment, as real SVG text; none
 * of it without the legend, and the same pictures otherwise. */
static void
test_legend (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  PcMap *map = first_map (document);
  g_autoptr(GBytes) svg = export (document, PC_EXPORT_SVG, NULL);
  g_autoptr(GBytes) bare = export (document, PC_EXPORT_SVG, no_legend);
  g_autoptr(GBytes) png = export (document, PC_EXPORT_PNG, NULL);
  g_autoptr(GBytes) bare_png = export (document, PC_EXPORT_PNG, no_legend);
  g_autoptr(PcLayout) plain = pc_layout_new (document, map, NULL);
  g_autofree char *title = NULL;
  g_autofree char *legend = NULL;
  xmlDocPtr doc, bare_doc;
  const guchar *data;

  doc = xmlReadMemory (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), "map.svg", NULL,
                       XML_PARSE_NONET);
  g_assert_nonnull (doc);
  title = svg_group_text (xmlDocGetRootElement (doc), "title-block");
  legend = svg_group_text (xmlDocGetRootElement (doc), "legend");
  g_assert_nonnull (title);
  g_assert_nonnull (legend);
  g_assert_nonnull (strstr (title, pc_map_get_name (map)));
  g_assert_nonnull (strstr (title, pc_map_get_goal (map)));
  g_assert_nonnull (strstr (title, pc_document_get_title (document)));
  g_assert_nonnull (strstr (legend, "Claire"));
  g_assert_nonnull (strstr (legend, "Hugo"));
  g_assert_nonnull (strstr (legend, pc_sentiment_get_label (PC_SENTIMENT_POSITIVE)));
  g_assert_nonnull (strstr (legend, pc_sentiment_get_label (PC_SENTIMENT_NEGATIVE)));
  xmlFreeDoc (doc);

  bare_doc = xmlReadMemory (g_bytes_get_data (bare, NULL), g_bytes_get_size (bare), "bare.svg",
                            NULL, XML_PARSE_NONET);
  g_assert_nonnull (bare_doc);
  g_assert_null (svg_group_text (xmlDocGetRootElement (bare_doc), "legend"));
  g_assert_null (svg_group_text (xmlDocGetRootElement (bare_doc), "title-block"));
  xmlFreeDoc (bare_doc);

  /* PNG sizes: the map's alone without the legend, taller with it. */
  data = g_bytes_get_data (bare_png, NULL);
  g_assert_cmpuint ((data[20] << 24) | (data[21] << 16) | (data[22] << 8) | data[23], ==,
                    (guint) ceil (pc_layout_get_height (plain)));
  data = g_bytes_get_data (png, NULL);
  g_assert_cmpuint ((data[20] << 24) | (data[21] << 16) | (data[22] << 8) | data[23], >,
                    (guint) ceil (pc_layout_get_height (plain)) + 150);
}

/* The date is the one asked for, in the title block. */
static void
test_legend_date (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (5);
  g_autoptr(GDateTime) date = g_date_time_new_utc (2031, 7, 14, 12, 0, 0);
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_date_time_format (date, "%B");
  PcExportOptions options;

  pc_export_options_init (&options);
  g_assert_true (options.legend);
  options.format = PC_EXPORT_SVG;
  options.date = date;
  svg = pc_export_to_bytes (document, first_map (document), &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), "2031"));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), expected));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/format-names", test_format_names);
  g_test_add_func ("/export/format-table", test_format_table);
  g_test_add_func ("/export/png", test_png);
  g_test_add_func ("/export/png-pixels", test_png_pixels);
  g_test_add_func ("/export/png-too-large", test_png_too_large);
  g_test_add_func ("/export/png-strips", test_png_strips);
  g_test_add_func ("/export/png-cancelled", test_png_cancelled);
  g_test_add_func ("/export/png-write-error", test_png_write_error);
  g_test_add_func ("/export/unknown-lane", test_unknown_lane);
  g_test_add_func ("/export/svg-ids-and-text", test_svg_ids_and_text);
  g_test_add_func ("/export/render-layers", test_render_layers);
  g_test_add_func ("/export/number-format", test_number_format);
  g_test_add_func ("/export/svg-styles", test_svg_styles);
  g_test_add_func ("/export/cut-text", test_cut_text);
  g_test_add_func ("/export/long-word", test_long_word);
  g_test_add_func ("/export/legend", test_legend);
  g_test_add_func ("/export/legend-date", test_legend_date);

  return g_test_run ();
}
