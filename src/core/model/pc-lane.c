/* pc-lane.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A row of a map: a persona's lane, a free lane or a blueprint layer.
 * Empty text reads back as "" so callers never test for NULL. */

#include "config.h"

#include "pc-lane.h"

struct _PcLane
{
  PcEntity parent_instance;

  char *name;
  PcLaneKind kind;
  char *persona_id;
};

G_DEFINE_FINAL_TYPE (PcLane, pc_lane, PC_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_PERSONA_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pc_lane_finalize (GObject *object)
{
  PcLane *self = PC_LANE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->persona_id, g_free);

  G_OBJECT_CLASS (pc_lane_parent_class)->finalize (object);
}

static void
pc_lane_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  PcLane *self = PC_LANE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_PERSONA_ID:
      g_value_set_string (value, self->persona_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_lane_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  PcLane *self = PC_LANE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      pc_lane_set_name (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      pc_lane_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_PERSONA_ID:
      pc_lane_set_persona_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_lane_class_init (PcLaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PcEntityClass *entity_class = PC_ENTITY_CLASS (klass);

  object_class->finalize = pc_lane_finalize;
  object_class->get_property = pc_lane_get_property;
  object_class->set_property = pc_lane_set_property;
  entity_class->id_prefix = "lane";

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, PC_TYPE_LANE_KIND, PC_LANE_KIND_FREE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSONA_ID] =
    g_param_spec_string ("persona-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pc_lane_init (PcLane *self)
{
  self->kind = PC_LANE_KIND_FREE;
}

/**
 * pc_lane_new:
 * @id: (nullable): a stable id, or %NULL to make a new one
 */
PcLane *
pc_lane_new (const char *id)
{
  return g_object_new (PC_TYPE_LANE, "id", id, NULL);
}

const char *
pc_lane_get_name (PcLane *self)
{
  g_return_val_if_fail (PC_IS_LANE (self), NULL);

  return self->name ? self->name : "";
}

void
pc_lane_set_name (PcLane *self,
                  const char *name)
{
  g_return_if_fail (PC_IS_LANE (self));

  if (g_strcmp0 (self->name ? self->name : "", name ? name : "") == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

PcLaneKind
pc_lane_get_kind (PcLane *self)
{
  g_return_val_if_fail (PC_IS_LANE (self), PC_LANE_KIND_FREE);

  return self->kind;
}

void
pc_lane_set_kind (PcLane *self,
                  PcLaneKind kind)
{
  g_return_if_fail (PC_IS_LANE (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
pc_lane_get_persona_id (PcLane *self)
{
  g_return_val_if_fail (PC_IS_LANE (self), NULL);

  return self->persona_id ? self->persona_id : "";
}

void
pc_lane_set_persona_id (PcLane *self,
                        const char *persona_id)
{
  g_return_if_fail (PC_IS_LANE (self));

  if (g_strcmp0 (self->persona_id ? self->persona_id : "", persona_id ? persona_id : "") == 0)
    return;
  g_free (self->persona_id);
  self->persona_id = g_strdup (persona_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSONA_ID]);
}
