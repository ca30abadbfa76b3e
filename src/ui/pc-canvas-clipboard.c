/* pc-canvas-clipboard.c: copy, cut and paste cards; copy as a picture
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Cards go on the clipboard as a fragment (PC_FRAGMENT_MIME_TYPE) and as
 * tab-separated text; Paste takes a fragment, else text (rows from a
 * spreadsheet), into the focused cell. A note goes as its text; in a cell
 * of an insight row, Paste makes a note of each line of text. Copy as
 * Picture puts the map, or the focused card, as PNG and SVG, made by the
 * exporters. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-canvas-private.h"
#include "pc-edit.h"
#include "pc-export.h"
#include "pc-fragment.h"

#define READ_CHUNK (64 * 1024)

static GdkClipboard *
clipboard_of (PcCanvas *self)
{
  return gtk_widget_get_clipboard (GTK_WIDGET (self));
}

/* The focused card's fragment, or NULL. */
static PcDocument *
focused_fragment (PcCanvas *self)
{
  PcTouchpoint *tp = _pc_canvas_target_touchpoint (self);
  g_autoptr(GPtrArray) chosen = NULL;

  if (tp == NULL || self->document == NULL || self->map == NULL)
    return NULL;
  chosen = g_ptr_array_new ();
  g_ptr_array_add (chosen, tp);
  return pc_fragment_new (self->document, self->map, chosen);
}

static gboolean
copy_card (PcCanvas *self)
{
  g_autoptr(PcDocument) fragment = focused_fragment (self);
  g_autoptr(GBytes) json = NULL;
  g_autofree char *text = NULL;
  GdkContentProvider *providers[2];
  g_autoptr(GdkContentProvider) provider = NULL;
  gsize length;
  char *data;

  if (fragment == NULL)
    return FALSE;
  data = pc_fragment_to_json (fragment, &length);
  json = g_bytes_new_take (data, length);
  text = pc_fragment_to_text (fragment, NULL);
  providers[0] = gdk_content_provider_new_for_bytes (PC_FRAGMENT_MIME_TYPE, json);
  providers[1] = gdk_content_provider_new_typed (G_TYPE_STRING, text);
  provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
  return gdk_clipboard_set_content (clipboard_of (self), provider);
}

/* The focused note's text, or a gathered item's, as text. */
static gboolean
copy_note (PcCanvas *self)
{
  PcNoteWidget *widget = _pc_canvas_target_note (self);
  PcLayout *layout = widget ? pc_note_widget_get_layout (widget) : NULL;
  const PcLayoutNote *ln;
  const char *text;

  if (layout == NULL || pc_note_widget_get_index (widget) >= pc_layout_get_n_notes (layout))
    return FALSE;
  ln = pc_layout_get_note (layout, pc_note_widget_get_index (widget));
  text = ln->note ? pc_note_get_text (ln->note) : ln->text;
  gdk_clipboard_set_text (clipboard_of (self), text ? text : "");
  return TRUE;
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);

  if (_pc_canvas_target_note (self) != NULL ? !copy_note (self) : !copy_card (self))
    gtk_widget_error_bell (widget);
}

static void
cut_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);
  PcTouchpoint *tp = _pc_canvas_target_touchpoint (self);
  PcNoteWidget *note = _pc_canvas_target_note (self);

  /* A gathered item is the card's to change: it is only copied. */
  if (note != NULL)
    {
      if (pc_note_widget_get_note (note) == NULL || self->history == NULL || !copy_note (self))
        gtk_widget_error_bell (widget);
      else
        _pc_canvas_delete_note (self, pc_note_widget_get_note (note));
      return;
    }
  if (tp == NULL || self->history == NULL || !copy_card (self))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  pc_edit_remove_touchpoint (self->history, self->map, tp);
}

static void
copy_picture_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PcCanvas *self = PC_CANVAS (widget);
  g_autoptr(PcDocument) fragment = focused_fragment (self);
  g_autoptr(PcMap) fragment_map = NULL;
  PcDocument *document = self->document;
  PcMap *map = self->map;
  PcExportOptions options;
  GdkContentProvider *providers[2];
  g_autoptr(GdkContentProvider) provider = NULL;
  const struct { PcExportFormat format; const char *mime_type; } kinds[] = {
    { PC_EXPORT_PNG, "image/png" },
    { PC_EXPORT_SVG, "image/svg+xml" },
  };

  if (document == NULL || map == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  /* The focused card alone, with its stage and lane; else the map. */
  if (fragment != NULL)
    {
      fragment_map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (fragment)), 0);
      document = fragment;
      map = fragment_map;
    }

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;

      pc_export_options_init (&options);
      /* What is on the canvas, as it looks there: no title or legend. */
      options.legend = FALSE;
      options.format = kinds[i].format;
      options.scale = 2;
      bytes = pc_export_to_bytes (document, map, &options, &error);
      if (bytes == NULL)
        {
          g_warning ("Could not make a picture of the map: %s", error->message);
          for (guint j = 0; j < i; j++)
            g_object_unref (providers[j]);
          gtk_widget_error_bell (widget);
          return;
        }
      providers[i] = gdk_content_provider_new_for_bytes (kinds[i].mime_type, bytes);
    }
  provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
  gdk_clipboard_set_content (clipboard_of (self), provider);
}

/* ---- paste ---- */

typedef struct
{
  PcCanvas     *canvas;
  GInputStream *stream;
  GByteArray   *data;
  gboolean      fragment;
} PasteRead;

static void
paste_read_free (PasteRead *read)
{
  g_clear_object (&read->canvas);
  g_clear_object (&read->stream);
  g_clear_pointer (&read->data, g_byte_array_unref);
  g_free (read);
}

