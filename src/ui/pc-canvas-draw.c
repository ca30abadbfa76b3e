/* pc-canvas-draw.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Placing and drawing: children go where the layout says, the static
 * layers and the connectors are cached texture tiles, then come the cards
 * in view and what a drag shows. */

#include "config.h"

#include "pc-canvas-header.h"
#include "pc-canvas-private.h"
#include "pc-render.h"

#define TILE_SIZE 512
#define MAX_TILES 96

static void
allocate_at (GtkWidget    *child,
             const PcRect *rect,
             double        sx,
             double        sy)
{
  int min;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  gtk_widget_size_allocate (child,
                            &(GtkAllocation) {
                              (int) floor (rect->x - sx), (int) floor (rect->y - sy),
                              MAX ((int) ceil (rect->width), min), MAX ((int) ceil (rect->height), 1)
                            }, -1);
}

void
_pc_canvas_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  PcCanvas *self = PC_CANVAS (widget);
  double sx, sy;

  _pc_canvas_ensure_layout (self);
  _pc_canvas_configure_scrolling (self, width, height);

  if (self->layout == NULL)
    {
      self->allocate_all = FALSE;
      return;
    }

  /* While a card is dragged nothing else moves: place only that card,
   * unless the viewport itself changed. */
  if (width != self->allocated_width || height != self->allocated_height)
    {
      self->allocate_all = TRUE;
      if (self->allocated_width > 0 && self->drag_kind == PC_CANVAS_DRAG_NONE)
        _pc_canvas_keep_focus_visible (self, width, height);
    }
  _pc_canvas_to_layout (self, 0, 0, &sx, &sy);
  self->allocated_width = width;
  self->allocated_height = height;
  if (!self->allocate_all && self->drag_card != NULL)
    {
      const PcLayoutCard *lc = pc_layout_get_card (self->layout, pc_card_get_index (self->drag_card));
      allocate_at (GTK_WIDGET (self->drag_card), &lc->rect, sx, sy);
      return;
    }

  self->allocate_all = FALSE;

  for (guint i = 0; i < pc_layout_get_n_cards (self->layout); i++)
    {
      const PcLayoutCard *lc = pc_layout_get_card (self->layout, i);
      PcCard *card = g_hash_table_lookup (self->cards, lc->touchpoint);

      if (card != NULL)
        allocate_at (GTK_WIDGET (card), &lc->rect, sx, sy);
    }

  for (guint i = 0; i < self->stage_headers->len; i++)
    {
      PcRect rect = pc_canvas_header_get_rect (g_ptr_array_index (self->stage_headers, i));
      allocate_at (g_ptr_array_index (self->stage_headers, i), &rect, sx, sy);
    }
  for (guint i = 0; i < self->lane_headers->len; i++)
    {
      PcRect rect = pc_canvas_header_get_rect (g_ptr_array_index (self->lane_headers, i));
      allocate_at (g_ptr_array_index (self->lane_headers, i), &rect, sx, sy);
    }

  if (gtk_widget_get_visible (self->add_stage_button))
    {
      guint n = pc_layout_get_n_stages (self->layout);
      PcRect rect = { 16, 16, 40, 40 };

      if (n > 0)
        {
          const PcLayoutStage *last = pc_layout_get_stage (self->layout, n - 1);
          rect.x = last->header.x + last->header.width + 12;
          rect.y = last->header.y + (last->header.height - 40) / 2;
        }
      allocate_at (self->add_stage_button, &rect, sx, sy);
    }
  if (gtk_widget_get_visible (self->add_lane_button))
    {
      guint n = pc_layout_get_n_lanes (self->layout);
      PcRect rect = { 16, 72, 40, 40 };

      if (n > 0)
        {
          const PcLayoutLane *last = pc_layout_get_lane (self->layout, n - 1);
          rect.x = last->header.x + (last->header.width - 40) / 2;
          rect.y = last->band.y + last->band.height + 12;
        }
      allocate_at (self->add_lane_button, &rect, sx, sy);
    }

  if (self->editor != NULL)
    {
      PcRect rect = { 0 };
      int index;

      if (PC_IS_TOUCHPOINT (self->editing) &&
          (index = pc_layout_find_card (self->layout, PC_TOUCHPOINT (self->editing))) >= 0)
        rect = pc_layout_get_card (self->layout, index)->rect;
      else
        {
          for (guint i = 0; i < self->stage_headers->len; i++)
            if (pc_canvas_header_get_item (g_ptr_array_index (self->stage_headers, i)) == self->editing)
              rect = pc_canvas_header_get_rect (g_ptr_array_index (self->stage_headers, i));
          for (guint i = 0; i < self->lane_headers->len; i++)
            {
              PcCanvasHeader *h = g_ptr_array_index (self->lane_headers, i);
              if (pc_canvas_header_get_item (h) == self->editing ||
                  (GObject *) pc_canvas_header_get_persona (h) == self->editing)
                rect = pc_canvas_header_get_rect (h);
            }
        }
      /* Over a card's title, or across the middle of a header. */
      if (PC_IS_TOUCHPOINT (self->editing))
        rect = (PcRect) { rect.x + 4, rect.y + 4, rect.width - 8, 40 };
      else if (rect.height > 60)
        rect = (PcRect) { rect.x, rect.y + (rect.height - 40) / 2, rect.width, 40 };
      rect.height = MAX (rect.height, 34);
      rect.width = MAX (rect.width, 160);
      allocate_at (self->editor, &rect, sx, sy);
    }

  if (self->context_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->context_menu));
}

