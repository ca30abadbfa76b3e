/* pc-cli.c: export and import without a display
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "pc-cli.h"
#include "pc-csv.h"
#include "pc-export.h"
#include "pc-file.h"
#include "pc-mermaid.h"

#define MAX_IMPORT_SIZE (64 * 1024 * 1024)

typedef struct
{
  char *export_path;
  char *import_path;      /* --import: the format from the extension */
  char *import_csv_path;  /* --import-csv: CSV whatever the name */
  char *output;
  char *map;
  char *lane;
  char *background;
  char *page_size;
  char *evidence;
  int   scale;
  int   size;
  gboolean no_legend;
  gboolean version;
  gboolean help;
  char **rest;
} Args;

static void
args_clear (Args *args)
{
  g_free (args->export_path);
  g_free (args->import_path);
  g_free (args->import_csv_path);
  g_free (args->output);
  g_free (args->map);
  g_free (args->lane);
  g_free (args->background);
  g_free (args->page_size);
  g_free (args->evidence);
  g_strfreev (args->rest);
}

/* One line on stderr: "parcours: WHERE: WHAT". */
static int
fail (const char *where,
      const char *message)
{
  g_autofree char *line = g_strdup (message);

  g_strdelimit (line, "\r\n", ' ');
  if (where)
    {
      g_autofree char *display = g_filename_display_name (where);

      g_printerr ("parcours: %s: %s\n", display, line);
    }
  else
    g_printerr ("parcours: %s\n", line);
  return 1;
}

gboolean
pc_cli_wants (int    argc,
              char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      const char *a = argv[i];

      if (strcmp (a, "--") == 0)
        break;
      if (g_str_has_prefix (a, "--export") || g_str_has_prefix (a, "--import")
          || strcmp (a, "--version") == 0 || strcmp (a, "--help") == 0
          || strcmp (a, "-h") == 0 || strcmp (a, "-?") == 0)
        return TRUE;
    }
  return FALSE;
}

static const char *
help_text (void)
{
  return _("Usage:\n"
           "  parcours [FILE…]                  Open documents in the editor\n"
           "  parcours --export OUT MAP.parcours [OPTION…]\n"
           "                                    Write a map as PNG, SVG, PDF, CSV or a\n"
           "                                    Mermaid journey (.mmd), chosen from OUT’s\n"
           "                                    extension\n"
           "  parcours --import IN -o OUT.parcours\n"
           "                                    Make a document from a spreadsheet (.csv),\n"
           "                                    a Mermaid journey (.mmd) or the journeys\n"
           "                                    of a Markdown file (.md), one map each\n"
           "  parcours --import-csv IN -o OUT.parcours\n"
           "                                    The same, reading IN as CSV whatever its name\n"
           "\n"
           "Export options:\n"
           "  --map ID|NAME|NUMBER    Which map (default: the first)\n"
           "  --lane ID|NAME          Only this lane (a persona’s name works too)\n"
           "  --scale 1|2|4           PNG pixel density (default: 1)\n"
           "  --size N                PNG: fit the picture in N×N pixels\n"
           "  --background white|transparent|dark\n"
           "                          Background and colours (default: white)\n"
           "  --page-size map|a4|a3   PDF: one page, or a poster over A4 or A3 pages\n"
           "  --no-legend             PNG, SVG, PDF: leave out the title block (map,\n"
           "                          goal, date) and the legend\n"
           "  --evidence assumption|some-research|validated\n"
           "                          PNG, SVG, PDF: fade the cards and notes that\n"
           "                          less evidence backs\n"
           "\n"
           "  -o, --output FILE       Where --import writes the document\n"
           "  --version               Print the version\n"
           "  -h, --help              Print this help\n");
}

