/* pc-mermaid-parse.c: one Mermaid journey, read as Mermaid reads it
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The lexer follows the rules of Mermaid's journey grammar, in their order
 * (the first rule that matches wins, as in Jison):
 *
 *   %%(?!{)[^\n]*           comment            [^}]%%[^\n]*   comment
 *   \n+                     NEWLINE            \s+            (skipped)
 *   #[^\n]*                 comment            journey\b      JOURNEY
 *   title\s[^#\n;]+         TITLE              accTitle\s*:\s*[^\n]*  ACC_TITLE
 *   accDescr\s*:\s*[^\n]*   ACC_DESCR          accDescr\s*{\s*[^}]*}  ACC_DESCR
 *   section\s[^#:\n;]+      SECTION            [^#:\n;]+      TASK_NAME
 *   :[^#\n;]+               TASK_DATA          :              COLON
 *   .                       INVALID
 *
 * keywords in any case, \s being JavaScript's white space. The grammar is
 * "journey" then any number of statements: TITLE, ACC_TITLE, ACC_DESCR,
 * SECTION, or TASK_NAME followed by TASK_DATA. As Mermaid prepares a text
 * before parsing it, front matter (--- … ---) may come first, %%{ … }%%
 * directives are skipped, and entity codes (#35;) are ordinary text (see
 * pc-mermaid-text.c). */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pc-mermaid-private.h"

typedef enum
{
  TOKEN_EOF,
  TOKEN_NEWLINE,
  TOKEN_JOURNEY,
  TOKEN_TITLE,
  TOKEN_ACC_TITLE,
  TOKEN_ACC_DESCR,
  TOKEN_ACC_DESCR_BLOCK,
  TOKEN_SECTION,
  TOKEN_TASK_NAME,
  TOKEN_TASK_DATA,
  TOKEN_COLON,
  TOKEN_INVALID,
} TokenKind;

typedef struct
{
  TokenKind   kind;
  const char *value;   /* the token's text that matters */
  gsize       length;
  int         line;
} Token;

typedef struct
{
  const char *p;
  const char *end;
  int         line;
} Lexer;

static gboolean
at_ci (const Lexer *lx,
       const char  *p,
       const char  *word)
{
  gsize n = strlen (word);

  return (gsize) (lx->end - p) >= n && g_ascii_strncasecmp (p, word, n) == 0;
}

static const char *
skip_spaces (Lexer      *lx,
             const char *p)
{
  gsize n;

  while (p < lx->end && (n = pc_mermaid_space_len (p, lx->end)) > 0)
    {
      if (*p == '\n')
        lx->line++;
      p += n;
    }
  return p;
}

static const char *
to_line_end (const Lexer *lx,
             const char  *p)
{
  const char *nl = memchr (p, '\n', lx->end - p);

  return nl ? nl : lx->end;
}

/* Scans characters outside @stops, an entity code counting as ordinary
 * text (its # and ; are not stops). */
static const char *
scan_text (const Lexer *lx,
           const char  *p,
           const char  *stops)
{
  while (p < lx->end)
    {
      gsize n;

      if (*p == '#' && (n = pc_mermaid_entity_len (p, lx->end)) > 0)
        p += n;
      else if (strchr (stops, *p) != NULL)
        break;
      else
        p++;
    }
  return p;
}

static void
count_lines (Lexer      *lx,
             const char *from,
             const char *to)
{
  for (const char *q = from; (q = memchr (q, '\n', to - q)) != NULL; q++)
    lx->line++;
}

