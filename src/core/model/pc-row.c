/* pc-row.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An insight row: a band of short notes across the stages of a map, below
 * or above its lanes (what the customer is doing, thinking, feeling, the
 * pain points, the opportunities, or for a blueprint time, metrics, policy
 * and employee feelings, or any row a team names). The notes themselves
 * belong to the map (see PcNote), each in one row and one stage. */

#include "config.h"

#include "pc-row.h"

struct _PcRow
{
  PcEntity parent_instance;

  char *name;
  PcRowKind kind;
  gboolean hidden;
};

G_DEFINE_FINAL_TYPE (PcRow, pc_row, PC_TYPE_ENTITY)

/* The fields in file order. */
enum {
  F_NAME,
  F_KIND,
  F_HIDDEN,
  N_FIELDS
};

#define OFFSET(member) G_STRUCT_OFFSET (PcRow, member)

static const PcField fields[N_FIELDS] = {
  [F_NAME] = {
    .member = "name", .property = "name", .offset = OFFSET (name),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_REQUIRED, .since = 2,
  },
  [F_KIND] = {
    .member = "kind", .property = "kind", .offset = OFFSET (kind),
    .kind = PC_FIELD_ENUM, .flags = PC_FIELD_REQUIRED, .since = 2,
    .enum_type = pc_row_kind_get_type, .enum_label = (PcFieldLabelFunc) pc_row_kind_get_label,
    .default_value = PC_ROW_KIND_CUSTOM,
  },
  [F_HIDDEN] = {
    .member = "hidden", .property = "hidden", .offset = OFFSET (hidden),
    .kind = PC_FIELD_BOOLEAN, .since = 2,
  },
};

static void
pc_row_class_init (PcRowClass *klass)
{
  PcEntityClass *entity_class = PC_ENTITY_CLASS (klass);

  entity_class->id_prefix = "row";
  pc_entity_class_install_fields (entity_class, fields, N_FIELDS);
}

static void
pc_row_init (PcRow *self)
{
  pc_entity_init_fields (PC_ENTITY (self));
}

/**
 * pc_row_new:
 * @id: (nullable): a stable id, or %NULL to make a new one
 *
 * Returns: (transfer full): a custom row without a name
 */
PcRow *
pc_row_new (const char *id)
{
  return g_object_new (PC_TYPE_ROW, "id", id, NULL);
}

const char *
pc_row_get_name (PcRow *self)
{
  g_return_val_if_fail (PC_IS_ROW (self), NULL);

  return self->name ? self->name : "";
}

void
pc_row_set_name (PcRow      *self,
                 const char *name)
{
  g_return_if_fail (PC_IS_ROW (self));

  pc_entity_set_text (PC_ENTITY (self), F_NAME, name);
}

PcRowKind
pc_row_get_kind (PcRow *self)
{
  g_return_val_if_fail (PC_IS_ROW (self), PC_ROW_KIND_CUSTOM);

  return self->kind;
}

void
pc_row_set_kind (PcRow     *self,
                 PcRowKind  kind)
{
  g_return_if_fail (PC_IS_ROW (self));
  g_return_if_fail (kind >= PC_ROW_KIND_DOING && kind <= PC_ROW_KIND_CUSTOM);

  pc_entity_set_int (PC_ENTITY (self), F_KIND, kind);
}

gboolean
pc_row_get_hidden (PcRow *self)
{
  g_return_val_if_fail (PC_IS_ROW (self), FALSE);

  return self->hidden;
}

void
pc_row_set_hidden (PcRow    *self,
                   gboolean  hidden)
{
  g_return_if_fail (PC_IS_ROW (self));

  pc_entity_set_int (PC_ENTITY (self), F_HIDDEN, hidden);
}

/**
 * pc_row_kind_gathers:
 * @property: (out) (optional): the touchpoint property whose text a row
 *   of @kind gathers, stage by stage
 *
 * Rows of kind doing, thinking, feeling, pain points and opportunities
 * also show, read-only, what the touchpoints of each stage say in the
 * matching field (action, thoughts, emotions, pain points, opportunity);
 * nothing of that is stored in the row.
 *
 * Returns: whether a row of @kind gathers a touchpoint field
 */
gboolean
pc_row_kind_gathers (PcRowKind    kind,
                     const char **property)
{
  const char *name;

  switch (kind)
    {
    case PC_ROW_KIND_DOING: name = "action"; break;
    case PC_ROW_KIND_THINKING: name = "thoughts"; break;
    case PC_ROW_KIND_FEELING: name = "emotions"; break;
    case PC_ROW_KIND_PAIN_POINTS: name = "pain-points"; break;
    case PC_ROW_KIND_OPPORTUNITIES: name = "opportunity"; break;
    default: name = NULL; break;
    }
  if (property != NULL)
    *property = name;
  return name != NULL;
}
