/* pc-cli-main.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The entry point of a build without the graphical interface
 * (-Dgui=false): only export and import are there. */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "pc-cli.h"

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc > 1 && !pc_cli_wants (argc, argv))
    {
      g_printerr ("%s\n", _("parcours: this build has no editor window; use --export or --import (see --help)"));
      return 2;
    }
  return pc_cli_run (argc, argv);
}
