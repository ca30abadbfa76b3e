/* pc-autosave.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-application.h"
#include "pc-window.h"

G_BEGIN_DECLS

#define PC_TYPE_AUTOSAVE (pc_autosave_get_type ())

G_DECLARE_FINAL_TYPE (PcAutosave, pc_autosave, PC, AUTOSAVE, GObject)

PcAutosave *pc_autosave_attach           (PcWindow      *window);
PcAutosave *pc_autosave_get_for_window   (PcWindow      *window);
const char *pc_autosave_get_key          (PcAutosave    *self);
gboolean    pc_autosave_write_now        (PcAutosave    *self);
void        pc_autosave_offer_recovery   (PcApplication *application);

G_END_DECLS
