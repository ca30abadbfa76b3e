/* pc-inspector.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The side panel with every field of the selected touchpoint, built from
 * the touchpoint's table of fields (pc-touchpoint.c): each labelled field
 * gets a row in its group, groups in the order the table first names
 * them. Text goes through PcFields; choices (enums, switches) are kept
 * here. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-daylife.h"
#include "pc-edit.h"
#include "pc-inspector-fields.h"
#include "pc-inspector-note.h"
#include "pc-inspector.h"

struct _PcInspector
{
  GtkWidget        parent_instance;

  GtkStack        *stack;
  GtkWidget       *note_page;    /* PcInspectorNote */
  GtkWidget       *title_row;
  GtkToggleButton *sentiment[3]; /* negative, neutral, positive */
  GPtrArray       *choices;      /* Choice */
  PcFields        *fields;

  PcHistory       *history;
  PcMap           *map;
  PcTouchpoint    *touchpoint;
  gulong           notify_id;
  gboolean         updating;
};

enum {
  PROP_0,
  PROP_TOUCHPOINT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PcInspector, pc_inspector, GTK_TYPE_WIDGET)

/* A field edited with a choice: a sentiment toggle, a list or a switch. */
typedef struct
{
  PcInspector   *inspector;
  const PcField *field;
  GtkWidget     *widget;   /* NULL for the sentiment toggles */
} Choice;

static void
refresh_choice (PcInspector *self,
                Choice      *choice)
{
  int value = pc_field_get_int (self->touchpoint, choice->field);

  if (choice->widget == NULL)
    gtk_toggle_button_set_active (self->sentiment[value + 1], TRUE);
  else if (ADW_IS_COMBO_ROW (choice->widget))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (choice->field->enum_type ());

      for (guint i = 0; i < enum_class->n_values; i++)
        if (enum_class->values[i].value == value)
          adw_combo_row_set_selected (ADW_COMBO_ROW (choice->widget), i);
    }
  else if (GTK_IS_SWITCH (choice->widget))
    gtk_switch_set_active (GTK_SWITCH (choice->widget), value);
  else
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (choice->widget), value);
}

static void
refresh_choices (PcInspector *self)
{
  if (self->touchpoint == NULL)
    return;

  self->updating = TRUE;
  for (guint i = 0; i < self->choices->len; i++)
    refresh_choice (self, g_ptr_array_index (self->choices, i));
  self->updating = FALSE;
}

static Choice *
add_choice (PcInspector   *self,
            const PcField *field,
            GtkWidget     *widget)
{
  Choice *choice = g_new0 (Choice, 1);

  choice->inspector = self;
  choice->field = field;
  choice->widget = widget;
  g_ptr_array_add (self->choices, choice);
  return choice;
}

/* A toggle, a switch and a number are one step each; a list may be
 * scrolled through, and its steps merge. */
static void
choose (PcInspector   *self,
        const PcField *field,
        int            value,
        gboolean       break_merge)
{
  if (self->updating || self->touchpoint == NULL)
    return;
  if (value == pc_field_get_int (self->touchpoint, field))
    return;
  if (break_merge)
    pc_history_break_merge (self->history);
  if (field->kind == PC_FIELD_BOOLEAN)
    pc_edit_set_boolean (self->history, self->touchpoint, field->property, value);
  else if (field->kind == PC_FIELD_ENUM)
    pc_edit_set_enum (self->history, self->touchpoint, field->property, value);
  else
    pc_edit_set_int (self->history, self->touchpoint, field->property, value);
}

static void
combo_selected_cb (GtkWidget  *row,
                   GParamSpec *pspec,
                   Choice     *choice)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row));
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (choice->field->enum_type ());

  if (selected < enum_class->n_values)
    choose (choice->inspector, choice->field, enum_class->values[selected].value, FALSE);
}

static void
switch_active_cb (GtkWidget  *widget,
                  GParamSpec *pspec,
                  Choice     *choice)
{
  choose (choice->inspector, choice->field, gtk_switch_get_active (GTK_SWITCH (widget)), TRUE);
}

