/* test-desktop-ui.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "pc-about.h"
#include "pc-help.h"
#include "pc-preferences-window.h"
#include "pc-templates.h"

#define SCHEMA_ID APP_ID

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_spin (GtkWidget *root)
{
  if (GTK_IS_SPIN_BUTTON (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_spin (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The keys every part of the application relies on, with their defaults. */
static void
test_schema_keys (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autofree char *format = NULL;
  g_autofree char *background = NULL;
  g_autofree char *page_size = NULL;
  g_autofree char *template = NULL;

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1280);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 820);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  g_assert_cmpuint (g_settings_get_uint (settings, "autosave-interval"), ==, 30);
  g_assert_cmpint (g_settings_get_int (settings, "export-scale"), ==, 2);

  format = g_settings_get_string (settings, "export-format");
  background = g_settings_get_string (settings, "export-background");
  page_size = g_settings_get_string (settings, "export-page-size");
  template = g_settings_get_string (settings, "default-template");
  g_assert_cmpstr (format, ==, "png");
  g_assert_cmpstr (background, ==, "white");
  g_assert_cmpstr (page_size, ==, "map");
  g_assert_cmpstr (template, ==, "5a");

  /* The range keeps a typing slip from autosaving every second. */
  {
    g_autoptr(GSettingsSchemaSource) source = g_settings_schema_source_ref (g_settings_schema_source_get_default ());
    g_autoptr(GSettingsSchema) schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);
    g_autoptr(GSettingsSchemaKey) key = g_settings_schema_get_key (schema, "autosave-interval");

    g_assert_false (g_settings_schema_key_range_check (key, g_variant_new_uint32 (1)));
    g_assert_true (g_settings_schema_key_range_check (key, g_variant_new_uint32 (600)));
  }
}

/* Every built-in template can be the default, and only those. */
static void
test_schema_templates (void)
{
  g_autoptr(GSettingsSchemaSource) source = g_settings_schema_source_ref (g_settings_schema_source_get_default ());
  g_autoptr(GSettingsSchema) schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);
  g_autoptr(GSettingsSchemaKey) key = g_settings_schema_get_key (schema, "default-template");
  guint n = pc_templates_get_n_templates ();

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    g_assert_true (g_settings_schema_key_range_check (key,
                                                      g_variant_new_string (pc_templates_get_nth (i)->id)));
  g_assert_false (g_settings_schema_key_range_check (key, g_variant_new_string ("no-such-template")));
  g_assert_nonnull (pc_templates_find (PC_TEMPLATE_DEFAULT));
}

static void
test_preferences_bindings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  AdwPreferencesPage *page = pc_preferences_page_new (settings);
  GtkWidget *template_row, *scale_row, *background_row, *autosave_row, *spin;
  g_autofree char *template = NULL;
  g_autofree char *background = NULL;

  g_object_ref_sink (page);

  template_row = find_row (GTK_WIDGET (page), "Default Template");
  scale_row = find_row (GTK_WIDGET (page), "Image Scale");
  background_row = find_row (GTK_WIDGET (page), "Background");
  autosave_row = find_row (GTK_WIDGET (page), "Autosave Interval");
  g_assert_true (ADW_IS_COMBO_ROW (template_row));
  g_assert_true (ADW_IS_COMBO_ROW (scale_row));
  g_assert_true (ADW_IS_COMBO_ROW (background_row));
  g_assert_nonnull (autosave_row);

  /* From the settings to the rows… */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (template_row)), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (scale_row)), ==, 1);
  g_settings_set_string (settings, "default-template", "blank");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (template_row)), ==, 7);
  g_settings_set_int (settings, "export-scale", 4);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (scale_row)), ==, 2);

  /* …and back. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (template_row), 4);
  template = g_settings_get_string (settings, "default-template");
  g_assert_cmpstr (template, ==, "b2b");
  adw_combo_row_set_selected (ADW_COMBO_ROW (scale_row), 0);
  g_assert_cmpint (g_settings_get_int (settings, "export-scale"), ==, 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (background_row), 2);
  background = g_settings_get_string (settings, "export-background");
  g_assert_cmpstr (background, ==, "dark");

  spin = find_spin (autosave_row);
  g_assert_true (GTK_IS_SPIN_BUTTON (spin));
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, 30);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 120);
  g_assert_cmpuint (g_settings_get_uint (settings, "autosave-interval"), ==, 120);
  /* The spin button cannot go below the schema's range. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 1);
  g_assert_cmpuint (g_settings_get_uint (settings, "autosave-interval"), ==, 5);

  g_settings_reset (settings, "default-template");
  g_settings_reset (settings, "export-scale");
  g_settings_reset (settings, "export-background");
  g_settings_reset (settings, "autosave-interval");
  g_assert_finalize_object (page);
}

static void
test_preferences_without_settings (void)
{
  AdwPreferencesPage *page = pc_preferences_page_new (NULL);
  GtkWidget *row;

  g_object_ref_sink (page);
  row = find_row (GTK_WIDGET (page), "Default Template");
  g_assert_true (ADW_IS_COMBO_ROW (row));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 3);
  g_assert_finalize_object (page);
}

#if ADW_CHECK_VERSION (1, 5, 0)
/* With libadwaita 1.5+ the about and preferences dialogs are AdwDialogs
 * shown over their parent window. */
