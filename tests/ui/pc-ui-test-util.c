/* pc-ui-test-util.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "pc-ui-test-util.h"

void
pc_ui_spin (void)
{
  for (int i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets @widget lay out, allocate and draw: waits for @n_frames frames. */
void
pc_ui_wait_frames (GtkWidget *widget,
                   guint      n_frames)
{
  for (guint i = 0; i < n_frames; i++)
    {
      gboolean ticked = FALSE;
      gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

      gtk_widget_add_tick_callback (widget, on_tick, &ticked, NULL);
      gtk_widget_queue_draw (widget);
      while (!ticked && g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, TRUE);
      g_assert_true (ticked);
    }
  pc_ui_spin ();
}

char *
pc_ui_example_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                "onboarding.parcours", NULL);
}

/* A private copy of the example, so saving cannot touch the original. */
GFile *
pc_ui_copy_example (char **dir_out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = pc_ui_example_path ();
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

void
pc_ui_remove_dir (const char *dir)
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

GtkWidget *
pc_ui_find_descendant (GtkWidget     *widget,
                       PcUiMatch      match,
                       gconstpointer  data)
{
  if (match (widget, data))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = pc_ui_find_descendant (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

gboolean
pc_ui_is_entry_row_titled (GtkWidget     *widget,
                           gconstpointer  title)
{
  return ADW_IS_ENTRY_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

gboolean
pc_ui_has_action_name (GtkWidget     *widget,
                       gconstpointer  action)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

gboolean
pc_ui_is_button_labelled (GtkWidget     *widget,
                          gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

gboolean
pc_ui_is_toggle_named (GtkWidget     *widget,
                       gconstpointer  name)
{
  return GTK_IS_TOGGLE_BUTTON (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), name) == 0;
}

gboolean
pc_ui_is_combo_row (GtkWidget     *widget,
                    gconstpointer  data)
{
  return ADW_IS_COMBO_ROW (widget);
}

AdwMessageDialog *
pc_ui_find_message_dialog (void)
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

GtkWindow *
pc_ui_find_window_titled (const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_window_get_title (window), title) == 0)
        return window;
    }
  return NULL;
}

void
pc_ui_count_cb (gpointer  object,
                guint    *count)
{
  (*count)++;
}