static void
spin_value_cb (GtkSpinButton *spin,
               Choice        *choice)
{
  choose (choice->inspector, choice->field, gtk_spin_button_get_value_as_int (spin), TRUE);
}

static void
sentiment_toggled_cb (GtkToggleButton *button,
                      Choice          *choice)
{
  int value = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "sentiment"));

  if (gtk_toggle_button_get_active (button))
    choose (choice->inspector, choice->field, value, TRUE);
}

/* In a day in the life, a new time moves the card into its slot. */
static void
time_edited_cb (PcHistory  *history,
                GObject    *object,
                const char *value,
                gpointer    user_data)
{
  PcInspector *self = user_data;

  pc_daylife_set_time (history, self->map, PC_TOUCHPOINT (object), value);
}

static GtkWidget *
new_group (GtkWidget  *box,
           const char *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (GTK_BOX (box), group);
  return group;
}

static GtkWidget *
sentiment_toggles (PcInspector   *self,
                   const PcField *field)
{
  static const struct {
    PcSentiment  value;
    const char  *icon;
  } choices[] = {
    { PC_SENTIMENT_NEGATIVE, "face-sad-symbolic" },
    { PC_SENTIMENT_NEUTRAL, "face-plain-symbolic" },
    { PC_SENTIMENT_POSITIVE, "face-smile-symbolic" },
  };
  GtkWidget *linked = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkToggleButton *group = NULL;
  Choice *choice = add_choice (self, field, NULL);

  gtk_widget_add_css_class (linked, "linked");
  gtk_box_set_homogeneous (GTK_BOX (linked), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (linked),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(field->label), -1);
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      const char *label = pc_sentiment_get_label (choices[i].value);

      gtk_widget_set_halign (content, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (content), gtk_image_new_from_icon_name (choices[i].icon));
      gtk_box_append (GTK_BOX (content), gtk_label_new (label));
      gtk_button_set_child (GTK_BUTTON (button), content);
      gtk_widget_add_css_class (button, "sentiment");
      gtk_widget_add_css_class (button, pc_sentiment_to_string (choices[i].value));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_widget_set_tooltip_text (button, label);
      if (group != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      else
        group = GTK_TOGGLE_BUTTON (button);
      g_object_set_data (G_OBJECT (button), "sentiment", GINT_TO_POINTER (choices[i].value));
      g_signal_connect (button, "toggled", G_CALLBACK (sentiment_toggled_cb), choice);
      self->sentiment[choices[i].value + 1] = GTK_TOGGLE_BUTTON (button);
      gtk_box_append (GTK_BOX (linked), button);
    }
  return linked;
}

static GtkWidget *
combo_row (PcInspector   *self,
           const PcField *field)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (field->enum_type ());
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();
  const char *title = _(field->label);

  for (guint i = 0; i < enum_class->n_values; i++)
    gtk_string_list_append (labels, field->enum_label ? field->enum_label (enum_class->values[i].value)
                                                      : enum_class->values[i].value_nick);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_signal_connect (row, "notify::selected", G_CALLBACK (combo_selected_cb),
                    add_choice (self, field, row));
  return row;
}

/* A switch or a number, at the end of a row. */
static GtkWidget *
suffix_row (PcInspector   *self,
            const PcField *field)
{
  GtkWidget *row = adw_action_row_new ();
  const char *title = _(field->label);
  GtkWidget *widget;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (field->hint != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(field->hint));
  if (field->kind == PC_FIELD_BOOLEAN)
    {
      widget = gtk_switch_new ();
      g_signal_connect (widget, "notify::active", G_CALLBACK (switch_active_cb),
                        add_choice (self, field, widget));
    }
  else
    {
      widget = gtk_spin_button_new_with_range (field->minimum, field->maximum, 1);
      g_signal_connect (widget, "value-changed", G_CALLBACK (spin_value_cb),
                        add_choice (self, field, widget));
    }
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), widget);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), widget);
  return row;
}

