/* pc-inspector-fields.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pc-edit.h"
#include "pc-inspector-fields.h"
#include "pc-types.h"

typedef struct
{
  PcFields      *owner;
  char          *property;
  GtkEditable   *editable; /* one of these two */
  GtkTextBuffer *buffer;
  GtkWidget     *row;      /* what pc_fields_add_*() returned */
  gulong         changed_id;
  gboolean       is_time;  /* only "HH:MM" or empty reaches the model */
  PcFieldsEditFunc edit_func;
  gpointer       edit_data;
} Field;

struct _PcFields
{
  GPtrArray *fields;
  GObject   *object;
  PcHistory *history;
  gulong     notify_id;
};

static void
field_free (Field *field)
{
  g_free (field->property);
  g_free (field);
}

PcFields *
pc_fields_new (void)
{
  PcFields *fields = g_new0 (PcFields, 1);

  fields->fields = g_ptr_array_new_with_free_func ((GDestroyNotify) field_free);
  return fields;
}

static void
unbind (PcFields *fields)
{
  if (fields->object != NULL && fields->notify_id != 0)
    g_signal_handler_disconnect (fields->object, fields->notify_id);
  fields->notify_id = 0;
  g_clear_object (&fields->object);
  g_clear_object (&fields->history);
}

void
pc_fields_free (PcFields *fields)
{
  if (fields == NULL)
    return;
  unbind (fields);
  g_ptr_array_unref (fields->fields);
  g_free (fields);
}

static char *
field_get_text (Field *field)
{
  if (field->editable != NULL)
    return g_strdup (gtk_editable_get_text (field->editable));
  else
    {
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (field->buffer, &start, &end);
      return gtk_text_buffer_get_text (field->buffer, &start, &end, FALSE);
    }
}

static void
field_refresh (Field *field)
{
  g_autofree char *value = NULL;
  g_autofree char *current = field_get_text (field);
  gpointer instance = field->editable ? (gpointer) field->editable : (gpointer) field->buffer;

  if (field->owner->object != NULL)
    g_object_get (field->owner->object, field->property, &value, NULL);
  if (g_strcmp0 (current, value ? value : "") == 0)
    return;

  /* Only when the text differs, so the cursor stays put while typing. */
  g_signal_handler_block (instance, field->changed_id);
  if (field->editable != NULL)
    gtk_editable_set_text (field->editable, value ? value : "");
  else
    gtk_text_buffer_set_text (field->buffer, value ? value : "", -1);
  g_signal_handler_unblock (instance, field->changed_id);
  if (field->is_time)
    gtk_widget_remove_css_class (GTK_WIDGET (field->editable), "error");
}

static void
field_changed_cb (Field *field)
{
  PcFields *fields = field->owner;
  g_autofree char *text = NULL;

  if (fields->object == NULL || fields->history == NULL)
    return;
  text = field_get_text (field);

  /* A file with a malformed time would not load again: keep it out of
   * the model and show the field as wrong until it is fixed. */
  if (field->is_time)
    {
      gboolean valid = text[0] == '\0' || pc_time_parse (text) >= 0;

      if (valid)
        gtk_widget_remove_css_class (GTK_WIDGET (field->editable), "error");
      else
        gtk_widget_add_css_class (GTK_WIDGET (field->editable), "error");
      if (!valid)
        return;
    }
  if (field->edit_func != NULL)
    field->edit_func (fields->history, fields->object,
                      text[0] != '\0' ? text : NULL, field->edit_data);
  else
    pc_edit_set_string (fields->history, fields->object, field->property,
                        text[0] != '\0' ? text : NULL);
}

static void
focus_leave_cb (GtkEventControllerFocus *controller,
                PcFields                *fields)
{
  /* Typing in a field merges into one step; the next visit starts another. */
  if (fields->history != NULL)
    pc_history_break_merge (fields->history);
}

