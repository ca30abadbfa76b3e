/* pc-mermaid-text.c: the characters Mermaid reads specially
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Mermaid replaces entity codes (#35;, #quot;) before its lexer runs, and
 * turns them back into characters in the picture it draws: they are how a
 * diagram writes a # : or ; that the grammar would otherwise read. Labels
 * break lines at <br>, <br/> and <br />. */

#include "config.h"

#include <string.h>

#include "pc-mermaid-private.h"

gsize
pc_mermaid_space_len (const char *p,
                      const char *end)
{
  guchar c = (guchar) *p;
  gunichar u;

  if (c == ' ' || (c >= '\t' && c <= '\r'))
    return 1;
  if (c < 0x80 || p + g_utf8_skip[c] > end)
    return 0;

  u = g_utf8_get_char (p);
  if (u == 0xa0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200a) || u == 0x2028
      || u == 0x2029 || u == 0x202f || u == 0x205f || u == 0x3000 || u == 0xfeff)
    return g_utf8_skip[c];
  return 0;
}

static gboolean
is_word (char c)
{
  return g_ascii_isalnum (c) || c == '_';
}

gsize
pc_mermaid_entity_len (const char *p,
                       const char *end)
{
  const char *q = p + 1;

  if (*p != '#')
    return 0;
  while (q < end && is_word (*q))
    q++;
  if (q == p + 1 || q >= end || *q != ';')
    return 0;
  return q + 1 - p;
}

/* The length of "<br>", "<br/>" or "<br />" (any case) at @p, or 0. */
static gsize
line_break_len (const char *p,
                const char *end)
{
  const char *q = p + 3;
  gsize n;

  if (end - p < 4 || p[0] != '<' || g_ascii_tolower (p[1]) != 'b'
      || g_ascii_tolower (p[2]) != 'r')
    return 0;
  while (q < end && (n = pc_mermaid_space_len (q, end)) > 0)
    q += n;
  if (q < end && *q == '/')
    q++;
  if (q < end && *q == '>')
    return q + 1 - p;
  return 0;
}

static const struct { const char *name; const char *text; } named_entities[] = {
  { "quot", "\"" }, { "amp", "&" }, { "apos", "'" }, { "lt", "<" }, { "gt", ">" },
  { "nbsp", "\302\240" }, { "num", "#" }, { "colon", ":" }, { "semi", ";" },
  { "comma", "," }, { "percnt", "%" }, { "lbrace", "{" }, { "rbrace", "}" },
  { "lcub", "{" }, { "rcub", "}" }, { "hellip", "…" }, { "ndash", "–" },
  { "mdash", "—" }, { "laquo", "«" }, { "raquo", "»" }, { "lsquo", "‘" },
  { "rsquo", "’" }, { "ldquo", "“" }, { "rdquo", "”" }, { "bull", "•" },
  { "middot", "·" }, { "deg", "°" }, { "times", "×" }, { "euro", "€" },
  { "copy", "©" }, { "reg", "®" }, { "trade", "™" },
};

/* Appends the character an entity code stands for; FALSE when it stands
 * for none that Parcours knows (it is then kept as written). */
