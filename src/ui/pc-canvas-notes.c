/* pc-canvas-notes.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Part of the canvas (see pc-canvas-private.h): insight rows. The widgets
 * of their notes and gathered items (recycled like cards: a big map has
 * them only for what is in view), the rows' headers, and the edits of
 * notes and rows that the keys and the pointer ask for, each one undo
 * step through pc-edit. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-canvas-private.h"
#include "pc-edit.h"

/* Note widgets are made for the notes in view and this far around it;
 * a map of up to ALL_NOTES notes has them all. */
#define VIEW_MARGIN 256
#define ALL_NOTES 300

static GtkWidget *
create_note (gpointer data)
{
  return pc_note_widget_new ();
}

static void
bind_note (GtkWidget *widget,
           gpointer   item,
           gpointer   data)
{
  PcCanvas *self = data;

  if (item == NULL && self->drag_note == PC_NOTE_WIDGET (widget))
    self->drag_note = NULL;
  pc_note_widget_set_key (PC_NOTE_WIDGET (widget), item);
}

void
_pc_canvas_notes_init (PcCanvas *self)
{
  self->note_recycler = pc_recycler_new (GTK_WIDGET (self), create_note, bind_note, self);
  self->notes = pc_recycler_get_items (self->note_recycler);
  self->gathered_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

void
_pc_canvas_notes_dispose (PcCanvas *self)
{
  self->drag_note = NULL;
  self->notes = NULL;
  g_clear_pointer (&self->note_recycler, pc_recycler_free);
  g_clear_pointer (&self->gathered_keys, g_hash_table_unref);
}

static char *
gathered_name (PcLayout           *layout,
               const PcLayoutNote *ln)
{
  return g_strdup_printf ("%s\n%s",
                          pc_entity_get_id (PC_ENTITY (pc_layout_get_row (layout, ln->row_index)->row)),
                          pc_entity_get_id (PC_ENTITY (ln->touchpoint)));
}

/* What a note widget is bound to: the note, or for a gathered item a key
 * that stays the same across layouts while its row and card do. */
static GObject *
note_key (PcCanvas *self,
          guint     index)
{
  const PcLayoutNote *ln = pc_layout_get_note (self->layout, index);
  g_autofree char *name = NULL;
  GObject *key;

  if (!ln->gathered)
    return G_OBJECT (ln->note);

  name = gathered_name (self->layout, ln);
  if ((key = g_hash_table_lookup (self->gathered_keys, name)) == NULL)
    {
      key = g_object_new (G_TYPE_OBJECT, NULL);
      g_hash_table_insert (self->gathered_keys, g_steal_pointer (&name), key);
    }
  return key;
}

static PcNoteWidget *
acquire_note (PcCanvas *self,
              guint     index)
{
  PcNoteWidget *widget = PC_NOTE_WIDGET (pc_recycler_acquire (self->note_recycler,
                                                              note_key (self, index)));

  if (pc_note_widget_get_index (widget) != index || pc_note_widget_get_layout (widget) != self->layout)
    pc_note_widget_set_layout (widget, self->layout, index);
  return widget;
}

/* The row headers follow the visible rows. */
static void
sync_row_headers (PcCanvas *self)
{
  guint n = self->layout ? pc_layout_get_n_rows (self->layout) : 0;
  gboolean same = self->row_headers->len == n;

  for (guint i = 0; same && i < n; i++)
    same = pc_canvas_header_get_item (g_ptr_array_index (self->row_headers, i)) ==
           G_OBJECT (pc_layout_get_row (self->layout, i)->row);
  if (!same)
    {
      for (guint i = 0; i < self->row_headers->len; i++)
        gtk_widget_unparent (g_ptr_array_index (self->row_headers, i));
      g_ptr_array_set_size (self->row_headers, 0);
      for (guint i = 0; i < n; i++)
        {
          GtkWidget *header = pc_canvas_header_new (G_OBJECT (pc_layout_get_row (self->layout, i)->row));

          gtk_widget_insert_before (header, GTK_WIDGET (self), self->add_stage_button);
          g_ptr_array_add (self->row_headers, header);
        }
    }
  for (guint i = 0; i < n; i++)
    pc_canvas_header_update (g_ptr_array_index (self->row_headers, i), self->layout, i);
}

/* After a new layout (while measured or allocated, maybe): the note
 * widgets of the items still there are bound to their places in it; the
 * others wait for _pc_canvas_notes_sync(). */
void
_pc_canvas_notes_rebind (PcCanvas *self)
{
  guint n = self->layout ? pc_layout_get_n_notes (self->layout) : 0;

  if (g_hash_table_size (self->notes) == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      const PcLayoutNote *ln = pc_layout_get_note (self->layout, i);
      GObject *key = G_OBJECT (ln->note);
      gpointer widget;

      if (ln->gathered)
        {
          g_autofree char *name = gathered_name (self->layout, ln);
          key = g_hash_table_lookup (self->gathered_keys, name);
        }
      if (key != NULL && (widget = g_hash_table_lookup (self->notes, key)) != NULL)
        pc_note_widget_set_layout (widget, self->layout, i);
    }
}

/* After a new layout: the note widgets there are follow their items to
 * their new places; those of items gone are given back, with the keys of
 * gathered items gone. */
void
_pc_canvas_notes_sync (PcCanvas *self)
{
  guint n = self->layout ? pc_layout_get_n_notes (self->layout) : 0;
  g_autoptr(GHashTable) keys = g_steal_pointer (&self->gathered_keys);

  self->gathered_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      const PcLayoutNote *ln = pc_layout_get_note (self->layout, i);
      g_autofree char *name = NULL;
      gpointer old_name, key;

      if (!ln->gathered)
        continue;
      name = gathered_name (self->layout, ln);
      if (g_hash_table_steal_extended (keys, name, &old_name, &key))
        {
          g_free (old_name);
          g_hash_table_insert (self->gathered_keys, g_steal_pointer (&name), key);
        }
    }

  pc_recycler_begin (self->note_recycler);
  for (guint i = 0; i < n; i++)
    {
      const PcLayoutNote *ln = pc_layout_get_note (self->layout, i);
      GObject *key = ln->gathered ? NULL : G_OBJECT (ln->note);

      if (ln->gathered)
        {
          g_autofree char *name = gathered_name (self->layout, ln);
          key = g_hash_table_lookup (self->gathered_keys, name);
        }
      if (n <= ALL_NOTES || (key != NULL && g_hash_table_contains (self->notes, key)))
        acquire_note (self, i);
    }
  pc_recycler_end (self->note_recycler);

  sync_row_headers (self);
}

