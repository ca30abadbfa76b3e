/* test-window.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The document window, driven as a user would through its actions,
 * dialogs and drops, under a real X server. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "pc-application.h"
#include "pc-canvas.h"
#include "pc-canvas-header.h"
#include "pc-edit.h"
#include "pc-export-dialog.h"
#include "pc-file.h"
#include "pc-format.h"
#include "pc-inspector.h"
#include "pc-window-private.h"
#include "pc-lane.h"
#include "pc-map-switcher.h"
#include "pc-note-widget.h"
#include "pc-window-private.h"
#include "pc-persona-editor.h"
#include "pc-stage.h"
#include "pc-touchpoint.h"
#include "pc-ui-test-util.h"
#include "pc-window.h"

static void
test_window_open_modify_save (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = pc_ui_copy_example (&dir);
  g_autofree char *path = g_file_get_path (file);
  PcWindow *window = pc_window_new (NULL);
  g_autoptr(PcTouchpoint) touchpoint = NULL;
  g_autoptr(PcDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved_data = NULL;
  g_autofree char *reloaded_data = NULL;
  PcHistory *history;
  PcMap *map;
  GtkWidget *undo_button;
  guint saved = 0;

  g_assert_null (pc_window_get_document (window));
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (window, "saved", G_CALLBACK (pc_ui_count_cb), &saved);

  pc_window_open_file (window, file);
  pc_ui_spin ();
  g_assert_nonnull (pc_window_get_document (window));
  g_assert_true (g_file_equal (pc_window_get_file (window), file));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Ordering kitchen equipment");

  map = pc_window_get_map (window);
  g_assert_nonnull (map);
  g_assert_cmpstr (pc_map_get_name (map), ==, "Ordering today");

  /* An edit marks the window modified, before the title. */
  history = pc_window_get_history (window);
  touchpoint = g_list_model_get_item (G_LIST_MODEL (pc_map_get_touchpoints (map)), 0);
  undo_button = pc_ui_find_descendant (GTK_WIDGET (window), pc_ui_has_action_name, "win.undo");
  g_assert_nonnull (undo_button);
  g_assert_false (gtk_widget_is_sensitive (undo_button));
  pc_edit_set_string (history, touchpoint, "title", "Sees an ad on the bus");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Ordering kitchen equipment");

  /* Undo is offered, and its tooltip names the step. */
  g_assert_true (gtk_widget_is_sensitive (undo_button));
  g_assert_nonnull (pc_history_get_undo_label (history));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (undo_button),
                            pc_history_get_undo_label (history)));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (window)));

  /* Save through the window's own action, as Ctrl+S does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  pc_ui_spin ();
  g_assert_cmpuint (saved, ==, 1);
  g_assert_false (pc_history_is_modified (history));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Ordering kitchen equipment");
  g_assert_null (pc_ui_find_alert ());

  reloaded = pc_file_load (path, &error);
  g_assert_no_error (error);
  saved_data = pc_format_save_data (pc_window_get_document (window), NULL);
  reloaded_data = pc_format_save_data (reloaded, NULL);
  g_assert_cmpstr (saved_data, ==, reloaded_data);
  g_assert_nonnull (strstr (reloaded_data, "Sees an ad on the bus"));

  /* Undo past the saved point marks it modified again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (pc_history_is_modified (history));
  g_assert_cmpstr (pc_touchpoint_get_title (touchpoint), !=, "Sees an ad on the bus");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Ordering kitchen equipment");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_false (pc_history_is_modified (history));

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
  pc_ui_remove_dir (dir);
}

static void
test_window_new_map (void)
{
  PcWindow *window = pc_window_new (NULL);
  GtkWidget *undo_button = pc_ui_find_descendant (GTK_WIDGET (window), pc_ui_has_action_name, "win.undo");

  /* The welcome page shows nothing that needs a document. */
  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (gtk_widget_is_visible (undo_button));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-map", NULL));
  g_assert_nonnull (pc_window_get_document (window));
  g_assert_null (pc_window_get_file (window));
  g_assert_nonnull (pc_window_get_map (window));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_stages (pc_window_get_map (window)))), >, 0);
  g_assert_false (pc_history_is_modified (pc_window_get_history (window)));
  g_assert_true (gtk_widget_is_visible (undo_button));

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
}

static void
test_window_load_error_keeps_document (void)
{
  g_autofree char *example = pc_ui_example_path ();
  g_autoptr(GFile) good = g_file_new_for_path (example);
  g_autofree char *bad_path = g_test_build_filename (G_TEST_DIST, "data", "bad",
                                                     "bad-sentiment.parcours", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  PcWindow *window = pc_window_new (NULL);
  PcDocument *before;
  PcAlert *dialog;

  gtk_window_present (GTK_WINDOW (window));
  pc_window_open_file (window, good);
  before = pc_window_get_document (window);
  g_assert_nonnull (before);

  pc_window_open_file (window, bad);
  pc_ui_spin ();
  g_assert_true (pc_window_get_document (window) == before);
  g_assert_true (g_file_equal (pc_window_get_file (window), good));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Ordering kitchen equipment");

  /* The dialog names the file and says where the file is wrong. */
  dialog = pc_ui_find_alert ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (pc_alert_get_heading (dialog), "bad-sentiment.parcours"));
  g_assert_nonnull (strstr (pc_alert_get_body (dialog), "sentiment"));
  pc_ui_alert_close (dialog);

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
}

