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
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pc_document_dispose (GObject *object)
{
  PcDocument *self = PC_DOCUMENT (object);

  g_clear_object (&self->personas);
  g_clear_object (&self->maps);

  G_OBJECT_CLASS (pc_document_parent_class)->dispose (object);
}

static void
pc_document_finalize (GObject *object)
{
  PcDocument *self = PC_DOCUMENT (object);

  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (pc_document_parent_class)->finalize (object);
}

static void
pc_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PcDocument *self = PC_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, pc_document_get_title (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PcDocument *self = PC_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      pc_document_set_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_document_class_init (PcDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pc_document_dispose;
  object_class->finalize = pc_document_finalize;
  object_class->get_property = pc_document_get_property;
  object_class->set_property = pc_document_set_property;
  PC_ENTITY_CLASS (klass)->id_prefix = "doc";

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pc_document_init (PcDocument *self)
{
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

  if (g_strcmp0 (pc_document_get_title (self), title ? title : "") == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
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
