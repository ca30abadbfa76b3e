/* pc-format-scan.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The checks on the bytes of a document before json-glib parses them, and
 * the repair of its output: what json-glib 1.6 does not refuse or does not
 * write as JSON (see pc-format.c). */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pc-format.h"
#include "pc-format-private.h"
#include "pc-format-scan.h"

/* ------------------------------------------------------------------ */
/* Member names, to find one repeated in an object                    */
/* ------------------------------------------------------------------ */

/* json-glib looks for an earlier member of the same name with a linear
 * search, so a file of repeated names would take hours to parse. */

/* Objects written by Parcours have at most about twenty members: compare
 * those directly, and use a hash table beyond. */
#define LINEAR_MAX 32

typedef struct
{
  const char *name;   /* not nul-terminated */
  gsize       length;
} Key;

typedef struct
{
  gboolean    is_object;
  GArray     *keys;     /* Key, while few */
  GHashTable *set;      /* nul-terminated names, once many */
  GPtrArray  *decoded;  /* names that had escapes, owned */
} Level;

typedef struct
{
  GArray *levels;  /* Level */
} PcKeyStack;

static void
level_clear (Level *level)
{
  g_clear_pointer (&level->keys, g_array_unref);
  g_clear_pointer (&level->set, g_hash_table_unref);
  g_clear_pointer (&level->decoded, g_ptr_array_unref);
}

static PcKeyStack *
pc_key_stack_new (void)
{
  PcKeyStack *self = g_new0 (PcKeyStack, 1);

  self->levels = g_array_new (FALSE, TRUE, sizeof (Level));
  g_array_set_clear_func (self->levels, (GDestroyNotify) level_clear);
  return self;
}

static void
pc_key_stack_free (PcKeyStack *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->levels);
  g_free (self);
}

static void
pc_key_stack_push (PcKeyStack *self,
                   gboolean    is_object)
{
  Level level = { is_object, NULL, NULL, NULL };

  g_array_append_val (self->levels, level);
}

static void
pc_key_stack_pop (PcKeyStack *self)
{
  if (self->levels->len > 0)
    g_array_set_size (self->levels, self->levels->len - 1);
}

/* JSON string escapes to UTF-8; the loader has already refused lone
 * surrogates, and json-glib refuses malformed escapes. */
static char *
decode (const char *raw,
        gsize       length)
{
  GString *out = g_string_sized_new (length);
  const char *end = raw + length;

  for (const char *p = raw; p < end; p++)
    {
      gunichar c;

      if (*p != '\\' || p + 1 >= end)
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      switch (*p)
        {
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          if (end - p < 5)
            {
              g_string_append_c (out, *p);
              break;
            }
          c = 0;
          for (int i = 1; i <= 4; i++)
            c = c * 16 + MAX (g_ascii_xdigit_value (p[i]), 0);
          p += 4;
          if (c >= 0xD800 && c <= 0xDBFF && end - p >= 7 && p[1] == '\\' && p[2] == 'u')
            {
              gunichar low = 0;

              for (int i = 3; i <= 6; i++)
                low = low * 16 + MAX (g_ascii_xdigit_value (p[i]), 0);
              c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
              p += 6;
            }
          g_string_append_unichar (out, c);
          break;
        default: /* \" \\ \/ */
          g_string_append_c (out, *p);
          break;
        }
    }
  return g_string_free (out, FALSE);
}

/* pc_key_stack_add:
 * @raw: the member name as written, between the quotes
 * @name: (out) (transfer full): the name, when it is a repeat
 *
 * Returns: %FALSE if the innermost object already has a member @raw */
