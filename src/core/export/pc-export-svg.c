/* pc-export-svg.c: SVG through libxml2's writer, so user text is always
 * escaped
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/xmlwriter.h>
#include <string.h>

#include "pc-export-private.h"
#include "pc-render-private.h"

#define SVG_FONT_STACK "Cantarell, Inter, 'Noto Sans', 'DejaVu Sans', sans-serif"

typedef struct
{
  PcPainter         parent;
  xmlTextWriterPtr  writer;
  GHashTable       *ids;
  gboolean          failed;
} SvgPainter;

#define W(painter) (((SvgPainter *) (painter))->writer)

static void
check (SvgPainter *self,
       int         rc)
{
  if (rc < 0)
    self->failed = TRUE;
}

static void
append_number (GString *out,
               double   v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  gsize len;

  g_ascii_formatd (buf, sizeof buf, "%.2f", v);
  /* "12.50" -> "12.5", "3.00" -> "3" */
  len = strlen (buf);
  while (len > 0 && buf[len - 1] == '0')
    buf[--len] = '\0';
  if (len > 0 && buf[len - 1] == '.')
    buf[--len] = '\0';
  if (strcmp (buf, "-0") == 0)
    strcpy (buf, "0");
  g_string_append (out, buf);
}

static void
attr_number (SvgPainter *self,
             const char *name,
             double      v)
{
  g_autoptr(GString) s = g_string_new (NULL);

  append_number (s, v);
  check (self, xmlTextWriterWriteAttribute (self->writer, BAD_CAST name, BAD_CAST s->str));
}

static void
attr (SvgPainter *self,
      const char *name,
      const char *value)
{
  check (self, xmlTextWriterWriteAttribute (self->writer, BAD_CAST name, BAD_CAST value));
}

static void
attr_color (SvgPainter    *self,
            const char    *name,
            const PcColor *color)
{
  char buf[8];
  g_autofree char *opacity = g_strconcat (name, "-opacity", NULL);

  g_snprintf (buf, sizeof buf, "#%02x%02x%02x",
              (int) (CLAMP (color->red, 0, 1) * 255 + 0.5),
              (int) (CLAMP (color->green, 0, 1) * 255 + 0.5),
              (int) (CLAMP (color->blue, 0, 1) * 255 + 0.5));
  attr (self, name, buf);
  if (color->alpha < 1.0)
    attr_number (self, opacity, color->alpha);
}

static void
svg_path (PcPainter      *painter,
          const PcPathOp *ops,
          guint           n_ops,
          const PcPaint  *paint)
{
  SvgPainter *self = (SvgPainter *) painter;
  g_autoptr(GString) d = g_string_new (NULL);
  static const char letters[] = { 'M', 'L', 'C', 'Z' };

  for (guint i = 0; i < n_ops; i++)
    {
      guint n = ops[i].type == PC_PATH_CURVE ? 3 : ops[i].type == PC_PATH_CLOSE ? 0 : 1;

      if (d->len)
        g_string_append_c (d, ' ');
      g_string_append_c (d, letters[ops[i].type]);
      for (guint k = 0; k < n; k++)
        {
          if (k)
            g_string_append_c (d, ' ');
          append_number (d, ops[i].x[k]);
          g_string_append_c (d, ',');
          append_number (d, ops[i].y[k]);
        }
    }

  check (self, xmlTextWriterStartElement (self->writer, BAD_CAST "path"));
  attr (self, "d", d->str);
  if (paint->fill)
    attr_color (self, "fill", paint->fill);
  else
    attr (self, "fill", "none");
  if (paint->stroke)
    {
      attr_color (self, "stroke", paint->stroke);
      attr_number (self, "stroke-width", paint->line_width);
      if (paint->dash > 0)
        {
          g_autoptr(GString) dash = g_string_new (NULL);

          append_number (dash, paint->dash);
          g_string_append_c (dash, ',');
          append_number (dash, paint->dash * 0.75);
          attr (self, "stroke-dasharray", dash->str);
        }
      else
        {
          attr (self, "stroke-linecap", "round");
        }
      attr (self, "stroke-linejoin", "round");
    }
  check (self, xmlTextWriterEndElement (self->writer));
}

static void
svg_text (PcPainter     *painter,
          const char    *text,
          double         x,
          double         y,
          double         size,
          gboolean       bold,
          const PcColor *color)
{
  SvgPainter *self = (SvgPainter *) painter;
  g_autofree char *clean = _pc_render_clean_text (text);

  check (self, xmlTextWriterStartElement (self->writer, BAD_CAST "text"));
  attr (self, "xml:space", "preserve");
  attr_number (self, "x", x);
  attr_number (self, "y", y);
  attr_number (self, "font-size", size);
  if (bold)
    attr (self, "font-weight", "bold");
  attr_color (self, "fill", color);
  check (self, xmlTextWriterWriteString (self->writer, BAD_CAST clean));
  check (self, xmlTextWriterEndElement (self->writer));
}

