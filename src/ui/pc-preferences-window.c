/* pc-preferences-window.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-preferences-window.h"
#include "pc-templates.h"

#define PC_SETTINGS_SCHEMA_ID APP_ID

typedef struct
{
  const char *id;
  const char *label;
} PcChoice;

static const PcChoice background_choices[] = {
  { "white", N_("White") },
  { "transparent", N_("Transparent") },
  { "dark", N_("Dark") },
  { NULL, NULL }
};

/* The scales the exporters draw at; the key is an integer. */
static const PcChoice scale_choices[] = {
  { "1", N_("1×") },
  { "2", N_("2×") },
  { "4", N_("4×") },
  { NULL, NULL }
};

/* The built-in templates, whose ids are the values of "default-template". */
static const PcChoice *
template_choices (void)
{
  static PcChoice *choices = NULL;

  if (g_once_init_enter (&choices))
    {
      guint n = pc_templates_get_n_templates ();
      PcChoice *list = g_new0 (PcChoice, n + 1);

      for (guint i = 0; i < n; i++)
        {
          const PcTemplateInfo *info = pc_templates_get_nth (i);

          list[i].id = info->id;
          list[i].label = info->name;  /* translated when shown */
        }
      g_once_init_leave (&choices, list);
    }
  return choices;
}

static guint
choice_index (const PcChoice *choices,
              const char     *id)
{
  for (guint i = 0; choices[i].id != NULL; i++)
    if (g_strcmp0 (choices[i].id, id) == 0)
      return i;
  return 0;
}

static gboolean
choice_get_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const PcChoice *choices = user_data;
  g_autofree char *number = NULL;

  if (g_variant_is_of_type (variant, G_VARIANT_TYPE_INT32))
    {
      number = g_strdup_printf ("%d", g_variant_get_int32 (variant));
      g_value_set_uint (value, choice_index (choices, number));
    }
  else
    g_value_set_uint (value, choice_index (choices, g_variant_get_string (variant, NULL)));
  return TRUE;
}

static GVariant *
choice_set_mapping (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  const PcChoice *choices = user_data;
  guint selected = g_value_get_uint (value);
  guint n = 0;

  while (choices[n].id != NULL)
    n++;
  if (selected >= n)
    return NULL;
  if (g_variant_type_equal (expected_type, G_VARIANT_TYPE_INT32))
    return g_variant_new_int32 ((gint32) g_ascii_strtoll (choices[selected].id, NULL, 10));
  return g_variant_new_string (choices[selected].id);
}

static AdwComboRow *
choice_row_new (const char     *title,
                const char     *subtitle,
                const PcChoice *choices,
                GSettings      *settings,
                const char     *key)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  for (guint i = 0; choices[i].id != NULL; i++)
    gtk_string_list_append (model, _(choices[i].label));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));

  if (settings != NULL)
    g_settings_bind_with_mapping (settings, key, row, "selected",
                                  G_SETTINGS_BIND_DEFAULT,
                                  choice_get_mapping, choice_set_mapping,
                                  (gpointer) choices, NULL);
  return row;
}

static AdwActionRow *
spin_row_new (const char *title,
              const char *subtitle,
              double      lower,
              double      upper,
              double      value,
              GSettings  *settings,
              const char *key)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, 1);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, subtitle);
  adw_action_row_add_suffix (row, spin);
  adw_action_row_set_activatable_widget (row, spin);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL,
                                  -1);

  if (settings != NULL)
    g_settings_bind (settings, key,
                     gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (spin)), "value",
                     G_SETTINGS_BIND_DEFAULT);
  return row;
}

AdwPreferencesPage *
pc_preferences_page_new (GSettings *settings)
{
  AdwPreferencesPage *page;
  AdwPreferencesGroup *group;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_preferences_page_set_title (page, _("General"));
  adw_preferences_page_set_icon_name (page, "preferences-system-symbolic");

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("New Maps"));
  adw_preferences_group_add (group,
                             GTK_WIDGET (choice_row_new (_("Default Template"),
                                                         _("The stages a new map starts with"),
                                                         template_choices (),
                                                         settings, "default-template")));
  adw_preferences_page_add (page, group);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Saving"));
  adw_preferences_group_add (group,
                             GTK_WIDGET (spin_row_new (_("Autosave Interval"),
                                                       _("Seconds between two safety copies of unsaved work"),
                                                       5, 600, 30,
                                                       settings, "autosave-interval")));
  adw_preferences_page_add (page, group);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, C_("preferences group", "Export"));
  adw_preferences_group_add (group,
                             GTK_WIDGET (choice_row_new (_("Image Scale"),
                                                         _("Pixels per point in exported images"),
                                                         scale_choices,
                                                         settings, "export-scale")));
  adw_preferences_group_add (group,
                             GTK_WIDGET (choice_row_new (_("Background"),
                                                         _("What is behind the map in exported images"),
                                                         background_choices,
                                                         settings, "export-background")));
  adw_preferences_page_add (page, group);

  return page;
}

static GSettings *
pc_preferences_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Not installed, e.g. when run from the build tree: keep working. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, PC_SETTINGS_SCHEMA_ID, TRUE);
  if (schema == NULL)
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

void
pc_preferences_show (GtkWindow *parent)
{
  g_autoptr(GSettings) settings = NULL;
  AdwPreferencesPage *page;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  settings = pc_preferences_settings_new ();
  page = pc_preferences_page_new (settings);

  /* The bindings hold the settings object for as long as the rows live. */
#if ADW_CHECK_VERSION (1, 5, 0)
  {
    AdwDialog *dialog = adw_preferences_dialog_new ();

    adw_preferences_dialog_add (ADW_PREFERENCES_DIALOG (dialog), page);
    adw_dialog_present (dialog, parent ? GTK_WIDGET (parent) : NULL);
  }
#else
  {
    GtkWidget *window = adw_preferences_window_new ();

    adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), page);
    gtk_window_set_modal (GTK_WINDOW (window), TRUE);
    if (parent != NULL)
      gtk_window_set_transient_for (GTK_WINDOW (window), parent);
    gtk_window_present (GTK_WINDOW (window));
  }
#endif
}