/* A tile of a layer as a texture: rasterised once, then only composited,
 * so a frame during a drag costs neither cairo nor a full repaint. */
static GdkTexture *
render_tile (PcCanvas *self,
             int       tx,
             int       ty,
             gboolean  connectors)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  int size = TILE_SIZE * scale;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -tx * TILE_SIZE, -ty * TILE_SIZE);
  cairo_rectangle (cr, tx * TILE_SIZE, ty * TILE_SIZE, TILE_SIZE, TILE_SIZE);
  cairo_clip (cr);
  if (connectors)
    pc_render_connectors (cr, self->layout);
  else
    pc_render_layout (cr, self->layout, PC_RENDER_BACKGROUND | PC_RENDER_STATIC);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * size,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  texture = gdk_memory_texture_new (size, size, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  return texture;
}

static GdkTexture *
get_tile (PcCanvas   *self,
          GHashTable *cache,
          int         tx,
          int         ty,
          gboolean    connectors)
{
  gint64 key = ((gint64) tx << 32) | (guint32) ty;
  GdkTexture *texture = g_hash_table_lookup (cache, &key);

  if (texture != NULL)
    return texture;

  /* Bound the memory of a big map scrolled end to end. */
  if (g_hash_table_size (cache) > MAX_TILES)
    g_hash_table_remove_all (cache);

  texture = render_tile (self, tx, ty, connectors);
  g_hash_table_insert (cache, g_memdup2 (&key, sizeof key), texture);
  return texture;
}

