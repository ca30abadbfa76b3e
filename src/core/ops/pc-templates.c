/* pc-templates.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Built-in templates. The files hold English text; every text member is
 * also listed, wrapped in N_(), in data/templates/pc-template-strings.c so
 * that it reaches the translators, and is passed through gettext here when
 * a template becomes a document. Ids are made fresh each time, so the
 * same template can be added twice to one document. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-edit.h"
#include "pc-format.h"
#include "pc-map-ops.h"
#include "pc-templates.h"
#include "pc-templates-resources.h"

static const PcTemplateInfo templates[] = {
  { "5a", N_("5A"),
    N_("Awareness, appeal, ask, act, advocacy, with two example personas"),
    PC_MAP_KIND_CURRENT_STATE },
  { "key-stages", N_("Key stages"),
    N_("Eight stages from awareness to disposal or repurchase"),
    PC_MAP_KIND_CURRENT_STATE },
  { "seven-phases", N_("Seven phases"),
    N_("From awareness to loyalty and advocacy"),
    PC_MAP_KIND_CURRENT_STATE },
  { "buyers-journey", N_("Buyer’s journey"),
    N_("Awareness, consideration, decision"),
    PC_MAP_KIND_CURRENT_STATE },
  { "b2b", N_("Business to business"),
    N_("Research, comparison, workshop, quote, signature"),
    PC_MAP_KIND_CURRENT_STATE },
  { "restaurant-blueprint", N_("Restaurant service blueprint"),
    N_("The five layers that deliver a meal, from the tables to the kitchen"),
    PC_MAP_KIND_SERVICE_BLUEPRINT },
  { "day-in-the-life", N_("A day in the life"),
    N_("Times of day instead of stages, with activities outside the brand"),
    PC_MAP_KIND_DAY_IN_THE_LIFE },
  { "blank", N_("Blank"),
    N_("Three empty stages and one lane"),
    PC_MAP_KIND_CURRENT_STATE },
};

guint
pc_templates_get_n_templates (void)
{
  return G_N_ELEMENTS (templates);
}

const PcTemplateInfo *
pc_templates_get_nth (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (templates), NULL);

  return &templates[index];
}

const PcTemplateInfo *
pc_templates_find (const char *id)
{
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (templates); i++)
    if (g_str_equal (templates[i].id, id))
      return &templates[i];
  return NULL;
}

const char *
pc_template_info_get_name (const PcTemplateInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);

  return _(info->name);
}

const char *
pc_template_info_get_description (const PcTemplateInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);

  return _(info->description);
}

/**
 * pc_templates_get_data:
 * Returns: (transfer full): the template's file, as shipped
 */
GBytes *
pc_templates_get_data (const char  *id,
                       GError     **error)
{
  g_autofree char *path = NULL;

  if (pc_templates_find (id) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("There is no template called “%s”"), id ? id : "");
      return NULL;
    }
  path = g_strconcat (PC_TEMPLATES_RESOURCE_PATH, id, ".parcours", NULL);
  return g_resource_lookup_data (pc_templates_get_resource (), path,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

/* Only free text: ids, times and colours are not words. */
static void
translate_entity (gpointer entity)
{
  const PcField *fields;
  guint n_fields;

  fields = pc_entity_get_fields (entity, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      const char *text;

      if (fields[i].kind != PC_FIELD_TEXT)
        continue;
      text = pc_field_get_text (entity, &fields[i]);
      /* gettext ("") is the catalogue's header: never ask for it. */
      if (text[0] != '\0')
        pc_entity_set_field_text (entity, &fields[i], _(text));
    }
}

static void
translate_list (GListStore *store)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      translate_entity (item);
    }
}

/* The template as shipped, its texts translated; ids as in the file. */
static PcDocument *
load_translated (const char  *id,
                 GError     **error)
{
  g_autoptr(GBytes) bytes = pc_templates_get_data (id, error);
  g_autoptr(PcDocument) document = NULL;
  GListModel *maps;
  guint n_maps;

  if (bytes == NULL)
    return NULL;
  document = pc_format_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
  if (document == NULL)
    return NULL;

  translate_entity (document);
  translate_list (pc_document_get_personas (document));
  maps = G_LIST_MODEL (pc_document_get_maps (document));
  n_maps = g_list_model_get_n_items (maps);
  for (guint i = 0; i < n_maps; i++)
    {
      g_autoptr(PcMap) map = g_list_model_get_item (maps, i);

      translate_entity (map);
      translate_list (pc_map_get_stages (map));
      translate_list (pc_map_get_lanes (map));
      translate_list (pc_map_get_touchpoints (map));
      translate_list (pc_map_get_connectors (map));
      translate_list (pc_map_get_rows (map));
      translate_list (pc_map_get_notes (map));
    }
  return g_steal_pointer (&document);
}

/**
 * pc_templates_get_stage_names:
 * Returns: (transfer full) (nullable): the translated names of the stages
 *   of the template's first map, for a chooser to show
 */
char **
pc_templates_get_stage_names (const char *id)
{
  g_autoptr(PcDocument) document = load_translated (id, NULL);
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autoptr(PcMap) map = NULL;
  GListModel *stages;

  if (document == NULL ||
      g_list_model_get_n_items (G_LIST_MODEL (pc_document_get_maps (document))) == 0)
    return NULL;
  map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);
  stages = G_LIST_MODEL (pc_map_get_stages (map));
  builder = g_strv_builder_new ();
  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(PcStage) stage = g_list_model_get_item (stages, i);

      g_strv_builder_add (builder, pc_stage_get_name (stage));
    }
  return g_strv_builder_end (builder);
}

