/* pc-templates.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-document.h"
#include "pc-history.h"

G_BEGIN_DECLS

/* The stage templates the articles name, shipped as .parcours files in the
 * resources under PC_TEMPLATES_RESOURCE_PATH and translated with gettext
 * when they are instantiated. The ids are those of the GSettings key
 * "default-template". */

#define PC_TEMPLATES_RESOURCE_PATH "/io/github/parcours/Parcours/templates/"
#define PC_TEMPLATE_DEFAULT        "5a"

typedef struct
{
  const char *id;
  const char *name;         /* untranslated: show pc_template_info_get_name() */
  const char *description;  /* untranslated */
  PcMapKind   kind;
} PcTemplateInfo;

guint                 pc_templates_get_n_templates (void);
const PcTemplateInfo *pc_templates_get_nth         (guint        index);
const PcTemplateInfo *pc_templates_find            (const char  *id);
const char           *pc_template_info_get_name    (const PcTemplateInfo *info);
const char           *pc_template_info_get_description (const PcTemplateInfo *info);

GBytes               *pc_templates_get_data        (const char  *id,
                                                    GError     **error);
char                **pc_templates_get_stage_names (const char  *id);
PcDocument           *pc_templates_instantiate     (const char  *id,
                                                    GError     **error);
PcMap                *pc_templates_add_map         (PcHistory   *history,
                                                    PcDocument  *document,
                                                    const char  *id,
                                                    GError     **error);

G_END_DECLS
