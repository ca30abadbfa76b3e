/* pc-window.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The document window: header bar, welcome page and the editor (palette,
 * canvas, inspector). Files, dialogs and the file monitor live in
 * pc-window-files.c. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-compare-view.h"
#include "pc-dialog.h"
#include "pc-edit.h"
#include "pc-export-dialog.h"
#include "pc-palette.h"
#include "pc-persona-editor.h"
#include "pc-persona.h"
#include "pc-resources.h"
#include "pc-template-chooser.h"
#include "pc-templates.h"
#include "pc-window-private.h"

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_HISTORY,
  PROP_FILE,
  PROP_MAP,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PcWindow, pc_window, ADW_TYPE_APPLICATION_WINDOW)

void
_pc_window_update_title (PcWindow *self)
{
  gboolean modified = self->history != NULL && pc_history_is_modified (self->history);
  const char *title = NULL;
  g_autofree char *marked = NULL;
  g_autofree char *subtitle = NULL;

  if (self->document != NULL)
    title = pc_document_get_title (self->document);
  if (title == NULL || title[0] == '\0')
    title = self->document != NULL ? _("Untitled Journey") : _("Parcours");

  /* The marker goes before the title, as in GNOME Text Editor. */
  marked = modified ? g_strdup_printf ("• %s", title) : g_strdup (title);
  adw_window_title_set_title (self->window_title, marked);

  if (self->file != NULL)
    subtitle = g_file_get_basename (self->file);
  else if (self->document != NULL)
    subtitle = g_strdup (_("Not saved"));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  gtk_window_set_title (GTK_WINDOW (self), marked);
}

static void
update_actions (PcWindow *self)
{
  gboolean has_doc = self->document != NULL;
  const char *label;
  g_autofree char *undo_tip = NULL;
  g_autofree char *redo_tip = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 has_doc && pc_history_can_undo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 has_doc && pc_history_can_redo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_doc);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_doc);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.personas", has_doc);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename-document", has_doc);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.toggle-inspector", has_doc);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_doc && self->map != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.maps", has_doc);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.create-future-state", has_doc);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare-maps", has_doc);
  gtk_widget_set_visible (GTK_WIDGET (self->save_button), has_doc);
  gtk_widget_set_visible (GTK_WIDGET (self->personas_button), has_doc);
  gtk_widget_set_visible (GTK_WIDGET (self->inspector_button), has_doc);
  gtk_widget_set_visible (GTK_WIDGET (self->map_switcher), has_doc);
  gtk_widget_set_visible (self->undo_box, has_doc);

  label = has_doc ? pc_history_get_undo_label (self->history) : NULL;
  undo_tip = label ? g_strdup_printf (_("Undo “%s” (Ctrl+Z)"), label) : g_strdup (_("Undo (Ctrl+Z)"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->undo_button), undo_tip);
  label = has_doc ? pc_history_get_redo_label (self->history) : NULL;
  redo_tip = label ? g_strdup_printf (_("Redo “%s” (Ctrl+Shift+Z)"), label) : g_strdup (_("Redo (Ctrl+Shift+Z)"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->redo_button), redo_tip);
}

static void
history_changed_cb (PcWindow *self)
{
  update_actions (self);
  _pc_window_update_title (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PcWindow *self = PC_WINDOW (widget);

  if (self->history != NULL)
    pc_history_undo (self->history);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PcWindow *self = PC_WINDOW (widget);

  if (self->history != NULL)
    pc_history_redo (self->history);
}

static void
personas_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PcWindow *self = PC_WINDOW (widget);

  if (self->document != NULL)
    g_set_weak_pointer (&self->persona_editor,
                        pc_persona_editor_present (GTK_WINDOW (self), self->document, self->map,
                                                   self->history, NULL));
}

static void
rename_response_cb (PcAlert    *dialog,
                    const char *response,
                    PcWindow   *self)
{
  GtkEditable *entry = GTK_EDITABLE (pc_alert_get_extra_child (dialog));
  const char *text = gtk_editable_get_text (entry);

  g_signal_handlers_disconnect_by_func (dialog, rename_response_cb, self);
  if (g_strcmp0 (response, "rename") != 0 || self->document == NULL || text[0] == '\0')
    return;
  pc_history_break_merge (self->history);
  pc_edit_set_string (self->history, self->document, "title", text);
}