static void
test_window_set_document_modified (void)
{
  PcWindow *window = pc_window_new (NULL);
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(PcMap) map = pc_map_new (NULL, PC_MAP_KIND_CURRENT_STATE);

  g_autoptr(PcStage) stage = pc_stage_new (NULL);
  g_autoptr(PcLane) lane = pc_lane_new (NULL);
  PcAlert *dialog;

  pc_document_set_title (document, "Recovered");
  pc_stage_set_name (stage, "Awareness");
  g_list_store_append (pc_map_get_stages (map), stage);
  pc_lane_set_kind (lane, PC_LANE_KIND_FREE);
  pc_lane_set_name (lane, "Notes");
  g_list_store_append (pc_map_get_lanes (map), lane);
  g_list_store_append (pc_document_get_maps (document), map);

  /* A recovered document stays marked until it is saved. */
  gtk_window_present (GTK_WINDOW (window));
  pc_window_set_document (window, document, NULL, TRUE);
  g_assert_true (pc_window_get_document (window) == document);
  g_assert_true (pc_window_get_map (window) == map);
  g_assert_null (pc_window_get_file (window));
  g_assert_true (pc_history_is_modified (pc_window_get_history (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Recovered");
  g_assert_nonnull (pc_window_get_toasts (window));

  /* Renaming the document from the menu is one undo step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.rename-document", NULL));
  dialog = pc_ui_find_alert ();
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (pc_alert_get_extra_child (dialog)), "Onboarding");
  pc_ui_alert_respond (dialog, "rename");
  g_assert_cmpstr (pc_document_get_title (document), ==, "Onboarding");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Onboarding");
  pc_history_undo (pc_window_get_history (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Recovered");

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
}

static void
test_window_file_changed_on_disk (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = pc_ui_copy_example (&dir);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *changed = NULL;
  g_auto(GStrv) parts = NULL;
  PcWindow *window = pc_window_new (NULL);
  PcAlert *dialog = NULL;
  gint64 deadline;

  gtk_window_present (GTK_WINDOW (window));
  pc_window_open_file (window, file);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Ordering kitchen equipment");
  pc_ui_spin ();

  /* Another program rewrites the file with a new title. */
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  parts = g_strsplit (contents, "Ordering kitchen equipment", -1);
  changed = g_strjoinv ("Ordering ovens", parts);
  g_file_set_contents (path, changed, -1, &error);
  g_assert_no_error (error);

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while ((dialog = pc_ui_find_alert ()) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (pc_alert_get_heading (dialog), ==, "File Changed on Disk");

  /* As a click on the button does: answer, then close. */
  pc_ui_alert_respond (dialog, "reload");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Ordering ovens");
  g_assert_false (pc_history_is_modified (pc_window_get_history (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
  pc_ui_remove_dir (dir);
}

static void
test_window_save_as_extension (void)
{
  g_autofree char *dir = g_dir_make_tmp ("parcours-ext-XXXXXX", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) typed = g_file_get_child (folder, "plan");
  g_autoptr(GFile) with_suffix = g_file_get_child (folder, "plan.parcours");
  g_autoptr(GFile) first = NULL;
  g_autoptr(GFile) second = NULL;
  g_autoptr(GFile) kept = NULL;

  /* A name typed without the extension gets it... */
  first = _pc_window_with_extension (typed);
  g_assert_true (g_file_equal (first, with_suffix));
  kept = _pc_window_with_extension (with_suffix);
  g_assert_true (g_file_equal (kept, with_suffix));

  /* ...unless that would silently replace a file the chooser never asked about. */
  g_assert_true (g_file_replace_contents (with_suffix, "{}", 2, NULL, FALSE, 0, NULL, NULL, NULL));
  second = _pc_window_with_extension (typed);
  g_assert_true (g_file_equal (second, typed));

  g_file_delete (with_suffix, NULL, NULL);
  g_file_delete (folder, NULL, NULL);
}

static void
test_window_save_error (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = pc_ui_copy_example (&dir);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(PcTouchpoint) touchpoint = NULL;
  PcWindow *window = pc_window_new (NULL);
  PcAlert *dialog;
  guint saved = 0;

  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (window, "saved", G_CALLBACK (pc_ui_count_cb), &saved);
  pc_window_open_file (window, file);
  touchpoint = g_list_model_get_item (G_LIST_MODEL (pc_map_get_touchpoints (pc_window_get_map (window))), 0);
  pc_edit_set_string (pc_window_get_history (window), touchpoint, "title", "Changed");

  /* The file's place is taken by a directory: no save can replace it. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  pc_ui_spin ();
  dialog = pc_ui_find_alert ();
  if (dialog != NULL)
    pc_ui_alert_close (dialog);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  pc_ui_spin ();
  g_assert_cmpuint (saved, ==, 0);
  g_assert_true (pc_history_is_modified (pc_window_get_history (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Ordering kitchen equipment");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));

  /* The dialog says so and offers another place. */
  dialog = pc_ui_find_alert ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (pc_alert_get_heading (dialog), "journey.parcours"));
  g_assert_true (pc_alert_has_response (dialog, "save-as"));
  pc_ui_alert_close (dialog);

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
  g_rmdir (path);
  pc_ui_remove_dir (dir);
}

static void
test_window_unsaved_changes (void)
{
  g_autofree char *example = pc_ui_example_path ();
  g_autoptr(GFile) file = g_file_new_for_path (example);
  g_autoptr(PcDocument) blank = pc_document_new ();
  g_autoptr(PcMap) map = pc_map_new (NULL, PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(PcStage) stage = pc_stage_new (NULL);
  PcWindow *window = pc_window_new (NULL);
  PcAlert *dialog;

  pc_document_set_title (blank, "Draft");
  g_list_store_append (pc_map_get_stages (map), stage);
  g_list_store_append (pc_document_get_maps (blank), map);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (GTK_WINDOW (window));
  pc_window_set_document (window, blank, NULL, FALSE);
  pc_edit_set_string (pc_window_get_history (window), stage, "name", "Discovery");

  /* Opening another file first asks about the changes. */
  pc_window_open_file (window, file);
  dialog = pc_ui_find_alert ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (pc_alert_get_heading (dialog), ==, "Save Changes?");
  g_assert_true (pc_window_get_document (window) == blank);
  pc_ui_alert_respond (dialog, "cancel");
  pc_ui_spin ();
  g_assert_null (pc_ui_find_alert ());
  g_assert_true (pc_window_get_document (window) == blank);

  pc_window_open_file (window, file);
  dialog = pc_ui_find_alert ();
  g_assert_nonnull (dialog);
  pc_ui_alert_respond (dialog, "discard");
  pc_ui_spin ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Ordering kitchen equipment");

  /* Closing a modified window asks too, and stays open until answered. */
  pc_edit_set_string (pc_window_get_history (window), pc_window_get_document (window),
                      "title", "Ordering ovens");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Ordering ovens");
  gtk_window_close (GTK_WINDOW (window));
  pc_ui_spin ();
  g_assert_nonnull (window);
  dialog = pc_ui_find_alert ();
  g_assert_nonnull (dialog);
  pc_ui_alert_respond (dialog, "discard");
  pc_ui_spin ();
  g_assert_null (window);
}

static void
test_window_drop_file (void)
{
  g_autofree char *example = pc_ui_example_path ();
  g_autoptr(GFile) file = g_file_new_for_path (example);
  g_autoptr(GListModel) controllers = NULL;
  PcWindow *window = pc_window_new (NULL);
  GtkDropTarget *target = NULL;
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  gtk_window_present (GTK_WINDOW (window));
  controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  /* What the drop target hands over when a file manager drops a file. */
  g_value_init (&value, G_TYPE_FILE);
  g_value_set_object (&value, file);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_assert_true (accepted);
  g_assert_nonnull (pc_window_get_document (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Ordering kitchen equipment");

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
}

static void
test_window_remembers_size (void)
{
  g_autoptr(PcApplication) app = pc_application_new ();
  g_autoptr(GError) error = NULL;
  GSettings *settings;
  PcWindow *window;
  int width, height;

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  settings = pc_application_get_settings (app);
  g_assert_nonnull (settings);
  g_settings_set_int (settings, "window-width", 1000);
  g_settings_set_int (settings, "window-height", 700);

  window = pc_window_new (GTK_APPLICATION (app));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);

  /* The size at closing time is the next window's. */
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 1111, 777);
  pc_ui_spin ();
  gtk_window_close (GTK_WINDOW (window));
  pc_ui_spin ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1111);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 777);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

static gboolean
is_inspector (GtkWidget     *widget,
              gconstpointer  data)
{
  return PC_IS_INSPECTOR (widget);
}

static gboolean
is_canvas (GtkWidget     *widget,
           gconstpointer  data)
{
  return PC_IS_CANVAS (widget);
}

static gboolean
is_typed_note (GtkWidget     *widget,
               gconstpointer  data)
{
  return PC_IS_NOTE_WIDGET (widget) && pc_note_widget_get_note (PC_NOTE_WIDGET (widget)) != NULL;
}

static void
test_window_canvas_signals (void)
{
  g_autofree char *example = pc_ui_example_path ();
  g_autoptr(GFile) file = g_file_new_for_path (example);
  g_autoptr(PcTouchpoint) touchpoint = NULL;
  PcWindow *window = pc_window_new (NULL);
  GtkWidget *canvas;
  GtkWidget *inspector;
  GtkWidget *editor;
  GtkWidget *name_row;
  GtkWidget *note_widget;
  PcPersona *hugo;

  gtk_window_present (GTK_WINDOW (window));
  pc_window_open_file (window, file);
  canvas = pc_ui_find_descendant (GTK_WIDGET (window), is_canvas, NULL);
  g_assert_nonnull (canvas);

  /* Selecting a card on the canvas shows it in the inspector. */
  touchpoint = g_list_model_get_item (G_LIST_MODEL (pc_map_get_touchpoints (pc_window_get_map (window))), 2);
  pc_canvas_set_selected (PC_CANVAS (canvas), touchpoint);
  inspector = pc_ui_find_descendant (GTK_WIDGET (window), is_inspector, NULL);
  g_assert_nonnull (inspector);
  g_assert_true (pc_inspector_get_touchpoint (PC_INSPECTOR (inspector)) == touchpoint);
  g_assert_true (gtk_widget_is_visible (inspector));

  /* A note that takes the focus is shown instead; a card again after. */
  note_widget = pc_ui_find_descendant (canvas, is_typed_note, NULL);
  g_assert_nonnull (note_widget);
  gtk_widget_grab_focus (note_widget);
  pc_ui_spin ();
  g_assert_nonnull (pc_inspector_get_note (PC_INSPECTOR (inspector)));
  g_assert_true (pc_inspector_get_note (PC_INSPECTOR (inspector)) ==
                 pc_note_widget_get_note (PC_NOTE_WIDGET (note_widget)));
  g_assert_null (pc_inspector_get_touchpoint (PC_INSPECTOR (inspector)));
  g_assert_true (gtk_widget_is_visible (inspector));
  pc_canvas_set_selected (PC_CANVAS (canvas), touchpoint);
  g_assert_true (pc_inspector_get_touchpoint (PC_INSPECTOR (inspector)) == touchpoint);
  g_assert_null (pc_inspector_get_note (PC_INSPECTOR (inspector)));

  /* A persona lane's header opens the persona editor on that persona. */
  hugo = pc_document_find_persona (pc_window_get_document (window), "persona-hugo");
  g_signal_emit_by_name (canvas, "edit-persona", hugo);
  editor = pc_dialog_find (GTK_WINDOW (window), PC_TYPE_PERSONA_EDITOR);
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_mapped (editor));
  g_assert_cmpstr (pc_dialog_get_title (editor), ==, "Personas");
  g_assert_true (pc_dialog_get_parent (editor) == GTK_WINDOW (window));
  name_row = pc_ui_find_descendant (editor, pc_ui_is_entry_row_titled, "Name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Hugo");

  /* Another document in the window takes the editor of the old one away. */
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  pc_window_set_document (window, pc_window_get_document (window), file, FALSE);
  pc_ui_wait_for_null ((gpointer *) &editor);
  g_assert_null (editor);

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
}

static gboolean
is_map_switcher (GtkWidget     *widget,
                 gconstpointer  data)
{
  return PC_IS_MAP_SWITCHER (widget);
}

static void
test_window_map_switcher (void)
{
  g_autofree char *example = pc_ui_example_path ();
  g_autoptr(GFile) file = g_file_new_for_path (example);
  PcWindow *window = pc_window_new (NULL);
  GtkWidget *switcher;
  GtkWindow *compare;
  PcMap *current, *future;

  gtk_window_present (GTK_WINDOW (window));
  pc_window_open_file (window, file);
  current = pc_window_get_map (window);
  switcher = pc_ui_find_descendant (GTK_WIDGET (window), is_map_switcher, NULL);
  g_assert_nonnull (switcher);
  g_assert_true (gtk_widget_get_visible (switcher));
  g_assert_true (pc_map_switcher_get_selected_map (PC_MAP_SWITCHER (switcher)) == current);

  /* A map made in the switcher is the one the window edits... */
  g_assert_true (gtk_widget_activate_action (switcher, "switcher.future-state", NULL));
  future = pc_window_get_map (window);
  g_assert_true (future != current);
  g_assert_true (pc_map_switcher_get_selected_map (PC_MAP_SWITCHER (switcher)) == future);
  g_assert_cmpint (pc_map_get_kind (future), ==, PC_MAP_KIND_FUTURE_STATE);

  /* Comparing opens today's map and its future state side by side. */
  pc_window_set_map (window, current);
  g_assert_true (gtk_widget_activate_action (switcher, "switcher.compare", NULL));
  compare = pc_ui_find_window_titled ("Compare Maps");
  g_assert_nonnull (compare);
  gtk_window_destroy (compare);
  pc_window_set_map (window, future);

  /* ...and the window's choice shows in the switcher. */
  pc_window_set_map (window, current);
  g_assert_true (pc_map_switcher_get_selected_map (PC_MAP_SWITCHER (switcher)) == current);

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
}

/* The view menu's toggles change the shown map, one undo step each, and
 * follow it when it changes by undo or when another map is shown. */
static void
test_window_view_toggles (void)
{
  PcWindow *window = pc_window_new (NULL);
  GActionGroup *view;
  PcHistory *history;
  PcMap *first, *second;
  g_autoptr(GVariant) state = NULL;

  gtk_window_present (GTK_WINDOW (window));
  view = G_ACTION_GROUP (window->view_actions);
  g_assert_nonnull (view);
  g_assert_false (g_action_group_get_action_enabled (view, "detailed-cards"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-map", NULL));
  history = pc_window_get_history (window);
  first = pc_window_get_map (window);
  g_assert_true (g_action_group_get_action_enabled (view, "detailed-cards"));
  g_assert_cmpint (pc_map_get_card_face (first), ==, PC_CARD_FACE_COMPACT);

  g_action_group_change_action_state (view, "detailed-cards", g_variant_new_boolean (TRUE));
  g_assert_cmpint (pc_map_get_card_face (first), ==, PC_CARD_FACE_DETAILED);
  g_action_group_change_action_state (view, "rows-above", g_variant_new_boolean (TRUE));
  g_assert_cmpint (pc_map_get_rows_position (first), ==, PC_ROWS_POSITION_ABOVE);
  g_assert_cmpuint (pc_history_get_undo_depth (history), ==, 2);

  g_assert_true (pc_history_undo (history));
  g_assert_cmpint (pc_map_get_rows_position (first), ==, PC_ROWS_POSITION_BELOW);
  state = g_action_group_get_action_state (view, "rows-above");
  g_assert_false (g_variant_get_boolean (state));
  g_clear_pointer (&state, g_variant_unref);

  /* Another map has its own face. */
  second = pc_map_new (NULL, PC_MAP_KIND_CURRENT_STATE);
  g_list_store_append (pc_document_get_maps (pc_window_get_document (window)), second);
  pc_window_set_map (window, second);
  state = g_action_group_get_action_state (view, "detailed-cards");
  g_assert_false (g_variant_get_boolean (state));
  g_clear_pointer (&state, g_variant_unref);
  pc_window_set_map (window, first);
  state = g_action_group_get_action_state (view, "detailed-cards");
  g_assert_true (g_variant_get_boolean (state));

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (second);
  pc_ui_spin ();
}

/* The main menu adds insight rows, those of blueprints only to
 * blueprints, and lists the hidden ones to show them again. */
static void
test_window_insight_rows (void)
{
  PcWindow *window = pc_window_new (NULL);
  GActionGroup *view = G_ACTION_GROUP (window->view_actions);
  g_autoptr(PcMap) blueprint = pc_map_new (NULL, PC_MAP_KIND_SERVICE_BLUEPRINT);
  g_autoptr(PcRow) row = NULL;
  g_autoptr(GVariant) target = NULL;
  g_autofree char *label = NULL;
  g_autofree char *action = NULL;
  GListModel *rows;
  GtkWidget *focus;
  PcHistory *history;
  PcMap *map;
  guint n;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-map", NULL));
  map = pc_window_get_map (window);
  history = pc_window_get_history (window);
  rows = G_LIST_MODEL (pc_map_get_rows (map));
  n = g_list_model_get_n_items (rows);
  g_assert_true (g_action_group_get_action_enabled (view, "add-row"));
  g_assert_false (g_action_group_get_action_enabled (view, "add-blueprint-row"));

  /* A row added last, one undo step; its header takes the focus. */
  g_action_group_activate_action (view, "add-row", g_variant_new_string ("pain-points"));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n + 1);
  row = g_list_model_get_item (rows, n);
  g_assert_cmpint (pc_row_get_kind (row), ==, PC_ROW_KIND_PAIN_POINTS);
  pc_ui_wait_frames (GTK_WIDGET (window), 2);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (PC_IS_CANVAS_HEADER (focus));
  g_assert_true (pc_canvas_header_get_item (PC_CANVAS_HEADER (focus)) == G_OBJECT (row));

  /* Hidden, it is listed in the menu; shown again from there. */
  g_assert_cmpint (g_menu_model_get_n_items (G_MENU_MODEL (window->hidden_rows_section)), ==, 0);
  pc_edit_set_row_hidden (history, row, TRUE);
  g_assert_cmpint (g_menu_model_get_n_items (G_MENU_MODEL (window->hidden_rows_section)), ==, 1);
  g_assert_true (g_menu_model_get_item_attribute (G_MENU_MODEL (window->hidden_rows_section), 0,
                                                  G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "Show Row “Pain points”");
  g_assert_true (g_menu_model_get_item_attribute (G_MENU_MODEL (window->hidden_rows_section), 0,
                                                  G_MENU_ATTRIBUTE_ACTION, "s", &action));
  g_assert_cmpstr (action, ==, "view.show-row");
  target = g_menu_model_get_item_attribute_value (G_MENU_MODEL (window->hidden_rows_section), 0,
                                                  G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
  g_action_group_activate_action (view, "show-row", g_variant_ref (target));
  g_assert_false (pc_row_get_hidden (row));
  g_assert_cmpint (g_menu_model_get_n_items (G_MENU_MODEL (window->hidden_rows_section)), ==, 0);

  /* A custom row opens its name's editor. */
  g_action_group_activate_action (view, "add-row", g_variant_new_string ("custom"));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n + 2);
  pc_ui_wait_frames (GTK_WIDGET (window), 2);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_TEXT (focus));

  /* Blueprints get their own kinds. */
  g_list_store_append (pc_document_get_maps (pc_window_get_document (window)), blueprint);
  pc_window_set_map (window, blueprint);
  g_assert_true (g_action_group_get_action_enabled (view, "add-blueprint-row"));
  g_action_group_activate_action (view, "add-blueprint-row", g_variant_new_string ("employee-feelings"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_rows (blueprint))), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
}

/* The evidence filter fades what less evidence backs, in this window
 * only: the map does not change and nothing is added to undo. */
static void
test_window_evidence_filter (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = pc_ui_copy_example (&dir);
  PcWindow *window = pc_window_new (NULL);
  GActionGroup *view;
  PcTouchpoint *assumption = NULL, *validated = NULL;
  GtkWidget *card;
  PcMap *map;
  g_autoptr(GVariant) state = NULL;

  gtk_window_present (GTK_WINDOW (window));
  pc_window_open_file (window, file);
  pc_ui_spin ();
  map = pc_window_get_map (window);
  assumption = pc_map_find_touchpoint (map, "tp-ad");
  validated = pc_map_find_touchpoint (map, "tp-site");
  g_assert_nonnull (assumption);
  g_assert_nonnull (validated);

  view = G_ACTION_GROUP (window->view_actions);
  state = g_action_group_get_action_state (view, "evidence");
  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "all");
  g_clear_pointer (&state, g_variant_unref);

  g_action_group_activate_action (view, "evidence", g_variant_new_string ("some-research"));
  pc_ui_spin ();
  g_assert_cmpint (pc_canvas_get_min_evidence (window->canvas), ==, PC_EVIDENCE_SOME_RESEARCH);
  state = g_action_group_get_action_state (view, "evidence");
  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "some-research");
  g_clear_pointer (&state, g_variant_unref);
  g_assert_cmpuint (pc_history_get_undo_depth (pc_window_get_history (window)), ==, 0);

  /* Screen readers hear which cards are faded. */
  card = pc_canvas_get_card (window->canvas, assumption);
  g_assert_nonnull (card);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Sees a sponsored post, stage Awareness, lane Hugo, "
                                       "sentiment Neutral, evidence Assumption, "
                                       "faded by the evidence filter");
  card = pc_canvas_get_card (window->canvas, validated);
  g_assert_nonnull (card);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Browses the catalogue, stage Appeal, lane Claire, "
                                       "sentiment Positive, evidence Validated");

  /* A word the filter does not know changes nothing. */
  g_action_group_activate_action (view, "evidence", g_variant_new_string ("certain"));
  g_assert_cmpint (pc_canvas_get_min_evidence (window->canvas), ==, PC_EVIDENCE_SOME_RESEARCH);

  g_action_group_activate_action (view, "evidence", g_variant_new_string ("all"));
  pc_ui_spin ();
  g_assert_cmpint (pc_canvas_get_min_evidence (window->canvas), ==, PC_EVIDENCE_UNSET);
  card = pc_canvas_get_card (window->canvas, assumption);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Sees a sponsored post, stage Awareness, lane Hugo, "
                                       "sentiment Neutral, evidence Assumption");

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
  pc_ui_remove_dir (dir);
}

static gboolean
overlay_has_accel (GtkWidget     *widget,
                   gconstpointer  accel)
{
  g_autofree char *accelerator = NULL;

  if (!GTK_IS_SHORTCUTS_SHORTCUT (widget))
    return FALSE;
  g_object_get (widget, "accelerator", &accelerator, NULL);
  return accelerator != NULL && strstr (accelerator, accel) != NULL;
}

static void
test_shortcuts_window (void)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/parcours/Parcours/gtk/help-overlay.ui");
  GObject *overlay = gtk_builder_get_object (builder, "help_overlay");
  /* The window's accelerators and the canvas's keys. */
  const char *accels[] = {
    "<Control>z", "<Control><Shift>z", "<Control>s", "<Control>o", "<Control>e",
    "F2", "Delete", "Insert", "<Control>Left", "<Control>plus", "<Control>0",
    "1", "3",
  };

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    if (pc_ui_find_descendant (GTK_WIDGET (overlay), overlay_has_accel, accels[i]) == NULL)
      g_error ("the shortcuts window does not list %s", accels[i]);
  gtk_window_destroy (GTK_WINDOW (overlay));
}

