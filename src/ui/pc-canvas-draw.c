/* pc-canvas-draw.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Part of the canvas (see pc-canvas-private.h): placing and drawing. The
 * children go where the layout says; the static layers and the connectors
 * are cached texture tiles, then come the selected connector, the cell
 * cursor, the cards in view, and what a drag or a connector being drawn
 * shows, all read from the canvas's state. */

#include "config.h"

#include "pc-canvas-private.h"
#include "pc-render.h"

#define TILE_SIZE 512
#define MAX_TILES 96

/* "Add lane" goes under the last lane, and "Add insight row" under the
 * last row. Where the rows (or, without rows, the row button) come right
 * under the lanes, "Add lane" moves up into the bottom of the last lane's
 * header rather than cover the first row's. With the rows above the
 * lanes, the row button takes the corner above the row headers. */
static void
place_add_buttons (PcCanvas *self,
                   double    sx,
                   double    sy)
{
  guint n_lanes = pc_layout_get_n_lanes (self->layout);
  guint n_rows = pc_layout_get_n_rows (self->layout);
  gboolean above = self->map != NULL && pc_map_get_rows_position (self->map) == PC_ROWS_POSITION_ABOVE;
  gboolean row_button = gtk_widget_get_visible (self->add_row_button);
  const PcLayoutLane *last_lane = n_lanes > 0 ? pc_layout_get_lane (self->layout, n_lanes - 1) : NULL;
  PcRect lane = { 16, 72, 40, 40 };
  PcRect row = { 16, 72, 200, 40 };

  if (last_lane != NULL)
    {
      lane.x = last_lane->header.x + (last_lane->header.width - 40) / 2;
      lane.y = last_lane->band.y + last_lane->band.height + 12;
      row = (PcRect) { last_lane->header.x, lane.y, last_lane->header.width, 40 };
      if ((n_rows > 0 && !above) || (n_rows == 0 && row_button))
        lane.y = last_lane->header.y + last_lane->header.height - 40 - 8;
    }
  if (n_rows > 0)
    {
      const PcLayoutRow *first = pc_layout_get_row (self->layout, 0);
      const PcLayoutRow *last = pc_layout_get_row (self->layout, n_rows - 1);

      row.x = first->header.x;
      row.width = first->header.width;
      if (!above)
        row.y = last->band.y + last->band.height + 12;
      else if (pc_layout_get_n_stages (self->layout) > 0)
        {
          const PcLayoutStage *stage = pc_layout_get_stage (self->layout, 0);
          row.y = stage->header.y + (stage->header.height - 40) / 2;
        }
      else
        row.y = MAX (first->band.y - 52, 0);
    }

  if (gtk_widget_get_visible (self->add_lane_button))
    _pc_canvas_allocate_child (self->add_lane_button, &lane, sx, sy);
  if (row_button)
    _pc_canvas_allocate_child (self->add_row_button, &row, sx, sy);
}

/* Places @card where the layout it is bound to puts it: the canvas's,
 * or, for a card gone from it whose widget is not given back yet, the
 * one before. */
static void
allocate_card (PcCard *card,
               double  sx,
               double  sy)
{
  PcLayout *layout = pc_card_get_layout (card);
  guint index = pc_card_get_index (card);

  if (layout != NULL && index < pc_layout_get_n_cards (layout))
    _pc_canvas_allocate_child (GTK_WIDGET (card), &pc_layout_get_card (layout, index)->rect, sx, sy);
}

/* Places the cards, headers and "+" buttons there are (they are made
 * before, outside the layout phase). While a card is dragged only that
 * card moves: returns %FALSE when it alone was placed. */