static void
rename_document_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PcWindow *self = PC_WINDOW (widget);
  PcAlert *dialog;
  GtkWidget *entry;

  if (self->document == NULL)
    return;
  dialog = pc_alert_new (_("Rename Document"), _("The title shows in the window and on exports"));
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), pc_document_get_title (self->document)
                                               ? pc_document_get_title (self->document) : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Document Title"), -1);
  pc_alert_set_extra_child (dialog, entry);
  pc_alert_add_responses (dialog,
                          "cancel", _("_Cancel"),
                          "rename", _("_Rename"),
                          NULL);
  pc_alert_set_response_appearance (dialog, "rename", ADW_RESPONSE_SUGGESTED);
  pc_alert_set_default_response (dialog, "rename");
  pc_alert_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response_cb), self, 0);
  pc_alert_present (dialog, GTK_WIDGET (self));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PcWindow *self = PC_WINDOW (widget);

  if (self->document != NULL && self->map != NULL)
    pc_export_dialog_present (GTK_WINDOW (self), self->document, self->map,
                              pc_canvas_get_min_evidence (self->canvas), self->toasts);
}

static void
toggle_inspector_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PcWindow *self = PC_WINDOW (widget);
  GtkWidget *end = self->side_pane;
  gboolean visible = !gtk_widget_get_visible (end);

  self->inspector_hidden = !visible;
  gtk_widget_set_visible (end, visible);
}

static void
inspector_visible_cb (PcWindow *self)
{
  gboolean visible = gtk_widget_get_visible (self->side_pane);

  gtk_toggle_button_set_active (self->inspector_button, visible);
}

/* A new document from the template @id, here or in a new window. */
static void
open_template (PcWindow   *self,
               const char *id)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(PcDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  /* The preferred stages, or the 5A ones if that template is gone. */
  if (id != NULL)
    document = pc_templates_instantiate (id, NULL);
  if (document == NULL)
    document = pc_templates_instantiate (PC_TEMPLATE_DEFAULT, &error);
  if (document == NULL)
    {
      _pc_window_show_error (self, _("Could Not Create a Map"), error->message);
      return;
    }

  if (self->document != NULL)
    {
      PcWindow *other = pc_window_new (app);

      pc_window_set_document (other, document, NULL, FALSE);
      gtk_window_present (GTK_WINDOW (other));
      return;
    }
  pc_window_set_document (self, document, NULL, FALSE);
}

static char *
default_template (PcWindow *self)
{
  return self->settings ? g_settings_get_string (self->settings, "default-template") : NULL;
}

static void
new_map_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PcWindow *self = PC_WINDOW (widget);
  g_autofree char *id = default_template (self);

  open_template (self, id);
}

static void
template_chosen_cb (PcWindow          *self,
                    const char        *id,
                    PcTemplateChooser *chooser)
{
  open_template (self, id);
}

/* "New": the templates to choose from, the preferred one selected. */
static void
new_from_template_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PcWindow *self = PC_WINDOW (widget);
  g_autofree char *id = default_template (self);
  PcTemplateChooser *chooser = pc_template_chooser_new (GTK_WINDOW (self), _("New Document"));

  if (id != NULL)
    pc_template_chooser_select (chooser, id);
  g_signal_connect_object (chooser, "chosen", G_CALLBACK (template_chosen_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (chooser));
}

/* Keyboard ways to the map switcher and its commands. */
static void
map_switcher_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PcWindow *self = PC_WINDOW (widget);

  if (g_str_equal (action_name, "win.maps"))
    pc_map_switcher_popup (self->map_switcher);
  else if (g_str_equal (action_name, "win.create-future-state"))
    gtk_widget_activate_action (GTK_WIDGET (self->map_switcher), "switcher.future-state", NULL);
  else
    gtk_widget_activate_action (GTK_WIDGET (self->map_switcher), "switcher.compare", NULL);
}

static void
canvas_edit_persona_cb (PcWindow  *self,
                        PcPersona *persona)
{
  g_set_weak_pointer (&self->persona_editor,
                      pc_persona_editor_present (GTK_WINDOW (self), self->document, self->map,
                                                 self->history, persona));
}

/* Whether the side panel slides over the canvas when shown (a narrow
 * window), rather than sitting beside it. */
gboolean
_pc_window_is_narrow (PcWindow *self)
{
#if ADW_CHECK_VERSION (1, 4, 0)
  return adw_overlay_split_view_get_collapsed (ADW_OVERLAY_SPLIT_VIEW (self->split));
#else
  return FALSE;
#endif
}