static GtkWindow *
new_parent (void)
{
  GtkWindow *parent = GTK_WINDOW (adw_window_new ());

  gtk_window_set_default_size (parent, 900, 700);
  gtk_window_present (parent);
  return parent;
}

static AdwDialog *
visible_dialog (GtkWindow *parent)
{
  AdwDialog *dialog = adw_window_get_visible_dialog (ADW_WINDOW (parent));

  g_assert_nonnull (dialog);
  return dialog;
}

static void
test_about (void)
{
  GtkWindow *parent = new_parent ();
  AdwDialog *dialog;
  AdwAboutDialog *about;

  pc_about_show (parent);
  dialog = visible_dialog (parent);
  g_assert_true (ADW_IS_ABOUT_DIALOG (dialog));
  about = ADW_ABOUT_DIALOG (dialog);
  g_assert_cmpstr (adw_about_dialog_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_dialog_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_cmpstr (adw_about_dialog_get_website (about), ==, "https://github.com/parcours/parcours");
  g_assert_cmpstr (adw_about_dialog_get_application_icon (about), ==, APP_ID);
  g_assert_nonnull (adw_about_dialog_get_issue_url (about));
  g_assert_true (adw_dialog_close (dialog));
  gtk_window_destroy (parent);
}

static void
test_preferences_window (void)
{
  GtkWindow *parent = new_parent ();
  AdwDialog *dialog;

  pc_preferences_show (parent);
  dialog = visible_dialog (parent);
  g_assert_true (ADW_IS_PREFERENCES_DIALOG (dialog));
  g_assert_nonnull (find_row (GTK_WIDGET (dialog), "Autosave Interval"));
  g_assert_true (adw_dialog_close (dialog));
  gtk_window_destroy (parent);
}
#else
static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* (transfer none) */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

static void
test_about (void)
{
  GtkWindow *about;

  pc_about_show (NULL);
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==, GTK_LICENSE_GPL_3_0);
  g_assert_cmpstr (adw_about_window_get_website (ADW_ABOUT_WINDOW (about)), ==,
                   "https://github.com/parcours/parcours");
  g_assert_cmpstr (adw_about_window_get_application_icon (ADW_ABOUT_WINDOW (about)), ==, APP_ID);
  g_assert_nonnull (adw_about_window_get_issue_url (ADW_ABOUT_WINDOW (about)));
  gtk_window_destroy (about);
}

static void
test_preferences_window (void)
{
  GtkWindow *prefs;

  pc_preferences_show (NULL);
  prefs = find_toplevel (ADW_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (prefs);
  g_assert_nonnull (find_row (GTK_WIDGET (prefs), "Autosave Interval"));
  gtk_window_destroy (prefs);
}
#endif

static void
test_help_uri (void)
{
  g_autofree char *index = pc_help_uri (NULL);
  g_autofree char *page = pc_help_uri ("export");

  g_assert_cmpstr (index, ==, "help:parcours/index");
  g_assert_cmpstr (page, ==, "help:parcours/export");
}

int
main (int   argc,
      char *argv[])
{
  /* The labels looked up by title are the English ones. */
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/desktop/schema-keys", test_schema_keys);
  g_test_add_func ("/desktop/schema-templates", test_schema_templates);
  g_test_add_func ("/desktop/preferences/bindings", test_preferences_bindings);
  g_test_add_func ("/desktop/preferences/without-settings", test_preferences_without_settings);
  g_test_add_func ("/desktop/preferences/window", test_preferences_window);
  g_test_add_func ("/desktop/about", test_about);
  g_test_add_func ("/desktop/help-uri", test_help_uri);

  return g_test_run ();
}
