/* test-window.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The document window, inspector and persona editor, driven as a user
 * would through their actions and fields, under a real X server. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "pc-edit.h"
#include "pc-file.h"
#include "pc-format.h"
#include "pc-inspector.h"
#include "pc-lane.h"
#include "pc-map-switcher.h"
#include "pc-persona-editor.h"
#include "pc-stage.h"
#include "pc-touchpoint.h"
#include "pc-window.h"

static void
spin (void)
{
  for (int i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static char *
example_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                "onboarding.parcours", NULL);
}

/* A private copy of the example, so saving cannot touch the original. */
static GFile *
copy_example (char **dir_out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = example_path ();
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  gsize length;
  char *dir = g_dir_make_tmp ("parcours-window-XXXXXX", &error);

  g_assert_no_error (error);
  g_file_get_contents (source, &contents, &length, &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "journey.parcours", NULL);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  *dir_out = dir;
  return g_file_new_for_path (path);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 gboolean (*match) (GtkWidget *, gconstpointer),
                 gconstpointer data)
{
  if (match (widget, data))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_entry_row_titled (GtkWidget     *widget,
                     gconstpointer  title)
{
  return ADW_IS_ENTRY_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
has_action_name (GtkWidget     *widget,
                 gconstpointer  action)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
count_cb (gpointer  object,
          guint    *count)
{
  (*count)++;
}

static void
test_window_open_modify_save (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = copy_example (&dir);
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
  g_signal_connect (window, "saved", G_CALLBACK (count_cb), &saved);

  pc_window_open_file (window, file);
  spin ();
  g_assert_nonnull (pc_window_get_document (window));
  g_assert_true (g_file_equal (pc_window_get_file (window), file));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Ordering kitchen equipment");

  map = pc_window_get_map (window);
  g_assert_nonnull (map);
  g_assert_cmpstr (pc_map_get_name (map), ==, "Ordering today");

  /* An edit marks the window modified, before the title. */
  history = pc_window_get_history (window);
  touchpoint = g_list_model_get_item (G_LIST_MODEL (pc_map_get_touchpoints (map)), 0);
  undo_button = find_descendant (GTK_WIDGET (window), has_action_name, "win.undo");
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
  spin ();
  g_assert_cmpuint (saved, ==, 1);
  g_assert_false (pc_history_is_modified (history));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Ordering kitchen equipment");
  g_assert_null (find_message_dialog ());

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
  spin ();
  remove_dir (dir);
}

static void
test_window_load_error_keeps_document (void)
{
  g_autofree char *example = example_path ();
  g_autoptr(GFile) good = g_file_new_for_path (example);
  g_autofree char *bad_path = g_test_build_filename (G_TEST_DIST, "data", "bad",
                                                     "bad-sentiment.parcours", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  PcWindow *window = pc_window_new (NULL);
  PcDocument *before;
  AdwMessageDialog *dialog;

  gtk_window_present (GTK_WINDOW (window));
  pc_window_open_file (window, good);
  before = pc_window_get_document (window);
  g_assert_nonnull (before);

  pc_window_open_file (window, bad);
  spin ();
  g_assert_true (pc_window_get_document (window) == before);
  g_assert_true (g_file_equal (pc_window_get_file (window), good));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Ordering kitchen equipment");

  /* The dialog names the file and says where the file is wrong. */
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "bad-sentiment.parcours"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "sentiment"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

static void
test_window_set_document_modified (void)
{
  PcWindow *window = pc_window_new (NULL);
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(PcMap) map = pc_map_new (NULL, PC_MAP_KIND_CURRENT_STATE);

  g_autoptr(PcStage) stage = pc_stage_new (NULL);
  g_autoptr(PcLane) lane = pc_lane_new (NULL);

  pc_document_set_title (document, "Recovered");
  pc_stage_set_name (stage, "Awareness");
  g_list_store_append (pc_map_get_stages (map), stage);
  pc_lane_set_kind (lane, PC_LANE_KIND_FREE);
  pc_lane_set_name (lane, "Notes");
  g_list_store_append (pc_map_get_lanes (map), lane);
  g_list_store_append (pc_document_get_maps (document), map);

  /* A recovered document stays marked until it is saved. */
  pc_window_set_document (window, document, NULL, TRUE);
  g_assert_true (pc_window_get_document (window) == document);
  g_assert_true (pc_window_get_map (window) == map);
  g_assert_null (pc_window_get_file (window));
  g_assert_true (pc_history_is_modified (pc_window_get_history (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Recovered");
  g_assert_nonnull (pc_window_get_toasts (window));

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

static void
test_window_file_changed_on_disk (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = copy_example (&dir);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *changed = NULL;
  g_auto(GStrv) parts = NULL;
  PcWindow *window = pc_window_new (NULL);
  AdwMessageDialog *dialog = NULL;
  gint64 deadline;

  gtk_window_present (GTK_WINDOW (window));
  pc_window_open_file (window, file);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Ordering kitchen equipment");
  spin ();

  /* Another program rewrites the file with a new title. */
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  parts = g_strsplit (contents, "Ordering kitchen equipment", -1);
  changed = g_strjoinv ("Ordering ovens", parts);
  g_file_set_contents (path, changed, -1, &error);
  g_assert_no_error (error);

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while ((dialog = find_message_dialog ()) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "File Changed on Disk");

  /* As a click on the button does: answer, then close. */
  adw_message_dialog_response (dialog, "reload");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Ordering ovens");
  g_assert_false (pc_history_is_modified (pc_window_get_history (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
  remove_dir (dir);
}

static void
test_window_save_error (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = copy_example (&dir);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(PcTouchpoint) touchpoint = NULL;
  PcWindow *window = pc_window_new (NULL);
  AdwMessageDialog *dialog;
  guint saved = 0;

  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (window, "saved", G_CALLBACK (count_cb), &saved);
  pc_window_open_file (window, file);
  touchpoint = g_list_model_get_item (G_LIST_MODEL (pc_map_get_touchpoints (pc_window_get_map (window))), 0);
  pc_edit_set_string (pc_window_get_history (window), touchpoint, "title", "Changed");

  /* The file's place is taken by a directory: no save can replace it. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  spin ();
  dialog = find_message_dialog ();
  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  spin ();
  g_assert_cmpuint (saved, ==, 0);
  g_assert_true (pc_history_is_modified (pc_window_get_history (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Ordering kitchen equipment");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));

  /* The dialog says so and offers another place. */
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "journey.parcours"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
  g_rmdir (path);
  remove_dir (dir);
}

static void
test_window_unsaved_changes (void)
{
  g_autofree char *example = example_path ();
  g_autoptr(GFile) file = g_file_new_for_path (example);
  g_autoptr(PcDocument) blank = pc_document_new ();
  g_autoptr(PcMap) map = pc_map_new (NULL, PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(PcStage) stage = pc_stage_new (NULL);
  PcWindow *window = pc_window_new (NULL);
  AdwMessageDialog *dialog;

  pc_document_set_title (blank, "Draft");
  g_list_store_append (pc_map_get_stages (map), stage);
  g_list_store_append (pc_document_get_maps (blank), map);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (GTK_WINDOW (window));
  pc_window_set_document (window, blank, NULL, FALSE);
  pc_edit_set_string (pc_window_get_history (window), stage, "name", "Discovery");

  /* Opening another file first asks about the changes. */
  pc_window_open_file (window, file);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  g_assert_true (pc_window_get_document (window) == blank);
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin ();
  g_assert_null (find_message_dialog ());
  g_assert_true (pc_window_get_document (window) == blank);

  pc_window_open_file (window, file);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Ordering kitchen equipment");

  /* Closing a modified window asks too, and stays open until answered. */
  pc_edit_set_string (pc_window_get_history (window), pc_window_get_document (window),
                      "title", "Ordering ovens");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Ordering ovens");
  gtk_window_close (GTK_WINDOW (window));
  spin ();
  g_assert_nonnull (window);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin ();
  g_assert_null (window);
}

static void
test_window_drop_file (void)
{
  g_autofree char *example = example_path ();
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
  spin ();
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
  g_autofree char *example = example_path ();
  g_autoptr(GFile) file = g_file_new_for_path (example);
  PcWindow *window = pc_window_new (NULL);
  GtkWidget *switcher;
  PcMap *current, *future;

  gtk_window_present (GTK_WINDOW (window));
  pc_window_open_file (window, file);
  current = pc_window_get_map (window);
  switcher = find_descendant (GTK_WIDGET (window), is_map_switcher, NULL);
  g_assert_nonnull (switcher);
  g_assert_true (gtk_widget_get_visible (switcher));
  g_assert_true (pc_map_switcher_get_selected_map (PC_MAP_SWITCHER (switcher)) == current);

  /* A map made in the switcher is the one the window edits... */
  g_assert_true (gtk_widget_activate_action (switcher, "switcher.future-state", NULL));
  future = pc_window_get_map (window);
  g_assert_true (future != current);
  g_assert_true (pc_map_switcher_get_selected_map (PC_MAP_SWITCHER (switcher)) == future);
  g_assert_cmpint (pc_map_get_kind (future), ==, PC_MAP_KIND_FUTURE_STATE);

  /* ...and the window's choice shows in the switcher. */
  pc_window_set_map (window, current);
  g_assert_true (pc_map_switcher_get_selected_map (PC_MAP_SWITCHER (switcher)) == current);

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
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
    if (find_descendant (GTK_WIDGET (overlay), overlay_has_accel, accels[i]) == NULL)
      g_error ("the shortcuts window does not list %s", accels[i]);
  gtk_window_destroy (GTK_WINDOW (overlay));
}

static void
test_inspector_edits (void)
{
  g_autoptr(PcHistory) history = pc_history_new ();
  g_autoptr(PcMap) map = pc_map_new (NULL, PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(PcTouchpoint) touchpoint = pc_touchpoint_new (NULL);
  GtkWidget *window = gtk_window_new ();
  PcInspector *inspector = pc_inspector_new ();
  GtkWidget *title_row;
  GtkWidget *owner_row;

  pc_touchpoint_set_title (touchpoint, "Calls support");
  g_list_store_append (pc_map_get_touchpoints (map), touchpoint);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (inspector));
  gtk_window_present (GTK_WINDOW (window));

  pc_inspector_set_model (inspector, history, map);
  pc_inspector_set_touchpoint (inspector, touchpoint);
  title_row = find_descendant (GTK_WIDGET (inspector), is_entry_row_titled, "Title");
  owner_row = find_descendant (GTK_WIDGET (inspector), is_entry_row_titled, "Owner");
  g_assert_nonnull (title_row);
  g_assert_nonnull (owner_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "Calls support");

  /* Typing, one character after another, is one undo step. */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Calls support twice");
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Calls support twice!");
  g_assert_cmpstr (pc_touchpoint_get_title (touchpoint), ==, "Calls support twice!");
  g_assert_cmpuint (pc_history_get_undo_depth (history), ==, 1);

  gtk_editable_set_text (GTK_EDITABLE (owner_row), "Support team");
  g_assert_cmpstr (pc_touchpoint_get_owner (touchpoint), ==, "Support team");

  /* Undo brings the model back and the fields follow it. */
  while (pc_history_can_undo (history))
    pc_history_undo (history);
  g_assert_cmpstr (pc_touchpoint_get_title (touchpoint), ==, "Calls support");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "Calls support");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (owner_row)), ==, "");

  /* A change made elsewhere (the canvas) shows up too. */
  pc_edit_set_enum (history, touchpoint, "sentiment", PC_SENTIMENT_NEGATIVE);
  pc_edit_set_string (history, touchpoint, "title", "Gives up");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "Gives up");

  pc_inspector_set_touchpoint (inspector, NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "");
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

static void
test_persona_editor_add (void)
{
  g_autofree char *example = example_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) document = pc_file_load (example, &error);
  g_autoptr(PcHistory) history = pc_history_new ();
  g_autoptr(PcMap) map = NULL;
  GtkWidget *parent = gtk_window_new ();
  PcPersonaEditor *editor;
  PcPersona *persona;
  GtkWidget *name_row;
  GListModel *personas;
  GListModel *lanes;
  guint n_personas, n_lanes;

  g_assert_no_error (error);
  personas = G_LIST_MODEL (pc_document_get_personas (document));
  map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);
  lanes = G_LIST_MODEL (pc_map_get_lanes (map));
  n_personas = g_list_model_get_n_items (personas);
  n_lanes = g_list_model_get_n_items (lanes);

  gtk_window_present (GTK_WINDOW (parent));
  editor = pc_persona_editor_present (GTK_WINDOW (parent), document, map, history, NULL);
  g_assert_true (pc_persona_editor_present (GTK_WINDOW (parent), document, map, history, NULL) == editor);

  /* A new persona comes with its lane, in one undo step. */
  persona = pc_persona_editor_add_persona (editor);
  g_assert_cmpuint (g_list_model_get_n_items (personas), ==, n_personas + 1);
  g_assert_cmpuint (g_list_model_get_n_items (lanes), ==, n_lanes + 1);
  g_assert_cmpuint (pc_history_get_undo_depth (history), ==, 1);

  name_row = find_descendant (GTK_WIDGET (editor), is_entry_row_titled, "Name");
  g_assert_nonnull (name_row);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Nadia");
  g_assert_cmpstr (pc_persona_get_name (persona), ==, "Nadia");

  pc_history_undo (history);
  pc_history_undo (history);
  g_assert_cmpuint (g_list_model_get_n_items (personas), ==, n_personas);
  g_assert_cmpuint (g_list_model_get_n_items (lanes), ==, n_lanes);

  gtk_window_destroy (GTK_WINDOW (parent));
  spin ();
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
  g_test_add_func ("/window/load-error-keeps-document", test_window_load_error_keeps_document);
  g_test_add_func ("/window/set-document-modified", test_window_set_document_modified);
  g_test_add_func ("/window/file-changed-on-disk", test_window_file_changed_on_disk);
  g_test_add_func ("/window/shortcuts", test_shortcuts_window);
  g_test_add_func ("/window/map-switcher", test_window_map_switcher);
  g_test_add_func ("/window/save-error", test_window_save_error);
  g_test_add_func ("/window/unsaved-changes", test_window_unsaved_changes);
  g_test_add_func ("/window/drop-file", test_window_drop_file);
  g_test_add_func ("/inspector/edits", test_inspector_edits);
  g_test_add_func ("/persona-editor/add", test_persona_editor_add);

  status = g_test_run ();
  remove_dir (data_home);
  return status;
}
