/* pc-inspector-fields.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pc-history.h"

G_BEGIN_DECLS

/* A set of text fields bound to string properties of one model object:
 * typing edits the object through the history (one undo step per field
 * visit), and the fields follow the object when it changes (undo). */
typedef struct _PcFields PcFields;

/* Writes a field's new value (%NULL when empty) instead of a plain set. */
typedef void (*PcFieldsEditFunc) (PcHistory  *history,
                                  GObject    *object,
                                  const char *value,
                                  gpointer    user_data);

PcFields  *pc_fields_new       (void);
void       pc_fields_free      (PcFields   *fields);
GtkWidget *pc_fields_add_entry (PcFields   *fields,
                                const char *property,
                                const char *title);
GtkWidget *pc_fields_add_time  (PcFields   *fields,
                                const char *property,
                                const char *title);
GtkWidget *pc_fields_add_text  (PcFields   *fields,
                                const char *property,
                                const char *title);
void       pc_fields_set_edit_func (PcFields        *fields,
                                    GtkWidget       *row,
                                    PcFieldsEditFunc func,
                                    gpointer         user_data);
void       pc_fields_bind      (PcFields   *fields,
                                gpointer    object,
                                PcHistory  *history);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PcFields, pc_fields_free)

G_END_DECLS
