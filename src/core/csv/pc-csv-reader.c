/* pc-csv-reader.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pc-csv.h"
#include "pc-csv-private.h"

#define UTF8_BOM "\xEF\xBB\xBF"

static gboolean
has_bom (const char *data,
         gsize       length)
{
  return length >= 3 && memcmp (data, UTF8_BOM, 3) == 0;
}

void
pc_csv_reader_init (PcCsvReader *reader,
                    const char  *data,
                    gsize        length)
{
  if (has_bom (data, length))
    {
      data += 3;
      length -= 3;
    }
  reader->p = data;
  reader->end = data + length;
  reader->line = 1;
  reader->separator = pc_csv_detect_separator (data, length);
}

/* The header row decides: whichever of comma, semicolon or tab appears most
 * often outside quotes. Ties go to the comma. */
char
pc_csv_detect_separator (const char *data,
                         gsize       length)
{
  const char *p = data, *end = data + length;
  guint commas = 0, semicolons = 0, tabs = 0;
  gboolean quoted = FALSE;

  if (has_bom (data, length))
    p += 3;

  for (; p < end; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (*p == '\n' || *p == '\r')
        {
          if (commas + semicolons + tabs > 0)
            break;
        }
      else if (*p == ',')
        commas++;
      else if (*p == ';')
        semicolons++;
      else if (*p == '\t')
        tabs++;
    }

  if (semicolons > commas && semicolons >= tabs)
    return ';';
  if (tabs > commas && tabs > semicolons)
    return '\t';
  return ',';
}

static int
count_lines (const char *data,
             const char *upto)
{
  int line = 1;

  for (const char *p = data; p < upto; p++)
    if (*p == '\n' || (*p == '\r' && (p + 1 >= upto || p[1] != '\n')))
      line++;
  return line;
}

gboolean
pc_csv_check_encoding (const char  *data,
                       gsize        length,
                       GError     **error)
{
  const char *bad = NULL;

  if (length >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                      ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      g_set_error (error, PC_CSV_ERROR, PC_CSV_ERROR_ENCODING,
                   _("The file is in UTF-16. Save it as “CSV UTF-8” and import it again."));
      return FALSE;
    }

  if (!g_utf8_validate_len (data, length, &bad))
    {
      g_set_error (error, PC_CSV_ERROR, PC_CSV_ERROR_ENCODING,
                   _("Line %d is not UTF-8 text. Save the file as “CSV UTF-8” and import it again."),
                   count_lines (data, bad));
      return FALSE;
    }

  return TRUE;
}

static gboolean
at_line_end (PcCsvReader *reader)
{
  return reader->p < reader->end && (*reader->p == '\n' || *reader->p == '\r');
}

static void
skip_line_end (PcCsvReader *reader)
{
  if (*reader->p == '\r' && reader->p + 1 < reader->end && reader->p[1] == '\n')
    reader->p++;
  reader->p++;
  reader->line++;
}

static gboolean
append_checked (GString     *field,
                const char  *text,
                gsize        len,
                int          start_line,
                GError     **error)
{
  if (field->len + len > PC_CSV_MAX_FIELD)
    {
      g_set_error (error, PC_CSV_ERROR, PC_CSV_ERROR_TOO_LARGE,
                   _("Line %d: a value is longer than %d KiB."),
                   start_line, PC_CSV_MAX_FIELD / 1024);
      return FALSE;
    }
  g_string_append_len (field, text, len);
  return TRUE;
}

/* Reads one quoted field, starting just after its opening quote. Doubled
 * quotes stand for one; line breaks inside are kept as they are. */
