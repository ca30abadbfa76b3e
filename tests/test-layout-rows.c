/* test-layout-rows.c: insight rows in the shared layout
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pc-layout.h"
#include "pc-render.h"
#include "pc-test-util.h"

static PcMap *
first_map (PcDocument *document)
{
  g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);

  return map; /* the document keeps it alive */
}

static PcRow *
add_row (PcMap      *map,
         const char *id,
         const char *name,
         PcRowKind   kind,
         gboolean    hidden)
{
  g_autoptr(PcRow) row = pc_row_new (id);

  pc_row_set_name (row, name);
  pc_row_set_kind (row, kind);
  pc_row_set_hidden (row, hidden);
  g_list_store_append (pc_map_get_rows (map), row);
  return row; /* the map keeps it alive */
}

static PcNote *
add_note (PcMap      *map,
          const char *id,
          const char *row_id,
          const char *stage_id,
          const char *text)
{
  g_autoptr(PcNote) note = pc_note_new (id);

  pc_note_set_row_id (note, row_id);
  pc_note_set_stage_id (note, stage_id);
  pc_note_set_text (note, text);
  g_list_store_append (pc_map_get_notes (map), note);
  return note;
}

static gboolean
rect_equal (const PcRect *a,
            const PcRect *b)
{
  return a->x == b->x && a->y == b->y && a->width == b->width && a->height == b->height;
}

/* Same stages, lanes and cards at the same places, same size. */
static void
assert_same_geometry (PcLayout *a,
                      PcLayout *b)
{
  g_assert_cmpfloat (pc_layout_get_width (a), ==, pc_layout_get_width (b));
  g_assert_cmpfloat (pc_layout_get_height (a), ==, pc_layout_get_height (b));
  g_assert_cmpuint (pc_layout_get_n_stages (a), ==, pc_layout_get_n_stages (b));
  g_assert_cmpuint (pc_layout_get_n_lanes (a), ==, pc_layout_get_n_lanes (b));
  g_assert_cmpuint (pc_layout_get_n_cards (a), ==, pc_layout_get_n_cards (b));
  for (guint i = 0; i < pc_layout_get_n_stages (a); i++)
    {
      g_assert_true (rect_equal (&pc_layout_get_stage (a, i)->header, &pc_layout_get_stage (b, i)->header));
      g_assert_true (rect_equal (&pc_layout_get_stage (a, i)->column, &pc_layout_get_stage (b, i)->column));
    }
  for (guint i = 0; i < pc_layout_get_n_lanes (a); i++)
    g_assert_true (rect_equal (&pc_layout_get_lane (a, i)->band, &pc_layout_get_lane (b, i)->band));
  for (guint i = 0; i < pc_layout_get_n_cards (a); i++)
    g_assert_true (rect_equal (&pc_layout_get_card (a, i)->rect, &pc_layout_get_card (b, i)->rect));
}

/* A map without rows, or with hidden rows only, lays out as before there
 * were rows. */
static void
test_no_rows (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (40);
  PcMap *map = first_map (document);
  PcLayoutOptions legend = { .legend = TRUE, .date = "3 December 2026" };
  g_autoptr(PcLayout) before = pc_layout_new (document, map, &legend);
  g_autoptr(PcLayout) after = NULL;

  g_assert_cmpuint (pc_layout_get_n_rows (before), ==, 0);
  g_assert_cmpuint (pc_layout_get_n_notes (before), ==, 0);
  g_assert_cmpint (pc_layout_note_at (before, 300, 300), ==, -1);
  g_assert_false (pc_layout_row_cell_at (before, 300, 300, NULL, NULL));

  add_row (map, "r-hidden", "Doing", PC_ROW_KIND_DOING, TRUE);
  add_note (map, "n-hidden", "r-hidden", "stage-0", "Not shown");
  after = pc_layout_new (document, map, &legend);
  g_assert_cmpuint (pc_layout_get_n_rows (after), ==, 0);
  g_assert_cmpuint (pc_layout_get_n_notes (after), ==, 0);
  assert_same_geometry (before, after);
}

