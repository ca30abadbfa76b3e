/* pc-command.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pc-types.h"

G_BEGIN_DECLS

#define PC_TYPE_COMMAND (pc_command_get_type ())

G_DECLARE_DERIVABLE_TYPE (PcCommand, pc_command, PC, COMMAND, GObject)

/**
 * PcCommandClass:
 * @apply: make the change
 * @revert: undo exactly what @apply did
 * @merge: fold @next (already applied) into this command, so that a run
 *   of typing in one field is one undo step; return %FALSE to refuse
 */
struct _PcCommandClass
{
  GObjectClass parent_class;

  void     (*apply)  (PcCommand *self);
  void     (*revert) (PcCommand *self);
  gboolean (*merge)  (PcCommand *self,
                      PcCommand *next);
};

void        pc_command_apply      (PcCommand  *self);
void        pc_command_revert     (PcCommand  *self);
gboolean    pc_command_merge      (PcCommand  *self,
                                   PcCommand  *next);
const char *pc_command_get_label  (PcCommand  *self);
void        pc_command_set_label  (PcCommand  *self,
                                   const char *label);
gint64      pc_command_get_time   (PcCommand  *self);
void        pc_command_set_time   (PcCommand  *self,
                                   gint64      time);

/* Changes one property of any model object. */
#define PC_TYPE_SET_COMMAND (pc_set_command_get_type ())
G_DECLARE_FINAL_TYPE (PcSetCommand, pc_set_command, PC, SET_COMMAND, PcCommand)

PcCommand  *pc_set_command_new    (GObject      *object,
                                   const char   *property,
                                   const GValue *value);

/* Inserts, removes or moves an item of a list, or inserts several. */
#define PC_TYPE_LIST_COMMAND (pc_list_command_get_type ())
G_DECLARE_FINAL_TYPE (PcListCommand, pc_list_command, PC, LIST_COMMAND, PcCommand)

PcCommand  *pc_list_command_new_insert (GListStore *store,
                                        guint       position,
                                        gpointer    item);
PcCommand  *pc_list_command_new_remove (GListStore *store,
                                        gpointer    item);
PcCommand  *pc_list_command_new_move   (GListStore *store,
                                        gpointer    item,
                                        guint       position);
/* Inserts @n_items items together: one change of the list each way. */
PcCommand  *pc_list_command_new_insert_many (GListStore *store,
                                             guint       position,
                                             gpointer   *items,
                                             guint       n_items);

/* Several commands applied in order and reverted in reverse: one step. */
#define PC_TYPE_GROUP_COMMAND (pc_group_command_get_type ())
G_DECLARE_FINAL_TYPE (PcGroupCommand, pc_group_command, PC, GROUP_COMMAND, PcCommand)

PcCommand  *pc_group_command_new       (const char     *label);
void        pc_group_command_add       (PcGroupCommand *self,
                                        PcCommand      *command);
guint       pc_group_command_get_size  (PcGroupCommand *self);

G_END_DECLS
