/* test-canvas-notes.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Insight rows on the canvas: notes typed in place from the keyboard,
 * renamed, moved between cells by key and by drag, deleted, each one undo
 * step; the items rows gather from cards, read-only, leading to their
 * card; row headers renamed, moved, hidden and removed; and what screen
 * readers are told of each. */

#include "config.h"

#include <adwaita.h>

#include "pc-canvas-fixture.h"
#include "pc-edit.h"
#include "pc-ui-test-util.h"

/* The example's map comes with rows: each test starts without any, so
 * that it knows every row and note there is. */
static void
clear_rows (Fixture *f)
{
  g_list_store_remove_all (pc_map_get_notes (f->map));
  g_list_store_remove_all (pc_map_get_rows (f->map));
  settle (f);
  g_assert_cmpuint (pc_layout_get_n_rows (f->canvas->layout), ==, 0);
  g_assert_cmpuint (f->canvas->row_headers->len, ==, 0);
  g_assert_cmpuint (g_hash_table_size (f->canvas->notes), ==, 0);
}

static void
notes_set_up (Fixture       *f,
              gconstpointer  data)
{
  fixture_set_up (f, data);
  clear_rows (f);
}

/* Adds a row of @kind named @name, last, as the window's menu does. */
static PcRow *
add_row (Fixture    *f,
         PcRowKind   kind,
         const char *name)
{
  PcRow *row = pc_edit_add_row (f->history, f->map, G_MAXUINT, kind, name);

  pc_history_break_merge (f->history);
  settle (f);
  return row;
}

static PcNoteWidget *
focused_note (Fixture *f)
{
  GtkWidget *widget = focus (f);

  g_assert_true (PC_IS_NOTE_WIDGET (widget));
  return PC_NOTE_WIDGET (widget);
}

/* Sends a key press to the in-place editor's key controller, as GTK
 * does before the editor sees it; returns whether it was taken. */
static gboolean
editor_key (Fixture         *f,
            guint            keyval,
            GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (f->canvas->editor);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
          break;
        }
    }
  settle (f);
  return handled;
}

static void
editor_set_text (Fixture    *f,
                 const char *text)
{
  GtkWidget *editor = f->canvas->editor;

  if (GTK_IS_TEXT_VIEW (editor))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (editor), text);
}

/* Types @text in the open in-place editor and presses Enter. */
static void
type_and_enter (Fixture    *f,
                const char *text)
{
  GtkWidget *editor = f->canvas->editor;

  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_is_ancestor (focus (f), editor) || focus (f) == editor);
  editor_set_text (f, text);
  if (GTK_IS_TEXT_VIEW (editor))
    g_assert_true (editor_key (f, GDK_KEY_Return, 0));
  else
    g_signal_emit_by_name (editor, "activate");
  settle (f);
}

/* The widget of the note or gathered item at @index of the layout. */
static GtkWidget *
note_widget (Fixture *f,
             guint    index)
{
  return GTK_WIDGET (_pc_canvas_ensure_note (f->canvas, index));
}

static void
assert_label (GtkWidget  *widget,
              const char *expected)
{
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       expected);
}

/* Clicks in the cell of visible row @row and stage @stage, away from its
 * notes. */
static void
click_row_cell (Fixture *f,
                guint    stage,
                guint    row)
{
  PcRect cell = _pc_canvas_row_cell_rect (f->canvas, stage, row);
  double sx = gtk_adjustment_get_value (f->canvas->hadjustment);
  double sy = gtk_adjustment_get_value (f->canvas->vadjustment);

  /* Into view first, as a user scrolls. */
  _pc_canvas_scroll_to_rect (f->canvas, &cell);
  settle (f);
  sx = gtk_adjustment_get_value (f->canvas->hadjustment);
  sy = gtk_adjustment_get_value (f->canvas->vadjustment);
  pc_canvas_press (f->canvas, cell.x + cell.width / 2 - sx, cell.y + cell.height - 4 - sy,
                   GDK_BUTTON_PRIMARY, 1);
  settle (f);
}

