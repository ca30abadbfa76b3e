/* pc-export-svg.c: SVG written as a stream, user text escaped by libxml2's
 * writer
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The file is written in one pass over the layout, through libxml2's
 * xmlTextWriter into the export's sink: no tree, and no copy of the whole
 * file in memory when it goes to disk. Shapes and texts share their looks
 * through CSS classes in one <style> at the top; a first, cheaper pass
 * over the layout (no text is fitted) finds which looks are used. A class
 * is named after the kind of group its look first appears in ("to3": the
 * third look, first seen on a touchpoint). Numbers are written by
 * _pc_export_format_number(), not printf. */

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/xmlwriter.h>
#include <math.h>
#include <string.h>

#include "pc-export-private.h"
#include "pc-render-private.h"

#define SVG_FONT_STACK "Cantarell, Inter, 'Noto Sans', 'DejaVu Sans', sans-serif"
#define MAX_DEPTH 8

/* One look: a shape's fill and stroke, or a text's size, weight and
 * colour. All integers, so that it hashes and compares as bytes. */
typedef struct
{
  gint32 fill;          /* 0xrrggbb, -1 for none */
  gint32 fill_alpha;    /* hundredths */
  gint32 stroke;        /* 0xrrggbb, -1 for none */
  gint32 stroke_alpha;
  gint32 width;         /* hundredths of a px */
  gint32 dash;
  gint32 font_size;     /* hundredths of a px; -1 for shapes */
  gint32 bold;
} Style;

typedef struct
{
  Style  style;
  char  *name;
  char  *css;
} StyleClass;

typedef struct
{
  PcPainter         parent;
  xmlTextWriterPtr  writer;
  GHashTable       *ids;
  GHashTable       *styles;    /* Style → StyleClass (owned by classes) */
  GPtrArray        *classes;   /* StyleClass, in order of first use */
  GString          *out;       /* the element being written */
  const char       *kinds[MAX_DEPTH];
  guint             depth;
  gboolean          failed;
} SvgPainter;

gsize
_pc_export_format_number (double  v,
                          char   *buf)
{
  char digits[20];
  guint64 n, whole;
  guint frac, len = 0, d = 0;
  double a;

  if (isnan (v))
    v = 0;
  a = fabs (CLAMP (v, -1e15, 1e15)) * 100 + 0.5;
  n = (guint64) a;
  if (n == 0)
    {
      buf[0] = '0';
      buf[1] = '\0';
      return 1;
    }
  if (v < 0)
    buf[len++] = '-';
  whole = n / 100;
  frac = n % 100;
  do
    {
      digits[d++] = '0' + whole % 10;
      whole /= 10;
    }
  while (whole > 0);
  while (d > 0)
    buf[len++] = digits[--d];
  if (frac != 0)
    {
      buf[len++] = '.';
      buf[len++] = '0' + frac / 10;
      if (frac % 10 != 0)
        buf[len++] = '0' + frac % 10;
    }
  buf[len] = '\0';
  return len;
}

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
  char buf[PC_EXPORT_NUMBER_SIZE];
  gsize len = _pc_export_format_number (v, buf);

  g_string_append_len (out, buf, len);
}

/* ` name="12.5"` */
static void
append_attr_number (GString    *out,
                    const char *name,
                    double      v)
{
  g_string_append_c (out, ' ');
  g_string_append (out, name);
  g_string_append (out, "=\"");
  append_number (out, v);
  g_string_append_c (out, '"');
}

static gint32
rgb (const PcColor *color)
{
  return ((gint32) (CLAMP (color->red, 0, 1) * 255 + 0.5) << 16)
         | ((gint32) (CLAMP (color->green, 0, 1) * 255 + 0.5) << 8)
         | (gint32) (CLAMP (color->blue, 0, 1) * 255 + 0.5);
}

static gint32
hundredths (double v)
{
  return (gint32) floor (CLAMP (v, -1e7, 1e7) * 100 + 0.5);
}

