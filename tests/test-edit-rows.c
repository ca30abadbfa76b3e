/* test-edit-rows.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Undoable edits of insight rows, notes and votes: each is one undo step,
 * and undoing it gives back exactly the saved document it started from. */

#include "config.h"

#include <string.h>

#include "pc-edit.h"
#include "pc-format.h"
#include "pc-map-ops.h"
#include "pc-test-util.h"

typedef struct
{
  PcDocument *document;
  PcMap      *map;
  PcHistory  *history;
  char       *before;
} Fixture;

/* The test map's current state with two rows: "Doing" (three notes in
 * Awareness, one in Ask) and "Pain points" (one note in Awareness). */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static const struct { const char *id; const char *row; const char *stage; const char *text; } notes[] = {
    { "n-a", "row-doing", "stage-0", "Sees an ad" },
    { "n-p", "row-pain", "stage-0", "Too many offers" },
    { "n-b", "row-doing", "stage-0", "Asks a friend" },
    { "n-c", "row-doing", "stage-0", "Reads reviews" },
    { "n-d", "row-doing", "stage-2", "Calls the shop" },
  };
  g_autoptr(PcRow) doing = pc_row_new ("row-doing");
  g_autoptr(PcRow) pain = pc_row_new ("row-pain");

  f->document = pc_test_make_document (12);
  f->map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (f->document)), 0);
  f->history = pc_history_new ();

  pc_row_set_name (doing, "Doing");
  pc_row_set_kind (doing, PC_ROW_KIND_DOING);
  pc_row_set_name (pain, "Pain points");
  pc_row_set_kind (pain, PC_ROW_KIND_PAIN_POINTS);
  g_list_store_append (pc_map_get_rows (f->map), doing);
  g_list_store_append (pc_map_get_rows (f->map), pain);
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      g_autoptr(PcNote) note = pc_note_new (notes[i].id);

      pc_note_set_row_id (note, notes[i].row);
      pc_note_set_stage_id (note, notes[i].stage);
      pc_note_set_text (note, notes[i].text);
      g_list_store_append (pc_map_get_notes (f->map), note);
    }
  f->before = pc_format_save_data (f->document, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->before);
  g_clear_object (&f->history);
  g_clear_object (&f->map);
  g_clear_object (&f->document);
}

static void
assert_unchanged (Fixture *f)
{
  g_autofree char *now = pc_format_save_data (f->document, NULL);

  g_assert_cmpstr (now, ==, f->before);
}

/* One step: undo restores the document, redo makes the same change
 * again. */
static void
assert_one_step (Fixture    *f,
                 const char *label)
{
  g_autofree char *after = pc_format_save_data (f->document, NULL);
  g_autofree char *redone = NULL;

  g_assert_cmpstr (after, !=, f->before);
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 1);
  if (label != NULL)
    g_assert_cmpstr (pc_history_get_undo_label (f->history), ==, label);
  g_assert_true (pc_history_undo (f->history));
  assert_unchanged (f);
  g_assert_true (pc_history_redo (f->history));
  redone = pc_format_save_data (f->document, NULL);
  g_assert_cmpstr (redone, ==, after);
}

/* The texts of a cell's notes, joined by "|". */
static char *
cell_texts (PcMap      *map,
            const char *row_id,
            const char *stage_id)
{
  g_autoptr(GPtrArray) cell = pc_map_get_note_cell (map, row_id, stage_id);
  GString *texts = g_string_new (NULL);

  for (guint i = 0; i < cell->len; i++)
    g_string_append_printf (texts, "%s%s", i ? "|" : "", pc_note_get_text (g_ptr_array_index (cell, i)));
  return g_string_free (texts, FALSE);
}

#define assert_cell(f, row, stage, expected) \
  G_STMT_START { \
    g_autofree char *texts__ = cell_texts ((f)->map, row, stage); \
    g_assert_cmpstr (texts__, ==, expected); \
  } G_STMT_END

