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
#include "pc-note.h"
#include "pc-row.h"
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
PcCardFace    pc_map_get_card_face     (PcMap        *self);
void          pc_map_set_card_face     (PcMap        *self,
                                        PcCardFace    card_face);
PcRowsPosition pc_map_get_rows_position (PcMap       *self);
void          pc_map_set_rows_position (PcMap        *self,
                                        PcRowsPosition rows_position);

/* The ordered lists; the order of touchpoints is also their order within
 * each cell. Change them through a PcHistory so edits can be undone. */
GListStore   *pc_map_get_stages        (PcMap        *self);
GListStore   *pc_map_get_lanes         (PcMap        *self);
GListStore   *pc_map_get_touchpoints   (PcMap        *self);
GListStore   *pc_map_get_connectors    (PcMap        *self);
/* The insight rows, top to bottom, and their notes; the notes of one cell
 * (a row and a stage) are in the order of this list. */
GListStore   *pc_map_get_rows          (PcMap        *self);
GListStore   *pc_map_get_notes         (PcMap        *self);

PcStage      *pc_map_find_stage        (PcMap        *self,
                                        const char   *id);
PcLane       *pc_map_find_lane         (PcMap        *self,
                                        const char   *id);
PcTouchpoint *pc_map_find_touchpoint   (PcMap        *self,
                                        const char   *id);
PcConnector  *pc_map_find_connector    (PcMap        *self,
                                        const char   *id);
PcRow        *pc_map_find_row          (PcMap        *self,
                                        const char   *id);
PcNote       *pc_map_find_note         (PcMap        *self,
                                        const char   *id);
GPtrArray    *pc_map_get_note_cell     (PcMap        *self,
                                        const char   *row_id,
                                        const char   *stage_id);
GPtrArray    *pc_map_get_cell          (PcMap        *self,
                                        const char   *stage_id,
                                        const char   *lane_id);

gboolean      pc_list_find             (GListModel   *list,
                                        gpointer      item,
                                        guint        *position);

G_END_DECLS
