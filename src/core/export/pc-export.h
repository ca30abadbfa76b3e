/* pc-export.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-document.h"

G_BEGIN_DECLS

#define PC_EXPORT_ERROR (pc_export_error_quark ())

typedef enum
{
  PC_EXPORT_ERROR_INVALID,    /* bad options: unknown format, lane, scale */
  PC_EXPORT_ERROR_TOO_LARGE,  /* the picture would be too big */
  PC_EXPORT_ERROR_FAILED,     /* cairo, libxml2 or the disk failed */
} PcExportError;

typedef enum
{
  PC_EXPORT_PNG,
  PC_EXPORT_SVG,
  PC_EXPORT_PDF,
  PC_EXPORT_CSV,
  PC_EXPORT_MERMAID,  /* a Mermaid journey (.mmd) */
} PcExportFormat;

/* Which of PcExportOptions a format uses. */
typedef enum
{
  PC_EXPORT_USES_SCALE      = 1 << 0,
  PC_EXPORT_USES_BACKGROUND = 1 << 1,
  PC_EXPORT_USES_LANE       = 1 << 2,
  PC_EXPORT_USES_PAGE_SIZE  = 1 << 3,
  PC_EXPORT_USES_SEPARATOR  = 1 << 4,
  PC_EXPORT_USES_LEGEND     = 1 << 5,
} PcExportUses;

/* One exporter, as the export dialog offers it and files are named. */
typedef struct
{
  PcExportFormat  format;
  const char     *name;       /* "png": settings, command line */
  const char     *extension;  /* without the dot */
  const char     *mime_type;
  const char     *label;      /* (nullable): NULL if the app does not offer it (the
                               * command line does); translated on use:
                               * pc_export_format_info_get_label() */
  PcExportUses    uses;
} PcExportFormatInfo;

typedef enum
{
  PC_EXPORT_BACKGROUND_WHITE,
  PC_EXPORT_BACKGROUND_TRANSPARENT,
  PC_EXPORT_BACKGROUND_DARK,
} PcExportBackground;

typedef enum
{
  PC_EXPORT_PAGE_MAP,  /* one page the size of the map */
  PC_EXPORT_PAGE_A4,   /* a poster over A4 pages with crop marks */
  PC_EXPORT_PAGE_A3,
} PcExportPageSize;

typedef struct
{
  PcExportFormat      format;
  int                 scale;       /* PNG: 1, 2 or 4 */
  PcExportBackground  background;
  const char         *lane_id;     /* (nullable): only this lane */
  PcExportPageSize    page_size;   /* PDF */
  int                 fit_size;    /* PNG: > 0 fits the picture in N×N px */
  char                separator;   /* CSV: ',' or ';' */
  gboolean            legend;      /* PNG, SVG, PDF: a title block and a
                                    * legend (TRUE after init) */
  GDateTime          *date;        /* (nullable): the date in the title
                                    * block; now when NULL */
  PcEvidence          min_evidence;/* PNG, SVG, PDF: cards and notes backed
                                    * by less evidence are faded */
} PcExportOptions;

/* Largest PNG side in pixels (cairo's image surface limit). */
#define PC_EXPORT_MAX_PNG_SIDE 32767

/* One layout pixel in PDF points (CSS pixels: 96 per inch). */
#define PC_EXPORT_PT_PER_PX 0.75

GQuark       pc_export_error_quark          (void);

void         pc_export_options_init         (PcExportOptions    *options);

/* Every exporter, in the order the export dialog lists those with a label. */
const PcExportFormatInfo *pc_export_get_formats         (guint              *n_formats);
const PcExportFormatInfo *pc_export_format_get_info     (PcExportFormat      format);
const PcExportFormatInfo *pc_export_format_from_name    (const char         *name);
const char               *pc_export_format_info_get_label (const PcExportFormatInfo *info);

/* From a file name's extension (case-insensitive). */
gboolean     pc_export_format_from_path     (const char         *path,
                                             PcExportFormat     *format);
gboolean     pc_export_background_from_string (const char       *str,
                                               PcExportBackground *background);
gboolean     pc_export_page_size_from_string (const char        *str,
                                              PcExportPageSize  *page_size);
const char  *pc_export_page_size_to_string  (PcExportPageSize    page_size);
const char  *pc_export_background_to_string (PcExportBackground  background);

/* Returns: (transfer full): the exported file's bytes, or NULL with
 * @error. @document gives persona names and colours. */
GBytes      *pc_export_to_bytes             (PcDocument             *document,
                                             PcMap                  *map,
                                             const PcExportOptions  *options,
                                             GError                **error);

/* Writes the export to @path atomically (the old file, if any, stays
 * intact when anything fails). */
gboolean     pc_export_to_file              (PcDocument             *document,
                                             PcMap                  *map,
                                             const PcExportOptions  *options,
                                             const char             *path,
                                             GError                **error);
/* The same, for a thread: once @cancellable is cancelled, writing stops
 * and @path is left as it was, with a G_IO_ERROR_CANCELLED error. Nothing
 * else may change @document and @map while it runs. */
gboolean     pc_export_to_file_full         (PcDocument             *document,
                                             PcMap                  *map,
                                             const PcExportOptions  *options,
                                             const char             *path,
                                             GCancellable           *cancellable,
                                             GError                **error);

G_END_DECLS
