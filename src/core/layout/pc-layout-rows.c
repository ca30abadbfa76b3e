/* pc-layout-rows.c: insight rows, their notes and the items they gather
 * from the cards
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pc-field.h"
#include "pc-layout-private.h"

/* Sizes in px at zoom 1. Notes are as wide as cards, so that they line up
 * with the cards above them; their height follows their text. */
#define NOTE_W         CARD_W
#define NOTE_GAP       8.0
#define ROW_MIN_H      72.0
#define NOTE_LINES     4
#define GATHERED_LINES 3

static void
clear_row (gpointer data)
{
  PcLayoutRow *row = data;

  g_clear_object (&row->row);
}

static void
clear_note (gpointer data)
{
  PcLayoutNote *note = data;

  g_clear_object (&note->note);
  g_clear_object (&note->touchpoint);
  g_free ((char *) note->text);
}

void
_pc_layout_rows_clear (PcLayout *self)
{
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->notes, g_array_unref);
}

/* How many lines @text takes at @width px, 1 .. @max_lines; most notes are
 * one short line, told without Pango. */
static guint
count_lines (PcLayout   *self,
             const char *text,
             double      size,
             double      width,
             guint       max_lines)
{
  PangoLayout *pl;

  /* A note typed on several lines keeps them. */
  if (*text == '\0' || (strchr (text, '\n') == NULL && pc_layout_fits_line (self, text, size, FALSE, width)))
    return 1;
  pl = pc_layout_get_text (self, size, FALSE, PC_LAYOUT_TEXT_WRAP);
  pango_layout_set_width (pl, MAX (1, (int) (width * PANGO_SCALE)));
  pango_layout_set_wrap (pl, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (pl, text, -1);
  return CLAMP ((guint) pango_layout_get_line_count (pl), 1, max_lines);
}

/* Appends one item to the notes, sized, at @top within its cell; returns
 * its height. */
static double
add_item (PcLayout     *self,
          PcNote       *note,
          PcTouchpoint *touchpoint,
          const char   *text,
          guint         row_index,
          guint         stage_index,
          guint         index_in_cell,
          double        top)
{
  const PcLayoutStage *ls = &g_array_index (self->stages, PcLayoutStage, stage_index);
  double z = self->zoom;
  double size = pc_layout_get_body_size (self);
  double pad = PC_LAYOUT_NOTE_PAD * z;
  double width = NOTE_W * z;
  gboolean gathered = note == NULL;
  guint max_lines = gathered ? GATHERED_LINES : NOTE_LINES;
  PcLayoutNote item = { 0 };
  char *cut = pc_layout_cut_text (text, pc_layout_text_limit (size, width - 2 * pad, max_lines),
                                  NULL);
  guint lines = count_lines (self, cut, size, width - 2 * pad, max_lines);
  double height = 2 * pad + lines * size * 1.3;

  /* A gathered item names its card on a line of its own; a note's
   * marks (votes, evidence) go on a strip under its text. */
  if (gathered)
    height += 4 * z + size * 0.85 * 1.3;
  else
    height += _pc_layout_note_marks_height (self, note, cut, lines, width - 2 * pad);

  item.note = note ? g_object_ref (note) : NULL;
  item.touchpoint = touchpoint ? g_object_ref (touchpoint) : NULL;
  item.text = cut;
  item.rect = (PcRect) { ls->column.x + (ls->column.width - width) / 2, top, width, height };
  item.row_index = row_index;
  item.stage_index = stage_index;
  item.index_in_cell = index_in_cell;
  item.gathered = gathered;
  item.faded = pc_layout_evidence_fades (self->min_evidence,
                                         note ? pc_note_get_evidence (note)
                                              : pc_touchpoint_get_evidence (touchpoint));
  g_array_append_val (self->notes, item);
  return height;
}

static const PcField *
find_touchpoint_field (const char *property)
{
  guint n_fields;
  const PcField *fields = pc_entity_type_get_fields (PC_TYPE_TOUCHPOINT, &n_fields);

  for (guint i = 0; property && i < n_fields; i++)
    if (g_strcmp0 (fields[i].property, property) == 0 && pc_field_is_text (&fields[i]))
      return &fields[i];
  return NULL;
}

static int
compare_cards (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  GArray *cards = data;
  const PcLayoutCard *x = &g_array_index (cards, PcLayoutCard, *(const guint *) a);
  const PcLayoutCard *y = &g_array_index (cards, PcLayoutCard, *(const guint *) b);

  if (x->lane_index != y->lane_index)
    return x->lane_index < y->lane_index ? -1 : 1;
  return x->index_in_cell < y->index_in_cell ? -1 : x->index_in_cell > y->index_in_cell;
}

/* The cards of each stage, lane by lane and in their order within each
 * cell: the order gathered items take. */
static GArray **
cards_by_stage (PcLayout *self)
{
  guint n_stages = self->stages->len;
  GArray **by_stage = g_new0 (GArray *, MAX (n_stages, 1));

  for (guint s = 0; s < n_stages; s++)
    by_stage[s] = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < self->cards->len; i++)
    g_array_append_val (by_stage[g_array_index (self->cards, PcLayoutCard, i).stage_index], i);
  for (guint s = 0; s < n_stages; s++)
    g_array_sort_with_data (by_stage[s], compare_cards, self->cards);
  return by_stage;
}

