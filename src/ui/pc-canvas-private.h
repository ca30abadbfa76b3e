/* pc-canvas-private.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pc-canvas.h"
#include "pc-card.h"
#include "pc-layout.h"

G_BEGIN_DECLS

/* The canvas is split by responsibility: pc-canvas.c (model, layout,
 * scrolling, API), pc-canvas-draw.c (allocation, tiles, drawing),
 * pc-canvas-keys.c (actions, keyboard, inline editing), pc-canvas-dnd.c
 * (pointer gestures and drops), pc-canvas-connectors.c (selecting,
 * cycling through and deleting connectors) and pc-canvas-header.c (stage
 * and lane header widgets). */

typedef enum
{
  PC_CANVAS_DRAG_NONE,
  PC_CANVAS_DRAG_CARD,
  PC_CANVAS_DRAG_STAGE,
  PC_CANVAS_DRAG_LANE,
  PC_CANVAS_DRAG_CHANNEL,
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
  guint             allocate_all : 1;
  double            zoom;
  PcThemeVariant    variant;

  GHashTable       *cards;          /* PcTouchpoint → PcCard (child) */
  GHashTable       *watched;        /* model object → notify handler id */
  GPtrArray        *stage_headers;  /* PcCanvasHeader children */
  GPtrArray        *lane_headers;
  GtkWidget        *add_stage_button;
  GtkWidget        *add_lane_button;
  GtkWidget        *context_menu;

  GHashTable       *tiles;          /* tile key → GdkTexture of the static layers */
  GHashTable       *connector_tiles;/* tile key → GdkTexture of the connectors */

  PcTouchpoint     *selected;
  PcConnector      *selected_connector;
  PcCard           *status_card;    /* the card told about the connector */

  /* The keyboard cursor when no card has focus: a cell. */
  guint             cursor_stage;
  guint             cursor_lane;

  /* Pointer and palette drags. */
  PcCanvasDragKind  drag_kind;
  gboolean          drag_started;
  PcCard           *drag_card;
  GObject          *drag_item;      /* stage or lane being reordered */
  PcChannel         drag_channel;
  double            drag_start_x;   /* layout coordinates */
  double            drag_start_y;
  double            drag_grab_x;    /* pointer offset inside the card */
  double            drag_grab_y;
  double            drag_x;
  double            drag_y;
  gboolean          drop_valid;
  guint             drop_stage;
  guint             drop_lane;
  guint             drop_index;

  /* Inline rename. */
  GtkWidget        *editor;
  GObject          *editing;
  const char       *editing_property;
  gboolean          committing;

  /* Connector being drawn from this card, or NULL. */
  PcTouchpoint     *connect_from;
};

/* pc-canvas.c */
void      _pc_canvas_ensure_layout      (PcCanvas     *self);
void      _pc_canvas_queue_relayout     (PcCanvas     *self);
void      _pc_canvas_invalidate_static  (PcCanvas     *self);
void      _pc_canvas_invalidate_connectors (PcCanvas  *self,
                                            const PcRect *area);
void      _pc_canvas_to_layout          (PcCanvas     *self,
                                         double        x,
                                         double        y,
                                         double       *lx,
                                         double       *ly);
PcCard   *_pc_canvas_card_for           (PcCanvas     *self,
                                         PcTouchpoint *touchpoint);
void      _pc_canvas_set_scroll         (PcCanvas     *self,
                                         double        x,
                                         double        y,
                                         gboolean      quiet);
guint     _pc_canvas_cell_cards         (PcCanvas     *self,
                                         guint         stage,
                                         guint         lane,
                                         PcTouchpoint *skip,
                                         GPtrArray    *out);
PcRect    _pc_canvas_cell_rect          (PcCanvas     *self,
                                         guint         stage,
                                         guint         lane);

void      _pc_canvas_emit_edit_persona  (PcCanvas     *self,
                                         PcPersona    *persona);
void      _pc_canvas_emit_activate      (PcCanvas     *self,
                                         PcTouchpoint *touchpoint);

void      _pc_canvas_configure_scrolling (PcCanvas    *self,
                                          int          width,
                                          int          height);

/* pc-canvas-focus.c */
void      _pc_canvas_scroll_to_rect     (PcCanvas     *self,
                                         const PcRect *rect);
void      _pc_canvas_focus_cell         (PcCanvas     *self,
                                         guint         stage,
                                         guint         lane);
void      _pc_canvas_focus_touchpoint   (PcCanvas     *self,
                                         PcTouchpoint *touchpoint);
gboolean  _pc_canvas_focus_rect         (PcCanvas     *self,
                                         double        height,
                                         PcRect       *rect);
void      _pc_canvas_keep_focus_visible (PcCanvas     *self,
                                         int           width,
                                         int           height);

/* pc-canvas-draw.c */
void      _pc_canvas_size_allocate      (GtkWidget    *widget,
                                         int           width,
                                         int           height,
                                         int           baseline);
void      _pc_canvas_snapshot           (GtkWidget    *widget,
                                         GtkSnapshot  *snapshot);

/* pc-canvas-keys.c */
void      _pc_canvas_install_actions    (GtkWidgetClass *widget_class);
PcTouchpoint *_pc_canvas_target_touchpoint (PcCanvas  *self);
void      _pc_canvas_update_actions     (PcCanvas     *self);
void      _pc_canvas_start_rename       (PcCanvas     *self,
                                         GObject      *object);
void      _pc_canvas_cancel_rename      (PcCanvas     *self);
void      _pc_canvas_activate_card      (PcCanvas     *self,
                                         PcTouchpoint *touchpoint);
void      _pc_canvas_activate_header    (PcCanvas     *self,
                                         GtkWidget    *header);
gboolean  _pc_canvas_finish_connect     (PcCanvas     *self,
                                         PcTouchpoint *to);
void      _pc_canvas_add_touchpoint_at  (PcCanvas     *self,
                                         guint         stage,
                                         guint         lane,
                                         PcChannel     channel,
                                         guint         index_in_cell,
                                         gboolean      rename);
gboolean  _pc_canvas_get_focus_cell     (PcCanvas     *self,
                                         guint        *stage,
                                         guint        *lane);

/* pc-canvas-connectors.c */
void         _pc_canvas_install_connector_actions (GtkWidgetClass *widget_class);
PcConnector *_pc_canvas_connector_at       (PcCanvas     *self,
                                            double        lx,
                                            double        ly);
gboolean     _pc_canvas_delete_connector   (PcCanvas     *self);
gboolean     _pc_canvas_unselect_connector (PcCanvas     *self);
gboolean     _pc_canvas_card_has_connectors (PcCanvas    *self,
                                             PcTouchpoint *touchpoint);
void         _pc_canvas_describe_connector (PcCanvas     *self,
                                            guint         position,
                                            guint         count);
void         _pc_canvas_snapshot_connector (PcCanvas     *self,
                                            GtkSnapshot  *snapshot);
gboolean     _pc_canvas_connector_shown    (PcCanvas     *self,
                                            PcConnector  *connector);

/* pc-canvas-dnd.c */
void      _pc_canvas_init_dnd           (PcCanvas     *self);
void      _pc_canvas_snapshot_drag      (PcCanvas     *self,
                                         GtkSnapshot  *snapshot);

G_END_DECLS
