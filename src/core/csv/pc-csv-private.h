/* pc-csv-private.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-csv.h"

G_BEGIN_DECLS

/* Limits against huge or hostile input. */
#define PC_CSV_MAX_COLUMNS  64
#define PC_CSV_MAX_FIELD    (256 * 1024)
#define PC_CSV_MAX_ROWS     100000

/* An RFC 4180 reader over UTF-8 text already checked by the caller. */
typedef struct
{
  const char *p;
  const char *end;
  int         line;       /* physical line of p, from 1 */
  char        separator;
} PcCsvReader;

void      pc_csv_reader_init         (PcCsvReader  *reader,
                                      const char   *data,
                                      gsize         length);
char      pc_csv_detect_separator    (const char   *data,
                                      gsize         length);
gboolean  pc_csv_reader_next         (PcCsvReader  *reader,
                                      GPtrArray    *fields,
                                      int          *start_line,
                                      GError      **error);
gboolean  pc_csv_check_encoding      (const char   *data,
                                      gsize         length,
                                      GError      **error);
char     *pc_csv_normalize_key       (const char   *str);
gboolean  pc_csv_is_formula_like     (const char   *value);

/* The touchpoint's fields that have a column (PcField.csv), in the order
 * they are exported: by csv_rank, then in the table's order. */
const PcField * const *pc_csv_get_columns    (guint          *n_columns);

/* The column a normalised header name stands for (its English or French
 * name or an alias), or -1. */
int         pc_csv_column_from_key      (const char     *key);
gboolean    pc_csv_is_row_column        (const char     *key);
gboolean    pc_csv_parse_row_kind       (const char     *name,
                                         PcRowKind      *kind);

/* An enum field's words, normalised: its nicks, its labels in the UI's
 * language and PcField.words, for one import. */
GHashTable *pc_csv_make_enum_words      (const PcField  *field);
gboolean    pc_csv_parse_enum           (GHashTable     *words,
                                         const PcField  *field,
                                         const char     *value,
                                         int            *result);
gboolean    pc_csv_parse_boolean        (const char     *value,
                                         gboolean        empty_value,
                                         gboolean       *result);
gboolean    pc_csv_parse_int            (const PcField  *field,
                                         const char     *value,
                                         int            *result);
gboolean    pc_csv_parse_lane_kind      (const char     *name,
                                         PcLaneKind     *kind);
/* Returns: (transfer full) (nullable): "HH:MM" or "H:MM" as given, "9h30"
 * as "09:30"; NULL when @value is not a time of day. */
char       *pc_csv_parse_time           (const char  *value);

G_END_DECLS
