/* pc-entity.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pc-entity.h"

typedef struct
{
  char       *id;
  JsonObject *extras;
} PcEntityPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PcEntity, pc_entity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Twelve hex digits (48 random bits) keep ids short in the file while
 * collisions stay negligible for maps of tens of thousands of cards. */
char *
pc_entity_make_id (const char *prefix)
{
  return g_strdup_printf ("%s-%04x%08x", prefix,
                          g_random_int () & 0xffff, g_random_int ());
}

static void
pc_entity_constructed (GObject *object)
{
  PcEntity *self = PC_ENTITY (object);
  PcEntityPrivate *priv = pc_entity_get_instance_private (self);

  G_OBJECT_CLASS (pc_entity_parent_class)->constructed (object);

  if (priv->id == NULL || priv->id[0] == '\0')
    {
      const char *prefix = PC_ENTITY_GET_CLASS (self)->id_prefix;

      g_free (priv->id);
      priv->id = pc_entity_make_id (prefix ? prefix : "id");
    }
}

static void
pc_entity_finalize (GObject *object)
{
  PcEntity *self = PC_ENTITY (object);
  PcEntityPrivate *priv = pc_entity_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->extras, json_object_unref);

  G_OBJECT_CLASS (pc_entity_parent_class)->finalize (object);
}

static void
pc_entity_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PcEntity *self = PC_ENTITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, pc_entity_get_id (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_entity_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PcEntity *self = PC_ENTITY (object);
  PcEntityPrivate *priv = pc_entity_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      priv->id = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_entity_class_init (PcEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = pc_entity_constructed;
  object_class->finalize = pc_entity_finalize;
  object_class->get_property = pc_entity_get_property;
  object_class->set_property = pc_entity_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pc_entity_init (PcEntity *self)
{
}

const char *
pc_entity_get_id (PcEntity *self)
{
  PcEntityPrivate *priv = pc_entity_get_instance_private (self);

  g_return_val_if_fail (PC_IS_ENTITY (self), NULL);

  return priv->id;
}

/**
 * pc_entity_get_extras:
 * Returns: (transfer none) (nullable): the members the loader did not know
 */
JsonObject *
pc_entity_get_extras (PcEntity *self)
{
  PcEntityPrivate *priv = pc_entity_get_instance_private (self);

  g_return_val_if_fail (PC_IS_ENTITY (self), NULL);

  return priv->extras;
}

void
pc_entity_set_extras (PcEntity   *self,
                      JsonObject *extras)
{
  PcEntityPrivate *priv = pc_entity_get_instance_private (self);

  g_return_if_fail (PC_IS_ENTITY (self));

  if (extras != NULL)
    json_object_ref (extras);
  g_clear_pointer (&priv->extras, json_object_unref);
  priv->extras = extras;
}