typedef struct
{
  guint       n_document;
  guint       n_history;
  guint       n_file;
  guint       n_map;
  PcDocument *expected;   /* what every notification finds shown */
  guint       n_stale;
} Notified;

static void
property_notified_cb (PcWindow   *window,
                      GParamSpec *pspec,
                      Notified   *notified)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "document"))
    notified->n_document++;
  else if (g_str_equal (name, "history"))
    notified->n_history++;
  else if (g_str_equal (name, "file"))
    notified->n_file++;
  else if (g_str_equal (name, "map"))
    notified->n_map++;
  else
    return;
  if (pc_window_get_document (window) != notified->expected)
    notified->n_stale++;
}

/* Whatever follows the window hears of each change once, and only of a
 * real change; and a document, its history and file come together. */
static void
test_window_properties_notify (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = pc_ui_copy_example (&dir);
  g_autoptr(PcDocument) first = NULL;
  g_autoptr(PcDocument) second = pc_document_new ();
  g_autoptr(PcMap) other = NULL;
  PcWindow *window = pc_window_new (NULL);
  Notified notified = { 0, };
  PcHistory *history;
  PcDocument *shown;
  PcMap *map;

  g_signal_connect (window, "notify", G_CALLBACK (property_notified_cb), &notified);

  first = pc_file_load (g_file_peek_path (file), NULL);
  g_assert_nonnull (first);
  notified.expected = first;
  pc_window_set_document (window, first, file, FALSE);
  g_assert_cmpuint (notified.n_document, ==, 1);
  g_assert_cmpuint (notified.n_history, ==, 1);
  g_assert_cmpuint (notified.n_file, ==, 1);
  g_assert_cmpuint (notified.n_map, ==, 1);
  g_assert_cmpuint (notified.n_stale, ==, 0);
  g_object_get (window, "document", &shown, "history", &history, "map", &map, NULL);
  g_assert_true (shown == first);
  g_assert_true (history == pc_window_get_history (window));
  g_assert_true (map == pc_window_get_map (window));
  g_assert_nonnull (map);
  g_object_unref (shown);
  g_object_unref (history);
  g_object_unref (map);

  /* The same document and file again: only a new history (and the map,
   * which goes and comes back with it). */
  memset (&notified, 0, sizeof notified);
  notified.expected = first;
  pc_window_set_document (window, first, file, FALSE);
  g_assert_cmpuint (notified.n_document, ==, 0);
  g_assert_cmpuint (notified.n_file, ==, 0);
  g_assert_cmpuint (notified.n_history, ==, 1);
  g_assert_cmpuint (notified.n_map, ==, 2);
  g_assert_true (pc_window_get_map (window) == map);

  /* Showing the map shown already says nothing; another map, once. */
  memset (&notified, 0, sizeof notified);
  notified.expected = first;
  pc_window_set_map (window, map);
  g_assert_cmpuint (notified.n_map, ==, 0);
  other = pc_map_new ("map-later", PC_MAP_KIND_FUTURE_STATE);
  g_list_store_append (pc_document_get_maps (first), other);
  g_object_set (window, "map", other, NULL);
  g_assert_cmpuint (notified.n_map, ==, 1);
  g_assert_true (pc_window_get_map (window) == other);

  /* Another document with no file: document, file and history change. */
  memset (&notified, 0, sizeof notified);
  notified.expected = second;
  pc_window_set_document (window, second, NULL, FALSE);
  g_assert_cmpuint (notified.n_document, ==, 1);
  g_assert_cmpuint (notified.n_file, ==, 1);
  g_assert_cmpuint (notified.n_history, ==, 1);
  g_assert_cmpuint (notified.n_stale, ==, 0);
  g_assert_null (pc_window_get_file (window));

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
  pc_ui_remove_dir (dir);
}

