/* pc-template-chooser.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pc-types.h"

G_BEGIN_DECLS

#define PC_TYPE_TEMPLATE_CHOOSER (pc_template_chooser_get_type ())

G_DECLARE_FINAL_TYPE (PcTemplateChooser, pc_template_chooser, PC, TEMPLATE_CHOOSER, AdwWindow)

PcTemplateChooser *pc_template_chooser_new          (GtkWindow         *parent,
                                                     const char        *title);
const char        *pc_template_chooser_get_selected (PcTemplateChooser *self);
void               pc_template_chooser_select       (PcTemplateChooser *self,
                                                     const char        *id);
void               pc_template_chooser_choose       (PcTemplateChooser *self);

G_END_DECLS