static void
canvas_activate_touchpoint_cb (PcWindow     *self,
                               PcTouchpoint *touchpoint)
{
  /* The canvas renames the card in place; the details come into view
   * beside it, but not over it. */
  if (_pc_window_is_narrow (self))
    return;
  self->inspector_hidden = FALSE;
  gtk_stack_set_visible_child_name (self->side_stack, "details");
  gtk_widget_set_visible (self->side_pane, !self->presenting);
}

static void
canvas_selected_cb (PcWindow *self)
{
  PcTouchpoint *selected = pc_canvas_get_selected (self->canvas);
  PcNote *note = pc_canvas_get_selected_note (self->canvas);

  /* A card, or a note of an insight row. */
  if (note != NULL)
    pc_inspector_set_note (self->inspector, note);
  else
    {
      pc_inspector_set_note (self->inspector, NULL);
      pc_inspector_set_touchpoint (self->inspector, selected);
    }
  /* The details come with a selection, unless the user put them away or
   * they would cover the map. */
  if ((selected != NULL || note != NULL) && !self->inspector_hidden && !self->presenting &&
      !_pc_window_is_narrow (self))
    {
      gtk_stack_set_visible_child_name (self->side_stack, "details");
      gtk_widget_set_visible (self->side_pane, TRUE);
    }
}

#if ADW_CHECK_VERSION (1, 4, 0)
/* A window that narrows puts the panel away rather than cover the map
 * with it; one that widens again brings back the details of the
 * selection. */
static void
split_collapsed_cb (PcWindow *self)
{
  if (_pc_window_is_narrow (self))
    gtk_widget_set_visible (self->side_pane, FALSE);
  else
    canvas_selected_cb (self);
}

/* libadwaita 1.4 to 1.7 slide the panel in over a distance of its
 * width, which is 0 until the split view's first allocation: 0/0 then
 * makes every value of the animation NaN, and the map is given a width
 * near G_MININT. A panel shown before that comes in the next frame. */
static gboolean
show_sidebar_when_allocated (GtkWidget     *split,
                             GdkFrameClock *clock,
                             gpointer       data)
{
  PcWindow *self = data;

  if (gtk_widget_get_width (split) == 0)
    return G_SOURCE_CONTINUE;
  self->show_sidebar_tick = 0;
  adw_overlay_split_view_set_show_sidebar (ADW_OVERLAY_SPLIT_VIEW (split),
                                           gtk_widget_get_visible (self->side_pane));
  return G_SOURCE_REMOVE;
}

static void
side_pane_visible_cb (PcWindow *self)
{
  gboolean visible = gtk_widget_get_visible (self->side_pane);

  if (self->show_sidebar_tick != 0)
    return;
  if (visible && gtk_widget_get_mapped (self->split) && gtk_widget_get_width (self->split) == 0)
    {
      self->show_sidebar_tick = gtk_widget_add_tick_callback (self->split, show_sidebar_when_allocated,
                                                              self, NULL);
      return;
    }
  adw_overlay_split_view_set_show_sidebar (ADW_OVERLAY_SPLIT_VIEW (self->split), visible);
}

/* The split view hides the panel itself too (Esc, a click beside it). */
static void
show_sidebar_cb (PcWindow *self)
{
  gboolean shown = adw_overlay_split_view_get_show_sidebar (ADW_OVERLAY_SPLIT_VIEW (self->split));

  if (self->show_sidebar_tick == 0 && gtk_widget_get_visible (self->side_pane) != shown)
    gtk_widget_set_visible (self->side_pane, shown);
}
#endif

/* The editor and the side panel go side by side in the template's paned,
 * or with libadwaita 1.4+ in an overlay split view that a breakpoint
 * collapses below 900 sp wide, together with the palette. */
