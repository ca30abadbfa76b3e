/* pc-format-compare.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Whether two documents are the same as far as the file format can tell:
 * the same saved text, and the same members kept from the file for every
 * entity (in the same order, equal and as immutable), including those
 * that saving leaves out. Used to check the fast reader against the
 * general one. */

#include "config.h"

#include <string.h>

#include "pc-format.h"
#include "pc-format-compare.h"

static char *
compare_extras (PcEntity *a,
                PcEntity *b)
{
  JsonObject *x = pc_entity_get_extras (a);
  JsonObject *y = pc_entity_get_extras (b);
  g_autoptr(GList) x_names = NULL;
  g_autoptr(GList) y_names = NULL;

  if (strcmp (pc_entity_get_id (a), pc_entity_get_id (b)) != 0)
    return g_strdup_printf ("ids %s and %s", pc_entity_get_id (a), pc_entity_get_id (b));
  if ((x == NULL) != (y == NULL))
    return g_strdup_printf ("%s: extras in one document only", pc_entity_get_id (a));
  if (x == NULL)
    return NULL;

  x_names = json_object_get_members (x);
  y_names = json_object_get_members (y);
  for (GList *i = x_names, *j = y_names; i != NULL || j != NULL; i = i->next, j = j->next)
    {
      JsonNode *m, *n;

      if (i == NULL || j == NULL || strcmp (i->data, j->data) != 0)
        return g_strdup_printf ("%s: extras differ in their names or their order", pc_entity_get_id (a));
      m = json_object_get_member (x, i->data);
      n = json_object_get_member (y, j->data);
      if (!json_node_equal (m, n) || json_node_is_immutable (m) != json_node_is_immutable (n))
        return g_strdup_printf ("%s: extra member “%s” differs", pc_entity_get_id (a), (char *) i->data);
    }
  return NULL;
}

static char *
compare_lists (GListStore *a,
               GListStore *b)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (a));

  if (n != g_list_model_get_n_items (G_LIST_MODEL (b)))
    return g_strdup ("lists of different lengths");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcEntity) x = g_list_model_get_item (G_LIST_MODEL (a), i);
      g_autoptr(PcEntity) y = g_list_model_get_item (G_LIST_MODEL (b), i);
      char *difference = compare_extras (x, y);

      if (difference != NULL)
        return difference;
      if (PC_IS_MAP (x))
        {
          GListStore *(*lists[]) (PcMap *) = {
            pc_map_get_stages, pc_map_get_lanes, pc_map_get_touchpoints,
            pc_map_get_connectors, pc_map_get_rows, pc_map_get_notes,
          };

          for (guint k = 0; k < G_N_ELEMENTS (lists); k++)
            if ((difference = compare_lists (lists[k] (PC_MAP (x)), lists[k] (PC_MAP (y)))) != NULL)
              return difference;
        }
    }
  return NULL;
}

/**
 * pc_format_compare_documents:
 *
 * Returns: (transfer full) (nullable): %NULL if @a and @b are the same,
 *   else what differs
 */
char *
pc_format_compare_documents (PcDocument *a,
                             PcDocument *b)
{
  g_autofree char *x = pc_format_save_data (a, NULL);
  g_autofree char *y = pc_format_save_data (b, NULL);
  char *difference;

  if (strcmp (x, y) != 0)
    return g_strdup_printf ("saved texts differ:\n%s\n---\n%s", x, y);
  if ((difference = compare_extras (PC_ENTITY (a), PC_ENTITY (b))) != NULL ||
      (difference = compare_lists (pc_document_get_personas (a), pc_document_get_personas (b))) != NULL ||
      (difference = compare_lists (pc_document_get_maps (a), pc_document_get_maps (b))) != NULL)
    return difference;
  return NULL;
}
