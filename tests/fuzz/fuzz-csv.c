/* fuzz-csv.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target for the CSV import: any bytes either give an error or
 * touchpoints and notes in a fresh document; that document saves, loads
 * again, and the import undoes to an empty map. */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pc-csv.h"
#include "pc-format.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

static guint
n_items (GListStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

/* What an import counts: lines become touchpoints, or notes when they
 * name an insight row. */
static guint
n_imported (PcMap *map)
{
  return n_items (pc_map_get_touchpoints (map)) + n_items (pc_map_get_notes (map));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(PcPersona) persona = pc_persona_new ("persona-ana");
  g_autoptr(PcMap) map = pc_map_new ("map-1", PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(PcHistory) history = pc_history_new ();
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) again = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *exported = NULL;
  gsize saved_length, exported_length;
  int n;

  pc_persona_set_name (persona, "Ana");
  g_list_store_append (pc_document_get_personas (document), persona);
  g_list_store_append (pc_document_get_maps (document), map);

  n = pc_csv_import ((const char *) data, size, document, map, history, warnings, &error);
  if (n < 0)
    {
      if (error == NULL || error->domain != PC_CSV_ERROR)
        abort ();
      if (n_imported (map) != 0 || n_items (pc_map_get_stages (map)) != 0
          || n_items (pc_map_get_rows (map)) != 0)
        abort (); /* a failed import leaves the map as it was */
      return 0;
    }
  if (error != NULL || (guint) n != n_imported (map))
    abort ();
  for (guint i = 0; i < warnings->len; i++)
    if (!g_utf8_validate (warnings->pdata[i], -1, NULL))
      abort ();

  /* what was imported can be saved and opened again */
  saved = pc_format_save_data (document, &saved_length);
  again = pc_format_load_data (saved, saved_length, &error);
  if (again == NULL)
    {
      g_printerr ("An imported document does not load again: %s\n%s\n", error->message, saved);
      abort ();
    }
  exported = pc_csv_export (document, map, ',', &exported_length);
  if (exported == NULL || !g_utf8_validate (exported, exported_length, NULL))
    abort ();

  /* the import is one undo step */
  if (n > 0)
    {
      if (!pc_history_undo (history) || n_imported (map) != 0
          || n_items (pc_map_get_rows (map)) != 0)
        abort ();
      if (!pc_history_redo (history) || n_imported (map) != (guint) n)
        abort ();
    }
  return 0;
}
