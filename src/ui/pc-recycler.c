/* pc-recycler.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A map of twenty thousand cards must not be twenty thousand widgets:
 * each costs memory, an accessible object, a CSS node and time to place.
 * The surface asks for the widgets of the items in view (plus a margin),
 * between pc_recycler_begin() and pc_recycler_end(); the widgets of the
 * items it did not ask for are unbound, unparented and kept in a pool,
 * and the next item that comes into view gets one of them. */

#include "config.h"

#include "pc-recycler.h"

/* Unparented widgets kept for reuse; more are dropped. */
#define POOL_SIZE 128

struct _PcRecycler
{
  GtkWidget            *parent;     /* (unowned) */
  PcRecyclerCreateFunc  create;
  PcRecyclerBindFunc    bind;
  gpointer              user_data;

  GHashTable           *items;      /* item (ref) → widget (child of parent) */
  GPtrArray            *pool;       /* unbound widgets (ref), unparented */
  GHashTable           *wanted;     /* items acquired since begin, or NULL */
  guint                 n_created;
  gboolean              locked;     /* the parent is being laid out */
};

/**
 * pc_recycler_new:
 * @parent: the widget the bound widgets are children of; it must
 *   outlive the recycler
 * @create: makes an unbound widget
 * @bind: binds a widget to an item, or unbinds it
 *
 * Returns: (transfer full): a recycler, freed with pc_recycler_free()
 */
PcRecycler *
pc_recycler_new (GtkWidget            *parent,
                 PcRecyclerCreateFunc  create,
                 PcRecyclerBindFunc    bind,
                 gpointer              user_data)
{
  PcRecycler *self;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (create != NULL && bind != NULL, NULL);

  self = g_new0 (PcRecycler, 1);
  self->parent = parent;
  self->create = create;
  self->bind = bind;
  self->user_data = user_data;
  self->items = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->pool = g_ptr_array_new_with_free_func (g_object_unref);
  return self;
}

/* Unparents the bound widgets (the parent may be disposing) and frees. */
void
pc_recycler_free (PcRecycler *self)
{
  GHashTableIter iter;
  gpointer widget;

  if (self == NULL)
    return;

  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, NULL, &widget))
    if (gtk_widget_get_parent (widget) == self->parent)
      gtk_widget_unparent (widget);
  g_clear_pointer (&self->items, g_hash_table_unref);
  g_clear_pointer (&self->pool, g_ptr_array_unref);
  g_clear_pointer (&self->wanted, g_hash_table_unref);
  g_free (self);
}

/* Returns: (transfer none) (nullable): the widget bound to @item */
GtkWidget *
pc_recycler_lookup (PcRecycler *self,
                    gpointer    item)
{
  g_return_val_if_fail (self != NULL, NULL);

  return item ? g_hash_table_lookup (self->items, item) : NULL;
}

/**
 * pc_recycler_acquire:
 *
 * The widget of @item: the one already bound to it, else one from the
 * pool, else a new one, bound to @item and placed first among the
 * children of the parent (under the others). Between
 * pc_recycler_begin() and pc_recycler_end() it also marks @item wanted.
 *
 * Returns: (transfer none): the widget bound to @item
 */
GtkWidget *
pc_recycler_acquire (PcRecycler *self,
                     gpointer    item)
{
  GtkWidget *widget;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (G_IS_OBJECT (item), NULL);

  if (self->wanted != NULL)
    g_hash_table_add (self->wanted, item);
  if ((widget = g_hash_table_lookup (self->items, item)) != NULL)
    return widget;

  g_return_val_if_fail (!self->locked, NULL);
  if (self->pool->len > 0)
    widget = g_ptr_array_steal_index_fast (self->pool, self->pool->len - 1);
  else
    {
      widget = g_object_ref_sink (self->create (self->user_data));
      self->n_created++;
    }
  self->bind (widget, item, self->user_data);
  gtk_widget_insert_after (widget, self->parent, NULL);
  g_hash_table_insert (self->items, g_object_ref (item), widget);
  g_object_unref (widget);   /* the parent holds it now */
  return widget;
}

/* The widget of @item goes back to the pool, unbound. */
void
pc_recycler_release (PcRecycler *self,
                     gpointer    item)
{
  GtkWidget *widget;

  g_return_if_fail (self != NULL);

  if (item == NULL || (widget = g_hash_table_lookup (self->items, item)) == NULL)
    return;

  g_return_if_fail (!self->locked);
  g_object_ref (widget);
  g_hash_table_remove (self->items, item);
  gtk_widget_unparent (widget);
  self->bind (widget, NULL, self->user_data);
  if (self->pool->len < POOL_SIZE)
    g_ptr_array_add (self->pool, widget);
  else
    g_object_unref (widget);
}

/* Starts saying which items are wanted: those not acquired before
 * pc_recycler_end() give their widget back. */
void
pc_recycler_begin (PcRecycler *self)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->wanted, g_hash_table_unref);
  self->wanted = g_hash_table_new (NULL, NULL);
}

void
pc_recycler_end (PcRecycler *self)
{
  g_autoptr(GPtrArray) unwanted = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer item;

  g_return_if_fail (self != NULL);
  g_return_if_fail (self->wanted != NULL);

  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    if (!g_hash_table_contains (self->wanted, item))
      g_ptr_array_add (unwanted, item);
  for (guint i = 0; i < unwanted->len; i++)
    pc_recycler_release (self, g_ptr_array_index (unwanted, i));
  g_clear_pointer (&self->wanted, g_hash_table_unref);
}

/**
 * pc_recycler_set_locked:
 *
 * While the parent is measured or allocated, no widget may be added to
 * it or taken from it (GTK would be left with a resize queued in the
 * middle of its layout phase): a locked recycler only finds the widgets
 * already bound, and acquiring a new one or releasing one is a
 * programming error.
 */
void
pc_recycler_set_locked (PcRecycler *self,
                        gboolean    locked)
{
  g_return_if_fail (self != NULL);

  self->locked = !!locked;
}

/* Returns: (transfer none): item → bound widget, not to be changed */
GHashTable *
pc_recycler_get_items (PcRecycler *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->items;
}

/* How many widgets were ever made: bounded by what fits in view when
 * recycling works. */
guint
pc_recycler_get_n_created (PcRecycler *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_created;
}