static gboolean
read_quoted (PcCsvReader *reader,
             GString     *field,
             int          start_line,
             GError     **error)
{
  for (;;)
    {
      const char *run = reader->p;

      while (reader->p < reader->end && *reader->p != '"' &&
             *reader->p != '\n' && *reader->p != '\r')
        reader->p++;
      if (!append_checked (field, run, reader->p - run, start_line, error))
        return FALSE;

      if (reader->p >= reader->end)
        {
          g_set_error (error, PC_CSV_ERROR, PC_CSV_ERROR_NO_ROWS,
                       _("Line %d: a quoted value is never closed."),
                       start_line);
          return FALSE;
        }

      if (*reader->p == '"')
        {
          reader->p++;
          if (reader->p < reader->end && *reader->p == '"')
            {
              reader->p++;
              if (!append_checked (field, "\"", 1, start_line, error))
                return FALSE;
              continue;
            }
          return TRUE;
        }

      /* A line break inside quotes: CRLF, LF or CR all become "\n", as
       * the model and the editor write them. */
      skip_line_end (reader);
      if (!append_checked (field, "\n", 1, start_line, error))
        return FALSE;
    }
}

/**
 * pc_csv_reader_next:
 * @fields: (element-type utf8): cleared, then filled with the record's values
 * @start_line: (out): the physical line where the record starts
 *
 * Returns: %FALSE at the end of the data or on @error (then @error is set).
 */
gboolean
pc_csv_reader_next (PcCsvReader  *reader,
                    GPtrArray    *fields,
                    int          *start_line,
                    GError      **error)
{
  g_autoptr(GString) field = NULL;

  g_ptr_array_set_size (fields, 0);
  if (reader->p >= reader->end)
    return FALSE;

  *start_line = reader->line;
  field = g_string_new (NULL);

  for (;;)
    {
      if (reader->p < reader->end && *reader->p == '"' && field->len == 0)
        {
          reader->p++;
          if (!read_quoted (reader, field, *start_line, error))
            return FALSE;
        }

      /* Unquoted text, or stray text after a closing quote (kept, as
       * spreadsheets do). */
      {
        const char *run = reader->p;

        while (reader->p < reader->end && *reader->p != reader->separator &&
               *reader->p != '\n' && *reader->p != '\r')
          reader->p++;
        if (!append_checked (field, run, reader->p - run, *start_line, error))
          return FALSE;
      }

      if (fields->len >= PC_CSV_MAX_COLUMNS)
        {
          g_set_error (error, PC_CSV_ERROR, PC_CSV_ERROR_TOO_LARGE,
                       _("Line %d has more than %d columns."),
                       *start_line, PC_CSV_MAX_COLUMNS);
          return FALSE;
        }
      g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));

      if (reader->p >= reader->end)
        return TRUE;
      if (at_line_end (reader))
        {
          skip_line_end (reader);
          return TRUE;
        }

      /* A separator: another field follows. */
      reader->p++;
      field = g_string_new (NULL);
    }
}

/* Lower case, no accents, and spaces, hyphens and underscores as one "_":
 * "Points de douleur", "points_de_douleur" and "POINTS-DE-DOULEUR" meet. */
char *
pc_csv_normalize_key (const char *str)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *out;
  gboolean pending_sep = FALSE;

  decomposed = g_utf8_normalize (str, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_strdup ("");
  folded = g_utf8_casefold (decomposed, -1);
  out = g_string_new (NULL);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (g_unichar_isspace (c) || c == '_' || c == '-')
        {
          pending_sep = out->len > 0;
          continue;
        }
      if (pending_sep)
        g_string_append_c (out, '_');
      pending_sep = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Spreadsheets run a cell that starts with "=", "@", "+" or "-" as a
 * formula, and a map is often shared with people who open its CSV. Such
 * values are written behind an apostrophe, as a spreadsheet user would type
 * them, and the apostrophe is dropped again on import. "- item" lists and
 * a lone "-" are left alone. A value that starts with an apostrophe before
 * such a value gets one more, so that export then import is exact. */
gboolean
pc_csv_is_formula_like (const char *value)
{
  switch (value[0])
    {
    case '=':
    case '@':
    case '\t':
    case '\r':
      return TRUE;
    case '+':
    case '-':
      return value[1] != '\0' && value[1] != ' ' && value[1] != '\n';
    case '\'':
      return pc_csv_is_formula_like (value + 1);
    default:
      return FALSE;
    }
}