void
_pc_layout_collect_rows (PcLayout *self)
{
  GListModel *rows = G_LIST_MODEL (pc_map_get_rows (self->map));
  GListModel *notes = G_LIST_MODEL (pc_map_get_notes (self->map));
  guint n_stages = self->stages->len;
  double z = self->zoom;
  g_autoptr(GHashTable) row_index = NULL;
  g_autoptr(GHashTable) stage_index = NULL;
  GPtrArray **cells;
  GArray **by_stage = NULL;
  guint n_rows;

  self->rows = g_array_new (FALSE, TRUE, sizeof (PcLayoutRow));
  g_array_set_clear_func (self->rows, clear_row);
  self->notes = g_array_new (FALSE, TRUE, sizeof (PcLayoutNote));
  g_array_set_clear_func (self->notes, clear_note);

  /* Id to index + 1, so that 0 means "not shown". */
  row_index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0, n = g_list_model_get_n_items (rows); i < n; i++)
    {
      g_autoptr(PcRow) row = g_list_model_get_item (rows, i);
      PcLayoutRow lr = { 0 };

      if (pc_row_get_hidden (row))
        continue;
      lr.row = g_object_ref (row);
      lr.band.height = ROW_MIN_H * self->zoom;
      g_hash_table_insert (row_index, (gpointer) pc_entity_get_id (PC_ENTITY (row)),
                           GUINT_TO_POINTER (self->rows->len + 1));
      g_array_append_val (self->rows, lr);
    }
  n_rows = self->rows->len;
  if (n_rows == 0 || n_stages == 0)
    return;

  stage_index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n_stages; i++)
    g_hash_table_insert (stage_index,
                         (gpointer) pc_entity_get_id (PC_ENTITY (g_array_index (self->stages,
                                                                                PcLayoutStage,
                                                                                i).stage)),
                         GUINT_TO_POINTER (i + 1));

  /* One pass over the notes, each to its cell in list order (what
   * pc_map_get_note_cell() gives, without a pass per cell). */
  cells = g_new0 (GPtrArray *, n_rows * n_stages);
  for (guint i = 0, n = g_list_model_get_n_items (notes); i < n; i++)
    {
      PcNote *note = g_list_model_get_item (notes, i);
      const char *row_id = pc_note_get_row_id (note);
      const char *stage_id = pc_note_get_stage_id (note);
      guint r = row_id ? GPOINTER_TO_UINT (g_hash_table_lookup (row_index, row_id)) : 0;
      guint s = stage_id ? GPOINTER_TO_UINT (g_hash_table_lookup (stage_index, stage_id)) : 0;
      GPtrArray **cell;

      if (r == 0 || s == 0)
        {
          g_object_unref (note);
          continue;
        }
      cell = &cells[(r - 1) * n_stages + (s - 1)];
      if (*cell == NULL)
        *cell = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (*cell, note);
    }

  for (guint r = 0; r < n_rows; r++)
    {
      PcLayoutRow *lr = &g_array_index (self->rows, PcLayoutRow, r);
      const char *property = NULL;
      const PcField *field = NULL;
      double row_h = ROW_MIN_H * z;

      if (pc_row_kind_gathers (pc_row_get_kind (lr->row), &property))
        field = find_touchpoint_field (property);
      if (field && by_stage == NULL)
        by_stage = cards_by_stage (self);

      for (guint s = 0; s < n_stages; s++)
        {
          GPtrArray *cell = cells[r * n_stages + s];
          double top = 0;
          guint k = 0;

          for (guint i = 0; cell && i < cell->len; i++, k++)
            {
              PcNote *note = g_ptr_array_index (cell, i);

              top += add_item (self, note, NULL, pc_note_get_text (note), r, s, k, top)
                     + NOTE_GAP * z;
            }
          for (guint i = 0; field && i < by_stage[s]->len; i++)
            {
              guint c = g_array_index (by_stage[s], guint, i);
              PcTouchpoint *tp = g_array_index (self->cards, PcLayoutCard, c).touchpoint;
              const char *text = pc_field_get_text (tp, field);

              if (text == NULL || *text == '\0')
                continue;
              top += add_item (self, NULL, tp, text, r, s, k++, top) + NOTE_GAP * z;
            }
          if (k > 0)
            row_h = MAX (row_h, 2 * CELL_PAD * z + top - NOTE_GAP * z);
        }
      /* Placed later; the height is known now. */
      lr->band.height = row_h;
    }

  for (guint i = 0; i < n_rows * n_stages; i++)
    g_clear_pointer (&cells[i], g_ptr_array_unref);
  g_free (cells);
  if (by_stage)
    {
      for (guint s = 0; s < n_stages; s++)
        g_array_unref (by_stage[s]);
      g_free (by_stage);
    }
}

