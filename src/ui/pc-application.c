/* pc-application.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-application.h"
#include "pc-window.h"

struct _PcApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (PcApplication, pc_application, ADW_TYPE_APPLICATION)

static void
pc_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (pc_window_new (PC_APPLICATION (app)));
  gtk_window_present (window);
}

static void
pc_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      PcWindow *window = pc_window_new (PC_APPLICATION (app));

      pc_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
pc_application_class_init (PcApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = pc_application_activate;
  app_class->open = pc_application_open;
}

static void
pc_application_init (PcApplication *self)
{
}

PcApplication *
pc_application_new (void)
{
  return g_object_new (PC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       NULL);
}