static gboolean
pc_key_stack_add (PcKeyStack  *self,
                  const char  *raw,
                  gsize        length,
                  char       **name)
{
  Level *level;
  Key key = { raw, length };

  if (self->levels->len == 0)
    return TRUE;
  level = &g_array_index (self->levels, Level, self->levels->len - 1);
  if (!level->is_object)
    return TRUE;

  if (memchr (raw, '\\', length) != NULL)
    {
      char *decoded = decode (raw, length);

      if (level->decoded == NULL)
        level->decoded = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (level->decoded, decoded);
      key.name = decoded;
      key.length = strlen (decoded);
    }

  if (level->set == NULL)
    {
      if (level->keys == NULL)
        level->keys = g_array_sized_new (FALSE, FALSE, sizeof (Key), 8);
      for (guint i = 0; i < level->keys->len; i++)
        {
          Key *other = &g_array_index (level->keys, Key, i);

          if (other->length == key.length && memcmp (other->name, key.name, key.length) == 0)
            {
              *name = g_strndup (key.name, key.length);
              return FALSE;
            }
        }
      if (level->keys->len < LINEAR_MAX)
        {
          g_array_append_val (level->keys, key);
          return TRUE;
        }
      level->set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < level->keys->len; i++)
        {
          Key *other = &g_array_index (level->keys, Key, i);

          g_hash_table_add (level->set, g_strndup (other->name, other->length));
        }
      g_clear_pointer (&level->keys, g_array_unref);
    }

  {
    char *copy = g_strndup (key.name, key.length);

    if (!g_hash_table_add (level->set, copy))
      {
        *name = g_strdup (copy);
        return FALSE;
      }
  }
  return TRUE;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PcKeyStack, pc_key_stack_free)

/* ------------------------------------------------------------------ */
/* Before parsing                                                      */
/* ------------------------------------------------------------------ */

static void
position_of (const char *data,
             const char *at,
             int        *line,
             int        *column)
{
  *line = 1;
  *column = 1;
  for (const char *p = data; p < at; p++)
    {
      if (*p == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) *p & 0xC0) != 0x80) /* count characters, not bytes */
        (*column)++;
    }
}

/* The value of four hex digits at @p, or -1. */
int
pc_format_hex4 (const char *p,
                const char *end)
{
  int value = 0;

  if (end - p < 4)
    return -1;
  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* json-glib turns \u0000 into the end of the C string (losing the rest of
 * the text) and a lone surrogate into bytes that are not UTF-8 (which then
 * get saved into a file that no longer opens), so both are refused here.
 * @p is on the “u” of an escape; returns how many more bytes the escape
 * takes, or -1 with @error. */
static int
check_unicode_escape (const char  *data,
                      const char  *p,
                      const char  *end,
                      GError     **error)
{
  int value = pc_format_hex4 (p + 1, end);
  int line, column;

  if (value < 0)
    {
      /* json-glib reports it too, but leaks its buffer doing so */
      position_of (data, p - 1, &line, &column);
      g_set_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_SYNTAX,
                   _("The file is not valid JSON: line %d, column %d: “\\u” must be followed by four hexadecimal digits"),
                   line, column);
      return -1;
    }
  if (value >= 0xD800 && value <= 0xDBFF && end - p >= 11 && p[5] == '\\' && p[6] == 'u')
    {
      int low = pc_format_hex4 (p + 7, end);

      if (low >= 0xDC00 && low <= 0xDFFF)
        return 10;
    }
  if (value != 0 && (value < 0xD800 || value > 0xDFFF))
    return 4;

  position_of (data, p - 1, &line, &column);
  if (value == 0)
    g_set_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_INVALID,
                 _("Line %d, column %d: a text contains a null character (\\u0000)"),
                 line, column);
  else
    g_set_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_ENCODING,
                 _("Line %d, column %d: \\u%04x is half of a surrogate pair, not a character"),
                 line, column, (guint) value);
  return -1;
}

/* json-glib wraps whole numbers beyond 64 bits (2^64 becomes -1) and writes
 * infinity as “inf.0”, which is not JSON: such numbers are refused, so
 * that every number read is written back as it was. @p is on the first
 * byte of a number; returns its length, or -1 with @error. */
