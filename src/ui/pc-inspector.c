/* pc-inspector.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The side panel with every field of the selected touchpoint. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-daylife.h"
#include "pc-edit.h"
#include "pc-inspector-fields.h"
#include "pc-inspector.h"

struct _PcInspector
{
  GtkWidget        parent_instance;

  GtkStack        *stack;
  GtkWidget       *title_row;
  AdwComboRow     *channel_row;
  GtkToggleButton *sentiment[3]; /* negative, neutral, positive */
  GtkSwitch       *brand_switch;
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

static void
refresh_choices (PcInspector *self)
{
  PcSentiment sentiment;

  if (self->touchpoint == NULL)
    return;

  self->updating = TRUE;
  adw_combo_row_set_selected (self->channel_row, pc_touchpoint_get_channel (self->touchpoint));
  sentiment = pc_touchpoint_get_sentiment (self->touchpoint);
  gtk_toggle_button_set_active (self->sentiment[sentiment + 1], TRUE);
  gtk_switch_set_active (self->brand_switch, pc_touchpoint_get_involves_brand (self->touchpoint));
  self->updating = FALSE;
}

static void
channel_selected_cb (PcInspector *self)
{
  guint selected = adw_combo_row_get_selected (self->channel_row);

  if (self->updating || self->touchpoint == NULL || selected >= PC_N_CHANNELS)
    return;
  if ((PcChannel) selected != pc_touchpoint_get_channel (self->touchpoint))
    pc_edit_set_enum (self->history, self->touchpoint, "channel", selected);
}

static void
sentiment_toggled_cb (GtkToggleButton *button,
                      PcInspector     *self)
{
  int value = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "sentiment"));

  if (self->updating || self->touchpoint == NULL || !gtk_toggle_button_get_active (button))
    return;
  if (value != (int) pc_touchpoint_get_sentiment (self->touchpoint))
    {
      pc_history_break_merge (self->history);
      pc_edit_set_enum (self->history, self->touchpoint, "sentiment", value);
    }
}

static void
brand_active_cb (PcInspector *self)
{
  gboolean active = gtk_switch_get_active (self->brand_switch);

  if (self->updating || self->touchpoint == NULL)
    return;
  if (active != pc_touchpoint_get_involves_brand (self->touchpoint))
    {
      pc_history_break_merge (self->history);
      pc_edit_set_boolean (self->history, self->touchpoint, "involves-brand", active);
    }
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
sentiment_toggles (PcInspector *self)
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

  gtk_widget_add_css_class (linked, "linked");
  gtk_box_set_homogeneous (GTK_BOX (linked), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (linked),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sentiment"), -1);
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
      g_signal_connect (button, "toggled", G_CALLBACK (sentiment_toggled_cb), self);
      self->sentiment[choices[i].value + 1] = GTK_TOGGLE_BUTTON (button);
      gtk_box_append (GTK_BOX (linked), button);
    }
  return linked;
}

static GtkWidget *
build_form (PcInspector *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *group, *row, *label;
  g_autoptr(GtkStringList) channels = gtk_string_list_new (NULL);

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);

  group = new_group (box, _("Touchpoint"));
  self->title_row = pc_fields_add_entry (self->fields, "title", _("Title"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->title_row);

  for (guint i = 0; i < PC_N_CHANNELS; i++)
    gtk_string_list_append (channels, pc_channel_get_label (i));
  self->channel_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->channel_row), _("Channel"));
  adw_combo_row_set_model (self->channel_row, G_LIST_MODEL (channels));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->channel_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Channel"), -1);
  g_signal_connect_swapped (self->channel_row, "notify::selected",
                            G_CALLBACK (channel_selected_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->channel_row));

  row = pc_fields_add_time (self->fields, "time", _("Time of Day (HH:MM)"));
  pc_fields_set_edit_func (self->fields, row, time_edited_cb, self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Involves the Brand"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Off for moments without the company"));
  self->brand_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->brand_switch), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->brand_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Involves the Brand"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->brand_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->brand_switch));
  g_signal_connect_swapped (self->brand_switch, "notify::active",
                            G_CALLBACK (brand_active_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  group = new_group (box, _("Sentiment"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), sentiment_toggles (self));

  group = new_group (box, _("Customer"));
  label = pc_fields_add_text (self->fields, "action", _("What the Customer Does"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label);
  label = pc_fields_add_text (self->fields, "response", _("How the Business Responds"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label);
  label = pc_fields_add_text (self->fields, "emotions", _("Emotions and Motivations"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label);
  label = pc_fields_add_text (self->fields, "pain-points", _("Pain Points"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label);

  group = new_group (box, _("Business"));
  label = pc_fields_add_text (self->fields, "opportunity", _("Opportunity"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label);
  row = pc_fields_add_entry (self->fields, "owner", _("Owner"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  row = pc_fields_add_entry (self->fields, "objective", _("Objective"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  row = pc_fields_add_entry (self->fields, "metric", _("Metric"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  return box;
}

static void
touchpoint_notify_cb (PcInspector *self,
                      GParamSpec  *pspec)
{
  if (g_str_equal (pspec->name, "channel") ||
      g_str_equal (pspec->name, "sentiment") ||
      g_str_equal (pspec->name, "involves-brand"))
    refresh_choices (self);
}

static void
pc_inspector_dispose (GObject *object)
{
  PcInspector *self = PC_INSPECTOR (object);
  GtkWidget *child;

  pc_inspector_set_touchpoint (self, NULL);
  g_clear_pointer (&self->fields, pc_fields_free);
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
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "view-paged-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Touchpoint Selected"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Select a card on the map to see and edit its details"));
  gtk_widget_add_css_class (empty, "compact");
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_stack_add_named (self->stack, build_form (self), "form");
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
