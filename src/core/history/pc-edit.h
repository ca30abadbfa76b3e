/* pc-edit.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-document.h"
#include "pc-history.h"

G_BEGIN_DECLS

/* The edits the UI makes, each one undo step, built from commands. */

void pc_edit_set_string      (PcHistory    *history,
                              gpointer      object,
                              const char   *property,
                              const char   *value);
void pc_edit_set_enum        (PcHistory    *history,
                              gpointer      object,
                              const char   *property,
                              int           value);
void pc_edit_set_int         (PcHistory    *history,
                              gpointer      object,
                              const char   *property,
                              int           value);
void pc_edit_set_boolean     (PcHistory    *history,
                              gpointer      object,
                              const char   *property,
                              gboolean      value);
void pc_edit_insert          (PcHistory    *history,
                              GListStore   *store,
                              guint         position,
                              gpointer      item,
                              const char   *label);
void pc_edit_insert_many     (PcHistory    *history,
                              GListStore   *store,
                              guint         position,
                              gpointer     *items,
                              guint         n_items,
                              const char   *label);
void pc_edit_reorder         (PcHistory    *history,
                              GListStore   *store,
                              gpointer      item,
                              guint         position,
                              const char   *label);
void pc_edit_remove_touchpoint (PcHistory    *history,
                                PcMap        *map,
                                PcTouchpoint *touchpoint);
void pc_edit_remove_connector  (PcHistory    *history,
                                PcMap        *map,
                                PcConnector  *connector);
void pc_edit_remove_stage      (PcHistory    *history,
                                PcMap        *map,
                                PcStage      *stage);
void pc_edit_remove_lane       (PcHistory    *history,
                                PcMap        *map,
                                PcLane       *lane);
void pc_edit_remove_persona    (PcHistory    *history,
                                PcDocument   *document,
                                PcPersona    *persona);
void pc_edit_remove_map        (PcHistory    *history,
                                PcDocument   *document,
                                PcMap        *map);
void pc_edit_move_touchpoint   (PcHistory    *history,
                                PcMap        *map,
                                PcTouchpoint *touchpoint,
                                const char   *stage_id,
                                const char   *lane_id,
                                guint         index_in_cell);
PcTouchpoint *pc_edit_add_touchpoint (PcHistory    *history,
                                      PcMap        *map,
                                      const char   *stage_id,
                                      const char   *lane_id,
                                      guint         index_in_cell,
                                      PcChannel     channel);
PcConnector  *pc_edit_connect        (PcHistory    *history,
                                      PcMap        *map,
                                      PcTouchpoint *from,
                                      PcTouchpoint *to);

/* Insight rows and their notes (pc-edit-rows.c). */
PcRow  *pc_edit_add_row        (PcHistory  *history,
                                PcMap      *map,
                                guint       position,
                                PcRowKind   kind,
                                const char *name);
void    pc_edit_rename_row     (PcHistory  *history,
                                PcRow      *row,
                                const char *name);
void    pc_edit_set_row_kind   (PcHistory  *history,
                                PcRow      *row,
                                PcRowKind   kind);
void    pc_edit_set_row_hidden (PcHistory  *history,
                                PcRow      *row,
                                gboolean    hidden);
void    pc_edit_move_row       (PcHistory  *history,
                                PcMap      *map,
                                PcRow      *row,
                                guint       position);
void    pc_edit_remove_row     (PcHistory  *history,
                                PcMap      *map,
                                PcRow      *row);
PcNote *pc_edit_add_note       (PcHistory  *history,
                                PcMap      *map,
                                const char *row_id,
                                const char *stage_id,
                                guint       index_in_cell,
                                const char *text);
void    pc_edit_set_note_text  (PcHistory  *history,
                                PcNote     *note,
                                const char *text);
void    pc_edit_move_note      (PcHistory  *history,
                                PcMap      *map,
                                PcNote     *note,
                                const char *row_id,
                                const char *stage_id,
                                guint       index_in_cell);
void    pc_edit_remove_note    (PcHistory  *history,
                                PcMap      *map,
                                PcNote     *note);
void    pc_edit_clear_votes    (PcHistory  *history,
                                PcMap      *map);

G_END_DECLS
