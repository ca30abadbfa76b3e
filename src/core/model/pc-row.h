/* pc-row.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-entity.h"

G_BEGIN_DECLS

#define PC_TYPE_ROW (pc_row_get_type ())

G_DECLARE_FINAL_TYPE (PcRow, pc_row, PC, ROW, PcEntity)

PcRow       *pc_row_new        (const char *id);
const char  *pc_row_get_name   (PcRow      *self);
void         pc_row_set_name   (PcRow      *self,
                                const char *name);
PcRowKind    pc_row_get_kind   (PcRow      *self);
void         pc_row_set_kind   (PcRow      *self,
                                PcRowKind   kind);
gboolean     pc_row_get_hidden (PcRow      *self);
void         pc_row_set_hidden (PcRow      *self,
                                gboolean    hidden);
gboolean     pc_row_kind_gathers (PcRowKind kind,
                                  const char **property);

G_END_DECLS
