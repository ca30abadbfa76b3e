/* test-export-dialog.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "pc-csv.h"
#include "pc-csv-import-dialog.h"
#include "pc-export-dialog-private.h"
#include "pc-file-chooser.h"
#include "pc-format.h"
#include "pc-test-util.h"
#include "pc-ui-test-util.h"

static PcMap *
first_map (PcDocument *document)
{
  g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);
  return map;
}

/* Runs the main loop until the dialog's preview is drawn. */
static void
wait_for_preview (PcExportDialog *dialog)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (dialog->preview_source != 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (dialog->preview_source, ==, 0);
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length = 0;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, length);
}

static GSettings *
settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  g_assert_nonnull (source);
  schema = g_settings_schema_source_lookup (source, "io.github.parcours.Parcours", TRUE);
  g_assert_nonnull (schema);
  return g_settings_new ("io.github.parcours.Parcours");
}

static void
export_to (PcExportDialog *dialog,
           const char     *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (pc_export_dialog_save_to_file (dialog, file, &error));
  g_assert_no_error (error);
}

/* A label under @widget whose text contains @text. */
static gboolean
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text))
    return TRUE;
  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) &&
      strstr (gtk_button_get_label (GTK_BUTTON (widget)), text))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    if (find_label (child, text))
      return TRUE;
  return FALSE;
}