static void
init_split (PcWindow *self)
{
#if ADW_CHECK_VERSION (1, 4, 0)
  AdwOverlaySplitView *split = ADW_OVERLAY_SPLIT_VIEW (adw_overlay_split_view_new ());
  GtkWidget *editor = g_object_ref (self->editor_box);
  GtkWidget *side = g_object_ref (self->side_pane);
  AdwBreakpoint *breakpoint;

  gtk_paned_set_start_child (GTK_PANED (self->paned), NULL);
  gtk_paned_set_end_child (GTK_PANED (self->paned), NULL);
  adw_overlay_split_view_set_sidebar_position (split, GTK_PACK_END);
  adw_overlay_split_view_set_min_sidebar_width (split, 360);
  adw_overlay_split_view_set_max_sidebar_width (split, 400);
  adw_overlay_split_view_set_content (split, editor);
  adw_overlay_split_view_set_sidebar (split, side);
  g_object_unref (editor);
  g_object_unref (side);
  /* The panel shows while side_pane is visible, as in the paned. */
  adw_overlay_split_view_set_show_sidebar (split, gtk_widget_get_visible (side));
  g_signal_connect_object (side, "notify::visible",
                           G_CALLBACK (side_pane_visible_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (split, "notify::show-sidebar",
                           G_CALLBACK (show_sidebar_cb), self, G_CONNECT_SWAPPED);
  self->split = GTK_WIDGET (split);
  self->paned = NULL;
  adw_bin_set_child (self->editor_page, self->split);
  g_signal_connect_object (split, "notify::collapsed",
                           G_CALLBACK (split_collapsed_cb), self, G_CONNECT_SWAPPED);

  breakpoint = adw_breakpoint_new (adw_breakpoint_condition_parse ("max-width: 900sp"));
  adw_breakpoint_add_setters (breakpoint,
                              G_OBJECT (split), "collapsed", TRUE,
                              G_OBJECT (self->palette), "compact", TRUE,
                              NULL);
  adw_application_window_add_breakpoint (ADW_APPLICATION_WINDOW (self), breakpoint);
  /* Breakpoints need the smallest size the window may take. */
  gtk_widget_set_size_request (GTK_WIDGET (self), 600, 400);
#else
  self->split = self->paned;
#endif
}

static void
switcher_selected_cb (PcWindow *self)
{
  PcMap *map = pc_map_switcher_get_selected_map (self->map_switcher);

  if (map != self->map)
    pc_window_set_map (self, map);
}

/* Today's map beside its future state, in a window of its own so the
 * editor stays as it was. */
static void
compare_requested_cb (PcWindow *self,
                      PcMap    *before,
                      PcMap    *after)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view = pc_compare_view_new ();
  g_autofree char *title = g_strdup_printf (_("%s → %s"), pc_map_get_name (before),
                                            pc_map_get_name (after));

  gtk_window_set_title (GTK_WINDOW (window), _("Compare Maps"));
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 720);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("Compare Maps"), title));
  gtk_box_append (GTK_BOX (box), header);
  pc_compare_view_set_maps (PC_COMPARE_VIEW (view), self->document, self->history, before, after);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (box), scroller);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}

static void
save_window_state (PcWindow *self)
{
  GSettings *settings = self->settings;
  int width, height;

  if (settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
}

static gboolean
pc_window_close_request (GtkWindow *window)
{
  save_window_state (PC_WINDOW (window));

  if (_pc_window_close_request (window))
    return TRUE;

  return GTK_WINDOW_CLASS (pc_window_parent_class)->close_request (window);
}

static void
restore_window_state (PcWindow *self)
{
  GSettings *settings = self->settings;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

/* Components that follow the map: the canvas, the inspector and the
 * summary, and the switcher's choice. */
static void
map_changed_cb (PcWindow *self)
{
  pc_inspector_set_model (self->inspector, self->history, self->map);
  pc_summary_panel_set_model (self->summary, self->history, self->map);
  if (self->map != NULL && pc_map_switcher_get_selected_map (self->map_switcher) != self->map)
    pc_map_switcher_set_selected_map (self->map_switcher, self->map);
  pc_canvas_set_model (self->canvas, self->document, self->map, self->history);
  _pc_window_view_set_map (self, self->map);
  update_actions (self);
}

/* A new history comes with each document shown (pc_window_set_document()
 * sets every field before it notifies any). */
static void
history_replaced_cb (PcWindow *self)
{
  /* The persona editor edits the document being replaced. */
  if (self->persona_editor != NULL)
    pc_dialog_force_close (GTK_WIDGET (self->persona_editor));

  /* The switcher picks the first map, which the window then shows. */
  pc_map_switcher_set_model (self->map_switcher, self->document, self->history);
  if (self->map == NULL)
    map_changed_cb (self);
  update_actions (self);
  _pc_window_update_title (self);
}

static void
document_replaced_cb (PcWindow *self)
{
  update_actions (self);
  _pc_window_update_title (self);
}

static void
autosave_failed_cb (PcWindow     *self,
                    const GError *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);
  g_autofree char *text = g_strdup_printf (_("Could not keep a recovery copy: %s"), escaped);

  /* toast titles are markup */
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (text));
}

