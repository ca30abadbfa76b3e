/* pc-mermaid-private.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-mermaid.h"

G_BEGIN_DECLS

/* ---- text (pc-mermaid-text.c) ---- */

/* The byte length of the white-space character at @p (JavaScript's \s,
 * which Mermaid's lexer uses), or 0. @p < @end, in valid UTF-8. */
gsize     pc_mermaid_space_len    (const char  *p,
                                   const char  *end);
/* The byte length of the entity code at @p ("#35;", "#quot;": Mermaid's
 * own escape, #\w+;), or 0. */
gsize     pc_mermaid_entity_len   (const char  *p,
                                   const char  *end);
/* Returns: (transfer full): @len bytes of source text as the user meant
 * them: entity codes decoded, <br> as a line break, trimmed. */
char     *pc_mermaid_decode       (const char  *text,
                                   gsize        len);

/* Returns: (transfer full): @len bytes of @text, trimmed, cut after 60
 * characters with an ellipsis: for messages. */
char     *pc_mermaid_shorten      (const char  *text,
                                   gsize        len);

typedef enum
{
  PC_MERMAID_ENCODE_PLAIN   = 0,
  PC_MERMAID_ENCODE_ACTOR   = 1 << 0,  /* also the comma */
  PC_MERMAID_ENCODE_TASK    = 1 << 1,  /* guard keywords at the start */
  PC_MERMAID_ENCODE_BRACE   = 1 << 2,  /* also } (in accDescr { … }) */
  PC_MERMAID_ENCODE_NEWLINE = 1 << 3,  /* keep line breaks as they are */
} PcMermaidEncode;

/* Appends @text trimmed, with what Mermaid would read otherwise (# : ; %%
 * line breaks…) written as entity codes or <br>. */
void      pc_mermaid_encode       (GString         *out,
                                   const char      *text,
                                   PcMermaidEncode  flags);

/* ---- one journey (pc-mermaid-parse.c) ---- */

typedef struct
{
  char  *title;       /* decoded; NULL when absent */
  int    section;     /* index in sections, -1 before any section */
  int    score;       /* 0 to 5 */
  guint *actors;      /* indexes in actors, no repeats */
  guint  n_actors;
  int    line;
} PcMermaidTask;

typedef struct
{
  char       *title;       /* title statement, else front matter's title */
  char       *acc_title;
  char       *acc_descr;
  GPtrArray  *sections;    /* decoded names */
  GPtrArray  *actors;      /* decoded names, in order of first appearance */
  GArray     *tasks;       /* PcMermaidTask */
  int         first_line;  /* of the "journey" keyword */
} PcMermaidJourney;

typedef struct
{
  guint n_tasks;           /* tasks read so far, all journeys together */
  guint n_touchpoints;
} PcMermaidCounts;

void              pc_mermaid_journey_free (PcMermaidJourney *journey);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PcMermaidJourney, pc_mermaid_journey_free)

/* TRUE when @text (in valid UTF-8), after front matter, directives,
 * comments and blank lines, starts with the journey keyword. */
gboolean          pc_mermaid_is_journey   (const char       *text,
                                           gsize             length);

/* Parses one journey (valid UTF-8, no NUL). @line is the number of the
 * first line of @text in its file. */
PcMermaidJourney *pc_mermaid_parse        (const char       *text,
                                           gsize             length,
                                           int               line,
                                           PcMermaidCounts  *counts,
                                           GPtrArray        *warnings,
                                           GError          **error);

/* ---- Markdown (pc-mermaid-markdown.c) ---- */

typedef gboolean (*PcMermaidBlockFunc) (const char  *text,
                                        gsize        length,
                                        int          first_line,
                                        gpointer     user_data,
                                        GError     **error);

/* Calls @func with the content of each ```mermaid or ~~~mermaid fenced
 * block in turn (fence indentation removed; @first_line is the line of
 * its content in the Markdown file), until it returns FALSE. */
gboolean          pc_mermaid_find_blocks  (const char          *text,
                                           gsize                length,
                                           GPtrArray           *warnings,
                                           PcMermaidBlockFunc   func,
                                           gpointer             user_data,
                                           GError             **error);

G_END_DECLS
