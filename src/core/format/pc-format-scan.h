/* pc-format-scan.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Internal to the format code. */
gboolean pc_format_prescan       (const char  *data,
                                  gsize        length,
                                  GError     **error);
void     pc_format_fix_exponents (GString     *text);

G_END_DECLS