static void
test_type_move_undo (Fixture       *f,
                     gconstpointer  data)
{
  GListStore *notes = pc_map_get_notes (f->map);
  PcRow *row = add_row (f, PC_ROW_KIND_CUSTOM, "Questions");
  g_autoptr(PcNote) first = NULL;
  g_autoptr(PcNote) second = NULL;
  g_autoptr(GPtrArray) cell = NULL;
  guint depth;

  g_assert_cmpuint (pc_layout_get_n_rows (f->canvas->layout), ==, 1);
  g_assert_cmpuint (f->canvas->row_headers->len, ==, 1);

  /* N in an empty cell of the row: a note, its editor open. */
  click_row_cell (f, 0, 0);
  g_assert_true (focus (f) == GTK_WIDGET (f->canvas));
  press (f, GDK_KEY_n, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (notes)), ==, 1);
  type_and_enter (f, "Is installation included?");
  first = g_list_model_get_item (G_LIST_MODEL (notes), 0);
  g_assert_cmpstr (pc_note_get_text (first), ==, "Is installation included?");
  g_assert_cmpstr (pc_note_get_row_id (first), ==, pc_entity_get_id (PC_ENTITY (row)));
  g_assert_cmpstr (pc_note_get_stage_id (first), ==, "stage-awareness");
  g_assert_true (pc_note_widget_get_note (focused_note (f)) == first);
  assert_label (focus (f), "Note: Is installation included?, row Questions, stage Awareness");

  /* Insert on a note: the next one goes after it, below it. */
  press (f, GDK_KEY_Insert, 0);
  type_and_enter (f, "How long is delivery?");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (notes)), ==, 2);
  second = g_object_ref (pc_note_widget_get_note (focused_note (f)));
  g_assert_cmpstr (pc_note_get_text (second), ==, "How long is delivery?");
  g_assert_cmpfloat (bounds_in_canvas (f, focus (f)).origin.y, >,
                     bounds_in_canvas (f, GTK_WIDGET (_pc_canvas_ensure_note (f->canvas, pc_layout_find_note (f->canvas->layout, first)))).origin.y);

  /* Up goes to the first note, Down back to the second. */
  press (f, GDK_KEY_Up, 0);
  g_assert_true (pc_note_widget_get_note (focused_note (f)) == first);
  press (f, GDK_KEY_Down, 0);
  g_assert_true (pc_note_widget_get_note (focused_note (f)) == second);

  /* Ctrl+Right: the note moves to the next stage, keeps the focus, and
   * its name says where it is now; one undo step. */
  depth = pc_history_get_undo_depth (f->history);
  press (f, GDK_KEY_Right, GDK_CONTROL_MASK);
  g_assert_cmpstr (pc_note_get_stage_id (second), ==, "stage-appeal");
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, depth + 1);
  g_assert_true (pc_note_widget_get_note (focused_note (f)) == second);
  assert_label (focus (f), "Note: How long is delivery?, row Questions, stage Appeal");

  /* Ctrl+Left back to the first cell keeps its place, first; Ctrl+Down
   * puts it below the other note. */
  press (f, GDK_KEY_Left, GDK_CONTROL_MASK);
  cell = pc_map_get_note_cell (f->map, pc_entity_get_id (PC_ENTITY (row)), "stage-awareness");
  g_assert_cmpuint (cell->len, ==, 2);
  g_assert_true (g_ptr_array_index (cell, 0) == second);
  g_clear_pointer (&cell, g_ptr_array_unref);
  press (f, GDK_KEY_Down, GDK_CONTROL_MASK);
  cell = pc_map_get_note_cell (f->map, pc_entity_get_id (PC_ENTITY (row)), "stage-awareness");
  g_assert_true (g_ptr_array_index (cell, 1) == second);
  g_clear_pointer (&cell, g_ptr_array_unref);

  /* Undo puts it back above, then back in Appeal. */
  pc_history_undo (f->history);
  settle (f);
  cell = pc_map_get_note_cell (f->map, pc_entity_get_id (PC_ENTITY (row)), "stage-awareness");
  g_assert_true (g_ptr_array_index (cell, 0) == second);
  g_clear_pointer (&cell, g_ptr_array_unref);
  pc_history_undo (f->history);
  settle (f);
  g_assert_cmpstr (pc_note_get_stage_id (second), ==, "stage-appeal");

  /* F2 renames in place, one undo step. */
  _pc_canvas_move_focus_to_object (f->canvas, G_OBJECT (second));
  settle (f);
  press (f, GDK_KEY_F2, 0);
  type_and_enter (f, "When is delivery?");
  g_assert_cmpstr (pc_note_get_text (second), ==, "When is delivery?");
  pc_history_undo (f->history);
  settle (f);
  g_assert_cmpstr (pc_note_get_text (second), ==, "How long is delivery?");

  /* Delete removes it and the focus stays in the cell; undo brings it
   * back. */
  _pc_canvas_move_focus_to_object (f->canvas, G_OBJECT (second));
  settle (f);
  press (f, GDK_KEY_Delete, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (notes)), ==, 1);
  g_assert_true (focus (f) == GTK_WIDGET (f->canvas));
  g_assert_cmpint (f->canvas->cursor_row, ==, 0);
  g_assert_cmpuint (f->canvas->cursor_stage, ==, 1);
  pc_history_undo (f->history);
  settle (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (notes)), ==, 2);
  g_assert_cmpint (pc_layout_find_note (f->canvas->layout, second), >=, 0);
}

