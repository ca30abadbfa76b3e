/* pc-document.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A document: the personas, shared by all its maps, and the maps. */

#include "config.h"

#include "pc-document.h"

struct _PcDocument
{
  PcEntity    parent_instance;

  char       *title;
  GListStore *personas;
  GListStore *maps;
};

G_DEFINE_FINAL_TYPE (PcDocument, pc_document, PC_TYPE_ENTITY)

enum {
  F_TITLE,
  N_FIELDS
};

static const PcField fields[N_FIELDS] = {
  [F_TITLE] = {
    .member = "title", .property = "title", .offset = G_STRUCT_OFFSET (PcDocument, title),
    .kind = PC_FIELD_TEXT,
  },
};

static void
pc_document_dispose (GObject *object)
{
  PcDocument *self = PC_DOCUMENT (object);

  g_clear_object (&self->personas);
  g_clear_object (&self->maps);

  G_OBJECT_CLASS (pc_document_parent_class)->dispose (object);
}

static void
pc_document_class_init (PcDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pc_document_dispose;
  PC_ENTITY_CLASS (klass)->id_prefix = "doc";
  pc_entity_class_install_fields (PC_ENTITY_CLASS (klass), fields, N_FIELDS);
}

static void
pc_document_init (PcDocument *self)
{
  pc_entity_init_fields (PC_ENTITY (self));
  self->personas = g_list_store_new (PC_TYPE_PERSONA);
  self->maps = g_list_store_new (PC_TYPE_MAP);
}

PcDocument *
pc_document_new (void)
{
  return g_object_new (PC_TYPE_DOCUMENT, NULL);
}

const char *
pc_document_get_title (PcDocument *self)
{
  g_return_val_if_fail (PC_IS_DOCUMENT (self), NULL);
  return self->title ? self->title : "";
}

void
pc_document_set_title (PcDocument *self,
                       const char *title)
{
  g_return_if_fail (PC_IS_DOCUMENT (self));

  pc_entity_set_text (PC_ENTITY (self), F_TITLE, title);
}

GListStore *
pc_document_get_personas (PcDocument *self)
{
  g_return_val_if_fail (PC_IS_DOCUMENT (self), NULL);
  return self->personas;
}

GListStore *
pc_document_get_maps (PcDocument *self)
{
  g_return_val_if_fail (PC_IS_DOCUMENT (self), NULL);
  return self->maps;
}

static gpointer
find_by_id (GListModel *list,
            const char *id)
{
  guint n = g_list_model_get_n_items (list);

  if (id == NULL)
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcEntity) entity = g_list_model_get_item (list, i);

      if (g_strcmp0 (pc_entity_get_id (entity), id) == 0)
        return entity;
    }
  return NULL;
}

/**
 * pc_document_find_persona:
 * Returns: (transfer none) (nullable): the persona with this id
 */
PcPersona *
pc_document_find_persona (PcDocument *self,
                          const char *id)
{
  g_return_val_if_fail (PC_IS_DOCUMENT (self), NULL);
  return find_by_id (G_LIST_MODEL (self->personas), id);
}

/**
 * pc_document_find_map:
 * Returns: (transfer none) (nullable): the map with this id
 */
PcMap *
pc_document_find_map (PcDocument *self,
                      const char *id)
{
  g_return_val_if_fail (PC_IS_DOCUMENT (self), NULL);
  return find_by_id (G_LIST_MODEL (self->maps), id);
}

guint
pc_document_count_touchpoints (PcDocument *self)
{
  guint n_maps, total = 0;

  g_return_val_if_fail (PC_IS_DOCUMENT (self), 0);

  n_maps = g_list_model_get_n_items (G_LIST_MODEL (self->maps));
  for (guint i = 0; i < n_maps; i++)
    {
      g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (self->maps), i);
      total += g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (map)));
    }
  return total;
}
