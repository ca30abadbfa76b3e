/* pc-persona.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A fictional buyer profile, drawn as a coloured circle beside its lanes.
 * Empty text reads back as "" so callers never test for NULL. */

#include "config.h"

#include "pc-persona.h"

struct _PcPersona
{
  PcEntity parent_instance;

  char *name;
  char *description;
  char *color;
  char *goals;
  char *needs;
  char *frustrations;
  char *notes;
};

G_DEFINE_FINAL_TYPE (PcPersona, pc_persona, PC_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_COLOR,
  PROP_GOALS,
  PROP_NEEDS,
  PROP_FRUSTRATIONS,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pc_persona_finalize (GObject *object)
{
  PcPersona *self = PC_PERSONA (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->color, g_free);
  g_clear_pointer (&self->goals, g_free);
  g_clear_pointer (&self->needs, g_free);
  g_clear_pointer (&self->frustrations, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (pc_persona_parent_class)->finalize (object);
}

static void
pc_persona_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PcPersona *self = PC_PERSONA (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;
    case PROP_GOALS:
      g_value_set_string (value, self->goals);
      break;
    case PROP_NEEDS:
      g_value_set_string (value, self->needs);
      break;
    case PROP_FRUSTRATIONS:
      g_value_set_string (value, self->frustrations);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_persona_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PcPersona *self = PC_PERSONA (object);

  switch (prop_id)
    {
    case PROP_NAME:
      pc_persona_set_name (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      pc_persona_set_description (self, g_value_get_string (value));
      break;
    case PROP_COLOR:
      pc_persona_set_color (self, g_value_get_string (value));
      break;
    case PROP_GOALS:
      pc_persona_set_goals (self, g_value_get_string (value));
      break;
    case PROP_NEEDS:
      pc_persona_set_needs (self, g_value_get_string (value));
      break;
    case PROP_FRUSTRATIONS:
      pc_persona_set_frustrations (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      pc_persona_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_persona_class_init (PcPersonaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PcEntityClass *entity_class = PC_ENTITY_CLASS (klass);

  object_class->finalize = pc_persona_finalize;
  object_class->get_property = pc_persona_get_property;
  object_class->set_property = pc_persona_set_property;
  entity_class->id_prefix = "persona";

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GOALS] =
    g_param_spec_string ("goals", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NEEDS] =
    g_param_spec_string ("needs", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FRUSTRATIONS] =
    g_param_spec_string ("frustrations", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pc_persona_init (PcPersona *self)
{
}

/**
 * pc_persona_new:
 * @id: (nullable): a stable id, or %NULL to make a new one
 */
PcPersona *
pc_persona_new (const char *id)
{
  return g_object_new (PC_TYPE_PERSONA, "id", id, NULL);
}

const char *
pc_persona_get_name (PcPersona *self)
{
  g_return_val_if_fail (PC_IS_PERSONA (self), NULL);

  return self->name ? self->name : "";
}

void
pc_persona_set_name (PcPersona *self,
                     const char *name)
{
  g_return_if_fail (PC_IS_PERSONA (self));

  if (g_strcmp0 (self->name ? self->name : "", name ? name : "") == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
pc_persona_get_description (PcPersona *self)
{
  g_return_val_if_fail (PC_IS_PERSONA (self), NULL);

  return self->description ? self->description : "";
}

void
pc_persona_set_description (PcPersona *self,
                            const char *description)
{
  g_return_if_fail (PC_IS_PERSONA (self));

  if (g_strcmp0 (self->description ? self->description : "", description ? description : "") == 0)
    return;
  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

const char *
pc_persona_get_color (PcPersona *self)
{
  g_return_val_if_fail (PC_IS_PERSONA (self), NULL);

  return self->color ? self->color : "";
}

void
pc_persona_set_color (PcPersona *self,
                      const char *color)
{
  g_return_if_fail (PC_IS_PERSONA (self));

  if (g_strcmp0 (self->color ? self->color : "", color ? color : "") == 0)
    return;
  g_free (self->color);
  self->color = g_strdup (color);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}

const char *
pc_persona_get_goals (PcPersona *self)
{
  g_return_val_if_fail (PC_IS_PERSONA (self), NULL);

  return self->goals ? self->goals : "";
}

void
pc_persona_set_goals (PcPersona *self,
                      const char *goals)
{
  g_return_if_fail (PC_IS_PERSONA (self));

  if (g_strcmp0 (self->goals ? self->goals : "", goals ? goals : "") == 0)
    return;
  g_free (self->goals);
  self->goals = g_strdup (goals);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOALS]);
}

const char *
pc_persona_get_needs (PcPersona *self)
{
  g_return_val_if_fail (PC_IS_PERSONA (self), NULL);

  return self->needs ? self->needs : "";
}

void
pc_persona_set_needs (PcPersona *self,
                      const char *needs)
{
  g_return_if_fail (PC_IS_PERSONA (self));

  if (g_strcmp0 (self->needs ? self->needs : "", needs ? needs : "") == 0)
    return;
  g_free (self->needs);
  self->needs = g_strdup (needs);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEEDS]);
}

const char *
pc_persona_get_frustrations (PcPersona *self)
{
  g_return_val_if_fail (PC_IS_PERSONA (self), NULL);

  return self->frustrations ? self->frustrations : "";
}

void
pc_persona_set_frustrations (PcPersona *self,
                             const char *frustrations)
{
  g_return_if_fail (PC_IS_PERSONA (self));

  if (g_strcmp0 (self->frustrations ? self->frustrations : "", frustrations ? frustrations : "") == 0)
    return;
  g_free (self->frustrations);
  self->frustrations = g_strdup (frustrations);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRUSTRATIONS]);
}

const char *
pc_persona_get_notes (PcPersona *self)
{
  g_return_val_if_fail (PC_IS_PERSONA (self), NULL);

  return self->notes ? self->notes : "";
}

void
pc_persona_set_notes (PcPersona *self,
                      const char *notes)
{
  g_return_if_fail (PC_IS_PERSONA (self));

  if (g_strcmp0 (self->notes ? self->notes : "", notes ? notes : "") == 0)
    return;
  g_free (self->notes);
  self->notes = g_strdup (notes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
pc_persona_pick_color (guint n)
{
  static const char * const colors[] = {
    "#3584e4", "#e66100", "#2ec27e", "#9141ac", "#c01c28", "#986a44", "#f5c211",
  };

  return colors[n % G_N_ELEMENTS (colors)];
}