static guint
style_hash (gconstpointer key)
{
  const gint32 *v = key;
  guint h = 5381;

  for (guint i = 0; i < sizeof (Style) / sizeof (gint32); i++)
    h = h * 33 + (guint) v[i];
  return h;
}

static gboolean
style_equal (gconstpointer a,
             gconstpointer b)
{
  return memcmp (a, b, sizeof (Style)) == 0;
}

static void
style_class_free (gpointer data)
{
  StyleClass *klass = data;

  g_free (klass->name);
  g_free (klass->css);
  g_free (klass);
}

static void
append_color (GString    *css,
              const char *property,
              gint32      color,
              gint32      alpha)
{
  g_string_append_printf (css, "%s:#%06x", property, (guint) color);
  if (alpha < 100)
    {
      g_string_append_printf (css, ";%s-opacity:", property);
      append_number (css, alpha / 100.0);
    }
}

static char *
style_css (const Style *style)
{
  GString *css = g_string_new (NULL);

  if (style->font_size >= 0)
    {
      g_string_append (css, "font-size:");
      append_number (css, style->font_size / 100.0);
      g_string_append (css, "px;");
      if (style->bold)
        g_string_append (css, "font-weight:bold;");
    }
  if (style->fill >= 0)
    append_color (css, "fill", style->fill, style->fill_alpha);
  else
    g_string_append (css, "fill:none");
  if (style->stroke >= 0)
    {
      g_string_append_c (css, ';');
      append_color (css, "stroke", style->stroke, style->stroke_alpha);
      g_string_append (css, ";stroke-width:");
      append_number (css, style->width / 100.0);
      if (style->dash > 0)
        {
          g_string_append (css, ";stroke-dasharray:");
          append_number (css, style->dash / 100.0);
          g_string_append_c (css, ',');
          append_number (css, style->dash * 0.75 / 100.0);
        }
      else
        g_string_append (css, ";stroke-linecap:round");
      g_string_append (css, ";stroke-linejoin:round");
    }
  return g_string_free (css, FALSE);
}

static const char *
class_prefix (SvgPainter *self)
{
  static const struct { const char *kind; const char *prefix; } prefixes[] = {
    { "stage", "st" }, { "lane", "la" }, { "touchpoint", "to" },
    { "connector", "co" }, { "line", "li" }, { "title", "ti" }, { "legend", "le" },
    { "row", "ro" }, { "note", "no" }, { "gathered", "ga" },
  };
  const char *kind;

  if (self->depth == 0)
    return "m";
  kind = self->kinds[MIN (self->depth, MAX_DEPTH) - 1];
  for (guint i = 0; kind && i < G_N_ELEMENTS (prefixes); i++)
    if (strcmp (kind, prefixes[i].kind) == 0)
      return prefixes[i].prefix;
  return "g";
}

/* Appends ` class="…"` for @style, or, for a look the first pass did not
 * see, the same properties in a style attribute. */
static void
append_style (SvgPainter  *self,
              const Style *style)
{
  StyleClass *klass = g_hash_table_lookup (self->styles, style);

  if (klass == NULL && self->parent.styles_only)
    {
      klass = g_new0 (StyleClass, 1);
      klass->style = *style;
      klass->name = g_strdup_printf ("%s%u", class_prefix (self), self->classes->len + 1);
      klass->css = style_css (style);
      g_ptr_array_add (self->classes, klass);
      g_hash_table_insert (self->styles, &klass->style, klass);
    }
  if (klass)
    {
      g_string_append (self->out, " class=\"");
      g_string_append (self->out, klass->name);
    }
  else
    {
      g_autofree char *css = style_css (style);

      g_string_append (self->out, " style=\"");
      g_string_append (self->out, css);
    }
  g_string_append_c (self->out, '"');
}

