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

/* The header of a CSV file and its first rows, read without importing:
 * what the import dialog shows before anything is created. */
typedef struct
{
  guint           n_columns;
  char          **names;     /* each column's name, as written */
  const PcField **fields;    /* the field each column reads as; NULL: unknown */
  GPtrArray      *rows;      /* (element-type GStrv) the first rows, as written */
} PcCsvHeader;

void        pc_csv_header_free (PcCsvHeader *header);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PcCsvHeader, pc_csv_header_free)

/* Reads the first non-blank row of @data as its header, and up to @n_rows
 * rows after it (shorter rows are padded with ""). Returns: (transfer full):
 * the header, or %NULL with @error for a file that does not read. */
PcCsvHeader *pc_csv_read_header         (const char         *data,
                                         gsize               length,
                                         guint               n_rows,
                                         GError            **error);
gboolean     pc_csv_header_has_unknown  (const PcCsvHeader  *header);

/* The touchpoint's fields a column can be read as, in export order.
 * Returns: (transfer none) (array length=n_fields) */
const PcField * const *pc_csv_get_fields (guint *n_fields);

/* As pc_csv_import(), but column i of the file is read as @mapping[i]
 * (one of pc_csv_get_fields()), whatever its name; a column whose mapping
 * is %NULL, or beyond @n_mapping, is skipped without a warning. With
 * @max_rows above 0, only that many rows are read (for a preview). */
int          pc_csv_import_mapped       (const char            *data,
                                         gsize                  length,
                                         const PcField * const *mapping,
                                         guint                  n_mapping,
                                         guint                  max_rows,
                                         PcDocument            *document,
                                         PcMap                 *map,
                                         PcHistory             *history,
                                         GPtrArray             *warnings,
                                         GError               **error);

G_END_DECLS
