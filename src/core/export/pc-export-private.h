/* pc-export-private.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-export.h"
#include "pc-layout.h"
#include "pc-theme.h"

G_BEGIN_DECLS

/* Where an export's bytes go: into memory, or into a file as they come
 * (through a buffer of a few hundred KB). */
typedef struct
{
  GByteArray *data;   /* everything, or what waits to be written to @fd */
  int         fd;     /* -1 for memory */
  int         error;  /* errno of the first failed write, else 0 */
  GCancellable *cancellable;  /* (nullable): a file sink stops writing
                               * (ECANCELED) once it is cancelled */
} PcExportSink;

gboolean _pc_export_sink_write (PcExportSink *sink,
                                const void   *data,
                                gsize         length);
gboolean _pc_export_sink_flush (PcExportSink *sink);

/* The background colour to paint, or NULL for a transparent one. */
const PcColor *_pc_export_background_color (const PcExportOptions *options,
                                             const PcTheme         *theme);

/* The PNG exporter encodes strips of about this many bytes of pixels:
 * small enough to stay in the caches, large enough that restarting the
 * compressor for each costs nothing visible. */
#define PC_EXPORT_PNG_STRIP_BYTES (1024 * 1024)

gboolean _pc_export_png (PcLayout               *layout,
                         const PcExportOptions  *options,
                         PcExportSink           *sink,
                         GError                **error);
gboolean _pc_export_pdf (PcLayout               *layout,
                         const PcExportOptions  *options,
                         PcExportSink           *sink,
                         GError                **error);
gboolean _pc_export_svg (PcLayout               *layout,
                         const PcExportOptions  *options,
                         PcExportSink           *sink,
                         GError                **error);

/* Room for any number _pc_export_format_number() writes, with its NUL. */
#define PC_EXPORT_NUMBER_SIZE 24

/* Writes @v rounded to two decimals, without trailing zeros ("12.5",
 * "-3", "0.07"), whatever the locale, and returns the length. Values
 * beyond ±10¹⁵ are clamped, NaN is written "0". */
gsize    _pc_export_format_number (double  v,
                                   char   *buf);

G_END_DECLS
