/* pc-document.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-map.h"
#include "pc-persona.h"

G_BEGIN_DECLS

#define PC_TYPE_DOCUMENT (pc_document_get_type ())

G_DECLARE_FINAL_TYPE (PcDocument, pc_document, PC, DOCUMENT, PcEntity)

PcDocument *pc_document_new            (void);
const char *pc_document_get_title      (PcDocument *self);
void        pc_document_set_title      (PcDocument *self,
                                        const char *title);
GListStore *pc_document_get_personas   (PcDocument *self);
GListStore *pc_document_get_maps       (PcDocument *self);
PcPersona  *pc_document_find_persona   (PcDocument *self,
                                        const char *id);
PcMap      *pc_document_find_map       (PcDocument *self,
                                        const char *id);
guint       pc_document_count_touchpoints (PcDocument *self);

G_END_DECLS
