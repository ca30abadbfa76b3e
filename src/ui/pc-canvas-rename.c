/* pc-canvas-rename.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Part of the canvas (see pc-canvas-private.h): the in-place editor of a
 * touchpoint's title and of a stage's, lane's or persona's name, placed
 * over the card or across the header, and of a note's text, over the
 * note, where Shift+Enter starts a new line. Enter or leaving the editor
 * commits (one undo step), Escape cancels. A day in the life edits a
 * stage's time and name together, "07:30 Breakfast". */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-canvas-private.h"
#include "pc-daylife.h"
#include "pc-edit.h"

static const char *
rename_property (GObject *object)
{
  return PC_IS_TOUCHPOINT (object) ? "title" : PC_IS_NOTE (object) ? "text" : "name";
}

/* The editor's text: a note's editor is a text view (Shift+Enter starts
 * a new line), the others are entries. */
static char *
editor_get_text (GtkWidget *editor)
{
  GtkTextIter start, end;
  GtkTextBuffer *buffer;

  if (!GTK_IS_TEXT_VIEW (editor))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (editor)));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* A day in the life edits a stage's time and name in one entry. */
static gboolean
editing_timeline_stage (PcCanvas *self)
{
  return PC_IS_STAGE (self->editing) && pc_daylife_is_timeline (self->map);
}

static void
finish_rename_full (PcCanvas *self,
                    gboolean  commit,
                    gboolean  take_focus)
{
  g_autoptr(GObject) object = NULL;
  g_autofree char *text = NULL;
  GtkWidget *editor = self->editor;

  if (editor == NULL || self->committing)
    return;

  self->committing = TRUE;
  object = g_steal_pointer (&self->editing);
  text = g_strstrip (editor_get_text (editor));
  self->editor = NULL;

  if (commit && PC_IS_STAGE (object) && pc_daylife_is_timeline (self->map) &&
      self->history != NULL && *text != '\0')
    {
      /* A wrong time is dropped: the loader would refuse it. */
      pc_daylife_edit_stage (self->history, self->map, PC_STAGE (object), text);
    }
  else if (commit && object != NULL && self->history != NULL && *text != '\0')
    {
      g_autofree char *old = NULL;

      g_object_get (object, self->editing_property, &old, NULL);
      if (g_strcmp0 (old, text) != 0 && PC_IS_NOTE (object))
        pc_edit_set_note_text (self->history, PC_NOTE (object), text);
      else if (g_strcmp0 (old, text) != 0 && PC_IS_ROW (object))
        pc_edit_rename_row (self->history, PC_ROW (object), text);
      else if (g_strcmp0 (old, text) != 0)
        pc_edit_set_string (self->history, object, self->editing_property, text);
      pc_history_break_merge (self->history);
    }

  gtk_widget_unparent (editor);
  if (object != NULL && take_focus)
    _pc_canvas_move_focus_to_object (self, object);
  self->committing = FALSE;
}

static void
finish_rename (PcCanvas *self,
               gboolean  commit)
{
  finish_rename_full (self, commit, TRUE);
}

void
_pc_canvas_rename_cancel (PcCanvas *self)
{
  finish_rename (self, FALSE);
}

static gboolean
editor_text_valid (PcCanvas *self)
{
  g_autofree char *time = NULL;
  g_autofree char *name = NULL;

  if (!editing_timeline_stage (self))
    return TRUE;
  return pc_daylife_parse_header (gtk_editable_get_text (GTK_EDITABLE (self->editor)),
                                  &time, &name);
}

static void
on_editor_changed (PcCanvas *self)
{
  if (self->editor == NULL)
    return;
  if (editor_text_valid (self))
    gtk_widget_remove_css_class (self->editor, "error");
  else
    gtk_widget_add_css_class (self->editor, "error");
}

static void
on_editor_activate (PcCanvas *self)
{
  /* Enter on a wrong time keeps the editor open, marked, to be fixed. */
  if (!editor_text_valid (self))
    {
      gtk_widget_add_css_class (self->editor, "error");
      gtk_widget_error_bell (self->editor);
      return;
    }
  finish_rename (self, TRUE);
}

static gboolean
on_editor_key (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               PcCanvas              *self)
{
  /* In a note's editor, Enter commits and Shift+Enter is a new line. */
  if (GTK_IS_TEXT_VIEW (self->editor) &&
      (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter) &&
      !(state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)))
    {
      finish_rename (self, TRUE);
      return TRUE;
    }
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  finish_rename (self, FALSE);
  return TRUE;
}

typedef struct
{
  PcCanvas  *canvas;
  GtkWidget *editor;
} Leave;

static void
leave_free (gpointer data)
{
  Leave *leave = data;

  g_object_unref (leave->canvas);
  g_object_unref (leave->editor);
  g_free (leave);
}

static gboolean
finish_after_leave (gpointer data)
{
  Leave *leave = data;
  GtkRoot *root = gtk_widget_get_root (leave->editor);

  /* Still editing, and the focus went to another widget (not merely to
   * another window): commit, and leave the focus where the user put it. */
  if (leave->canvas->editor == leave->editor &&
      (root == NULL || gtk_root_get_focus (root) != leave->editor))
    finish_rename_full (leave->canvas, TRUE, FALSE);
  return G_SOURCE_REMOVE;
}

static void
on_editor_leave (PcCanvas *self)
{
  Leave *leave;

  /* Removing the editor inside its own focus change would leave GTK
   * working on a dead widget: finish once the change is over. */
  if (self->editor == NULL || self->committing)
    return;
  leave = g_new0 (Leave, 1);
  leave->canvas = g_object_ref (self);
  leave->editor = g_object_ref (self->editor);
  g_idle_add_full (G_PRIORITY_DEFAULT, finish_after_leave, leave, leave_free);
}

