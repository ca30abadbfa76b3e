/* pc-window.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pc-application.h"

G_BEGIN_DECLS

#define PC_TYPE_WINDOW (pc_window_get_type ())

G_DECLARE_FINAL_TYPE (PcWindow, pc_window, PC, WINDOW, AdwApplicationWindow)

PcWindow *pc_window_new       (PcApplication *application);
void      pc_window_open_file (PcWindow      *self,
                               GFile         *file);

G_END_DECLS
