/* pc-stage.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A column of a map: a phase of the journey, or a time of day.
 * Empty text reads back as "" so callers never test for NULL. */

#include "config.h"

#include "pc-stage.h"

struct _PcStage
{
  PcEntity parent_instance;

  char *name;
  char *time;
};

G_DEFINE_FINAL_TYPE (PcStage, pc_stage, PC_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_TIME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pc_stage_finalize (GObject *object)
{
  PcStage *self = PC_STAGE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->time, g_free);

  G_OBJECT_CLASS (pc_stage_parent_class)->finalize (object);
}

static void
pc_stage_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  PcStage *self = PC_STAGE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_TIME:
      g_value_set_string (value, self->time);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_stage_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  PcStage *self = PC_STAGE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      pc_stage_set_name (self, g_value_get_string (value));
      break;
    case PROP_TIME:
      pc_stage_set_time (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_stage_class_init (PcStageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PcEntityClass *entity_class = PC_ENTITY_CLASS (klass);

  object_class->finalize = pc_stage_finalize;
  object_class->get_property = pc_stage_get_property;
  object_class->set_property = pc_stage_set_property;
  entity_class->id_prefix = "stage";

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIME] =
    g_param_spec_string ("time", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pc_stage_init (PcStage *self)
{
}

/**
 * pc_stage_new:
 * @id: (nullable): a stable id, or %NULL to make a new one
 */
PcStage *
pc_stage_new (const char *id)
{
  return g_object_new (PC_TYPE_STAGE, "id", id, NULL);
}

const char *
pc_stage_get_name (PcStage *self)
{
  g_return_val_if_fail (PC_IS_STAGE (self), NULL);

  return self->name ? self->name : "";
}

void
pc_stage_set_name (PcStage *self,
                   const char *name)
{
  g_return_if_fail (PC_IS_STAGE (self));

  if (g_strcmp0 (self->name ? self->name : "", name ? name : "") == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
pc_stage_get_time (PcStage *self)
{
  g_return_val_if_fail (PC_IS_STAGE (self), NULL);

  return self->time ? self->time : "";
}

void
pc_stage_set_time (PcStage *self,
                   const char *time)
{
  g_return_if_fail (PC_IS_STAGE (self));

  if (g_strcmp0 (self->time ? self->time : "", time ? time : "") == 0)
    return;
  g_free (self->time);
  self->time = g_strdup (time);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}
