/* pc-persona.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A fictional buyer profile, drawn as a coloured circle beside its lanes.
 * Empty text reads back as "" so callers never test for NULL. */

#include "config.h"

#include <glib/gi18n.h>

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

/* The fields in file order. */
enum {
  F_NAME,
  F_DESCRIPTION,
  F_COLOR,
  F_GOALS,
  F_NEEDS,
  F_FRUSTRATIONS,
  F_NOTES,
  N_FIELDS
};

#define OFFSET(member) G_STRUCT_OFFSET (PcPersona, member)

static const PcField fields[N_FIELDS] = {
  [F_NAME] = {
    .member = "name", .property = "name", .offset = OFFSET (name),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_REQUIRED,
    .label = N_("Name"),
  },
  [F_DESCRIPTION] = {
    .member = "description", .property = "description", .offset = OFFSET (description),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_MULTILINE,
    .label = N_("Description"),
  },
  [F_COLOR] = {
    .member = "color", .property = "color", .offset = OFFSET (color),
    .kind = PC_FIELD_COLOR,
    .label = N_("Colour"),
  },
  [F_GOALS] = {
    .member = "goals", .property = "goals", .offset = OFFSET (goals),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_MULTILINE,
    .label = N_("Goals"),
  },
  [F_NEEDS] = {
    .member = "needs", .property = "needs", .offset = OFFSET (needs),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_MULTILINE,
    .label = N_("Needs"),
  },
  [F_FRUSTRATIONS] = {
    .member = "frustrations", .property = "frustrations", .offset = OFFSET (frustrations),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_MULTILINE,
    .label = N_("Frustrations"),
  },
  [F_NOTES] = {
    .member = "notes", .property = "notes", .offset = OFFSET (notes),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_MULTILINE,
    .label = N_("Notes"),
  },
};

static void
pc_persona_class_init (PcPersonaClass *klass)
{
  PcEntityClass *entity_class = PC_ENTITY_CLASS (klass);

  entity_class->id_prefix = "persona";
  pc_entity_class_install_fields (entity_class, fields, N_FIELDS);
}

static void
pc_persona_init (PcPersona *self)
{
  pc_entity_init_fields (PC_ENTITY (self));
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

  pc_entity_set_text (PC_ENTITY (self), F_NAME, name);
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

  pc_entity_set_text (PC_ENTITY (self), F_DESCRIPTION, description);
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

  pc_entity_set_text (PC_ENTITY (self), F_COLOR, color);
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

  pc_entity_set_text (PC_ENTITY (self), F_GOALS, goals);
}

const char *
pc_persona_pick_color (guint n)
{
  static const char * const colors[] = {
    "#3584e4", "#e66100", "#2ec27e", "#9141ac", "#c01c28", "#986a44", "#f5c211",
  };

  return colors[n % G_N_ELEMENTS (colors)];
}
