/* pc-canvas-private.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pc-canvas.h"
#include "pc-canvas-header.h"
#include "pc-card.h"
#include "pc-layout.h"
#include "pc-note-widget.h"
#include "pc-recycler.h"

G_BEGIN_DECLS

/* The canvas is one widget split by concern. pc-canvas.c is the hub: it
 * owns the widget, its state (the struct below), the model and the layout,
 * and the services the parts need. Each part exports the entry points that
 * pc-canvas.c calls, named after it (_pc_canvas_<part>_*), and calls no
 * other part: when it needs another concern, it calls a service of
 * pc-canvas.c, or leaves state in the struct for the part that reads it
 * (the drawing part draws the drop indicators and the connector being
 * drawn from what the input and connector parts left there).
 * tests/check-canvas-parts.py checks that no part calls a sibling.
 *
 *   pc-canvas-input.c       pointer gestures, drags and drops, context menu
 *   pc-canvas-keys.c        actions and key bindings
 *   pc-canvas-rename.c      the in-place editor of names and titles
 *   pc-canvas-draw.c        placing the children, tiles, everything drawn
 *   pc-canvas-focus.c       scrolling, keyboard focus and keeping it in view
 *   pc-canvas-connectors.c  drawing a connector, selecting and deleting them
 *   pc-canvas-clipboard.c   copy, cut and paste of cards and notes, copy as a picture
 *   pc-canvas-notes.c       insight rows: note widgets, row headers, editing
 *                           notes and rows
 *
 * pc-canvas-header.c is not a part but a child widget type, like pc-card.c
 * and pc-note-widget.c: every part may use its public API. */

typedef enum
{
  PC_CANVAS_DRAG_NONE,
  PC_CANVAS_DRAG_CARD,
  PC_CANVAS_DRAG_STAGE,
  PC_CANVAS_DRAG_LANE,
  PC_CANVAS_DRAG_CHANNEL,
  PC_CANVAS_DRAG_NOTE,
  PC_CANVAS_DRAG_ROW,
} PcCanvasDragKind;

struct _PcCanvas
{
  GtkWidget         parent_instance;

  GtkAdjustment    *hadjustment;
  GtkAdjustment    *vadjustment;
  guint             hscroll_policy : 1;
  guint             vscroll_policy : 1;

  PcDocument       *document;
  PcMap            *map;
  PcHistory        *history;

  PcLayout         *layout;
  guint             relayout_source;
  int               allocated_width;
  int               allocated_height;
  guint             layout_dirty : 1;
  guint             children_dirty : 1; /* the widgets do not follow the
                                         * layout yet (made in measure) */
  guint             allocate_all : 1;
  double            zoom;
  PcThemeVariant    variant;

  /* The widgets of the cards and notes in view are made, bound and given
   * back in the frame clock's update phase, never while allocating: a
   * tick callback does it once the view or the layout changed. */
  guint             view_tick;      /* the tick callback, or 0 */
  guint             view_dirty : 1; /* the children in view must be updated */
  PcRect            view;           /* the view they were made for (layout
                                     * coordinates, without the margin) */
  PcRecycler       *card_recycler;  /* card widgets for the cards in view */
  GHashTable       *cards;          /* PcTouchpoint → PcCard (child): the
                                     * recycler's, cards in view only */
  GHashTable       *watched;        /* model object → notify handler id */
  GPtrArray        *stage_headers;  /* PcCanvasHeader children */
  GPtrArray        *lane_headers;
  GPtrArray        *row_headers;    /* PcCanvasHeader of the visible rows */
  PcRecycler       *note_recycler;  /* note widgets for the notes in view */
  GHashTable       *notes;          /* key → PcNoteWidget (child): the
                                     * recycler's; the key of a typed note
                                     * is the PcNote */
  GHashTable       *gathered_keys;  /* "row id\ncard id" → GObject key of a
                                     * gathered item, kept across layouts */
  GtkWidget        *add_stage_button;
  GtkWidget        *add_lane_button;
  GtkWidget        *add_row_button;   /* shown with a menu of row kinds */
  GMenuModel       *add_row_menu;
  GtkWidget        *context_menu;