double
_pc_layout_place_rows (PcLayout *self,
                       double    y)
{
  guint n_stages = self->stages->len;
  double z = self->zoom;
  double x0 = MARGIN * z;
  double x1 = n_stages ? g_array_index (self->stages, PcLayoutStage, n_stages - 1).column.x
                         + g_array_index (self->stages, PcLayoutStage, n_stages - 1).column.width
                       : x0 + (LANE_HEADER_W + GUTTER + CARD_W + 2 * CELL_PAD) * z;

  for (guint r = 0; r < self->rows->len; r++)
    {
      PcLayoutRow *lr = &g_array_index (self->rows, PcLayoutRow, r);
      double h = lr->band.height;

      lr->header = (PcRect) { x0, y, LANE_HEADER_W * z, h };
      lr->band = (PcRect) { x0 + (LANE_HEADER_W + GUTTER) * z, y,
                            x1 - x0 - (LANE_HEADER_W + GUTTER) * z, h };
      y += h + GUTTER * z;
    }
  for (guint i = 0; i < self->notes->len; i++)
    {
      PcLayoutNote *note = &g_array_index (self->notes, PcLayoutNote, i);

      note->rect.y += g_array_index (self->rows, PcLayoutRow, note->row_index).band.y
                      + CELL_PAD * z;
    }
  return y;
}

int
pc_layout_find_note (PcLayout *self,
                     PcNote   *note)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; note && i < self->notes->len; i++)
    if (g_array_index (self->notes, PcLayoutNote, i).note == note)
      return i;
  return -1;
}

int
pc_layout_note_at (PcLayout *self,
                   double    x,
                   double    y)
{
  g_return_val_if_fail (self != NULL, -1);

  /* Later items are drawn on top. */
  for (guint i = self->notes->len; i-- > 0;)
    if (_pc_rect_contains (&g_array_index (self->notes, PcLayoutNote, i).rect, x, y))
      return i;
  return -1;
}

gboolean
pc_layout_row_cell_at (PcLayout *self,
                       double    x,
                       double    y,
                       guint    *stage_index,
                       guint    *row_index)
{
  int s, r;

  g_return_val_if_fail (self != NULL, FALSE);

  s = _pc_layout_stage_at (self, x);
  r = _pc_layout_band_at (self->rows, G_STRUCT_OFFSET (PcLayoutRow, band), y);
  if (s < 0 || r < 0)
    return FALSE;
  if (stage_index)
    *stage_index = s;
  if (row_index)
    *row_index = r;
  return TRUE;
}

guint
pc_layout_note_drop_index (PcLayout *self,
                           guint     stage_index,
                           guint     row_index,
                           double    x,
                           double    y)
{
  guint index = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (stage_index < self->stages->len, 0);
  g_return_val_if_fail (row_index < self->rows->len, 0);

  (void) x;
  /* Notes stack top to bottom: the drop goes before the first typed note
   * whose middle is below the pointer, never among gathered items. */
  for (guint i = 0; i < self->notes->len; i++)
    {
      const PcLayoutNote *note = &g_array_index (self->notes, PcLayoutNote, i);

      if (!note->gathered && note->stage_index == stage_index && note->row_index == row_index
          && note->rect.y + note->rect.height / 2 < y)
        index = MAX (index, note->index_in_cell + 1);
    }
  return index;
}
