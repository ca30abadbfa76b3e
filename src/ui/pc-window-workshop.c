/* pc-window-workshop.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Running a workshop from the window: zoom to fit, presentation mode
 * (full screen, projector style, only the map), the stage spotlight with
 * its summary, and the audience window that shows the map on the
 * projector while the facilitator edits. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-edit.h"
#include "pc-map-ops.h"
#include "pc-window-private.h"

/* Stages that must fit across the screen in presentation mode. */
#define PRESENTATION_STAGES 6
#define MOST_VOTED 3

/* Stage summary */

static void
add_summary_label (GtkBox     *box,
                   const char *text,
                   const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
}

/* The spotlight stage's sentiments, pain points and most-voted cards and
 * notes. */
static void
update_stage_summary (PcWindow *self)
{
  int spotlight = pc_canvas_get_spotlight (self->canvas);
  GtkBox *box = GTK_BOX (self->stage_summary);
  GtkWidget *child;
  g_autoptr(GObject) stage = NULL;
  g_autoptr(GPtrArray) top = NULL;
  GListModel *touchpoints;
  guint counts[3] = { 0 };
  const char *stage_id;
  g_autofree char *sentiments = NULL;
  gboolean any_pain = FALSE;

  g_clear_handle_id (&self->summary_source, g_source_remove);

  while ((child = gtk_widget_get_first_child (self->stage_summary)) != NULL)
    gtk_box_remove (box, child);

  gtk_widget_set_visible (self->stage_summary, self->presenting && spotlight >= 0 && self->map != NULL);
  if (!gtk_widget_get_visible (self->stage_summary))
    return;

  stage = g_list_model_get_item (G_LIST_MODEL (pc_map_get_stages (self->map)), spotlight);
  if (stage == NULL)
    return;
  stage_id = pc_entity_get_id (PC_ENTITY (stage));
  add_summary_label (box, pc_stage_get_name (PC_STAGE (stage)), "title-1");

  touchpoints = G_LIST_MODEL (pc_map_get_touchpoints (self->map));
  for (guint i = 0; i < g_list_model_get_n_items (touchpoints); i++)
    {
      g_autoptr(PcTouchpoint) touchpoint = g_list_model_get_item (touchpoints, i);
      PcSentiment sentiment = pc_touchpoint_get_sentiment (touchpoint);

      if (g_strcmp0 (pc_touchpoint_get_stage_id (touchpoint), stage_id) != 0)
        continue;
      if (sentiment == PC_SENTIMENT_POSITIVE)
        counts[0]++;
      else if (sentiment == PC_SENTIMENT_NEUTRAL)
        counts[1]++;
      else if (sentiment == PC_SENTIMENT_NEGATIVE)
        counts[2]++;
    }

  /* Translators: counts of cards by sentiment in a stage */
  sentiments = g_strdup_printf (_("%u positive, %u neutral, %u negative"),
                                counts[0], counts[1], counts[2]);
  add_summary_label (box, sentiments, "title-3");

  add_summary_label (box, _("Pain Points"), "heading");
  for (guint i = 0; i < g_list_model_get_n_items (touchpoints); i++)
    {
      g_autoptr(PcTouchpoint) touchpoint = g_list_model_get_item (touchpoints, i);
      const char *pain = pc_touchpoint_get_pain_points (touchpoint);

      if (g_strcmp0 (pc_touchpoint_get_stage_id (touchpoint), stage_id) == 0 &&
          pain != NULL && *pain != '\0')
        {
          g_autofree char *line = g_strdup_printf ("• %s", pain);

          add_summary_label (box, line, NULL);
          any_pain = TRUE;
        }
    }
  if (!any_pain)
    add_summary_label (box, _("None noted"), "dim-label");

  /* Cards and insight-row notes alike. */
  add_summary_label (box, _("Most Voted"), "heading");
  top = pc_summary_top_voted (self->map, stage_id, MOST_VOTED);
  for (guint i = 0; i < top->len; i++)
    {
      GObject *item = g_ptr_array_index (top, i);
      gboolean is_note = PC_IS_NOTE (item);
      guint votes = is_note ? pc_note_get_votes (PC_NOTE (item))
                            : pc_touchpoint_get_votes (PC_TOUCHPOINT (item));
      const char *text = is_note ? pc_note_get_text (PC_NOTE (item))
                                 : pc_touchpoint_get_title (PC_TOUCHPOINT (item));
      g_autofree char *line = NULL;

      line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s — %u vote", "%s — %u votes", votes),
                              text, votes);
      add_summary_label (box, line, NULL);
    }
  if (top->len == 0)
    add_summary_label (box, _("No votes yet"), "dim-label");
}

