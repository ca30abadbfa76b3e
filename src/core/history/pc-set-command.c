/* pc-set-command.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One property of one object, from its old value to a new one. Consecutive
 * edits of the same property within a short while merge, so typing a title
 * letter by letter undoes as one step. */

#include "config.h"

#include "pc-command.h"

/* Edits further apart than this are separate undo steps. */
#define MERGE_WINDOW_USEC (2 * G_USEC_PER_SEC)

struct _PcSetCommand
{
  PcCommand   parent_instance;

  GObject    *object;
  GParamSpec *pspec;
  GValue      old_value;
  GValue      new_value;
};

G_DEFINE_FINAL_TYPE (PcSetCommand, pc_set_command, PC_TYPE_COMMAND)

static void
pc_set_command_apply (PcCommand *command)
{
  PcSetCommand *self = PC_SET_COMMAND (command);

  g_object_set_property (self->object, self->pspec->name, &self->new_value);
}

static void
pc_set_command_revert (PcCommand *command)
{
  PcSetCommand *self = PC_SET_COMMAND (command);

  g_object_set_property (self->object, self->pspec->name, &self->old_value);
}

static gboolean
pc_set_command_merge (PcCommand *command,
                      PcCommand *next_command)
{
  PcSetCommand *self = PC_SET_COMMAND (command);
  PcSetCommand *next;

  if (!PC_IS_SET_COMMAND (next_command))
    return FALSE;
  next = PC_SET_COMMAND (next_command);
  if (next->object != self->object || next->pspec != self->pspec)
    return FALSE;
  if (pc_command_get_time (next_command) - pc_command_get_time (command) > MERGE_WINDOW_USEC)
    return FALSE;

  g_value_unset (&self->new_value);
  g_value_init (&self->new_value, G_VALUE_TYPE (&next->new_value));
  g_value_copy (&next->new_value, &self->new_value);
  pc_command_set_time (command, pc_command_get_time (next_command));
  return TRUE;
}

static void
pc_set_command_finalize (GObject *object)
{
  PcSetCommand *self = PC_SET_COMMAND (object);

  g_clear_object (&self->object);
  g_value_unset (&self->old_value);
  g_value_unset (&self->new_value);

  G_OBJECT_CLASS (pc_set_command_parent_class)->finalize (object);
}

static void
pc_set_command_class_init (PcSetCommandClass *klass)
{
  PcCommandClass *command_class = PC_COMMAND_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = pc_set_command_finalize;
  command_class->apply = pc_set_command_apply;
  command_class->revert = pc_set_command_revert;
  command_class->merge = pc_set_command_merge;
}

static void
pc_set_command_init (PcSetCommand *self)
{
}

/**
 * pc_set_command_new:
 * @object: a model object
 * @property: the name of one of its properties
 * @value: the new value; the current one is kept for undo
 *
 * Returns: (transfer full): a command, not applied yet
 */
PcCommand *
pc_set_command_new (GObject      *object,
                    const char   *property,
                    const GValue *value)
{
  PcSetCommand *self;
  GParamSpec *pspec;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);
  g_return_val_if_fail (property != NULL, NULL);
  g_return_val_if_fail (G_IS_VALUE (value), NULL);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_val_if_fail (pspec != NULL, NULL);
  g_return_val_if_fail (pspec->flags & G_PARAM_WRITABLE, NULL);

  self = g_object_new (PC_TYPE_SET_COMMAND, NULL);
  self->object = g_object_ref (object);
  self->pspec = pspec;
  g_value_init (&self->old_value, pspec->value_type);
  g_object_get_property (object, pspec->name, &self->old_value);
  g_value_init (&self->new_value, pspec->value_type);
  if (!g_value_transform (value, &self->new_value))
    {
      g_critical ("Cannot set %s.%s from a %s", G_OBJECT_TYPE_NAME (object),
                  property, G_VALUE_TYPE_NAME (value));
      g_object_unref (self);
      return NULL;
    }
  return PC_COMMAND (self);
}