static gssize
check_number (const char  *data,
              const char  *p,
              const char  *end,
              GError     **error)
{
  const char *q = p, *digits;
  gboolean is_double = FALSE, too_large;
  gsize n_digits;
  int line, column;

  if (*q == '-')
    q++;
  while (q < end && *q == '0')
    q++;
  digits = q;
  while (q < end && g_ascii_isdigit (*q))
    q++;
  n_digits = q - digits;
  while (q < end && (g_ascii_isdigit (*q) || *q == '.' || *q == 'e' || *q == 'E' ||
                     ((*q == '+' || *q == '-') && (q[-1] == 'e' || q[-1] == 'E'))))
    {
      is_double = TRUE;
      q++;
    }

  if (is_double)
    {
      g_autofree char *copy = g_strndup (p, q - p);

      too_large = isinf (g_ascii_strtod (copy, NULL));
    }
  else
    {
      const char *max = *p == '-' ? "9223372036854775808" : "9223372036854775807";

      too_large = n_digits > 19 || (n_digits == 19 && strncmp (digits, max, 19) > 0);
    }

  if (!too_large)
    return q - p;

  position_of (data, p, &line, &column);
  g_set_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_TOO_LARGE,
               _("Line %d, column %d: the number is out of range (Parcours keeps whole numbers "
                 "of up to 19 digits and decimal numbers of up to about 1.8e308)"),
               line, column);
  return -1;
}

/**
 * pc_format_prescan:
 *
 * Returns: %FALSE with @error if the bytes are not a JSON text that
 *   json-glib can be trusted with
 */
