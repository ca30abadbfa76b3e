/* main.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "pc-application.h"
#include "pc-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PcApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Export and import run before GTK starts, so they need no display. */
  if (pc_cli_wants (argc, argv))
    return pc_cli_run (argc, argv);

  app = pc_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