/* Any edit (a vote, a card captured live, an undo) may change the
 * summary: it is built again once per main-loop turn, while shown,
 * before the next frame is drawn. */
static gboolean
summary_idle_cb (gpointer data)
{
  PcWindow *self = data;

  self->summary_source = 0;
  update_stage_summary (self);
  return G_SOURCE_REMOVE;
}

static void
queue_stage_summary (PcWindow *self)
{
  if (self->summary_source == 0 && gtk_widget_get_visible (self->stage_summary))
    self->summary_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, summary_idle_cb, self, NULL);
}

/* Zoom to fit */

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PcWindow *self = PC_WINDOW (widget);

  pc_canvas_zoom_to_fit (self->canvas, PC_CANVAS_FIT_MAP, 0);
}

/* Presentation mode */

static void
fit_presentation (PcWindow *self)
{
  pc_canvas_zoom_to_fit (self->canvas, PC_CANVAS_FIT_MAP, PRESENTATION_STAGES);
}

/* Refits @canvas when its view changes size (the window went full
 * screen, or was resized). @size holds the size last fitted. */
typedef struct
{
  PcCanvas *canvas;
  int       width;
  int       height;
} FitState;

static void
view_changed_cb (GtkAdjustment *adjustment,
                 FitState      *state)
{
  int width = gtk_widget_get_width (GTK_WIDGET (state->canvas));
  int height = gtk_widget_get_height (GTK_WIDGET (state->canvas));

  if (width <= 0 || height <= 0 ||
      !pc_canvas_get_presentation (state->canvas) ||
      (width == state->width && height == state->height))
    return;
  state->width = width;
  state->height = height;
  pc_canvas_zoom_to_fit (state->canvas, PC_CANVAS_FIT_MAP, PRESENTATION_STAGES);
}

static void
fit_on_resize (PcCanvas      *canvas,
               GtkAdjustment *hadjustment,
               GtkAdjustment *vadjustment)
{
  FitState *state = g_new0 (FitState, 1);

  state->canvas = canvas;
  g_signal_connect_data (hadjustment, "changed", G_CALLBACK (view_changed_cb), state,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  g_signal_connect (vadjustment, "changed", G_CALLBACK (view_changed_cb), state);
}

static void
set_chrome_visible (PcWindow *self,
                    gboolean  visible)
{
  GtkWidget *header_bar = gtk_widget_get_ancestor (self->undo_box, ADW_TYPE_HEADER_BAR);
  GtkWidget *separator = gtk_widget_get_next_sibling (GTK_WIDGET (self->palette_scroller));

  if (header_bar != NULL)
    gtk_widget_set_visible (header_bar, visible);
  gtk_widget_set_visible (GTK_WIDGET (self->palette_scroller), visible);
  if (separator != NULL && separator != GTK_WIDGET (self->canvas_scroller))
    gtk_widget_set_visible (separator, visible);
  gtk_widget_set_visible (self->side_pane, visible && !self->inspector_hidden);
}

static void
set_presenting (PcWindow *self,
                gboolean  presenting)
{
  if (self->presenting == !!presenting || (presenting && self->map == NULL))
    return;

  self->presenting = !!presenting;
  set_chrome_visible (self, !presenting);
  /* The room sees no scroll bars; the map still scrolls. */
  gtk_scrolled_window_set_policy (self->canvas_scroller,
                                  presenting ? GTK_POLICY_EXTERNAL : GTK_POLICY_AUTOMATIC,
                                  presenting ? GTK_POLICY_EXTERNAL : GTK_POLICY_AUTOMATIC);
  pc_canvas_set_presentation (self->canvas, presenting);

  if (presenting)
    {
      self->zoom_before = pc_canvas_get_zoom (self->canvas);
      gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");
      gtk_window_fullscreen (GTK_WINDOW (self));
      fit_presentation (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presentation");
      gtk_window_unfullscreen (GTK_WINDOW (self));
      pc_canvas_set_spotlight (self->canvas, -1);
      pc_canvas_set_zoom (self->canvas, self->zoom_before);
    }
  update_stage_summary (self);
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PcWindow *self = PC_WINDOW (widget);

  set_presenting (self, !self->presenting);
}

static void
step_spotlight (PcWindow *self,
                int       delta)
{
  int spotlight = pc_canvas_get_spotlight (self->canvas);
  int n_stages;

  if (self->map == NULL)
    return;
  n_stages = g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_stages (self->map)));
  if (n_stages == 0)
    return;
  if (spotlight < 0)
    spotlight = delta > 0 ? 0 : n_stages - 1;
  else
    spotlight = CLAMP (spotlight + delta, 0, n_stages - 1);
  pc_canvas_set_spotlight (self->canvas, spotlight);
}