static void
test_arrows_reach_rows (Fixture       *f,
                        gconstpointer  data)
{
  PcRow *row = add_row (f, PC_ROW_KIND_PAIN_POINTS, NULL);
  PcNote *note = pc_edit_add_note (f->history, f->map, pc_entity_get_id (PC_ENTITY (row)),
                                   "stage-awareness", 0, "Hidden fees");
  guint slots;

  settle (f);
  slots = _pc_canvas_get_n_slots (f->canvas);
  g_assert_cmpuint (slots, ==, 3);

  /* From the last card of the last lane, Down goes to the row's note,
   * and Up comes back to the card. */
  _pc_canvas_move_focus_to_touchpoint (f->canvas, touchpoint (f, "Searches for commercial ovens"));
  settle (f);
  press (f, GDK_KEY_Down, 0);
  g_assert_true (pc_note_widget_get_note (focused_note (f)) == note);
  assert_label (focus (f), "Note: Hidden fees, row Pain points, stage Awareness");
  press (f, GDK_KEY_Up, 0);
  g_assert_true (PC_IS_CARD (focus (f)));
  g_assert_true (pc_card_get_touchpoint (PC_CARD (focus (f))) == touchpoint (f, "Searches for commercial ovens"));

  /* Right from the note: the empty cell of the next stage. */
  press (f, GDK_KEY_Down, 0);
  press (f, GDK_KEY_Right, 0);
  g_assert_true (focus (f) == GTK_WIDGET (f->canvas));
  g_assert_cmpint (f->canvas->cursor_row, ==, 0);
  g_assert_cmpuint (f->canvas->cursor_stage, ==, 1);

  /* With the rows above the lanes, Up from the first lane reaches them. */
  pc_edit_set_enum (f->history, f->map, "rows-position", PC_ROWS_POSITION_ABOVE);
  settle (f);
  _pc_canvas_move_focus_to_touchpoint (f->canvas, touchpoint (f, "Hears about us from a friend"));
  settle (f);
  press (f, GDK_KEY_Up, 0);
  g_assert_true (pc_note_widget_get_note (focused_note (f)) == note);
}

static void
test_gathered_items (Fixture       *f,
                     gconstpointer  data)
{
  PcTouchpoint *tp = touchpoint (f, "Hears about us from a friend");
  guint depth, n_notes;
  GtkWidget *item = NULL;

  add_row (f, PC_ROW_KIND_DOING, NULL);
  n_notes = pc_layout_get_n_notes (f->canvas->layout);
  /* Every card of the example says what the customer does. */
  g_assert_cmpuint (n_notes, ==, 14);
  for (guint i = 0; i < n_notes; i++)
    if (pc_layout_get_note (f->canvas->layout, i)->touchpoint == tp)
      item = note_widget (f, i);
  g_assert_nonnull (item);
  g_assert_null (pc_note_widget_get_note (PC_NOTE_WIDGET (item)));
  assert_label (item, "From card Hears about us from a friend: A fellow baker recommends the shop, "
                      "row Doing, stage Awareness");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_READ_ONLY, TRUE);

  /* Focusing it selects its card; Delete and F2 change nothing; Enter
   * goes to the card. */
  gtk_widget_grab_focus (item);
  settle (f);
  g_assert_true (pc_canvas_get_selected (f->canvas) == tp);
  depth = pc_history_get_undo_depth (f->history);
  gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.delete", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.rename", NULL);
  settle (f);
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, depth);
  g_assert_null (f->canvas->editor);
  press (f, GDK_KEY_Return, 0);
  g_assert_true (PC_IS_CARD (focus (f)));
  g_assert_true (pc_card_get_touchpoint (PC_CARD (focus (f))) == tp);

  /* The item follows the card's field. */
  pc_edit_set_string (f->history, tp, "action", "Asks a friend where she got her oven");
  settle (f);
  assert_label (item, "From card Hears about us from a friend: Asks a friend where she got her oven, "
                      "row Doing, stage Awareness");
}