/* The note widgets for what is in a view of @width × @height, plus a
 * margin, and the focused and dragged ones. */
void
_pc_canvas_notes_update_visible (PcCanvas *self,
                                 int       width,
                                 int       height)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self));
  guint n = pc_layout_get_n_notes (self->layout);
  double x0, y0, x1, y1;

  if (n <= ALL_NOTES)
    return;

  _pc_canvas_to_layout (self, -VIEW_MARGIN, -VIEW_MARGIN, &x0, &y0);
  _pc_canvas_to_layout (self, width + VIEW_MARGIN, height + VIEW_MARGIN, &x1, &y1);

  pc_recycler_begin (self->note_recycler);
  for (guint i = 0; i < n; i++)
    {
      const PcRect *r = &pc_layout_get_note (self->layout, i)->rect;

      if (r->x < x1 && r->x + r->width > x0 && r->y < y1 && r->y + r->height > y0)
        acquire_note (self, i);
    }
  if (PC_IS_NOTE_WIDGET (focus))
    pc_recycler_acquire (self->note_recycler, pc_note_widget_get_key (PC_NOTE_WIDGET (focus)));
  if (self->drag_note != NULL)
    pc_recycler_acquire (self->note_recycler, pc_note_widget_get_key (self->drag_note));
  pc_recycler_end (self->note_recycler);
}

PcNoteWidget *
_pc_canvas_notes_ensure (PcCanvas *self,
                         guint     index)
{
  GObject *key = note_key (self, index);
  PcNoteWidget *widget = (PcNoteWidget *) pc_recycler_lookup (self->note_recycler, key);

  if (widget != NULL)
    return widget;
  widget = acquire_note (self, index);
  self->allocate_all = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  return widget;
}

/* Edits */

static const char *
row_id (PcCanvas *self,
        guint     row)
{
  return pc_entity_get_id (PC_ENTITY (pc_layout_get_row (self->layout, row)->row));
}

static const char *
stage_id (PcCanvas *self,
          guint     stage)
{
  return pc_entity_get_id (PC_ENTITY (pc_layout_get_stage (self->layout, stage)->stage));
}

static void
focus_note (PcCanvas *self,
            PcNote   *note)
{
  int index;

  _pc_canvas_ensure_layout (self);
  if ((index = pc_layout_find_note (self->layout, note)) >= 0)
    _pc_canvas_move_focus_to_note (self, index);
}

void
_pc_canvas_notes_add (PcCanvas *self,
                      guint     stage,
                      guint     row,
                      guint     index_in_cell,
                      gboolean  rename)
{
  PcNote *note;

  if (self->history == NULL || self->layout == NULL ||
      stage >= pc_layout_get_n_stages (self->layout) || row >= pc_layout_get_n_rows (self->layout))
    return;

  note = pc_edit_add_note (self->history, self->map, row_id (self, row), stage_id (self, stage),
                           index_in_cell, _("New note"));
  pc_history_break_merge (self->history);
  focus_note (self, note);
  if (rename)
    _pc_canvas_start_rename (self, G_OBJECT (note), FALSE);
}

