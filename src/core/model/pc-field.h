/* pc-field.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * PcFieldKind:
 * @PC_FIELD_TEXT: free text (`char *`); reads back as "" when unset
 * @PC_FIELD_TIME: a time of day, "HH:MM" or "" (`char *`)
 * @PC_FIELD_COLOR: a colour, "#rrggbb" or "" (`char *`)
 * @PC_FIELD_REF: the id of another entity, of @ref_type, or "" (`char *`)
 * @PC_FIELD_ENUM: a value of @enum_type (`int`), written as its nick
 * @PC_FIELD_BOOLEAN: yes or no (`gboolean`)
 * @PC_FIELD_INT: a whole number from @minimum to @maximum (`int`)
 *
 * What a field holds, which says how it is stored, read, written, imported
 * and edited.
 */
typedef enum
{
  PC_FIELD_TEXT,
  PC_FIELD_TIME,
  PC_FIELD_COLOR,
  PC_FIELD_REF,
  PC_FIELD_ENUM,
  PC_FIELD_BOOLEAN,
  PC_FIELD_INT,
} PcFieldKind;

/**
 * PcFieldFlags:
 * @PC_FIELD_REQUIRED: always written; a file without it does not load
 * @PC_FIELD_MULTILINE: edited in a text view, not a one-line entry
 * @PC_FIELD_SKIP_INVALID: a spreadsheet row with a value that does not
 *   read is skipped (otherwise the field takes @fallback)
 * @PC_FIELD_UNSTATED: for %PC_FIELD_ENUM, the default value means "not
 *   stated": it has no word in a file (the member is left out, and its
 *   nick is not accepted there)
 */
typedef enum
{
  PC_FIELD_REQUIRED     = 1 << 0,
  PC_FIELD_MULTILINE    = 1 << 1,
  PC_FIELD_SKIP_INVALID = 1 << 2,
  PC_FIELD_UNSTATED     = 1 << 3,
} PcFieldFlags;

/* One more word a spreadsheet may use for an enum value, normalised as
 * column names are (lower case, no accents, "_" between words). */
typedef struct
{
  const char *word;
  int         value;
} PcFieldWord;

typedef const char *(*PcFieldLabelFunc) (int value);

/**
 * PcField:
 * @member: the JSON member in a .parcours file
 * @property: the GObject property, installed from this description
 * @offset: where the value lives in the instance (G_STRUCT_OFFSET)
 * @enum_type: for %PC_FIELD_ENUM, the enum's get_type function
 * @enum_label: for %PC_FIELD_ENUM, a value's translated label
 * @words: (array zero-terminated=1): for %PC_FIELD_ENUM, more words
 *   accepted on import besides the nicks and labels
 * @ref_type: for %PC_FIELD_REF, the get_type function of what it refers to
 * @default_value: for enum, boolean and int fields
 * @minimum: for %PC_FIELD_INT; with 0 or more, the property is unsigned
 * @maximum: for %PC_FIELD_INT
 * @csv: the CSV column, in English, as exported; %NULL for none
 * @csv_fr: the column's French name, accepted on import
 * @csv_aliases: (array zero-terminated=1): more names accepted on import
 * @csv_rank: the column's place in an export (ties keep the table order)
 * @invalid: (nullable): the import's warning for a value that does not
 *   read ("Line %d: “%s” …", marked N_()); %NULL for a generic one
 * @fallback: what an unreadable imported value becomes, without
 *   %PC_FIELD_SKIP_INVALID
 * @label: the editor's label, marked N_(); %NULL when not edited there
 * @hint: (nullable): a subtitle under the label, marked N_()
 * @group: (nullable): the title of the editor's group, marked N_()
 * @since: the version of the file format that brought the field; 0 for
 *   the first. Reading a file of an older version takes a member of that
 *   name as one it does not know.
 *
 * One field of an entity, described once: the file format, CSV import
 * and export, the editors and copying all walk the entity's table of
 * these (see pc_entity_class_install_fields()).
 */
typedef struct
{
  const char          *member;
  const char          *property;
  PcFieldKind          kind;
  PcFieldFlags         flags;
  gsize                offset;
  GType              (*enum_type) (void);
  PcFieldLabelFunc     enum_label;
  const PcFieldWord   *words;
  GType              (*ref_type) (void);
  int                  default_value;
  int                  minimum;
  int                  maximum;
  const char          *csv;
  const char          *csv_fr;
  const char * const  *csv_aliases;
  int                  csv_rank;
  const char          *invalid;
  int                  fallback;
  const char          *label;
  const char          *hint;
  const char          *group;
  int                  since;
} PcField;

/* A NULL-terminated list of names or words inside a table entry. */
#define PC_FIELD_NAMES(...) ((const char * const []) { __VA_ARGS__, NULL })
#define PC_FIELD_WORDS(...) ((const PcFieldWord []) { __VA_ARGS__, { NULL, 0 } })

static inline gboolean
pc_field_is_text (const PcField *field)
{
  return field->kind <= PC_FIELD_REF;
}

const char *pc_field_get_text   (gpointer       instance,
                                 const PcField *field);
int         pc_field_get_int    (gpointer       instance,
                                 const PcField *field);
gboolean    pc_field_store_text (gpointer       instance,
                                 const PcField *field,
                                 const char    *value);
gboolean    pc_field_store_int  (gpointer       instance,
                                 const PcField *field,
                                 int            value);

G_END_DECLS