static void
test_row_headers (Fixture       *f,
                  gconstpointer  data)
{
  PcRow *first = add_row (f, PC_ROW_KIND_THINKING, NULL);
  g_autoptr(PcRow) last = NULL;
  PcRow *second = add_row (f, PC_ROW_KIND_OPPORTUNITIES, NULL);
  GListStore *rows = pc_map_get_rows (f->map);
  GtkWidget *header;
  PcNote *note;

  note = pc_edit_add_note (f->history, f->map, pc_entity_get_id (PC_ENTITY (second)), "stage-ask", 0,
                    "Call back within the hour");
  settle (f);
  header = header_for (f, G_OBJECT (second));
  g_assert_null (header);   /* the fixture's helper knows stages and lanes */
  header = g_ptr_array_index (f->canvas->row_headers, 1);
  g_assert_true (pc_canvas_header_get_item (PC_CANVAS_HEADER (header)) == G_OBJECT (second));
  g_assert_true (gtk_widget_get_focusable (header));
  assert_label (header, "Insight row Opportunities");

  /* F2 renames the row. */
  gtk_widget_grab_focus (header);
  settle (f);
  press (f, GDK_KEY_F2, 0);
  type_and_enter (f, "Ideas");
  g_assert_cmpstr (pc_row_get_name (second), ==, "Ideas");

  /* Ctrl+Up moves it above the other row; the header keeps the focus. */
  g_assert_true (PC_IS_CANVAS_HEADER (focus (f)));
  press (f, GDK_KEY_Up, GDK_CONTROL_MASK);
  g_assert_cmpuint (list_index (rows, second), ==, 0);
  g_assert_true (pc_canvas_header_get_item (PC_CANVAS_HEADER (focus (f))) == G_OBJECT (second));

  /* Hidden: no header, no notes on the canvas; undo shows it again. */
  gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.hide-row", NULL);
  settle (f);
  g_assert_true (pc_row_get_hidden (second));
  g_assert_cmpuint (f->canvas->row_headers->len, ==, 1);
  g_assert_cmpint (pc_layout_find_note (f->canvas->layout, note), ==, -1);
  g_assert_null (g_hash_table_lookup (f->canvas->notes, note));
  pc_history_undo (f->history);
  settle (f);
  g_assert_cmpuint (f->canvas->row_headers->len, ==, 2);
  g_assert_true (PC_IS_NOTE_WIDGET (g_hash_table_lookup (f->canvas->notes, note)));

  /* Delete on its header removes the row and its note, in one step. */
  header = g_ptr_array_index (f->canvas->row_headers, 0);
  gtk_widget_grab_focus (header);
  settle (f);
  press (f, GDK_KEY_Delete, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_notes (f->map))), ==, 0);
  pc_history_undo (f->history);
  settle (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_notes (f->map))), ==, 1);
  last = g_list_model_get_item (G_LIST_MODEL (rows), 1);
  g_assert_true (last == first);
}

static void
test_drag_note (Fixture       *f,
                gconstpointer  data)
{
  PcRow *row = add_row (f, PC_ROW_KIND_CUSTOM, "Quotes");
  PcNote *note = pc_edit_add_note (f->history, f->map, pc_entity_get_id (PC_ENTITY (row)),
                                   "stage-awareness", 0, "“I just want a date”");
  const PcLayoutNote *ln;
  PcRect target;
  double sx, sy, x, y;

  settle (f);
  ln = _pc_canvas_find_note (f->canvas, note);
  _pc_canvas_scroll_to_rect (f->canvas, &ln->rect);
  settle (f);
  ln = _pc_canvas_find_note (f->canvas, note);
  target = _pc_canvas_row_cell_rect (f->canvas, 2, 0);
  sx = gtk_adjustment_get_value (f->canvas->hadjustment);
  sy = gtk_adjustment_get_value (f->canvas->vadjustment);
  x = ln->rect.x + 20 - sx;
  y = ln->rect.y + 10 - sy;

  g_assert_true (pc_canvas_drag_begin (f->canvas, x, y));
  pc_canvas_drag_update (f->canvas, x + 40, y);
  settle (f);
  pc_canvas_drag_update (f->canvas, target.x + target.width / 2 - sx, target.y + 20 - sy);
  settle (f);
  /* The note follows the pointer while dragged. */
  g_assert_cmpfloat (fabs (bounds_in_canvas (f, GTK_WIDGET (f->canvas->drag_note)).origin.x -
                           (target.x + target.width / 2 - 20 - sx)), <, 2);
  g_assert_true (pc_canvas_drag_end (f->canvas, target.x + target.width / 2 - sx, target.y + 20 - sy));
  settle (f);
  g_assert_cmpstr (pc_note_get_stage_id (note), ==, "stage-ask");
  g_assert_true (pc_note_widget_get_note (focused_note (f)) == note);

  pc_history_undo (f->history);
  settle (f);
  g_assert_cmpstr (pc_note_get_stage_id (note), ==, "stage-awareness");
}

static void
wait_for_notes (Fixture *f,
                guint    n)
{
  GListModel *notes = G_LIST_MODEL (pc_map_get_notes (f->map));

  for (guint i = 0; i < 200 && g_list_model_get_n_items (notes) < n; i++)
    pc_ui_run_for (10);
  settle (f);
}