static void
test_export_dialog (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(GSettings) prefs = settings ();
  g_autofree char *dir = g_dir_make_tmp ("parcours-export-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "lane.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "poster.pdf", NULL);
  g_autofree char *svg = g_build_filename (dir, "map.svg", NULL);
  g_autofree char *csv = g_build_filename (dir, "map.csv", NULL);
  g_autofree char *format = NULL;
  g_autofree char *background = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *toasts = adw_toast_overlay_new ();
  PcMap *map = first_map (document);
  PcExportDialog *dialog;
  PcExportOptions options;
  g_autoptr(GError) error = NULL;

  gtk_window_set_child (GTK_WINDOW (window), toasts);
  gtk_window_present (GTK_WINDOW (window));
  dialog = pc_export_dialog_new (document, map, ADW_TOAST_OVERLAY (toasts));
  g_object_ref_sink (dialog);
  pc_dialog_present (GTK_WIDGET (dialog), GTK_WINDOW (window));

  /* The schema's defaults: PNG at 2x on white, map-sized pages. */
  g_object_get (dialog, "format", &format, "background", &background, NULL);
  g_assert_cmpstr (format, ==, "png");
  g_assert_cmpstr (background, ==, "white");
  wait_for_preview (dialog);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (dialog->preview_stack)), ==, "picture");
  g_assert_nonnull (gtk_picture_get_paintable (GTK_PICTURE (dialog->preview_picture)));

  /* PNG of Hugo's lane alone, 1x, dark. */
  g_object_set (dialog, "scale", 1, "background", "dark", "lane-id", "lane-hugo", NULL);
  g_assert_true (gtk_widget_get_visible (dialog->scale_row));
  g_assert_false (gtk_widget_get_visible (dialog->page_row));
  _pc_export_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.format, ==, PC_EXPORT_PNG);
  g_assert_cmpint (options.scale, ==, 1);
  g_assert_cmpint (options.background, ==, PC_EXPORT_BACKGROUND_DARK);
  g_assert_cmpstr (options.lane_id, ==, "lane-hugo");
  export_to (dialog, png);
  {
    g_autoptr(GBytes) written = read_file (png);
    g_autoptr(GBytes) expected = pc_export_to_bytes (document, map, &options, &error);
    g_autoptr(GBytes) whole = NULL;
    g_autoptr(GdkTexture) texture = gdk_texture_new_from_bytes (written, &error);
    g_autoptr(GdkTexture) whole_texture = NULL;
    guint32 pixel = 0;

    g_assert_no_error (error);
    g_assert_true (g_bytes_equal (written, expected));
    /* One lane is shorter than the whole map. */
    options.lane_id = NULL;
    whole = pc_export_to_bytes (document, map, &options, &error);
    whole_texture = gdk_texture_new_from_bytes (whole, &error);
    g_assert_no_error (error);
    g_assert_cmpint (gdk_texture_get_width (texture), ==, gdk_texture_get_width (whole_texture));
    g_assert_cmpint (gdk_texture_get_height (texture), <, gdk_texture_get_height (whole_texture));
    /* A dark background in the corner. */
    {
      int w = gdk_texture_get_width (texture), h = gdk_texture_get_height (texture);
      g_autofree guint32 *pixels = g_new (guint32, (gsize) w * h);

      gdk_texture_download (texture, (guchar *) pixels, w * 4);
      pixel = pixels[0];
    }
    g_assert_cmpuint ((pixel >> 24) & 0xff, ==, 0xff);
    g_assert_cmpuint ((pixel >> 16) & 0xff, <, 0x60);
  }
  /* The toast names the file and offers to open it. */
  g_assert_true (find_label (toasts, "Exported “lane.png”"));
  g_assert_true (find_label (toasts, "Open"));
  g_assert_cmpint (g_settings_get_int (prefs, "export-scale"), ==, 1);
  g_clear_pointer (&background, g_free);
  background = g_settings_get_string (prefs, "export-background");
  g_assert_cmpstr (background, ==, "dark");

  /* PDF poster on A4 pages. */
  g_object_set (dialog, "format", "pdf", "page-size", "a4", "background", "white",
                "lane-id", NULL, NULL);
  g_assert_true (gtk_widget_get_visible (dialog->page_row));
  g_assert_false (gtk_widget_get_visible (dialog->scale_row));
  wait_for_preview (dialog);
  export_to (dialog, pdf);
  {
    g_autoptr(GBytes) written = read_file (pdf);
    g_assert_cmpuint (g_bytes_get_size (written), >, 1000);
    g_assert_cmpint (memcmp (g_bytes_get_data (written, NULL), "%PDF-", 5), ==, 0);
  }
  g_clear_pointer (&format, g_free);
  format = g_settings_get_string (prefs, "export-page-size");
  g_assert_cmpstr (format, ==, "a4");

  /* SVG, with real text: a name ending in .svg picks the format. */
  g_object_set (dialog, "format", "png", NULL);
  export_to (dialog, svg);
  g_clear_pointer (&format, g_free);
  g_object_get (dialog, "format", &format, NULL);
  g_assert_cmpstr (format, ==, "svg");
  {
    g_autofree char *text = NULL;
    g_file_get_contents (svg, &text, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (strstr (text, "<svg"));
    g_assert_nonnull (strstr (text, "Hears about us from a friend"));
  }

  /* The title block and legend are on by default; the switch leaves them
   * out, and the choice is remembered. */
  g_assert_true (g_settings_get_boolean (prefs, "export-legend"));
  {
    g_autofree char *text = NULL;
    gboolean legend = FALSE;

    g_file_get_contents (svg, &text, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (strstr (text, "id=\"legend\""));
    g_assert_true (gtk_widget_get_visible (dialog->legend_row));
    gtk_switch_set_active (GTK_SWITCH (dialog->legend_switch), FALSE);
    g_object_get (dialog, "legend", &legend, NULL);
    g_assert_false (legend);
    _pc_export_dialog_get_options (dialog, &options);
    g_assert_false (options.legend);
    export_to (dialog, svg);
    g_clear_pointer (&text, g_free);
    g_file_get_contents (svg, &text, NULL, &error);
    g_assert_no_error (error);
    g_assert_null (strstr (text, "id=\"legend\""));
    g_assert_null (strstr (text, "id=\"title-block\""));
    g_assert_false (g_settings_get_boolean (prefs, "export-legend"));
    g_object_set (dialog, "legend", TRUE, NULL);
    g_assert_true (gtk_switch_get_active (GTK_SWITCH (dialog->legend_switch)));
  }

  /* CSV: a text preview, and the same bytes as the CSV exporter. */
  g_object_set (dialog, "format", "csv", NULL);
  g_assert_true (gtk_widget_get_visible (dialog->separator_row));
  g_assert_false (gtk_widget_get_visible (dialog->background_row));
  wait_for_preview (dialog);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (dialog->preview_stack)), ==, "text");
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (dialog->preview_text)), "stage,lane,title"));
  export_to (dialog, csv);
  {
    g_autoptr(GBytes) written = read_file (csv);
    gsize length = 0;
    g_autofree char *expected = pc_csv_export (document, map, ',', &length);

    g_assert_cmpmem (g_bytes_get_data (written, NULL), g_bytes_get_size (written), expected, length);
  }

  pc_dialog_force_close (GTK_WIDGET (dialog));
  g_object_unref (dialog);

  /* A new dialog starts from the last choices. */
  dialog = pc_export_dialog_new (document, map, ADW_TOAST_OVERLAY (toasts));
  g_object_ref_sink (dialog);
  g_clear_pointer (&format, g_free);
  g_clear_pointer (&background, g_free);
  g_object_get (dialog, "format", &format, "background", &background, NULL);
  g_assert_cmpstr (format, ==, "csv");
  g_assert_cmpstr (background, ==, "white");
  {
    int scale = 0;
    g_autofree char *page_size = NULL;

    g_object_get (dialog, "scale", &scale, "page-size", &page_size, NULL);
    g_assert_cmpint (scale, ==, 1);
    g_assert_cmpstr (page_size, ==, "a4");
  }
  wait_for_preview (dialog);
  pc_dialog_force_close (GTK_WIDGET (dialog));
  g_object_unref (dialog);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (png);
  g_unlink (pdf);
  g_unlink (svg);
  g_unlink (csv);
  g_rmdir (dir);
}

