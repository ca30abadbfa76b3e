/* pc-inspector-note.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The side panel for a note: the text in a multi-line field (PcFields,
 * one undo step per visit), the row and the stage it sits in, and the
 * evidence level and votes it shares with cards. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-edit.h"
#include "pc-inspector-fields.h"
#include "pc-inspector-note.h"

struct _PcInspectorNote
{
  GtkWidget   parent_instance;

  PcFields   *fields;
  GtkWidget  *text;
  GtkWidget  *row;
  GtkWidget  *stage;
  GtkWidget  *evidence;
  GtkWidget  *votes;

  PcHistory  *history;
  PcMap      *map;
  PcNote     *note;
  gulong      notify_id;
  gboolean    updating;
};

G_DEFINE_FINAL_TYPE (PcInspectorNote, pc_inspector_note, GTK_TYPE_WIDGET)

static void
refresh (PcInspectorNote *self)
{
  PcRow *row = NULL;
  PcStage *stage = NULL;

  if (self->note == NULL)
    return;

  if (self->map != NULL)
    {
      row = pc_map_find_row (self->map, pc_note_get_row_id (self->note));
      stage = pc_map_find_stage (self->map, pc_note_get_stage_id (self->note));
    }
  self->updating = TRUE;
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->row), row ? pc_row_get_name (row) : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->stage), stage ? pc_stage_get_name (stage) : "");
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->evidence), pc_note_get_evidence (self->note));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->votes), pc_note_get_votes (self->note));
  self->updating = FALSE;
}

/* A note's text is never empty in the file: an emptied field leaves the
 * text as it was until something is typed. */
static void
text_edited_cb (PcHistory  *history,
                GObject    *object,
                const char *value,
                gpointer    user_data)
{
  g_autofree char *text = g_strstrip (g_strdup (value ? value : ""));

  if (*text != '\0')
    pc_edit_set_note_text (history, PC_NOTE (object), value);
}

static void
evidence_selected_cb (PcInspectorNote *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->evidence));

  if (self->updating || self->note == NULL || self->history == NULL ||
      selected > PC_EVIDENCE_VALIDATED || selected == (guint) pc_note_get_evidence (self->note))
    return;
  pc_edit_set_enum (self->history, self->note, "evidence", selected);
}

static void
votes_changed_cb (PcInspectorNote *self)
{
  int votes = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->votes));

  if (self->updating || self->note == NULL || self->history == NULL ||
      votes == (int) pc_note_get_votes (self->note))
    return;
  pc_history_break_merge (self->history);
  pc_edit_set_int (self->history, self->note, "votes", votes);
  pc_history_break_merge (self->history);
}

static GtkWidget *
place_row (const char *title)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (row, "property");
  return row;
}

static void
pc_inspector_note_dispose (GObject *object)
{
  PcInspectorNote *self = PC_INSPECTOR_NOTE (object);
  GtkWidget *child;

  pc_inspector_note_set_note (self, NULL, NULL, NULL);
  g_clear_pointer (&self->fields, pc_fields_free);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (pc_inspector_note_parent_class)->dispose (object);
}

static void
pc_inspector_note_class_init (PcInspectorNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pc_inspector_note_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pc_inspector_note_init (PcInspectorNote *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *place = adw_preferences_group_new ();
  GtkWidget *workshop = adw_preferences_group_new ();
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);

  self->fields = pc_fields_new ();
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_parent (box, GTK_WIDGET (self));

  self->text = pc_fields_add_text (self->fields, "text", _("Text"));
  pc_fields_set_edit_func (self->fields, self->text, text_edited_cb, self);
  gtk_box_append (GTK_BOX (box), self->text);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (place), _("Where"));
  self->row = place_row (_("Row"));
  self->stage = place_row (_("Stage"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (place), self->row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (place), self->stage);
  gtk_box_append (GTK_BOX (box), place);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (workshop), _("Research and Workshop"));
  for (PcEvidence e = PC_EVIDENCE_UNSET; e <= PC_EVIDENCE_VALIDATED; e++)
    gtk_string_list_append (levels, pc_evidence_get_label (e));
  self->evidence = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->evidence), _("Evidence"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->evidence), _("How well research backs it"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->evidence), G_LIST_MODEL (levels));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->evidence),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Evidence"), -1);
  g_signal_connect_swapped (self->evidence, "notify::selected", G_CALLBACK (evidence_selected_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (workshop), self->evidence);

  {
    GtkWidget *row = adw_action_row_new ();

    self->votes = gtk_spin_button_new_with_range (0, PC_MAX_VOTES, 1);
    gtk_widget_set_valign (self->votes, GTK_ALIGN_CENTER);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->votes),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Votes"), -1);
    g_signal_connect_swapped (self->votes, "value-changed", G_CALLBACK (votes_changed_cb), self);
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Votes"));
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Dot votes from a workshop"));
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->votes);
    adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), self->votes);
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (workshop), row);
  }
  gtk_box_append (GTK_BOX (box), workshop);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note Details"), -1);
}

GtkWidget *
pc_inspector_note_new (void)
{
  return g_object_new (PC_TYPE_INSPECTOR_NOTE, NULL);
}

/**
 * pc_inspector_note_set_note:
 * @history: (nullable): where the edits go
 * @map: (nullable): the map of the note, for its row's and stage's names
 * @note: (nullable): the note to show
 */
void
pc_inspector_note_set_note (PcInspectorNote *self,
                            PcHistory       *history,
                            PcMap           *map,
                            PcNote          *note)
{
  g_return_if_fail (PC_IS_INSPECTOR_NOTE (self));
  g_return_if_fail (note == NULL || PC_IS_NOTE (note));

  if (self->note != NULL)
    g_clear_signal_handler (&self->notify_id, self->note);
  if (note == NULL)
    {
      history = NULL;
      map = NULL;
    }
  g_set_object (&self->note, note);
  g_set_object (&self->history, history);
  g_set_object (&self->map, map);

  if (note != NULL)
    self->notify_id = g_signal_connect_swapped (note, "notify", G_CALLBACK (refresh), self);
  if (self->fields != NULL)
    pc_fields_bind (self->fields, note, note ? history : NULL);
  refresh (self);
}

/* Returns: (transfer none) (nullable): the note shown */
PcNote *
pc_inspector_note_get_note (PcInspectorNote *self)
{
  g_return_val_if_fail (PC_IS_INSPECTOR_NOTE (self), NULL);

  return self->note;
}

void
pc_inspector_note_focus_text (PcInspectorNote *self)
{
  g_return_if_fail (PC_IS_INSPECTOR_NOTE (self));

  gtk_widget_child_focus (self->text, GTK_DIR_TAB_FORWARD);
}