static void
assert_inside (const PcRect *inner,
               const PcRect *outer)
{
  g_assert_cmpfloat (inner->x, >=, outer->x);
  g_assert_cmpfloat (inner->y, >=, outer->y);
  g_assert_cmpfloat (inner->x + inner->width, <=, outer->x + outer->width);
  g_assert_cmpfloat (inner->y + inner->height, <=, outer->y + outer->height);
}

/* Rows go below the lanes, hidden ones skipped, with the lanes' header
 * width and band span; the lanes do not move. */
static void
test_rows_below (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (40);
  PcMap *map = first_map (document);
  g_autoptr(PcLayout) plain = pc_layout_new (document, map, NULL);
  g_autoptr(PcLayout) layout = NULL;
  const PcLayoutLane *last_lane;
  const PcLayoutRow *r0, *r1;

  add_row (map, "r-policy", "Refund policy", PC_ROW_KIND_POLICY, FALSE);
  add_row (map, "r-hidden", "Thinking", PC_ROW_KIND_THINKING, TRUE);
  add_row (map, "r-time", "Time", PC_ROW_KIND_TIME, FALSE);
  layout = pc_layout_new (document, map, NULL);

  g_assert_cmpuint (pc_layout_get_n_rows (layout), ==, 2);
  r0 = pc_layout_get_row (layout, 0);
  r1 = pc_layout_get_row (layout, 1);
  g_assert_cmpstr (pc_entity_get_id (PC_ENTITY (r0->row)), ==, "r-policy");
  g_assert_cmpstr (pc_entity_get_id (PC_ENTITY (r1->row)), ==, "r-time");

  for (guint l = 0; l < pc_layout_get_n_lanes (layout); l++)
    g_assert_true (rect_equal (&pc_layout_get_lane (layout, l)->band,
                               &pc_layout_get_lane (plain, l)->band));
  last_lane = pc_layout_get_lane (layout, pc_layout_get_n_lanes (layout) - 1);
  g_assert_cmpfloat (r0->band.y, >, last_lane->band.y + last_lane->band.height);
  g_assert_cmpfloat (r1->band.y, >, r0->band.y + r0->band.height);
  g_assert_cmpfloat (r0->band.x, ==, last_lane->band.x);
  g_assert_cmpfloat (r0->band.width, ==, last_lane->band.width);
  g_assert_cmpfloat (r0->header.x, ==, last_lane->header.x);
  g_assert_cmpfloat (r0->header.width, ==, last_lane->header.width);
  g_assert_cmpfloat (r0->header.y, ==, r0->band.y);
  g_assert_cmpfloat (r0->header.height, ==, r0->band.height);
  g_assert_cmpfloat (r0->band.height, >, 0);

  /* The map grows by the rows; stage columns reach down through them. */
  g_assert_cmpfloat (pc_layout_get_height (layout), >=, r1->band.y + r1->band.height);
  g_assert_cmpfloat (pc_layout_get_height (layout), >, pc_layout_get_height (plain));
  for (guint s = 0; s < pc_layout_get_n_stages (layout); s++)
    {
      const PcLayoutStage *ls = pc_layout_get_stage (layout, s);

      g_assert_cmpfloat (ls->column.y + ls->column.height, ==, r1->band.y + r1->band.height);
    }
}

/* With rows_position "above", the rows sit between the stage headers and
 * the lanes, which move down by the rows' height. */