static guint
n_items (GListStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

static void
test_add_row (Fixture       *f,
              gconstpointer  data)
{
  PcRow *row = pc_edit_add_row (f->history, f->map, 1, PC_ROW_KIND_OPPORTUNITIES, NULL);
  PcRow *custom = NULL;
  g_autoptr(PcRow) second = g_list_model_get_item (G_LIST_MODEL (pc_map_get_rows (f->map)), 1);

  g_assert_true (second == row);
  g_assert_cmpstr (pc_row_get_name (row), ==, "Opportunities");
  g_assert_cmpint (pc_row_get_kind (row), ==, PC_ROW_KIND_OPPORTUNITIES);
  assert_one_step (f, "Add row");

  /* a custom row with its own name, past the end goes last */
  g_assert_true (pc_history_undo (f->history));
  custom = pc_edit_add_row (f->history, f->map, G_MAXUINT, PC_ROW_KIND_CUSTOM, "Mood of the week");
  g_assert_cmpuint (n_items (pc_map_get_rows (f->map)), ==, 3);
  g_assert_true (pc_map_find_row (f->map, pc_entity_get_id (PC_ENTITY (custom))) == custom);
  g_assert_cmpstr (pc_row_get_name (custom), ==, "Mood of the week");
}

static void
test_rename_row (Fixture       *f,
                 gconstpointer  data)
{
  PcRow *row = pc_map_find_row (f->map, "row-doing");

  pc_edit_rename_row (f->history, row, "");
  pc_edit_rename_row (f->history, row, "Doing");
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 0);
  pc_edit_rename_row (f->history, row, "What they do");
  g_assert_cmpstr (pc_row_get_name (row), ==, "What they do");
  assert_one_step (f, "Rename row");
}

static void
test_change_row_kind (Fixture       *f,
                      gconstpointer  data)
{
  PcRow *row = pc_map_find_row (f->map, "row-pain");

  pc_edit_set_row_kind (f->history, row, PC_ROW_KIND_PAIN_POINTS);
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 0);
  pc_edit_set_row_kind (f->history, row, PC_ROW_KIND_POLICY);
  g_assert_cmpint (pc_row_get_kind (row), ==, PC_ROW_KIND_POLICY);
  /* the notes stay where they were */
  assert_cell (f, "row-pain", "stage-0", "Too many offers");
  assert_one_step (f, "Change row kind");
}

static void
test_move_row (Fixture       *f,
               gconstpointer  data)
{
  PcRow *row = pc_map_find_row (f->map, "row-pain");
  g_autoptr(PcRow) first = NULL;

  pc_edit_move_row (f->history, f->map, row, 1);
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 0);
  pc_edit_move_row (f->history, f->map, row, 0);
  first = g_list_model_get_item (G_LIST_MODEL (pc_map_get_rows (f->map)), 0);
  g_assert_true (first == row);
  assert_one_step (f, "Move row");
}

static void
test_hide_show_row (Fixture       *f,
                    gconstpointer  data)
{
  PcRow *row = pc_map_find_row (f->map, "row-doing");

  pc_edit_set_row_hidden (f->history, row, FALSE);
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 0);
  pc_edit_set_row_hidden (f->history, row, TRUE);
  g_assert_true (pc_row_get_hidden (row));
  assert_one_step (f, "Hide row");

  pc_history_mark_saved (f->history);
  pc_edit_set_row_hidden (f->history, row, FALSE);
  g_assert_false (pc_row_get_hidden (row));
  g_assert_cmpstr (pc_history_get_undo_label (f->history), ==, "Show row");
}

static void
test_remove_row_takes_its_notes (Fixture       *f,
                                 gconstpointer  data)
{
  PcRow *row = pc_map_find_row (f->map, "row-doing");

  pc_edit_remove_row (f->history, f->map, row);
  g_assert_cmpuint (n_items (pc_map_get_rows (f->map)), ==, 1);
  g_assert_null (pc_map_find_row (f->map, "row-doing"));
  g_assert_cmpuint (n_items (pc_map_get_notes (f->map)), ==, 1);
  g_assert_nonnull (pc_map_find_note (f->map, "n-p"));
  /* undo brings the four notes back, in their order (assert_one_step
   * compares the whole saved document) */
  assert_one_step (f, "Delete row");
  g_assert_true (pc_history_undo (f->history));
  assert_cell (f, "row-doing", "stage-0", "Sees an ad|Asks a friend|Reads reviews");
}

static void
test_remove_stage_takes_its_notes (Fixture       *f,
                                   gconstpointer  data)
{
  PcStage *stage = pc_map_find_stage (f->map, "stage-0");

  pc_edit_remove_stage (f->history, f->map, stage);
  g_assert_null (pc_map_find_stage (f->map, "stage-0"));
  g_assert_cmpuint (n_items (pc_map_get_notes (f->map)), ==, 1);
  g_assert_nonnull (pc_map_find_note (f->map, "n-d"));
  assert_one_step (f, "Delete stage");
}

