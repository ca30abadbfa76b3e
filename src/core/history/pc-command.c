/* pc-command.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pc-command.h"

typedef struct
{
  char   *label;
  gint64  time;
} PcCommandPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PcCommand, pc_command, G_TYPE_OBJECT)

static gboolean
pc_command_real_merge (PcCommand *self,
                       PcCommand *next)
{
  return FALSE;
}

static void
pc_command_finalize (GObject *object)
{
  PcCommandPrivate *priv = pc_command_get_instance_private (PC_COMMAND (object));

  g_clear_pointer (&priv->label, g_free);

  G_OBJECT_CLASS (pc_command_parent_class)->finalize (object);
}

static void
pc_command_class_init (PcCommandClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pc_command_finalize;
  klass->merge = pc_command_real_merge;
}

static void
pc_command_init (PcCommand *self)
{
  PcCommandPrivate *priv = pc_command_get_instance_private (self);

  priv->time = g_get_monotonic_time ();
}

void
pc_command_apply (PcCommand *self)
{
  g_return_if_fail (PC_IS_COMMAND (self));
  PC_COMMAND_GET_CLASS (self)->apply (self);
}

void
pc_command_revert (PcCommand *self)
{
  g_return_if_fail (PC_IS_COMMAND (self));
  PC_COMMAND_GET_CLASS (self)->revert (self);
}

gboolean
pc_command_merge (PcCommand *self,
                  PcCommand *next)
{
  g_return_val_if_fail (PC_IS_COMMAND (self), FALSE);
  g_return_val_if_fail (PC_IS_COMMAND (next), FALSE);

  return PC_COMMAND_GET_CLASS (self)->merge (self, next);
}

const char *
pc_command_get_label (PcCommand *self)
{
  PcCommandPrivate *priv = pc_command_get_instance_private (self);

  g_return_val_if_fail (PC_IS_COMMAND (self), NULL);
  return priv->label ? priv->label : "";
}

void
pc_command_set_label (PcCommand  *self,
                      const char *label)
{
  PcCommandPrivate *priv = pc_command_get_instance_private (self);

  g_return_if_fail (PC_IS_COMMAND (self));
  g_free (priv->label);
  priv->label = g_strdup (label);
}

gint64
pc_command_get_time (PcCommand *self)
{
  PcCommandPrivate *priv = pc_command_get_instance_private (self);

  g_return_val_if_fail (PC_IS_COMMAND (self), 0);
  return priv->time;
}

void
pc_command_set_time (PcCommand *self,
                     gint64     time)
{
  PcCommandPrivate *priv = pc_command_get_instance_private (self);

  g_return_if_fail (PC_IS_COMMAND (self));
  priv->time = time;
}
