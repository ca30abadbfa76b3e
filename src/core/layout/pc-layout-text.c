/* pc-layout-text.c: Pango layouts for measuring and drawing, and texts cut
 * to what can be shown
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pc-layout-private.h"

PangoLayout *
pc_layout_create_text (PcLayout *self,
                       double    size,
                       gboolean  bold)
{
  PangoLayout *text;
  PangoFontDescription *desc;

  g_return_val_if_fail (self != NULL, NULL);

  text = pango_layout_new (self->pango);
  desc = pango_font_description_copy_static (self->font);
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD
                                                : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (text, desc);
  pango_font_description_free (desc);
  return text;
}

void
_pc_layout_text_clear (gpointer data)
{
  PcLayoutText *text = data;

  for (guint i = 0; i < PC_LAYOUT_N_TEXT_USES; i++)
    g_clear_object (&text->uses[i]);
  g_clear_pointer (&text->advances, g_free);
}

static PcLayoutText *
find_text (PcLayout *self,
           double    size,
           gboolean  bold)
{
  PcLayoutText text = { size, bold != FALSE, -1, { NULL } };

  for (guint i = 0; i < self->texts->len; i++)
    {
      PcLayoutText *t = &g_array_index (self->texts, PcLayoutText, i);

      if (t->size == size && t->bold == text.bold)
        return t;
    }
  g_array_append_val (self->texts, text);
  return &g_array_index (self->texts, PcLayoutText, self->texts->len - 1);
}

PangoLayout *
pc_layout_get_text (PcLayout        *self,
                    double           size,
                    gboolean         bold,
                    PcLayoutTextUse  use)
{
  PcLayoutText *text;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (use < PC_LAYOUT_N_TEXT_USES, NULL);

  text = find_text (self, size, bold);
  if (text->uses[use] == NULL)
    text->uses[use] = pc_layout_create_text (self, size, bold);
  else
    pango_layout_set_width (text->uses[use], -1);
  return text->uses[use];
}

double
pc_layout_get_ascent (PcLayout *self,
                      double    size,
                      gboolean  bold)
{
  PcLayoutText *text;

  g_return_val_if_fail (self != NULL, 0);

  text = find_text (self, size, bold);
  if (text->ascent < 0)
    {
      PangoLayout *pl = pc_layout_get_text (self, size, bold, PC_LAYOUT_TEXT_MEASURE);

      pango_layout_set_text (pl, "Ag", -1);
      /* find_text() may have moved the array: look again. */
      text = find_text (self, size, bold);
      text->ascent = pango_layout_get_baseline (pl) / (double) PANGO_SCALE;
    }
  return text->ascent;
}

/* Kerning and ligatures move a line's end by much less than this; Pango
 * decides whenever an estimate comes closer to the width. */
#define FIT_MARGIN 0.04

gboolean
pc_layout_fits_line (PcLayout   *self,
                     const char *text,
                     double      size,
                     gboolean    bold,
                     double      width)
{
  PcLayoutText *entry;
  double sum = 0;

  g_return_val_if_fail (self != NULL, FALSE);

  if (text == NULL)
    return TRUE;
  entry = find_text (self, size, bold);
  if (entry->advances == NULL)
    {
      entry->advances = g_new (float, 256);
      for (guint i = 0; i < 256; i++)
        entry->advances[i] = -1;
    }

  for (const guchar *p = (const guchar *) text; *p; )
    {
      gunichar c;
      float advance;

      if (*p < 0x80)
        c = *p++;
      else if ((*p & 0xe0) == 0xc0 && (p[1] & 0xc0) == 0x80)
        {
          c = ((p[0] & 0x1f) << 6) | (p[1] & 0x3f);
          p += 2;
        }
      else
        return FALSE;
      if (c < 0x20 || c > 0xff || (c >= 0x7f && c < 0xa0))
        return FALSE;

      advance = entry->advances[c];
      if (advance < 0)
        {
          PangoLayout *pl = pc_layout_get_text (self, size, bold, PC_LAYOUT_TEXT_MEASURE);
          char one[8];
          PangoRectangle logical;

          one[g_unichar_to_utf8 (c, one)] = '\0';
          pango_layout_set_text (pl, one, -1);
          pango_layout_get_extents (pl, NULL, &logical);
          /* pc_layout_get_text() may have moved the array. */
          entry = find_text (self, size, bold);
          advance = entry->advances[c] = logical.width / (float) PANGO_SCALE;
        }
      sum += advance;
      if (sum * (1 + FIT_MARGIN) + size * 0.1 > width)
        return FALSE;
    }
  return TRUE;
}

gsize
pc_layout_text_limit (double size,
                      double width,
                      guint  max_lines)
{
  double per_line;

  if (max_lines == 0)
    return 0;
  per_line = ceil (MAX (width, 1) / (MAX (size, 0.5) * PC_LAYOUT_MIN_GLYPH_WIDTH)) + 1;
  return (gsize) MIN (per_line * max_lines + 8, (double) G_MAXUINT32);
}

char *
pc_layout_cut_text (const char *text,
                    gsize       limit,
                    gboolean   *cut)
{
  gsize max_bytes = limit <= G_MAXSIZE / 4 - 4 ? limit * 4 + 4 : G_MAXSIZE;
  gsize bytes;
  char *valid;
  gboolean longer;

  if (text == NULL)
    {
      if (cut)
        *cut = FALSE;
      return g_strdup ("");
    }

  /* Never more bytes than the characters could take, ending between two
   * characters. */
  bytes = strnlen (text, max_bytes);
  longer = text[bytes] != '\0';
  if (longer)
    while (bytes > 0 && ((guchar) text[bytes] & 0xc0) == 0x80)
      bytes--;
  valid = g_utf8_make_valid (text, bytes);
  if ((gsize) g_utf8_strlen (valid, -1) > limit)
    {
      *g_utf8_offset_to_pointer (valid, limit) = '\0';
      longer = TRUE;
    }
  if (cut)
    *cut = longer;
  return valid;
}