static void
test_rows_above (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (40);
  PcMap *map = first_map (document);
  g_autoptr(PcLayout) plain = pc_layout_new (document, map, NULL);
  g_autoptr(PcLayout) layout = NULL;
  const PcLayoutRow *row;
  const PcLayoutLane *first;
  double shift;

  add_row (map, "r-metrics", "Metrics", PC_ROW_KIND_METRICS, FALSE);
  add_note (map, "n1", "r-metrics", "stage-1", "Conversion");
  pc_map_set_rows_position (map, PC_ROWS_POSITION_ABOVE);
  layout = pc_layout_new (document, map, NULL);

  row = pc_layout_get_row (layout, 0);
  first = pc_layout_get_lane (layout, 0);
  g_assert_cmpfloat (row->band.y, ==, pc_layout_get_lane (plain, 0)->band.y);
  g_assert_cmpfloat (row->band.y + row->band.height, <, first->band.y);
  g_assert_cmpfloat (row->band.y, >, pc_layout_get_stage (layout, 0)->header.y
                                      + pc_layout_get_stage (layout, 0)->header.height);
  shift = first->band.y - pc_layout_get_lane (plain, 0)->band.y;
  g_assert_cmpfloat (shift, >, row->band.height);
  for (guint i = 0; i < pc_layout_get_n_cards (layout); i++)
    g_assert_cmpfloat (pc_layout_get_card (layout, i)->rect.y, ==,
                       pc_layout_get_card (plain, i)->rect.y + shift);
  g_assert_cmpfloat (pc_layout_get_height (layout), ==, pc_layout_get_height (plain) + shift);
  g_assert_cmpfloat (pc_layout_get_stage (layout, 0)->column.y, ==, row->band.y);

  g_assert_cmpuint (pc_layout_get_n_notes (layout), ==, 1);
  assert_inside (&pc_layout_get_note (layout, 0)->rect, &row->band);
  assert_inside (&pc_layout_get_note (layout, 0)->rect, &pc_layout_get_stage (layout, 1)->column);
}

/* A cell stacks its typed notes in list order, then what the cards of the
 * stage say in the row's field, lane by lane; the row is as tall as its
 * fullest cell. */
static void
test_cell_stacking (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (40);
  PcMap *map = first_map (document);
  GListModel *tps = G_LIST_MODEL (pc_map_get_touchpoints (map));
  g_autoptr(PcLayout) layout = NULL;
  g_autoptr(GPtrArray) cell = NULL;
  const PcLayoutRow *pain, *doing;
  guint n_gathered = 0;
  double last_bottom = -1;

  /* Each card's own pain point, on every other card; actions on none. */
  for (guint i = 0; i < g_list_model_get_n_items (tps); i++)
    {
      g_autoptr(PcTouchpoint) tp = g_list_model_get_item (tps, i);
      g_autofree char *text = g_strdup_printf ("Pain of %s", pc_entity_get_id (PC_ENTITY (tp)));

      pc_touchpoint_set_pain_points (tp, i % 2 == 0 ? text : NULL);
      pc_touchpoint_set_action (tp, NULL);
    }
  add_row (map, "r-pain", "Pain points", PC_ROW_KIND_PAIN_POINTS, FALSE);
  add_row (map, "r-doing", "Doing", PC_ROW_KIND_DOING, FALSE);
  add_note (map, "n-b", "r-pain", "stage-2", "Second of the cell");
  add_note (map, "n-other", "r-pain", "stage-3", "Another cell");
  add_note (map, "n-c", "r-pain", "stage-2", "Third of the cell, long enough to take more than one line "
                                              "in a note as wide as a card");
  {
    g_autoptr(PcNote) first = pc_note_new ("n-a");

    pc_note_set_row_id (first, "r-pain");
    pc_note_set_stage_id (first, "stage-2");
    pc_note_set_text (first, "First");
    g_list_store_insert (pc_map_get_notes (map), 0, first);
  }
  layout = pc_layout_new (document, map, NULL);
  pain = pc_layout_get_row (layout, 0);
  doing = pc_layout_get_row (layout, 1);

  /* Typed notes of (r-pain, stage-2) first, in the order
   * pc_map_get_note_cell() gives. */
  cell = pc_map_get_note_cell (map, "r-pain", "stage-2");
  g_assert_cmpuint (cell->len, ==, 3);
  for (guint i = 0; i < pc_layout_get_n_notes (layout); i++)
    {
      const PcLayoutNote *note = pc_layout_get_note (layout, i);
      const PcLayoutStage *ls = pc_layout_get_stage (layout, note->stage_index);
      const PcLayoutRow *lr = pc_layout_get_row (layout, note->row_index);

      assert_inside (&note->rect, &lr->band);
      assert_inside (&note->rect, &ls->column);
      g_assert_cmpuint (note->row_index, ==, 0); /* the doing row has nothing */
      if (note->stage_index != 2)
        continue;
      if (note->index_in_cell < 3)
        {
          g_assert_false (note->gathered);
          g_assert_true (note->note == g_ptr_array_index (cell, note->index_in_cell));
          g_assert_null (note->touchpoint);
          g_assert_cmpstr (note->text, ==, pc_note_get_text (note->note));
        }
      else
        {
          g_autofree char *expected = NULL;

          g_assert_true (note->gathered);
          g_assert_null (note->note);
          g_assert_nonnull (note->touchpoint);
          g_assert_cmpstr (pc_touchpoint_get_stage_id (note->touchpoint), ==, "stage-2");
          expected = g_strdup_printf ("Pain of %s", pc_entity_get_id (PC_ENTITY (note->touchpoint)));
          g_assert_cmpstr (note->text, ==, expected);
          n_gathered++;
        }
      /* Top to bottom, without overlap, in index order. */
      g_assert_cmpfloat (note->rect.y, >, last_bottom);
      last_bottom = note->rect.y + note->rect.height;
    }
  /* Stage 2 has cards 2, 7, ..., 37; the even ones have a pain point. */
  g_assert_cmpuint (n_gathered, ==, 4);
  /* The long note takes more lines than a short one. */
  {
    int first = pc_layout_find_note (layout, g_ptr_array_index (cell, 0));
    int third = pc_layout_find_note (layout, g_ptr_array_index (cell, 2));

    g_assert_cmpfloat (pc_layout_get_note (layout, third)->rect.height, >,
                       pc_layout_get_note (layout, first)->rect.height);
  }
  g_assert_cmpfloat (pain->band.y + pain->band.height, >=, last_bottom);
  g_assert_cmpfloat (doing->band.height, <, pain->band.height);

  /* Lane by lane: the gathered cards of stage 2 come from lane 0 first. */
  {
    guint previous_lane = 0;

    for (guint i = 0; i < pc_layout_get_n_notes (layout); i++)
      {
        const PcLayoutNote *note = pc_layout_get_note (layout, i);
        int card = note->touchpoint ? pc_layout_find_card (layout, note->touchpoint) : -1;

        if (note->stage_index != 2 || card < 0)
          continue;
        g_assert_cmpuint (pc_layout_get_card (layout, card)->lane_index, >=, previous_lane);
        previous_lane = pc_layout_get_card (layout, card)->lane_index;
      }
  }
}