  GHashTable       *tiles;          /* tile key → texture node of the static layers */
  GHashTable       *connector_tiles;/* tile key → the connectors' textures, only
                                     * where they pass (a container node) */

  PcTouchpoint     *selected;
  PcConnector      *selected_connector;
  PcNote           *selected_note;    /* the typed note last focused */
  PcCard           *status_card;    /* the card told about the connector */

  /* The keyboard cursor when no card has focus: a cell. */
  guint             cursor_stage;
  guint             cursor_lane;
  int               cursor_row;     /* >= 0: the cursor is on the cell of
                                     * this visible row, not of a lane */

  /* Pointer and palette drags. */
  PcCanvasDragKind  drag_kind;
  gboolean          drag_started;
  PcCard           *drag_card;
  GObject          *drag_item;      /* stage or lane being reordered */
  double            drag_start_x;   /* layout coordinates */
  double            drag_start_y;
  double            drag_grab_x;    /* pointer offset inside the card */
  double            drag_grab_y;
  gboolean          drop_valid;
  guint             drop_stage;
  guint             drop_lane;
  guint             drop_index;
  guint             drop_position;  /* where a dragged stage, lane or row
                                     * goes, among the visible ones */
  PcNoteWidget     *drag_note;
  PcRect            drag_note_rect; /* where the dragged note is drawn */
  guint             drop_row;       /* the row cell a note is dropped in */

  /* Inline rename. */
  GtkWidget        *editor;
  GObject          *editing;
  const char       *editing_property;
  gboolean          committing;

  /* Connector being drawn from this card, or NULL. */
  PcTouchpoint     *connect_from;

  /* Workshop: projector style, and the stage in the spotlight (-1: none). */
  gboolean          presentation;
  PcEvidence        min_evidence;
  int               spotlight;
  gboolean          voting;
};

/* pc-canvas.c: services for the parts */
void      _pc_canvas_ensure_layout      (PcCanvas     *self);
void      _pc_canvas_queue_relayout     (PcCanvas     *self);
void      _pc_canvas_queue_update_view  (PcCanvas     *self);
void      _pc_canvas_invalidate_connectors (PcCanvas  *self,
                                            const PcRect *area);
void      _pc_canvas_to_layout          (PcCanvas     *self,
                                         double        x,
                                         double        y,
                                         double       *lx,
                                         double       *ly);
void      _pc_canvas_get_content_size   (PcCanvas     *self,
                                         double       *width,
                                         double       *height);
void      _pc_canvas_scroll_to_rect     (PcCanvas     *self,
                                         const PcRect *rect);
void      _pc_canvas_allocate_child     (GtkWidget    *child,
                                         const PcRect *rect,
                                         double        sx,
                                         double        sy);

PcCard   *_pc_canvas_card_for           (PcCanvas     *self,
                                         PcTouchpoint *touchpoint);
PcCard   *_pc_canvas_ensure_card        (PcCanvas     *self,
                                         PcTouchpoint *touchpoint);
const PcLayoutCard *_pc_canvas_find_card (PcCanvas    *self,
                                          PcTouchpoint *touchpoint);
const PcLayoutConnector *_pc_canvas_find_connector (PcCanvas    *self,
                                                    PcConnector *connector);
PcCanvasHeader *_pc_canvas_header_at    (PcCanvas     *self,
                                         double        lx,
                                         double        ly);
PcCanvasHeader *_pc_canvas_header_for   (PcCanvas     *self,
                                         GObject      *object);
guint     _pc_canvas_cell_cards         (PcCanvas     *self,
                                         guint         stage,
                                         guint         lane,
                                         PcTouchpoint *skip,
                                         GPtrArray    *out);
PcRect    _pc_canvas_cell_rect          (PcCanvas     *self,
                                         guint         stage,
                                         guint         lane);

PcTouchpoint *_pc_canvas_target_touchpoint (PcCanvas  *self);

/* Insight rows: their cells are below (or above) the lanes'. "Slots" are
 * the lanes and the visible rows together, top to bottom as laid out. */
