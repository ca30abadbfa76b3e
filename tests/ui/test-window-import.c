/* test-window-import.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Importing into the window, and files dropped on it as a file manager
 * drops them, under a real X server. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "pc-ui-test-util.h"
#include "pc-window.h"

static const char journey[] =
  "journey\n"
  "    title Buying shoes\n"
  "    section Search\n"
  "      Read reviews: 4: Claire\n"
  "      Compare prices: 2: Claire, Hugo\n";

static const char markdown[] =
  "# Journeys\n\n"
  "```mermaid\njourney\n  title First\n  section A\n    One: 5: Ann\n```\n\n"
  "```mermaid\njourney\n  title Second\n  section B\n    Two: 1: Bob\n```\n";

static GFile *
write_file (const char *dir,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static guint
n_maps (PcWindow *window)
{
  return g_list_model_get_n_items (G_LIST_MODEL (pc_document_get_maps (pc_window_get_document (window))));
}

static gboolean
drop (PcWindow *window,
      GFile    *first,
      ...)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkDropTarget *target = NULL;
  GSList *files = NULL;
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;
  va_list args;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  va_start (args, first);
  for (GFile *file = first; file != NULL; file = va_arg (args, GFile *))
    files = g_slist_append (files, file);
  va_end (args);

  /* What the drop target hands over when a file manager drops files. */
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_slist_free (files);
  pc_ui_spin ();
  return accepted;
}

static void
close_dialogs (void)
{
  PcAlert *dialog;

  while ((dialog = pc_ui_find_alert ()) != NULL)
    pc_ui_alert_close (dialog);
  pc_ui_spin ();
}

static void
test_import_mermaid (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) example = pc_ui_copy_example (&dir);
  g_autoptr(GFile) mmd = write_file (dir, "shoes.mmd", journey);
  PcWindow *window = pc_window_new (NULL);
  PcHistory *history;
  guint maps;

  gtk_window_present (GTK_WINDOW (window));
  pc_window_open_file (window, example);
  pc_ui_spin ();
  maps = n_maps (window);
  history = pc_window_get_history (window);

  g_assert_cmpint (pc_window_import_kind (mmd), ==, PC_IMPORT_MERMAID);
  g_assert_true (pc_window_import_file (window, mmd));
  pc_ui_spin ();
  g_assert_cmpuint (n_maps (window), ==, maps + 1);
  g_assert_cmpstr (pc_map_get_name (pc_window_get_map (window)), ==, "Buying shoes");
  g_assert_null (pc_ui_find_alert ());

  /* One undo step takes the map away again. */
  g_assert_cmpstr (pc_history_get_undo_label (history), ==, "Import Mermaid");
  g_assert_true (pc_history_undo (history));
  g_assert_cmpuint (n_maps (window), ==, maps);

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
  pc_ui_remove_dir (dir);
}

static void
test_drop_markdown_and_others (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) example = pc_ui_copy_example (&dir);
  g_autoptr(GFile) md = write_file (dir, "README.md", markdown);
  g_autoptr(GFile) txt = write_file (dir, "notes.txt", "hello");
  PcWindow *window = pc_window_new (NULL);
  guint maps;

  gtk_window_present (GTK_WINDOW (window));
  pc_window_open_file (window, example);
  pc_ui_spin ();
  maps = n_maps (window);

  /* Both journeys of the Markdown file; the text file is refused. */
  g_assert_true (drop (window, md, txt, NULL));
  g_assert_cmpuint (n_maps (window), ==, maps + 2);
  g_assert_cmpstr (pc_map_get_name (pc_window_get_map (window)), ==, "First");
  g_assert_false (drop (window, txt, NULL));
  g_assert_cmpuint (n_maps (window), ==, maps + 2);

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
  pc_ui_remove_dir (dir);
}

static void
test_drop_on_empty_window (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) example = pc_ui_copy_example (&dir);
  g_autoptr(GFile) csv = write_file (dir, "rows.csv", "stage,lane,title\nSearch,Ann,Reads reviews\nBuy,Ann,Pays\n");
  PcWindow *window = pc_window_new (NULL);
  PcMap *map;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_null (pc_window_get_document (window));

  /* A spreadsheet on a window with no document makes one. */
  g_assert_true (drop (window, csv, NULL));
  g_assert_nonnull (pc_window_get_document (window));
  map = pc_window_get_map (window);
  g_assert_nonnull (map);
  g_assert_cmpstr (pc_map_get_name (map), ==, "rows");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (map))), ==, 2);
  close_dialogs ();

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
  pc_ui_remove_dir (dir);
}