static void
paint_style (const PcPaint *paint,
             Style         *style)
{
  memset (style, 0, sizeof *style);
  style->fill = paint->fill ? rgb (paint->fill) : -1;
  style->fill_alpha = paint->fill ? hundredths (MIN (paint->fill->alpha, 1)) : 100;
  style->stroke = paint->stroke ? rgb (paint->stroke) : -1;
  style->stroke_alpha = paint->stroke ? hundredths (MIN (paint->stroke->alpha, 1)) : 100;
  style->width = paint->stroke ? hundredths (paint->line_width) : 0;
  style->dash = paint->stroke && paint->dash > 0 ? hundredths (paint->dash) : 0;
  style->font_size = -1;
}

static void
text_style (double         size,
            gboolean       bold,
            const PcColor *color,
            Style         *style)
{
  memset (style, 0, sizeof *style);
  style->fill = rgb (color);
  style->fill_alpha = hundredths (MIN (color->alpha, 1));
  style->stroke = -1;
  style->stroke_alpha = 100;
  style->font_size = hundredths (size);
  style->bold = bold != FALSE;
}

static void
write_out (SvgPainter *self)
{
  check (self, xmlTextWriterWriteRawLen (self->writer, BAD_CAST self->out->str,
                                         self->out->len));
  g_string_truncate (self->out, 0);
}

/* Text content, escaped by the writer, without the characters XML 1.0
 * forbids. */
static void
write_text (SvgPainter *self,
            const char *text)
{
  g_autofree char *clean = _pc_render_clean_text (text);

  write_out (self);
  check (self, xmlTextWriterWriteString (self->writer, BAD_CAST clean));
}

static void
svg_shape_end (SvgPainter    *self,
               const PcPaint *paint)
{
  Style style;

  paint_style (paint, &style);
  append_style (self, &style);
  if (self->parent.styles_only)
    {
      g_string_truncate (self->out, 0);
      return;
    }
  g_string_append (self->out, "/>\n");
  write_out (self);
}

static void
svg_path (PcPainter      *painter,
          const PcPathOp *ops,
          guint           n_ops,
          const PcPaint  *paint)
{
  SvgPainter *self = (SvgPainter *) painter;
  static const char letters[] = { 'M', 'L', 'C', 'Z' };
  GString *out = self->out;

  if (painter->styles_only)
    {
      svg_shape_end (self, paint);
      return;
    }

  g_string_append (out, "<path d=\"");
  for (guint i = 0; i < n_ops; i++)
    {
      guint n = ops[i].type == PC_PATH_CURVE ? 3 : ops[i].type == PC_PATH_CLOSE ? 0 : 1;

      g_string_append_c (out, letters[ops[i].type]);
      for (guint k = 0; k < n; k++)
        {
          if (k)
            g_string_append_c (out, ' ');
          append_number (out, ops[i].x[k]);
          g_string_append_c (out, ',');
          append_number (out, ops[i].y[k]);
        }
    }
  g_string_append_c (out, '"');
  svg_shape_end (self, paint);
}

static void
svg_rect (PcPainter     *painter,
          const PcRect  *rect,
          double         radius,
          const PcPaint *paint)
{
  SvgPainter *self = (SvgPainter *) painter;

  if (!painter->styles_only)
    {
      g_string_append (self->out, "<rect");
      append_attr_number (self->out, "x", rect->x);
      append_attr_number (self->out, "y", rect->y);
      append_attr_number (self->out, "width", rect->width);
      append_attr_number (self->out, "height", rect->height);
      if (radius > 0)
        append_attr_number (self->out, "rx", radius);
    }
  svg_shape_end (self, paint);
}