static gboolean
next_token (Lexer   *lx,
            Token   *tok,
            GError **error)
{
  const char *p;
  const char *q;
  gsize n;

again:
  p = lx->p;
  memset (tok, 0, sizeof *tok);
  tok->line = lx->line;
  if (p >= lx->end)
    {
      tok->kind = TOKEN_EOF;
      return TRUE;
    }

  /* %%{ … }%%: a directive, which Mermaid removes before parsing. */
  if (at_ci (lx, p, "%%{"))
    {
      q = g_strstr_len (p + 3, lx->end - p - 3, "}%%");
      if (q == NULL)
        {
          g_set_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_SYNTAX,
                       _("Line %d: the directive “%%%%{” is not closed by “}%%%%”."),
                       lx->line);
          return FALSE;
        }
      count_lines (lx, p, q);
      lx->p = q + 3;
      goto again;
    }
  if (at_ci (lx, p, "%%"))
    {
      lx->p = to_line_end (lx, p);
      goto again;
    }
  if (*p != '}')
    {
      n = g_utf8_skip[(guchar) *p];
      if (lx->end - p >= (gssize) n + 2 && p[n] == '%' && p[n + 1] == '%'
          && !at_ci (lx, p + n, "%%{"))
        {
          if (*p == '\n')
            lx->line++;
          lx->p = to_line_end (lx, p + n);
          goto again;
        }
    }
  if (*p == '\n')
    {
      tok->kind = TOKEN_NEWLINE;
      while (p < lx->end && *p == '\n')
        {
          lx->line++;
          p++;
        }
      lx->p = p;
      return TRUE;
    }
  if (pc_mermaid_space_len (p, lx->end) > 0)
    {
      lx->p = skip_spaces (lx, p);
      goto again;
    }
  if (*p == '#' && pc_mermaid_entity_len (p, lx->end) == 0)
    {
      lx->p = to_line_end (lx, p);
      goto again;
    }

  if (at_ci (lx, p, "journey") && (p + 7 == lx->end || !(g_ascii_isalnum (p[7]) || p[7] == '_')))
    {
      tok->kind = TOKEN_JOURNEY;
      lx->p = p + 7;
      return TRUE;
    }
  if (at_ci (lx, p, "title") && p + 5 < lx->end && (n = pc_mermaid_space_len (p + 5, lx->end)) > 0)
    {
      const char *start = p + 5 + n;

      q = scan_text (lx, start, "#\n;");
      if (q > start)
        {
          if (p[5] == '\n')
            lx->line++;
          tok->kind = TOKEN_TITLE;
          tok->value = start;
          tok->length = q - start;
          tok->line = lx->line;
          lx->p = q;
          return TRUE;
        }
    }
  if (at_ci (lx, p, "accTitle") || at_ci (lx, p, "accDescr"))
    {
      gboolean title = at_ci (lx, p, "accTitle");
      Lexer look = *lx;

      q = skip_spaces (&look, p + 8);
      if (q < lx->end && *q == ':')
        {
          q = skip_spaces (&look, q + 1);
          *lx = look;
          tok->kind = title ? TOKEN_ACC_TITLE : TOKEN_ACC_DESCR;
          tok->value = q;
          tok->length = to_line_end (lx, q) - q;
          tok->line = lx->line;
          lx->p = q + tok->length;
          return TRUE;
        }
      if (!title && q < lx->end && *q == '{')
        {
          const char *close;

          q = skip_spaces (&look, q + 1);
          close = memchr (q, '}', lx->end - q);
          if (close == NULL)
            {
              g_set_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_SYNTAX,
                           _("Line %d: “accDescr {” is not closed by “}”."), lx->line);
              return FALSE;
            }
          *lx = look;
          tok->kind = TOKEN_ACC_DESCR_BLOCK;
          tok->value = q;
          tok->length = close - q;
          tok->line = lx->line;
          count_lines (lx, q, close);
          lx->p = close + 1;
          return TRUE;
        }
    }
  if (at_ci (lx, p, "section") && p + 7 < lx->end && (n = pc_mermaid_space_len (p + 7, lx->end)) > 0)
    {
      const char *start = p + 7 + n;

      q = scan_text (lx, start, "#:\n;");
      if (q > start)
        {
          if (p[7] == '\n')
            lx->line++;
          tok->kind = TOKEN_SECTION;
          tok->value = start;
          tok->length = q - start;
          tok->line = lx->line;
          lx->p = q;
          return TRUE;
        }
    }
  if (*p != '\0' && (strchr ("#:\n;", *p) == NULL || *p == '#'))
    {
      /* A # here starts an entity code: comments were handled above. */
      q = scan_text (lx, p, "#:\n;");
      tok->kind = TOKEN_TASK_NAME;
      tok->value = p;
      tok->length = q - p;
      lx->p = q;
      return TRUE;
    }
  if (*p == ':')
    {
      q = scan_text (lx, p + 1, "#\n;");
      tok->kind = q > p + 1 ? TOKEN_TASK_DATA : TOKEN_COLON;
      tok->value = p + 1;
      tok->length = q - p - 1;
      lx->p = q > p + 1 ? q : p + 1;
      return TRUE;
    }

  tok->kind = TOKEN_INVALID;
  tok->value = p;
  tok->length = g_utf8_skip[(guchar) *p];
  lx->p = p + tok->length;
  return TRUE;
}

/* ---- front matter ---- */

static gboolean
is_fence_line (const char *p,
               const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  if (end - p < 3 || memcmp (p, "---", 3) != 0)
    return FALSE;
  for (p += 3; p < end; p++)
    if (*p != ' ' && *p != '\t' && *p != '\r')
      return FALSE;
  return TRUE;
}

