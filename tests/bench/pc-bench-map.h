/* pc-bench-map.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-document.h"

G_BEGIN_DECLS

/* The synthetic map both benchmarks time. */
PcDocument *pc_bench_make_document (guint n_touchpoints);

G_END_DECLS
