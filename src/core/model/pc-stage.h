/* pc-stage.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-entity.h"

G_BEGIN_DECLS

#define PC_TYPE_STAGE (pc_stage_get_type ())

G_DECLARE_FINAL_TYPE (PcStage, pc_stage, PC, STAGE, PcEntity)

PcStage     *pc_stage_new (const char *id);
const char  *pc_stage_get_name (PcStage *self);
void         pc_stage_set_name (PcStage *self,
                                const char *name);
const char  *pc_stage_get_time (PcStage *self);
void         pc_stage_set_time (PcStage *self,
                                const char *time);

G_END_DECLS
