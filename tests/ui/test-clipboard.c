/* test-clipboard.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Copy, cut and paste through the display's clipboard, between two
 * canvases showing two documents, under a real X server. */

#include "config.h"

#include <adwaita.h>

#include "pc-canvas.h"
#include "pc-fragment.h"
#include "pc-test-util.h"
#include "pc-ui-test-util.h"

typedef struct
{
  PcDocument *document;
  PcMap      *map;
  PcHistory  *history;
  GtkWindow  *window;
  PcCanvas   *canvas;
} View;

static void
view_init (View       *v,
           PcDocument *document)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  v->document = document;
  v->map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);
  v->history = pc_history_new ();
  v->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (v->window, 1200, 800);
  v->canvas = g_object_ref_sink (pc_canvas_new ());
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (v->canvas));
  gtk_window_set_child (v->window, scroller);
  pc_canvas_set_model (v->canvas, v->document, v->map, v->history);
  gtk_window_present (v->window);
  pc_ui_wait_frames (GTK_WIDGET (v->canvas), 2);
}

static void
view_clear (View *v)
{
  gtk_window_destroy (v->window);
  pc_ui_spin ();
  g_assert_finalize_object (v->canvas);
  g_clear_object (&v->map);
  g_clear_object (&v->history);
  g_assert_finalize_object (v->document);
}

static guint
n_cards (View *v)
{
  return g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (v->map)));
}

/* Runs the main loop until @v has @n cards, or fails after a while. */
static void
wait_for_cards (View  *v,
                guint  n)
{
  gint64 until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (n_cards (v) != n && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (n_cards (v), ==, n);
}

static void
select_card (View       *v,
             const char *id)
{
  PcTouchpoint *tp = pc_map_find_touchpoint (v->map, id);

  g_assert_nonnull (tp);
  pc_canvas_set_selected (v->canvas, tp);
  gtk_widget_grab_focus (pc_canvas_get_card (v->canvas, tp));
  pc_ui_spin ();
}

static void
test_copy_card_to_other_document (void)
{
  View from = { 0 }, to = { 0 };
  GdkClipboard *clipboard;
  PcTouchpoint *pasted;
  guint before;

  view_init (&from, pc_test_load_example ());
  view_init (&to, pc_test_make_document (4));
  before = n_cards (&to);

  select_card (&from, "tp-friend");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (from.canvas), "canvas.copy", NULL));
  clipboard = gtk_widget_get_clipboard (GTK_WIDGET (from.canvas));
  g_assert_true (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard),
                                                        PC_FRAGMENT_MIME_TYPE));
  g_assert_true (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard),
                                                        "text/plain;charset=utf-8"));

  /* Paste into the other document, at the card focused there. */
  select_card (&to, "tp-2");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (to.canvas), "canvas.paste", NULL));
  wait_for_cards (&to, before + 1);
  pasted = pc_canvas_get_selected (to.canvas);
  g_assert_nonnull (pasted);
  g_assert_cmpstr (pc_touchpoint_get_title (pasted), ==, "Hears about us from a friend");
  g_assert_cmpstr (pc_touchpoint_get_stage_id (pasted), ==, "stage-2");
  g_assert_cmpstr (pc_touchpoint_get_lane_id (pasted), ==, "lane-0");
  g_assert_nonnull (pc_map_find_touchpoint (to.map, pc_entity_get_id (PC_ENTITY (pasted))));

  /* One undo step; the source document did not change. */
  g_assert_cmpuint (pc_history_get_undo_depth (to.history), ==, 1);
  g_assert_true (pc_history_undo (to.history));
  g_assert_cmpuint (n_cards (&to), ==, before);
  g_assert_false (pc_history_can_undo (from.history));

  /* Cut takes the card away; paste puts it back, in the same document. */
  before = n_cards (&from);
  select_card (&from, "tp-ad");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (from.canvas), "canvas.cut", NULL));
  g_assert_cmpuint (n_cards (&from), ==, before - 1);
  g_assert_null (pc_map_find_touchpoint (from.map, "tp-ad"));
  select_card (&from, "tp-reviews");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (from.canvas), "canvas.paste", NULL));
  wait_for_cards (&from, before);
  g_assert_cmpstr (pc_touchpoint_get_title (pc_canvas_get_selected (from.canvas)), ==,
                   "Sees a sponsored post");

  view_clear (&from);
  view_clear (&to);
}

static void
test_paste_spreadsheet_rows (void)
{
  View v = { 0 };
  GdkClipboard *clipboard;
  guint before;

  view_init (&v, pc_test_load_example ());
  before = n_cards (&v);
  clipboard = gtk_widget_get_clipboard (GTK_WIDGET (v.canvas));
  gdk_clipboard_set_text (clipboard, "Reads reviews\nCompares prices\tAppeal\tHugo\tnegative\n");

  select_card (&v, "tp-chat");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (v.canvas), "canvas.paste", NULL));
  wait_for_cards (&v, before + 2);
  g_assert_cmpuint (pc_history_get_undo_depth (v.history), ==, 1);
  g_assert_true (pc_history_undo (v.history));
  g_assert_cmpuint (n_cards (&v), ==, before);

  view_clear (&v);
}

static void
read_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  GBytes **out = user_data;
  g_autoptr(GError) error = NULL;
  const char *mime_type = NULL;
  g_autoptr(GInputStream) stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result,
                                                              &mime_type, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (mime_type, ==, "image/png");
  *out = g_input_stream_read_bytes (stream, 16, NULL, &error);
  g_assert_no_error (error);
}

static void
test_copy_map_as_picture (void)
{
  View v = { 0 };
  GdkClipboard *clipboard;
  GdkContentFormats *formats;
  const char *png[] = { "image/png", NULL };
  g_autoptr(GBytes) head = NULL;
  gint64 until;

  view_init (&v, pc_test_load_example ());
  gtk_widget_grab_focus (GTK_WIDGET (v.canvas));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (v.canvas), "canvas.copy-picture", NULL));
  clipboard = gtk_widget_get_clipboard (GTK_WIDGET (v.canvas));
  formats = gdk_clipboard_get_formats (clipboard);
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "image/png"));
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "image/svg+xml"));

  /* What a slide tool reads is a PNG. */
  gdk_clipboard_read_async (clipboard, png, G_PRIORITY_DEFAULT, NULL, read_cb, &head);
  until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (head == NULL && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (head);
  g_assert_cmpuint (g_bytes_get_size (head), ==, 16);
  g_assert_cmpmem (g_bytes_get_data (head, NULL), 8, "\211PNG\r\n\032\n", 8);
  g_assert_false (pc_history_can_undo (v.history));

  view_clear (&v);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/clipboard/copy-card-to-other-document", test_copy_card_to_other_document);
  g_test_add_func ("/clipboard/paste-spreadsheet-rows", test_paste_spreadsheet_rows);
  g_test_add_func ("/clipboard/copy-map-as-picture", test_copy_map_as_picture);

  return g_test_run ();
}
