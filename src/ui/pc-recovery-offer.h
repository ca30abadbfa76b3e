/* pc-recovery-offer.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void pc_recovery_offer (GtkApplication *application);

G_END_DECLS