/* In presentation mode, Esc leaves and Page Down / Page Up, Space and
 * Backspace step through the stages, unless a text is being edited. */
static gboolean
key_pressed_cb (PcWindow              *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (!self->presenting || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;
  if (focus != NULL && GTK_IS_EDITABLE (focus))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Escape:
      set_presenting (self, FALSE);
      return GDK_EVENT_STOP;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
    case GDK_KEY_space:
      step_spotlight (self, 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
    case GDK_KEY_BackSpace:
      step_spotlight (self, -1);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

/* Audience window */

static void
audience_follow_map (PcWindow *self)
{
  PcCanvas *canvas;

  if (self->audience == NULL)
    return;
  canvas = PC_CANVAS (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (gtk_window_get_child (self->audience))));
  /* No history: the audience's canvas cannot edit. */
  pc_canvas_set_model (canvas, self->document, self->map, NULL);
  pc_canvas_set_spotlight (canvas, pc_canvas_get_spotlight (self->canvas));
}

/* The monitor the window is not on, when there are several. */
static GdkMonitor *
other_monitor (PcWindow *self)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  GListModel *monitors = gdk_display_get_monitors (display);
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GdkSurface *surface = native ? gtk_native_get_surface (native) : NULL;
  GdkMonitor *mine = surface ? gdk_display_get_monitor_at_surface (display, surface) : NULL;

  if (g_list_model_get_n_items (monitors) < 2)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (monitor != mine)
        return monitor;
    }
  return NULL;
}

static void
audience_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PcWindow *self = PC_WINDOW (widget);
  GtkWidget *canvas, *scroller;
  GdkMonitor *monitor;

  if (self->audience != NULL)
    {
      gtk_window_destroy (self->audience);
      return;
    }

  self->audience = GTK_WINDOW (gtk_window_new ());
  g_object_add_weak_pointer (G_OBJECT (self->audience), (gpointer *) &self->audience);
  gtk_window_set_title (self->audience, _("Audience View"));
  gtk_window_set_default_size (self->audience, 1280, 720);
  gtk_widget_add_css_class (GTK_WIDGET (self->audience), "presentation");
  gtk_widget_add_css_class (GTK_WIDGET (self->audience), "audience");

  canvas = GTK_WIDGET (pc_canvas_new ());
  pc_canvas_set_presentation (PC_CANVAS (canvas), TRUE);
  /* Neither the canvas nor its cards take the focus: nothing there
   * shows a focus ring or answers keys. */
  gtk_widget_set_can_focus (canvas, FALSE);
  gtk_widget_set_can_target (canvas, FALSE);
  /* The canvas scrolls, so the window keeps its size and the map fits it. */
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_EXTERNAL, GTK_POLICY_EXTERNAL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), canvas);
  gtk_window_set_child (self->audience, scroller);
  fit_on_resize (PC_CANVAS (canvas),
                 gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller)),
                 gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)));
  g_object_bind_property (self->canvas, "spotlight", canvas, "spotlight", G_BINDING_DEFAULT);
  audience_follow_map (self);

  monitor = other_monitor (self);
  if (monitor != NULL)
    gtk_window_fullscreen_on_monitor (self->audience, monitor);
  gtk_window_present (self->audience);
}

