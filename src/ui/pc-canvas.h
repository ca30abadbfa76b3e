/* pc-canvas.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pc-document.h"
#include "pc-history.h"
#include "pc-map.h"

G_BEGIN_DECLS

#define PC_TYPE_CANVAS (pc_canvas_get_type ())

G_DECLARE_FINAL_TYPE (PcCanvas, pc_canvas, PC, CANVAS, GtkWidget)

#define PC_CANVAS_ZOOM_MIN 0.25
#define PC_CANVAS_ZOOM_MAX 4.0

PcCanvas     *pc_canvas_new          (void);
void          pc_canvas_set_model    (PcCanvas     *self,
                                      PcDocument   *document,
                                      PcMap        *map,
                                      PcHistory    *history);
PcMap        *pc_canvas_get_map      (PcCanvas     *self);
PcTouchpoint *pc_canvas_get_selected (PcCanvas     *self);
void          pc_canvas_set_selected (PcCanvas     *self,
                                      PcTouchpoint *touchpoint);
void          pc_canvas_set_add_row_menu (PcCanvas   *self,
                                          GMenuModel *menu);
/* The typed note last focused, or NULL; selecting a touchpoint, a
 * connector or a cell unselects it. */
PcNote       *pc_canvas_get_selected_note (PcCanvas *self);
/* The selected connector, or NULL; selecting one clears the selected
 * touchpoint and the other way round. */
PcConnector  *pc_canvas_get_selected_connector (PcCanvas    *self);
void          pc_canvas_set_selected_connector (PcCanvas    *self,
                                                PcConnector *connector);
double        pc_canvas_get_zoom     (PcCanvas     *self);
void          pc_canvas_set_zoom     (PcCanvas     *self,
                                      double        zoom);
typedef enum
{
  PC_CANVAS_FIT_MAP,    /* the whole map in view */
  PC_CANVAS_FIT_WIDTH,  /* all the stages side by side */
} PcCanvasFit;

/* Zooms so that the map (or its width) fits in the view. When
 * @max_stages is not 0, only that many stages from the first need to
 * fit across (the rest scroll). */
void          pc_canvas_zoom_to_fit  (PcCanvas     *self,
                                      PcCanvasFit   fit,
                                      guint         max_stages);
/* The projector style: larger type, stronger contrast, thicker lines. */
gboolean      pc_canvas_get_presentation (PcCanvas *self);
void          pc_canvas_set_presentation (PcCanvas *self,
                                          gboolean  presentation);
/* Cards and notes backed by less evidence than @min_evidence are drawn
 * faded (and say so to screen readers); PC_EVIDENCE_UNSET fades none. */
PcEvidence    pc_canvas_get_min_evidence (PcCanvas *self);
void          pc_canvas_set_min_evidence (PcCanvas  *self,
                                          PcEvidence min_evidence);
/* Dot voting: while on, a click on a card or note adds a vote to it and
 * a secondary click or Shift+click takes one away; cards and notes do
 * not drag. */
gboolean      pc_canvas_get_voting   (PcCanvas     *self);
void          pc_canvas_set_voting   (PcCanvas     *self,
                                      gboolean      voting);
/* The stage in the spotlight (highlighted, the others dimmed), or -1. */
int           pc_canvas_get_spotlight (PcCanvas    *self);
void          pc_canvas_set_spotlight (PcCanvas    *self,
                                       int          stage);
/* Adds a touchpoint of @channel in the focused cell (or the selected
 * card's cell), selects it and focuses its card.
 * Returns: (transfer none) (nullable): the new touchpoint. */
PcTouchpoint *pc_canvas_add_touchpoint (PcCanvas   *self,
                                        PcChannel   channel);
/* The card widget of @touchpoint, made now if the card is out of view (a
 * big map only has widgets for the cards in view, recycled while
 * scrolling): it may be recycled once it is out of view again and does
 * not have the focus.
 * Returns: (transfer none) (nullable): the card widget of @touchpoint. */
GtkWidget    *pc_canvas_get_card     (PcCanvas     *self,
                                      PcTouchpoint *touchpoint);

/* The header of @row takes the focus (the row is shown, not hidden); with
 * @rename, its name's in-place editor opens. */
void          pc_canvas_focus_row    (PcCanvas     *self,
                                      PcRow        *row,
                                      gboolean      rename);

/* Pointer drags in widget coordinates. The gestures call exactly these, so
 * tests and the benchmark go through the same code path. A drag that starts
 * on a card moves it; on a stage or lane header, reorders it. */
gboolean      pc_canvas_drag_begin   (PcCanvas     *self,
                                      double        x,
                                      double        y);
void          pc_canvas_drag_update  (PcCanvas     *self,
                                      double        x,
                                      double        y);
gboolean      pc_canvas_drag_end     (PcCanvas     *self,
                                      double        x,
                                      double        y);
void          pc_canvas_drag_cancel  (PcCanvas     *self);
/* A button press at (x, y), widget coordinates, as the click gesture
 * reports it: focuses or selects what is there (card, header, connector,
 * cell), and double-clicks and context menus. */
void          pc_canvas_press        (PcCanvas     *self,
                                      double        x,
                                      double        y,
                                      guint         button,
                                      int           n_press);
/* A click at (x, y), widget coordinates, in voting mode: the card or
 * typed note there takes the focus and a vote more (or, with @remove, one
 * less), one undo step. Returns: whether a card or note took the click
 * (FALSE when not voting). */
gboolean      pc_canvas_vote_click   (PcCanvas     *self,
                                      double        x,
                                      double        y,
                                      gboolean      remove);
/* A channel dropped from the palette at (x, y): a new touchpoint there. */
PcTouchpoint *pc_canvas_drop_channel (PcCanvas     *self,
                                      PcChannel     channel,
                                      double        x,
                                      double        y);

G_END_DECLS
