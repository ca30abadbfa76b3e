/* pc-note-widget.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pc-layout.h"

G_BEGIN_DECLS

#define PC_TYPE_NOTE_WIDGET (pc_note_widget_get_type ())

G_DECLARE_FINAL_TYPE (PcNoteWidget, pc_note_widget, PC, NOTE_WIDGET, GtkWidget)

/* One note of an insight row on the canvas, or an item the row gathers
 * from a card (read-only): focusable, drawn with pc_render_note(), named
 * for screen readers with its row and stage. Recycled like cards: @key is
 * the item it shows (the note, or a key the canvas keeps for a gathered
 * item). */
GtkWidget    *pc_note_widget_new        (void);
GObject      *pc_note_widget_get_key    (PcNoteWidget *self);
void          pc_note_widget_set_key    (PcNoteWidget *self,
                                         GObject      *key);
void          pc_note_widget_set_layout (PcNoteWidget *self,
                                         PcLayout     *layout,
                                         guint         index);
PcLayout     *pc_note_widget_get_layout (PcNoteWidget *self);
guint         pc_note_widget_get_index  (PcNoteWidget *self);
/* The typed note shown, or NULL for a gathered item. */
PcNote       *pc_note_widget_get_note   (PcNoteWidget *self);
/* The card a gathered item comes from, or NULL for a typed note. */
PcTouchpoint *pc_note_widget_get_touchpoint (PcNoteWidget *self);
/* Slightly see-through while the note is being dragged. */
void          pc_note_widget_set_dragging (PcNoteWidget *self,
                                           gboolean      dragging);

G_END_DECLS
