/* pc-inspector-note.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pc-history.h"
#include "pc-map.h"
#include "pc-note.h"

G_BEGIN_DECLS

#define PC_TYPE_INSPECTOR_NOTE (pc_inspector_note_get_type ())

G_DECLARE_FINAL_TYPE (PcInspectorNote, pc_inspector_note, PC, INSPECTOR_NOTE, GtkWidget)

/* The side panel's page for a note of an insight row: its text, where it
 * is (row and stage), its evidence level and its votes. Every edit is one
 * undo step in the history given. */
GtkWidget *pc_inspector_note_new      (void);
void       pc_inspector_note_set_note (PcInspectorNote *self,
                                       PcHistory       *history,
                                       PcMap           *map,
                                       PcNote          *note);
PcNote    *pc_inspector_note_get_note (PcInspectorNote *self);
void       pc_inspector_note_focus_text (PcInspectorNote *self);

G_END_DECLS
