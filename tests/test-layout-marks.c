/* test-layout-marks.c: card faces, the marks of cards and notes, and the
 * legend entries that explain them
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pc-layout.h"
#include "pc-test-util.h"

static PcMap *
first_map (PcDocument *document)
{
  g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);

  return map; /* the document keeps it alive */
}

static PcTouchpoint *
touchpoint (PcMap *map,
            guint  index)
{
  g_autoptr(PcTouchpoint) tp = g_list_model_get_item (G_LIST_MODEL (pc_map_get_touchpoints (map)),
                                                      index);

  return tp; /* the map keeps it alive */
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

/* The detailed face makes every card taller and shows, under the title,
 * the pain point, opportunity and owner a card has, one line each. */
static void
test_card_face (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (20);
  PcMap *map = first_map (document);
  PcTouchpoint *tp = touchpoint (map, 1);
  g_autoptr(PcLayout) compact = NULL;
  g_autoptr(PcLayout) detailed = NULL;
  PcLayoutDetail details[PC_LAYOUT_N_DETAILS];
  const PcLayoutCard *card;

  pc_touchpoint_set_pain_points (tp, "Shipping costs shown late");
  pc_touchpoint_set_opportunity (tp, NULL);
  pc_touchpoint_set_owner (tp, "Support team");
  compact = pc_layout_new (document, map, NULL);
  pc_map_set_card_face (map, PC_CARD_FACE_DETAILED);
  detailed = pc_layout_new (document, map, NULL);

  g_assert_false (pc_layout_is_detailed (compact));
  g_assert_true (pc_layout_is_detailed (detailed));
  for (guint i = 0; i < pc_layout_get_n_cards (compact); i++)
    {
      g_assert_cmpfloat (pc_layout_get_card (detailed, i)->rect.height, >,
                         pc_layout_get_card (compact, i)->rect.height);
      g_assert_cmpfloat (pc_layout_get_card (detailed, i)->rect.width, ==,
                         pc_layout_get_card (compact, i)->rect.width);
      g_assert_cmpuint (pc_layout_get_card_details (compact, i, details), ==, 0);
    }
  g_assert_cmpfloat (pc_layout_get_height (detailed), >, pc_layout_get_height (compact));

  /* Card 1: a pain point and an owner, no opportunity. */
  card = pc_layout_get_card (detailed, 1);
  g_assert_true (card->touchpoint == tp);
  g_assert_cmpuint (pc_layout_get_card_details (detailed, 1, details), ==, 2);
  g_assert_cmpint (details[0].kind, ==, PC_LAYOUT_DETAIL_PAIN_POINT);
  g_assert_cmpstr (details[0].text, ==, "Shipping costs shown late");
  g_assert_cmpint (details[1].kind, ==, PC_LAYOUT_DETAIL_OWNER);
  g_assert_cmpstr (details[1].text, ==, "Support team");
  g_assert_cmpfloat (details[1].rect.y, >=, details[0].rect.y + details[0].rect.height);
  for (guint k = 0; k < 2; k++)
    assert_inside (&details[k].rect, &card->rect);
  /* Card 2 has none of them (make_document gives every fourth card a pain
   * point: 0, 4, ...). */
  pc_touchpoint_set_owner (touchpoint (map, 2), NULL);
  g_assert_cmpuint (pc_layout_get_card_details (detailed, 2, details), ==, 0);
}

/* Marks appear only when set, left to right: votes, evidence, waiting
 * point, fail point, inside the card, at its bottom, apart. */
static void
test_card_marks (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (10);
  PcMap *map = first_map (document);
  PcTouchpoint *tp = touchpoint (map, 3);
  PcLayoutMark marks[PC_LAYOUT_MAX_MARKS];
  g_autoptr(PcLayout) layout = NULL;
  const PcLayoutCard *card;
  guint n;

  layout = pc_layout_new (document, map, NULL);
  for (guint i = 0; i < pc_layout_get_n_cards (layout); i++)
    g_assert_cmpuint (pc_layout_get_card_marks (layout, i, marks), ==, 0);
  g_clear_pointer (&layout, pc_layout_unref);

  pc_touchpoint_set_fail_point (tp, TRUE);
  pc_touchpoint_set_votes (tp, 12);
  pc_touchpoint_set_evidence (tp, PC_EVIDENCE_SOME_RESEARCH);
  pc_touchpoint_set_waiting_point (touchpoint (map, 4), TRUE);
  layout = pc_layout_new (document, map, NULL);

  card = pc_layout_get_card (layout, 3);
  n = pc_layout_get_card_marks (layout, 3, marks);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (marks[0].kind, ==, PC_LAYOUT_MARK_VOTES);
  g_assert_cmpint (marks[0].value, ==, 12);
  g_assert_cmpint (marks[1].kind, ==, PC_LAYOUT_MARK_EVIDENCE);
  g_assert_cmpint (marks[1].value, ==, PC_EVIDENCE_SOME_RESEARCH);
  g_assert_cmpint (marks[2].kind, ==, PC_LAYOUT_MARK_FAIL_POINT);
  for (guint k = 0; k < n; k++)
    {
      assert_inside (&marks[k].rect, &card->rect);
      g_assert_cmpfloat (marks[k].rect.y, >, card->rect.y + card->rect.height / 2);
      if (k > 0)
        g_assert_cmpfloat (marks[k].rect.x, >, marks[k - 1].rect.x + marks[k - 1].rect.width);
    }

  n = pc_layout_get_card_marks (layout, 4, marks);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (marks[0].kind, ==, PC_LAYOUT_MARK_WAITING_POINT);
  /* Alone, the mark sits in the corner. */
  g_assert_cmpfloat (marks[0].rect.x + marks[0].rect.width, ==,
                     pc_layout_get_card (layout, 4)->rect.x
                     + pc_layout_get_card (layout, 4)->rect.width - 14);
}

/* A note with votes or evidence shows their marks at the end of its line
 * when its text is one short line, else on a strip under its text;
 * gathered items have none. */
static void
test_note_marks (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (10);
  PcMap *map = first_map (document);
  g_autoptr(PcRow) row = pc_row_new ("r-pain");
  const char *texts[] = {
    "Same text", "Same text",
    "A longer text that takes two lines in a note", "A longer text that takes two lines in a note",
  };
  PcNote *notes[G_N_ELEMENTS (texts)];
  const PcLayoutNote *laid[G_N_ELEMENTS (texts)];
  int index[G_N_ELEMENTS (texts)];
  g_autoptr(PcLayout) layout = NULL;
  PcLayoutMark marks[PC_LAYOUT_MAX_MARKS];
  double line_h;
  guint n;

  pc_row_set_name (row, "Pain points");
  pc_row_set_kind (row, PC_ROW_KIND_PAIN_POINTS);
  g_list_store_append (pc_map_get_rows (map), row);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *id = g_strdup_printf ("n%u", i);
      g_autoptr(PcNote) note = pc_note_new (id);

      pc_note_set_row_id (note, "r-pain");
      pc_note_set_stage_id (note, "stage-1");
      pc_note_set_text (note, texts[i]);
      /* The odd ones are voted on and researched. */
      if (i % 2 == 1)
        {
          pc_note_set_votes (note, 5);
          pc_note_set_evidence (note, PC_EVIDENCE_VALIDATED);
        }
      g_list_store_append (pc_map_get_notes (map), note);
      notes[i] = note;
    }
  layout = pc_layout_new (document, map, NULL);
  line_h = pc_layout_get_body_size (layout) * 1.3;
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      index[i] = pc_layout_find_note (layout, notes[i]);
      laid[i] = pc_layout_get_note (layout, index[i]);
    }

  g_assert_cmpuint (pc_layout_get_note_marks (layout, index[0], marks), ==, 0);
  g_assert_cmpuint (pc_layout_get_note_marks (layout, index[2], marks), ==, 0);
  /* One short line: the marks go at its end, the note is no taller. */
  g_assert_cmpfloat (laid[1]->rect.height, ==, laid[0]->rect.height);
  n = pc_layout_get_note_marks (layout, index[1], marks);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (marks[0].kind, ==, PC_LAYOUT_MARK_VOTES);
  g_assert_cmpint (marks[0].value, ==, 5);
  g_assert_cmpint (marks[1].kind, ==, PC_LAYOUT_MARK_EVIDENCE);
  g_assert_cmpint (marks[1].value, ==, PC_EVIDENCE_VALIDATED);
  g_assert_cmpfloat (marks[0].rect.y, ==, laid[1]->rect.y + PC_LAYOUT_NOTE_PAD);
  for (guint k = 0; k < n; k++)
    assert_inside (&marks[k].rect, &laid[1]->rect);
  /* Two lines: a strip of its own under them. */
  g_assert_cmpfloat (laid[2]->rect.height, >, laid[0]->rect.height);
  g_assert_cmpfloat (laid[3]->rect.height, >, laid[2]->rect.height);
  n = pc_layout_get_note_marks (layout, index[3], marks);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpfloat (marks[0].rect.y, >=, laid[3]->rect.y + PC_LAYOUT_NOTE_PAD + 2 * line_h);
  for (guint k = 0; k < n; k++)
    assert_inside (&marks[k].rect, &laid[3]->rect);

  for (guint i = 0; i < pc_layout_get_n_notes (layout); i++)
    if (pc_layout_get_note (layout, i)->gathered)
      g_assert_cmpuint (pc_layout_get_note_marks (layout, i, marks), ==, 0);
}

