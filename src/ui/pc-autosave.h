/* pc-autosave.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pc-document.h"
#include "pc-history.h"

G_BEGIN_DECLS

#define PC_TYPE_AUTOSAVE (pc_autosave_get_type ())

G_DECLARE_FINAL_TYPE (PcAutosave, pc_autosave, PC, AUTOSAVE, GObject)

PcAutosave *pc_autosave_new          (void);
PcDocument *pc_autosave_get_document (PcAutosave  *self);
void        pc_autosave_set_document (PcAutosave  *self,
                                      PcDocument  *document);
PcHistory  *pc_autosave_get_history  (PcAutosave  *self);
void        pc_autosave_set_history  (PcAutosave  *self,
                                      PcHistory   *history);
GFile      *pc_autosave_get_file     (PcAutosave  *self);
void        pc_autosave_set_file     (PcAutosave  *self,
                                      GFile       *file);
guint       pc_autosave_get_interval (PcAutosave  *self);
void        pc_autosave_set_interval (PcAutosave  *self,
                                      guint        interval);
gboolean    pc_autosave_is_pending   (PcAutosave  *self);
const char *pc_autosave_get_key      (PcAutosave  *self);
gboolean    pc_autosave_write_now    (PcAutosave  *self);
void        pc_autosave_saved        (PcAutosave  *self);
void        pc_autosave_discard      (PcAutosave  *self);
void        pc_autosave_resume       (PcAutosave  *self,
                                      const char  *key,
                                      gint64       saved_time,
                                      guint        n_changes);

G_END_DECLS
