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
  PcEntityClass *klass = PC_ENTITY_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    if (pc_field_is_text (&klass->fields[i]))
      g_clear_pointer ((char **) G_STRUCT_MEMBER_P (self, klass->fields[i].offset), g_free);
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

/* ------------------------------------------------------------------ */
/* Fields                                                              */
/* ------------------------------------------------------------------ */

static const PcField *
field_of_pspec (GParamSpec *pspec,
                guint       prop_id)
{
  PcEntityClass *klass = g_type_class_peek (pspec->owner_type);

  g_assert (prop_id >= 1 && prop_id <= klass->n_fields);
  return &klass->fields[prop_id - 1];
}

static void
field_get_property (GObject    *object,
                    guint       prop_id,
                    GValue     *value,
                    GParamSpec *pspec)
{
  const PcField *field = field_of_pspec (pspec, prop_id);

  switch (field->kind)
    {
    case PC_FIELD_TEXT:
    case PC_FIELD_TIME:
    case PC_FIELD_COLOR:
    case PC_FIELD_REF:
      g_value_set_string (value, pc_field_get_text (object, field));
      break;
    case PC_FIELD_ENUM:
      g_value_set_enum (value, pc_field_get_int (object, field));
      break;
    case PC_FIELD_BOOLEAN:
      g_value_set_boolean (value, pc_field_get_int (object, field));
      break;
    case PC_FIELD_INT:
      if (G_IS_PARAM_SPEC_UINT (pspec))
        g_value_set_uint (value, pc_field_get_int (object, field));
      else
        g_value_set_int (value, pc_field_get_int (object, field));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
field_set_property (GObject      *object,
                    guint         prop_id,
                    const GValue *value,
                    GParamSpec   *pspec)
{
  const PcField *field = field_of_pspec (pspec, prop_id);
  PcEntity *self = PC_ENTITY (object);

  switch (field->kind)
    {
    case PC_FIELD_TEXT:
    case PC_FIELD_TIME:
    case PC_FIELD_COLOR:
    case PC_FIELD_REF:
      pc_entity_set_field_text (self, field, g_value_get_string (value));
      break;
    case PC_FIELD_ENUM:
      pc_entity_set_field_int (self, field, g_value_get_enum (value));
      break;
    case PC_FIELD_BOOLEAN:
      pc_entity_set_field_int (self, field, g_value_get_boolean (value));
      break;
    case PC_FIELD_INT:
      if (G_IS_PARAM_SPEC_UINT (pspec))
        pc_entity_set_field_int (self, field, g_value_get_uint (value));
      else
        pc_entity_set_field_int (self, field, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
make_pspec (const PcField *field)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  switch (field->kind)
    {
    case PC_FIELD_TEXT:
    case PC_FIELD_TIME:
    case PC_FIELD_COLOR:
    case PC_FIELD_REF:
      return g_param_spec_string (field->property, NULL, NULL, NULL, flags);
    case PC_FIELD_ENUM:
      return g_param_spec_enum (field->property, NULL, NULL, field->enum_type (),
                                field->default_value, flags);
    case PC_FIELD_BOOLEAN:
      return g_param_spec_boolean (field->property, NULL, NULL, field->default_value, flags);
    case PC_FIELD_INT:
      if (field->minimum >= 0)
        return g_param_spec_uint (field->property, NULL, NULL, field->minimum, field->maximum,
                                  field->default_value, flags);
      return g_param_spec_int (field->property, NULL, NULL, field->minimum, field->maximum,
                               field->default_value, flags);
    default:
      g_assert_not_reached ();
    }
}

/**
 * pc_entity_class_install_fields:
 * @fields: (array length=n_fields): the class's fields, in file order; it
 *   must outlive the class (a static table)
 *
 * Installs one property per field (the property ids are the positions in
 * @fields plus one) and takes over get_property and set_property: a class
 * with a table has no other properties.
 */
void
pc_entity_class_install_fields (PcEntityClass *klass,
                                const PcField *fields,
                                guint          n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamSpec **pspecs = g_new0 (GParamSpec *, n_fields + 1);

  g_return_if_fail (PC_IS_ENTITY_CLASS (klass));
  g_return_if_fail (klass->fields == NULL);

  object_class->get_property = field_get_property;
  object_class->set_property = field_set_property;
  for (guint i = 0; i < n_fields; i++)
    pspecs[i + 1] = make_pspec (&fields[i]);
  g_object_class_install_properties (object_class, n_fields + 1, pspecs);
  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->field_pspecs = pspecs;
}

/**
 * pc_entity_type_get_fields:
 * @type: a type derived from #PcEntity
 *
 * Returns: (array length=n_fields) (transfer none): the type's fields
 */
const PcField *
pc_entity_type_get_fields (GType  type,
                           guint *n_fields)
{
  PcEntityClass *klass;

  g_return_val_if_fail (g_type_is_a (type, PC_TYPE_ENTITY), NULL);

  /* Entity classes are static: they stay once made. */
  klass = g_type_class_peek (type);
  if (klass == NULL)
    {
      klass = g_type_class_ref (type);
      g_type_class_unref (klass);
    }
  *n_fields = klass->n_fields;
  return klass->fields;
}

/**
 * pc_entity_get_fields:
 *
 * Returns: (array length=n_fields) (transfer none): the entity's fields
 */
const PcField *
pc_entity_get_fields (PcEntity *self,
                      guint    *n_fields)
{
  g_return_val_if_fail (PC_IS_ENTITY (self), NULL);

  *n_fields = PC_ENTITY_GET_CLASS (self)->n_fields;
  return PC_ENTITY_GET_CLASS (self)->fields;
}

/* Gives enum, boolean and int fields their default; called from the
 * instance init of each class with a table. */
void
pc_entity_init_fields (PcEntity *self)
{
  PcEntityClass *klass = PC_ENTITY_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    if (!pc_field_is_text (&klass->fields[i]))
      *(int *) G_STRUCT_MEMBER_P (self, klass->fields[i].offset) = klass->fields[i].default_value;
}

static guint
field_index (PcEntityClass *klass,
             const PcField *field)
{
  g_assert (field >= klass->fields && field < klass->fields + klass->n_fields);
  return field - klass->fields;
}

/* The one way a field changes: notifies only when the value is new. */
void
pc_entity_set_field_text (PcEntity      *self,
                          const PcField *field,
                          const char    *value)
{
  PcEntityClass *klass = PC_ENTITY_GET_CLASS (self);
  guint index = field_index (klass, field);

  if (pc_field_store_text (self, field, value))
    g_object_notify_by_pspec (G_OBJECT (self), klass->field_pspecs[index + 1]);
}

void
pc_entity_set_field_int (PcEntity      *self,
                         const PcField *field,
                         int            value)
{
  PcEntityClass *klass = PC_ENTITY_GET_CLASS (self);
  guint index = field_index (klass, field);

  if (pc_field_store_int (self, field, value))
    g_object_notify_by_pspec (G_OBJECT (self), klass->field_pspecs[index + 1]);
}

/* For the typed setters: @index is the field's position in the table. */
void
pc_entity_set_text (PcEntity   *self,
                    guint       index,
                    const char *value)
{
  PcEntityClass *klass = PC_ENTITY_GET_CLASS (self);

  g_assert (index < klass->n_fields);
  pc_entity_set_field_text (self, &klass->fields[index], value);
}

void
pc_entity_set_int (PcEntity *self,
                   guint     index,
                   int       value)
{
  PcEntityClass *klass = PC_ENTITY_GET_CLASS (self);

  g_assert (index < klass->n_fields);
  pc_entity_set_field_int (self, &klass->fields[index], value);
}

/**
 * pc_entity_copy_fields:
 * @to: an entity of the same type as @from
 *
 * Sets every field of @to to the value it has in @from (not the id).
 */
void
pc_entity_copy_fields (PcEntity *from,
                       PcEntity *to)
{
  PcEntityClass *klass;

  g_return_if_fail (PC_IS_ENTITY (from));
  g_return_if_fail (PC_IS_ENTITY (to));
  g_return_if_fail (G_OBJECT_TYPE (from) == G_OBJECT_TYPE (to));

  klass = PC_ENTITY_GET_CLASS (from);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const PcField *field = &klass->fields[i];

      if (pc_field_is_text (field))
        pc_entity_set_field_text (to, field, pc_field_get_text (from, field));
      else
        pc_entity_set_field_int (to, field, pc_field_get_int (from, field));
    }
}
