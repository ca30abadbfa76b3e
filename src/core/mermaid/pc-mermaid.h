/* pc-mermaid.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-document.h"
#include "pc-history.h"

G_BEGIN_DECLS

#define PC_MERMAID_ERROR (pc_mermaid_error_quark ())

typedef enum
{
  PC_MERMAID_ERROR_ENCODING,     /* not UTF-8, or a NUL byte */
  PC_MERMAID_ERROR_NOT_JOURNEY,  /* no Mermaid journey in the text */
  PC_MERMAID_ERROR_SYNTAX,       /* a line that cannot be read */
  PC_MERMAID_ERROR_TOO_LARGE,
} PcMermaidError;

typedef enum
{
  PC_MERMAID_SOURCE_MERMAID,     /* a .mmd file: one journey */
  PC_MERMAID_SOURCE_MARKDOWN,    /* every ```mermaid block holding a journey */
} PcMermaidSource;

/* Limits against huge or hostile input. */
#define PC_MERMAID_MAX_SIZE        (32 * 1024 * 1024)
#define PC_MERMAID_MAX_LINE        (256 * 1024)
#define PC_MERMAID_MAX_TASKS       100000
#define PC_MERMAID_MAX_TOUCHPOINTS 200000
#define PC_MERMAID_MAX_SECTIONS    10000
#define PC_MERMAID_MAX_ACTORS      1000
#define PC_MERMAID_MAX_MAPS        1000

/* The member of a touchpoint's JSON object that touchpoints made from one
 * Mermaid task with several actors share: they are the same moment of the
 * journey, lived by several personas. */
#define PC_MERMAID_MOMENT "moment"

GQuark      pc_mermaid_error_quark      (void);

/* .mmd and .mermaid are Mermaid, .md and .markdown Markdown (any case). */
gboolean    pc_mermaid_source_from_path (const char      *path,
                                         PcMermaidSource *source);

/* Adds one current-state map per journey to @document: the title (else
 * accTitle, else @default_name) is its name, accDescr its goal, each section
 * a stage, each actor a persona lane (personas are reused by name, or
 * made), each task a touchpoint in the lane of each of its actors. When
 * @history is given the import is one undo step. Nothing is added when
 * anything fails. Problems that do not stop the import are added to
 * @warnings as translated strings. Returns the number of maps added, or -1
 * with @error (naming the line at fault). */
int         pc_mermaid_import           (const char      *data,
                                         gsize            length,
                                         PcMermaidSource  source,
                                         const char      *default_name,
                                         PcDocument      *document,
                                         PcHistory       *history,
                                         GPtrArray       *warnings,
                                         GError         **error);

/* Returns: (transfer full): @map as a Mermaid journey, UTF-8 with LF line
 * ends. Cards in persona lanes name their persona as the actor; cards of
 * one moment (see PC_MERMAID_MOMENT) with the same title and score in one
 * stage become one task with several actors. */
char       *pc_mermaid_export           (PcDocument      *document,
                                         PcMap           *map,
                                         gsize           *length);

/* The one place where a Mermaid score (1 to 5; 0, which Mermaid accepts,
 * counts as 1) meets a touchpoint's feeling. */
void        pc_mermaid_apply_score      (PcTouchpoint    *touchpoint,
                                         int              score);
int         pc_mermaid_get_score        (PcTouchpoint    *touchpoint);

G_END_DECLS