/* Mermaid takes the diagram's title from front matter's top-level title:
 * a line indented as the opening fence is. */
static char *
front_matter_title (const char *line,
                    const char *end,
                    gsize       indent)
{
  const char *value;

  for (gsize i = 0; i < indent; i++, line++)
    if (line >= end || (*line != ' ' && *line != '\t'))
      return NULL;
  if (end - line < 6 || memcmp (line, "title:", 6) != 0)
    return NULL;
  value = line + 6;
  while (value < end && (*value == ' ' || *value == '\t'))
    value++;
  while (end > value && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
    end--;
  if (end - value >= 2 && (*value == '"' || *value == '\'') && end[-1] == *value)
    {
      value++;
      end--;
    }
  return g_strndup (value, end - value);
}

/* Skips front matter (--- … ---) at the start of the text. */
static gboolean
skip_front_matter (Lexer   *lx,
                   char   **title,
                   GError **error)
{
  Lexer look = *lx;
  const char *p = skip_spaces (&look, lx->p);
  const char *line_start = p;
  gsize indent;
  int fence_line;

  if (!is_fence_line (p, to_line_end (lx, p)))
    return TRUE;
  while (line_start > lx->p && (line_start[-1] == ' ' || line_start[-1] == '\t'))
    line_start--;
  indent = p - line_start;

  *lx = look;
  fence_line = lx->line;
  p = to_line_end (lx, p);
  while (p < lx->end)
    {
      const char *eol;

      p++;
      lx->line++;
      eol = to_line_end (lx, p);
      if (is_fence_line (p, eol))
        {
          lx->p = eol;
          return TRUE;
        }
      if (*title == NULL)
        *title = front_matter_title (p, eol, indent);
      p = eol;
    }
  g_set_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_SYNTAX,
               _("Line %d: the front matter that starts with “---” is not closed by “---”."),
               fence_line);
  return FALSE;
}

gboolean
pc_mermaid_is_journey (const char *text,
                       gsize       length)
{
  Lexer lx = { text, text + length, 1 };
  g_autofree char *title = NULL;
  Token tok;

  if (!skip_front_matter (&lx, &title, NULL))
    return FALSE;
  do
    if (!next_token (&lx, &tok, NULL))
      return FALSE;
  while (tok.kind == TOKEN_NEWLINE);
  return tok.kind == TOKEN_JOURNEY;
}

/* ---- the journey ---- */

void
pc_mermaid_journey_free (PcMermaidJourney *journey)
{
  if (journey == NULL)
    return;
  g_free (journey->title);
  g_free (journey->acc_title);
  g_free (journey->acc_descr);
  g_ptr_array_unref (journey->sections);
  g_ptr_array_unref (journey->actors);
  for (guint i = 0; i < journey->tasks->len; i++)
    {
      PcMermaidTask *task = &g_array_index (journey->tasks, PcMermaidTask, i);

      g_free (task->title);
      g_free (task->actors);
    }
  g_array_unref (journey->tasks);
  g_free (journey);
}

typedef struct
{
  PcMermaidJourney *journey;
  GHashTable       *actor_index;  /* name → index + 1 */
  PcMermaidCounts  *counts;
  GPtrArray        *warnings;
} Parse;

