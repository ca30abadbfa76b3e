/* pc-csv.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-document.h"
#include "pc-history.h"

G_BEGIN_DECLS

#define PC_CSV_ERROR (pc_csv_error_quark ())

typedef enum
{
  PC_CSV_ERROR_ENCODING,   /* not UTF-8 */
  PC_CSV_ERROR_NO_HEADER,  /* no recognisable header row */
  PC_CSV_ERROR_NO_ROWS,    /* nothing could be imported */
  PC_CSV_ERROR_TOO_LARGE,
} PcCsvError;

/* The largest file pc_csv_import() accepts, in bytes. */
#define PC_CSV_MAX_SIZE (32 * 1024 * 1024)

GQuark      pc_csv_error_quark (void);

/* Every touchpoint of @map, one row each (then each note of its insight
 * rows, with a "row" column naming the row), with a header row in English:
 * one column per field of the touchpoint's table that names one, in the
 * order of their ranks (stage, lane, title, sentiment, channel, action,
 * emotion, pain_points, opportunity, owner, metric, time, then response,
 * objective and involves_brand as yes/no, and later fields after them),
 * so that nothing is lost (RFC 4180 quoting, CRLF line ends). */
char       *pc_csv_export      (PcDocument  *document,
                                PcMap       *map,
                                char         separator,
                                gsize       *length);

/* Imports rows into @map (stages and lanes created in order of first
 * appearance, persona lanes matched by persona name). When @history is
 * given the whole import is one undo step. Problems that do not stop the
 * import (unknown columns, bad rows with their line numbers) are added to
 * @warnings as translated strings. A line with a value in a "row" (or
 * "rangée") column is a note of that insight row (made when the map has
 * none of that name), its title the note's text. Returns the number of
 * touchpoints and notes imported, or -1 with @error. */
int         pc_csv_import      (const char  *data,
                                gsize        length,
                                PcDocument  *document,
                                PcMap       *map,
                                PcHistory   *history,
                                GPtrArray   *warnings,
                                GError     **error);

G_END_DECLS
