/* pc-bench-canvas.c: the canvas's per-frame time while a card is dragged
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: xvfb-run -a -s "-screen 0 1600x1000x24" pc-bench-canvas [--touchpoints N] [--frames N]
 *
 * Writes a generated map to a file (in a child process, so that the
 * generator's memory is not counted), then, as the application does when
 * it opens a file: loads it, gives it to the canvas in a real window and
 * waits for the first frame drawn; it reports that time and how much the
 * resident memory grew. Then it drags one card across the map through the
 * same calls the drag gesture makes, and times, per frame, the pointer
 * update (pc_canvas_drag_update(): the moved card, its connectors and the
 * drop target), the canvas's own work (size_allocate and snapshot, called
 * as GTK does in a frame), the two together, and the whole frame as GTK
 * renders it; and, after the drop, how many
 * frames until the drop is drawn.
 */

#define _GNU_SOURCE  /* RUSAGE_THREAD */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pc-bench-map.h"
#include "pc-canvas.h"
#include "pc-file.h"


static int n_touchpoints = 2000;
static int n_frames = 300;


static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until GTK has drawn one more frame. */
static void
wait_frame (GtkWidget *widget)
{
  gboolean ticked = FALSE;

  gtk_widget_add_tick_callback (widget, on_tick, &ticked, NULL);
  while (!ticked)
    g_main_context_iteration (NULL, TRUE);
  /* The paint follows the tick in the same frame. */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Frames drawn since the counter was last reset, and when the last one
 * was done. */
static guint painted;
static gint64 painted_at;

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       data)
{
  painted++;
  painted_at = g_get_monotonic_time ();
}

/* CPU time (user + system) in ms: of the calling thread with
 * RUSAGE_THREAD, of every thread (GL's included) with RUSAGE_SELF. */
static double
cpu_ms (int who)
{
  struct rusage usage;

  if (getrusage (who, &usage) != 0)
    return 0;
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

/* Resident memory, in bytes. */
static gsize
resident (void)
{
  g_autofree char *statm = NULL;
  unsigned long size = 0, pages = 0;

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL) ||
      sscanf (statm, "%lu %lu", &size, &pages) != 2)
    return 0;
  return (gsize) pages * (gsize) sysconf (_SC_PAGESIZE);
}

/* Writes the generated map to @path from a child process: the parent
 * never holds the generator's objects. */
static gboolean
write_map (const char *path)
{
  pid_t pid = fork ();
  int status = 0;

  if (pid == 0)
    {
      g_autoptr(PcDocument) document = pc_bench_make_document (n_touchpoints);
      g_autoptr(GError) error = NULL;

      if (!pc_file_save (document, path, &error))
        {
          g_printerr ("%s\n", error->message);
          _exit (1);
        }
      _exit (0);
    }
  return pid > 0 && waitpid (pid, &status, 0) == pid && WIFEXITED (status) &&
         WEXITSTATUS (status) == 0;
}

