/* pc-edit-private.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-edit.h"

G_BEGIN_DECLS

void _pc_edit_remove_notes_where (PcHistory  *history,
                                  PcMap      *map,
                                  const char *property,
                                  const char *id);

G_END_DECLS
