/* fuzz-mermaid.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target for the Mermaid import and export. The first byte says
 * whether the rest is read as a .mmd file (even) or as Markdown (odd). Any bytes either
 * give an error (and leave the document as it was) or maps that save and
 * load again; each map exports to a journey that imports again, and from
 * then on exporting and importing changes nothing. */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pc-format.h"
#include "pc-mermaid.h"

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

static PcMap *
nth_map (PcDocument *document,
         guint       n)
{
  g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), n);
  return map;
}

static void
check_export (PcDocument *document,
              PcMap      *map)
{
  g_autoptr(PcDocument) second = pc_document_new ();
  g_autoptr(PcDocument) third = pc_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  g_autofree char *third_text = NULL;
  gsize length;

  first_text = pc_mermaid_export (document, map, &length);
  if (first_text == NULL || length != strlen (first_text) || !g_utf8_validate (first_text, -1, NULL))
    abort ();
  if (pc_mermaid_import (first_text, length, PC_MERMAID_SOURCE_MERMAID, NULL, second, NULL, NULL,
                         &error) != 1)
    {
      g_printerr ("An export does not import again: %s\n%s\n", error->message, first_text);
      abort ();
    }
  second_text = pc_mermaid_export (second, nth_map (second, 0), NULL);
  if (pc_mermaid_import (second_text, strlen (second_text), PC_MERMAID_SOURCE_MERMAID, NULL, third,
                         NULL, NULL, &error) != 1)
    abort ();
  third_text = pc_mermaid_export (third, nth_map (third, 0), NULL);
  if (strcmp (second_text, third_text) != 0)
    {
      g_printerr ("Export, import, export is not stable:\n%s\n---\n%s\n", second_text, third_text);
      abort ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(PcHistory) history = pc_history_new ();
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) again = NULL;
  g_autofree char *saved = NULL;
  PcMermaidSource source;
  gsize saved_length;
  int n;

  if (size == 0)
    return 0;
  source = data[0] & 1 ? PC_MERMAID_SOURCE_MARKDOWN : PC_MERMAID_SOURCE_MERMAID;

  n = pc_mermaid_import ((const char *) data + 1, size - 1, source, "Fuzz", document, history,
                         warnings, &error);
  if (n < 0)
    {
      if (error == NULL || error->domain != PC_MERMAID_ERROR || !g_utf8_validate (error->message, -1, NULL))
        abort ();
      if (n_items (pc_document_get_maps (document)) != 0
          || n_items (pc_document_get_personas (document)) != 0 || pc_history_can_undo (history))
        abort (); /* nothing half-imported */
      return 0;
    }
  if (error != NULL || n < 1 || (guint) n != n_items (pc_document_get_maps (document)))
    abort ();
  for (guint i = 0; i < warnings->len; i++)
    if (!g_utf8_validate (warnings->pdata[i], -1, NULL))
      abort ();

  /* What was imported can be saved and opened again. */
  saved = pc_format_save_data (document, &saved_length);
  again = pc_format_load_data (saved, saved_length, &error);
  if (again == NULL)
    {
      g_printerr ("An imported document does not load again: %s\n%s\n", error->message, saved);
      abort ();
    }

  for (int i = 0; i < n; i++)
    check_export (document, nth_map (document, i));

  /* The import is one undo step. */
  if (!pc_history_undo (history) || n_items (pc_document_get_maps (document)) != 0
      || n_items (pc_document_get_personas (document)) != 0)
    abort ();
  return 0;
}