static int
compare (gconstpointer a,
         gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report (const char *what,
        GArray     *times)
{
  g_array_sort (times, compare);
  g_print ("%-34s median %7.3f ms   p95 %7.3f ms   max %7.3f ms   (%u frames)\n", what,
           g_array_index (times, double, times->len / 2),
           g_array_index (times, double, (guint) (times->len * 0.95)),
           g_array_index (times, double, times->len - 1), times->len);
}

int
main (int   argc,
      char *argv[])
{
  GOptionEntry entries[] = {
    { "touchpoints", 0, 0, G_OPTION_ARG_INT, &n_touchpoints, "Touchpoints in the map", "N" },
    { "frames", 0, 0, G_OPTION_ARG_INT, &n_frames, "Frames to drag over", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) document = NULL;
  g_autoptr(PcHistory) history = pc_history_new ();
  g_autoptr(GArray) canvas_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frame_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) update_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) work_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  PcMap *map;
  GtkWidget *window, *scroller, *card;
  PcCanvas *canvas;
  PcTouchpoint *dragged;
  graphene_rect_t bounds;
  double x0, y0;
  gint64 t, t_open, t_load;
  double cpu_open, cpu_load, cpu_t;
  gsize rss_before;
  guint frames;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  dir = g_dir_make_tmp ("pc-bench-canvas-XXXXXX", &error);
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  path = g_build_filename (dir, "bench.parcours", NULL);
  backup = pc_file_backup_path (path);
  if (!write_map (path))
    {
      g_printerr ("Could not write the map to %s\n", path);
      return EXIT_FAILURE;
    }

  adw_init ();

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1500, 950);
  scroller = gtk_scrolled_window_new ();
  canvas = pc_canvas_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (canvas));
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_present (GTK_WINDOW (window));
  wait_frame (GTK_WIDGET (canvas));
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (canvas)), "after-paint",
                    G_CALLBACK (on_after_paint), NULL);

  /* Opening a file: read and parse it, lay it out, draw the first frame. */
  rss_before = resident ();
  cpu_open = cpu_ms (RUSAGE_SELF);
  cpu_t = cpu_ms (RUSAGE_THREAD);
  t_open = g_get_monotonic_time ();
  document = pc_file_load (path, &error);
  if (document == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  t_load = g_get_monotonic_time ();
  cpu_load = cpu_ms (RUSAGE_THREAD) - cpu_t;
  map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);
  cpu_t = cpu_ms (RUSAGE_THREAD);
  t = g_get_monotonic_time ();
  pc_canvas_set_model (canvas, document, map, history);
  cpu_t = cpu_ms (RUSAGE_THREAD) - cpu_t;
  g_print ("%d touchpoints, %u stages x %d lanes\n", n_touchpoints,
           g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_stages (map))),
           g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_lanes (map))));
  g_print ("%-34s %7.3f ms   (CPU %.0f ms)\n", "open: read and parse the file",
           (t_load - t_open) / 1000.0, cpu_load);
  g_print ("%-34s %7.3f ms   (CPU %.0f ms)\n", "set model (layout, cards)",
           (g_get_monotonic_time () - t) / 1000.0, cpu_t);
  painted = 0;
  wait_frame (GTK_WIDGET (canvas));
  g_print ("%-34s %7.3f ms   (CPU %.0f ms, all threads)\n", "open: until the first frame",
           (painted_at - t_open) / 1000.0, cpu_ms (RUSAGE_SELF) - cpu_open);
  g_print ("%-34s %7.1f MB (%.2f KB per touchpoint)\n", "open: resident memory growth",
           (resident () - (double) rss_before) / 1e6,
           (resident () - (double) rss_before) / 1024.0 / n_touchpoints);
  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);

  /* The card at the top left; drag it right and down over the frames. */
  dragged = g_list_model_get_item (G_LIST_MODEL (pc_map_get_touchpoints (map)), 0);
  card = pc_canvas_get_card (canvas, dragged);
  if (card == NULL || !gtk_widget_compute_bounds (card, GTK_WIDGET (canvas), &bounds))
    {
      g_printerr ("The card was not placed\n");
      return EXIT_FAILURE;
    }
  x0 = bounds.origin.x + bounds.size.width / 2;
  y0 = bounds.origin.y + bounds.size.height / 2;
  if (!pc_canvas_drag_begin (canvas, x0, y0))
    {
      g_printerr ("The drag did not start on the card\n");
      return EXIT_FAILURE;
    }
  for (int i = 0; i < n_frames; i++)
    {
      double progress = (double) i / n_frames;
      double x = x0 + progress * 1100;
      double y = y0 + sin (progress * 6 * G_PI) * 250 + progress * 300;
      int width = gtk_widget_get_width (GTK_WIDGET (canvas));
      int height = gtk_widget_get_height (GTK_WIDGET (canvas));
      GtkSnapshot *snapshot;
      GskRenderNode *node;
      gint64 frame_start = g_get_monotonic_time ();

      pc_canvas_drag_update (canvas, x, y);
      t = g_get_monotonic_time ();
      g_array_append_val (update_times, (double) { (t - frame_start) / 1000.0 });

      /* The canvas's part of a frame, as GTK calls it. */
      gtk_widget_size_allocate (GTK_WIDGET (canvas), &(GtkAllocation) { 0, 0, width, height }, -1);
      snapshot = gtk_snapshot_new ();
      GTK_WIDGET_GET_CLASS (canvas)->snapshot (GTK_WIDGET (canvas), snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      g_array_append_val (canvas_times, (double) { (g_get_monotonic_time () - t) / 1000.0 });
      g_array_append_val (work_times, (double) { (g_get_monotonic_time () - frame_start) / 1000.0 });
      g_clear_pointer (&node, gsk_render_node_unref);

      /* The whole frame, rendered by GTK into the X server. */
      gtk_widget_queue_allocate (GTK_WIDGET (canvas));
      wait_frame (GTK_WIDGET (canvas));
      g_array_append_val (frame_times, (double) { (g_get_monotonic_time () - frame_start) / 1000.0 });
    }

  /* The drop: the edit and the new layout happen in pc_canvas_drag_end();
   * the first frame GTK draws after it shows the card in its new place.
   * GTK may go on drawing frames after that one (the scrolled window
   * fades its scroll indicators in when the view scrolls to keep the
   * dropped card in view): those are counted apart. */
  painted = 0;
  t = g_get_monotonic_time ();
  if (!pc_canvas_drag_end (canvas, x0 + 1100, y0 + 300))
    {
      g_printerr ("The drop did not move the card\n");
      return EXIT_FAILURE;
    }
  g_print ("%-34s %7.3f ms\n", "drop: edit and relayout", (g_get_monotonic_time () - t) / 1000.0);
  while (painted == 0)
    g_main_context_iteration (NULL, TRUE);
  frames = painted;
  g_print ("%-34s %7.3f ms (%u frame)\n", "drop: until drawn on screen",
           (painted_at - t) / 1000.0, frames);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_print ("%-34s %7.3f ms (%u frames)\n", "drop: until GTK is idle again",
           (g_get_monotonic_time () - t) / 1000.0, painted);

  report ("drag: pointer update (drop target)", update_times);
  report ("drag: canvas allocate + snapshot", canvas_times);
  report ("drag: update + allocate + snapshot", work_times);
  report ("drag: whole frame incl. rendering", frame_times);

  g_object_unref (dragged);
  g_object_unref (map);
  gtk_window_destroy (GTK_WINDOW (window));

  return EXIT_SUCCESS;
}
