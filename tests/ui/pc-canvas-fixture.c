/* pc-canvas-fixture.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pc-canvas-fixture.h"
#include "pc-file.h"
#include "pc-ui-test-util.h"

/* Lets the canvas lay out and allocate its cards. */
void
settle (Fixture *f)
{
  pc_ui_wait_frames (GTK_WIDGET (f->canvas), 2);
}

void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "onboarding.parcours", NULL);
  g_autoptr(GError) error = NULL;
  GtkWidget *scroller;

  f->document = pc_file_load (path, &error);
  g_assert_no_error (error);
  f->map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (f->document)), 0);
  f->history = pc_history_new ();

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1500, 950);
  scroller = gtk_scrolled_window_new ();
  f->canvas = g_object_ref_sink (pc_canvas_new ());
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (f->canvas));
  gtk_window_set_child (f->window, scroller);
  pc_canvas_set_model (f->canvas, f->document, f->map, f->history);
  gtk_window_present (f->window);
  settle (f);
}

void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  pc_ui_spin ();
  g_assert_finalize_object (f->canvas);
  g_clear_object (&f->map);
  g_clear_object (&f->history);
  g_assert_finalize_object (f->document);
}

PcTouchpoint *
touchpoint (Fixture    *f,
            const char *title)
{
  GListModel *list = G_LIST_MODEL (pc_map_get_touchpoints (f->map));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PcTouchpoint) tp = g_list_model_get_item (list, i);
      if (g_strcmp0 (pc_touchpoint_get_title (tp), title) == 0)
        return tp;
    }
  g_assert_not_reached ();
}

graphene_rect_t
bounds_in_canvas (Fixture   *f,
                  GtkWidget *widget)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (f->canvas), &bounds));
  return bounds;
}

GtkWidget *
header_for (Fixture *f,
            GObject *item)
{
  for (guint k = 0; k < 2; k++)
    {
      GPtrArray *headers = k == 0 ? f->canvas->stage_headers : f->canvas->lane_headers;
      for (guint i = 0; i < headers->len; i++)
        if (pc_canvas_header_get_item (g_ptr_array_index (headers, i)) == item)
          return g_ptr_array_index (headers, i);
    }
  return NULL;
}

guint
list_index (GListStore *store,
            gpointer    item)
{
  guint position = G_MAXUINT;

  g_assert_true (pc_list_find (G_LIST_MODEL (store), item, &position));
  return position;
}

GtkWidget *
focus (Fixture *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->window));
}

/* Runs the canvas's own key binding for a key, as a key press would. */
void
press (Fixture         *f,
       guint            keyval,
       GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->canvas));

  for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, c);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (controller)); i++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), i);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                           GTK_WIDGET (f->canvas),
                                                           gtk_shortcut_get_arguments (shortcut)));
              settle (f);
              return;
            }
        }
    }
  g_assert_not_reached ();
}

void
centre_of (Fixture   *f,
           GtkWidget *widget,
           double    *x,
           double    *y)
{
  graphene_rect_t bounds = bounds_in_canvas (f, widget);

  *x = bounds.origin.x + bounds.size.width / 2;
  *y = bounds.origin.y + bounds.size.height / 2;
}
