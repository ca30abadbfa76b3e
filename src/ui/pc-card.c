/* pc-card.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One touchpoint on the canvas: a focusable widget that draws itself with
 * the same code as the exporters, and tells screen readers what it is. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-card.h"
#include "pc-render.h"

struct _PcCard
{
  GtkWidget     parent_instance;

  PcTouchpoint *touchpoint;
  PcLayout     *layout;
  guint         index;
  char         *label;       /* what screen readers were last told */
  char         *status;      /* said instead of the channel, or NULL */
  guint         selected : 1;
  guint         dragging : 1;
};

G_DEFINE_FINAL_TYPE (PcCard, pc_card, GTK_TYPE_WIDGET)

static char *
describe (PcCard *self)
{
  const PcLayoutCard *card;
  const char *title, *stage = "", *lane = "";
  PcStrength strength;
  PcEvidence evidence;
  GString *text;

  if (self->touchpoint == NULL)
    return g_strdup ("");
  title = pc_touchpoint_get_title (self->touchpoint);
  if (self->layout == NULL || self->index >= pc_layout_get_n_cards (self->layout))
    return g_strdup (title ? title : "");

  card = pc_layout_get_card (self->layout, self->index);
  if (card->stage_index < pc_layout_get_n_stages (self->layout))
    stage = pc_stage_get_name (pc_layout_get_stage (self->layout, card->stage_index)->stage);
  if (card->lane_index < pc_layout_get_n_lanes (self->layout))
    lane = pc_layout_get_lane (self->layout, card->lane_index)->label;

  /* Translators: a card read by a screen reader: title, stage name, lane
   * name, sentiment (Positive, Neutral or Negative). */
  text = g_string_new (NULL);
  g_string_printf (text, _("%s, stage %s, lane %s, sentiment %s"),
                   title && *title ? title : _("Untitled"),
                   stage ? stage : "", lane ? lane : "",
                   pc_sentiment_get_label (pc_touchpoint_get_sentiment (self->touchpoint)));

  /* The version 2 fields are said only when stated, so a plain card
   * stays short. */
  strength = pc_touchpoint_get_strength (self->touchpoint);
  if (strength != PC_STRENGTH_UNSET)
    /* Translators: appended to a card's spoken name; %s is Mild or Strong. */
    g_string_append_printf (text, _(", strength %s"), pc_strength_get_label (strength));
  if (pc_touchpoint_get_fail_point (self->touchpoint))
    g_string_append (text, _(", fail point"));
  if (pc_touchpoint_get_waiting_point (self->touchpoint))
    g_string_append (text, _(", waiting point"));
  evidence = pc_touchpoint_get_evidence (self->touchpoint);
  if (evidence != PC_EVIDENCE_UNSET)
    /* Translators: appended to a card's spoken name; %s is Assumption,
     * Some research or Validated. */
    g_string_append_printf (text, _(", evidence %s"), pc_evidence_get_label (evidence));
  if (card->faded)
    /* Translators: appended to a card's spoken name when the evidence
     * filter fades it. */
    g_string_append (text, _(", faded by the evidence filter"));

  return g_string_free (text, FALSE);
}

static void
update_description (PcCard *self)
{
  PcChannel channel = self->touchpoint ? pc_touchpoint_get_channel (self->touchpoint) : PC_CHANNEL_NONE;
  const char *description = self->status;

  if (description == NULL)
    description = channel != PC_CHANNEL_NONE ? pc_channel_get_label (channel) : "";
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* Telling the accessibility layer is not free: a big map relays out
 * thousands of cards, so only changes are passed on. */
static void
update_accessible (PcCard *self)
{
  g_autofree char *label = describe (self);

  if (g_strcmp0 (label, self->label) == 0)
    return;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  update_description (self);
  g_free (self->label);
  self->label = g_steal_pointer (&label);
}

static void
update_selected_state (PcCard *self)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_SELECTED, (gboolean) self->selected,
                               -1);
}