/* Reads "score: actor, actor" (the text after the task's colon). */
static gboolean
read_task_data (Parse         *ps,
                PcMermaidTask *task,
                const char    *data,
                gsize          length,
                GError       **error)
{
  const char *end = data + length;
  const char *colon = memchr (data, ':', length);
  const char *score_end = colon ? colon : end;
  g_autofree char *score = g_strndup (data, score_end - data);
  g_autofree char *title = pc_mermaid_shorten (task->title, strlen (task->title));
  g_autoptr(GArray) actors = g_array_new (FALSE, FALSE, sizeof (guint));
  guint64 value;

  g_strstrip (score);
  if (score[0] == '\0')
    {
      g_set_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_SYNTAX,
                   _("Line %d: the task “%s” has no score (a whole number from 1 to 5, as in “%s: 5: Me”)."),
                   task->line, title, title);
      return FALSE;
    }
  if (!g_ascii_string_to_unsigned (score, 10, 0, 5, &value, NULL))
    {
      g_autofree char *shown = pc_mermaid_shorten (score, strlen (score));

      g_set_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_SYNTAX,
                   _("Line %d: the score of “%s” must be a whole number from 1 to 5, not “%s”."),
                   task->line, title, shown);
      return FALSE;
    }
  task->score = value;

  if (colon == NULL)
    return TRUE;

  {
    const char *p = colon + 1;
    const char *stop = memchr (p, ':', end - p);

    /* Mermaid reads the actors up to a second colon and ignores the rest. */
    if (stop != NULL)
      {
        g_autofree char *rest = pc_mermaid_shorten (stop + 1, end - stop - 1);

        if (ps->warnings != NULL && ps->warnings->len < 50)
          g_ptr_array_add (ps->warnings,
                           g_strdup_printf (_("Line %d: “%s” after a second colon was ignored, as Mermaid does."),
                                            task->line, rest));
        end = stop;
      }

    while (p < end)
      {
        const char *comma = memchr (p, ',', end - p);
        const char *stop_at = comma ? comma : end;
        g_autofree char *name = pc_mermaid_decode (p, stop_at - p);
        guint index;

        p = comma ? comma + 1 : end;
        if (name[0] == '\0')
          continue;
        index = GPOINTER_TO_UINT (g_hash_table_lookup (ps->actor_index, name));
        if (index == 0)
          {
            if (ps->journey->actors->len >= PC_MERMAID_MAX_ACTORS)
              {
                g_set_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_TOO_LARGE,
                             _("Line %d: the journey has more than %d actors."),
                             task->line, PC_MERMAID_MAX_ACTORS);
                return FALSE;
              }
            g_ptr_array_add (ps->journey->actors, g_strdup (name));
            index = ps->journey->actors->len;
            g_hash_table_insert (ps->actor_index, g_steal_pointer (&name), GUINT_TO_POINTER (index));
          }
        index--;
        for (guint i = 0; i < actors->len; i++)
          if (g_array_index (actors, guint, i) == index)
            goto next;
        g_array_append_val (actors, index);
      next:
        ;
      }
  }

  task->n_actors = actors->len;
  task->actors = (guint *) (void *) g_array_free (g_steal_pointer (&actors), FALSE);
  return TRUE;
}

static gboolean
check_length (const Token *tok,
              GError     **error)
{
  if (tok->length <= PC_MERMAID_MAX_LINE)
    return TRUE;
  g_set_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_TOO_LARGE,
               _("Line %d is too long (more than %d KiB)."), tok->line,
               PC_MERMAID_MAX_LINE / 1024);
  return FALSE;
}

static gboolean
add_task (Parse       *ps,
          const Token *name,
          const Token *data,
          GError     **error)
{
  PcMermaidTask task = { 0 };
  guint n_cards;

  if (++ps->counts->n_tasks > PC_MERMAID_MAX_TASKS)
    {
      g_set_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_TOO_LARGE,
                   _("Line %d: there are more than %d tasks."), name->line, PC_MERMAID_MAX_TASKS);
      return FALSE;
    }
  task.title = pc_mermaid_decode (name->value, name->length);
  task.section = (int) ps->journey->sections->len - 1;
  task.line = name->line;
  if (!read_task_data (ps, &task, data->value, data->length, error))
    {
      g_free (task.title);
      g_free (task.actors);
      return FALSE;
    }
  n_cards = MAX (task.n_actors, 1);
  ps->counts->n_touchpoints += n_cards;
  g_array_append_val (ps->journey->tasks, task);
  if (ps->counts->n_touchpoints > PC_MERMAID_MAX_TOUCHPOINTS)
    {
      g_set_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_TOO_LARGE,
                   _("Line %d: the tasks would make more than %d touchpoints."),
                   name->line, PC_MERMAID_MAX_TOUCHPOINTS);
      return FALSE;
    }
  return TRUE;
}

static void
set_text (char       **field,
          const Token *tok)
{
  g_free (*field);
  *field = pc_mermaid_decode (tok->value, tok->length);
}

/* accDescr { … }: Mermaid drops the white space that starts each line
 * (before it decodes entity codes). */
static char *
block_text (const Token *tok)
{
  const char *p = tok->value;
  const char *end = tok->value + tok->length;
  g_autoptr(GString) raw = g_string_sized_new (tok->length);

  while (p < end)
    {
      g_string_append_c (raw, *p);
      if (*p++ == '\n')
        {
          gsize n;

          while (p < end && (n = pc_mermaid_space_len (p, end)) > 0)
            p += n;
        }
    }
  return pc_mermaid_decode (raw->str, raw->len);
}