void
_pc_canvas_notes_delete (PcCanvas *self,
                         PcNote   *note)
{
  const PcLayoutNote *ln = _pc_canvas_find_note (self, note);
  g_autoptr(GArray) rest = g_array_new (FALSE, FALSE, sizeof (guint));
  guint stage, row, index;

  if (ln == NULL || self->history == NULL)
    return;

  stage = ln->stage_index;
  row = ln->row_index;
  index = ln->index_in_cell;
  pc_edit_remove_note (self->history, self->map, note);
  pc_history_break_merge (self->history);

  /* The next item of the cell, or the cell once it is empty. */
  _pc_canvas_ensure_layout (self);
  if (row < pc_layout_get_n_rows (self->layout) &&
      _pc_canvas_row_cell_notes (self, stage, row, FALSE, NULL, rest) > 0)
    _pc_canvas_move_focus_to_note (self, g_array_index (rest, guint, MIN (index, rest->len - 1)));
  else
    _pc_canvas_move_focus_to_row_cell (self, stage, MIN (row, pc_layout_get_n_rows (self->layout) - 1));
}

void
_pc_canvas_notes_move_by (PcCanvas *self,
                          PcNote   *note,
                          int       dx,
                          int       dy)
{
  g_autoptr(PcNote) keep = NULL;
  const PcLayoutNote *ln;
  int stage, row, index, n_cell;

  _pc_canvas_ensure_layout (self);
  if (self->history == NULL || (ln = _pc_canvas_find_note (self, note)) == NULL)
    return;

  keep = g_object_ref (note);
  stage = (int) ln->stage_index + dx;
  row = ln->row_index;
  index = ln->index_in_cell;

  if (stage < 0 || stage >= (int) pc_layout_get_n_stages (self->layout))
    return;
  if (dy != 0)
    {
      n_cell = _pc_canvas_row_cell_notes (self, stage, row, TRUE, note, NULL);
      index += dy;
      if (index < 0 || index > n_cell)
        {
          row += dy;
          if (row < 0 || row >= (int) pc_layout_get_n_rows (self->layout))
            return;
          index = dy < 0 ? (int) _pc_canvas_row_cell_notes (self, stage, row, TRUE, note, NULL) : 0;
        }
    }
  else
    index = MIN (index, (int) _pc_canvas_row_cell_notes (self, stage, row, TRUE, note, NULL));

  pc_edit_move_note (self->history, self->map, note, row_id (self, row), stage_id (self, stage),
                     index);
  pc_history_break_merge (self->history);
  focus_note (self, note);
}

/* Actions on rows */

static void
move_row (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);
  PcRow *row;
  GListModel *rows;
  int step = g_variant_get_int32 (parameter) < 0 ? -1 : 1;
  guint current;
  gboolean header;

  _pc_canvas_ensure_layout (self);
  row = _pc_canvas_target_row (self);
  if (row == NULL || self->history == NULL)
    return;
  rows = G_LIST_MODEL (pc_map_get_rows (self->map));
  if (!pc_list_find (rows, row, &current))
    return;
  header = PC_IS_CANVAS_HEADER (_pc_canvas_focus_subject (self));

  /* Past the next visible row: hidden ones do not count on screen. */
  for (int j = (int) current + step; j >= 0 && j < (int) g_list_model_get_n_items (rows); j += step)
    {
      g_autoptr(PcRow) other = g_list_model_get_item (rows, j);

      if (pc_row_get_hidden (other))
        continue;
      pc_edit_move_row (self->history, self->map, row, j);
      pc_history_break_merge (self->history);
      _pc_canvas_ensure_layout (self);
      if (header)
        _pc_canvas_move_focus_to_object (self, G_OBJECT (row));
      return;
    }
  gtk_widget_error_bell (widget);
}

static void
hide_row (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);
  PcRow *row;

  _pc_canvas_ensure_layout (self);
  row = _pc_canvas_target_row (self);
  if (row == NULL || self->history == NULL)
    return;
  pc_edit_set_row_hidden (self->history, row, TRUE);
  pc_history_break_merge (self->history);
  _pc_canvas_ensure_layout (self);
  _pc_canvas_move_focus_to_cell (self, self->cursor_stage, self->cursor_lane);
}

/* The menu's "Go to Card" on a gathered item. */
static void
go_to_card (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);
  PcNoteWidget *note = _pc_canvas_target_note (self);

  if (note != NULL && pc_note_widget_get_touchpoint (note) != NULL)
    _pc_canvas_activate_note (self, note);
}

static void
context_menu (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  _pc_canvas_show_menu (PC_CANVAS (widget));
}

void
_pc_canvas_notes_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "canvas.move-row", "i", move_row);
  gtk_widget_class_install_action (widget_class, "canvas.hide-row", NULL, hide_row);
  gtk_widget_class_install_action (widget_class, "canvas.context-menu", NULL, context_menu);
  gtk_widget_class_install_action (widget_class, "canvas.go-to-card", NULL, go_to_card);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "canvas.context-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "canvas.context-menu", NULL);
}