static gboolean
count_tick (gpointer user_data)
{
  guint *ticks = user_data;

  (*ticks)++;
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until the dialog's export has ended; returns how
 * many times an alert (the progress dialog) was seen meanwhile. */
static guint
wait_for_export (PcExportDialog *dialog)
{
  gint64 start = g_get_monotonic_time ();
  gint64 deadline = start + 60 * G_USEC_PER_SEC;
  guint seen = 0;

  while (_pc_export_dialog_is_exporting (dialog) && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, TRUE);
      if (pc_ui_count_alerts () > 0)
        seen++;
    }
  g_test_message ("waited %.0f ms for the export to end",
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_false (_pc_export_dialog_is_exporting (dialog));
  return seen;
}

static gboolean
is_alert (GtkWidget     *widget,
          gconstpointer  data)
{
  return PC_IS_ALERT (widget);
}

/* Alerts have a row and a column of buttons, one of them hidden. */
static gboolean
is_shown_button (GtkWidget     *widget,
                 gconstpointer  label)
{
  return pc_ui_is_button_labelled (widget, label) && gtk_widget_get_mapped (widget);
}

/* The alert shown, in a window of its own or over its parent. */
static GtkWidget *
find_alert (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
      GtkWidget *alert;

      if (!gtk_widget_get_visible (window))
        continue;
      alert = pc_ui_find_descendant (window, is_alert, NULL);
      if (alert != NULL)
        return alert;
    }
  return NULL;
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* Exports run in a thread: the window's main loop goes on while a big map
 * is written, and the file appears whole at the end; a cancelled export
 * leaves no file, not even a part of one; a failure is reported. */
static void
test_export_thread (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (4000);
  g_autofree char *dir = g_dir_make_tmp ("parcours-export-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "big.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "big.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "no such folder", "big.svg", NULL);
  g_autoptr(GFile) svg_file = g_file_new_for_path (svg);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *toasts = adw_toast_overlay_new ();
  PcMap *map = first_map (document);
  PcExportDialog *dialog;
  PcExportOptions options;
  g_autoptr(GError) error = NULL;
  guint ticks = 0, tick_source;
  guint progress_seen;
  gint64 started;

  gtk_window_set_child (GTK_WINDOW (window), toasts);
  gtk_window_present (GTK_WINDOW (window));
  dialog = pc_export_dialog_new (document, map, ADW_TOAST_OVERLAY (toasts));
  g_object_ref_sink (dialog);
  pc_dialog_present (GTK_WIDGET (dialog), GTK_WINDOW (window));
  g_object_set (dialog, "format", "pdf", "page-size", "map", "background", "white",
                "lane-id", NULL, NULL);
  wait_for_preview (dialog);

  /* Cancelled at once: no file, nothing left beside it, no error, and
   * the dialog stays for another try. */
  pc_export_dialog_export (dialog, pdf_file);
  g_assert_true (_pc_export_dialog_is_exporting (dialog));
  g_assert_false (gtk_widget_get_sensitive (dialog->export_button));
  _pc_export_dialog_cancel_export (dialog);
  wait_for_export (dialog);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (dir), ==, 0);
  g_assert_cmpuint (pc_ui_count_alerts (), ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_widget_get_sensitive (dialog->export_button));

  /* Cancelled from its progress dialog, once it shows (the export of
   * 4,000 cards to PDF takes longer than the moment it waits). */
  pc_export_dialog_export (dialog, pdf_file);
  {
    gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
    GtkWidget *cancel = NULL;

    while (_pc_export_dialog_is_exporting (dialog) && cancel == NULL &&
           g_get_monotonic_time () < deadline)
      {
        GtkWidget *alert;

        g_main_context_iteration (NULL, TRUE);
        alert = find_alert ();
        if (alert != NULL)
          cancel = pc_ui_find_descendant (alert, is_shown_button, "_Cancel");
      }
    if (cancel != NULL)
      {
        gtk_widget_activate (cancel);
        wait_for_export (dialog);
        g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
        g_assert_cmpuint (count_files (dir), ==, 0);
        /* The progress dialog has gone (AdwAlertDialog fades out). */
        for (int i = 0; i < 500 && find_alert () != NULL; i++)
          pc_ui_run_for (10);
        g_assert_null (find_alert ());
        g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
      }
    else
      {
        g_test_message ("the PDF export ended before its progress showed");
        g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));
        g_unlink (pdf);
      }
  }

  /* A big SVG: the call returns at once, with no file yet; the main loop
   * runs on while it is written; then the file is the exporter's. */
  g_object_set (dialog, "format", "svg", NULL);
  wait_for_preview (dialog);
  _pc_export_dialog_get_options (dialog, &options);
  tick_source = g_timeout_add (2, count_tick, &ticks);
  started = g_get_monotonic_time ();
  pc_export_dialog_export (dialog, svg_file);
  g_assert_true (_pc_export_dialog_is_exporting (dialog));
  g_assert_false (g_file_test (svg, G_FILE_TEST_EXISTS));
  progress_seen = wait_for_export (dialog);
  g_source_remove (tick_source);
  g_test_message ("SVG export of 4,000 cards in %.0f ms, %u ticks of the main loop meanwhile, "
                  "progress seen %u times", (g_get_monotonic_time () - started) / 1000.0,
                  ticks, progress_seen);
  g_assert_cmpuint (ticks, >=, 1);
  {
    g_autoptr(GBytes) written = read_file (svg);
    g_autoptr(GBytes) expected = pc_export_to_bytes (document, map, &options, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_bytes_get_size (written), >, 1000000);
    g_assert_true (g_bytes_equal (written, expected));
  }
  g_assert_cmpuint (count_files (dir), ==, 1);
  g_assert_true (find_label (toasts, "Exported “big.svg”"));
  g_assert_cmpuint (pc_ui_count_alerts (), ==, 0);
  /* Done: the dialog closed (an AdwDialog may animate out). */
  for (int i = 0; i < 500 && gtk_widget_get_mapped (GTK_WIDGET (dialog)); i++)
    pc_ui_run_for (10);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_object_unref (dialog);

  /* A folder that does not exist: the error is shown, the dialog stays. */
  dialog = pc_export_dialog_new (document, map, ADW_TOAST_OVERLAY (toasts));
  g_object_ref_sink (dialog);
  pc_dialog_present (GTK_WIDGET (dialog), GTK_WINDOW (window));
  pc_export_dialog_export (dialog, missing_file);
  wait_for_export (dialog);
  g_assert_cmpuint (pc_ui_count_alerts (), ==, 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_widget_get_sensitive (dialog->export_button));
  pc_ui_close_alerts ();

  /* Closing the dialog stops its export; the dialog is freed once the
   * thread has given up. */
  g_object_set (dialog, "format", "pdf", NULL);
  pc_export_dialog_export (dialog, pdf_file);
  pc_dialog_force_close (GTK_WIDGET (dialog));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_object_unref (dialog);
  {
    gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

    while (dialog != NULL && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_null (dialog);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (dir), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (svg);
  g_rmdir (dir);
}

static void
test_csv_import_file (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  g_autoptr(PcHistory) history = pc_history_new ();
  g_autofree char *before = pc_format_save_data (document, NULL);
  g_autofree char *good_path = g_test_build_filename (G_TEST_DIST, "data", "csv", "french-semicolon.csv", NULL);
  g_autofree char *bad_path = g_test_build_filename (G_TEST_DIST, "data", "csv", "bad-rows.csv", NULL);
  g_autofree char *latin1_path = g_test_build_filename (G_TEST_DIST, "data", "csv", "latin1.csv", NULL);
  g_autoptr(GFile) good = g_file_new_for_path (good_path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GFile) latin1 = g_file_new_for_path (latin1_path);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *toasts = adw_toast_overlay_new ();
  PcMap *map = first_map (document);
  guint n_before = g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (map)));

  gtk_window_set_child (GTK_WINDOW (window), toasts);
  gtk_window_present (GTK_WINDOW (window));

  /* A clean file: one undo step, no dialog. */
  g_assert_cmpint (pc_csv_import_dialog_import_file (GTK_WINDOW (window), document, map, history,
                                                     ADW_TOAST_OVERLAY (toasts), good), ==, 3);
  g_assert_cmpuint (pc_history_get_undo_depth (history), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (map))), ==, n_before + 3);
  g_assert_cmpuint (pc_ui_count_alerts (), ==, 0);

  /* Skipped rows are listed in a dialog. */
  g_assert_cmpint (pc_csv_import_dialog_import_file (GTK_WINDOW (window), document, map, history,
                                                     ADW_TOAST_OVERLAY (toasts), bad), ==, 3);
  g_assert_cmpuint (pc_ui_count_alerts (), ==, 1);
  pc_ui_close_alerts ();

  /* A file in the wrong encoding: nothing changes, the error is shown. */
  g_assert_cmpint (pc_csv_import_dialog_import_file (GTK_WINDOW (window), document, map, history,
                                                     ADW_TOAST_OVERLAY (toasts), latin1), ==, -1);
  g_assert_cmpuint (pc_ui_count_alerts (), ==, 1);
  pc_ui_close_alerts ();
  g_assert_cmpuint (pc_history_get_undo_depth (history), ==, 2);

  g_assert_true (pc_history_undo (history));
  g_assert_true (pc_history_undo (history));
  {
    g_autofree char *after = pc_format_save_data (document, NULL);
    g_assert_cmpstr (before, ==, after);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The dialog offers exactly the exporters' table (those it gives a label),
 * in its order, and shows the options each format uses. */
static void
test_export_dialog_formats (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  guint n_formats = 0;
  const PcExportFormatInfo *formats = pc_export_get_formats (&n_formats);
  PcExportDialog *dialog = pc_export_dialog_new (document, first_map (document), NULL);
  GListModel *labels;
  guint position = 0;

  g_object_ref_sink (dialog);
  labels = adw_combo_row_get_model (ADW_COMBO_ROW (dialog->format_row));
  for (guint i = 0; i < n_formats; i++)
    {
      g_autofree char *name = NULL;
      PcExportOptions options;

      if (formats[i].label == NULL)
        continue;
      g_assert_cmpuint (position, <, g_list_model_get_n_items (labels));
      g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels), position), ==,
                       pc_export_format_info_get_label (&formats[i]));
      g_object_set (dialog, "format", formats[i].name, NULL);
      g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (dialog->format_row)), ==, position);
      g_object_get (dialog, "format", &name, NULL);
      g_assert_cmpstr (name, ==, formats[i].name);
      _pc_export_dialog_get_options (dialog, &options);
      g_assert_cmpint (options.format, ==, formats[i].format);
      g_assert_cmpstr (_pc_export_dialog_get_extension (dialog), ==, formats[i].extension);
      g_assert_true (gtk_widget_get_visible (dialog->scale_row) ==
                     ((formats[i].uses & PC_EXPORT_USES_SCALE) != 0));
      g_assert_true (gtk_widget_get_visible (dialog->background_row) ==
                     ((formats[i].uses & PC_EXPORT_USES_BACKGROUND) != 0));
      g_assert_true (gtk_widget_get_visible (dialog->lane_row) ==
                     ((formats[i].uses & PC_EXPORT_USES_LANE) != 0));
      g_assert_true (gtk_widget_get_visible (dialog->page_row) ==
                     ((formats[i].uses & PC_EXPORT_USES_PAGE_SIZE) != 0));
      g_assert_true (gtk_widget_get_visible (dialog->separator_row) ==
                     ((formats[i].uses & PC_EXPORT_USES_SEPARATOR) != 0));
      position++;
    }
  g_assert_cmpuint (g_list_model_get_n_items (labels), ==, position);
  g_assert_cmpuint (position, >=, 4);

  pc_dialog_force_close (GTK_WIDGET (dialog));
  g_object_unref (dialog);
}