gboolean
_pc_canvas_draw_allocate (PcCanvas *self)
{
  GHashTableIter iter;
  gpointer card;
  double sx, sy;

  _pc_canvas_to_layout (self, 0, 0, &sx, &sy);
  if (!self->allocate_all && self->drag_card != NULL)
    {
      allocate_card (self->drag_card, sx, sy);
      return FALSE;
    }
  if (!self->allocate_all && self->drag_note != NULL && self->drag_started)
    {
      _pc_canvas_allocate_child (GTK_WIDGET (self->drag_note), &self->drag_note_rect, sx, sy);
      return FALSE;
    }

  self->allocate_all = FALSE;

  /* The card widgets there are: on a big map, those in view. */
  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, &card))
    allocate_card (card, sx, sy);

  /* The notes and gathered items of the insight rows. */
  g_hash_table_iter_init (&iter, self->notes);
  while (g_hash_table_iter_next (&iter, NULL, &card))
    {
      PcNoteWidget *note = card;
      PcLayout *layout = pc_note_widget_get_layout (note);
      guint index = pc_note_widget_get_index (note);

      if (note == self->drag_note && self->drag_started)
        _pc_canvas_allocate_child (GTK_WIDGET (note), &self->drag_note_rect, sx, sy);
      else if (layout != NULL && index < pc_layout_get_n_notes (layout))
        _pc_canvas_allocate_child (GTK_WIDGET (note), &pc_layout_get_note (layout, index)->rect,
                                   sx, sy);
    }
  for (guint i = 0; i < self->row_headers->len; i++)
    {
      PcRect rect = pc_canvas_header_get_rect (g_ptr_array_index (self->row_headers, i));
      _pc_canvas_allocate_child (g_ptr_array_index (self->row_headers, i), &rect, sx, sy);
    }

  for (guint i = 0; i < self->stage_headers->len; i++)
    {
      PcRect rect = pc_canvas_header_get_rect (g_ptr_array_index (self->stage_headers, i));
      _pc_canvas_allocate_child (g_ptr_array_index (self->stage_headers, i), &rect, sx, sy);
    }
  for (guint i = 0; i < self->lane_headers->len; i++)
    {
      PcRect rect = pc_canvas_header_get_rect (g_ptr_array_index (self->lane_headers, i));
      _pc_canvas_allocate_child (g_ptr_array_index (self->lane_headers, i), &rect, sx, sy);
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
      _pc_canvas_allocate_child (self->add_stage_button, &rect, sx, sy);
    }
  place_add_buttons (self, sx, sy);

  return TRUE;
}

/* @area of a layer as a texture node, @area in whole px of the layout. */
static GskRenderNode *
render_texture (PcCanvas     *self,
                const PcRect *area,
                gboolean      connectors)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  int width = (int) area->width * scale, height = (int) area->height * scale;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -area->x, -area->y);
  cairo_rectangle (cr, area->x, area->y, area->width, area->height);
  cairo_clip (cr);
  if (connectors)
    pc_render_connectors_in (cr, self->layout, area);
  else
    pc_render_layout_in (cr, self->layout, PC_RENDER_BACKGROUND | PC_RENDER_STATIC, area);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * height,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  return gsk_texture_node_new (texture, &GRAPHENE_RECT_INIT (area->x, area->y,
                                                             area->width, area->height));
}

/* A tile of a layer: rasterised once, then only composited, so a frame
 * during a drag costs neither cairo nor a full repaint. Only what shows
 * in the tile is drawn. Connectors are thin lines across empty space: a
 * connector tile is a texture only where they pass (often nowhere), which
 * saves memory, uploads, and the blending of a mostly clear layer. */
static GskRenderNode *
render_tile (PcCanvas *self,
             int       tx,
             int       ty,
             gboolean  connectors)
{
  PcRect tile = { tx * TILE_SIZE, ty * TILE_SIZE, TILE_SIZE, TILE_SIZE };
  g_autoptr(GArray) boxes = NULL;
  g_autoptr(GPtrArray) nodes = NULL;

  if (!connectors)
    return render_texture (self, &tile, FALSE);

  boxes = g_array_new (FALSE, FALSE, sizeof (PcRect));
  nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) gsk_render_node_unref);
  pc_render_connectors_boxes (self->layout, &tile, boxes);
  for (guint i = 0; i < boxes->len; i++)
    g_ptr_array_add (nodes, render_texture (self, &g_array_index (boxes, PcRect, i), TRUE));
  return gsk_container_node_new ((GskRenderNode **) nodes->pdata, nodes->len);
}

