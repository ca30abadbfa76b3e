/* pc-daylife.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-map.h"
#include "pc-history.h"

G_BEGIN_DECLS

/* Editing a day-in-the-life map: its stages are times of day, edited
 * together with their names ("07:30 Breakfast"), and kept in time order;
 * a touchpoint given a time moves into its time slot. The functions that
 * take a history also work on other kinds of map, where they make the
 * plain edit. */

gboolean  pc_daylife_is_timeline        (PcMap        *map);
gboolean  pc_daylife_parse_header       (const char   *text,
                                         char        **time,
                                         char        **name);
char     *pc_daylife_format_header      (PcStage      *stage);
gboolean  pc_daylife_edit_stage         (PcHistory    *history,
                                         PcMap        *map,
                                         PcStage      *stage,
                                         const char   *text);
char     *pc_daylife_propose_time       (PcMap        *map,
                                         guint         position);
PcStage  *pc_daylife_add_stage          (PcHistory    *history,
                                         PcMap        *map,
                                         guint         position,
                                         const char   *name);
void      pc_daylife_set_time           (PcHistory    *history,
                                         PcMap        *map,
                                         PcTouchpoint *touchpoint,
                                         const char   *time);

G_END_DECLS