guint     _pc_canvas_get_n_slots        (PcCanvas     *self);
gboolean  _pc_canvas_slot_is_row        (PcCanvas     *self,
                                         guint         slot,
                                         guint        *index);
guint     _pc_canvas_slot_of            (PcCanvas     *self,
                                         gboolean      row,
                                         guint         index);
PcNoteWidget *_pc_canvas_ensure_note    (PcCanvas     *self,
                                         guint         index);
PcNoteWidget *_pc_canvas_target_note    (PcCanvas     *self);
GtkWidget    *_pc_canvas_focus_subject  (PcCanvas     *self);
const PcLayoutNote *_pc_canvas_find_note (PcCanvas    *self,
                                          PcNote      *note);
guint     _pc_canvas_row_cell_notes     (PcCanvas     *self,
                                         guint         stage,
                                         guint         row,
                                         gboolean      typed_only,
                                         PcNote       *skip,
                                         GArray       *out);
PcRect    _pc_canvas_row_cell_rect      (PcCanvas     *self,
                                         guint         stage,
                                         guint         row);
gboolean  _pc_canvas_get_focus_row_cell (PcCanvas     *self,
                                         guint        *stage,
                                         guint        *row);
PcRow    *_pc_canvas_target_row         (PcCanvas     *self);
void      _pc_canvas_move_focus_to_note (PcCanvas     *self,
                                         guint         index);
void      _pc_canvas_move_focus_to_row_cell (PcCanvas *self,
                                             guint     stage,
                                             guint     row);
void      _pc_canvas_add_note_at        (PcCanvas     *self,
                                         guint         stage,
                                         guint         row,
                                         guint         index_in_cell,
                                         gboolean      rename);
void      _pc_canvas_delete_note        (PcCanvas     *self,
                                         PcNote       *note);
void      _pc_canvas_move_note_by       (PcCanvas     *self,
                                         PcNote       *note,
                                         int           dx,
                                         int           dy);
void      _pc_canvas_activate_note      (PcCanvas     *self,
                                         PcNoteWidget *widget);
void      _pc_canvas_show_menu          (PcCanvas     *self);
gboolean  _pc_canvas_get_focus_cell     (PcCanvas     *self,
                                         guint        *stage,
                                         guint        *lane);
gboolean  _pc_canvas_get_focus_rect     (PcCanvas     *self,
                                         PcRect       *rect);

void      _pc_canvas_move_focus_to_cell (PcCanvas     *self,
                                         guint         stage,
                                         guint         lane);
void      _pc_canvas_move_focus_to_touchpoint (PcCanvas     *self,
                                               PcTouchpoint *touchpoint);
void      _pc_canvas_move_focus_to_canvas (PcCanvas   *self);
void      _pc_canvas_move_focus_to_object (PcCanvas   *self,
                                           GObject    *object);

void      _pc_canvas_start_rename       (PcCanvas     *self,
                                         GObject      *object,
                                         gboolean      name_only);
void      _pc_canvas_activate_card      (PcCanvas     *self,
                                         PcTouchpoint *touchpoint);
void      _pc_canvas_activate_header    (PcCanvas     *self,
                                         PcCanvasHeader *header);
void      _pc_canvas_add_touchpoint_at  (PcCanvas     *self,
                                         guint         stage,
                                         guint         lane,
                                         PcChannel     channel,
                                         guint         index_in_cell,
                                         gboolean      rename);
gboolean  _pc_canvas_finish_connect     (PcCanvas     *self,
                                         PcTouchpoint *to);
gboolean  _pc_canvas_delete_connector   (PcCanvas     *self);
gboolean  _pc_canvas_cancel             (PcCanvas     *self);

/* pc-canvas-input.c */
void      _pc_canvas_input_init         (PcCanvas     *self);

/* pc-canvas-keys.c */
void      _pc_canvas_keys_class_init    (GtkWidgetClass *widget_class);

/* pc-canvas-clipboard.c */
void      _pc_canvas_clipboard_class_init (GtkWidgetClass *widget_class);