/* Waits until @window has been resized to about @width pixels (its
 * default size; the widget may be a few pixels narrower, without its
 * frame) and laid out again. */
static void
wait_for_width (GtkWidget *window,
                int        width)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (ABS (gtk_widget_get_width (window) - width) > 16 && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_cmpint (ABS (gtk_widget_get_width (window) - width), <=, 16);
  pc_ui_wait_frames (window, 2);
}

/* An 800-pixel-wide window, a small laptop's or half a screen: with
 * libadwaita 1.4+ the side panel slides over the map instead of taking
 * its room, shown and put away with F9 (win.toggle-inspector), and the
 * palette shows only icons; a wide window has both side by side again.
 * libadwaita 1.2 keeps the one layout at every width. */
static void
test_window_narrow (void)
{
  g_autofree char *example = pc_ui_example_path ();
  g_autoptr(GFile) file = g_file_new_for_path (example);
  PcWindow *window = pc_window_new (NULL);
  g_autoptr(PcTouchpoint) touchpoint = NULL;
  int palette_width, canvas_width;

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_present (GTK_WINDOW (window));
  pc_window_open_file (window, file);
  wait_for_width (GTK_WIDGET (window), 800);
  g_assert_false (gtk_widget_get_visible (window->side_pane));

  touchpoint = g_list_model_get_item (G_LIST_MODEL (pc_map_get_touchpoints (pc_window_get_map (window))), 0);
  pc_canvas_set_selected (window->canvas, touchpoint);
  pc_ui_wait_frames (GTK_WIDGET (window), 2);
  palette_width = gtk_widget_get_width (GTK_WIDGET (window->palette_scroller));
  canvas_width = gtk_widget_get_width (GTK_WIDGET (window->canvas_scroller));

#if ADW_CHECK_VERSION (1, 4, 0)
  g_assert_true (_pc_window_is_narrow (window));
  g_assert_true (ADW_IS_OVERLAY_SPLIT_VIEW (window->split));
  g_assert_true (adw_overlay_split_view_get_collapsed (ADW_OVERLAY_SPLIT_VIEW (window->split)));
  g_assert_true (pc_palette_get_compact (window->palette));
  g_assert_cmpint (palette_width, <, 80);
  /* A selection does not cover the map with its details. */
  g_assert_false (gtk_widget_get_visible (window->side_pane));
  g_assert_cmpint (canvas_width, >=, gtk_widget_get_width (GTK_WIDGET (window)) - palette_width - 2);

  /* F9 slides the panel over the map, which keeps its width. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-inspector", NULL));
  pc_ui_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (gtk_widget_get_visible (window->side_pane));
  g_assert_true (adw_overlay_split_view_get_show_sidebar (ADW_OVERLAY_SPLIT_VIEW (window->split)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window->canvas_scroller)), ==, canvas_width);
  g_assert_true (gtk_toggle_button_get_active (window->inspector_button));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-inspector", NULL));
  g_assert_false (adw_overlay_split_view_get_show_sidebar (ADW_OVERLAY_SPLIT_VIEW (window->split)));
  g_assert_false (gtk_toggle_button_get_active (window->inspector_button));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-inspector", NULL));

  /* Wide again: the palette has its names back and the panel, beside the
   * map, takes room from it. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  wait_for_width (GTK_WIDGET (window), 1280);
  g_assert_false (_pc_window_is_narrow (window));
  g_assert_false (pc_palette_get_compact (window->palette));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window->palette_scroller)), >, palette_width);
  g_assert_true (gtk_widget_get_visible (window->side_pane));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window->canvas_scroller)), <=,
                   gtk_widget_get_width (GTK_WIDGET (window)) - gtk_widget_get_width (window->side_pane)
                        - gtk_widget_get_width (GTK_WIDGET (window->palette_scroller)));

  /* Narrow once more: the panel is put away rather than cover the map. */
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  wait_for_width (GTK_WIDGET (window), 800);
  g_assert_true (_pc_window_is_narrow (window));
  g_assert_false (gtk_widget_get_visible (window->side_pane));
#else
  /* One layout: the palette with names, the details beside the map. */
  g_assert_false (_pc_window_is_narrow (window));
  g_assert_true (GTK_IS_PANED (window->split));
  g_assert_false (pc_palette_get_compact (window->palette));
  g_assert_cmpint (palette_width, >, 80);
  g_assert_true (gtk_widget_get_visible (window->side_pane));
  g_assert_cmpint (canvas_width, <=, gtk_widget_get_width (GTK_WIDGET (window))
                                     - gtk_widget_get_width (window->side_pane) - palette_width);
#endif

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
}

