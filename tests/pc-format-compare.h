/* pc-format-compare.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-document.h"

G_BEGIN_DECLS

char *pc_format_compare_documents (PcDocument *a,
                                   PcDocument *b);

G_END_DECLS