static gboolean
parse (Args    *args,
       int      argc,
       char   **argv,
       GError **error)
{
  GOptionEntry entries[] = {
    { "export", 0, 0, G_OPTION_ARG_FILENAME, &args->export_path, NULL, NULL },
    { "import", 0, 0, G_OPTION_ARG_FILENAME, &args->import_path, NULL, NULL },
    { "import-csv", 0, 0, G_OPTION_ARG_FILENAME, &args->import_csv_path, NULL, NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &args->output, NULL, NULL },
    { "map", 0, 0, G_OPTION_ARG_STRING, &args->map, NULL, NULL },
    { "lane", 0, 0, G_OPTION_ARG_STRING, &args->lane, NULL, NULL },
    { "scale", 0, 0, G_OPTION_ARG_INT, &args->scale, NULL, NULL },
    { "size", 0, 0, G_OPTION_ARG_INT, &args->size, NULL, NULL },
    { "background", 0, 0, G_OPTION_ARG_STRING, &args->background, NULL, NULL },
    { "page-size", 0, 0, G_OPTION_ARG_STRING, &args->page_size, NULL, NULL },
    { "no-legend", 0, 0, G_OPTION_ARG_NONE, &args->no_legend, NULL, NULL },
    { "evidence", 0, 0, G_OPTION_ARG_STRING, &args->evidence, NULL, NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &args->version, NULL, NULL },
    { "help", 'h', 0, G_OPTION_ARG_NONE, &args->help, NULL, NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args->rest, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_auto(GStrv) copy = g_new0 (char *, argc + 1);
  char **argv_copy = copy;

  for (int i = 0; i < argc; i++)
    copy[i] = g_strdup (argv[i]);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* parse_strv frees the strings it removes; keep our own copy. */
  return g_option_context_parse_strv (context, &argv_copy, error);
}

static PcMap *
find_map (PcDocument *document,
          const char *wanted)
{
  GListModel *maps = G_LIST_MODEL (pc_document_get_maps (document));
  guint n = g_list_model_get_n_items (maps);
  char *end = NULL;
  guint64 number;

  if (n == 0)
    return NULL;
  if (wanted == NULL)
    return g_list_model_get_item (maps, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcMap) map = g_list_model_get_item (maps, i);

      if (g_strcmp0 (pc_entity_get_id (PC_ENTITY (map)), wanted) == 0)
        return g_steal_pointer (&map);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcMap) map = g_list_model_get_item (maps, i);

      if (g_utf8_collate (pc_map_get_name (map) ? pc_map_get_name (map) : "", wanted) == 0)
        return g_steal_pointer (&map);
    }
  number = g_ascii_strtoull (wanted, &end, 10);
  if (end != wanted && *end == '\0' && number >= 1 && number <= n)
    return g_list_model_get_item (maps, number - 1);
  return NULL;
}

static const char *
find_lane (PcDocument *document,
           PcMap      *map,
           const char *wanted)
{
  GListModel *lanes = G_LIST_MODEL (pc_map_get_lanes (map));
  guint n = g_list_model_get_n_items (lanes);

  if (pc_map_find_lane (map, wanted))
    return wanted;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcLane) lane = g_list_model_get_item (lanes, i);
      PcPersona *persona = pc_document_find_persona (document, pc_lane_get_persona_id (lane));

      if (g_strcmp0 (pc_lane_get_name (lane), wanted) == 0
          || (persona && g_strcmp0 (pc_persona_get_name (persona), wanted) == 0))
        return pc_entity_get_id (PC_ENTITY (lane));
    }
  return NULL;
}

static int
run_export (Args *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) document = NULL;
  g_autoptr(PcMap) map = NULL;
  PcExportOptions options;
  const char *input;

  pc_export_options_init (&options);
  /* Thumbnailers name their output without an extension; --size is a
   * thumbnail, so it means PNG. */
  if (!pc_export_format_from_path (args->export_path, &options.format) && args->size == 0)
    return fail (args->export_path, _("unknown format; the name must end in .png, .svg, .pdf, .csv or .mmd"));
  if (args->rest == NULL || args->rest[0] == NULL)
    return fail (NULL, _("--export needs a document to read: parcours --export OUT MAP.parcours"));
  if (args->rest[1] != NULL)
    return fail (args->rest[1], _("only one document can be exported at a time"));
  input = args->rest[0];

  if (args->scale != 0)
    {
      if (args->scale != 1 && args->scale != 2 && args->scale != 4)
        return fail (NULL, _("--scale must be 1, 2 or 4"));
      options.scale = args->scale;
    }
  if (args->size != 0)
    {
      if (args->size < 1 || args->size > PC_EXPORT_MAX_PNG_SIDE)
        return fail (NULL, _("--size must be a number of pixels from 1 to 32767"));
      if (options.format != PC_EXPORT_PNG)
        return fail (NULL, _("--size only applies to PNG"));
      options.fit_size = args->size;
    }
  if (args->no_legend)
    {
      if (!(pc_export_format_get_info (options.format)->uses & PC_EXPORT_USES_LEGEND))
        return fail (NULL, _("--no-legend only applies to PNG, SVG and PDF"));
      options.legend = FALSE;
    }
  if (args->evidence)
    {
      /* "assumption" fades only cards that state nothing: allowed, if odd. */
      if (!pc_evidence_from_string (args->evidence, &options.min_evidence)
          || options.min_evidence == PC_EVIDENCE_UNSET)
        return fail (NULL, _("--evidence must be assumption, some-research or validated"));
      if (!(pc_export_format_get_info (options.format)->uses & PC_EXPORT_USES_LEGEND))
        return fail (NULL, _("--evidence only applies to PNG, SVG and PDF"));
    }
  if (args->background && !pc_export_background_from_string (args->background, &options.background))
    return fail (NULL, _("--background must be white, transparent or dark"));
  if (args->page_size && !pc_export_page_size_from_string (args->page_size, &options.page_size))
    return fail (NULL, _("--page-size must be map, a4 or a3"));

  document = pc_file_load (input, &error);
  if (document == NULL)
    return fail (input, error->message);

  map = find_map (document, args->map);
  if (map == NULL)
    {
      g_autofree char *message = NULL;

      if (args->map)
        message = g_strdup_printf (_("no map with the id, name or number “%s”"), args->map);
      else
        message = g_strdup (_("the document has no map"));
      return fail (input, message);
    }

  if (args->lane)
    {
      g_autofree char *message = NULL;

      options.lane_id = find_lane (document, map, args->lane);
      if (options.lane_id == NULL)
        {
          message = g_strdup_printf (_("the map has no lane with the id or name “%s”"), args->lane);
          return fail (input, message);
        }
      if (options.format == PC_EXPORT_CSV)
        return fail (NULL, _("--lane does not apply to CSV"));
      if (options.format == PC_EXPORT_MERMAID)
        return fail (NULL, _("--lane does not apply to Mermaid"));
    }

  if (!pc_export_to_file (document, map, &options, args->export_path, &error))
    return fail (args->export_path, error->message);
  return 0;
}

