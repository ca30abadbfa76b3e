/* pc-bench.c: load, save, layout and export times for large maps
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: pc-bench [--runs N] [--sizes 200,2000,20000] [--load-only]
 * Each size runs in its own process so that its peak memory is its own.
 * With --load-only, only reading and parsing the file is timed, in
 * wall-clock and CPU time; --keep DIR leaves the files there (to profile
 * the loader on them).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include "pc-bench-map.h"
#include "pc-export.h"
#include "pc-file.h"
#include "pc-layout.h"

/* PNG side for the largest map: at scale 1 it would need gigabytes. */
#define FIT_SIZE 8192



static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *v,
        guint   n)
{
  qsort (v, n, sizeof *v, compare_doubles);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* CPU time (user + system) of this thread, in ms, to the nanosecond
 * (getrusage() counts in clock ticks of 4 ms here). */
static double
cpu_ms (void)
{
  struct timespec now;

  if (clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now) != 0)
    return 0;
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

/* Saves the map of @n touchpoints once, then loads it @runs times. */
static int
run_load_only (guint       n,
               guint       runs,
               const char *keep)
{
  g_autoptr(PcDocument) document = pc_bench_make_document (n);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = keep ? g_strdup (keep) : g_dir_make_tmp ("pc-bench-XXXXXX", NULL);
  g_autofree char *name = g_strdup_printf ("bench-%u.parcours", n);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree double *wall = g_new0 (double, runs);
  g_autofree double *cpu = g_new0 (double, runs);
  GStatBuf st;

  g_mkdir_with_parents (dir, 0755);
  if (!pc_file_save (document, path, &error))
    g_error ("save failed: %s", error->message);

  for (guint r = 0; r < runs; r++)
    {
      g_autoptr(PcDocument) loaded = NULL;
      double start = now_ms (), start_cpu = cpu_ms ();

      loaded = pc_file_load (path, &error);
      if (loaded == NULL)
        g_error ("load failed: %s", error->message);
      wall[r] = now_ms () - start;
      cpu[r] = cpu_ms () - start_cpu;
      g_assert (pc_document_count_touchpoints (loaded) == n);
    }

  g_stat (path, &st);
  g_print ("| %u | %.1f | %.1f | %.1f | %.1f MB |\n", n,
           median (wall, runs), median (cpu, runs),
           (double) st.st_size / (1024 * 1024) / (median (wall, runs) / 1000.0),
           (double) st.st_size / (1024 * 1024));

  {
    g_autofree char *backup = pc_file_backup_path (path);

    g_unlink (backup);
  }
  if (keep == NULL)
    {
      g_unlink (path);
      g_rmdir (dir);
    }
  return 0;
}

static void
export_once (PcDocument     *document,
             PcMap          *map,
             PcExportFormat  format,
             int             fit)
{
  PcExportOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  pc_export_options_init (&options);
  options.format = format;
  options.fit_size = fit;
  bytes = pc_export_to_bytes (document, map, &options, &error);
  if (bytes == NULL)
    g_error ("export failed: %s", error->message);
}

enum { LOAD, SAVE, LAYOUT, PNG, SVG, PDF, N_STEPS };

static int
run_size (guint n,
          guint runs)
{
  g_autoptr(PcDocument) document = pc_bench_make_document (n);
  g_autofree char *dir = g_dir_make_tmp ("pc-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.parcours", NULL);
  g_autofree double *t = g_new0 (double, N_STEPS * runs);
  g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);
  int fit = n > 5000 ? FIT_SIZE : 0;
  double layout_w = 0, layout_h = 0;
  struct rusage usage;
  GStatBuf st;

  /* Untimed warm-up: font configuration and glyph caches. */
  {
    g_autoptr(PcLayout) warm = pc_layout_new (document, map, NULL);
  }

  for (guint r = 0; r < runs; r++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PcDocument) loaded = NULL;
      double start;

      start = now_ms ();
      if (!pc_file_save (document, path, &error))
        g_error ("save failed: %s", error->message);
      t[SAVE * runs + r] = now_ms () - start;

      start = now_ms ();
      loaded = pc_file_load (path, &error);
      if (loaded == NULL)
        g_error ("load failed: %s", error->message);
      t[LOAD * runs + r] = now_ms () - start;
      g_assert (pc_document_count_touchpoints (loaded) == n);

      start = now_ms ();
      {
        g_autoptr(PcLayout) layout = pc_layout_new (document, map, NULL);

        t[LAYOUT * runs + r] = now_ms () - start;
        layout_w = pc_layout_get_width (layout);
        layout_h = pc_layout_get_height (layout);
      }

      start = now_ms ();
      export_once (document, map, PC_EXPORT_PNG, fit);
      t[PNG * runs + r] = now_ms () - start;
      start = now_ms ();
      export_once (document, map, PC_EXPORT_SVG, 0);
      t[SVG * runs + r] = now_ms () - start;
      start = now_ms ();
      export_once (document, map, PC_EXPORT_PDF, 0);
      t[PDF * runs + r] = now_ms () - start;
    }

  g_stat (path, &st);
  g_unlink (path);
  {
    g_autofree char *backup = pc_file_backup_path (path);

    g_unlink (backup);
  }
  g_rmdir (dir);
  getrusage (RUSAGE_SELF, &usage);

  g_print ("| %u | %.1f | %.1f | %.2f | %.0f%s | %.0f | %.0f | %.0f | %.1f MB | %.0f x %.0f |\n",
           n,
           median (t + LOAD * runs, runs), median (t + SAVE * runs, runs),
           median (t + LAYOUT * runs, runs),
           median (t + PNG * runs, runs), fit ? " (fit 8192 px)" : "",
           median (t + SVG * runs, runs), median (t + PDF * runs, runs),
           usage.ru_maxrss / 1024.0,
           (double) st.st_size / (1024 * 1024), layout_w, layout_h);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *sizes = NULL;
  g_autofree char *keep = NULL;
  gboolean load_only = FALSE;
  int runs = 5;
  int size = 0;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs per size (median reported)", "N" },
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes, "Touchpoint counts, comma-separated", "LIST" },
    { "load-only", 0, 0, G_OPTION_ARG_NONE, &load_only, "Time only reading and parsing the file", NULL },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "With --load-only, leave the files in DIR", "DIR" },
    { "one-size", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT, &size, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time Parcours on large maps");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) list = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("pc-bench: %s\n", error->message);
      return 2;
    }
  runs = CLAMP (runs, 1, 100);

  if (size > 0)
    return load_only ? run_load_only (size, runs, keep) : run_size (size, runs);

  if (load_only)
    {
      g_print ("Median of %d loads, times in ms (CPU: of the loading thread, CLOCK_THREAD_CPUTIME_ID).\n\n", runs);
      g_print ("| touchpoints | load | load CPU | MB/s | file |\n");
      g_print ("|---:|---:|---:|---:|---:|\n");
    }
  else
    {
      g_print ("Median of %d runs, times in ms; peak RSS (MB) of a process doing one size.\n\n", runs);
      g_print ("| touchpoints | load | save | layout | PNG | SVG | PDF | peak RSS | file | map px |\n");
      g_print ("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    }
  list = g_strsplit (sizes ? sizes : "200,2000,20000", ",", -1);
  for (guint i = 0; list[i]; i++)
    {
      g_autofree char *runs_arg = g_strdup_printf ("--runs=%d", runs);
      g_autofree char *size_arg = g_strdup_printf ("--one-size=%s", list[i]);
      g_autofree char *keep_arg = keep ? g_strdup_printf ("--keep=%s", keep) : NULL;
      const char *child[5] = { argv[0], runs_arg, size_arg, NULL, NULL };
      int status = 0;

      if (load_only)
        {
          child[3] = "--load-only";
          child[4] = keep_arg;
        }
      if (!g_spawn_sync (NULL, (char **) child, NULL, G_SPAWN_CHILD_INHERITS_STDIN,
                         NULL, NULL, NULL, NULL, &status, &error)
          || !g_spawn_check_wait_status (status, &error))
        {
          g_printerr ("pc-bench: size %s: %s\n", list[i], error->message);
          return 1;
        }
    }
  return 0;
}
