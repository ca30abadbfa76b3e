/* test-autosave.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Recovery copies of a real window's document: written while it has
 * unsaved changes, gone after a save, an undo back to the saved state or a
 * clean close; and offered back by a new application. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pc-application.h"
#include "pc-autosave.h"
#include "pc-edit.h"
#include "pc-format.h"
#include "pc-recovery.h"
#include "pc-ui-test-util.h"
#include "pc-window.h"

static char *recovery_dir;

static guint
count_entries (void)
{
  g_autoptr(GPtrArray) entries = pc_recovery_list (TRUE);

  return entries->len;
}

static void
rename_document (PcWindow   *window,
                 const char *title)
{
  pc_edit_set_string (pc_window_get_history (window), pc_window_get_document (window), "title", title);
}

static void
test_autosave_cycle (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = pc_ui_copy_example (&dir);
  g_autofree char *path = g_file_get_path (file);
  PcWindow *window = pc_window_new (NULL);
  PcAutosave *autosave = pc_window_get_autosave (window);
  g_autoptr(PcDocument) recovered = NULL;
  g_autoptr(PcRecoveryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (autosave);
  gtk_window_present (GTK_WINDOW (window));
  pc_window_open_file (window, file);
  pc_ui_spin ();
  /* the window's one autosave follows what it shows */
  g_assert_true (pc_autosave_get_document (autosave) == pc_window_get_document (window));

  /* nothing to keep while nothing changed */
  g_assert_false (pc_autosave_write_now (autosave));
  g_assert_cmpuint (count_entries (), ==, 0);

  rename_document (window, "Atelier du lundi");
  rename_document (window, "Atelier du mardi");
  g_assert_true (pc_autosave_write_now (autosave));
  g_assert_true (pc_recovery_exists (pc_autosave_get_key (autosave)));

  recovered = pc_recovery_restore (pc_autosave_get_key (autosave), &entry, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pc_document_get_title (recovered), ==, "Atelier du mardi");
  g_assert_cmpstr (entry->original_path, ==, path);
  /* two edits of one field in a row merge into one undo step */
  g_assert_cmpuint (entry->n_changes, ==, 1);
  g_assert_cmpint (entry->saved_time, >, 0);

  /* undoing back to the saved state leaves nothing to recover */
  g_assert_true (pc_history_undo (pc_window_get_history (window)));
  g_assert_false (pc_history_is_modified (pc_window_get_history (window)));
  g_assert_false (pc_autosave_write_now (autosave));
  g_assert_false (pc_recovery_exists (pc_autosave_get_key (autosave)));

  /* a save removes the copy */
  rename_document (window, "Atelier du jeudi");
  g_assert_true (pc_autosave_write_now (autosave));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  pc_ui_spin ();
  g_assert_false (pc_history_is_modified (pc_window_get_history (window)));
  g_assert_false (pc_recovery_exists (pc_autosave_get_key (autosave)));

  /* losing the focus writes at once (no tick runs in between here) */
  rename_document (window, "Atelier du vendredi");
  g_object_notify (G_OBJECT (window), "is-active");
  g_assert_true (pc_recovery_exists (pc_autosave_get_key (autosave)) ==
                 !gtk_window_is_active (GTK_WINDOW (window)));

  /* a clean close removes it too */
  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
  g_assert_cmpuint (count_entries (), ==, 0);
  pc_ui_remove_dir (dir);
}

/* Untitled documents are kept too, with no path and no save time. */
static void
test_autosave_untitled (void)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  PcWindow *window = pc_window_new (NULL);
  PcAutosave *autosave = pc_window_get_autosave (window);
  g_autoptr(GPtrArray) entries = NULL;
  const PcRecoveryEntry *entry;

  pc_window_set_document (window, document, NULL, FALSE);
  rename_document (window, "Brouillon");

  /* the first change is written a second after it,
   * later ones at the “autosave-interval” */
  for (int i = 0; i < 40 && count_entries () == 0; i++)
    {
      g_usleep (100000);
      pc_ui_spin ();
    }
  entries = pc_recovery_list (TRUE);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = entries->pdata[0];
  g_assert_cmpstr (entry->key, ==, pc_autosave_get_key (autosave));
  g_assert_null (entry->original_path);
  g_assert_cmpint (entry->saved_time, ==, 0);
  g_assert_cmpstr (entry->title, ==, "Brouillon");

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
  g_assert_cmpuint (count_entries (), ==, 0);
}

/* The autosave follows the window's document as it changes, without
 * looking at the window on a timer: nothing is scheduled while nothing
 * changes, and a change is followed before the main loop runs again. */