static gboolean
fail_at (const Token *tok,
         GError     **error)
{
  g_autofree char *text = pc_mermaid_shorten (tok->value, tok->length);

  switch (tok->kind)
    {
    case TOKEN_TASK_NAME:
      g_strstrip (text);
      g_set_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_SYNTAX,
                   _("Line %d: “%s” is not a task: a task is written “name: score: actors”, as in “%s: 5: Me”."),
                   tok->line, text, text);
      break;
    case TOKEN_TASK_DATA:
    case TOKEN_COLON:
      g_set_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_SYNTAX,
                   _("Line %d: a colon must follow a task’s name, as in “Make tea: 5: Me”."),
                   tok->line);
      break;
    case TOKEN_JOURNEY:
      g_set_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_SYNTAX,
                   _("Line %d: “journey” may only start the diagram."), tok->line);
      break;
    case TOKEN_INVALID:
    default:
      g_set_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_SYNTAX,
                   _("Line %d: “%s” cannot be read here (write “#59;” for a semicolon)."),
                   tok->line, text);
      break;
    }
  return FALSE;
}

static gboolean
parse_statements (Parse   *ps,
                  Lexer   *lx,
                  GError **error)
{
  PcMermaidJourney *journey = ps->journey;
  Token tok;

  for (;;)
    {
      if (!next_token (lx, &tok, error))
        return FALSE;
      if (tok.kind != TOKEN_EOF && tok.kind != TOKEN_NEWLINE && !check_length (&tok, error))
        return FALSE;

      switch (tok.kind)
        {
        case TOKEN_EOF:
          return TRUE;
        case TOKEN_NEWLINE:
          break;
        case TOKEN_TITLE:
          set_text (&journey->title, &tok);
          break;
        case TOKEN_ACC_TITLE:
          set_text (&journey->acc_title, &tok);
          break;
        case TOKEN_ACC_DESCR:
          set_text (&journey->acc_descr, &tok);
          break;
        case TOKEN_ACC_DESCR_BLOCK:
          g_free (journey->acc_descr);
          journey->acc_descr = block_text (&tok);
          break;
        case TOKEN_SECTION:
          if (journey->sections->len >= PC_MERMAID_MAX_SECTIONS)
            {
              g_set_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_TOO_LARGE,
                           _("Line %d: the journey has more than %d sections."),
                           tok.line, PC_MERMAID_MAX_SECTIONS);
              return FALSE;
            }
          g_ptr_array_add (journey->sections, pc_mermaid_decode (tok.value, tok.length));
          break;
        case TOKEN_TASK_NAME:
          {
            Token data;

            if (!next_token (lx, &data, error))
              return FALSE;
            if (data.kind != TOKEN_TASK_DATA)
              return fail_at (&tok, error);
            if (!check_length (&data, error) || !add_task (ps, &tok, &data, error))
              return FALSE;
          }
          break;
        default:
          return fail_at (&tok, error);
        }
    }
}

PcMermaidJourney *
pc_mermaid_parse (const char       *text,
                  gsize             length,
                  int               line,
                  PcMermaidCounts  *counts,
                  GPtrArray        *warnings,
                  GError          **error)
{
  g_autoptr(PcMermaidJourney) journey = g_new0 (PcMermaidJourney, 1);
  g_autoptr(GHashTable) actor_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Lexer lx = { text, text + length, line };
  g_autofree char *front_title = NULL;
  Parse ps = { journey, actor_index, counts, warnings };
  Token tok;

  journey->sections = g_ptr_array_new_with_free_func (g_free);
  journey->actors = g_ptr_array_new_with_free_func (g_free);
  journey->tasks = g_array_new (FALSE, FALSE, sizeof (PcMermaidTask));

  if (!skip_front_matter (&lx, &front_title, error))
    return NULL;
  do
    if (!next_token (&lx, &tok, error))
      return NULL;
  while (tok.kind == TOKEN_NEWLINE);
  if (tok.kind != TOKEN_JOURNEY)
    {
      g_autofree char *first = pc_mermaid_shorten (tok.value ? tok.value : "", tok.length);

      g_strstrip (first);
      if (tok.kind == TOKEN_EOF)
        g_set_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_NOT_JOURNEY,
                     _("There is no Mermaid journey here: the text is empty."));
      else
        g_set_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_NOT_JOURNEY,
                     _("Line %d: this is not a Mermaid journey, which starts with “journey” (found “%s”)."),
                     tok.line, first);
      return NULL;
    }
  journey->first_line = tok.line;

  if (!parse_statements (&ps, &lx, error))
    return NULL;

  if (journey->title == NULL || journey->title[0] == '\0')
    {
      g_free (journey->title);
      journey->title = g_steal_pointer (&front_title);
    }
  return g_steal_pointer (&journey);
}
