/* pc-application.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-about.h"
#include "pc-application.h"
#include "pc-help.h"
#include "pc-preferences-window.h"
#include "pc-recovery-offer.h"
#include "pc-window.h"

struct _PcApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (PcApplication, pc_application, ADW_TYPE_APPLICATION)

/* A window that still shows its welcome page can take a file instead of
 * opening a second window. */
static PcWindow *
find_empty_window (PcApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (PC_IS_WINDOW (l->data) && pc_window_get_document (l->data) == NULL)
      return l->data;
  return NULL;
}

static void
pc_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (pc_window_new (GTK_APPLICATION (app)));
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
      PcWindow *window = find_empty_window (PC_APPLICATION (app));

      if (window == NULL)
        window = pc_window_new (GTK_APPLICATION (app));
      pc_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (pc_window_new (GTK_APPLICATION (user_data))));
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (user_data);

  if (window == NULL)
    {
      window = GTK_WINDOW (pc_window_new (GTK_APPLICATION (user_data)));
      gtk_window_present (window);
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  /* Closing each window asks about its unsaved changes; the application
   * ends when the last one is gone. */
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (user_data));

  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
}

static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (user_data);

  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  pc_about_show (gtk_application_get_active_window (user_data));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  pc_preferences_show (gtk_application_get_active_window (user_data));
}

static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  pc_help_show (gtk_application_get_active_window (user_data), NULL);
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "help", help_action },
  { "new-window", new_window_action },
  { "open", open_action },
  { "quit", quit_action },
  { "shortcuts", shortcuts_action },
};

static const struct {
  const char *action;
  const char *accels[4];
} accels[] = {
  { "app.new-window", { "<Control>n", NULL } },
  { "win.new-from-template", { "<Control><Shift>n", NULL } },
  { "win.maps", { "<Control>m", NULL } },
  { "win.create-future-state", { "<Control><Shift>f", NULL } },
  { "win.compare-maps", { "<Control><Shift>c", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "app.help", { "F1", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  { "win.personas", { "<Control>p", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "win.toggle-inspector", { "F9", NULL } },
  { "win.present", { "F5", NULL } },
  { "win.audience", { "<Shift>F5", NULL } },
  { "win.voting", { "<Control>d", NULL } },
  { "win.clear-votes", { "<Control><Shift>Delete", NULL } },
  { "window.close", { "<Control>w", NULL } },
};

static void
pc_application_startup (GApplication *app)
{
  G_APPLICATION_CLASS (pc_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app),
                                           accels[i].action,
                                           accels[i].accels);

  pc_recovery_offer (GTK_APPLICATION (app));
}

/* Every document window follows the settings, however it was made. */
static void
pc_application_window_added (GtkApplication *app,
                             GtkWindow      *window)
{
  PcApplication *self = PC_APPLICATION (app);

  GTK_APPLICATION_CLASS (pc_application_parent_class)->window_added (app, window);

  if (PC_IS_WINDOW (window))
    pc_window_set_settings (PC_WINDOW (window), self->settings);
}

static void
pc_application_dispose (GObject *object)
{
  PcApplication *self = PC_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pc_application_parent_class)->dispose (object);
}

static void
pc_application_class_init (PcApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = pc_application_dispose;
  gtk_app_class->window_added = pc_application_window_added;
  app_class->activate = pc_application_activate;
  app_class->open = pc_application_open;
  app_class->startup = pc_application_startup;
}

static void
pc_application_init (PcApplication *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Tests and uninstalled runs have no compiled schema: keep going
   * without remembering the window size rather than aborting. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    self->settings = g_settings_new_full (schema, NULL, NULL);
}

PcApplication *
pc_application_new (void)
{
  return g_object_new (PC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", RESOURCE_BASE,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       NULL);
}

/**
 * pc_application_get_settings:
 *
 * Returns: (transfer none) (nullable): the settings, or %NULL when the
 *   schema is not installed
 */
GSettings *
pc_application_get_settings (PcApplication *self)
{
  g_return_val_if_fail (PC_IS_APPLICATION (self), NULL);

  return self->settings;
}
