/* pc-test-util.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-document.h"

G_BEGIN_DECLS

PcDocument *pc_test_make_document   (guint       n_touchpoints);
PcDocument *pc_test_load_example    (void);
char       *pc_test_data_path       (const char *name);
char       *pc_test_save_to_string  (PcDocument *document);
void        pc_test_assert_schema_valid (const char *path);

G_END_DECLS
