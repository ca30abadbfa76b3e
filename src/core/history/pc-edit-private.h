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

/* Whether @item lies in the cell named by (@a, @b). */
typedef gboolean (*PcCellMatch) (gpointer    item,
                                 const char *a,
                                 const char *b);

guint _pc_edit_position_in_cell (GListModel  *items,
                                 gpointer     item,
                                 PcCellMatch  in_cell,
                                 const char  *a,
                                 const char  *b,
                                 guint        index_in_cell);

G_END_DECLS
