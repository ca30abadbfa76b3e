/* pc-note.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-entity.h"

G_BEGIN_DECLS

#define PC_TYPE_NOTE (pc_note_get_type ())

G_DECLARE_FINAL_TYPE (PcNote, pc_note, PC, NOTE, PcEntity)

PcNote      *pc_note_new          (const char *id);
const char  *pc_note_get_row_id   (PcNote     *self);
void         pc_note_set_row_id   (PcNote     *self,
                                   const char *row_id);
const char  *pc_note_get_stage_id (PcNote     *self);
void         pc_note_set_stage_id (PcNote     *self,
                                   const char *stage_id);
const char  *pc_note_get_text     (PcNote     *self);
void         pc_note_set_text     (PcNote     *self,
                                   const char *text);
PcEvidence   pc_note_get_evidence (PcNote     *self);
void         pc_note_set_evidence (PcNote     *self,
                                   PcEvidence  evidence);
guint        pc_note_get_votes    (PcNote     *self);
void         pc_note_set_votes    (PcNote     *self,
                                   guint       votes);

G_END_DECLS
