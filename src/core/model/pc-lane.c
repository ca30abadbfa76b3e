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
#include "pc-persona.h"

struct _PcLane
{
  PcEntity parent_instance;

  char *name;
  PcLaneKind kind;
  char *persona_id;
};

G_DEFINE_FINAL_TYPE (PcLane, pc_lane, PC_TYPE_ENTITY)

/* The fields in file order. */
enum {
  F_NAME,
  F_KIND,
  F_PERSONA,
  N_FIELDS
};

#define OFFSET(member) G_STRUCT_OFFSET (PcLane, member)

static const PcField fields[N_FIELDS] = {
  [F_NAME] = {
    .member = "name", .property = "name", .offset = OFFSET (name),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_REQUIRED,
  },
  [F_KIND] = {
    .member = "kind", .property = "kind", .offset = OFFSET (kind),
    .kind = PC_FIELD_ENUM, .flags = PC_FIELD_REQUIRED,
    .enum_type = pc_lane_kind_get_type,
    .enum_label = (PcFieldLabelFunc) pc_lane_kind_get_label,
    .default_value = PC_LANE_KIND_FREE,
  },
  [F_PERSONA] = {
    .member = "persona", .property = "persona-id", .offset = OFFSET (persona_id),
    .kind = PC_FIELD_REF, .ref_type = pc_persona_get_type,
  },
};

static void
pc_lane_class_init (PcLaneClass *klass)
{
  PcEntityClass *entity_class = PC_ENTITY_CLASS (klass);

  entity_class->id_prefix = "lane";
  pc_entity_class_install_fields (entity_class, fields, N_FIELDS);
}

static void
pc_lane_init (PcLane *self)
{
  pc_entity_init_fields (PC_ENTITY (self));
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

  pc_entity_set_text (PC_ENTITY (self), F_NAME, name);
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

  pc_entity_set_int (PC_ENTITY (self), F_KIND, kind);
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

  pc_entity_set_text (PC_ENTITY (self), F_PERSONA, persona_id);
}