static Field *
add_field (PcFields   *fields,
           const char *property,
           GtkWidget  *focus_widget)
{
  Field *field = g_new0 (Field, 1);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  field->owner = fields;
  field->property = g_strdup (property);
  g_signal_connect (focus, "leave", G_CALLBACK (focus_leave_cb), fields);
  gtk_widget_add_controller (focus_widget, focus);
  g_ptr_array_add (fields->fields, field);
  return field;
}

GtkWidget *
pc_fields_add_entry (PcFields   *fields,
                     const char *property,
                     const char *title)
{
  GtkWidget *row = adw_entry_row_new ();
  Field *field = add_field (fields, property, row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  field->editable = GTK_EDITABLE (row);
  field->row = row;
  /* Ctrl+Z goes to the document's history, which the field follows. */
  gtk_editable_set_enable_undo (field->editable, FALSE);
  field->changed_id = g_signal_connect_swapped (row, "changed",
                                                G_CALLBACK (field_changed_cb), field);
  return row;
}

GtkWidget *
pc_fields_add_time (PcFields   *fields,
                    const char *property,
                    const char *title)
{
  GtkWidget *row = pc_fields_add_entry (fields, property, title);
  Field *field = g_ptr_array_index (fields->fields, fields->fields->len - 1);

  field->is_time = TRUE;
  return row;
}

/**
 * pc_fields_set_edit_func:
 * @row: a row made by pc_fields_add_entry(), pc_fields_add_time() or
 *   pc_fields_add_text()
 *
 * Lets @func write the row's edits, for a field whose change brings others
 * along in the same undo step.
 */
void
pc_fields_set_edit_func (PcFields        *fields,
                         GtkWidget       *row,
                         PcFieldsEditFunc func,
                         gpointer         user_data)
{
  g_return_if_fail (fields != NULL);

  for (guint i = 0; i < fields->fields->len; i++)
    {
      Field *field = g_ptr_array_index (fields->fields, i);

      if (field->row == row)
        {
          field->edit_func = func;
          field->edit_data = user_data;
          return;
        }
    }
  g_return_if_reached ();
}

GtkWidget *
pc_fields_add_text (PcFields   *fields,
                    const char *property,
                    const char *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  Field *field = add_field (fields, property, view);

  gtk_widget_add_css_class (box, "text-field");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), view);
  gtk_box_append (GTK_BOX (box), label);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_add_css_class (view, "inspector-text");
  gtk_widget_set_size_request (view, -1, 64);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (box), frame);

  field->buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  field->row = box;
  gtk_text_buffer_set_enable_undo (field->buffer, FALSE);
  field->changed_id = g_signal_connect_swapped (field->buffer, "changed",
                                                G_CALLBACK (field_changed_cb), field);
  return box;
}

static void
object_notify_cb (GObject    *object,
                  GParamSpec *pspec,
                  PcFields   *fields)
{
  for (guint i = 0; i < fields->fields->len; i++)
    {
      Field *field = g_ptr_array_index (fields->fields, i);

      if (g_strcmp0 (field->property, pspec->name) == 0)
        field_refresh (field);
    }
}

/**
 * pc_fields_bind:
 * @object: (nullable): the object to show and edit, or %NULL to clear
 * @history: (nullable): the history that records the edits
 */
void
pc_fields_bind (PcFields  *fields,
                gpointer   object,
                PcHistory *history)
{
  g_return_if_fail (fields != NULL);
  g_return_if_fail (object == NULL || G_IS_OBJECT (object));

  unbind (fields);
  if (object != NULL)
    {
      fields->object = g_object_ref (object);
      fields->notify_id = g_signal_connect (object, "notify",
                                            G_CALLBACK (object_notify_cb), fields);
    }
  if (history != NULL)
    fields->history = g_object_ref (history);

  for (guint i = 0; i < fields->fields->len; i++)
    field_refresh (g_ptr_array_index (fields->fields, i));
  /* A new object starts a new undo step even within the merge delay. */
  if (fields->history != NULL)
    pc_history_break_merge (fields->history);
}