static void
file_chosen_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GFile **chosen = user_data;
  g_autoptr(GError) error = NULL;

  *chosen = pc_file_chooser_save_finish (PC_FILE_CHOOSER (source), result, &error);
  g_assert_true ((*chosen == NULL) == (error != NULL));
  if (*chosen == NULL)
    *chosen = g_file_new_for_path ("/dismissed");
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

/* The one file chooser, whichever GTK: its title, filters and suggested
 * name reach the dialog, and the answer comes back. */
static void
test_file_chooser (void)
{
  g_autofree char *dir = g_dir_make_tmp ("parcours-chooser-XXXXXX", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(PcFileChooser) chooser = pc_file_chooser_new ("Save Something", "_Save");
  g_autoptr(GtkFileFilter) maps = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autoptr(GListModel) offered = NULL;
  g_autofree char *name = NULL;
  GtkWidget *parent = gtk_window_new ();
  GFile *chosen = NULL;
  GtkWidget *dialog = NULL;

  gtk_file_filter_set_name (maps, "Journey Maps");
  gtk_file_filter_add_suffix (maps, "parcours");
  gtk_file_filter_set_name (all, "All Files");
  gtk_file_filter_add_pattern (all, "*");
  pc_file_chooser_add_filter (chooser, maps);
  pc_file_chooser_add_filter (chooser, all);
  g_assert_cmpuint (g_list_model_get_n_items (pc_file_chooser_get_filters (chooser)), ==, 2);
  pc_file_chooser_set_initial_name (chooser, "Atelier.parcours");
  pc_file_chooser_set_initial_folder (chooser, folder);

  gtk_window_present (GTK_WINDOW (parent));
  pc_file_chooser_save (chooser, GTK_WINDOW (parent), file_chosen_cb, &chosen);
  for (int i = 0; i < 200 && dialog == NULL; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      dialog = find_file_chooser_dialog ();
      if (dialog == NULL)
        g_usleep (10000);
    }
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Save Something");
  /* Without a portal, GtkFileDialog shows GTK's own GtkFileChooserDialog;
   * its GtkFileChooser and GtkDialog calls, deprecated since GTK 4.10, are
   * the only way to drive it. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (dialog));
  g_assert_cmpstr (name, ==, "Atelier.parcours");
  offered = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (offered), ==, 2);
  g_assert_true (gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog)) == maps);

  /* Dismissed: no file, and an error says so. */
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (chosen == NULL && g_get_monotonic_time () < deadline)
      {
        g_main_context_iteration (NULL, FALSE);
        g_usleep (1000);
      }
  }
  g_assert_nonnull (chosen);
  g_assert_cmpstr (g_file_peek_path (chosen), ==, "/dismissed");
  g_assert_null (find_file_chooser_dialog ());
  gtk_window_destroy (GTK_WINDOW (parent));
  g_object_unref (chosen);
  g_rmdir (dir);
}