/* Losing the focus writes the recovery copy at once: that is when a
 * laptop gets closed or another program takes over. */
static void
is_active_cb (PcWindow *self)
{
  if (self->autosave != NULL && !gtk_window_is_active (GTK_WINDOW (self)))
    pc_autosave_write_now (self->autosave);
}

static void
pc_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PcWindow *self = PC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_MAP:
      g_value_set_object (value, self->map);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PcWindow *self = PC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_MAP:
      pc_window_set_map (self, g_value_get_object (value));
      break;
    case PROP_SETTINGS:
      pc_window_set_settings (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_window_dispose (GObject *object)
{
  PcWindow *self = PC_WINDOW (object);

  /* A window that closes was saved or its changes were given up on
   * purpose: its recovery copy goes. */
  if (self->autosave != NULL)
    {
      g_signal_handlers_disconnect_by_data (self, self->autosave);
      pc_autosave_discard (self->autosave);
      g_clear_object (&self->autosave);
    }
  g_clear_weak_pointer (&self->persona_editor);
  if (self->history_signals != NULL)
    g_signal_group_set_target (self->history_signals, NULL);
  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  g_clear_object (&self->history_signals);
  g_clear_object (&self->document_signals);
  _pc_window_dispose_files (self);
  _pc_window_dispose_workshop (self);
  _pc_window_dispose_view (self);
  g_clear_object (&self->map);
  g_clear_object (&self->document);
  g_clear_object (&self->history);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pc_window_parent_class)->dispose (object);
}

static void
pc_window_class_init (PcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->get_property = pc_window_get_property;
  object_class->set_property = pc_window_set_property;
  object_class->dispose = pc_window_dispose;
  window_class->close_request = pc_window_close_request;

  /**
   * PcWindow:document: (getter get_document)
   *
   * The document shown, or %NULL on the welcome page. It changes through
   * pc_window_set_document(), together with #PcWindow:history and
   * #PcWindow:file; every one of them is set before any is notified.
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, PC_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PcWindow:history: (getter get_history)
   *
   * The undo history of the document: a new one with each document shown.
   */
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, PC_TYPE_HISTORY,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PcWindow:file: (getter get_file)
   *
   * Where the document lives, or %NULL if it was never saved.
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PcWindow:map: (getter get_map) (setter set_map)
   *
   * The map of the document shown on the canvas.
   */
  properties[PROP_MAP] =
    g_param_spec_object ("map", NULL, NULL, PC_TYPE_MAP,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PcWindow:settings: (getter get_settings) (setter set_settings)
   *
   * The application's settings (size, default template, autosave
   * interval), or %NULL to use the defaults and remember nothing.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PcWindow::saved:
   *
   * Emitted after the document was written to its file.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 0);

  /* Referencing the resource keeps it (and its registering constructor)
   * linked in from the static library. */
  (void) pc_get_resource ();
  g_type_ensure (PC_TYPE_MAP_SWITCHER);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PcWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, hidden_rows_section);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, add_row_menu);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, undo_box);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, personas_button);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, inspector_button);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, editor_page);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, editor_box);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, palette_scroller);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, canvas_scroller);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, inspector_scroller);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, summary_scroller);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, side_pane);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, map_switcher);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, recent_group);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, PcWindow, loading_progress);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.new-map", NULL, new_map_action);
  gtk_widget_class_install_action (widget_class, "win.new-from-template", NULL, new_from_template_action);
  gtk_widget_class_install_action (widget_class, "win.maps", NULL, map_switcher_action);
  gtk_widget_class_install_action (widget_class, "win.create-future-state", NULL, map_switcher_action);
  gtk_widget_class_install_action (widget_class, "win.compare-maps", NULL, map_switcher_action);
  gtk_widget_class_install_action (widget_class, "win.personas", NULL, personas_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-inspector", NULL, toggle_inspector_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.rename-document", NULL, rename_document_action);
  _pc_window_install_file_actions (widget_class);
  _pc_window_install_import_actions (widget_class);
  _pc_window_install_workshop_actions (widget_class);
}

