/* pc-group-command.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Several commands that make one step: a drag, a cascade of removals. */

#include "config.h"

#include "pc-command.h"

struct _PcGroupCommand
{
  PcCommand  parent_instance;

  GPtrArray *commands;
};

G_DEFINE_FINAL_TYPE (PcGroupCommand, pc_group_command, PC_TYPE_COMMAND)

static void
pc_group_command_apply (PcCommand *command)
{
  PcGroupCommand *self = PC_GROUP_COMMAND (command);

  for (guint i = 0; i < self->commands->len; i++)
    pc_command_apply (g_ptr_array_index (self->commands, i));
}

static void
pc_group_command_revert (PcCommand *command)
{
  PcGroupCommand *self = PC_GROUP_COMMAND (command);

  for (guint i = self->commands->len; i > 0; i--)
    pc_command_revert (g_ptr_array_index (self->commands, i - 1));
}

static void
pc_group_command_finalize (GObject *object)
{
  PcGroupCommand *self = PC_GROUP_COMMAND (object);

  g_clear_pointer (&self->commands, g_ptr_array_unref);

  G_OBJECT_CLASS (pc_group_command_parent_class)->finalize (object);
}

static void
pc_group_command_class_init (PcGroupCommandClass *klass)
{
  PcCommandClass *command_class = PC_COMMAND_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = pc_group_command_finalize;
  command_class->apply = pc_group_command_apply;
  command_class->revert = pc_group_command_revert;
}

static void
pc_group_command_init (PcGroupCommand *self)
{
  self->commands = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * pc_group_command_new:
 * Returns: (transfer full): an empty group
 */
PcCommand *
pc_group_command_new (const char *label)
{
  PcCommand *self = g_object_new (PC_TYPE_GROUP_COMMAND, NULL);

  pc_command_set_label (self, label);
  return self;
}

/**
 * pc_group_command_add:
 * @command: (transfer full): a command, already applied
 *
 * Adds a command that has been applied; a set command merges with the
 * previous one on the same property, so a drag keeps one entry.
 */
void
pc_group_command_add (PcGroupCommand *self,
                      PcCommand      *command)
{
  g_return_if_fail (PC_IS_GROUP_COMMAND (self));
  g_return_if_fail (PC_IS_COMMAND (command));

  if (self->commands->len > 0)
    {
      PcCommand *last = g_ptr_array_index (self->commands, self->commands->len - 1);

      /* Within a group time does not matter: the group is one step. */
      pc_command_set_time (command, pc_command_get_time (last));
      if (pc_command_merge (last, command))
        {
          g_object_unref (command);
          return;
        }
    }
  g_ptr_array_add (self->commands, command);
}

guint
pc_group_command_get_size (PcGroupCommand *self)
{
  g_return_val_if_fail (PC_IS_GROUP_COMMAND (self), 0);
  return self->commands->len;
}