/* Dot voting */

static void
voting_changed_cb (GSimpleAction *action,
                   GVariant      *value,
                   PcWindow      *self)
{
  gboolean voting = g_variant_get_boolean (value);
  AdwToast *toast;

  g_simple_action_set_state (action, value);
  pc_canvas_set_voting (self->canvas, voting);
  toast = adw_toast_new (voting ? _("Dot voting: click a card to add a vote, right-click or "
                                    "Shift+click to take one away")
                                : _("Dot voting ended"));
  adw_toast_set_timeout (toast, voting ? 8 : 3);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

static void
clear_votes_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PcWindow *self = PC_WINDOW (widget);
  guint before;
  AdwToast *toast;

  if (self->map == NULL || self->history == NULL)
    return;

  before = pc_history_get_undo_depth (self->history);
  pc_edit_clear_votes (self->history, self->map);
  pc_history_break_merge (self->history);
  if (pc_history_get_undo_depth (self->history) == before)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("There are no votes to clear")));
      return;
    }

  toast = adw_toast_new (_("Votes cleared"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_overlay_add_toast (self->toasts, toast);
}

static void
map_changed_cb (PcWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-votes", self->map != NULL);
  audience_follow_map (self);
  update_stage_summary (self);
}

/* Entry points */

void
_pc_window_install_workshop_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.audience", NULL, audience_action);
  gtk_widget_class_install_action (widget_class, "win.clear-votes", NULL, clear_votes_action);
}

void
_pc_window_init_workshop (PcWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkWidget *editor_box = gtk_widget_get_parent (GTK_WIDGET (self->canvas_scroller));
  g_autoptr(GSimpleAction) voting = NULL;

  self->zoom_before = 1.0;

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  fit_on_resize (self->canvas,
                 gtk_scrolled_window_get_hadjustment (self->canvas_scroller),
                 gtk_scrolled_window_get_vadjustment (self->canvas_scroller));

  self->stage_summary = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_add_css_class (self->stage_summary, "stage-summary");
  /* Narrow enough, with its padding and border, for the smallest window
   * libadwaita lets a user make (360 px): a wider minimum is clipped there,
   * and GTK 4.18 warns about it. */
  gtk_widget_set_size_request (self->stage_summary, 224, -1);
  gtk_widget_set_visible (self->stage_summary, FALSE);
  gtk_box_append (GTK_BOX (editor_box), self->stage_summary);

  g_signal_connect_object (self->canvas, "notify::spotlight",
                           G_CALLBACK (update_stage_summary), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::map",
                           G_CALLBACK (map_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->history_signals, "changed",
                                 G_CALLBACK (queue_stage_summary), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-votes", FALSE);

  voting = g_simple_action_new_stateful ("voting", NULL, g_variant_new_boolean (FALSE));
  g_signal_connect_object (voting, "change-state", G_CALLBACK (voting_changed_cb), self, 0);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (voting));
  g_signal_connect_object (self, "notify::document",
                           G_CALLBACK (audience_follow_map), self, G_CONNECT_SWAPPED);
}

void
_pc_window_dispose_workshop (PcWindow *self)
{
  g_clear_handle_id (&self->summary_source, g_source_remove);
  if (self->audience != NULL)
    gtk_window_destroy (self->audience);
  g_clear_weak_pointer (&self->audience);
}
