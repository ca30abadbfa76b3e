/* pc-lane.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-entity.h"

G_BEGIN_DECLS

#define PC_TYPE_LANE (pc_lane_get_type ())

G_DECLARE_FINAL_TYPE (PcLane, pc_lane, PC, LANE, PcEntity)

PcLane      *pc_lane_new (const char *id);
const char  *pc_lane_get_name (PcLane *self);
void         pc_lane_set_name (PcLane *self,
                               const char *name);
PcLaneKind   pc_lane_get_kind (PcLane *self);
void         pc_lane_set_kind (PcLane *self,
                               PcLaneKind kind);
const char  *pc_lane_get_persona_id (PcLane *self);
void         pc_lane_set_persona_id (PcLane *self,
                                     const char *persona_id);

G_END_DECLS