/* Opens the editor over @object's card or header; with @name_only, a
 * day-in-the-life stage's editor selects the name and not the time, so
 * that typing keeps the time. */
void
_pc_canvas_rename_start (PcCanvas *self,
                         GObject  *object,
                         gboolean  name_only)
{
  GtkEventController *controller;
  g_autofree char *text = NULL;
  const char *label;

  g_return_if_fail (PC_IS_CANVAS (self));

  finish_rename (self, TRUE);
  if (object == NULL)
    return;

  self->editing_property = rename_property (object);
  g_set_object (&self->editing, object);
  if (editing_timeline_stage (self))
    text = pc_daylife_format_header (PC_STAGE (object));
  else
    g_object_get (object, self->editing_property, &text, NULL);

  if (PC_IS_NOTE (object))
    {
      self->editor = gtk_text_view_new ();
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->editor), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->editor), FALSE);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->editor), 8);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->editor), 8);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->editor), 6);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->editor), 6);
      gtk_widget_add_css_class (self->editor, "note-editor");
      gtk_widget_set_tooltip_text (self->editor, _("Enter to finish, Shift+Enter for a new line, Escape to cancel"));
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor)), text ? text : "", -1);
      g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor)), "changed",
                               G_CALLBACK (gtk_widget_queue_allocate), self, G_CONNECT_SWAPPED);
    }
  else
    {
      self->editor = gtk_entry_new ();
      gtk_editable_set_text (GTK_EDITABLE (self->editor), text ? text : "");
    }
  if (editing_timeline_stage (self))
    {
      gtk_entry_set_placeholder_text (GTK_ENTRY (self->editor), _("07:30 Breakfast"));
      gtk_widget_set_tooltip_text (self->editor,
                                   _("A time of day, then the name: “07:30 Breakfast” or “7h30 Breakfast”"));
      g_signal_connect_object (self->editor, "changed", G_CALLBACK (on_editor_changed),
                               self, G_CONNECT_SWAPPED);
    }
  label = editing_timeline_stage (self) ? _("Stage time and name")
        : PC_IS_TOUCHPOINT (object) ? _("Touchpoint title")
        : PC_IS_NOTE (object) ? _("Note text")
        : PC_IS_ROW (object) ? _("Row name")
        : PC_IS_STAGE (object) ? _("Stage name")
        : PC_IS_PERSONA (object) ? _("Persona name") : _("Lane name");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_parent (self->editor, GTK_WIDGET (self));
  if (GTK_IS_ENTRY (self->editor))
    g_signal_connect_object (self->editor, "activate", G_CALLBACK (on_editor_activate),
                             self, G_CONNECT_SWAPPED);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (on_editor_key), self, 0);
  gtk_widget_add_controller (self->editor, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "leave", G_CALLBACK (on_editor_leave),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->editor, controller);

  self->allocate_all = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_grab_focus (self->editor);
  if (GTK_IS_TEXT_VIEW (self->editor))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      gtk_text_buffer_select_range (buffer, &start, &end);
      return;
    }
  gtk_editable_select_region (GTK_EDITABLE (self->editor), 0, -1);
  if (name_only && editing_timeline_stage (self))
    gtk_editable_select_region (GTK_EDITABLE (self->editor), 6, -1);
}

/* Places the editor over the title of the card, over the note, or across
 * the middle of the header, being edited. */
void
_pc_canvas_rename_allocate (PcCanvas *self)
{
  PcRect rect = { 0 };
  PcCanvasHeader *header;
  const PcLayoutCard *card;
  const PcLayoutNote *note;
  double sx, sy;

  if (self->editor == NULL)
    return;

  /* Over the whole note: it holds little else than its text. */
  if (PC_IS_NOTE (self->editing))
    {
      int natural = 0;

      if ((note = _pc_canvas_find_note (self, PC_NOTE (self->editing))) != NULL)
        rect = note->rect;
      rect.width = MAX (rect.width, 160);
      /* Taller as lines are typed. */
      gtk_widget_measure (self->editor, GTK_ORIENTATION_VERTICAL, (int) rect.width,
                          NULL, &natural, NULL, NULL);
      rect.height = MAX (MAX (rect.height, 34), natural);
      _pc_canvas_to_layout (self, 0, 0, &sx, &sy);
      _pc_canvas_allocate_child (self->editor, &rect, sx, sy);
      return;
    }

  if (PC_IS_TOUCHPOINT (self->editing) &&
      (card = _pc_canvas_find_card (self, PC_TOUCHPOINT (self->editing))) != NULL)
    rect = card->rect;
  else if (!PC_IS_TOUCHPOINT (self->editing) &&
           (header = _pc_canvas_header_for (self, self->editing)) != NULL)
    rect = pc_canvas_header_get_rect (header);

  /* Over a card's title, or across the middle of a header. */
  if (PC_IS_TOUCHPOINT (self->editing))
    rect = (PcRect) { rect.x + 4, rect.y + 4, rect.width - 8, 40 };
  else if (rect.height > 60)
    rect = (PcRect) { rect.x, rect.y + (rect.height - 40) / 2, rect.width, 40 };
  rect.height = MAX (rect.height, 34);
  rect.width = MAX (rect.width, 160);
  _pc_canvas_to_layout (self, 0, 0, &sx, &sy);
  _pc_canvas_allocate_child (self->editor, &rect, sx, sy);
}
