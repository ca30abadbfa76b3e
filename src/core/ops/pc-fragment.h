/* pc-fragment.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-document.h"
#include "pc-history.h"

G_BEGIN_DECLS

/* The clipboard's type for cards copied from Parcours: a .parcours
 * document (JSON) holding one map with the cards. */
#define PC_FRAGMENT_MIME_TYPE "application/x-parcours-fragment+json"

/* Returns: (transfer full): a document with one map that holds
 * @touchpoints (cards of @map), the stages and lanes from the first to the
 * last one they sit in (so that their arrangement is kept), the personas
 * of those lanes and the connectors between the cards. Ids are kept. */
PcDocument *pc_fragment_new         (PcDocument   *document,
                                     PcMap        *map,
                                     GPtrArray    *touchpoints);

/* Returns: (transfer full): @fragment as JSON for the clipboard. */
char       *pc_fragment_to_json     (PcDocument   *fragment,
                                     gsize        *length);

/* Returns: (transfer full): the fragment's cards as tab-separated rows
 * (title, stage, lane, sentiment) for a spreadsheet or a text editor;
 * a value holding a tab, a line break or a quote is quoted. */
char       *pc_fragment_to_text     (PcDocument   *fragment,
                                     gsize        *length);

/* Pastes the cards of a fragment (JSON from pc_fragment_to_json(), read by
 * the same loader as a file, so anything else gives an error) into @map:
 * the fragment's first stage and lane go to @stage_id and @lane_id, the
 * others keep their distance from them (within the map's bounds). The
 * cards get new ids and go last in their cells; connectors between them
 * are made again. One undo step when @history is given.
 *
 * Returns: (transfer container) (element-type PcTouchpoint): the new
 * cards, or NULL with @error. */
GPtrArray  *pc_fragment_paste       (PcMap        *map,
                                     PcHistory    *history,
                                     const char   *json,
                                     gsize         length,
                                     const char   *stage_id,
                                     const char   *lane_id,
                                     GError      **error);

/* The most rows, and bytes, pc_fragment_paste_rows() takes. */
#define PC_FRAGMENT_MAX_ROWS 10000
#define PC_FRAGMENT_MAX_TEXT (8 * 1024 * 1024)

/* Pastes rows of tab-separated text (copied from a spreadsheet) as cards:
 * a title, then optionally a stage, a lane (or persona) and a sentiment,
 * in that order or in the order a first row names them (title or titre,
 * stage or étape, lane, couloir or persona, sentiment). A row's stage and
 * lane are found by name, else the card goes to @stage_id and @lane_id.
 * Rows without a title are skipped. One undo step when @history is given.
 *
 * Returns: (transfer container) (element-type PcTouchpoint): the new
 * cards, or NULL with @error when no row holds a title. */
GPtrArray  *pc_fragment_paste_rows  (PcDocument   *document,
                                     PcMap        *map,
                                     PcHistory    *history,
                                     const char   *text,
                                     gsize         length,
                                     const char   *stage_id,
                                     const char   *lane_id,
                                     GError      **error);

G_END_DECLS
