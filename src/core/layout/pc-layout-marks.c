/* pc-layout-marks.c: the small marks of cards and notes (votes, evidence,
 * fail and waiting points) and the detail lines of the detailed face
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pc-layout-private.h"

/* Sizes in px at zoom 1. */
#define MARK_GAP      8.0
#define FAIL_W        12.0
#define WAITING_W     11.0
#define EVIDENCE_W    15.0
#define VOTE_DOT_W    10.0  /* the dot and the space before the number */
#define NOTE_MARKS_GAP 2.0

/* Lays out the marks right-aligned at @right, in a strip from @top of
 * @height px; returns how many, left to right in @marks. */
static guint
place_marks (PcLayout     *self,
             double        right,
             double        top,
             double        height,
             gboolean      fail,
             gboolean      waiting,
             PcEvidence    evidence,
             guint         votes,
             PcLayoutMark  marks[PC_LAYOUT_MAX_MARKS])
{
  double z = self->zoom;
  PcLayoutMark found[PC_LAYOUT_MAX_MARKS];
  double x = right;
  guint n = 0;

  /* From the right: the fail point, the most urgent, at the corner. */
  if (fail)
    {
      x -= FAIL_W * z;
      found[n++] = (PcLayoutMark) { PC_LAYOUT_MARK_FAIL_POINT, 1, { x, top, FAIL_W * z, height } };
      x -= MARK_GAP * z;
    }
  if (waiting)
    {
      x -= WAITING_W * z;
      found[n++] = (PcLayoutMark) { PC_LAYOUT_MARK_WAITING_POINT, 1,
                                    { x, top, WAITING_W * z, height } };
      x -= MARK_GAP * z;
    }
  if (evidence != PC_EVIDENCE_UNSET)
    {
      x -= EVIDENCE_W * z;
      found[n++] = (PcLayoutMark) { PC_LAYOUT_MARK_EVIDENCE, evidence,
                                    { x, top, EVIDENCE_W * z, height } };
      x -= MARK_GAP * z;
    }
  if (votes > 0)
    {
      char number[16];
      double w;

      g_snprintf (number, sizeof number, "%u", MIN (votes, PC_MAX_VOTES));
      w = VOTE_DOT_W * z + _pc_layout_measure (self, number, pc_layout_get_body_size (self),
                                               TRUE, 100 * z);
      x -= w;
      found[n++] = (PcLayoutMark) { PC_LAYOUT_MARK_VOTES, MIN (votes, PC_MAX_VOTES),
                                    { x, top, w, height } };
    }

  for (guint i = 0; i < n; i++)
    marks[i] = found[n - 1 - i];
  return n;
}

guint
pc_layout_get_card_marks (PcLayout     *self,
                          guint         index,
                          PcLayoutMark  marks[PC_LAYOUT_MAX_MARKS])
{
  const PcLayoutCard *card;
  PcTouchpoint *tp;
  double z, pad, h;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (index < self->cards->len, 0);
  g_return_val_if_fail (marks != NULL, 0);

  card = &g_array_index (self->cards, PcLayoutCard, index);
  tp = card->touchpoint;
  z = self->zoom;
  pad = CELL_PAD * z;
  /* The strip of the channel's pill, at the bottom of the card. */
  h = pc_layout_get_body_size (self) * 1.3 + 6 * z;
  return place_marks (self, card->rect.x + card->rect.width - pad,
                      card->rect.y + card->rect.height - pad - h, h,
                      pc_touchpoint_get_fail_point (tp), pc_touchpoint_get_waiting_point (tp),
                      pc_touchpoint_get_evidence (tp), pc_touchpoint_get_votes (tp), marks);
}

double
_pc_layout_note_marks_height (PcLayout   *self,
                              PcNote     *note,
                              const char *text,
                              guint       lines,
                              double      width)
{
  PcLayoutMark marks[PC_LAYOUT_MAX_MARKS];
  double size = pc_layout_get_body_size (self);

  if (pc_note_get_evidence (note) == PC_EVIDENCE_UNSET && pc_note_get_votes (note) == 0)
    return 0;
  /* A text of one short line leaves room for the marks at its end. */
  if (lines == 1 && place_marks (self, width, 0, 0, FALSE, FALSE, pc_note_get_evidence (note),
                                 pc_note_get_votes (note), marks) > 0
      && pc_layout_fits_line (self, text, size, FALSE, marks[0].rect.x - MARK_GAP * self->zoom))
    return 0;
  return size * 1.3 + NOTE_MARKS_GAP * self->zoom;
}

guint
pc_layout_get_note_marks (PcLayout     *self,
                          guint         index,
                          PcLayoutMark  marks[PC_LAYOUT_MAX_MARKS])
{
  const PcLayoutNote *note;
  double pad, h;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (index < self->notes->len, 0);
  g_return_val_if_fail (marks != NULL, 0);

  note = &g_array_index (self->notes, PcLayoutNote, index);
  if (note->gathered)
    return 0;
  pad = PC_LAYOUT_NOTE_PAD * self->zoom;
  h = pc_layout_get_body_size (self) * 1.3;
  return place_marks (self, note->rect.x + note->rect.width - pad,
                      note->rect.y + note->rect.height - pad - h, h, FALSE, FALSE,
                      pc_note_get_evidence (note->note), pc_note_get_votes (note->note), marks);
}

guint
pc_layout_get_card_details (PcLayout       *self,
                            guint           index,
                            PcLayoutDetail  details[PC_LAYOUT_N_DETAILS])
{
  const PcLayoutCard *card;
  PcTouchpoint *tp;
  const char *texts[PC_LAYOUT_N_DETAILS];
  double z, pad, line_h, y;
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (index < self->cards->len, 0);
  g_return_val_if_fail (details != NULL, 0);

  if (!self->detailed)
    return 0;
  card = &g_array_index (self->cards, PcLayoutCard, index);
  tp = card->touchpoint;
  texts[PC_LAYOUT_DETAIL_PAIN_POINT] = pc_touchpoint_get_pain_points (tp);
  texts[PC_LAYOUT_DETAIL_OPPORTUNITY] = pc_touchpoint_get_opportunity (tp);
  texts[PC_LAYOUT_DETAIL_OWNER] = pc_touchpoint_get_owner (tp);
  z = self->zoom;
  pad = CELL_PAD * z;
  line_h = pc_layout_get_body_size (self) * 1.3;
  /* Under two lines of title, one line each. */
  y = card->rect.y + pad - 2 * z + 2 * pc_layout_get_title_size (self) * 1.3 + 4 * z;
  for (guint k = 0; k < PC_LAYOUT_N_DETAILS; k++)
    {
      if (texts[k] == NULL || *texts[k] == '\0')
        continue;
      details[n++] = (PcLayoutDetail) { k, texts[k],
                                        { card->rect.x + pad, y, card->rect.width - 2 * pad, line_h } };
      y += line_h + 2 * z;
    }
  return n;
}
