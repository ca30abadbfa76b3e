/* pc-note-widget.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A note of an insight row, or an item a row gathers from a card, on the
 * canvas: a focusable widget that draws itself with the exporters' code
 * and tells screen readers what it says, in which row and stage, and
 * whether it can be edited. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-note-widget.h"
#include "pc-render.h"

struct _PcNoteWidget
{
  GtkWidget  parent_instance;

  GObject   *key;
  PcLayout  *layout;
  guint      index;
  char      *label;      /* what screen readers were last told */
  guint      dragging : 1;
};

G_DEFINE_FINAL_TYPE (PcNoteWidget, pc_note_widget, GTK_TYPE_WIDGET)

static const PcLayoutNote *
layout_note (PcNoteWidget *self)
{
  if (self->layout == NULL || self->index >= pc_layout_get_n_notes (self->layout))
    return NULL;
  return pc_layout_get_note (self->layout, self->index);
}

static char *
describe (PcNoteWidget *self)
{
  const PcLayoutNote *ln = layout_note (self);
  const char *row = "", *stage = "";
  g_autofree char *text = NULL;
  PcEvidence evidence;
  GString *spoken;
  guint votes;

  if (ln == NULL)
    return g_strdup ("");

  if (ln->row_index < pc_layout_get_n_rows (self->layout))
    row = pc_row_get_name (pc_layout_get_row (self->layout, ln->row_index)->row);
  if (ln->stage_index < pc_layout_get_n_stages (self->layout))
    stage = pc_stage_get_name (pc_layout_get_stage (self->layout, ln->stage_index)->stage);

  /* The model's text, not the layout's first lines: screen readers say
   * it all. */
  text = g_strdup (ln->note ? pc_note_get_text (ln->note) : ln->text);
  if (ln->gathered)
    {
      const char *title = pc_touchpoint_get_title (ln->touchpoint);

      /* Translators: an item an insight row gathers from a card, read by a
       * screen reader: the card's title, what it says, the row's name and
       * the stage's name. */
      return g_strdup_printf (_("From card %s: %s, row %s, stage %s"),
                              title && *title ? title : _("Untitled"), text ? text : "",
                              row ? row : "", stage ? stage : "");
    }
  spoken = g_string_new (NULL);
  /* Translators: a note of an insight row read by a screen reader: its
   * text, the row's name and the stage's name. */
  g_string_printf (spoken, _("Note: %s, row %s, stage %s"),
                   text && *text ? text : _("empty"), row ? row : "", stage ? stage : "");

  /* Evidence and votes are said only when stated, as on cards. */
  evidence = pc_note_get_evidence (ln->note);
  if (evidence != PC_EVIDENCE_UNSET)
    /* Translators: appended to a note's spoken name; %s is Assumption,
     * Some research or Validated. */
    g_string_append_printf (spoken, _(", evidence %s"), pc_evidence_get_label (evidence));
  votes = pc_note_get_votes (ln->note);
  if (votes > 0)
    /* Translators: appended to a note's or card's spoken name: its dot votes. */
    g_string_append_printf (spoken, g_dngettext (GETTEXT_PACKAGE, ", %u vote", ", %u votes", votes),
                            votes);
  if (ln->faded)
    g_string_append (spoken, _(", faded by the evidence filter"));
  return g_string_free (spoken, FALSE);
}

static void
update_accessible (PcNoteWidget *self)
{
  const PcLayoutNote *ln = layout_note (self);
  g_autofree char *label = describe (self);
  gboolean gathered = ln != NULL && ln->gathered;

  if (g_strcmp0 (label, self->label) == 0)
    return;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_READ_ONLY, gathered,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  gathered ? _("Read-only, from the card; Enter goes to the card")
                                           : _("F2 to edit, Delete to remove, Ctrl+arrows to move, "
                                               "V to vote, E to set the evidence"),
                                  -1);
  g_free (self->label);
  self->label = g_steal_pointer (&label);
}

static void
pc_note_widget_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  PcNoteWidget *self = PC_NOTE_WIDGET (widget);
  const PcLayoutNote *ln = layout_note (self);
  const PcTheme *theme;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double z, r;
  cairo_t *cr;

  if (ln == NULL)
    return;

  theme = pc_layout_get_theme (self->layout);
  z = pc_layout_get_zoom (self->layout);
  if (self->dragging)
    gtk_snapshot_push_opacity (snapshot, 0.85);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (-6, -6, width + 12, height + 12));
  cairo_translate (cr, -ln->rect.x, -ln->rect.y);
  pc_render_note (cr, self->layout, self->index);
  cairo_identity_matrix (cr);

  /* Keyboard focus: an accent outline around the note. */
  if (gtk_widget_has_visible_focus (widget))
    {
      r = 4 * z + 3;
      cairo_new_sub_path (cr);
      cairo_arc (cr, width + 3 - r, -3 + r, r, -G_PI / 2, 0);
      cairo_arc (cr, width + 3 - r, height + 3 - r, r, 0, G_PI / 2);
      cairo_arc (cr, -3 + r, height + 3 - r, r, G_PI / 2, G_PI);
      cairo_arc (cr, -3 + r, -3 + r, r, G_PI, 3 * G_PI / 2);
      cairo_close_path (cr);
      cairo_set_source_rgba (cr, theme->accent.red, theme->accent.green, theme->accent.blue, 1.0);
      cairo_set_line_width (cr, 2.5);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);

  if (self->dragging)
    gtk_snapshot_pop (snapshot);
}