static void
test_add_note (Fixture       *f,
               gconstpointer  data)
{
  PcNote *note = pc_edit_add_note (f->history, f->map, "row-doing", "stage-0", 1, "Compares prices");

  g_assert_cmpstr (pc_note_get_row_id (note), ==, "row-doing");
  g_assert_cmpstr (pc_note_get_stage_id (note), ==, "stage-0");
  assert_cell (f, "row-doing", "stage-0", "Sees an ad|Compares prices|Asks a friend|Reads reviews");
  assert_one_step (f, "Add note");

  /* past the end of the cell, and into an empty cell */
  g_assert_true (pc_history_undo (f->history));
  pc_edit_add_note (f->history, f->map, "row-doing", "stage-0", G_MAXUINT, "Last");
  assert_cell (f, "row-doing", "stage-0", "Sees an ad|Asks a friend|Reads reviews|Last");
  pc_edit_add_note (f->history, f->map, "row-pain", "stage-4", 0, NULL);
  assert_cell (f, "row-pain", "stage-4", "");
  g_assert_cmpuint (n_items (pc_map_get_notes (f->map)), ==, 7);

  /* a cell that does not exist is refused */
  g_test_expect_message ("Parcours-history", G_LOG_LEVEL_CRITICAL, "*pc_map_find_row*");
  g_assert_null (pc_edit_add_note (f->history, f->map, "row-nowhere", "stage-0", 0, "x"));
  g_test_assert_expected_messages ();
}

static void
test_edit_note_text (Fixture       *f,
                     gconstpointer  data)
{
  PcNote *note = pc_map_find_note (f->map, "n-b");

  pc_edit_set_note_text (f->history, note, "Asks a friend");
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 0);
  /* typing is one step */
  pc_edit_set_note_text (f->history, note, "Asks a friend o");
  pc_edit_set_note_text (f->history, note, "Asks a friend on");
  pc_edit_set_note_text (f->history, note, "Asks a friend online");
  g_assert_cmpstr (pc_note_get_text (note), ==, "Asks a friend online");
  assert_one_step (f, "Edit note");
}

static void
test_move_note (Fixture       *f,
                gconstpointer  data)
{
  PcNote *note = pc_map_find_note (f->map, "n-a");

  /* within its cell: first to last */
  pc_edit_move_note (f->history, f->map, note, "row-doing", "stage-0", G_MAXUINT);
  assert_cell (f, "row-doing", "stage-0", "Asks a friend|Reads reviews|Sees an ad");
  assert_one_step (f, "Move note");
  g_assert_true (pc_history_undo (f->history));

  /* to another stage and row, at a position */
  pc_edit_move_note (f->history, f->map, note, "row-pain", "stage-0", 0);
  assert_cell (f, "row-pain", "stage-0", "Sees an ad|Too many offers");
  assert_cell (f, "row-doing", "stage-0", "Asks a friend|Reads reviews");
  assert_one_step (f, "Move note");
  g_assert_true (pc_history_undo (f->history));

  pc_edit_move_note (f->history, f->map, note, "row-doing", "stage-2", 1);
  assert_cell (f, "row-doing", "stage-2", "Calls the shop|Sees an ad");
  g_assert_cmpstr (pc_note_get_stage_id (note), ==, "stage-2");
  assert_one_step (f, "Move note");
  g_assert_true (pc_history_undo (f->history));

  /* where it already is: nothing */
  pc_edit_move_note (f->history, f->map, note, "row-doing", "stage-0", 0);
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 0);
  assert_unchanged (f);
}

static void
test_remove_note (Fixture       *f,
                  gconstpointer  data)
{
  pc_edit_remove_note (f->history, f->map, pc_map_find_note (f->map, "n-b"));
  assert_cell (f, "row-doing", "stage-0", "Sees an ad|Reads reviews");
  assert_one_step (f, "Delete note");
}