/* The window's dialogs open over it and close with their Cancel action
 * (dialog.close) or Escape: AdwDialogs inside the window with libadwaita
 * 1.5+, modal windows of their own before. */
static void
test_window_dialogs (void)
{
  g_autofree char *example = pc_ui_example_path ();
  g_autoptr(GFile) file = g_file_new_for_path (example);
  PcWindow *window = pc_window_new (NULL);
  const struct {
    const char *action;
    GType       type;
    const char *title;
  } dialogs[] = {
    { "win.export", PC_TYPE_EXPORT_DIALOG, "Export Map" },
    { "win.personas", PC_TYPE_PERSONA_EDITOR, "Personas" },
  };

  gtk_window_present (GTK_WINDOW (window));
  pc_window_open_file (window, file);
  pc_ui_spin ();

  for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
    {
      GtkWidget *dialog;

      g_assert_null (pc_dialog_find (GTK_WINDOW (window), dialogs[i].type));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), dialogs[i].action, NULL));
      pc_ui_spin ();
      dialog = pc_dialog_find (GTK_WINDOW (window), dialogs[i].type);
      g_assert_nonnull (dialog);
      g_assert_true (gtk_widget_get_mapped (dialog));
      g_assert_cmpstr (pc_dialog_get_title (dialog), ==, dialogs[i].title);
      g_assert_true (pc_dialog_get_parent (dialog) == GTK_WINDOW (window));
