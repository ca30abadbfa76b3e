/* pc-note.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A short note in one cell of an insight row: one row, one stage. The
 * notes of a cell are in the order of the map's list of notes, as the
 * touchpoints of a cell are. Empty text reads back as "". */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-note.h"
#include "pc-row.h"
#include "pc-stage.h"

struct _PcNote
{
  PcEntity parent_instance;

  char *row_id;
  char *stage_id;
  char *text;
  PcEvidence evidence;
  int votes;
};

G_DEFINE_FINAL_TYPE (PcNote, pc_note, PC_TYPE_ENTITY)

/* The fields in file order. */
enum {
  F_ROW,
  F_STAGE,
  F_TEXT,
  F_EVIDENCE,
  F_VOTES,
  N_FIELDS
};

#define OFFSET(member) G_STRUCT_OFFSET (PcNote, member)

static const PcField fields[N_FIELDS] = {
  [F_ROW] = {
    .member = "row", .property = "row-id", .offset = OFFSET (row_id),
    .kind = PC_FIELD_REF, .ref_type = pc_row_get_type, .flags = PC_FIELD_REQUIRED, .since = 2,
  },
  [F_STAGE] = {
    .member = "stage", .property = "stage-id", .offset = OFFSET (stage_id),
    .kind = PC_FIELD_REF, .ref_type = pc_stage_get_type, .flags = PC_FIELD_REQUIRED, .since = 2,
  },
  [F_TEXT] = {
    .member = "text", .property = "text", .offset = OFFSET (text),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_REQUIRED | PC_FIELD_MULTILINE, .since = 2,
    .label = N_("Text"),
  },
  [F_EVIDENCE] = {
    .member = "evidence", .property = "evidence", .offset = OFFSET (evidence),
    .kind = PC_FIELD_ENUM, .flags = PC_FIELD_UNSTATED, .since = 2,
    .enum_type = pc_evidence_get_type, .enum_label = (PcFieldLabelFunc) pc_evidence_get_label,
    .default_value = PC_EVIDENCE_UNSET, .fallback = PC_EVIDENCE_UNSET,
    .label = N_("Evidence"), .hint = N_("How well research backs it"),
  },
  [F_VOTES] = {
    .member = "votes", .property = "votes", .offset = OFFSET (votes),
    .kind = PC_FIELD_INT, .minimum = 0, .maximum = PC_MAX_VOTES, .since = 2,
    .label = N_("Votes"), .hint = N_("Dot votes from a workshop"),
  },
};

static void
pc_note_class_init (PcNoteClass *klass)
{
  PcEntityClass *entity_class = PC_ENTITY_CLASS (klass);

  entity_class->id_prefix = "note";
  pc_entity_class_install_fields (entity_class, fields, N_FIELDS);
}

static void
pc_note_init (PcNote *self)
{
  pc_entity_init_fields (PC_ENTITY (self));
}

/**
 * pc_note_new:
 * @id: (nullable): a stable id, or %NULL to make a new one
 */
PcNote *
pc_note_new (const char *id)
{
  return g_object_new (PC_TYPE_NOTE, "id", id, NULL);
}

#define TEXT_ACCESSORS(name, index)                                      \
const char *                                                            \
pc_note_get_##name (PcNote *self)                                       \
{                                                                       \
  g_return_val_if_fail (PC_IS_NOTE (self), NULL);                       \
                                                                        \
  return self->name ? self->name : "";                                  \
}                                                                       \
                                                                        \
void                                                                    \
pc_note_set_##name (PcNote     *self,                                   \
                    const char *name)                                   \
{                                                                       \
  g_return_if_fail (PC_IS_NOTE (self));                                 \
                                                                        \
  pc_entity_set_text (PC_ENTITY (self), index, name);                   \
}

TEXT_ACCESSORS (row_id, F_ROW)
TEXT_ACCESSORS (stage_id, F_STAGE)
TEXT_ACCESSORS (text, F_TEXT)

PcEvidence
pc_note_get_evidence (PcNote *self)
{
  g_return_val_if_fail (PC_IS_NOTE (self), PC_EVIDENCE_UNSET);

  return self->evidence;
}

void
pc_note_set_evidence (PcNote     *self,
                      PcEvidence  evidence)
{
  g_return_if_fail (PC_IS_NOTE (self));
  g_return_if_fail (evidence >= PC_EVIDENCE_UNSET && evidence <= PC_EVIDENCE_VALIDATED);

  pc_entity_set_int (PC_ENTITY (self), F_EVIDENCE, evidence);
}

guint
pc_note_get_votes (PcNote *self)
{
  g_return_val_if_fail (PC_IS_NOTE (self), 0);

  return self->votes;
}

void
pc_note_set_votes (PcNote *self,
                   guint   votes)
{
  g_return_if_fail (PC_IS_NOTE (self));
  g_return_if_fail (votes <= PC_MAX_VOTES);

  pc_entity_set_int (PC_ENTITY (self), F_VOTES, votes);
}