static GskRenderNode *
get_tile (PcCanvas   *self,
          GHashTable *cache,
          int         tx,
          int         ty,
          gboolean    connectors)
{
  gint64 key = ((gint64) tx << 32) | (guint32) ty;
  GskRenderNode *node = g_hash_table_lookup (cache, &key);

  if (node != NULL)
    return node;

  /* Bound the memory of a big map scrolled end to end. */
  if (g_hash_table_size (cache) > MAX_TILES)
    g_hash_table_remove_all (cache);

  node = render_tile (self, tx, ty, connectors);
  g_hash_table_insert (cache, g_memdup2 (&key, sizeof key), node);
  return node;
}

void
_pc_canvas_draw_invalidate_connectors (PcCanvas     *self,
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
      gtk_snapshot_append_node (snapshot,
                                get_tile (self, connectors ? self->connector_tiles : self->tiles,
                                          tx, ty, connectors));
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

static void
path_polyline (cairo_t                 *cr,
               const PcLayoutConnector *c,
               double                   shorten)
{
  const PcPoint *end = &c->points[c->n_points - 1];
  const PcPoint *prev = &c->points[c->n_points - 2];
  double dx = end->x - prev->x, dy = end->y - prev->y;
  double d = hypot (dx, dy);

  if (d <= 0)
    dx = 1, dy = 0, d = 1;

  cairo_move_to (cr, c->points[0].x, c->points[0].y);
  for (guint k = 1; k + 1 < c->n_points; k++)
    cairo_line_to (cr, c->points[k].x, c->points[k].y);
  /* Stop under the arrow head so that its tip stays sharp. */
  cairo_line_to (cr, end->x - dx / d * shorten, end->y - dy / d * shorten);
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* The selected connector over the tiles: a soft halo, a thicker line, a
 * bigger head and a dot where it starts, so the selection reads without
 * colour too. In layout coordinates (the caller has translated). */
static void
snapshot_selected_connector (PcCanvas    *self,
                             GtkSnapshot *snapshot)
{
  const PcLayoutConnector *c = _pc_canvas_find_connector (self, self->selected_connector);
  const PcColor *accent;
  double z, x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double len, wid, pad, dx, dy, d;
  const PcPoint *end, *prev;
  cairo_t *cr;

  if (c == NULL || c->n_points < 2)
    return;

  accent = &pc_layout_get_theme (self->layout)->accent;
  z = pc_layout_get_zoom (self->layout);
  len = 15 * z;
  wid = 7.5 * z;
  pad = 16 * z;
  for (guint k = 0; k < c->n_points; k++)
    {
      x0 = MIN (x0, c->points[k].x);
      y0 = MIN (y0, c->points[k].y);
      x1 = MAX (x1, c->points[k].x);
      y1 = MAX (y1, c->points[k].y);
    }

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (x0 - pad, y0 - pad,
                                                       x1 - x0 + 2 * pad, y1 - y0 + 2 * pad));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 0.25);
  cairo_set_line_width (cr, 12 * z);
  path_polyline (cr, c, 0);
  cairo_stroke (cr);

  cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 1.0);
  cairo_set_line_width (cr, 4 * z);
  path_polyline (cr, c, len * 0.8);
  cairo_stroke (cr);

  end = &c->points[c->n_points - 1];
  prev = &c->points[c->n_points - 2];
  dx = end->x - prev->x;
  dy = end->y - prev->y;
  d = hypot (dx, dy);
  if (d <= 0)
    dx = 1, dy = 0, d = 1;
  dx /= d;
  dy /= d;
  cairo_move_to (cr, end->x, end->y);
  cairo_line_to (cr, end->x - dx * len - dy * wid, end->y - dy * len + dx * wid);
  cairo_line_to (cr, end->x - dx * len + dy * wid, end->y - dy * len - dx * wid);
  cairo_close_path (cr);
  cairo_fill (cr);

  cairo_arc (cr, c->points[0].x, c->points[0].y, 5 * z, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_destroy (cr);

  /* The card the keyboard cycles from keeps a dashed outline: typing K
   * does not show GTK's focus ring. */
  if (self->status_card != NULL)
    {
      guint index = pc_card_get_index (self->status_card);
      const PcLayoutCard *card;
      double dashes[] = { 6 * z, 4 * z };

      if (index >= pc_layout_get_n_cards (self->layout))
        return;
      card = pc_layout_get_card (self->layout, index);
      cr = gtk_snapshot_append_cairo (snapshot,
                                      &GRAPHENE_RECT_INIT (card->rect.x - 8, card->rect.y - 8,
                                                           card->rect.width + 16, card->rect.height + 16));
      cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 1.0);
      cairo_set_line_width (cr, 2);
      cairo_set_dash (cr, dashes, 2, 0);
      rounded_rect (cr, card->rect.x - 4, card->rect.y - 4, card->rect.width + 8,
                    card->rect.height + 8, pc_layout_get_radius (self->layout) + 4);
      cairo_stroke (cr);
      cairo_destroy (cr);
    }
}