static void
test_autosave_follows_window (void)
{
  g_autoptr(PcDocument) first = pc_document_new ();
  g_autoptr(PcDocument) second = pc_document_new ();
  g_autoptr(PcDocument) recovered = NULL;
  g_autoptr(PcRecoveryEntry) entry = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/atelier.parcours");
  g_autoptr(GError) error = NULL;
  PcWindow *window = pc_window_new (NULL);
  PcAutosave *autosave = pc_window_get_autosave (window);

  g_assert_null (pc_autosave_get_document (autosave));
  g_assert_false (pc_autosave_is_pending (autosave));

  /* an unchanged document: followed, nothing to write, nothing pending */
  pc_document_set_title (first, "Premier");
  pc_window_set_document (window, first, NULL, FALSE);
  g_assert_true (pc_autosave_get_document (autosave) == first);
  g_assert_true (pc_autosave_get_history (autosave) == pc_window_get_history (window));
  g_assert_null (pc_autosave_get_file (autosave));
  g_assert_false (pc_autosave_is_pending (autosave));

  /* a change schedules one write; going back to the saved state cancels it */
  rename_document (window, "Premier modifié");
  g_assert_true (pc_autosave_is_pending (autosave));
  g_assert_true (pc_history_undo (pc_window_get_history (window)));
  g_assert_false (pc_autosave_is_pending (autosave));

  /* swapping the document (as a restore does) is followed at once */
  pc_document_set_title (second, "Second");
  pc_window_set_document (window, second, file, TRUE);
  g_assert_true (pc_autosave_get_document (autosave) == second);
  g_assert_true (pc_autosave_get_history (autosave) == pc_window_get_history (window));
  g_assert_true (pc_autosave_get_file (autosave) == pc_window_get_file (window));
  g_assert_true (pc_autosave_is_pending (autosave));
  g_assert_true (pc_autosave_write_now (autosave));
  g_assert_false (pc_autosave_is_pending (autosave));
  recovered = pc_recovery_restore (pc_autosave_get_key (autosave), &entry, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pc_document_get_title (recovered), ==, "Second");
  g_assert_cmpstr (entry->original_path, ==, "/nonexistent/atelier.parcours");

  /* the interval follows its setting's range */
  pc_autosave_set_interval (autosave, 1);
  g_assert_cmpuint (pc_autosave_get_interval (autosave), ==, 5);

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
  g_assert_cmpuint (count_entries (), ==, 0);
}

/* What a dead process left is offered once the application starts. */
static void
test_offer_recovery (void)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autofree char *key = pc_recovery_new_key ();
  g_autoptr(PcApplication) app = pc_application_new ();
  g_autoptr(GError) error = NULL;
  PcAlert *dialog = NULL;
  PcWindow *window = NULL;
  GList *windows;

  pc_document_set_title (document, "Atelier perdu");
  g_assert_true (pc_recovery_write (key, document, NULL, 0, 4, &error));
  g_assert_no_error (error);
  /* as if the process that wrote it had died */
  pc_recovery_release (key);

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_application_activate (G_APPLICATION (app));
  for (int i = 0; i < 50 && dialog == NULL; i++)
    {
      pc_ui_spin ();
      dialog = pc_ui_find_alert ();
    }
  g_assert_nonnull (dialog);
  g_assert_cmpstr (pc_alert_get_heading (dialog), ==, "Restore Unsaved Changes?");
  g_assert_nonnull (strstr (pc_alert_get_body (dialog), "“Atelier perdu” was never saved"));
  g_assert_nonnull (strstr (pc_alert_get_body (dialog), "4 changes"));

  pc_ui_alert_respond (dialog, "restore");
  pc_ui_spin ();
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (PC_IS_WINDOW (l->data) && pc_window_get_document (l->data) != NULL)
      window = l->data;
  g_assert_nonnull (window);
  g_assert_cmpstr (pc_document_get_title (pc_window_get_document (window)), ==, "Atelier perdu");
  g_assert_true (pc_history_is_modified (pc_window_get_history (window)));
  g_assert_null (pc_window_get_file (window));
  /* the restored window goes on with the same copy */
  g_assert_cmpstr (pc_autosave_get_key (pc_window_get_autosave (window)), ==, key);
  g_assert_true (pc_recovery_exists (key));

  g_assert_true (pc_recovery_discard (key, NULL));
  /* Destroying a window takes it out of the application's list: walk a
   * copy that keeps each window alive until the end. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));
  for (GList *l = windows; l; l = l->next)
    g_object_ref (l->data);
  for (GList *l = windows; l; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free_full (windows, g_object_unref);
  pc_ui_spin ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("parcours-data-XXXXXX", NULL);
  int status;

  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  recovery_dir = g_build_filename (data_home, "recovery", NULL);
  pc_recovery_set_directory (recovery_dir);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/autosave/cycle", test_autosave_cycle);
  g_test_add_func ("/autosave/untitled", test_autosave_untitled);
  g_test_add_func ("/autosave/follows-window", test_autosave_follows_window);
  g_test_add_func ("/autosave/offer-recovery", test_offer_recovery);

  status = g_test_run ();
  pc_ui_remove_dir (recovery_dir);
  pc_ui_remove_dir (data_home);
  g_free (recovery_dir);
  return status;
}
