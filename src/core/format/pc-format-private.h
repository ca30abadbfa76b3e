/* pc-format-private.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-format.h"

G_BEGIN_DECLS

/* Internal to the format code (and its tests). */

/* The general reader, with every check and error message (pc-format.c);
 * @data has no byte-order mark. */
PcDocument    *pc_format_load_json          (const char     *data,
                                             gsize           length,
                                             GError        **error);
/* The fast reader (pc-format-fast.c): the document, or %NULL when the
 * bytes are anything but a valid document it reads exactly as the
 * general reader would. */
PcDocument    *pc_format_read_fast          (const char     *data,
                                             gsize           length);

/* Shared by both readers. */
const PcField *pc_format_find_field         (const PcField  *fields,
                                             guint           n_fields,
                                             const char     *member,
                                             int             version);
gboolean       pc_format_text_is_valid      (const PcField  *field,
                                             const char     *value);
gboolean       pc_format_id_is_valid        (const char     *id);
gboolean       pc_format_check_references   (PcDocument     *document,
                                             GError        **error);
/* The value of the four hex digits at @p (a \u escape's), or -1
 * (pc-format-scan.c). */
int            pc_format_hex4               (const char     *p,
                                             const char     *end);

G_END_DECLS