static void
pc_note_widget_state_flags_changed (GtkWidget     *widget,
                                    GtkStateFlags  previous)
{
  GtkStateFlags now = gtk_widget_get_state_flags (widget);

  if ((now ^ previous) & (GTK_STATE_FLAG_FOCUS_VISIBLE | GTK_STATE_FLAG_FOCUSED))
    gtk_widget_queue_draw (widget);

  GTK_WIDGET_CLASS (pc_note_widget_parent_class)->state_flags_changed (widget, previous);
}

static void
pc_note_widget_dispose (GObject *object)
{
  PcNoteWidget *self = PC_NOTE_WIDGET (object);

  g_clear_object (&self->key);
  g_clear_pointer (&self->layout, pc_layout_unref);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (pc_note_widget_parent_class)->dispose (object);
}

static void
pc_note_widget_class_init (PcNoteWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pc_note_widget_dispose;
  widget_class->snapshot = pc_note_widget_snapshot;
  widget_class->state_flags_changed = pc_note_widget_state_flags_changed;

  gtk_widget_class_set_css_name (widget_class, "pcnote");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
pc_note_widget_init (PcNoteWidget *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_VISIBLE);
}

GtkWidget *
pc_note_widget_new (void)
{
  return g_object_new (PC_TYPE_NOTE_WIDGET, NULL);
}

GObject *
pc_note_widget_get_key (PcNoteWidget *self)
{
  g_return_val_if_fail (PC_IS_NOTE_WIDGET (self), NULL);

  return self->key;
}

/**
 * pc_note_widget_set_key:
 * @key: (nullable): the item to show
 *
 * Binds the widget to another item (the canvas recycles them): it forgets
 * the previous one's layout and drag.
 */
void
pc_note_widget_set_key (PcNoteWidget *self,
                        GObject      *key)
{
  g_return_if_fail (PC_IS_NOTE_WIDGET (self));

  if (self->key == key)
    return;

  g_set_object (&self->key, key);
  g_clear_pointer (&self->layout, pc_layout_unref);
  self->index = 0;
  self->dragging = FALSE;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
pc_note_widget_set_layout (PcNoteWidget *self,
                           PcLayout     *layout,
                           guint         index)
{
  g_return_if_fail (PC_IS_NOTE_WIDGET (self));

  if (layout != NULL)
    pc_layout_ref (layout);
  g_clear_pointer (&self->layout, pc_layout_unref);
  self->layout = layout;
  self->index = index;

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Returns: (transfer none) (nullable): the layout the note draws from */
PcLayout *
pc_note_widget_get_layout (PcNoteWidget *self)
{
  g_return_val_if_fail (PC_IS_NOTE_WIDGET (self), NULL);

  return self->layout;
}

guint
pc_note_widget_get_index (PcNoteWidget *self)
{
  g_return_val_if_fail (PC_IS_NOTE_WIDGET (self), 0);

  return self->index;
}

/* Returns: (transfer none) (nullable): the typed note shown */
PcNote *
pc_note_widget_get_note (PcNoteWidget *self)
{
  const PcLayoutNote *ln;

  g_return_val_if_fail (PC_IS_NOTE_WIDGET (self), NULL);

  ln = layout_note (self);
  return ln ? ln->note : NULL;
}

/* Returns: (transfer none) (nullable): the card a gathered item is from */
PcTouchpoint *
pc_note_widget_get_touchpoint (PcNoteWidget *self)
{
  const PcLayoutNote *ln;

  g_return_val_if_fail (PC_IS_NOTE_WIDGET (self), NULL);

  ln = layout_note (self);
  return ln && ln->gathered ? ln->touchpoint : NULL;
}

void
pc_note_widget_set_dragging (PcNoteWidget *self,
                             gboolean      dragging)
{
  g_return_if_fail (PC_IS_NOTE_WIDGET (self));

  dragging = !!dragging;
  if (self->dragging == (guint) dragging)
    return;

  self->dragging = dragging;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
