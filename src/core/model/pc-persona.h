/* pc-persona.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-entity.h"

G_BEGIN_DECLS

#define PC_TYPE_PERSONA (pc_persona_get_type ())

G_DECLARE_FINAL_TYPE (PcPersona, pc_persona, PC, PERSONA, PcEntity)

PcPersona   *pc_persona_new (const char *id);
const char  *pc_persona_get_name (PcPersona *self);
void         pc_persona_set_name (PcPersona *self,
                                  const char *name);
const char  *pc_persona_get_description (PcPersona *self);
void         pc_persona_set_description (PcPersona *self,
                                         const char *description);
const char  *pc_persona_get_color (PcPersona *self);
void         pc_persona_set_color (PcPersona *self,
                                   const char *color);
const char  *pc_persona_get_goals (PcPersona *self);
void         pc_persona_set_goals (PcPersona *self,
                                   const char *goals);

/* The colour for the @n-th persona of a document (from 0): a palette that
 * stays readable on light and dark backgrounds, repeated. */
const char  *pc_persona_pick_color (guint n);

/* Whether a lane called @name names a person ("Alice", "Marie Dupont",
 * "Jean-Pierre Martin"), so that an import makes it a persona lane: one
 * or two capitalised words, none of them a channel, team, system or
 * service-blueprint word ("Website", "Support team", "Backstage", "IT"). */
gboolean     pc_persona_name_is_personal (const char *name);

G_END_DECLS
