/* pc-list-command.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Insert, remove or move one item of a GListStore, or insert several
 * side by side in one change of the list (an import of thousands of rows
 * is one "items-changed" each way, not thousands). A removal looks the
 * item up when it is applied, not when it is made, so several removals
 * grouped together stay right however the positions shift in between. */

#include "config.h"

#include "pc-command.h"
#include "pc-map.h"

typedef enum
{
  LIST_INSERT,
  LIST_REMOVE,
  LIST_MOVE,
  LIST_INSERT_MANY,
} ListOperation;

struct _PcListCommand
{
  PcCommand      parent_instance;

  ListOperation  operation;
  GListStore    *store;
  GObject       *item;
  GPtrArray     *items;        /* LIST_INSERT_MANY: the items, in order */
  guint          position;     /* where to insert, or where to move to */
  guint          old_position; /* where it was before apply */
};

G_DEFINE_FINAL_TYPE (PcListCommand, pc_list_command, PC_TYPE_COMMAND)

static void
take_out (PcListCommand *self)
{
  guint position;

  if (!pc_list_find (G_LIST_MODEL (self->store), self->item, &position))
    g_return_if_reached ();
  self->old_position = position;
  g_list_store_remove (self->store, position);
}

static void
put_in (GListStore *store,
        guint       position,
        GObject    *item)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  g_list_store_insert (store, MIN (position, n), item);
}

static void
pc_list_command_apply (PcCommand *command)
{
  PcListCommand *self = PC_LIST_COMMAND (command);

  switch (self->operation)
    {
    case LIST_INSERT:
      put_in (self->store, self->position, self->item);
      break;
    case LIST_REMOVE:
      take_out (self);
      break;
    case LIST_MOVE:
      take_out (self);
      put_in (self->store, self->position, self->item);
      break;
    case LIST_INSERT_MANY:
      g_list_store_splice (self->store,
                           MIN (self->position, g_list_model_get_n_items (G_LIST_MODEL (self->store))),
                           0, self->items->pdata, self->items->len);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
pc_list_command_revert (PcCommand *command)
{
  PcListCommand *self = PC_LIST_COMMAND (command);
  guint position;

  switch (self->operation)
    {
    case LIST_INSERT:
      if (pc_list_find (G_LIST_MODEL (self->store), self->item, &position))
        g_list_store_remove (self->store, position);
      break;
    case LIST_REMOVE:
      put_in (self->store, self->old_position, self->item);
      break;
    case LIST_MOVE:
      if (pc_list_find (G_LIST_MODEL (self->store), self->item, &position))
        g_list_store_remove (self->store, position);
      put_in (self->store, self->old_position, self->item);
      break;
    case LIST_INSERT_MANY:
      /* They were inserted side by side, and stay so until reverted. */
      if (self->items->len > 0 &&
          pc_list_find (G_LIST_MODEL (self->store), g_ptr_array_index (self->items, 0), &position))
        g_list_store_splice (self->store, position,
                             MIN (self->items->len,
                                  g_list_model_get_n_items (G_LIST_MODEL (self->store)) - position),
                             NULL, 0);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
pc_list_command_finalize (GObject *object)
{
  PcListCommand *self = PC_LIST_COMMAND (object);

  g_clear_object (&self->store);
  g_clear_object (&self->item);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (pc_list_command_parent_class)->finalize (object);
}

static void
pc_list_command_class_init (PcListCommandClass *klass)
{
  PcCommandClass *command_class = PC_COMMAND_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = pc_list_command_finalize;
  command_class->apply = pc_list_command_apply;
  command_class->revert = pc_list_command_revert;
}

static void
pc_list_command_init (PcListCommand *self)
{
}

static PcCommand *
list_command_new (ListOperation  operation,
                  GListStore    *store,
                  gpointer       item,
                  guint          position)
{
  PcListCommand *self;

  g_return_val_if_fail (G_IS_LIST_STORE (store), NULL);
  g_return_val_if_fail (G_IS_OBJECT (item), NULL);

  self = g_object_new (PC_TYPE_LIST_COMMAND, NULL);
  self->operation = operation;
  self->store = g_object_ref (store);
  self->item = g_object_ref (item);
  self->position = position;
  return PC_COMMAND (self);
}

/**
 * pc_list_command_new_insert:
 * Returns: (transfer full): a command that inserts @item at @position
 *   (clamped to the end of the list)
 */
PcCommand *
pc_list_command_new_insert (GListStore *store,
                            guint       position,
                            gpointer    item)
{
  return list_command_new (LIST_INSERT, store, item, position);
}

/**
 * pc_list_command_new_remove:
 * Returns: (transfer full): a command that removes @item
 */
PcCommand *
pc_list_command_new_remove (GListStore *store,
                            gpointer    item)
{
  return list_command_new (LIST_REMOVE, store, item, 0);
}

/**
 * pc_list_command_new_move:
 * Returns: (transfer full): a command after which @item stands at
 *   @position in the list
 */
PcCommand *
pc_list_command_new_move (GListStore *store,
                          gpointer    item,
                          guint       position)
{
  return list_command_new (LIST_MOVE, store, item, position);
}

/**
 * pc_list_command_new_insert_many:
 * @items: (array length=n_items): the items to insert, in order
 *
 * Returns: (transfer full): a command that inserts @items side by side at
 *   @position (clamped to the end of the list) in one change of the list,
 *   and removes them in one when reverted
 */
PcCommand *
pc_list_command_new_insert_many (GListStore *store,
                                 guint       position,
                                 gpointer   *items,
                                 guint       n_items)
{
  PcListCommand *self;

  g_return_val_if_fail (G_IS_LIST_STORE (store), NULL);
  g_return_val_if_fail (items != NULL || n_items == 0, NULL);
  for (guint i = 0; i < n_items; i++)
    g_return_val_if_fail (G_IS_OBJECT (items[i]), NULL);

  self = g_object_new (PC_TYPE_LIST_COMMAND, NULL);
  self->operation = LIST_INSERT_MANY;
  self->store = g_object_ref (store);
  self->items = g_ptr_array_new_full (n_items, g_object_unref);
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (self->items, g_object_ref (items[i]));
  self->position = position;
  return PC_COMMAND (self);
}
