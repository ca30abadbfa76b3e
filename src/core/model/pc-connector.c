/* pc-connector.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An arrow from one touchpoint to another, in the order the customer took.
 * Empty text reads back as "" so callers never test for NULL. */

#include "config.h"

#include "pc-connector.h"

struct _PcConnector
{
  PcEntity parent_instance;

  char *from_id;
  char *to_id;
  char *label;
};

G_DEFINE_FINAL_TYPE (PcConnector, pc_connector, PC_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_FROM_ID,
  PROP_TO_ID,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pc_connector_finalize (GObject *object)
{
  PcConnector *self = PC_CONNECTOR (object);

  g_clear_pointer (&self->from_id, g_free);
  g_clear_pointer (&self->to_id, g_free);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (pc_connector_parent_class)->finalize (object);
}

static void
pc_connector_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PcConnector *self = PC_CONNECTOR (object);

  switch (prop_id)
    {
    case PROP_FROM_ID:
      g_value_set_string (value, self->from_id);
      break;
    case PROP_TO_ID:
      g_value_set_string (value, self->to_id);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_connector_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PcConnector *self = PC_CONNECTOR (object);

  switch (prop_id)
    {
    case PROP_FROM_ID:
      pc_connector_set_from_id (self, g_value_get_string (value));
      break;
    case PROP_TO_ID:
      pc_connector_set_to_id (self, g_value_get_string (value));
      break;
    case PROP_LABEL:
      pc_connector_set_label (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_connector_class_init (PcConnectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PcEntityClass *entity_class = PC_ENTITY_CLASS (klass);

  object_class->finalize = pc_connector_finalize;
  object_class->get_property = pc_connector_get_property;
  object_class->set_property = pc_connector_set_property;
  entity_class->id_prefix = "conn";

  properties[PROP_FROM_ID] =
    g_param_spec_string ("from-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TO_ID] =
    g_param_spec_string ("to-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pc_connector_init (PcConnector *self)
{
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

  if (g_strcmp0 (self->from_id ? self->from_id : "", from_id ? from_id : "") == 0)
    return;
  g_free (self->from_id);
  self->from_id = g_strdup (from_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROM_ID]);
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

  if (g_strcmp0 (self->to_id ? self->to_id : "", to_id ? to_id : "") == 0)
    return;
  g_free (self->to_id);
  self->to_id = g_strdup (to_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TO_ID]);
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

  if (g_strcmp0 (self->label ? self->label : "", label ? label : "") == 0)
    return;
  g_free (self->label);
  self->label = g_strdup (label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}