static gboolean
append_entity (GString    *out,
               const char *name,
               gsize       len)
{
  gboolean digits = TRUE;

  for (gsize i = 0; i < len; i++)
    digits = digits && g_ascii_isdigit (name[i]);

  if (digits)
    {
      guint64 value = 0;

      /* As in HTML: what is not a character becomes U+FFFD. */
      for (gsize i = 0; i < len && value <= 0x10ffff; i++)
        value = value * 10 + (name[i] - '0');
      if (value == 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
        value = 0xfffd;
      g_string_append_unichar (out, (gunichar) value);
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (named_entities); i++)
    if (strlen (named_entities[i].name) == len && memcmp (named_entities[i].name, name, len) == 0)
      {
        g_string_append (out, named_entities[i].text);
        return TRUE;
      }
  return FALSE;
}

static void
trim (const char **start,
      const char **end)
{
  gsize n;

  while (*start < *end && (n = pc_mermaid_space_len (*start, *end)) > 0)
    *start += n;
  while (*end > *start)
    {
      const char *last = g_utf8_find_prev_char (*start, *end);

      if (last == NULL || pc_mermaid_space_len (last, *end) == 0)
        break;
      *end = last;
    }
}

char *
pc_mermaid_decode (const char *text,
                   gsize       len)
{
  const char *p = text;
  const char *end = text + len;
  GString *out;
  const char *start;
  const char *stop;

  trim (&p, &end);
  out = g_string_sized_new (end - p);
  while (p < end)
    {
      gsize n;

      if (*p == '#' && (n = pc_mermaid_entity_len (p, end)) > 0)
        {
          if (!append_entity (out, p + 1, n - 2))
            g_string_append_len (out, p, n);
          p += n;
        }
      else if (*p == '<' && (n = line_break_len (p, end)) > 0)
        {
          g_string_append_c (out, '\n');
          p += n;
        }
      else
        g_string_append_c (out, *p++);
    }

  start = out->str;
  stop = out->str + out->len;
  trim (&start, &stop);
  if (start != out->str || stop != out->str + out->len)
    {
      char *trimmed = g_strndup (start, stop - start);

      g_string_free (out, TRUE);
      return trimmed;
    }
  return g_string_free (out, FALSE);
}

char *
pc_mermaid_shorten (const char *text,
                    gsize       len)
{
  const char *start = text;
  const char *end;
  const char *p;
  guint n = 0;

  if (text == NULL)
    return g_strdup ("");
  end = text + len;
  trim (&start, &end);
  for (p = start; p < end && n < 60; p = g_utf8_next_char (p))
    n++;
  if (p >= end)
    return g_strndup (start, end - start);
  return g_strdup_printf ("%.*s…", (int) (p - start), start);
}

static gboolean
starts_with_keyword (const char *text)
{
  static const char * const keywords[] = { "journey", "title", "section", "acctitle", "accdescr" };

  for (guint i = 0; i < G_N_ELEMENTS (keywords); i++)
    if (g_ascii_strncasecmp (text, keywords[i], strlen (keywords[i])) == 0)
      return TRUE;
  return FALSE;
}

static void
append_code (GString  *out,
             gunichar  c)
{
  g_string_append_printf (out, "#%u;", c);
}

void
pc_mermaid_encode (GString         *out,
                   const char      *text,
                   PcMermaidEncode  flags)
{
  const char *p = text ? text : "";
  const char *end = p + strlen (p);

  trim (&p, &end);
  if (p < end && (flags & PC_MERMAID_ENCODE_TASK) && starts_with_keyword (p))
    append_code (out, (guchar) *p++);

  while (p < end)
    {
      char c = *p;

      switch (c)
        {
        case '#':
        case ':':
        case ';':
          append_code (out, c);
          break;
        case ',':
          if (flags & PC_MERMAID_ENCODE_ACTOR)
            append_code (out, c);
          else
            g_string_append_c (out, c);
          break;
        case '}':
          if (flags & PC_MERMAID_ENCODE_BRACE)
            append_code (out, c);
          else
            g_string_append_c (out, c);
          break;
        case '%':
          /* "%%" starts a comment or a directive. */
          if (p + 1 < end && p[1] == '%')
            append_code (out, c);
          else
            g_string_append_c (out, c);
          break;
        case '<':
          if (end - p >= 3 && g_ascii_strncasecmp (p + 1, "br", 2) == 0)
            append_code (out, c);
          else
            g_string_append_c (out, c);
          break;
        case '\r':
        case '\n':
          if (c == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          if (flags & PC_MERMAID_ENCODE_NEWLINE)
            {
              gsize n;

              /* Mermaid drops the spaces that start a line. */
              g_string_append_c (out, '\n');
              while (p + 1 < end && (n = pc_mermaid_space_len (p + 1, end)) > 0)
                {
                  append_code (out, g_utf8_get_char (p + 1));
                  p += n;
                }
            }
          else
            g_string_append (out, "<br>");
          break;
        default:
          if ((guchar) c < 0x20 && c != '\t')
            append_code (out, (guchar) c);
          else
            g_string_append_c (out, c);
          break;
        }
      p++;
    }
}
