/* pc-mermaid-markdown.c: the Mermaid blocks of a Markdown file
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Fenced code blocks as CommonMark describes them: a line of at least three
 * backticks or tildes, indented by at most three spaces, opens a block that
 * the next fence of the same character, at least as long, closes (or the
 * end of the file). The block is Mermaid when the first word of its info
 * string is "mermaid". Fences inside other blocks are content, so a
 * ```mermaid shown inside a ````markdown example is not read. */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pc-mermaid-private.h"

typedef struct
{
  char  ch;        /* ` or ~ */
  gsize length;    /* of the fence */
  gsize indent;
} Fence;

/* Reads a fence at the start of [p, end), a line without its '\n'. */
static gboolean
read_fence (const char *p,
            const char *end,
            Fence      *fence,
            const char **info)
{
  const char *q;

  fence->indent = 0;
  while (p < end && *p == ' ' && fence->indent < 4)
    {
      p++;
      fence->indent++;
    }
  if (fence->indent > 3 || p >= end || (*p != '`' && *p != '~'))
    return FALSE;
  fence->ch = *p;
  for (q = p; q < end && *q == fence->ch; q++)
    ;
  fence->length = q - p;
  if (fence->length < 3)
    return FALSE;
  /* A backtick fence's info string may not hold a backtick. */
  if (fence->ch == '`' && memchr (q, '`', end - q) != NULL)
    return FALSE;
  *info = q;
  return TRUE;
}

static gboolean
closes (const Fence *open,
        const char  *p,
        const char  *end)
{
  Fence fence;
  const char *rest;

  if (!read_fence (p, end, &fence, &rest) || fence.ch != open->ch || fence.length < open->length)
    return FALSE;
  for (; rest < end; rest++)
    if (*rest != ' ' && *rest != '\t' && *rest != '\r')
      return FALSE;
  return TRUE;
}

static gboolean
is_mermaid (const char *info,
            const char *end)
{
  const char *word;

  while (info < end && (*info == ' ' || *info == '\t'))
    info++;
  word = info;
  while (info < end && *info != ' ' && *info != '\t' && *info != '\r' && *info != '{')
    info++;
  return info - word == 7 && g_ascii_strncasecmp (word, "mermaid", 7) == 0;
}

gboolean
pc_mermaid_find_blocks (const char          *text,
                        gsize                length,
                        GPtrArray           *warnings,
                        PcMermaidBlockFunc   func,
                        gpointer             user_data,
                        GError             **error)
{
  g_autoptr(GString) content = g_string_new (NULL);
  const char *p = text;
  const char *end = text + length;
  int line = 1;

  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      const char *info;
      Fence fence;
      gboolean mermaid;
      int open_line = line;

      if (eol == NULL)
        eol = end;
      if (!read_fence (p, eol, &fence, &info))
        {
          p = eol + 1;
          line++;
          continue;
        }

      mermaid = is_mermaid (info, eol);
      g_string_truncate (content, 0);

      /* The block's lines, up to the closing fence. */
      p = eol + 1;
      line++;
      while (p < end)
        {
          const char *next = memchr (p, '\n', end - p);
          const char *stop = next ? next : end;

          if (closes (&fence, p, stop))
            break;
          if (mermaid)
            {
              const char *q = p;

              for (gsize i = 0; i < fence.indent && q < stop && *q == ' '; i++)
                q++;
              g_string_append_len (content, q, stop - q);
              g_string_append_c (content, '\n');
            }
          p = stop + 1;
          line++;
        }

      if (p >= end && mermaid && warnings != NULL)
        g_ptr_array_add (warnings,
                         g_strdup_printf (_("Line %d: the Mermaid block is not closed; it was read to the end of the file."),
                                          open_line));
      if (mermaid && !func (content->str, content->len, open_line + 1, user_data, error))
        return FALSE;

      /* Past the closing fence. */
      if (p < end)
        {
          const char *next = memchr (p, '\n', end - p);

          p = next ? next + 1 : end;
          line++;
        }
    }

  return TRUE;
}