static void
svg_circle (PcPainter     *painter,
            double         cx,
            double         cy,
            double         r,
            const PcPaint *paint)
{
  SvgPainter *self = (SvgPainter *) painter;

  if (!painter->styles_only)
    {
      g_string_append (self->out, "<circle");
      append_attr_number (self->out, "cx", cx);
      append_attr_number (self->out, "cy", cy);
      append_attr_number (self->out, "r", r);
    }
  svg_shape_end (self, paint);
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
  Style style;

  text_style (size, bold, color, &style);
  g_string_append (self->out, "<text");
  append_style (self, &style);
  if (painter->styles_only)
    {
      g_string_truncate (self->out, 0);
      return;
    }
  append_attr_number (self->out, "x", x);
  append_attr_number (self->out, "y", y);
  g_string_append_c (self->out, '>');
  write_text (self, text);
  g_string_append (self->out, "</text>\n");
  write_out (self);
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
  Style style;

  text_style (size, bold, color, &style);
  g_string_append (self->out, "<text");
  append_style (self, &style);
  if (painter->styles_only)
    {
      g_string_truncate (self->out, 0);
      return;
    }
  /* No white space between the <tspan>s: it would be shown. */
  g_string_append_c (self->out, '>');
  for (guint i = 0; lines[i]; i++)
    {
      g_string_append (self->out, "<tspan");
      append_attr_number (self->out, "x", x[i]);
      append_attr_number (self->out, "y", y[i]);
      g_string_append_c (self->out, '>');
      write_text (self, lines[i]);
      g_string_append (self->out, "</tspan>");
    }
  g_string_append (self->out, "</text>\n");
  write_out (self);
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

  if (self->depth < MAX_DEPTH)
    self->kinds[self->depth] = kind;
  self->depth++;
  if (painter->styles_only)
    return;

  /* Ids and kinds are plain ASCII letters, digits and "-_.". */
  g_string_append (self->out, "<g");
  if (id)
    {
      g_autofree char *xml_id = make_id (self, kind, id);

      g_string_append (self->out, " id=\"");
      g_string_append (self->out, xml_id);
      g_string_append_c (self->out, '"');
    }
  g_string_append (self->out, " class=\"");
  g_string_append (self->out, kind);
  g_string_append (self->out, "\">");
  if (title && *title)
    {
      g_string_append (self->out, "<title>");
      write_text (self, title);
      g_string_append (self->out, "</title>");
    }
  g_string_append_c (self->out, '\n');
  write_out (self);
}

static void
svg_end_group (PcPainter *painter)
{
  SvgPainter *self = (SvgPainter *) painter;

  if (self->depth > 0)
    self->depth--;
  if (painter->styles_only)
    return;
  g_string_append (self->out, "</g>\n");
  write_out (self);
}

static void
svg_begin_fade (PcPainter *painter,
                double     opacity)
{
  SvgPainter *self = (SvgPainter *) painter;
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  if (painter->styles_only)
    return;
  g_string_append (self->out, "<g opacity=\"");
  g_string_append (self->out, g_ascii_formatd (number, sizeof number, "%.2g", opacity));
  g_string_append (self->out, "\">\n");
}

static void
svg_end_fade (PcPainter *painter)
{
  SvgPainter *self = (SvgPainter *) painter;

  if (painter->styles_only)
    return;
  g_string_append (self->out, "</g>\n");
  write_out (self);
}

static int
write_to_sink (void       *context,
               const char *buffer,
               int         len)
{
  return _pc_export_sink_write (context, buffer, len) ? len : -1;
}

static int
close_sink (void *context)
{
  return 0;
}

static void
write_style_sheet (SvgPainter *self)
{
  g_string_append (self->out, "\n<style>\n");
  for (guint i = 0; i < self->classes->len; i++)
    {
      const StyleClass *klass = g_ptr_array_index (self->classes, i);

      g_string_append_printf (self->out, ".%s{%s}\n", klass->name, klass->css);
    }
  g_string_append (self->out, "</style>\n");
  write_out (self);
}

