/* test-inspector.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The touchpoint inspector and the persona editor: every edit goes
 * through the history, and the fields follow the model. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "pc-edit.h"
#include "pc-file.h"
#include "pc-inspector.h"
#include "pc-note.h"
#include "pc-persona-editor.h"
#include "pc-stage.h"
#include "pc-touchpoint.h"
#include "pc-ui-test-util.h"

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
  GtkWidget *time_row;
  GtkWidget *positive;
  GtkWidget *channel_row;

  pc_touchpoint_set_title (touchpoint, "Calls support");
  g_list_store_append (pc_map_get_touchpoints (map), touchpoint);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (inspector));
  gtk_window_present (GTK_WINDOW (window));

  pc_inspector_set_model (inspector, history, map);
  pc_inspector_set_touchpoint (inspector, touchpoint);
  title_row = pc_ui_find_descendant (GTK_WIDGET (inspector), pc_ui_is_entry_row_titled, "Title");
  owner_row = pc_ui_find_descendant (GTK_WIDGET (inspector), pc_ui_is_entry_row_titled, "Owner");
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

  /* The sentiment toggles and the channel list edit the model too. */
  positive = pc_ui_find_descendant (GTK_WIDGET (inspector), pc_ui_is_toggle_named, "Positive");
  g_assert_nonnull (positive);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (positive), TRUE);
  g_assert_cmpint (pc_touchpoint_get_sentiment (touchpoint), ==, PC_SENTIMENT_POSITIVE);
  pc_history_undo (history);
  g_assert_cmpint (pc_touchpoint_get_sentiment (touchpoint), ==, PC_SENTIMENT_NEUTRAL);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (positive)));
  channel_row = pc_ui_find_descendant (GTK_WIDGET (inspector), pc_ui_is_combo_row, NULL);
  g_assert_nonnull (channel_row);
  adw_combo_row_set_selected (ADW_COMBO_ROW (channel_row), PC_CHANNEL_PHONE);
  g_assert_cmpint (pc_touchpoint_get_channel (touchpoint), ==, PC_CHANNEL_PHONE);

  /* A time the file format would refuse never reaches the model. */
  time_row = pc_ui_find_descendant (GTK_WIDGET (inspector), pc_ui_is_entry_row_titled, "Time of Day (HH:MM)");
  g_assert_nonnull (time_row);
  gtk_editable_set_text (GTK_EDITABLE (time_row), "9am");
  g_assert_cmpstr (pc_touchpoint_get_time (touchpoint) ? pc_touchpoint_get_time (touchpoint) : "", ==, "");
  g_assert_true (gtk_widget_has_css_class (time_row, "error"));
  gtk_editable_set_text (GTK_EDITABLE (time_row), "09:30");
  g_assert_cmpstr (pc_touchpoint_get_time (touchpoint), ==, "09:30");
  g_assert_false (gtk_widget_has_css_class (time_row, "error"));

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
  pc_ui_spin ();
}

