/* pc-preferences-window.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The page of preferences, bound to @settings; with NULL (no schema
 * installed) the rows show the defaults and changes are not kept.
 * Returns: (transfer floating) */
AdwPreferencesPage *pc_preferences_page_new (GSettings *settings);

/* Opens the preferences, bound to the application's GSettings.  Works
 * (with defaults, nothing remembered) when the schema is not installed. */
void                pc_preferences_show     (GtkWindow *parent);

G_END_DECLS