static void
test_hit_testing (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (20);
  PcMap *map = first_map (document);
  g_autoptr(PcLayout) layout = NULL;
  PcNote *a, *b, *hidden;
  const PcLayoutNote *na, *nb;
  guint s, r;
  int ia, ib;

  add_row (map, "r-hidden", "Hidden", PC_ROW_KIND_CUSTOM, TRUE);
  add_row (map, "r-pain", "Pain points", PC_ROW_KIND_PAIN_POINTS, FALSE);
  a = add_note (map, "n-a", "r-pain", "stage-0", "A");
  b = add_note (map, "n-b", "r-pain", "stage-0", "B");
  hidden = add_note (map, "n-h", "r-hidden", "stage-0", "Hidden");
  layout = pc_layout_new (document, map, NULL);

  ia = pc_layout_find_note (layout, a);
  ib = pc_layout_find_note (layout, b);
  g_assert_cmpint (ia, >=, 0);
  g_assert_cmpint (ib, >=, 0);
  g_assert_cmpint (pc_layout_find_note (layout, hidden), ==, -1);
  na = pc_layout_get_note (layout, ia);
  nb = pc_layout_get_note (layout, ib);
  g_assert_cmpuint (na->row_index, ==, 0);
  g_assert_cmpuint (na->index_in_cell, ==, 0);
  g_assert_cmpuint (nb->index_in_cell, ==, 1);

  for (guint i = 0; i < pc_layout_get_n_notes (layout); i++)
    {
      const PcLayoutNote *note = pc_layout_get_note (layout, i);

      g_assert_cmpint (pc_layout_note_at (layout, note->rect.x + 3, note->rect.y + 3), ==, (int) i);
      g_assert_true (pc_layout_row_cell_at (layout, note->rect.x + 3, note->rect.y + 3, &s, &r));
      g_assert_cmpuint (s, ==, note->stage_index);
      g_assert_cmpuint (r, ==, note->row_index);
      /* A row's cell is no lane's cell. */
      g_assert_false (pc_layout_cell_at (layout, note->rect.x + 3, note->rect.y + 3, NULL, NULL));
      g_assert_cmpint (pc_layout_card_at (layout, note->rect.x + 3, note->rect.y + 3), ==, -1);
    }
  /* Between two notes, and on cards: no note. */
  g_assert_cmpint (pc_layout_note_at (layout, na->rect.x + 3,
                                      (na->rect.y + na->rect.height + nb->rect.y) / 2), ==, -1);
  g_assert_cmpint (pc_layout_note_at (layout, pc_layout_get_card (layout, 0)->rect.x + 3,
                                      pc_layout_get_card (layout, 0)->rect.y + 3), ==, -1);
  g_assert_false (pc_layout_row_cell_at (layout, pc_layout_get_card (layout, 0)->rect.x + 3,
                                         pc_layout_get_card (layout, 0)->rect.y + 3, NULL, NULL));

  /* Drops go among typed notes only, never after gathered items. */
  g_assert_cmpuint (pc_layout_note_drop_index (layout, 0, 0, na->rect.x, na->rect.y + 2), ==, 0);
  g_assert_cmpuint (pc_layout_note_drop_index (layout, 0, 0, na->rect.x,
                                               na->rect.y + na->rect.height - 2), ==, 1);
  g_assert_cmpuint (pc_layout_note_drop_index (layout, 0, 0, nb->rect.x,
                                               nb->rect.y + nb->rect.height - 2), ==, 2);
  g_assert_cmpuint (pc_layout_note_drop_index (layout, 0, 0, nb->rect.x,
                                               pc_layout_get_row (layout, 0)->band.y
                                               + pc_layout_get_row (layout, 0)->band.height - 1),
                    ==, 2);
  g_assert_cmpuint (pc_layout_note_drop_index (layout, 1, 0, 0, 1e6), ==, 0);
}