gboolean
_pc_export_svg (PcLayout               *layout,
                const PcExportOptions  *options,
                PcExportSink           *sink,
                GError                **error)
{
  SvgPainter self = { 0 };
  xmlOutputBufferPtr output;
  const PcColor *bg = _pc_export_background_color (options, pc_layout_get_theme (layout));
  PcRenderFlags flags = bg ? PC_RENDER_ALL : PC_RENDER_ALL & ~PC_RENDER_BACKGROUND;
  double w = pc_layout_get_width (layout);
  double h = pc_layout_get_height (layout);
  g_autoptr(GString) view_box = g_string_new ("0 0 ");
  g_autofree char *title = NULL;

  self.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.styles = g_hash_table_new (style_hash, style_equal);
  self.classes = g_ptr_array_new_with_free_func (style_class_free);
  self.out = g_string_sized_new (1024);
  self.parent.layout = layout;
  self.parent.path = svg_path;
  self.parent.text = svg_text;
  self.parent.lines = svg_lines;
  self.parent.rect = svg_rect;
  self.parent.circle = svg_circle;
  self.parent.begin_group = svg_begin_group;
  self.parent.end_group = svg_end_group;
  self.parent.begin_fade = svg_begin_fade;
  self.parent.end_fade = svg_end_fade;

  /* First pass: the looks in use, for the style sheet. */
  self.parent.styles_only = TRUE;
  _pc_render_paint (&self.parent, flags, bg);
  self.parent.styles_only = FALSE;
  self.depth = 0;

  output = xmlOutputBufferCreateIO (write_to_sink, close_sink, sink, NULL);
  self.writer = xmlNewTextWriter (output);

  append_number (view_box, w);
  g_string_append_c (view_box, ' ');
  append_number (view_box, h);

  check (&self, xmlTextWriterStartDocument (self.writer, NULL, "UTF-8", NULL));
  check (&self, xmlTextWriterStartElement (self.writer, BAD_CAST "svg"));
  check (&self, xmlTextWriterWriteAttribute (self.writer, BAD_CAST "xmlns",
                                             BAD_CAST "http://www.w3.org/2000/svg"));
  check (&self, xmlTextWriterWriteAttribute (self.writer, BAD_CAST "version", BAD_CAST "1.1"));
  append_number (self.out, w);
  check (&self, xmlTextWriterWriteAttribute (self.writer, BAD_CAST "width", BAD_CAST self.out->str));
  g_string_truncate (self.out, 0);
  append_number (self.out, h);
  check (&self, xmlTextWriterWriteAttribute (self.writer, BAD_CAST "height", BAD_CAST self.out->str));
  g_string_truncate (self.out, 0);
  check (&self, xmlTextWriterWriteAttribute (self.writer, BAD_CAST "viewBox",
                                             BAD_CAST view_box->str));
  check (&self, xmlTextWriterWriteAttribute (self.writer, BAD_CAST "font-family",
                                             BAD_CAST SVG_FONT_STACK));
  /* Texts keep their spaces as laid out. */
  check (&self, xmlTextWriterWriteAttribute (self.writer, BAD_CAST "xml:space",
                                             BAD_CAST "preserve"));
  title = _pc_render_clean_text (pc_map_get_name (pc_layout_get_map (layout)));
  if (title && *title)
    {
      g_string_append (self.out, "\n<title>");
      write_text (&self, title);
      g_string_append (self.out, "</title>");
    }
  write_style_sheet (&self);

  _pc_render_paint (&self.parent, flags, bg);

  check (&self, xmlTextWriterEndElement (self.writer));
  check (&self, xmlTextWriterEndDocument (self.writer));
  xmlFreeTextWriter (self.writer);
  g_hash_table_unref (self.ids);
  g_hash_table_unref (self.styles);
  g_ptr_array_unref (self.classes);
  g_string_free (self.out, TRUE);

  if (self.failed || sink->error)
    {
      g_set_error (error, PC_EXPORT_ERROR, PC_EXPORT_ERROR_FAILED, "%s%s%s",
                   _("Could not write the SVG"), sink->error ? ": " : "",
                   sink->error ? g_strerror (sink->error) : "");
      return FALSE;
    }
  return TRUE;
}