/* pc-canvas-notes.c */
void      _pc_canvas_notes_init         (PcCanvas     *self);
void      _pc_canvas_notes_dispose      (PcCanvas     *self);
void      _pc_canvas_notes_class_init   (GtkWidgetClass *widget_class);
void      _pc_canvas_notes_rebind       (PcCanvas     *self);
void      _pc_canvas_notes_sync         (PcCanvas     *self);
void      _pc_canvas_notes_update_visible (PcCanvas   *self,
                                           int         width,
                                           int         height);
PcNoteWidget *_pc_canvas_notes_ensure   (PcCanvas     *self,
                                         guint         index);
void      _pc_canvas_notes_add          (PcCanvas     *self,
                                         guint         stage,
                                         guint         row,
                                         guint         index_in_cell,
                                         gboolean      rename);
void      _pc_canvas_notes_delete       (PcCanvas     *self,
                                         PcNote       *note);
void      _pc_canvas_notes_move_by      (PcCanvas     *self,
                                         PcNote       *note,
                                         int           dx,
                                         int           dy);

/* pc-canvas-input.c: also */
void      _pc_canvas_input_show_menu    (PcCanvas     *self);
void      _pc_canvas_input_show_row_kinds (PcCanvas   *self);

/* pc-canvas-rename.c */
void      _pc_canvas_rename_start       (PcCanvas     *self,
                                         GObject      *object,
                                         gboolean      name_only);
void      _pc_canvas_rename_cancel      (PcCanvas     *self);
void      _pc_canvas_rename_allocate    (PcCanvas     *self);

/* pc-canvas-draw.c */
gboolean  _pc_canvas_draw_allocate      (PcCanvas     *self);
void      _pc_canvas_draw_snapshot      (GtkWidget    *widget,
                                         GtkSnapshot  *snapshot);
void      _pc_canvas_draw_spotlight     (PcCanvas     *self,
                                         GtkSnapshot  *snapshot);
void      _pc_canvas_draw_invalidate_connectors (PcCanvas     *self,
                                                 const PcRect *area);

/* pc-canvas-focus.c */
gboolean  _pc_canvas_focus_get_rect     (PcCanvas     *self,
                                         double        height,
                                         PcRect       *rect);
void      _pc_canvas_focus_keep_visible (PcCanvas     *self,
                                         int           width,
                                         int           height);
void      _pc_canvas_focus_scroll_to    (PcCanvas     *self,
                                         const PcRect *rect);
void      _pc_canvas_focus_set_adjustment (PcCanvas       *self,
                                           GtkAdjustment **slot,
                                           GtkAdjustment  *adjustment);
void      _pc_canvas_focus_configure_scrolling (PcCanvas *self,
                                                int       width,
                                                int       height);
void      _pc_canvas_focus_scale_scroll (PcCanvas     *self,
                                         double        ratio,
                                         double        width,
                                         double        height);
void      _pc_canvas_focus_cell         (PcCanvas     *self,
                                         guint         stage,
                                         guint         lane);
void      _pc_canvas_focus_touchpoint   (PcCanvas     *self,
                                         PcTouchpoint *touchpoint);
void      _pc_canvas_focus_canvas       (PcCanvas     *self);
void      _pc_canvas_focus_object       (PcCanvas     *self,
                                         GObject      *object);
void      _pc_canvas_focus_note         (PcCanvas     *self,
                                         guint         index);
void      _pc_canvas_focus_row_cell     (PcCanvas     *self,
                                         guint         stage,
                                         guint         row);

/* pc-canvas-connectors.c */
void      _pc_canvas_connectors_class_init (GtkWidgetClass *widget_class);
gboolean  _pc_canvas_connectors_has_any (PcCanvas     *self,
                                         PcTouchpoint *touchpoint);
void      _pc_canvas_connectors_describe (PcCanvas    *self,
                                          guint        position,
                                          guint        count);
gboolean  _pc_canvas_connectors_finish  (PcCanvas     *self,
                                         PcTouchpoint *to);
gboolean  _pc_canvas_connectors_cancel  (PcCanvas     *self);
gboolean  _pc_canvas_connectors_delete  (PcCanvas     *self);
gboolean  _pc_canvas_connectors_unselect (PcCanvas    *self);

G_END_DECLS
