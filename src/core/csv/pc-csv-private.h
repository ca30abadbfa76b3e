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

/* The columns, in the order they are exported. */
typedef enum
{
  PC_CSV_COL_STAGE,
  PC_CSV_COL_LANE,
  PC_CSV_COL_TITLE,
  PC_CSV_COL_SENTIMENT,
  PC_CSV_COL_CHANNEL,
  PC_CSV_COL_ACTION,
  PC_CSV_COL_EMOTION,
  PC_CSV_COL_PAIN_POINTS,
  PC_CSV_COL_OPPORTUNITY,
  PC_CSV_COL_OWNER,
  PC_CSV_COL_METRIC,
  PC_CSV_COL_TIME,
  PC_CSV_COL_RESPONSE,
  PC_CSV_COL_OBJECTIVE,
  PC_CSV_COL_BRAND,
  PC_CSV_N_COLUMNS
} PcCsvColumn;

/* English header names, as exported. */
extern const char * const pc_csv_column_names[PC_CSV_N_COLUMNS];

/* The column a normalised header name stands for, or PC_CSV_N_COLUMNS. */
PcCsvColumn pc_csv_column_from_key      (const char  *key);

/* Normalised words → value + 1 (sentiments: value + 2), for one import. */
GHashTable *pc_csv_make_sentiment_words (void);
GHashTable *pc_csv_make_channel_words   (void);
gboolean    pc_csv_parse_sentiment      (GHashTable  *words,
                                         const char  *value,
                                         PcSentiment *sentiment);
gboolean    pc_csv_parse_channel        (GHashTable  *words,
                                         const char  *value,
                                         PcChannel   *channel);
gboolean    pc_csv_parse_boolean        (const char  *value,
                                         gboolean    *result);
gboolean    pc_csv_parse_lane_kind      (const char  *name,
                                         PcLaneKind  *kind);
/* Returns: (transfer full) (nullable): "HH:MM" or "H:MM" as given, "9h30"
 * as "09:30"; NULL when @value is not a time of day. */
char       *pc_csv_parse_time           (const char  *value);

G_END_DECLS
