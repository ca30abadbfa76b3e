/* pc-format-keys.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The member names of the objects open at one point of a JSON text, to
 * find a name used twice in one object before json-glib sees it (json-glib
 * looks for the earlier one with a linear search, so a file of repeated
 * names takes hours to parse). Internal to the format code. */
typedef struct _PcKeyStack PcKeyStack;

PcKeyStack *pc_key_stack_new  (void);
void        pc_key_stack_free (PcKeyStack *self);
void        pc_key_stack_push (PcKeyStack *self,
                               gboolean    is_object);
void        pc_key_stack_pop  (PcKeyStack *self);
gboolean    pc_key_stack_add  (PcKeyStack *self,
                               const char *raw,
                               gsize       length,
                               char      **name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PcKeyStack, pc_key_stack_free)

G_END_DECLS