typedef enum
{
  IMPORT_CSV,
  IMPORT_MERMAID,
  IMPORT_MARKDOWN,
} ImportKind;

static int
run_import (Args       *args,
            const char *input,
            ImportKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) document = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *data = NULL;
  g_autofree char *base = NULL;
  GStatBuf st;
  gsize length;
  char *dot;

  if (args->output == NULL)
    return fail (NULL, _("--import needs -o OUT.parcours"));
  if (args->rest && args->rest[0])
    return fail (args->rest[0], _("unexpected argument"));

  if (g_stat (input, &st) == 0 && st.st_size > MAX_IMPORT_SIZE)
    return fail (input, _("the file is too large"));
  if (!g_file_get_contents (input, &data, &length, &error))
    return fail (input, error->message);

  document = pc_document_new ();
  base = g_path_get_basename (input);
  if ((dot = strrchr (base, '.')) != NULL && dot != base)
    *dot = '\0';
  pc_document_set_title (document, base);

  if (kind == IMPORT_CSV)
    {
      g_autofree char *map_id = pc_entity_make_id ("map");
      g_autoptr(PcMap) map = pc_map_new (map_id, PC_MAP_KIND_CURRENT_STATE);

      pc_map_set_name (map, base);
      g_list_store_append (pc_document_get_maps (document), map);
      if (pc_csv_import (data, length, document, map, NULL, warnings, &error) < 0)
        return fail (input, error->message);
    }
  else
    {
      PcMermaidSource source = kind == IMPORT_MARKDOWN ? PC_MERMAID_SOURCE_MARKDOWN
                                                       : PC_MERMAID_SOURCE_MERMAID;

      if (pc_mermaid_import (data, length, source, base, document, NULL, warnings, &error) < 0)
        return fail (input, error->message);
    }
  for (guint i = 0; i < warnings->len; i++)
    {
      g_autofree char *line = g_strdup (g_ptr_array_index (warnings, i));

      g_strdelimit (line, "\r\n", ' ');
      g_printerr ("parcours: %s: %s\n", input, line);
    }

  if (!pc_file_save (document, args->output, &error))
    return fail (args->output, error->message);
  return 0;
}

/* --import reads what the extension says. */
static int
run_import_any (Args *args)
{
  g_autofree char *lower = g_ascii_strdown (args->import_path, -1);
  PcMermaidSource source;

  if (g_str_has_suffix (lower, ".csv"))
    return run_import (args, args->import_path, IMPORT_CSV);
  if (pc_mermaid_source_from_path (args->import_path, &source))
    return run_import (args, args->import_path,
                       source == PC_MERMAID_SOURCE_MARKDOWN ? IMPORT_MARKDOWN : IMPORT_MERMAID);
  return fail (args->import_path, _("unknown format; the name must end in .csv, .mmd or .md"));
}

int
pc_cli_run (int    argc,
            char **argv)
{
  g_autoptr(GError) error = NULL;
  Args args = { 0 };
  int status;

  if (!parse (&args, argc, argv, &error))
    {
      fail (NULL, error->message);
      g_printerr ("%s", _("Try “parcours --help”.\n"));
      args_clear (&args);
      return 2;
    }

  if (args.help)
    {
      g_print ("%s", help_text ());
      status = 0;
    }
  else if (args.version)
    {
      g_print ("parcours %s\n", PACKAGE_VERSION);
      status = 0;
    }
  else if (args.export_path && (args.import_path || args.import_csv_path))
    status = fail (NULL, _("--export and --import cannot be used together"));
  else if (args.import_path && args.import_csv_path)
    status = fail (NULL, _("--import and --import-csv cannot be used together"));
  else if (args.export_path)
    status = run_export (&args);
  else if (args.import_path)
    status = run_import_any (&args);
  else if (args.import_csv_path)
    status = run_import (&args, args.import_csv_path, IMPORT_CSV);
  else
    {
      g_print ("%s", help_text ());
      status = 0;
    }

  args_clear (&args);
  return status;
}