/* Opened from a window that fades what less evidence backs, the dialog
 * exports the map faded the same way. */
static void
test_export_dialog_evidence (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  PcExportDialog *dialog = pc_export_dialog_new (document, first_map (document), NULL);
  g_autofree char *dir = g_dir_make_tmp ("parcours-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "faded.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *svg = NULL;
  PcExportOptions options;

  g_object_ref_sink (dialog);
  _pc_export_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.min_evidence, ==, PC_EVIDENCE_UNSET);

  pc_export_dialog_set_min_evidence (dialog, PC_EVIDENCE_VALIDATED);
  _pc_export_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.min_evidence, ==, PC_EVIDENCE_VALIDATED);

  g_object_set (dialog, "format", "svg", NULL);
  g_assert_true (pc_export_dialog_save_to_file (dialog, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &svg, NULL, NULL));
  g_assert_nonnull (strstr (svg, "<g opacity=\"0.3\">\n<g id=\"tp-ad\""));
  g_assert_null (strstr (svg, "<g opacity=\"0.3\">\n<g id=\"tp-site\""));

  pc_dialog_force_close (GTK_WIDGET (dialog));
  g_object_unref (dialog);
  pc_ui_spin ();
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/ui/export-dialog/export", test_export_dialog);
  g_test_add_func ("/ui/export-dialog/thread", test_export_thread);
  g_test_add_func ("/ui/export-dialog/csv-import", test_csv_import_file);
  g_test_add_func ("/ui/export-dialog/formats", test_export_dialog_formats);
  g_test_add_func ("/ui/export-dialog/evidence", test_export_dialog_evidence);
  g_test_add_func ("/ui/file-chooser", test_file_chooser);

  return g_test_run ();
}
