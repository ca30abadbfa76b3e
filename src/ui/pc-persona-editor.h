/* pc-persona-editor.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pc-dialog.h"
#include "pc-document.h"
#include "pc-history.h"
#include "pc-map.h"
#include "pc-persona.h"

G_BEGIN_DECLS

#define PC_TYPE_PERSONA_EDITOR (pc_persona_editor_get_type ())

G_DECLARE_FINAL_TYPE (PcPersonaEditor, pc_persona_editor, PC, PERSONA_EDITOR, PcDialogBase)

PcPersonaEditor *pc_persona_editor_present     (GtkWindow       *parent,
                                                PcDocument      *document,
                                                PcMap           *map,
                                                PcHistory       *history,
                                                PcPersona       *persona);
void             pc_persona_editor_select      (PcPersonaEditor *self,
                                                PcPersona       *persona);
PcPersona       *pc_persona_editor_add_persona (PcPersonaEditor *self);

G_END_DECLS
