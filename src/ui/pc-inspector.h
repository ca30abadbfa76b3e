/* pc-inspector.h
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
#include "pc-touchpoint.h"

G_BEGIN_DECLS

#define PC_TYPE_INSPECTOR (pc_inspector_get_type ())

G_DECLARE_FINAL_TYPE (PcInspector, pc_inspector, PC, INSPECTOR, GtkWidget)

PcInspector  *pc_inspector_new            (void);
void          pc_inspector_set_model      (PcInspector  *self,
                                           PcHistory    *history,
                                           PcMap        *map);
PcTouchpoint *pc_inspector_get_touchpoint (PcInspector  *self);
void          pc_inspector_set_touchpoint (PcInspector  *self,
                                           PcTouchpoint *touchpoint);
void          pc_inspector_focus_title    (PcInspector  *self);
PcNote       *pc_inspector_get_note       (PcInspector  *self);
void          pc_inspector_set_note       (PcInspector  *self,
                                           PcNote       *note);

G_END_DECLS