static gboolean
has_lane_of (PcMap      *map,
             const char *persona_id)
{
  GListModel *lanes = G_LIST_MODEL (pc_map_get_lanes (map));

  for (guint i = 0; i < g_list_model_get_n_items (lanes); i++)
    {
      g_autoptr(PcLane) lane = g_list_model_get_item (lanes, i);

      if (g_strcmp0 (pc_lane_get_persona_id (lane), persona_id) == 0)
        return TRUE;
    }
  return FALSE;
}

static PcPersona *
copy_persona (PcPersona *persona)
{
  PcPersona *copy = pc_persona_new (NULL);

  pc_map_copy_entity (PC_ENTITY (persona), PC_ENTITY (copy));
  return copy;
}

/* Points the persona lanes of @map at the personas @ids gives for the
 * template's persona ids; lanes of personas @names renames follow. */
static void
remap_lanes (PcMap      *map,
             GHashTable *ids,
             GHashTable *names)
{
  GListModel *lanes = G_LIST_MODEL (pc_map_get_lanes (map));

  for (guint i = 0; i < g_list_model_get_n_items (lanes); i++)
    {
      g_autoptr(PcLane) lane = g_list_model_get_item (lanes, i);
      const char *old = pc_lane_get_persona_id (lane);
      const char *name;

      if (old == NULL || g_hash_table_lookup (ids, old) == NULL)
        continue;
      name = names ? g_hash_table_lookup (names, old) : NULL;
      if (name != NULL)
        pc_lane_set_name (lane, name);
      pc_lane_set_persona_id (lane, g_hash_table_lookup (ids, old));
    }
}

/**
 * pc_templates_instantiate:
 * Returns: (transfer full): a new document made from the template, with
 *   fresh ids and translated texts; nothing to undo in it yet
 */
PcDocument *
pc_templates_instantiate (const char  *id,
                          GError     **error)
{
  g_autoptr(PcDocument) template = load_translated (id, error);
  g_autoptr(GHashTable) ids = NULL;
  PcDocument *document;
  GListModel *list;

  if (template == NULL)
    return NULL;

  ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  document = pc_document_new ();
  pc_document_set_title (document, pc_document_get_title (template));

  list = G_LIST_MODEL (pc_document_get_personas (template));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PcPersona) persona = g_list_model_get_item (list, i);
      g_autoptr(PcPersona) copy = copy_persona (persona);

      g_hash_table_insert (ids, g_strdup (pc_entity_get_id (PC_ENTITY (persona))),
                           g_strdup (pc_entity_get_id (PC_ENTITY (copy))));
      g_list_store_append (pc_document_get_personas (document), copy);
    }

  list = G_LIST_MODEL (pc_document_get_maps (template));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PcMap) map = g_list_model_get_item (list, i);
      g_autoptr(PcMap) copy = pc_map_copy (map, FALSE);

      remap_lanes (copy, ids, NULL);
      g_list_store_append (pc_document_get_maps (document), copy);
    }
  return document;
}

/**
 * pc_templates_add_map:
 *
 * Adds the template's map to @document as one undo step. Its persona
 * lanes go to the document's personas, in order; the template's example
 * personas its lanes use are added only where the document has fewer.
 *
 * Returns: (transfer none) (nullable): the new map, held by @document
 */
PcMap *
pc_templates_add_map (PcHistory   *history,
                      PcDocument  *document,
                      const char  *id,
                      GError     **error)
{
  g_autoptr(PcDocument) template = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(PcMap) source = NULL;
  g_autoptr(PcMap) map = NULL;
  GListModel *template_personas, *personas;
  guint n_personas;

  g_return_val_if_fail (PC_IS_HISTORY (history), NULL);
  g_return_val_if_fail (PC_IS_DOCUMENT (document), NULL);

  template = load_translated (id, error);
  if (template == NULL)
    return NULL;
  if (g_list_model_get_n_items (G_LIST_MODEL (pc_document_get_maps (template))) == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The template “%s” holds no map"), id);
      return NULL;
    }

  source = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (template)), 0);
  ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  added = g_ptr_array_new_with_free_func (g_object_unref);
  template_personas = G_LIST_MODEL (pc_document_get_personas (template));
  personas = G_LIST_MODEL (pc_document_get_personas (document));
  n_personas = g_list_model_get_n_items (personas);

  for (guint i = 0; i < g_list_model_get_n_items (template_personas); i++)
    {
      g_autoptr(PcPersona) persona = g_list_model_get_item (template_personas, i);
      const char *old = pc_entity_get_id (PC_ENTITY (persona));

      if (i < n_personas)
        {
          g_autoptr(PcPersona) own = g_list_model_get_item (personas, i);

          g_hash_table_insert (ids, g_strdup (old), g_strdup (pc_entity_get_id (PC_ENTITY (own))));
          g_hash_table_insert (names, g_strdup (old), g_strdup (pc_persona_get_name (own)));
        }
      else if (has_lane_of (source, old))
        {
          PcPersona *copy = copy_persona (persona);

          g_hash_table_insert (ids, g_strdup (old), g_strdup (pc_entity_get_id (PC_ENTITY (copy))));
          g_ptr_array_add (added, copy);
        }
    }

  map = pc_map_copy (source, FALSE);
  remap_lanes (map, ids, names);

  pc_history_begin_group (history, _("New map"));
  for (guint i = 0; i < added->len; i++)
    pc_edit_insert (history, pc_document_get_personas (document),
                    g_list_model_get_n_items (personas), g_ptr_array_index (added, i), NULL);
  pc_map_ops_add_map (history, document, map, G_MAXUINT, NULL);
  pc_history_end_group (history);

  return map;
}