/* Strength, flags, evidence and votes are set through the generic edits. */
static void
test_set_touchpoint_fields (Fixture       *f,
                            gconstpointer  data)
{
  PcTouchpoint *tp = pc_map_find_touchpoint (f->map, "tp-3");
  PcNote *note = pc_map_find_note (f->map, "n-c");

  pc_edit_set_enum (f->history, tp, "strength", PC_STRENGTH_STRONG);
  g_assert_cmpint (pc_touchpoint_get_strength (tp), ==, PC_STRENGTH_STRONG);
  assert_one_step (f, NULL);
  g_assert_true (pc_history_undo (f->history));

  pc_history_begin_group (f->history, "Flags");
  pc_edit_set_boolean (f->history, tp, "fail-point", TRUE);
  pc_edit_set_boolean (f->history, tp, "waiting-point", TRUE);
  pc_edit_set_enum (f->history, tp, "evidence", PC_EVIDENCE_VALIDATED);
  pc_edit_set_enum (f->history, note, "evidence", PC_EVIDENCE_ASSUMPTION);
  pc_edit_set_int (f->history, tp, "votes", 5);
  pc_edit_set_int (f->history, note, "votes", 3);
  pc_history_end_group (f->history);
  g_assert_true (pc_touchpoint_get_fail_point (tp));
  g_assert_true (pc_touchpoint_get_waiting_point (tp));
  g_assert_cmpint (pc_touchpoint_get_evidence (tp), ==, PC_EVIDENCE_VALIDATED);
  g_assert_cmpint (pc_note_get_evidence (note), ==, PC_EVIDENCE_ASSUMPTION);
  g_assert_cmpuint (pc_touchpoint_get_votes (tp), ==, 5);
  g_assert_cmpuint (pc_note_get_votes (note), ==, 3);
  assert_one_step (f, "Flags");
}

static void
test_clear_votes (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *with_votes = NULL;

  pc_touchpoint_set_votes (pc_map_find_touchpoint (f->map, "tp-1"), 4);
  pc_touchpoint_set_votes (pc_map_find_touchpoint (f->map, "tp-7"), 999);
  pc_note_set_votes (pc_map_find_note (f->map, "n-d"), 2);
  g_free (f->before);
  f->before = pc_format_save_data (f->document, NULL);

  pc_edit_clear_votes (f->history, f->map);
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *id = g_strdup_printf ("tp-%u", i);
      g_assert_cmpuint (pc_touchpoint_get_votes (pc_map_find_touchpoint (f->map, id)), ==, 0);
    }
  g_assert_cmpuint (pc_note_get_votes (pc_map_find_note (f->map, "n-d")), ==, 0);
  assert_one_step (f, "Clear votes");

  /* no votes, no step */
  pc_edit_clear_votes (f->history, f->map);
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 1);
  with_votes = pc_format_save_data (f->document, NULL);
  g_assert_null (strstr (with_votes, "\"votes\""));
}

/* A copy of the map (a future state) has the rows and notes too, linked
 * to its own rows and stages. */
static void
test_copy_keeps_rows (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PcMap) copy = pc_map_copy (f->map, TRUE);
  g_autoptr(PcRow) row = g_list_model_get_item (G_LIST_MODEL (pc_map_get_rows (copy)), 0);
  g_autoptr(PcStage) stage = g_list_model_get_item (G_LIST_MODEL (pc_map_get_stages (copy)), 0);
  g_autoptr(GPtrArray) cell = NULL;

  g_assert_cmpuint (n_items (pc_map_get_rows (copy)), ==, 2);
  g_assert_cmpuint (n_items (pc_map_get_notes (copy)), ==, 5);
  g_assert_cmpstr (pc_row_get_name (row), ==, "Doing");
  g_assert_cmpstr (pc_entity_get_id (PC_ENTITY (row)), !=, "row-doing");
  cell = pc_map_get_note_cell (copy, pc_entity_get_id (PC_ENTITY (row)), pc_entity_get_id (PC_ENTITY (stage)));
  g_assert_cmpuint (cell->len, ==, 3);
  g_assert_cmpstr (pc_note_get_text (g_ptr_array_index (cell, 2)), ==, "Reads reviews");
  g_assert_null (pc_map_find_note (copy, "n-a"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/edit-rows/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("add-row", test_add_row);
  ADD ("rename-row", test_rename_row);
  ADD ("change-row-kind", test_change_row_kind);
  ADD ("move-row", test_move_row);
  ADD ("hide-show-row", test_hide_show_row);
  ADD ("remove-row-takes-its-notes", test_remove_row_takes_its_notes);
  ADD ("remove-stage-takes-its-notes", test_remove_stage_takes_its_notes);
  ADD ("add-note", test_add_note);
  ADD ("edit-note-text", test_edit_note_text);
  ADD ("move-note", test_move_note);
  ADD ("remove-note", test_remove_note);
  ADD ("set-touchpoint-fields", test_set_touchpoint_fields);
  ADD ("clear-votes", test_clear_votes);
  ADD ("copy-keeps-rows", test_copy_keeps_rows);
#undef ADD

  return g_test_run ();
}
