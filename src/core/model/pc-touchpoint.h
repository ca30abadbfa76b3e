/* pc-touchpoint.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-entity.h"

G_BEGIN_DECLS

#define PC_TYPE_TOUCHPOINT (pc_touchpoint_get_type ())

G_DECLARE_FINAL_TYPE (PcTouchpoint, pc_touchpoint, PC, TOUCHPOINT, PcEntity)

PcTouchpoint *pc_touchpoint_new (const char *id);
const char  *pc_touchpoint_get_stage_id (PcTouchpoint *self);
void         pc_touchpoint_set_stage_id (PcTouchpoint *self,
                                         const char *stage_id);
const char  *pc_touchpoint_get_lane_id (PcTouchpoint *self);
void         pc_touchpoint_set_lane_id (PcTouchpoint *self,
                                        const char *lane_id);
const char  *pc_touchpoint_get_title (PcTouchpoint *self);
void         pc_touchpoint_set_title (PcTouchpoint *self,
                                      const char *title);
const char  *pc_touchpoint_get_action (PcTouchpoint *self);
void         pc_touchpoint_set_action (PcTouchpoint *self,
                                       const char *action);
const char  *pc_touchpoint_get_response (PcTouchpoint *self);
void         pc_touchpoint_set_response (PcTouchpoint *self,
                                         const char *response);
PcChannel    pc_touchpoint_get_channel (PcTouchpoint *self);
void         pc_touchpoint_set_channel (PcTouchpoint *self,
                                        PcChannel channel);
PcSentiment  pc_touchpoint_get_sentiment (PcTouchpoint *self);
void         pc_touchpoint_set_sentiment (PcTouchpoint *self,
                                          PcSentiment sentiment);
const char  *pc_touchpoint_get_emotions (PcTouchpoint *self);
void         pc_touchpoint_set_emotions (PcTouchpoint *self,
                                         const char *emotions);
const char  *pc_touchpoint_get_pain_points (PcTouchpoint *self);
void         pc_touchpoint_set_pain_points (PcTouchpoint *self,
                                            const char *pain_points);
const char  *pc_touchpoint_get_opportunity (PcTouchpoint *self);
void         pc_touchpoint_set_opportunity (PcTouchpoint *self,
                                            const char *opportunity);
const char  *pc_touchpoint_get_owner (PcTouchpoint *self);
void         pc_touchpoint_set_owner (PcTouchpoint *self,
                                      const char *owner);
const char  *pc_touchpoint_get_objective (PcTouchpoint *self);
void         pc_touchpoint_set_objective (PcTouchpoint *self,
                                          const char *objective);
const char  *pc_touchpoint_get_metric (PcTouchpoint *self);
void         pc_touchpoint_set_metric (PcTouchpoint *self,
                                       const char *metric);
const char  *pc_touchpoint_get_time (PcTouchpoint *self);
void         pc_touchpoint_set_time (PcTouchpoint *self,
                                     const char *time);
gboolean     pc_touchpoint_get_involves_brand (PcTouchpoint *self);
void         pc_touchpoint_set_involves_brand (PcTouchpoint *self,
                                               gboolean involves_brand);
PcStrength   pc_touchpoint_get_strength (PcTouchpoint *self);
void         pc_touchpoint_set_strength (PcTouchpoint *self,
                                         PcStrength strength);
int          pc_touchpoint_get_score (PcTouchpoint *self);
gboolean     pc_touchpoint_get_fail_point (PcTouchpoint *self);
void         pc_touchpoint_set_fail_point (PcTouchpoint *self,
                                           gboolean fail_point);
gboolean     pc_touchpoint_get_waiting_point (PcTouchpoint *self);
void         pc_touchpoint_set_waiting_point (PcTouchpoint *self,
                                              gboolean waiting_point);
PcEvidence   pc_touchpoint_get_evidence (PcTouchpoint *self);
void         pc_touchpoint_set_evidence (PcTouchpoint *self,
                                         PcEvidence evidence);
guint        pc_touchpoint_get_votes (PcTouchpoint *self);
void         pc_touchpoint_set_votes (PcTouchpoint *self,
                                      guint votes);

G_END_DECLS