static void
test_copy_paste_notes (Fixture       *f,
                       gconstpointer  data)
{
  PcRow *row = add_row (f, PC_ROW_KIND_CUSTOM, "Quotes");
  const char *rid = pc_entity_get_id (PC_ENTITY (row));
  PcNote *note = pc_edit_add_note (f->history, f->map, rid, "stage-awareness", 0, "Too slow");
  GListModel *notes = G_LIST_MODEL (pc_map_get_notes (f->map));
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (f->canvas));
  g_autoptr(GPtrArray) cell = NULL;
  guint depth;

  settle (f);
  _pc_canvas_move_focus_to_object (f->canvas, G_OBJECT (note));
  settle (f);
  press (f, GDK_KEY_c, GDK_CONTROL_MASK);
  g_assert_true (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard),
                                                    G_TYPE_STRING));

  /* Pasted in another stage's cell of the row: a note with that text. */
  click_row_cell (f, 3, 0);
  press (f, GDK_KEY_v, GDK_CONTROL_MASK);
  wait_for_notes (f, 2);
  cell = pc_map_get_note_cell (f->map, rid, "stage-act");
  g_assert_cmpuint (cell->len, ==, 1);
  g_assert_cmpstr (pc_note_get_text (g_ptr_array_index (cell, 0)), ==, "Too slow");
  g_assert_true (pc_note_widget_get_note (focused_note (f)) == g_ptr_array_index (cell, 0));
  g_clear_pointer (&cell, g_ptr_array_unref);

  /* Lines of text make a note each, in one undo step. */
  depth = pc_history_get_undo_depth (f->history);
  gdk_clipboard_set_text (clipboard, "Where is my oven?\n\nWho installs it?\n");
  press (f, GDK_KEY_v, GDK_CONTROL_MASK);
  wait_for_notes (f, 4);
  cell = pc_map_get_note_cell (f->map, rid, "stage-act");
  g_assert_cmpuint (cell->len, ==, 3);
  g_assert_cmpstr (pc_note_get_text (g_ptr_array_index (cell, 1)), ==, "Where is my oven?");
  g_assert_cmpstr (pc_note_get_text (g_ptr_array_index (cell, 2)), ==, "Who installs it?");
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, depth + 1);

  /* Cut takes the focused note away. */
  press (f, GDK_KEY_x, GDK_CONTROL_MASK);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 3);
}

/* V, Shift+V and E on a focused note, and a click on it while voting:
 * each one undo step, and what a screen reader says follows. A gathered
 * item takes neither (it belongs to its card). */
static void
test_vote_evidence (Fixture       *f,
                    gconstpointer  data)
{
  PcRow *row = add_row (f, PC_ROW_KIND_CUSTOM, "Quotes");
  PcNote *note = pc_edit_add_note (f->history, f->map, pc_entity_get_id (PC_ENTITY (row)),
                                   "stage-awareness", 0, "Too slow");
  const PcLayoutNote *ln;
  guint depth;
  double sx, sy, x, y;

  settle (f);
  _pc_canvas_move_focus_to_object (f->canvas, G_OBJECT (note));
  settle (f);
  g_assert_true (pc_note_widget_get_note (focused_note (f)) == note);
  depth = pc_history_get_undo_depth (f->history);

  press (f, GDK_KEY_v, 0);
  press (f, GDK_KEY_v, 0);
  g_assert_cmpuint (pc_note_get_votes (note), ==, 2);
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, depth + 2);
  assert_label (focus (f), "Note: Too slow, row Quotes, stage Awareness, 2 votes");
  press (f, GDK_KEY_v, GDK_SHIFT_MASK);
  g_assert_cmpuint (pc_note_get_votes (note), ==, 1);
  assert_label (focus (f), "Note: Too slow, row Quotes, stage Awareness, 1 vote");

  /* E steps through the evidence levels, back to not stated. */
  press (f, GDK_KEY_e, 0);
  g_assert_cmpint (pc_note_get_evidence (note), ==, PC_EVIDENCE_ASSUMPTION);
  assert_label (focus (f), "Note: Too slow, row Quotes, stage Awareness, evidence Assumption, 1 vote");
  press (f, GDK_KEY_e, 0);
  press (f, GDK_KEY_e, 0);
  g_assert_cmpint (pc_note_get_evidence (note), ==, PC_EVIDENCE_VALIDATED);
  press (f, GDK_KEY_e, 0);
  g_assert_cmpint (pc_note_get_evidence (note), ==, PC_EVIDENCE_UNSET);
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, depth + 7);

  /* Undo, one step at a time. */
  pc_history_undo (f->history);
  settle (f);
  g_assert_cmpint (pc_note_get_evidence (note), ==, PC_EVIDENCE_VALIDATED);
  for (guint i = 0; i < 3; i++)
    pc_history_undo (f->history);
  settle (f);
  g_assert_cmpint (pc_note_get_evidence (note), ==, PC_EVIDENCE_UNSET);
  g_assert_cmpuint (pc_note_get_votes (note), ==, 1);
  pc_history_undo (f->history);
  settle (f);
  g_assert_cmpuint (pc_note_get_votes (note), ==, 2);
  pc_history_undo (f->history);
  pc_history_undo (f->history);
  settle (f);
  g_assert_cmpuint (pc_note_get_votes (note), ==, 0);
  assert_label (focus (f), "Note: Too slow, row Quotes, stage Awareness");

  /* While voting, a click on the note votes and does not drag it; a
   * secondary click takes the vote back. */
  ln = _pc_canvas_find_note (f->canvas, note);
  sx = gtk_adjustment_get_value (f->canvas->hadjustment);
  sy = gtk_adjustment_get_value (f->canvas->vadjustment);
  x = ln->rect.x + ln->rect.width / 2 - sx;
  y = ln->rect.y + ln->rect.height / 2 - sy;
  g_assert_false (pc_canvas_vote_click (f->canvas, x, y, FALSE));
  pc_canvas_set_voting (f->canvas, TRUE);
  g_assert_true (pc_canvas_vote_click (f->canvas, x, y, FALSE));
  g_assert_true (pc_canvas_vote_click (f->canvas, x, y, FALSE));
  settle (f);
  g_assert_cmpuint (pc_note_get_votes (note), ==, 2);
  g_assert_true (pc_note_widget_get_note (focused_note (f)) == note);
  g_assert_false (pc_canvas_drag_begin (f->canvas, x, y));
  g_assert_true (pc_canvas_vote_click (f->canvas, x, y, TRUE));
  g_assert_cmpuint (pc_note_get_votes (note), ==, 1);
  pc_canvas_set_voting (f->canvas, FALSE);

  /* A gathered item takes no vote nor evidence. */
  add_row (f, PC_ROW_KIND_DOING, NULL);
  for (guint i = 0; i < pc_layout_get_n_notes (f->canvas->layout); i++)
    if (pc_layout_get_note (f->canvas->layout, i)->gathered)
      {
        gtk_widget_grab_focus (note_widget (f, i));
        break;
      }
  settle (f);
  g_assert_null (pc_note_widget_get_note (focused_note (f)));
  depth = pc_history_get_undo_depth (f->history);
  gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.vote", "i", 1);
  gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.cycle-evidence", NULL);
  settle (f);
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, depth);
}