static void
test_drop_document_first (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) example = pc_ui_copy_example (&dir);
  g_autoptr(GFile) mmd = write_file (dir, "shoes.mmd", journey);
  PcWindow *window = pc_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  /* The document opens; the journey dropped with it is left alone. */
  g_assert_true (drop (window, mmd, example, NULL));
  g_assert_true (g_file_equal (pc_window_get_file (window), example));
  /* The example's four maps, and no fifth one from the journey. */
  g_assert_cmpuint (n_maps (window), ==, 4);

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
  pc_ui_remove_dir (dir);
}

static void
test_import_error (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) example = pc_ui_copy_example (&dir);
  g_autoptr(GFile) bad = write_file (dir, "bad.mmd", "journey\nsection A\nMake tea\n");
  PcWindow *window = pc_window_new (NULL);
  PcAlert *dialog;
  guint maps;

  gtk_window_present (GTK_WINDOW (window));
  pc_window_open_file (window, example);
  pc_ui_spin ();
  maps = n_maps (window);

  g_assert_true (pc_window_import_file (window, bad));
  pc_ui_spin ();
  dialog = pc_ui_find_alert ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (pc_alert_get_heading (dialog), ==, "Could not import “bad.mmd”");
  g_assert_nonnull (strstr (pc_alert_get_body (dialog), "Line 3"));
  g_assert_cmpuint (n_maps (window), ==, maps);
  g_assert_false (pc_history_can_undo (pc_window_get_history (window)));
  close_dialogs ();

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
  pc_ui_remove_dir (dir);
}

static GtkWidget *
find_file_chooser_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_DIALOG (l->data) && GTK_IS_FILE_CHOOSER (l->data) &&
        gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

/* Main Menu ▸ Import… asks for a file among the kinds it reads. */
static void
test_import_action (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) example = pc_ui_copy_example (&dir);
  g_autoptr(GFile) mmd = write_file (dir, "shoes.mmd", journey);
  g_autoptr(GListModel) filters = NULL;
  g_autoptr(GError) error = NULL;
  PcWindow *window = pc_window_new (NULL);
  GtkWidget *dialog = NULL;
  gint64 deadline;
  guint maps;

  gtk_window_present (GTK_WINDOW (window));
  pc_window_open_file (window, example);
  pc_ui_spin ();
  maps = n_maps (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import", NULL));
  for (int i = 0; i < 200 && dialog == NULL; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      dialog = find_file_chooser_dialog ();
      if (dialog == NULL)
        g_usleep (10000);
    }
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Import a Spreadsheet or Journeys");
  /* Without a portal, GtkFileDialog shows GTK's own GtkFileChooserDialog;
   * its GtkFileChooser and GtkDialog calls, deprecated since GTK 4.10, are
   * the only way to drive it. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 5);

  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), mmd, &error));
  g_assert_no_error (error);
  /* The chooser selects the file once it has read its folder. */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  for (;;)
    {
      g_autoptr(GFile) selected = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if ((selected != NULL && g_file_equal (selected, mmd)) || g_get_monotonic_time () > deadline)
        break;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  G_GNUC_END_IGNORE_DEPRECATIONS
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (n_maps (window) == maps && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_cmpuint (n_maps (window), ==, maps + 1);
  g_assert_cmpstr (pc_map_get_name (pc_window_get_map (window)), ==, "Buying shoes");

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
  pc_ui_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("parcours-data-XXXXXX", NULL);
  int status;

  /* Keep opened files out of the user's recent files. */
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window-import/mermaid", test_import_mermaid);
  g_test_add_func ("/window-import/drop-markdown-and-others", test_drop_markdown_and_others);
  g_test_add_func ("/window-import/drop-on-empty-window", test_drop_on_empty_window);
  g_test_add_func ("/window-import/drop-document-first", test_drop_document_first);
  g_test_add_func ("/window-import/error", test_import_error);
  g_test_add_func ("/window-import/action", test_import_action);

  status = g_test_run ();
  pc_ui_remove_dir (data_home);
  return status;
}
