/* test-shortcuts.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>
#include <glib/gstdio.h>

#include "pc-application.h"
#include "pc-ui-test-util.h"

/* Every accelerator the shortcuts window shows, in GTK's canonical
 * form ("<Control>c"), mapped to the title of the line that shows it. */
static GHashTable *
listed_accelerators (void)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/parcours/Parcours/gtk/help-overlay.ui");
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  GHashTable *listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GtkWidget *window = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (window));
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accelerator = NULL;
      g_autofree char *title = NULL;
      g_auto(GStrv) keys = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerator, "title", &title, NULL);
      g_assert_nonnull (title);
      g_assert_cmpstr (title, !=, "");
      if (accelerator == NULL)
        continue;
      keys = g_strsplit (accelerator, " ", -1);
      for (guint i = 0; keys[i] != NULL; i++)
        {
          guint key;
          GdkModifierType mods;

          /* A line that GTK could not show is a broken line. */
          g_assert_true (gtk_accelerator_parse (keys[i], &key, &mods));
          g_hash_table_insert (listed, gtk_accelerator_name (key, mods), g_strdup (title));
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
  return listed;
}

static void
assert_listed (GHashTable *listed,
               const char *accelerator)
{
  guint key;
  GdkModifierType mods;
  g_autofree char *name = NULL;

  g_assert_true (gtk_accelerator_parse (accelerator, &key, &mods));
  name = gtk_accelerator_name (key, mods);
  if (!g_hash_table_contains (listed, name))
    g_error ("the shortcuts window does not list %s", accelerator);
}

/* The workshop keys and the clipboard keys are in the shortcuts window. */
static void
test_shortcuts_listed (void)
{
  g_autoptr(GHashTable) listed = listed_accelerators ();
  static const char * const workshop[] = {
    "F5", "<Shift>F5", "Escape", "Page_Down", "Page_Up", "space", "BackSpace",
    "v", "<Shift>v", "<Control>9", "<Control>8", "<Control>d", "<Control><Shift>Delete",
  };
  static const char * const clipboard[] = {
    "<Control>c", "<Control>x", "<Control>v", "<Control><Alt>c",
  };

  for (guint i = 0; i < G_N_ELEMENTS (workshop); i++)
    assert_listed (listed, workshop[i]);
  for (guint i = 0; i < G_N_ELEMENTS (clipboard); i++)
    assert_listed (listed, clipboard[i]);

  /* Not everything: the test can tell a missing key. */
  g_assert_false (g_hash_table_contains (listed, "<Control><Alt><Shift>F12"));
}

/* The application's own accelerators for the workshop actions are the
 * keys the shortcuts window shows. */
static void
test_shortcuts_match_application (void)
{
  g_autoptr(GHashTable) listed = listed_accelerators ();
  g_autoptr(GtkApplication) app = NULL;
  static const struct { const char *action; const char *accel; } actions[] = {
    { "win.present", "F5" },
    { "win.audience", "<Shift>F5" },
    { "win.voting", "<Control>d" },
    { "win.clear-votes", "<Control><Shift>Delete" },
  };

  app = GTK_APPLICATION (pc_application_new ());
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, actions[i].action);
      guint key, expected_key;
      GdkModifierType mods, expected_mods;

      g_assert_nonnull (accels[0]);
      g_assert_true (gtk_accelerator_parse (accels[0], &key, &mods));
      g_assert_true (gtk_accelerator_parse (actions[i].accel, &expected_key, &expected_mods));
      g_assert_cmpuint (key, ==, expected_key);
      g_assert_cmphex (mods, ==, expected_mods);
      assert_listed (listed, accels[0]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("parcours-data-XXXXXX", NULL);

  /* No recovery copy of the user's is offered at start-up. */
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/shortcuts/listed", test_shortcuts_listed);
  g_test_add_func ("/shortcuts/match-application", test_shortcuts_match_application);

  {
    int status = g_test_run ();

    g_rmdir (data_home);
    return status;
  }
}