static GtkWidget *
field_row (PcInspector   *self,
           const PcField *field)
{
  const char *title = _(field->label);
  GtkWidget *row;

  switch (field->kind)
    {
    case PC_FIELD_TEXT:
    case PC_FIELD_COLOR:
    case PC_FIELD_REF:
      if (field->flags & PC_FIELD_MULTILINE)
        return pc_fields_add_text (self->fields, field->property, title);
      row = pc_fields_add_entry (self->fields, field->property, title);
      if (g_str_equal (field->property, "title"))
        self->title_row = row;
      return row;
    case PC_FIELD_TIME:
      row = pc_fields_add_time (self->fields, field->property, title);
      if (g_str_equal (field->property, "time"))
        pc_fields_set_edit_func (self->fields, row, time_edited_cb, self);
      return row;
    case PC_FIELD_ENUM:
      if (field->enum_type () == PC_TYPE_SENTIMENT)
        return sentiment_toggles (self, field);
      return combo_row (self, field);
    case PC_FIELD_BOOLEAN:
    case PC_FIELD_INT:
      return suffix_row (self, field);
    default:
      g_assert_not_reached ();
    }
}

static GtkWidget *
build_form (PcInspector *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
  const PcField *fields;
  guint n_fields;

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);

  fields = pc_entity_type_get_fields (PC_TYPE_TOUCHPOINT, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      const PcField *field = &fields[i];
      const char *group_title = field->group ? field->group : "";
      GtkWidget *group;

      if (field->label == NULL)
        continue;
      group = g_hash_table_lookup (groups, group_title);
      if (group == NULL)
        {
          group = new_group (box, group_title[0] ? _(group_title) : "");
          g_hash_table_insert (groups, (gpointer) group_title, group);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), field_row (self, field));
    }

  return box;
}

static void
touchpoint_notify_cb (PcInspector *self,
                      GParamSpec  *pspec)
{
  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *choice = g_ptr_array_index (self->choices, i);

      if (g_str_equal (pspec->name, choice->field->property))
        {
          self->updating = TRUE;
          refresh_choice (self, choice);
          self->updating = FALSE;
        }
    }
}

static void
pc_inspector_dispose (GObject *object)
{
  PcInspector *self = PC_INSPECTOR (object);
  GtkWidget *child;

  pc_inspector_set_touchpoint (self, NULL);
  pc_inspector_set_note (self, NULL);
  g_clear_pointer (&self->fields, pc_fields_free);
  g_clear_pointer (&self->choices, g_ptr_array_unref);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->history);
  g_clear_object (&self->map);

  G_OBJECT_CLASS (pc_inspector_parent_class)->dispose (object);
}

