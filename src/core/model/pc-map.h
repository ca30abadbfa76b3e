/* pc-map.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pc-connector.h"
#include "pc-entity.h"
#include "pc-lane.h"
#include "pc-stage.h"
#include "pc-touchpoint.h"

G_BEGIN_DECLS

#define PC_TYPE_MAP (pc_map_get_type ())

G_DECLARE_FINAL_TYPE (PcMap, pc_map, PC, MAP, PcEntity)

PcMap        *pc_map_new               (const char   *id,
                                        PcMapKind     kind);
const char   *pc_map_get_name          (PcMap        *self);
void          pc_map_set_name          (PcMap        *self,
                                        const char   *name);
PcMapKind     pc_map_get_kind          (PcMap        *self);
void          pc_map_set_kind          (PcMap        *self,
                                        PcMapKind     kind);
const char   *pc_map_get_goal          (PcMap        *self);
void          pc_map_set_goal          (PcMap        *self,
                                        const char   *goal);
const char   *pc_map_get_source_id     (PcMap        *self);
void          pc_map_set_source_id     (PcMap        *self,
                                        const char   *source_id);

/* The ordered lists; the order of touchpoints is also their order within
 * each cell. Change them through a PcHistory so edits can be undone. */
GListStore   *pc_map_get_stages        (PcMap        *self);
GListStore   *pc_map_get_lanes         (PcMap        *self);
GListStore   *pc_map_get_touchpoints   (PcMap        *self);
GListStore   *pc_map_get_connectors    (PcMap        *self);

PcStage      *pc_map_find_stage        (PcMap        *self,
                                        const char   *id);
PcLane       *pc_map_find_lane         (PcMap        *self,
                                        const char   *id);
PcTouchpoint *pc_map_find_touchpoint   (PcMap        *self,
                                        const char   *id);
PcConnector  *pc_map_find_connector    (PcMap        *self,
                                        const char   *id);
GPtrArray    *pc_map_get_cell          (PcMap        *self,
                                        const char   *stage_id,
                                        const char   *lane_id);

gboolean      pc_list_find             (GListModel   *list,
                                        gpointer      item,
                                        guint        *position);

G_END_DECLS