/* The drop indicators and the connector being drawn */

static void
append_line (GtkSnapshot   *snapshot,
             const PcColor *color,
             double         x,
             double         y,
             double         width,
             double         height)
{
  GskRoundedRect rect;
  GdkRGBA rgba = { color->red, color->green, color->blue, 1.0 };

  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x, y, width, height),
                                   MIN (width, height) / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, &rgba, &rect.bounds);
  gtk_snapshot_pop (snapshot);
}

static void
snapshot_card_drop (PcCanvas      *self,
                    GtkSnapshot   *snapshot,
                    const PcColor *accent)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  PcTouchpoint *moving = self->drag_card ? pc_card_get_touchpoint (self->drag_card) : NULL;
  PcRect cell = _pc_canvas_cell_rect (self, self->drop_stage, self->drop_lane);
  GdkRGBA tint = { accent->red, accent->green, accent->blue, 0.12 };
  double y, x, width;

  gtk_snapshot_append_color (snapshot, &tint,
                             &GRAPHENE_RECT_INIT (cell.x, cell.y, cell.width, cell.height));

  _pc_canvas_cell_cards (self, self->drop_stage, self->drop_lane, moving, cards);
  if (cards->len == 0)
    {
      x = cell.x + 12;
      width = cell.width - 24;
      y = cell.y + 10;
    }
  else
    {
      const PcLayoutCard *first = g_ptr_array_index (cards, 0);

      x = first->rect.x;
      width = first->rect.width;
      if (self->drop_index < cards->len)
        {
          const PcLayoutCard *next = g_ptr_array_index (cards, self->drop_index);
          const PcLayoutCard *prev = self->drop_index > 0 ? g_ptr_array_index (cards, self->drop_index - 1) : NULL;
          y = prev ? (prev->rect.y + prev->rect.height + next->rect.y) / 2 : next->rect.y - 6;
        }
      else
        {
          const PcLayoutCard *last = g_ptr_array_index (cards, cards->len - 1);
          y = last->rect.y + last->rect.height + 6;
        }
    }
  append_line (snapshot, accent, x, y - 2, width, 4);
}

/* Where a dragged note would land: its row cell tinted, a line between
 * the typed notes. */
static void
snapshot_note_drop (PcCanvas      *self,
                    GtkSnapshot   *snapshot,
                    const PcColor *accent)
{
  g_autoptr(GArray) notes = g_array_new (FALSE, FALSE, sizeof (guint));
  PcNote *moving = self->drag_note ? pc_note_widget_get_note (self->drag_note) : NULL;
  PcRect cell = _pc_canvas_row_cell_rect (self, self->drop_stage, self->drop_row);
  GdkRGBA tint = { accent->red, accent->green, accent->blue, 0.12 };
  double y, x = cell.x + 12, width = cell.width - 24;

  gtk_snapshot_append_color (snapshot, &tint,
                             &GRAPHENE_RECT_INIT (cell.x, cell.y, cell.width, cell.height));

  _pc_canvas_row_cell_notes (self, self->drop_stage, self->drop_row, TRUE, moving, notes);
  if (notes->len == 0)
    y = cell.y + 6;
  else
    {
      const PcLayoutNote *first = pc_layout_get_note (self->layout, g_array_index (notes, guint, 0));

      x = first->rect.x;
      width = first->rect.width;
      if (self->drop_index < notes->len)
        {
          const PcLayoutNote *next = pc_layout_get_note (self->layout,
                                                         g_array_index (notes, guint, self->drop_index));
          const PcLayoutNote *prev = self->drop_index > 0
                                     ? pc_layout_get_note (self->layout,
                                                           g_array_index (notes, guint, self->drop_index - 1))
                                     : NULL;
          y = prev ? (prev->rect.y + prev->rect.height + next->rect.y) / 2 : next->rect.y - 4;
        }
      else
        {
          const PcLayoutNote *last = pc_layout_get_note (self->layout,
                                                         g_array_index (notes, guint, notes->len - 1));
          y = last->rect.y + last->rect.height + 4;
        }
    }
  append_line (snapshot, accent, x, y - 2, width, 4);
}