static GtkWidget *
row_header (Fixture *f,
            guint    index)
{
  return g_ptr_array_index (f->canvas->row_headers, index);
}

static GtkWidget *
menu_button_of (GtkWidget *header)
{
  for (GtkWidget *child = gtk_widget_get_first_child (header); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      return child;
  return NULL;
}

static gboolean
is_item_labelled (GtkWidget     *widget,
                  gconstpointer  text)
{
  g_autofree char *label = NULL;

  if (g_strcmp0 (G_OBJECT_TYPE_NAME (widget), "GtkModelButton") != 0)
    return FALSE;
  g_object_get (widget, "text", &label, NULL);
  return g_strcmp0 (label, text) == 0 || (label && g_str_has_prefix (label, "_") && g_strcmp0 (label + 1, text) == 0);
}

/* Each row's header has a visible menu button, named for screen readers,
 * that opens the row's menu, as a secondary click does. */
static void
test_row_header_menu (Fixture       *f,
                      gconstpointer  data)
{
  PcRow *row;
  GtkWidget *header, *button, *hide;
  g_autofree char *label = NULL;
  GMenuModel *model;
  graphene_rect_t h, b;

  row = add_row (f, PC_ROW_KIND_CUSTOM, "Quotes");
  pc_ui_wait_frames (GTK_WIDGET (f->canvas), 2);
  header = row_header (f, 0);
  button = menu_button_of (header);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_child_visible (button));
  g_assert_true (gtk_widget_compute_bounds (button, header, &b));
  h = bounds_in_canvas (f, header);
  g_assert_cmpfloat (b.size.width, >, 0);
  g_assert_cmpfloat (b.origin.x + b.size.width, <=, h.size.width);
  g_assert_cmpfloat (b.origin.y + b.size.height, <=, h.size.height);
  assert_label (button, "Options for row “Quotes”");

  g_assert_null (f->canvas->context_menu);
  g_signal_emit_by_name (button, "clicked");
  settle (f);
  g_assert_nonnull (f->canvas->context_menu);
  g_assert_true (gtk_widget_get_visible (f->canvas->context_menu));
  model = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (f->canvas->context_menu));
  g_assert_cmpint (g_menu_model_get_n_items (model), ==, 4);
  g_assert_true (g_menu_model_get_item_attribute (model, 3, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "_Delete Row");
  /* Its items act on the row: Hide hides it. */
  hide = pc_ui_find_descendant (f->canvas->context_menu, is_item_labelled, "Hide");
  g_assert_nonnull (hide);
  g_signal_emit_by_name (hide, "clicked");
  settle (f);
  g_assert_true (pc_row_get_hidden (row));
  pc_history_undo (f->history);
  settle (f);
  header = row_header (f, 0);
  button = menu_button_of (header);

  /* Renamed, the button's name follows. */
  pc_edit_rename_row (f->history, row, "Verbatims");
  settle (f);
  assert_label (button, "Options for row “Verbatims”");
}

