/* pc-cli.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when the arguments ask for the headless command line (export,
 * CSV import, version, help): it runs before GTK is initialised, so it
 * needs no display. */
gboolean pc_cli_wants (int    argc,
                       char **argv);

/* Runs the command line; returns the process exit status. */
int      pc_cli_run   (int    argc,
                       char **argv);

G_END_DECLS
