/* pc-map-switcher.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pc-document.h"
#include "pc-history.h"

G_BEGIN_DECLS

#define PC_TYPE_MAP_SWITCHER (pc_map_switcher_get_type ())

G_DECLARE_FINAL_TYPE (PcMapSwitcher, pc_map_switcher, PC, MAP_SWITCHER, GtkWidget)

GtkWidget  *pc_map_switcher_new              (void);
void        pc_map_switcher_set_model        (PcMapSwitcher *self,
                                              PcDocument    *document,
                                              PcHistory     *history);
PcMap      *pc_map_switcher_get_selected_map (PcMapSwitcher *self);
void        pc_map_switcher_set_selected_map (PcMapSwitcher *self,
                                              PcMap         *map);
gboolean    pc_map_switcher_get_compare_pair (PcMapSwitcher *self,
                                              PcMap        **before,
                                              PcMap        **after);
void        pc_map_switcher_popup            (PcMapSwitcher *self);

G_END_DECLS