static gboolean
is_label_text (GtkWidget  *widget,
               const char *text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

/* Matches a widget on the page shown (the stack keeps the others). */
static gboolean
shown (GtkWidget *widget)
{
  return gtk_widget_is_visible (widget) && gtk_widget_get_child_visible (widget) &&
         gtk_widget_get_mapped (widget);
}

static gboolean
is_shown_label (GtkWidget  *widget,
                const char *text)
{
  return is_label_text (widget, text) && shown (widget);
}

static gboolean
is_shown_row (GtkWidget  *widget,
              const char *title)
{
  return ADW_IS_ACTION_ROW (widget) && !ADW_IS_COMBO_ROW (widget) && shown (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_shown_combo (GtkWidget  *widget,
                const char *title)
{
  return ADW_IS_COMBO_ROW (widget) && shown (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_shown_spin (GtkWidget  *widget,
               const char *unused)
{
  return GTK_IS_SPIN_BUTTON (widget) && shown (widget);
}

static const char *
buffer_text (GtkTextBuffer *buffer)
{
  static char *text;
  GtkTextIter start, end;

  g_free (text);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return text;
}

/* thoughts has a text view of its own, after the emotions, that edits the
 * model through the history. */
static void
test_inspector_thoughts (void)
{
  g_autoptr(PcHistory) history = pc_history_new ();
  g_autoptr(PcMap) map = pc_map_new (NULL, PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(PcTouchpoint) touchpoint = pc_touchpoint_new (NULL);
  GtkWidget *window = gtk_window_new ();
  PcInspector *inspector = pc_inspector_new ();
  GtkWidget *label, *emotions_label, *view;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *thoughts = NULL;
  g_autofree char *shown = NULL;

  pc_touchpoint_set_title (touchpoint, "Compares offers");
  g_list_store_append (pc_map_get_touchpoints (map), touchpoint);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (inspector));
  gtk_window_present (GTK_WINDOW (window));
  pc_inspector_set_model (inspector, history, map);
  pc_inspector_set_touchpoint (inspector, touchpoint);

  label = pc_ui_find_descendant (GTK_WIDGET (inspector), (PcUiMatch) is_label_text, "Thoughts");
  emotions_label = pc_ui_find_descendant (GTK_WIDGET (inspector), (PcUiMatch) is_label_text,
                                          "Emotions and Motivations");
  g_assert_nonnull (label);
  g_assert_nonnull (emotions_label);
  /* The emotions' box comes just before the thoughts' box. */
  g_assert_true (gtk_widget_get_next_sibling (gtk_widget_get_parent (emotions_label)) ==
                 gtk_widget_get_parent (label));
  view = gtk_label_get_mnemonic_widget (GTK_LABEL (label));
  g_assert_true (GTK_IS_TEXT_VIEW (view));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  gtk_text_buffer_set_text (buffer, "Is there a cheaper one?", -1);
  g_object_get (touchpoint, "thoughts", &thoughts, NULL);
  g_assert_cmpstr (thoughts, ==, "Is there a cheaper one?");
  g_assert_cmpuint (pc_history_get_undo_depth (history), ==, 1);

  pc_history_undo (history);
  g_clear_pointer (&thoughts, g_free);
  g_object_get (touchpoint, "thoughts", &thoughts, NULL);
  g_assert_cmpstr (thoughts ? thoughts : "", ==, "");
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (shown, ==, "");

  pc_history_redo (history);
  g_clear_pointer (&thoughts, g_free);
  g_object_get (touchpoint, "thoughts", &thoughts, NULL);
  g_assert_cmpstr (thoughts, ==, "Is there a cheaper one?");

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
}

/* A note of an insight row: its text in a text view, where it is, its
 * evidence and votes, each edit one undo step; a touchpoint shown
 * afterwards takes its place. */
static void
test_inspector_note (void)
{
  g_autoptr(PcHistory) history = pc_history_new ();
  g_autoptr(PcMap) map = pc_map_new (NULL, PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(PcStage) stage = pc_stage_new ("stage-ask");
  g_autoptr(PcTouchpoint) touchpoint = pc_touchpoint_new (NULL);
  GtkWidget *window = gtk_window_new ();
  PcInspector *inspector = pc_inspector_new ();
  GtkWidget *label, *view, *evidence, *votes, *row_row;
  GtkTextBuffer *buffer;
  PcRow *row;
  PcNote *note;

  pc_stage_set_name (stage, "Ask");
  g_list_store_append (pc_map_get_stages (map), stage);
  g_list_store_append (pc_map_get_touchpoints (map), touchpoint);
  row = pc_edit_add_row (history, map, 0, PC_ROW_KIND_CUSTOM, "Quotes");
  note = pc_edit_add_note (history, map, pc_entity_get_id (PC_ENTITY (row)), "stage-ask", 0,
                           "Too slow");
  pc_history_clear (history);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (inspector));
  gtk_window_present (GTK_WINDOW (window));
  pc_inspector_set_model (inspector, history, map);
  pc_inspector_set_note (inspector, note);
  g_assert_true (pc_inspector_get_note (inspector) == note);
  pc_ui_spin ();

  label = pc_ui_find_descendant (GTK_WIDGET (inspector), (PcUiMatch) is_shown_label, "Text");
  g_assert_nonnull (label);
  view = gtk_label_get_mnemonic_widget (GTK_LABEL (label));
  g_assert_true (GTK_IS_TEXT_VIEW (view));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_assert_cmpstr (buffer_text (buffer), ==, "Too slow");
  row_row = pc_ui_find_descendant (GTK_WIDGET (inspector), (PcUiMatch) is_shown_row, "Row");
  g_assert_nonnull (row_row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row_row)), ==, "Quotes");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (pc_ui_find_descendant (GTK_WIDGET (inspector), (PcUiMatch) is_shown_row, "Stage"))),
                   ==, "Ask");

  /* Two lines of text, one undo step. */
  gtk_text_buffer_set_text (buffer, "Too slow", -1);
  gtk_text_buffer_set_text (buffer, "Too slow\nand too dear", -1);
  g_assert_cmpstr (pc_note_get_text (note), ==, "Too slow\nand too dear");
  g_assert_cmpuint (pc_history_get_undo_depth (history), ==, 1);
  /* Emptied, the note keeps its text: a note is never empty. */
  gtk_text_buffer_set_text (buffer, "", -1);
  g_assert_cmpstr (pc_note_get_text (note), ==, "Too slow\nand too dear");
  pc_history_break_merge (history);

  evidence = pc_ui_find_descendant (GTK_WIDGET (inspector), (PcUiMatch) is_shown_combo, "Evidence");
  g_assert_nonnull (evidence);
  adw_combo_row_set_selected (ADW_COMBO_ROW (evidence), PC_EVIDENCE_VALIDATED);
  g_assert_cmpint (pc_note_get_evidence (note), ==, PC_EVIDENCE_VALIDATED);
  pc_history_break_merge (history);
  votes = pc_ui_find_descendant (GTK_WIDGET (inspector), (PcUiMatch) is_shown_spin, NULL);
  g_assert_nonnull (votes);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (votes), 3);
  g_assert_cmpuint (pc_note_get_votes (note), ==, 3);
  g_assert_cmpuint (pc_history_get_undo_depth (history), ==, 3);

  /* Undo one step at a time; the fields follow. */
  pc_history_undo (history);
  g_assert_cmpuint (pc_note_get_votes (note), ==, 0);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (votes)), ==, 0);
  pc_history_undo (history);
  g_assert_cmpint (pc_note_get_evidence (note), ==, PC_EVIDENCE_UNSET);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (evidence)), ==, PC_EVIDENCE_UNSET);
  pc_history_undo (history);
  g_assert_cmpstr (pc_note_get_text (note), ==, "Too slow");
  g_assert_cmpstr (buffer_text (buffer), ==, "Too slow");

  /* A change made on the canvas shows up. */
  pc_edit_set_int (history, note, "votes", 5);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (votes)), ==, 5);

  /* A touchpoint takes the note's place. */
  pc_inspector_set_touchpoint (inspector, touchpoint);
  g_assert_null (pc_inspector_get_note (inspector));
  g_assert_null (pc_ui_find_descendant (GTK_WIDGET (inspector), (PcUiMatch) is_shown_row, "Row"));

  gtk_window_destroy (GTK_WINDOW (window));
  pc_ui_spin ();
}

