/* pc-history.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-command.h"

G_BEGIN_DECLS

#define PC_TYPE_HISTORY (pc_history_get_type ())

G_DECLARE_FINAL_TYPE (PcHistory, pc_history, PC, HISTORY, GObject)

PcHistory  *pc_history_new            (void);
void        pc_history_push           (PcHistory  *self,
                                       PcCommand  *command);
gboolean    pc_history_undo           (PcHistory  *self);
gboolean    pc_history_redo           (PcHistory  *self);
gboolean    pc_history_can_undo       (PcHistory  *self);
gboolean    pc_history_can_redo       (PcHistory  *self);
const char *pc_history_get_undo_label (PcHistory  *self);
const char *pc_history_get_redo_label (PcHistory  *self);
void        pc_history_begin_group    (PcHistory  *self,
                                       const char *label);
void        pc_history_end_group      (PcHistory  *self);
void        pc_history_break_merge    (PcHistory  *self);
void        pc_history_mark_saved     (PcHistory  *self);
void        pc_history_mark_unsaved   (PcHistory  *self);
gboolean    pc_history_is_modified    (PcHistory  *self);
void        pc_history_clear          (PcHistory  *self);
guint       pc_history_get_undo_depth (PcHistory  *self);

G_END_DECLS