static void
pc_card_snapshot (GtkWidget   *widget,
                  GtkSnapshot *snapshot)
{
  PcCard *self = PC_CARD (widget);
  const PcLayoutCard *card;
  const PcTheme *theme;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double radius;
  cairo_t *cr;

  if (self->layout == NULL || self->index >= pc_layout_get_n_cards (self->layout))
    return;

  card = pc_layout_get_card (self->layout, self->index);
  theme = pc_layout_get_theme (self->layout);
  radius = pc_layout_get_radius (self->layout);

  if (self->dragging)
    gtk_snapshot_push_opacity (snapshot, 0.85);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (-4, -4, width + 8, height + 8));
  cairo_translate (cr, -card->rect.x, -card->rect.y);
  pc_render_card (cr, self->layout, self->index);
  cairo_identity_matrix (cr);

  /* Selection and keyboard focus: an accent outline, doubled for focus so
   * the two can be told apart without colour. */
  if (self->selected || gtk_widget_has_visible_focus (widget))
    {
      double inset = gtk_widget_has_visible_focus (widget) ? -3 : 0.5;
      double w = width - 2 * inset, h = height - 2 * inset, r = radius - inset;

      r = MAX (r, 1);
      cairo_new_sub_path (cr);
      cairo_arc (cr, inset + w - r, inset + r, r, -G_PI / 2, 0);
      cairo_arc (cr, inset + w - r, inset + h - r, r, 0, G_PI / 2);
      cairo_arc (cr, inset + r, inset + h - r, r, G_PI / 2, G_PI);
      cairo_arc (cr, inset + r, inset + r, r, G_PI, 3 * G_PI / 2);
      cairo_close_path (cr);
      cairo_set_source_rgba (cr, theme->accent.red, theme->accent.green,
                             theme->accent.blue, 1.0);
      cairo_set_line_width (cr, gtk_widget_has_visible_focus (widget) ? 2.5 : 2.0);
      if (gtk_widget_has_visible_focus (widget) && self->selected)
        {
          double dashes[] = { 6, 3 };
          cairo_set_dash (cr, dashes, 2, 0);
        }
      cairo_stroke (cr);
    }
  cairo_destroy (cr);

  if (self->dragging)
    gtk_snapshot_pop (snapshot);
}

/* The tooltip is the title, given when the pointer rests on the card:
 * gtk_widget_set_tooltip_text() on every card that comes into view would
 * ask the display server where the pointer is, each time. */
static gboolean
pc_card_query_tooltip (GtkWidget  *widget,
                       int         x,
                       int         y,
                       gboolean    keyboard,
                       GtkTooltip *tooltip)
{
  PcCard *self = PC_CARD (widget);
  const char *title = self->touchpoint ? pc_touchpoint_get_title (self->touchpoint) : NULL;

  if (title == NULL || *title == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, title);
  return TRUE;
}

static void
pc_card_state_flags_changed (GtkWidget     *widget,
                             GtkStateFlags  previous)
{
  GtkStateFlags now = gtk_widget_get_state_flags (widget);

  if ((now ^ previous) & (GTK_STATE_FLAG_FOCUS_VISIBLE | GTK_STATE_FLAG_FOCUSED))
    gtk_widget_queue_draw (widget);

  GTK_WIDGET_CLASS (pc_card_parent_class)->state_flags_changed (widget, previous);
}

static void
on_touchpoint_notify (PcCard *self)
{
  /* The channel is in the description, not the label. */
  g_clear_pointer (&self->label, g_free);
  update_accessible (self);
}

static void
pc_card_dispose (GObject *object)
{
  PcCard *self = PC_CARD (object);

  if (self->touchpoint != NULL)
    g_signal_handlers_disconnect_by_func (self->touchpoint, on_touchpoint_notify, self);
  g_clear_object (&self->touchpoint);
  g_clear_pointer (&self->layout, pc_layout_unref);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->status, g_free);

  G_OBJECT_CLASS (pc_card_parent_class)->dispose (object);
}

