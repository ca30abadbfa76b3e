/* pc-connector.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An arrow from one touchpoint to another, in the order the customer
 * took them. Empty text reads back as "" so callers never test for NULL. */

#include "config.h"

#include "pc-connector.h"
#include "pc-touchpoint.h"

struct _PcConnector
{
  PcEntity parent_instance;

  char *from_id;
  char *to_id;
  char *label;
};

G_DEFINE_FINAL_TYPE (PcConnector, pc_connector, PC_TYPE_ENTITY)

/* The fields in file order. */
enum {
  F_FROM,
  F_TO,
  F_LABEL,
  N_FIELDS
};

#define OFFSET(member) G_STRUCT_OFFSET (PcConnector, member)

static const PcField fields[N_FIELDS] = {
  [F_FROM] = {
    .member = "from", .property = "from-id", .offset = OFFSET (from_id),
    .kind = PC_FIELD_REF, .flags = PC_FIELD_REQUIRED,
    .ref_type = pc_touchpoint_get_type,
  },
  [F_TO] = {
    .member = "to", .property = "to-id", .offset = OFFSET (to_id),
    .kind = PC_FIELD_REF, .flags = PC_FIELD_REQUIRED,
    .ref_type = pc_touchpoint_get_type,
  },
  [F_LABEL] = {
    .member = "label", .property = "label", .offset = OFFSET (label),
    .kind = PC_FIELD_TEXT,
  },
};

static void
pc_connector_class_init (PcConnectorClass *klass)
{
  PcEntityClass *entity_class = PC_ENTITY_CLASS (klass);

  entity_class->id_prefix = "conn";
  pc_entity_class_install_fields (entity_class, fields, N_FIELDS);
}

static void
pc_connector_init (PcConnector *self)
{
  pc_entity_init_fields (PC_ENTITY (self));
}

/**
 * pc_connector_new:
 * @id: (nullable): a stable id, or %NULL to make a new one
 */
PcConnector *
pc_connector_new (const char *id)
{
  return g_object_new (PC_TYPE_CONNECTOR, "id", id, NULL);
}

const char *
pc_connector_get_from_id (PcConnector *self)
{
  g_return_val_if_fail (PC_IS_CONNECTOR (self), NULL);

  return self->from_id ? self->from_id : "";
}

void
pc_connector_set_from_id (PcConnector *self,
                          const char *from_id)
{
  g_return_if_fail (PC_IS_CONNECTOR (self));

  pc_entity_set_text (PC_ENTITY (self), F_FROM, from_id);
}

const char *
pc_connector_get_to_id (PcConnector *self)
{
  g_return_val_if_fail (PC_IS_CONNECTOR (self), NULL);

  return self->to_id ? self->to_id : "";
}

void
pc_connector_set_to_id (PcConnector *self,
                        const char *to_id)
{
  g_return_if_fail (PC_IS_CONNECTOR (self));

  pc_entity_set_text (PC_ENTITY (self), F_TO, to_id);
}

const char *
pc_connector_get_label (PcConnector *self)
{
  g_return_val_if_fail (PC_IS_CONNECTOR (self), NULL);

  return self->label ? self->label : "";
}

void
pc_connector_set_label (PcConnector *self,
                        const char *label)
{
  g_return_if_fail (PC_IS_CONNECTOR (self));

  pc_entity_set_text (PC_ENTITY (self), F_LABEL, label);
}