static void
svg_lines (PcPainter     *painter,
           char         **lines,
           const double  *x,
           const double  *y,
           double         size,
           gboolean       bold,
           const PcColor *color)
{
  SvgPainter *self = (SvgPainter *) painter;

  check (self, xmlTextWriterStartElement (self->writer, BAD_CAST "text"));
  /* No indentation between the <tspan>s: it would be kept as spaces. */
  xmlTextWriterSetIndent (self->writer, 0);
  attr (self, "xml:space", "preserve");
  attr_number (self, "font-size", size);
  if (bold)
    attr (self, "font-weight", "bold");
  attr_color (self, "fill", color);
  for (guint i = 0; lines[i]; i++)
    {
      g_autofree char *clean = _pc_render_clean_text (lines[i]);

      check (self, xmlTextWriterStartElement (self->writer, BAD_CAST "tspan"));
      attr_number (self, "x", x[i]);
      attr_number (self, "y", y[i]);
      check (self, xmlTextWriterWriteString (self->writer, BAD_CAST clean));
      check (self, xmlTextWriterEndElement (self->writer));
    }
  check (self, xmlTextWriterEndElement (self->writer));
  xmlTextWriterSetIndent (self->writer, 1);
  check (self, xmlTextWriterWriteRaw (self->writer, BAD_CAST "\n"));
}

/* An XML id from a stable id: letters, digits, '-', '_' and '.', starting
 * with a letter, unique in the file. */
static char *
make_id (SvgPainter *self,
         const char *kind,
         const char *id)
{
  GString *out = g_string_new (NULL);
  g_autofree char *base = NULL;
  char *result;

  if (id == NULL || !g_ascii_isalpha (id[0]))
    g_string_append_printf (out, "%s-", kind);
  for (const char *p = id ? id : ""; *p; p++)
    g_string_append_c (out, (g_ascii_isalnum (*p) || *p == '-' || *p == '_' || *p == '.')
                            ? *p : '_');
  if (out->str[out->len - 1] == '-')
    g_string_append (out, "item");

  base = g_string_free (out, FALSE);
  result = g_strdup (base);
  for (guint n = 2; g_hash_table_contains (self->ids, result); n++)
    {
      g_free (result);
      result = g_strdup_printf ("%s-%u", base, n);
    }
  g_hash_table_add (self->ids, g_strdup (result));
  return result;
}

static void
svg_begin_group (PcPainter  *painter,
                 const char *kind,
                 const char *id,
                 const char *title)
{
  SvgPainter *self = (SvgPainter *) painter;

  check (self, xmlTextWriterStartElement (self->writer, BAD_CAST "g"));
  if (id)
    {
      g_autofree char *xml_id = make_id (self, kind, id);

      attr (self, "id", xml_id);
    }
  attr (self, "class", kind);
  if (title && *title)
    {
      g_autofree char *clean = _pc_render_clean_text (title);

      check (self, xmlTextWriterWriteElement (self->writer, BAD_CAST "title", BAD_CAST clean));
    }
}

static void
svg_end_group (PcPainter *painter)
{
  SvgPainter *self = (SvgPainter *) painter;

  check (self, xmlTextWriterEndElement (self->writer));
}

GBytes *
_pc_export_svg (PcLayout               *layout,
                const PcExportOptions  *options,
                GError                **error)
{
  SvgPainter self = { 0 };
  xmlBufferPtr buffer;
  const PcColor *bg = _pc_export_background_color (options, pc_layout_get_theme (layout));
  double w = pc_layout_get_width (layout);
  double h = pc_layout_get_height (layout);
  g_autoptr(GString) view_box = g_string_new ("0 0 ");
  g_autofree char *title = NULL;
  GBytes *bytes;

  buffer = xmlBufferCreate ();
  self.writer = xmlNewTextWriterMemory (buffer, 0);
  self.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.parent.layout = layout;
  self.parent.path = svg_path;
  self.parent.text = svg_text;
  self.parent.lines = svg_lines;
  self.parent.begin_group = svg_begin_group;
  self.parent.end_group = svg_end_group;

  append_number (view_box, w);
  g_string_append_c (view_box, ' ');
  append_number (view_box, h);

  xmlTextWriterSetIndent (self.writer, 1);
  xmlTextWriterSetIndentString (self.writer, BAD_CAST " ");
  check (&self, xmlTextWriterStartDocument (self.writer, NULL, "UTF-8", NULL));
  check (&self, xmlTextWriterStartElement (self.writer, BAD_CAST "svg"));
  attr (&self, "xmlns", "http://www.w3.org/2000/svg");
  attr (&self, "version", "1.1");
  attr_number (&self, "width", w);
  attr_number (&self, "height", h);
  attr (&self, "viewBox", view_box->str);
  attr (&self, "font-family", SVG_FONT_STACK);
  title = _pc_render_clean_text (pc_map_get_name (pc_layout_get_map (layout)));
  if (title && *title)
    check (&self, xmlTextWriterWriteElement (self.writer, BAD_CAST "title", BAD_CAST title));

  _pc_render_paint (&self.parent, bg ? PC_RENDER_ALL : PC_RENDER_ALL & ~PC_RENDER_BACKGROUND, bg);

  check (&self, xmlTextWriterEndElement (self.writer));
  check (&self, xmlTextWriterEndDocument (self.writer));
  xmlFreeTextWriter (self.writer);
  g_hash_table_unref (self.ids);

  if (self.failed)
    {
      xmlBufferFree (buffer);
      g_set_error (error, PC_EXPORT_ERROR, PC_EXPORT_ERROR_FAILED, _("Could not write the SVG"));
      return NULL;
    }
  bytes = g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return bytes;
}