static void
pc_inspector_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PcInspector *self = PC_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_TOUCHPOINT:
      g_value_set_object (value, self->touchpoint);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_inspector_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PcInspector *self = PC_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_TOUCHPOINT:
      pc_inspector_set_touchpoint (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_inspector_class_init (PcInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pc_inspector_dispose;
  object_class->get_property = pc_inspector_get_property;
  object_class->set_property = pc_inspector_set_property;

  properties[PROP_TOUCHPOINT] =
    g_param_spec_object ("touchpoint", NULL, NULL, PC_TYPE_TOUCHPOINT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "inspector");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pc_inspector_init (PcInspector *self)
{
  GtkWidget *empty = adw_status_page_new ();

  self->fields = pc_fields_new ();
  self->choices = g_ptr_array_new_with_free_func (g_free);
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "view-paged-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Touchpoint Selected"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Select a card or a note on the map to see and edit its details"));
  gtk_widget_add_css_class (empty, "compact");
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_stack_add_named (self->stack, build_form (self), "form");
  self->note_page = pc_inspector_note_new ();
  gtk_stack_add_named (self->stack, self->note_page, "note");
  gtk_stack_set_visible_child_name (self->stack, "empty");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Touchpoint Details"), -1);
}

PcInspector *
pc_inspector_new (void)
{
  return g_object_new (PC_TYPE_INSPECTOR, NULL);
}

/**
 * pc_inspector_set_model:
 * @history: (nullable): where the edits go
 * @map: (nullable): the map the touchpoints belong to
 */
void
pc_inspector_set_model (PcInspector *self,
                        PcHistory   *history,
                        PcMap       *map)
{
  g_return_if_fail (PC_IS_INSPECTOR (self));

  pc_inspector_set_touchpoint (self, NULL);
  pc_inspector_set_note (self, NULL);
  g_set_object (&self->history, history);
  g_set_object (&self->map, map);
}

/**
 * pc_inspector_get_touchpoint:
 *
 * Returns: (transfer none) (nullable): the touchpoint shown
 */
PcTouchpoint *
pc_inspector_get_touchpoint (PcInspector *self)
{
  g_return_val_if_fail (PC_IS_INSPECTOR (self), NULL);

  return self->touchpoint;
}

void
pc_inspector_set_touchpoint (PcInspector  *self,
                             PcTouchpoint *touchpoint)
{
  g_return_if_fail (PC_IS_INSPECTOR (self));
  g_return_if_fail (touchpoint == NULL || PC_IS_TOUCHPOINT (touchpoint));

  if (self->touchpoint == touchpoint)
    return;

  if (self->touchpoint != NULL)
    g_clear_signal_handler (&self->notify_id, self->touchpoint);
  g_set_object (&self->touchpoint, touchpoint);

  if (touchpoint != NULL && self->history != NULL)
    {
      pc_inspector_set_note (self, NULL);
      self->notify_id = g_signal_connect_swapped (touchpoint, "notify",
                                                  G_CALLBACK (touchpoint_notify_cb), self);
      pc_fields_bind (self->fields, touchpoint, self->history);
      refresh_choices (self);
      gtk_stack_set_visible_child_name (self->stack, "form");
    }
  else
    {
      if (self->fields != NULL)
        pc_fields_bind (self->fields, NULL, NULL);
      if (self->note_page == NULL ||
          pc_inspector_note_get_note (PC_INSPECTOR_NOTE (self->note_page)) == NULL)
        gtk_stack_set_visible_child_name (self->stack, "empty");
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOUCHPOINT]);
}

void
pc_inspector_focus_title (PcInspector *self)
{
  g_return_if_fail (PC_IS_INSPECTOR (self));

  if (self->touchpoint != NULL)
    gtk_widget_grab_focus (self->title_row);
}

/**
 * pc_inspector_get_note:
 *
 * Returns: (transfer none) (nullable): the note shown
 */
PcNote *
pc_inspector_get_note (PcInspector *self)
{
  g_return_val_if_fail (PC_IS_INSPECTOR (self), NULL);

  return self->note_page ? pc_inspector_note_get_note (PC_INSPECTOR_NOTE (self->note_page)) : NULL;
}

/**
 * pc_inspector_set_note:
 * @note: (nullable): a note of the map, shown instead of a touchpoint
 *
 * Shows the note's text, place, evidence and votes; a touchpoint set
 * afterwards replaces it.
 */
void
pc_inspector_set_note (PcInspector *self,
                       PcNote      *note)
{
  g_return_if_fail (PC_IS_INSPECTOR (self));
  g_return_if_fail (note == NULL || PC_IS_NOTE (note));

  if (self->note_page == NULL || pc_inspector_get_note (self) == note)
    return;

  if (note != NULL && self->history != NULL)
    {
      pc_inspector_set_touchpoint (self, NULL);
      pc_inspector_note_set_note (PC_INSPECTOR_NOTE (self->note_page), self->history, self->map, note);
      gtk_stack_set_visible_child_name (self->stack, "note");
    }
  else
    {
      pc_inspector_note_set_note (PC_INSPECTOR_NOTE (self->note_page), NULL, NULL, NULL);
      if (self->touchpoint == NULL)
        gtk_stack_set_visible_child_name (self->stack, "empty");
    }
}
