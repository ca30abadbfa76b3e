/* pc-help.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Returns the help URI for @page ("index" when NULL): help:parcours/PAGE.
 * Returns: (transfer full) */
char *pc_help_uri   (const char *page);

/* Opens the user guide at @page (NULL for the index) in the help viewer,
 * on top of @parent (may be NULL). */
void  pc_help_show  (GtkWindow  *parent,
                     const char *page);

G_END_DECLS
