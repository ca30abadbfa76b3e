/* pc-ui-test-util.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include <glib/gstdio.h>

#include "pc-ui-test-util.h"

static gboolean
is_alert_heading (GtkWidget     *widget,
                  gconstpointer  label)
{
  if (widget != label || !gtk_widget_has_css_class (widget, "title-2"))
    return FALSE;
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (PC_IS_ALERT (w))
      return TRUE;
  return FALSE;
}

/* Whether @message is GTK's warning that the large heading of an alert
 * was measured at a width narrower than itself. libadwaita 1.7 (Debian
 * 13) measures an alert's large, unwrapped heading at the dialog's width
 * even when it does not fit, just before it shows the smaller, wrapped
 * heading instead, as designed; GTK 4.18 warns about the first measure.
 * The label is looked up by address among the live windows' widgets,
 * never dereferenced from the message. */
static gboolean
is_alert_heading_measure (const char *domain,
                          const char *message)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  gpointer label = NULL;
  int width, needed;

  if (g_strcmp0 (domain, "Gtk") != 0 || message == NULL ||
      sscanf (message, "Trying to measure GtkLabel %p for width of %d, but it needs at least %d",
              &label, &width, &needed) != 3)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (pc_ui_find_descendant (window, is_alert_heading, label) != NULL)
        return TRUE;
    }
  return FALSE;
}

static GLogWriterOutput
log_writer (GLogLevelFlags   log_level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  if (log_level & G_LOG_LEVEL_WARNING)
    {
      const char *domain = NULL;
      const char *message = NULL;

      for (gsize i = 0; i < n_fields; i++)
        {
          if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0 && fields[i].length < 0)
            domain = fields[i].value;
          else if (g_strcmp0 (fields[i].key, "MESSAGE") == 0 && fields[i].length < 0)
            message = fields[i].value;
        }
      if (is_alert_heading_measure (domain, message))
        {
          g_test_message ("Not fatal (libadwaita measures the large heading it then hides): %s",
                          message);
          return G_LOG_WRITER_HANDLED;
        }
    }
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

/* Sends every message to GLib's default writer, with warnings fatal as
 * usual, except the one is_alert_heading_measure() describes, which goes
 * to the test log. Every widget test links this file, and the constructor
 * below calls this before main(); calling it again does nothing. */
void
pc_ui_init_log (void)
{
  static gboolean installed;

  if (installed)
    return;
  installed = TRUE;
  g_log_set_writer_func (log_writer, NULL, NULL);
}

__attribute__ ((constructor)) static void
install_log_writer (void)
{
  pc_ui_init_log ();
}

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
/* Runs the main loop for a while, so that timers GTK started (a tooltip
 * waiting to show, say) fire while their widgets still exist. */
static gboolean
on_run_for_done (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
pc_ui_run_for (guint msec)
{
  gboolean done = FALSE;

  g_timeout_add (msec, on_run_for_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

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

static gboolean
is_alert (GtkWidget     *widget,
          gconstpointer  data)
{
  return PC_IS_ALERT (widget);
}

/* The alerts shown: AdwMessageDialog windows on libadwaita 1.2, and
 * AdwAlertDialogs from 1.5, shown over their parent window or, for a
 * parent that is not an AdwWindow, in a window of their own. */
static GPtrArray *
list_alerts (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GPtrArray *alerts = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
      GtkWidget *alert;

      if (!gtk_widget_get_visible (window))
        continue;
      alert = pc_ui_find_descendant (window, is_alert, NULL);
      if (alert != NULL && gtk_widget_get_mapped (alert))
        g_ptr_array_add (alerts, g_object_ref (alert));
    }
  return alerts;
}

/* The first alert shown, or NULL. */
PcAlert *
pc_ui_find_alert (void)
{
  g_autoptr(GPtrArray) alerts = list_alerts ();

  return alerts->len > 0 ? PC_ALERT (alerts->pdata[0]) : NULL;
}

guint
pc_ui_count_alerts (void)
{
  g_autoptr(GPtrArray) alerts = list_alerts ();

  return alerts->len;
}

/* Waits until the alert in *@alert has gone from the screen (an
 * AdwAlertDialog may animate its way out); *@alert is a weak pointer,
 * cleared if it was freed. */
static void
wait_alert_gone (GtkWidget **alert)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (*alert != NULL && gtk_widget_get_mapped (*alert) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (*alert == NULL || !gtk_widget_get_mapped (*alert));
  g_clear_weak_pointer (alert);
  pc_ui_spin ();
}

/* Answers @alert with @response as a user would: clicks its button. */
void
pc_ui_alert_respond (PcAlert    *alert,
                     const char *response)
{
  GtkWidget *widget = NULL;
  const char *label;
  GtkWidget *button;

  g_assert_true (pc_alert_has_response (alert, response));
  label = pc_alert_get_response_label (alert, response);
  button = pc_ui_find_descendant (GTK_WIDGET (alert), pc_ui_is_button_labelled, label);
  g_assert_nonnull (button);
  g_set_weak_pointer (&widget, GTK_WIDGET (alert));
  g_signal_emit_by_name (button, "clicked");
  wait_alert_gone (&widget);
}

/* Closes @alert as Escape would, which answers its close response. */
void
pc_ui_alert_close (PcAlert *alert)
{
  GtkWidget *widget = NULL;

  g_set_weak_pointer (&widget, GTK_WIDGET (alert));
  pc_alert_close (alert);
  wait_alert_gone (&widget);
}

/* Closes every alert at once, as its close response would. */
void
pc_ui_close_alerts (void)
{
  g_autoptr(GPtrArray) alerts = list_alerts ();

  for (guint i = 0; i < alerts->len; i++)
    pc_ui_alert_close (PC_ALERT (alerts->pdata[i]));
}

/* Runs the main loop until *@weak_pointer is cleared (its object freed),
 * at most five seconds: a closing AdwDialog may animate first. */
void
pc_ui_wait_for_null (gpointer *weak_pointer)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (*weak_pointer != NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
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

static gboolean
is_dialog_titled (GtkWidget     *widget,
                  gconstpointer  title)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
#if ADW_CHECK_VERSION (1, 5, 0)
  /* Not the window AdwDialog makes for itself over a plain GtkWindow,
   * which bears its title too. */
  return ADW_IS_DIALOG (widget) && g_strcmp0 (adw_dialog_get_title (ADW_DIALOG (widget)), title) == 0;
#else
  return GTK_IS_WINDOW (widget) && g_strcmp0 (gtk_window_get_title (GTK_WINDOW (widget)), title) == 0;
#endif
}

/* A dialog on screen titled @title: a window of its own with libadwaita
 * 1.2, an AdwDialog over its window from 1.5. */
GtkWidget *
pc_ui_find_dialog_titled (const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
      GtkWidget *found = pc_ui_find_descendant (window, is_dialog_titled, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Waits, five seconds at most, until no dialog titled @title is on
 * screen: a closing AdwDialog may animate first. */
void
pc_ui_wait_dialog_gone (const char *title)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (pc_ui_find_dialog_titled (title) != NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (pc_ui_find_dialog_titled (title));
}

void
pc_ui_count_cb (gpointer  object,
                guint    *count)
{
  (*count)++;
}