static guint
count_legend (PcLayout           *layout,
              PcLayoutLegendKind  kind,
              int                 value)
{
  guint n = 0;

  for (guint i = 0; i < pc_layout_get_n_legend_items (layout); i++)
    {
      const PcLayoutLegendItem *item = pc_layout_get_legend_item (layout, i);

      n += item->kind == kind && (value < 0 || item->value == value);
    }
  return n;
}

/* The legend explains a mark only when the map shows it. */
static void
test_legend (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (20);
  PcMap *map = first_map (document);
  PcLayoutOptions options = { .legend = TRUE, .date = "3 December 2026" };
  g_autoptr(PcLayout) plain = pc_layout_new (document, map, &options);
  g_autoptr(PcLayout) layout = NULL;
  g_autoptr(PcRow) row = pc_row_new ("r-custom");
  g_autoptr(PcNote) note = pc_note_new ("n1");
  PcLayoutLegendKind kinds[] = {
    PC_LAYOUT_LEGEND_STRENGTH, PC_LAYOUT_LEGEND_MARK, PC_LAYOUT_LEGEND_EVIDENCE,
    PC_LAYOUT_LEGEND_DETAIL, PC_LAYOUT_LEGEND_NOTE,
  };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    g_assert_cmpuint (count_legend (plain, kinds[k], -1), ==, 0);

  /* A strong neutral card is no strong feeling; a waiting point and a
   * note's evidence are shown. */
  pc_touchpoint_set_sentiment (touchpoint (map, 0), PC_SENTIMENT_NEUTRAL);
  pc_touchpoint_set_strength (touchpoint (map, 0), PC_STRENGTH_STRONG);
  pc_touchpoint_set_waiting_point (touchpoint (map, 5), TRUE);
  pc_row_set_name (row, "Notes");
  pc_row_set_kind (row, PC_ROW_KIND_CUSTOM);
  g_list_store_append (pc_map_get_rows (map), row);
  pc_note_set_row_id (note, "r-custom");
  pc_note_set_stage_id (note, "stage-0");
  pc_note_set_text (note, "Checked in interviews");
  pc_note_set_evidence (note, PC_EVIDENCE_ASSUMPTION);
  g_list_store_append (pc_map_get_notes (map), note);
  layout = pc_layout_new (document, map, &options);

  g_assert_cmpuint (count_legend (layout, PC_LAYOUT_LEGEND_STRENGTH, -1), ==, 0);
  g_assert_cmpuint (count_legend (layout, PC_LAYOUT_LEGEND_MARK, PC_LAYOUT_MARK_WAITING_POINT), ==, 1);
  g_assert_cmpuint (count_legend (layout, PC_LAYOUT_LEGEND_MARK, PC_LAYOUT_MARK_FAIL_POINT), ==, 0);
  g_assert_cmpuint (count_legend (layout, PC_LAYOUT_LEGEND_MARK, PC_LAYOUT_MARK_VOTES), ==, 0);
  g_assert_cmpuint (count_legend (layout, PC_LAYOUT_LEGEND_EVIDENCE, -1), ==, 3);
  g_assert_cmpuint (count_legend (layout, PC_LAYOUT_LEGEND_DETAIL, -1), ==, 0);
  g_assert_cmpuint (count_legend (layout, PC_LAYOUT_LEGEND_NOTE, 0), ==, 1);
  g_assert_cmpuint (count_legend (layout, PC_LAYOUT_LEGEND_NOTE, 1), ==, 0);
  g_clear_pointer (&layout, pc_layout_unref);

  /* Strong and negative, voted, a fail point, the detailed face. */
  pc_touchpoint_set_sentiment (touchpoint (map, 0), PC_SENTIMENT_NEGATIVE);
  pc_touchpoint_set_fail_point (touchpoint (map, 1), TRUE);
  pc_touchpoint_set_votes (touchpoint (map, 2), 1);
  pc_map_set_card_face (map, PC_CARD_FACE_DETAILED);
  layout = pc_layout_new (document, map, &options);
  g_assert_cmpuint (count_legend (layout, PC_LAYOUT_LEGEND_STRENGTH, PC_STRENGTH_STRONG), ==, 1);
  g_assert_cmpuint (count_legend (layout, PC_LAYOUT_LEGEND_MARK, -1), ==, 3);
  /* make_document gives pain points, nothing else of the details. */
  g_assert_cmpuint (count_legend (layout, PC_LAYOUT_LEGEND_DETAIL, PC_LAYOUT_DETAIL_PAIN_POINT), ==, 1);
  g_assert_cmpuint (count_legend (layout, PC_LAYOUT_LEGEND_DETAIL, -1), ==, 1);

  /* Every entry lies inside the legend. */
  for (guint i = 0; i < pc_layout_get_n_legend_items (layout); i++)
    {
      const PcLayoutLegendItem *item = pc_layout_get_legend_item (layout, i);

      if (item->kind != PC_LAYOUT_LEGEND_HEADING)
        assert_inside (&item->swatch, pc_layout_get_legend_rect (layout));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/layout-marks/card-face", test_card_face);
  g_test_add_func ("/layout-marks/card-marks", test_card_marks);
  g_test_add_func ("/layout-marks/note-marks", test_note_marks);
  g_test_add_func ("/layout-marks/legend", test_legend);

  return g_test_run ();
}
