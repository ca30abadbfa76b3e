/* pc-recycler.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Child widgets for the items in view of a big surface, the way
 * GtkListView keeps them: a widget per item in view, bound to it; once out
 * of view it is unparented and kept to be bound to the next item that
 * comes into view. One recycler per kind of item (cards, notes...). */
typedef struct _PcRecycler PcRecycler;

/* Makes a new, unbound widget. */
typedef GtkWidget *(*PcRecyclerCreateFunc) (gpointer   user_data);
/* Binds @widget to @item, or unbinds it when @item is %NULL. */
typedef void       (*PcRecyclerBindFunc)   (GtkWidget *widget,
                                            gpointer   item,
                                            gpointer   user_data);

PcRecycler *pc_recycler_new       (GtkWidget            *parent,
                                   PcRecyclerCreateFunc  create,
                                   PcRecyclerBindFunc    bind,
                                   gpointer              user_data);
void        pc_recycler_free      (PcRecycler           *self);

GtkWidget  *pc_recycler_lookup    (PcRecycler           *self,
                                   gpointer              item);
GtkWidget  *pc_recycler_acquire   (PcRecycler           *self,
                                   gpointer              item);
void        pc_recycler_release   (PcRecycler           *self,
                                   gpointer              item);
void        pc_recycler_begin     (PcRecycler           *self);
void        pc_recycler_end       (PcRecycler           *self);
void        pc_recycler_set_locked (PcRecycler          *self,
                                    gboolean             locked);
GHashTable *pc_recycler_get_items (PcRecycler           *self);
guint       pc_recycler_get_n_created (PcRecycler       *self);

G_END_DECLS