/* A row's header dragged over another row's moves the row there, hidden
 * rows keeping their places, in one undo step. */
static void
test_drag_row (Fixture       *f,
               gconstpointer  data)
{
  PcRow *a = add_row (f, PC_ROW_KIND_CUSTOM, "A");
  PcRow *b = add_row (f, PC_ROW_KIND_CUSTOM, "B");
  PcRow *c = add_row (f, PC_ROW_KIND_CUSTOM, "C");
  GListStore *rows = pc_map_get_rows (f->map);
  const PcLayoutRow *first, *last;
  guint depth;
  double sx, sy, x, y;

  pc_edit_set_row_hidden (f->history, b, TRUE);
  pc_history_break_merge (f->history);
  settle (f);
  g_assert_cmpuint (pc_layout_get_n_rows (f->canvas->layout), ==, 2);
  last = pc_layout_get_row (f->canvas->layout, 1);
  _pc_canvas_scroll_to_rect (f->canvas, &last->header);
  settle (f);
  first = pc_layout_get_row (f->canvas->layout, 0);
  last = pc_layout_get_row (f->canvas->layout, 1);
  g_assert_true (last->row == c);
  sx = gtk_adjustment_get_value (f->canvas->hadjustment);
  sy = gtk_adjustment_get_value (f->canvas->vadjustment);
  x = last->header.x + 20 - sx;
  y = last->header.y + 20 - sy;
  depth = pc_history_get_undo_depth (f->history);

  g_assert_true (pc_canvas_drag_begin (f->canvas, x, y));
  pc_canvas_drag_update (f->canvas, x, y - 20);
  pc_canvas_drag_update (f->canvas, x, first->band.y + 5 - sy);
  g_assert_cmpuint (f->canvas->drop_position, ==, 0);
  g_assert_true (pc_canvas_drag_end (f->canvas, x, first->band.y + 5 - sy));
  settle (f);
  g_assert_cmpuint (list_index (rows, c), ==, 0);
  g_assert_cmpuint (list_index (rows, a), ==, 1);
  g_assert_cmpuint (list_index (rows, b), ==, 2);
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, depth + 1);
  g_assert_true (PC_IS_CANVAS_HEADER (focus (f)));
  g_assert_true (pc_canvas_header_get_item (PC_CANVAS_HEADER (focus (f))) == G_OBJECT (c));

  pc_history_undo (f->history);
  settle (f);
  g_assert_cmpuint (list_index (rows, a), ==, 0);
  g_assert_cmpuint (list_index (rows, b), ==, 1);
  g_assert_cmpuint (list_index (rows, c), ==, 2);
}

/* The "Add Insight Row" button shows once there is a menu for it, under
 * the last row; "Add Lane" never covers a row's header. */
static void
test_add_buttons (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  graphene_rect_t lane, row, header;
  const PcLayoutRow *last;

  g_assert_false (gtk_widget_get_visible (f->canvas->add_row_button));
  g_menu_append (menu, "Custom", "view.add-row::custom");
  pc_canvas_set_add_row_menu (f->canvas, G_MENU_MODEL (menu));
  settle (f);
  g_assert_true (gtk_widget_get_visible (f->canvas->add_row_button));
  assert_label (f->canvas->add_row_button, "Add Insight Row");

  add_row (f, PC_ROW_KIND_CUSTOM, "A");
  add_row (f, PC_ROW_KIND_CUSTOM, "B");
  pc_ui_wait_frames (GTK_WIDGET (f->canvas), 2);
  lane = bounds_in_canvas (f, f->canvas->add_lane_button);
  row = bounds_in_canvas (f, f->canvas->add_row_button);
  for (guint i = 0; i < f->canvas->row_headers->len; i++)
    {
      header = bounds_in_canvas (f, row_header (f, i));
      g_assert_false (graphene_rect_intersection (&lane, &header, NULL));
      g_assert_false (graphene_rect_intersection (&row, &header, NULL));
    }
  /* Under the last row, in the column of the headers. */
  last = pc_layout_get_row (f->canvas->layout, 1);
  g_assert_cmpfloat (row.origin.y, >=,
                     last->band.y + last->band.height - gtk_adjustment_get_value (f->canvas->vadjustment));

  /* Clicked, it opens the kinds of row. */
  g_signal_emit_by_name (f->canvas->add_row_button, "clicked");
  settle (f);
  g_assert_nonnull (f->canvas->context_menu);
  g_assert_true (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (f->canvas->context_menu)) ==
                 G_MENU_MODEL (menu));
  gtk_popover_popdown (GTK_POPOVER (f->canvas->context_menu));
  pc_canvas_set_add_row_menu (f->canvas, NULL);
}