static void
pc_card_class_init (PcCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pc_card_dispose;
  widget_class->snapshot = pc_card_snapshot;
  widget_class->state_flags_changed = pc_card_state_flags_changed;
  widget_class->query_tooltip = pc_card_query_tooltip;

  gtk_widget_class_set_css_name (widget_class, "pccard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
pc_card_init (PcCard *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_VISIBLE);
}

GtkWidget *
pc_card_new (PcTouchpoint *touchpoint)
{
  PcCard *self;

  g_return_val_if_fail (touchpoint == NULL || PC_IS_TOUCHPOINT (touchpoint), NULL);

  self = g_object_new (PC_TYPE_CARD, NULL);
  pc_card_set_touchpoint (self, touchpoint);
  update_selected_state (self);

  return GTK_WIDGET (self);
}

/**
 * pc_card_set_touchpoint:
 * @touchpoint: (nullable): the touchpoint to show, or %NULL
 *
 * Binds the card to another touchpoint (the canvas recycles the cards
 * that scroll out of view for those that come in): it forgets the
 * previous one's layout, selection, drag and status.
 */
void
pc_card_set_touchpoint (PcCard       *self,
                        PcTouchpoint *touchpoint)
{
  g_return_if_fail (PC_IS_CARD (self));
  g_return_if_fail (touchpoint == NULL || PC_IS_TOUCHPOINT (touchpoint));

  if (self->touchpoint == touchpoint)
    return;

  if (self->touchpoint != NULL)
    g_signal_handlers_disconnect_by_func (self->touchpoint, on_touchpoint_notify, self);
  g_set_object (&self->touchpoint, touchpoint);
  if (touchpoint != NULL)
    g_signal_connect_object (touchpoint, "notify", G_CALLBACK (on_touchpoint_notify),
                             self, G_CONNECT_SWAPPED);

  g_clear_pointer (&self->layout, pc_layout_unref);
  g_clear_pointer (&self->status, g_free);
  self->index = 0;
  self->dragging = FALSE;
  pc_card_set_selected (self, FALSE);
  g_clear_pointer (&self->label, g_free);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

PcTouchpoint *
pc_card_get_touchpoint (PcCard *self)
{
  g_return_val_if_fail (PC_IS_CARD (self), NULL);

  return self->touchpoint;
}

void
pc_card_set_layout (PcCard   *self,
                    PcLayout *layout,
                    guint     index)
{
  g_return_if_fail (PC_IS_CARD (self));

  if (layout != NULL)
    pc_layout_ref (layout);
  g_clear_pointer (&self->layout, pc_layout_unref);
  self->layout = layout;
  self->index = index;

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Returns: (transfer none) (nullable): the layout the card draws from */
PcLayout *
pc_card_get_layout (PcCard *self)
{
  g_return_val_if_fail (PC_IS_CARD (self), NULL);

  return self->layout;
}

guint
pc_card_get_index (PcCard *self)
{
  g_return_val_if_fail (PC_IS_CARD (self), 0);

  return self->index;
}

void
pc_card_set_selected (PcCard   *self,
                      gboolean  selected)
{
  g_return_if_fail (PC_IS_CARD (self));

  selected = !!selected;
  if (self->selected == (guint) selected)
    return;

  self->selected = selected;
  update_selected_state (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
pc_card_get_selected (PcCard *self)
{
  g_return_val_if_fail (PC_IS_CARD (self), FALSE);

  return self->selected;
}

void
pc_card_set_dragging (PcCard   *self,
                      gboolean  dragging)
{
  g_return_if_fail (PC_IS_CARD (self));

  dragging = !!dragging;
  if (self->dragging == (guint) dragging)
    return;

  self->dragging = dragging;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
pc_card_set_status (PcCard     *self,
                    const char *status)
{
  g_return_if_fail (PC_IS_CARD (self));

  if (status != NULL && *status == '\0')
    status = NULL;
  if (g_strcmp0 (self->status, status) == 0)
    return;

  g_free (self->status);
  self->status = g_strdup (status);
  update_description (self);
}

const char *
pc_card_get_status (PcCard *self)
{
  g_return_val_if_fail (PC_IS_CARD (self), NULL);

  return self->status;
}