static void
pc_window_init (PcWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->canvas = pc_canvas_new ();
  pc_canvas_set_add_row_menu (self->canvas, G_MENU_MODEL (self->add_row_menu));
  gtk_scrolled_window_set_child (self->canvas_scroller, GTK_WIDGET (self->canvas));
  g_signal_connect_object (self->canvas, "notify::selected",
                           G_CALLBACK (canvas_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "notify::selected-note",
                           G_CALLBACK (canvas_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "edit-persona",
                           G_CALLBACK (canvas_edit_persona_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "activate-touchpoint",
                           G_CALLBACK (canvas_activate_touchpoint_cb), self, G_CONNECT_SWAPPED);
  self->palette = PC_PALETTE (pc_palette_new ());
  pc_palette_set_canvas (self->palette, self->canvas);
  gtk_scrolled_window_set_child (self->palette_scroller, GTK_WIDGET (self->palette));
  init_split (self);

  self->summary = PC_SUMMARY_PANEL (pc_summary_panel_new ());
  gtk_scrolled_window_set_child (self->summary_scroller, GTK_WIDGET (self->summary));
  g_signal_connect_object (self->map_switcher, "notify::selected-map",
                           G_CALLBACK (switcher_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->map_switcher, "compare-requested",
                           G_CALLBACK (compare_requested_cb), self, G_CONNECT_SWAPPED);

  self->inspector = pc_inspector_new ();
  gtk_scrolled_window_set_child (self->inspector_scroller, GTK_WIDGET (self->inspector));
  g_signal_connect_object (self->side_pane, "notify::visible",
                           G_CALLBACK (inspector_visible_cb), self, G_CONNECT_SWAPPED);
  inspector_visible_cb (self);

  /* The title and the undo buttons follow the document and its history. */
  self->document_signals = g_signal_group_new (PC_TYPE_DOCUMENT);
  g_signal_group_connect_object (self->document_signals, "notify::title",
                                 G_CALLBACK (_pc_window_update_title), self, G_CONNECT_SWAPPED);
  g_object_bind_property (self, "document", self->document_signals, "target", G_BINDING_DEFAULT);
  self->history_signals = g_signal_group_new (PC_TYPE_HISTORY);
  g_signal_group_connect_object (self->history_signals, "changed",
                                 G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);
  g_object_bind_property (self, "history", self->history_signals, "target", G_BINDING_DEFAULT);
  g_signal_connect (self, "notify::document", G_CALLBACK (document_replaced_cb), NULL);
  g_signal_connect (self, "notify::history", G_CALLBACK (history_replaced_cb), NULL);
  g_signal_connect (self, "notify::map", G_CALLBACK (map_changed_cb), NULL);

  /* The recovery copy follows the document, its history and its file. */
  self->autosave = pc_autosave_new ();
  g_object_bind_property (self, "document", self->autosave, "document", G_BINDING_DEFAULT);
  g_object_bind_property (self, "history", self->autosave, "history", G_BINDING_DEFAULT);
  g_object_bind_property (self, "file", self->autosave, "file", G_BINDING_DEFAULT);
  g_signal_connect_object (self->autosave, "write-failed",
                           G_CALLBACK (autosave_failed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "saved", G_CALLBACK (pc_autosave_saved),
                           self->autosave, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (is_active_cb), NULL);

  _pc_window_init_files (self);
  _pc_window_init_workshop (self);
  _pc_window_init_view (self);
  _pc_window_fill_recent (self);
  update_actions (self);
  _pc_window_update_title (self);
}

/**
 * pc_window_new:
 * @application: (nullable): the application, which gives the window its
 *   settings (see #PcWindow:settings)
 */
PcWindow *
pc_window_new (GtkApplication *application)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (PC_TYPE_WINDOW, "application", application, NULL);
}

/**
 * pc_window_set_document:
 * @file: (nullable): where the document lives, or %NULL for a new one
 * @modified: whether it differs from @file (a recovered document does)
 *
 * Shows @document in the window with a fresh undo history. The map, the
 * document, the file and the history are all set before any of them is
 * notified, so whatever follows one of them finds the others current.
 */
void
pc_window_set_document (PcWindow   *self,
                        PcDocument *document,
                        GFile      *file,
                        gboolean    modified)
{
  g_autoptr(PcHistory) history = NULL;
  g_autoptr(PcMap) first = NULL;
  gboolean map_changed, document_changed, file_changed;
  GListModel *maps;

  g_return_if_fail (PC_IS_WINDOW (self));
  g_return_if_fail (PC_IS_DOCUMENT (document));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  history = pc_history_new ();
  /* A recovered document differs from its file until it is saved. */
  if (modified)
    pc_history_mark_unsaved (history);

  map_changed = self->map != NULL;
  g_clear_object (&self->map);
  document_changed = g_set_object (&self->document, document);
  file_changed = g_set_object (&self->file, file);
  g_set_object (&self->history, history);

  if (map_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAP]);
  if (document_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  if (file_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);

  /* The switcher has picked the first map already; either way it is set
   * once. */
  maps = G_LIST_MODEL (pc_document_get_maps (document));
  if (g_list_model_get_n_items (maps) > 0)
    first = g_list_model_get_item (maps, 0);
  pc_window_set_map (self, first);

  gtk_stack_set_visible_child_name (self->stack, "editor");
}

void
pc_window_open_file (PcWindow *self,
                     GFile    *file)
{
  g_return_if_fail (PC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  _pc_window_load_into (self, file);
}

/**
 * pc_window_get_document:
 *
 * Returns: (transfer none) (nullable): the open document
 */
PcDocument *
pc_window_get_document (PcWindow *self)
{
  g_return_val_if_fail (PC_IS_WINDOW (self), NULL);

  return self->document;
}

/**
 * pc_window_get_history:
 *
 * Returns: (transfer none) (nullable): the undo history of the document
 */
PcHistory *
pc_window_get_history (PcWindow *self)
{
  g_return_val_if_fail (PC_IS_WINDOW (self), NULL);

  return self->history;
}

/**
 * pc_window_get_file:
 *
 * Returns: (transfer none) (nullable): the file of the document
 */
GFile *
pc_window_get_file (PcWindow *self)
{
  g_return_val_if_fail (PC_IS_WINDOW (self), NULL);

  return self->file;
}

/**
 * pc_window_get_map:
 *
 * Returns: (transfer none) (nullable): the map shown on the canvas
 */
PcMap *
pc_window_get_map (PcWindow *self)
{
  g_return_val_if_fail (PC_IS_WINDOW (self), NULL);

  return self->map;
}

void
pc_window_set_map (PcWindow *self,
                   PcMap    *map)
{
  g_return_if_fail (PC_IS_WINDOW (self));
  g_return_if_fail (map == NULL || PC_IS_MAP (map));

  if (g_set_object (&self->map, map))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAP]);
}

/* Only saving gives a document another file. */
void
_pc_window_set_file (PcWindow *self,
                     GFile    *file)
{
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/**
 * pc_window_get_settings:
 *
 * Returns: (transfer none) (nullable): the settings the window follows
 */
GSettings *
pc_window_get_settings (PcWindow *self)
{
  g_return_val_if_fail (PC_IS_WINDOW (self), NULL);

  return self->settings;
}

/**
 * pc_window_set_settings:
 * @settings: (nullable): the application's settings
 *
 * Gives the window its remembered size and the autosave interval, and
 * where to remember its size when it closes.
 */
void
pc_window_set_settings (PcWindow  *self,
                        GSettings *settings)
{
  g_return_if_fail (PC_IS_WINDOW (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (self->settings == settings)
    return;
  if (self->settings != NULL)
    g_settings_unbind (self->autosave, "interval");
  g_set_object (&self->settings, settings);
  if (settings != NULL)
    {
      g_settings_bind (settings, "autosave-interval", self->autosave, "interval",
                       G_SETTINGS_BIND_GET);
      restore_window_state (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SETTINGS]);
}

/**
 * pc_window_get_autosave:
 *
 * Returns: (transfer none): what keeps the recovery copy of the document
 */
PcAutosave *
pc_window_get_autosave (PcWindow *self)
{
  g_return_val_if_fail (PC_IS_WINDOW (self), NULL);

  return self->autosave;
}

/**
 * pc_window_get_toasts:
 *
 * Returns: (transfer none): the overlay for the window's toasts
 */
AdwToastOverlay *
pc_window_get_toasts (PcWindow *self)
{
  g_return_val_if_fail (PC_IS_WINDOW (self), NULL);

  return self->toasts;
}

void
_pc_window_emit_saved (PcWindow *self)
{
  g_signal_emit (self, signals[SAVED], 0);
}