/* A megabyte of text reaches neither the layout nor Pango whole. */
static void
test_long_text (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (5);
  PcMap *map = first_map (document);
  g_autofree char *huge = g_malloc (1 << 20);
  g_autoptr(PcLayout) layout = NULL;
  const PcLayoutNote *note;
  gint64 start;

  memset (huge, 'w', (1 << 20) - 1);
  huge[(1 << 20) - 1] = '\0';
  add_row (map, "r-custom", "Notes", PC_ROW_KIND_CUSTOM, FALSE);
  add_note (map, "n-huge", "r-custom", "stage-0", huge);
  add_note (map, "n-short", "r-custom", "stage-0", "Short");
  start = g_get_monotonic_time ();
  layout = pc_layout_new (document, map, NULL);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  note = pc_layout_get_note (layout, 0);
  g_assert_cmpuint (strlen (note->text), <, 2000);
  /* Four lines at most: the next note comes right after. */
  g_assert_cmpfloat (note->rect.height, <, 4 * pc_layout_get_note (layout, 1)->rect.height);
  g_assert_cmpfloat (pc_layout_get_note (layout, 1)->rect.y, >, note->rect.y + note->rect.height);
}

static void
test_speed (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (2000);
  PcMap *map = first_map (document);
  GListModel *tps = G_LIST_MODEL (pc_map_get_touchpoints (map));
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < g_list_model_get_n_items (tps); i++)
    {
      g_autoptr(PcTouchpoint) tp = g_list_model_get_item (tps, i);

      pc_touchpoint_set_action (tp, "Looks at the price");
    }
  add_row (map, "r-doing", "Doing", PC_ROW_KIND_DOING, FALSE);
  add_row (map, "r-custom", "Notes", PC_ROW_KIND_CUSTOM, FALSE);
  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *id = g_strdup_printf ("n%u", i);
      g_autofree char *stage = g_strdup_printf ("stage-%u", i % 5);

      add_note (map, id, "r-custom", stage, "A short note");
    }

  for (int run = 0; run < 3; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(PcLayout) layout = pc_layout_new (document, map, NULL);

      best = MIN (best, (g_get_monotonic_time () - start) / 1000.0);
      g_assert_cmpuint (pc_layout_get_n_notes (layout), ==, 4000);
    }
  g_test_message ("layout of 2,000 cards, 2,000 notes and 2,000 gathered items: best of 3 %.2f ms",
                  best);
  g_assert_cmpfloat (best, <, 150.0);
}