static void
snapshot_header_drop (PcCanvas      *self,
                      GtkSnapshot   *snapshot,
                      const PcColor *accent)
{
  gboolean stages = self->drag_kind == PC_CANVAS_DRAG_STAGE;
  gboolean rows = self->drag_kind == PC_CANVAS_DRAG_ROW;
  guint position = self->drop_position, seen = 0;
  guint n = stages ? pc_layout_get_n_stages (self->layout)
          : rows ? pc_layout_get_n_rows (self->layout) : pc_layout_get_n_lanes (self->layout);
  double edge = -1;

  /* The edge before the position'th item that is not the dragged one. */
  for (guint i = 0; i < n && edge < 0; i++)
    {
      if (stages)
        {
          const PcLayoutStage *s = pc_layout_get_stage (self->layout, i);
          if (G_OBJECT (s->stage) == self->drag_item)
            continue;
          if (seen++ == position)
            edge = s->header.x - 3;
          else if (i == n - 1 || (i == n - 2 && G_OBJECT (pc_layout_get_stage (self->layout, n - 1)->stage) == self->drag_item))
            edge = s->header.x + s->header.width + 3;
        }
      else if (rows)
        {
          const PcLayoutRow *r = pc_layout_get_row (self->layout, i);
          if (G_OBJECT (r->row) == self->drag_item)
            continue;
          if (seen++ == position)
            edge = r->band.y - 3;
          else if (i == n - 1 || (i == n - 2 && G_OBJECT (pc_layout_get_row (self->layout, n - 1)->row) == self->drag_item))
            edge = r->band.y + r->band.height + 3;
        }
      else
        {
          const PcLayoutLane *l = pc_layout_get_lane (self->layout, i);
          if (G_OBJECT (l->lane) == self->drag_item)
            continue;
          if (seen++ == position)
            edge = l->band.y - 3;
          else if (i == n - 1 || (i == n - 2 && G_OBJECT (pc_layout_get_lane (self->layout, n - 1)->lane) == self->drag_item))
            edge = l->band.y + l->band.height + 3;
        }
    }
  if (edge < 0)
    return;

  if (stages)
    append_line (snapshot, accent, edge - 2, 0, 4, pc_layout_get_height (self->layout));
  else
    append_line (snapshot, accent, 0, edge - 2, pc_layout_get_width (self->layout), 4);
}

static void
snapshot_connect (PcCanvas      *self,
                  GtkSnapshot   *snapshot,
                  const PcColor *accent)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self));
  int from = pc_layout_find_card (self->layout, self->connect_from), to;
  const PcLayoutCard *a, *b;
  double dashes[] = { 8, 5 };
  cairo_t *cr;

  if (from < 0 || !PC_IS_CARD (focus) ||
      (to = pc_layout_find_card (self->layout, pc_card_get_touchpoint (PC_CARD (focus)))) < 0)
    return;

  a = pc_layout_get_card (self->layout, from);
  b = pc_layout_get_card (self->layout, to);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, pc_layout_get_width (self->layout),
                                                                 pc_layout_get_height (self->layout)));
  cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 1.0);
  cairo_set_line_width (cr, 3);
  cairo_rectangle (cr, a->rect.x - 4, a->rect.y - 4, a->rect.width + 8, a->rect.height + 8);
  cairo_stroke (cr);
  if (from != to)
    {
      cairo_set_dash (cr, dashes, 2, 0);
      cairo_move_to (cr, a->rect.x + a->rect.width / 2, a->rect.y + a->rect.height / 2);
      cairo_line_to (cr, b->rect.x + b->rect.width / 2, b->rect.y + b->rect.height / 2);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
}