#if ADW_CHECK_VERSION (1, 5, 0)
      g_assert_true (ADW_IS_DIALOG (dialog));
      g_assert_true (gtk_widget_get_root (dialog) == GTK_ROOT (window));
#else
      g_assert_true (GTK_IS_WINDOW (dialog));
      g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
#endif
      g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
      g_assert_true (gtk_widget_activate_action (dialog, "dialog.close", NULL));
      pc_ui_wait_for_null ((gpointer *) &dialog);
      g_assert_null (dialog);
      g_assert_null (pc_dialog_find (GTK_WINDOW (window), dialogs[i].type));
      /* The window still has its document. */
      g_assert_nonnull (pc_window_get_document (window));
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("parcours-data-XXXXXX", NULL);
  int status;

  /* Keep opened and saved files out of the user's recent files. */
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/open-modify-save", test_window_open_modify_save);
  g_test_add_func ("/window/new-map", test_window_new_map);
  g_test_add_func ("/window/load-error-keeps-document", test_window_load_error_keeps_document);
  g_test_add_func ("/window/set-document-modified", test_window_set_document_modified);
  g_test_add_func ("/window/file-changed-on-disk", test_window_file_changed_on_disk);
  g_test_add_func ("/window/shortcuts", test_shortcuts_window);
  g_test_add_func ("/window/map-switcher", test_window_map_switcher);
  g_test_add_func ("/window/save-as-extension", test_window_save_as_extension);
  g_test_add_func ("/window/save-error", test_window_save_error);
  g_test_add_func ("/window/unsaved-changes", test_window_unsaved_changes);
  g_test_add_func ("/window/narrow", test_window_narrow);
  g_test_add_func ("/window/dialogs", test_window_dialogs);
  g_test_add_func ("/window/drop-file", test_window_drop_file);
  g_test_add_func ("/window/remembers-size", test_window_remembers_size);
  g_test_add_func ("/window/canvas-signals", test_window_canvas_signals);
  g_test_add_func ("/window/properties-notify", test_window_properties_notify);
  g_test_add_func ("/window/view-toggles", test_window_view_toggles);
  g_test_add_func ("/window/evidence-filter", test_window_evidence_filter);
  g_test_add_func ("/window/insight-rows", test_window_insight_rows);

  status = g_test_run ();
  pc_ui_remove_dir (data_home);
  return status;
}
