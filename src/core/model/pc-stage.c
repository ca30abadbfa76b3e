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

/* The fields in file order. */
enum {
  F_NAME,
  F_TIME,
  N_FIELDS
};

#define OFFSET(member) G_STRUCT_OFFSET (PcStage, member)

static const PcField fields[N_FIELDS] = {
  [F_NAME] = {
    .member = "name", .property = "name", .offset = OFFSET (name),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_REQUIRED,
  },
  [F_TIME] = {
    .member = "time", .property = "time", .offset = OFFSET (time),
    .kind = PC_FIELD_TIME,
  },
};

static void
pc_stage_class_init (PcStageClass *klass)
{
  PcEntityClass *entity_class = PC_ENTITY_CLASS (klass);

  entity_class->id_prefix = "stage";
  pc_entity_class_install_fields (entity_class, fields, N_FIELDS);
}

static void
pc_stage_init (PcStage *self)
{
  pc_entity_init_fields (PC_ENTITY (self));
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

  pc_entity_set_text (PC_ENTITY (self), F_NAME, name);
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

  pc_entity_set_text (PC_ENTITY (self), F_TIME, time);
}