static void
assert_pixel (cairo_surface_t *surface,
              double           x,
              double           y,
              const PcColor   *color)
{
  guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel = *(guint32 *) (data + (int) y * stride + (int) x * 4);
  int r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

  if (color == NULL)
    {
      g_assert_cmpuint (pixel >> 24, ==, 0);
      return;
    }
  g_assert_cmpuint (pixel >> 24, ==, 0xff);
  g_assert_cmpint (ABS (r - (int) (color->red * 255 + 0.5)), <=, 1);
  g_assert_cmpint (ABS (g - (int) (color->green * 255 + 0.5)), <=, 1);
  g_assert_cmpint (ABS (b - (int) (color->blue * 255 + 0.5)), <=, 1);
}

/* The grid draws the rows' bands, the cards layer the notes on them;
 * pc_render_note() draws one note inside its rectangle only. */
static void
test_render (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (10);
  PcMap *map = first_map (document);
  g_autoptr(PcLayout) layout = NULL;
  const PcTheme *theme = pc_theme_get (PC_THEME_DARK);
  PcLayoutOptions options = { .theme = theme };
  const PcLayoutNote *note;
  const PcLayoutRow *row;
  const PcLayoutStage *empty;
  cairo_surface_t *surface;
  cairo_t *cr;
  double cx, cy;

  add_row (map, "r-custom", "Notes", PC_ROW_KIND_CUSTOM, FALSE);
  add_note (map, "n1", "r-custom", "stage-1", "W");
  layout = pc_layout_new (document, map, &options);
  note = pc_layout_get_note (layout, 0);
  row = pc_layout_get_row (layout, 0);
  empty = pc_layout_get_stage (layout, 3);
  /* Right of the note's one short word: only its paper. */
  cx = note->rect.x + note->rect.width - 20;
  cy = note->rect.y + note->rect.height / 2;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) pc_layout_get_width (layout),
                                        (int) pc_layout_get_height (layout));
  cr = cairo_create (surface);
  pc_render_layout (cr, layout, PC_RENDER_GRID);
  cairo_surface_flush (surface);
  assert_pixel (surface, empty->column.x + 20, row->band.y + row->band.height / 2, &theme->surface);
  assert_pixel (surface, row->header.x + row->header.width - 10, row->band.y + row->band.height - 10,
                &theme->header_fill);
  assert_pixel (surface, cx, cy, &theme->surface);

  pc_render_layout (cr, layout, PC_RENDER_CARDS);
  cairo_surface_flush (surface);
  assert_pixel (surface, cx, cy, &theme->note_fill);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) pc_layout_get_width (layout),
                                        (int) pc_layout_get_height (layout));
  cr = cairo_create (surface);
  pc_render_note (cr, layout, 0);
  cairo_surface_flush (surface);
  assert_pixel (surface, cx, cy, &theme->note_fill);
  assert_pixel (surface, note->rect.x - 3, cy, NULL);
  assert_pixel (surface, note->rect.x + note->rect.width + 3, cy, NULL);
  assert_pixel (surface, cx, note->rect.y - 3, NULL);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/layout-rows/no-rows", test_no_rows);
  g_test_add_func ("/layout-rows/below", test_rows_below);
  g_test_add_func ("/layout-rows/above", test_rows_above);
  g_test_add_func ("/layout-rows/cell-stacking", test_cell_stacking);
  g_test_add_func ("/layout-rows/hit-testing", test_hit_testing);
  g_test_add_func ("/layout-rows/long-text", test_long_text);
  g_test_add_func ("/layout-rows/speed", test_speed);
  g_test_add_func ("/layout-rows/render", test_render);

  return g_test_run ();
}