void
_pc_canvas_invalidate_connectors (PcCanvas     *self,
                                  const PcRect *area)
{
  int tx0 = MAX (0, (int) floor (area->x / TILE_SIZE));
  int ty0 = MAX (0, (int) floor (area->y / TILE_SIZE));
  int tx1 = (int) floor ((area->x + area->width) / TILE_SIZE);
  int ty1 = (int) floor ((area->y + area->height) / TILE_SIZE);

  for (int ty = ty0; ty <= ty1; ty++)
    for (int tx = tx0; tx <= tx1; tx++)
      {
        gint64 key = ((gint64) tx << 32) | (guint32) ty;
        g_hash_table_remove (self->connector_tiles, &key);
      }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
append_tiles (PcCanvas              *self,
              GtkSnapshot           *snapshot,
              const graphene_rect_t *visible,
              gboolean               connectors)
{
  double right = MIN (visible->origin.x + visible->size.width, pc_layout_get_width (self->layout));
  double bottom = MIN (visible->origin.y + visible->size.height, pc_layout_get_height (self->layout));

  for (int ty = MAX (0, (int) (visible->origin.y / TILE_SIZE)); ty * TILE_SIZE < bottom; ty++)
    for (int tx = MAX (0, (int) (visible->origin.x / TILE_SIZE)); tx * TILE_SIZE < right; tx++)
      gtk_snapshot_append_texture (snapshot,
                                   get_tile (self, connectors ? self->connector_tiles : self->tiles,
                                             tx, ty, connectors),
                                   &GRAPHENE_RECT_INIT (tx * TILE_SIZE, ty * TILE_SIZE,
                                                        TILE_SIZE, TILE_SIZE));
}

static void
append_rect_outline (GtkSnapshot   *snapshot,
                     const PcRect  *rect,
                     double         radius,
                     const PcColor *color,
                     float          width)
{
  GskRoundedRect outline;
  GdkRGBA rgba = { color->red, color->green, color->blue, 1.0 };
  float widths[4] = { width, width, width, width };
  GdkRGBA colors[4] = { rgba, rgba, rgba, rgba };

  gsk_rounded_rect_init_from_rect (&outline,
                                   &GRAPHENE_RECT_INIT (rect->x, rect->y, rect->width, rect->height),
                                   radius);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
}

void
_pc_canvas_snapshot (GtkWidget   *widget,
                     GtkSnapshot *snapshot)
{
  PcCanvas *self = PC_CANVAS (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double sx, sy;
  graphene_rect_t visible;
  const PcTheme *theme;
  GdkRGBA background;

  if (self->layout == NULL)
    return;

  _pc_canvas_to_layout (self, 0, 0, &sx, &sy);
  visible = GRAPHENE_RECT_INIT (sx, sy, width, height);
  theme = pc_layout_get_theme (self->layout);
  background = (GdkRGBA) { theme->background.red, theme->background.green,
                           theme->background.blue, 1.0 };
  gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, height));

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-sx, -sy));

  append_tiles (self, snapshot, &visible, FALSE);
  if (pc_layout_get_n_connectors (self->layout) > 0)
    append_tiles (self, snapshot, &visible, TRUE);
  if (self->selected_connector != NULL)
    _pc_canvas_snapshot_connector (self, snapshot);

  /* The keyboard cursor on a cell (the canvas itself has focus), unless
   * the focus is on the selected connector. */
  if (gtk_widget_has_visible_focus (widget) && self->selected_connector == NULL &&
      self->cursor_stage < pc_layout_get_n_stages (self->layout) &&
      self->cursor_lane < pc_layout_get_n_lanes (self->layout))
    {
      PcRect cell = _pc_canvas_cell_rect (self, self->cursor_stage, self->cursor_lane);
      PcRect inner = { cell.x + 3, cell.y + 3, cell.width - 6, cell.height - 6 };
      append_rect_outline (snapshot, &inner, pc_layout_get_radius (self->layout),
                           &theme->accent, 3);
    }

  gtk_snapshot_restore (snapshot);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      if (PC_IS_CARD (child) && PC_CARD (child) == self->drag_card)
        continue;
      if (PC_IS_CARD (child))
        {
          /* Only cards in view: a big map has thousands. */
          const PcLayoutCard *lc;
          guint index = pc_card_get_index (PC_CARD (child));

          if (index >= pc_layout_get_n_cards (self->layout))
            continue;
          lc = pc_layout_get_card (self->layout, index);
          bounds = GRAPHENE_RECT_INIT (lc->rect.x - 8, lc->rect.y - 8,
                                       lc->rect.width + 16, lc->rect.height + 16);
          if (!graphene_rect_intersection (&bounds, &visible, NULL))
            continue;
        }
      gtk_widget_snapshot_child (widget, child, snapshot);
    }

  _pc_canvas_snapshot_drag (self, snapshot);
  if (self->drag_card != NULL)
    gtk_widget_snapshot_child (widget, GTK_WIDGET (self->drag_card), snapshot);
}