static const char *
id_at (GListStore *store,
       guint       index)
{
  g_autoptr(PcEntity) item = g_list_model_get_item (G_LIST_MODEL (store), index);

  return item ? pc_entity_get_id (item) : NULL;
}

/* Each line of text a note in the focused row cell, after the focused
 * note, as one undo step; the first one takes the focus. */
static void
paste_notes (PcCanvas   *self,
             guint       stage,
             guint       row,
             const char *data,
             gsize       length)
{
  g_autofree char *text = g_utf8_make_valid (data, length);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  PcNoteWidget *widget = _pc_canvas_target_note (self);
  const PcLayoutNote *focused = widget ? _pc_canvas_find_note (self, pc_note_widget_get_note (widget)) : NULL;
  const char *row_id = pc_entity_get_id (PC_ENTITY (pc_layout_get_row (self->layout, row)->row));
  const char *stage_id = pc_entity_get_id (PC_ENTITY (pc_layout_get_stage (self->layout, stage)->stage));
  guint index = focused ? focused->index_in_cell + 1 : G_MAXUINT;
  PcNote *first = NULL;

  pc_history_begin_group (self->history, _("Paste notes"));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      PcNote *note;

      if (*line == '\0')
        continue;
      note = pc_edit_add_note (self->history, self->map, row_id, stage_id, index, line);
      if (index != G_MAXUINT)
        index++;
      if (first == NULL)
        first = note;
    }
  pc_history_end_group (self->history);
  pc_history_break_merge (self->history);

  if (first == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  _pc_canvas_move_focus_to_object (self, G_OBJECT (first));
}

static void
paste_data (PasteRead *read)
{
  PcCanvas *self = read->canvas;
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(GError) error = NULL;
  const char *stage_id = NULL;
  const char *lane_id = NULL;
  guint stage, lane, row;

  _pc_canvas_ensure_layout (self);
  if (self->map != NULL && self->history != NULL && !read->fragment &&
      _pc_canvas_get_focus_row_cell (self, &stage, &row))
    {
      paste_notes (self, stage, row, (const char *) read->data->data, read->data->len);
      return;
    }
  if (self->map == NULL || self->history == NULL
      || !_pc_canvas_get_focus_cell (self, &stage, &lane))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  stage_id = id_at (pc_map_get_stages (self->map), stage);
  lane_id = id_at (pc_map_get_lanes (self->map), lane);

  if (read->fragment)
    pasted = pc_fragment_paste (self->map, self->history, (const char *) read->data->data,
                                read->data->len, stage_id, lane_id, &error);
  else
    pasted = pc_fragment_paste_rows (self->document, self->map, self->history,
                                     (const char *) read->data->data, read->data->len,
                                     stage_id, lane_id, &error);
  if (pasted == NULL)
    {
      g_debug ("Nothing pasted: %s", error->message);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  pc_canvas_set_selected (self, g_ptr_array_index (pasted, 0));
  _pc_canvas_move_focus_to_touchpoint (self, g_ptr_array_index (pasted, 0));
}

static void
chunk_read_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  PasteRead *read = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, &error);
  gsize size;

  if (chunk == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (read->canvas));
      paste_read_free (read);
      return;
    }
  size = g_bytes_get_size (chunk);
  if (size == 0)
    {
      paste_data (read);
      paste_read_free (read);
      return;
    }
  /* A clipboard larger than anything Parcours pastes is not read to its end. */
  if (read->data->len + size > PC_FRAGMENT_MAX_TEXT)
    {
      gtk_widget_error_bell (GTK_WIDGET (read->canvas));
      paste_read_free (read);
      return;
    }
  g_byte_array_append (read->data, g_bytes_get_data (chunk, NULL), size);
  g_input_stream_read_bytes_async (read->stream, READ_CHUNK, G_PRIORITY_DEFAULT, NULL,
                                   chunk_read_cb, read);
}

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PcCanvas) self = user_data;
  g_autoptr(GError) error = NULL;
  const char *mime_type = NULL;
  GInputStream *stream;
  PasteRead *read;

  stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, &mime_type, &error);
  if (stream == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  read = g_new0 (PasteRead, 1);
  read->canvas = g_object_ref (self);
  read->stream = stream;
  read->data = g_byte_array_new ();
  read->fragment = g_strcmp0 (mime_type, PC_FRAGMENT_MIME_TYPE) == 0;
  g_input_stream_read_bytes_async (stream, READ_CHUNK, G_PRIORITY_DEFAULT, NULL,
                                   chunk_read_cb, read);
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  static const char *mime_types[] = {
    PC_FRAGMENT_MIME_TYPE, "text/plain;charset=utf-8", "text/plain", NULL,
  };
  guint stage, row;

  _pc_canvas_ensure_layout (PC_CANVAS (widget));
  /* A row's cell takes text only: a copied card pastes as its text. */
  gdk_clipboard_read_async (clipboard_of (PC_CANVAS (widget)),
                            _pc_canvas_get_focus_row_cell (PC_CANVAS (widget), &stage, &row)
                            ? mime_types + 1 : mime_types,
                            G_PRIORITY_DEFAULT, NULL, clipboard_read_cb, g_object_ref (widget));
}

void
_pc_canvas_clipboard_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "canvas.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "canvas.cut", NULL, cut_action);
  gtk_widget_class_install_action (widget_class, "canvas.paste", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "canvas.copy-picture", NULL, copy_picture_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "canvas.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_x, GDK_CONTROL_MASK, "canvas.cut", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "canvas.paste", NULL);
  /* Ctrl+Shift+C is the window's compare. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "canvas.copy-picture", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_CONTROL_MASK, "canvas.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_SHIFT_MASK, "canvas.paste", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_SHIFT_MASK, "canvas.cut", NULL);
}
