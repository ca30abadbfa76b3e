/* pc-csv-reader.h
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

G_END_DECLS