static void
test_persona_editor_add_delete (void)
{
  g_autofree char *example = pc_ui_example_path ();
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
  guint n_personas, n_lanes, n_touchpoints;
  PcPersona *claire;
  GtkWidget *delete_button;
  PcAlert *dialog;

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

  name_row = pc_ui_find_descendant (GTK_WIDGET (editor), pc_ui_is_entry_row_titled, "Name");
  g_assert_nonnull (name_row);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Nadia");
  g_assert_cmpstr (pc_persona_get_name (persona), ==, "Nadia");

  pc_history_undo (history);
  pc_history_undo (history);
  g_assert_cmpuint (g_list_model_get_n_items (personas), ==, n_personas);
  g_assert_cmpuint (g_list_model_get_n_items (lanes), ==, n_lanes);

  /* Deleting Claire says what goes with her (her lanes in the current
   * state, its future state and her day), then takes it all. */
  claire = pc_document_find_persona (document, "persona-claire");
  g_assert_nonnull (claire);
  n_touchpoints = g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (map)));
  pc_persona_editor_select (editor, claire);
  delete_button = pc_ui_find_descendant (GTK_WIDGET (editor), pc_ui_is_button_labelled, "_Delete Persona");
  g_assert_nonnull (delete_button);
  g_signal_emit_by_name (delete_button, "clicked");
  dialog = pc_ui_find_alert ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (pc_alert_get_heading (dialog), ==, "Delete “Claire”?");
  g_assert_cmpstr (pc_alert_get_body (dialog), ==,
                   "This also deletes 3 lanes with 19 touchpoints. You can undo this.");
  pc_ui_alert_respond (dialog, "delete");
  g_assert_cmpuint (g_list_model_get_n_items (personas), ==, n_personas - 1);
  g_assert_cmpuint (g_list_model_get_n_items (lanes), ==, n_lanes - 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (map))), ==,
                    n_touchpoints - 6);
  pc_history_undo (history);
  g_assert_cmpuint (g_list_model_get_n_items (personas), ==, n_personas);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (map))), ==,
                    n_touchpoints);

  gtk_window_destroy (GTK_WINDOW (parent));
  pc_ui_spin ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/inspector/edits", test_inspector_edits);
  g_test_add_func ("/inspector/thoughts", test_inspector_thoughts);
  g_test_add_func ("/inspector/note", test_inspector_note);
  g_test_add_func ("/persona-editor/add-delete", test_persona_editor_add_delete);

  return g_test_run ();
}
