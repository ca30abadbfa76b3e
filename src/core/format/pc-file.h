/* pc-file.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-document.h"

G_BEGIN_DECLS

PcDocument *pc_file_load         (const char  *path,
                                  GError     **error);
gboolean    pc_file_save         (PcDocument  *document,
                                  const char  *path,
                                  GError     **error);
gboolean    pc_file_write_atomic (const char  *path,
                                  const char  *data,
                                  gsize        length,
                                  gboolean     keep_backup,
                                  GError     **error);
char       *pc_file_backup_path  (const char  *path);

G_END_DECLS
