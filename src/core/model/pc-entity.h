/* pc-entity.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "pc-field.h"
#include "pc-types.h"

G_BEGIN_DECLS

#define PC_TYPE_ENTITY (pc_entity_get_type ())

G_DECLARE_DERIVABLE_TYPE (PcEntity, pc_entity, PC, ENTITY, GObject)

/**
 * PcEntityClass:
 * @id_prefix: the start of the ids made for new entities of this class
 *
 * Everything a document holds has a stable id, and keeps the members of its
 * JSON object that this version of Parcours does not know, so that a file
 * from a newer version loses nothing when it is saved again.
 *
 * Its other properties are the fields of its class's table, installed by
 * pc_entity_class_install_fields() in class_init.
 */
struct _PcEntityClass
{
  GObjectClass parent_class;

  const char *id_prefix;

  /*< private >*/
  const PcField *fields;
  guint          n_fields;
  GParamSpec   **field_pspecs;
};

void            pc_entity_class_install_fields (PcEntityClass *klass,
                                                const PcField *fields,
                                                guint          n_fields);
const PcField  *pc_entity_type_get_fields      (GType          type,
                                                guint         *n_fields);
const PcField  *pc_entity_get_fields           (PcEntity      *self,
                                                guint         *n_fields);
void            pc_entity_init_fields          (PcEntity      *self);
void            pc_entity_set_text             (PcEntity      *self,
                                                guint          index,
                                                const char    *value);
void            pc_entity_set_int              (PcEntity      *self,
                                                guint          index,
                                                int            value);
void            pc_entity_set_field_text       (PcEntity      *self,
                                                const PcField *field,
                                                const char    *value);
void            pc_entity_set_field_int        (PcEntity      *self,
                                                const PcField *field,
                                                int            value);
void            pc_entity_copy_fields          (PcEntity      *from,
                                                PcEntity      *to);

const char *pc_entity_get_id        (PcEntity   *self);
JsonObject *pc_entity_get_extras    (PcEntity   *self);
void        pc_entity_set_extras    (PcEntity   *self,
                                     JsonObject *extras);
char       *pc_entity_make_id       (const char *prefix);

G_END_DECLS