static void
snapshot_drag (PcCanvas    *self,
               GtkSnapshot *snapshot)
{
  const PcColor *accent = &pc_layout_get_theme (self->layout)->accent;
  double sx, sy;

  _pc_canvas_to_layout (self, 0, 0, &sx, &sy);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-sx, -sy));

  if ((self->drag_kind == PC_CANVAS_DRAG_CARD && self->drag_started) ||
      self->drag_kind == PC_CANVAS_DRAG_CHANNEL)
    {
      if (self->drop_valid)
        snapshot_card_drop (self, snapshot, accent);
    }
  else if (self->drag_kind == PC_CANVAS_DRAG_NOTE && self->drag_started)
    {
      if (self->drop_valid)
        snapshot_note_drop (self, snapshot, accent);
    }
  else if ((self->drag_kind == PC_CANVAS_DRAG_STAGE || self->drag_kind == PC_CANVAS_DRAG_LANE ||
            self->drag_kind == PC_CANVAS_DRAG_ROW) && self->drag_started)
    snapshot_header_drop (self, snapshot, accent);

  if (self->connect_from != NULL)
    snapshot_connect (self, snapshot, accent);

  gtk_snapshot_restore (snapshot);
}

void
_pc_canvas_draw_snapshot (GtkWidget   *widget,
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
    snapshot_selected_connector (self, snapshot);

  /* The keyboard cursor on a cell (the canvas itself has focus), unless
   * the focus is on the selected connector. */
  if (gtk_widget_has_visible_focus (widget) && self->selected_connector == NULL &&
      self->cursor_stage < pc_layout_get_n_stages (self->layout) &&
      (self->cursor_row >= 0 ? self->cursor_row < (int) pc_layout_get_n_rows (self->layout)
                             : self->cursor_lane < pc_layout_get_n_lanes (self->layout)))
    {
      PcRect cell = self->cursor_row >= 0
                    ? _pc_canvas_row_cell_rect (self, self->cursor_stage, self->cursor_row)
                    : _pc_canvas_cell_rect (self, self->cursor_stage, self->cursor_lane);
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
      if (PC_IS_NOTE_WIDGET (child) && PC_NOTE_WIDGET (child) == self->drag_note)
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

  snapshot_drag (self, snapshot);
  if (self->drag_card != NULL)
    gtk_widget_snapshot_child (widget, GTK_WIDGET (self->drag_card), snapshot);
  if (self->drag_note != NULL)
    gtk_widget_snapshot_child (widget, GTK_WIDGET (self->drag_note), snapshot);

  if (self->spotlight >= 0)
    {
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-sx, -sy));
      _pc_canvas_draw_spotlight (self, snapshot);
      gtk_snapshot_restore (snapshot);
    }
}

/* The stage in the spotlight framed, the others veiled with the page's
 * colour, over the cards too. Layout coordinates. */
void
_pc_canvas_draw_spotlight (PcCanvas    *self,
                           GtkSnapshot *snapshot)
{
  const PcTheme *theme = pc_layout_get_theme (self->layout);
  guint n_stages = pc_layout_get_n_stages (self->layout);
  GdkRGBA veil = { theme->background.red, theme->background.green,
                   theme->background.blue, 0.72 };
  const PcLayoutStage *first, *last, *ls;
  double top, bottom, left, right;
  PcRect area;

  if (n_stages == 0 || self->spotlight >= (int) n_stages)
    return;

  /* One veil across all the stages but the spotlight's, gutters
   * included, so that no curve or arrow shows through between them. */
  first = pc_layout_get_stage (self->layout, 0);
  last = pc_layout_get_stage (self->layout, n_stages - 1);
  ls = pc_layout_get_stage (self->layout, self->spotlight);
  top = ls->header.y;
  bottom = ls->column.y + ls->column.height;
  left = first->column.x;
  right = last->column.x + last->column.width;
  area = (PcRect) { ls->column.x, top, ls->column.width, bottom - top };

  if (area.x > left)
    gtk_snapshot_append_color (snapshot, &veil,
                               &GRAPHENE_RECT_INIT (left, top, area.x - left, bottom - top));
  if (area.x + area.width < right)
    gtk_snapshot_append_color (snapshot, &veil,
                               &GRAPHENE_RECT_INIT (area.x + area.width, top,
                                                    right - area.x - area.width, bottom - top));
  append_rect_outline (snapshot, &area, pc_layout_get_radius (self->layout),
                       &theme->accent, 6 * pc_layout_get_zoom (self->layout));
}