/* A note's in-place editor takes several lines: Shift+Enter is a new
 * line, Enter commits, Escape cancels; the note grows to show them. */
static void
test_multiline_note (Fixture       *f,
                     gconstpointer  data)
{
  PcRow *row = add_row (f, PC_ROW_KIND_CUSTOM, "Quotes");
  PcNote *note = pc_edit_add_note (f->history, f->map, pc_entity_get_id (PC_ENTITY (row)),
                                   "stage-awareness", 0, "Too slow");
  PcNote *other = pc_edit_add_note (f->history, f->map, pc_entity_get_id (PC_ENTITY (row)),
                                    "stage-appeal", 0, "Too slow");
  double one_line;
  guint depth;

  settle (f);
  one_line = _pc_canvas_find_note (f->canvas, other)->rect.height;
  _pc_canvas_move_focus_to_object (f->canvas, G_OBJECT (note));
  settle (f);
  depth = pc_history_get_undo_depth (f->history);

  press (f, GDK_KEY_F2, 0);
  g_assert_true (GTK_IS_TEXT_VIEW (f->canvas->editor));
  assert_label (f->canvas->editor, "Note text");
  editor_set_text (f, "Too slow");
  /* Shift+Enter is left to the text view, which starts a new line. */
  g_assert_false (editor_key (f, GDK_KEY_Return, GDK_SHIFT_MASK));
  g_assert_nonnull (f->canvas->editor);
  editor_set_text (f, "Too slow\nand nobody calls back");
  g_assert_true (editor_key (f, GDK_KEY_Return, 0));
  g_assert_null (f->canvas->editor);
  g_assert_cmpstr (pc_note_get_text (note), ==, "Too slow\nand nobody calls back");
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, depth + 1);
  g_assert_true (pc_note_widget_get_note (focused_note (f)) == note);

  /* Its face shows both lines: a line taller than the one-line note. */
  g_assert_cmpfloat (_pc_canvas_find_note (f->canvas, note)->rect.height, >,
                     one_line + pc_layout_get_body_size (f->canvas->layout));

  /* Escape leaves the text as it was. */
  press (f, GDK_KEY_F2, 0);
  editor_set_text (f, "Something else");
  g_assert_true (editor_key (f, GDK_KEY_Escape, 0));
  g_assert_null (f->canvas->editor);
  g_assert_cmpstr (pc_note_get_text (note), ==, "Too slow\nand nobody calls back");

  pc_history_undo (f->history);
  settle (f);
  g_assert_cmpstr (pc_note_get_text (note), ==, "Too slow");
  g_assert_cmpfloat (_pc_canvas_find_note (f->canvas, note)->rect.height, ==, one_line);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/canvas-notes/type-move-undo", Fixture, NULL, notes_set_up, test_type_move_undo,
              fixture_tear_down);
  g_test_add ("/canvas-notes/arrows-reach-rows", Fixture, NULL, notes_set_up,
              test_arrows_reach_rows, fixture_tear_down);
  g_test_add ("/canvas-notes/gathered-items", Fixture, NULL, notes_set_up, test_gathered_items,
              fixture_tear_down);
  g_test_add ("/canvas-notes/row-headers", Fixture, NULL, notes_set_up, test_row_headers,
              fixture_tear_down);
  g_test_add ("/canvas-notes/drag-note", Fixture, NULL, notes_set_up, test_drag_note,
              fixture_tear_down);

  g_test_add ("/canvas-notes/vote-evidence", Fixture, NULL, notes_set_up, test_vote_evidence,
              fixture_tear_down);
  g_test_add ("/canvas-notes/row-header-menu", Fixture, NULL, notes_set_up, test_row_header_menu,
              fixture_tear_down);
  g_test_add ("/canvas-notes/drag-row", Fixture, NULL, notes_set_up, test_drag_row,
              fixture_tear_down);
  g_test_add ("/canvas-notes/add-buttons", Fixture, NULL, notes_set_up, test_add_buttons,
              fixture_tear_down);
  g_test_add ("/canvas-notes/multiline-note", Fixture, NULL, notes_set_up, test_multiline_note,
              fixture_tear_down);
  g_test_add ("/canvas-notes/copy-paste", Fixture, NULL, notes_set_up, test_copy_paste_notes,
              fixture_tear_down);

  return g_test_run ();
}