gboolean
pc_format_prescan (const char  *data,
                   gsize        length,
                   GError     **error)
{
  g_autoptr(PcKeyStack) keys = pc_key_stack_new ();
  gboolean root_closed = FALSE;
  const char *end = NULL;
  const char *string_start = NULL;
  gboolean in_string = FALSE, escaped = FALSE;
  int depth = 0, line, column;

  if (length > PC_FORMAT_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (length);

      g_set_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_TOO_LARGE,
                   _("The file is too large (%s); Parcours opens documents of up to %d MB"),
                   size, PC_FORMAT_MAX_FILE_SIZE / (1024 * 1024));
      return FALSE;
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      position_of (data, end, &line, &column);
      g_set_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_ENCODING,
                   _("Line %d, column %d: the file is not UTF-8 text (byte 0x%02x)"),
                   line, column, (guchar) *end);
      return FALSE;
    }

  for (const char *p = data; p < data + length; p++)
    {
      if (in_string)
        {
          if (escaped)
            {
              escaped = FALSE;
              if (*p == 'u')
                {
                  int skip = check_unicode_escape (data, p, data + length, error);

                  if (skip < 0)
                    return FALSE;
                  p += skip;
                }
              /* json-glib also takes C escapes: “\333” would become a
               * byte that is not UTF-8, “\0” the end of the text */
              else if (*p == '\0' || strchr ("\"\\/bfnrt", *p) == NULL)
                {
                  position_of (data, p - 1, &line, &column);
                  g_set_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_SYNTAX,
                               _("The file is not valid JSON: line %d, column %d: “\\%c” is not an escape "
                                 "(use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u and four hexadecimal digits)"),
                               line, column, g_ascii_isprint (*p) ? *p : '?');
                  return FALSE;
                }
            }
          else if (*p == '\\')
            escaped = TRUE;
          else if (*p == '"')
            {
              const char *q = p + 1;
              g_autofree char *name = NULL;

              in_string = FALSE;
              root_closed = depth == 0;
              while (q < data + length && g_ascii_isspace (*q))
                q++;
              if (q < data + length && *q == ':' &&
                  !pc_key_stack_add (keys, string_start + 1, p - string_start - 1, &name))
                {
                  int shown = g_utf8_offset_to_pointer (name, MIN (g_utf8_strlen (name, -1), 40)) - name;

                  position_of (data, string_start, &line, &column);
                  g_set_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_INVALID,
                               _("Line %d, column %d: the member “%.*s%s” appears twice in the same object"),
                               line, column, shown, name, name[shown] ? "…" : "");
                  return FALSE;
                }
            }
          else if ((gsize) (p - string_start) > PC_FORMAT_MAX_STRING)
            {
              position_of (data, string_start, &line, &column);
              g_set_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_TOO_LARGE,
                           _("Line %d, column %d: a text is longer than %d MB"),
                           line, column, PC_FORMAT_MAX_STRING / (1024 * 1024));
              return FALSE;
            }
          continue;
        }

      /* json-glib keeps the first of several values, drops (and leaks)
       * the rest */
      if (root_closed && !g_ascii_isspace (*p))
        {
          position_of (data, p, &line, &column);
          g_set_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_SYNTAX,
                       _("The file is not valid JSON: line %d, column %d: there is more text after the end of the document"),
                       line, column);
          return FALSE;
        }

      switch (*p)
        {
        case '"':
          in_string = TRUE;
          string_start = p;
          break;
        case '-':
        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
          {
            gssize number_length = check_number (data, p, data + length, error);

            if (number_length < 0)
              return FALSE;
            p += number_length - 1;
            root_closed = depth == 0;
          }
          break;
        case '[':
        case '{':
          pc_key_stack_push (keys, *p == '{');
          if (++depth > PC_FORMAT_MAX_DEPTH)
            {
              position_of (data, p, &line, &column);
              g_set_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_TOO_DEEP,
                           _("Line %d, column %d: arrays and objects are nested more than %d deep"),
                           line, column, PC_FORMAT_MAX_DEPTH);
              return FALSE;
            }
          break;
        case ']':
        case '}':
          pc_key_stack_pop (keys);
          if (--depth == 0)
            root_closed = TRUE;
          break;
        case ',':
        case ':':
        case '+':
        case '.':
          break;
        default:
          if (g_ascii_isalpha (*p))
            {
              if (depth == 0)
                {
                  while (p + 1 < data + length && g_ascii_isalnum (p[1]))
                    p++;
                  root_closed = TRUE;
                }
            }
          /* json-glib also reads 'strings', comments and escapes outside
           * strings, which this scan would not follow (and json-glib
           * leaks on some of them) */
          else if (!g_ascii_isspace (*p))
            {
              gunichar c = g_utf8_get_char (p);
              char shown[8] = { 0 };

              g_unichar_to_utf8 (g_unichar_isprint (c) ? c : 0xFFFD, shown);
              position_of (data, p, &line, &column);
              g_set_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_SYNTAX,
                           _("The file is not valid JSON: line %d, column %d: unexpected “%s”"),
                           line, column, shown);
              return FALSE;
            }
          break;
        }
    }
  return TRUE;
}


/* ------------------------------------------------------------------ */
/* After writing                                                       */
/* ------------------------------------------------------------------ */

/* json-glib 1.6 writes a double such as 1e+22 as “1e+22.0”, which is not
 * JSON: drop the “.0” after an exponent, outside strings. */
void
pc_format_fix_exponents (GString *text)
{
  gboolean in_string = FALSE, escaped = FALSE, in_exponent = FALSE;
  gsize out = 0;

  for (gsize i = 0; i < text->len; i++)
    {
      char c = text->str[i];

      if (in_string)
        {
          if (escaped)
            escaped = FALSE;
          else if (c == '\\')
            escaped = TRUE;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == 'e' || c == 'E')
        in_exponent = TRUE;
      else if (in_exponent && c == '.' && i + 1 < text->len && text->str[i + 1] == '0')
        {
          i++;
          continue;
        }
      else if (!g_ascii_isdigit (c) && c != '+' && c != '-')
        in_exponent = FALSE;
      text->str[out++] = c;
    }
  g_string_truncate (text, out);
}

