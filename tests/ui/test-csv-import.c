/* test-csv-import.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A spreadsheet with columns Parcours does not know: the import window
 * maps them to fields, previews the rows, and imports only on Import. */

#include "config.h"

#include <unistd.h>
#include <glib/gstdio.h>

#include "pc-csv.h"
#include "pc-csv-import-dialog.h"
#include "pc-format.h"
#include "pc-test-util.h"
#include "pc-ui-test-util.h"

static const char rows[] =
  "stage,lane,title,Mood,Ticket\n"
  "Search,Claire,Reads reviews,Friendly staff,T-1\n"
  "Buy,Claire,Pays twice,Slow checkout,T-2\n";

typedef struct
{
  PcDocument *document;
  PcHistory  *history;
  PcMap      *map;
  GtkWidget  *window;
  GtkWidget  *toasts;
  GFile      *file;
  char       *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PcMap) map = NULL;
  int fd;

  fixture->document = pc_test_load_example ();
  fixture->history = pc_history_new ();
  map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (fixture->document)), 0);
  fixture->map = map;
  fd = g_file_open_tmp ("parcours-XXXXXX.csv", &fixture->path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (fixture->path, rows, -1, &error);
  g_assert_no_error (error);
  fixture->file = g_file_new_for_path (fixture->path);
  fixture->window = gtk_window_new ();
  fixture->toasts = adw_toast_overlay_new ();
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->toasts);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  pc_ui_spin ();
  g_unlink (fixture->path);
  g_free (fixture->path);
  g_object_unref (fixture->file);
  g_assert_finalize_object (fixture->history);
  g_assert_finalize_object (fixture->document);
}

static guint
n_touchpoints (PcMap *map)
{
  return g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (map)));
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_COMBO_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_label_reading (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static guint
choice_of (const char *csv)
{
  guint n;
  const PcField * const *fields = pc_csv_get_fields (&n);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (fields[i]->csv, csv) == 0)
      return i + 1;  /* after "Skip" */
  g_assert_not_reached ();
}

static GtkWidget *
open_dialog (Fixture *fixture)
{
  GtkWidget *dialog;

  g_assert_cmpint (pc_csv_import_dialog_import_file (GTK_WINDOW (fixture->window), fixture->document,
                                                     fixture->map, fixture->history,
                                                     ADW_TOAST_OVERLAY (fixture->toasts),
                                                     fixture->file), ==, 0);
  pc_ui_spin ();
  dialog = pc_ui_find_dialog_titled ("Import Spreadsheet");
  g_assert_nonnull (dialog);
  g_assert_true (pc_dialog_get_parent (dialog) == GTK_WINDOW (fixture->window));
  return dialog;
}

static void
test_map_and_import (Fixture       *fixture,
                     gconstpointer  data)
{
  guint before = n_touchpoints (fixture->map);
  GtkWidget *dialog = open_dialog (fixture);
  GtkWidget *mood = pc_ui_find_descendant (dialog, is_row_titled, "Mood");
  GtkWidget *ticket = pc_ui_find_descendant (dialog, is_row_titled, "Ticket");
  GtkWidget *import;
  PcTouchpoint *tp = NULL;

  /* Nothing is created yet; unknown columns start as Skip, known ones as
   * their field; the preview shows the titles but not the skipped values. */
  g_assert_cmpuint (n_touchpoints (fixture->map), ==, before);
  g_assert_nonnull (mood);
  g_assert_nonnull (ticket);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (mood)), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (pc_ui_find_descendant (dialog, is_row_titled, "title"))),
                    ==, choice_of ("title"));
  g_assert_nonnull (pc_ui_find_descendant (dialog, is_label_reading, "Reads reviews"));
  g_assert_null (pc_ui_find_descendant (dialog, is_label_reading, "Friendly staff"));

  /* Mapped to Pain Points, the column shows in the preview. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (mood), choice_of ("pain_points"));
  pc_ui_spin ();
  g_assert_nonnull (pc_ui_find_descendant (dialog, is_label_reading, "Friendly staff"));
  g_assert_nonnull (pc_ui_find_descendant (dialog, is_label_reading, "Pain Points"));
  g_assert_null (pc_ui_find_descendant (dialog, is_label_reading, "T-1"));
  g_assert_cmpuint (n_touchpoints (fixture->map), ==, before);

  /* Import: both rows, with the mapped values, in one undo step. */
  import = pc_ui_find_descendant (dialog, pc_ui_is_button_labelled, "_Import");
  g_assert_nonnull (import);
  g_assert_true (gtk_widget_get_sensitive (import));
  g_signal_emit_by_name (import, "clicked");
  pc_ui_wait_dialog_gone ("Import Spreadsheet");
  g_assert_cmpuint (pc_ui_count_alerts (), ==, 0);
  g_assert_cmpuint (n_touchpoints (fixture->map), ==, before + 2);
  for (guint i = 0; i < n_touchpoints (fixture->map); i++)
    {
      g_autoptr(PcTouchpoint) item = g_list_model_get_item (G_LIST_MODEL (pc_map_get_touchpoints (fixture->map)), i);

      if (g_strcmp0 (pc_touchpoint_get_title (item), "Pays twice") == 0)
        tp = item;
    }
  g_assert_nonnull (tp);
  g_assert_cmpstr (pc_touchpoint_get_pain_points (tp), ==, "Slow checkout");
  g_assert_cmpuint (pc_history_get_undo_depth (fixture->history), ==, 1);
  g_assert_true (pc_history_undo (fixture->history));
  g_assert_cmpuint (n_touchpoints (fixture->map), ==, before);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *saved = pc_format_save_data (fixture->document, NULL);
  g_autofree char *after = NULL;
  GtkWidget *dialog = open_dialog (fixture);
  GtkWidget *cancel;

  adw_combo_row_set_selected (ADW_COMBO_ROW (pc_ui_find_descendant (dialog, is_row_titled, "Mood")),
                              choice_of ("owner"));
  cancel = pc_ui_find_descendant (dialog, pc_ui_is_button_labelled, "_Cancel");
  g_assert_nonnull (cancel);
  g_signal_emit_by_name (cancel, "clicked");
  pc_ui_wait_dialog_gone ("Import Spreadsheet");

  g_assert_cmpuint (pc_history_get_undo_depth (fixture->history), ==, 0);
  after = pc_format_save_data (fixture->document, NULL);
  g_assert_cmpstr (saved, ==, after);
}

/* Without a title column there is nothing to import: the window says so. */
static void
test_needs_title (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *dialog = open_dialog (fixture);
  GtkWidget *title = pc_ui_find_descendant (dialog, is_row_titled, "title");

  adw_combo_row_set_selected (ADW_COMBO_ROW (title), 0);
  pc_ui_spin ();
  g_assert_false (gtk_widget_get_sensitive (pc_ui_find_descendant (dialog, pc_ui_is_button_labelled, "_Import")));
  g_assert_nonnull (pc_ui_find_descendant (dialog, is_label_reading, "Choose the column that holds the titles."));
  pc_dialog_close (dialog);
  pc_ui_wait_dialog_gone ("Import Spreadsheet");
  g_assert_cmpuint (pc_history_get_undo_depth (fixture->history), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/csv-import/map-and-import", Fixture, NULL, fixture_set_up, test_map_and_import, fixture_tear_down);
  g_test_add ("/csv-import/cancel", Fixture, NULL, fixture_set_up, test_cancel, fixture_tear_down);
  g_test_add ("/csv-import/needs-title", Fixture, NULL, fixture_set_up, test_needs_title, fixture_tear_down);

  return g_test_run ();
}
