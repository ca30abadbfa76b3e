/* pc-map-switcher.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The header bar's list of the document's maps, each with its kind's icon,
 * and what can be done to maps: add one of each kind or from a template,
 * rename, duplicate, reorder, delete, make a future state or a blueprint,
 * compare with the source. Every change goes through the history. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-edit.h"
#include "pc-map-ops.h"
#include "pc-map-switcher.h"
#include "pc-template-chooser.h"
#include "pc-templates.h"

struct _PcMapSwitcher
{
  GtkWidget    parent_instance;

  GtkWidget   *button;
  GtkWidget   *button_icon;
  GtkWidget   *button_label;
  GtkWidget   *popover;
  GtkListBox  *list;
  GtkEntry    *name_entry;

  PcDocument  *document;
  PcHistory   *history;
  PcMap       *selected;
};

G_DEFINE_FINAL_TYPE (PcMapSwitcher, pc_map_switcher, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED_MAP,
  N_PROPS
};

enum {
  COMPARE_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
accessible_name (PcMap *map)
{
  return pc_map_kind_get_accessible_name (pc_map_get_kind (map), pc_map_get_name (map));
}

static GListModel *
maps_of (PcMapSwitcher *self)
{
  return self->document ? G_LIST_MODEL (pc_document_get_maps (self->document)) : NULL;
}

/* The other half of a current / future pair, whichever is selected. */
gboolean
pc_map_switcher_get_compare_pair (PcMapSwitcher *self,
                                  PcMap        **before,
                                  PcMap        **after)
{
  GListModel *maps;

  g_return_val_if_fail (PC_IS_MAP_SWITCHER (self), FALSE);

  if (self->selected == NULL || self->document == NULL)
    return FALSE;
  if (pc_map_ops_find_source (self->document, self->selected) != NULL)
    {
      *before = pc_map_ops_find_source (self->document, self->selected);
      *after = self->selected;
      return TRUE;
    }
  maps = maps_of (self);
  for (guint i = 0; i < g_list_model_get_n_items (maps); i++)
    {
      g_autoptr(PcMap) other = g_list_model_get_item (maps, i);

      if (g_strcmp0 (pc_map_get_source_id (other), pc_entity_get_id (PC_ENTITY (self->selected))) == 0)
        {
          *before = self->selected;
          *after = other;
          return TRUE;
        }
    }
  return FALSE;
}

static void
update_actions (PcMapSwitcher *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_map = self->selected != NULL && self->history != NULL;
  PcMapKind kind = has_map ? pc_map_get_kind (self->selected) : PC_MAP_KIND_CURRENT_STATE;
  guint position = 0, n = maps_of (self) ? g_list_model_get_n_items (maps_of (self)) : 0;
  PcMap *before, *after;

  if (has_map)
    pc_list_find (maps_of (self), self->selected, &position);

  gtk_widget_action_set_enabled (widget, "switcher.new-map", self->history != NULL);
  gtk_widget_action_set_enabled (widget, "switcher.new-from-template", self->history != NULL);
  gtk_widget_action_set_enabled (widget, "switcher.rename", has_map);
  gtk_widget_action_set_enabled (widget, "switcher.duplicate", has_map);
  gtk_widget_action_set_enabled (widget, "switcher.delete", has_map);
  gtk_widget_action_set_enabled (widget, "switcher.move-up", has_map && position > 0);
  gtk_widget_action_set_enabled (widget, "switcher.move-down", has_map && position + 1 < n);
  gtk_widget_action_set_enabled (widget, "switcher.future-state",
                                 has_map && kind == PC_MAP_KIND_CURRENT_STATE);
  gtk_widget_action_set_enabled (widget, "switcher.blueprint",
                                 has_map && kind != PC_MAP_KIND_SERVICE_BLUEPRINT);
  gtk_widget_action_set_enabled (widget, "switcher.compare",
                                 has_map && pc_map_switcher_get_compare_pair (self, &before, &after));
  gtk_widget_action_set_enabled (widget, "switcher.arrange-by-time",
                                 has_map && kind == PC_MAP_KIND_DAY_IN_THE_LIFE);
}

static void
update_button (PcMapSwitcher *self)
{
  g_autofree char *accessible = NULL;
  g_autofree char *name = NULL;

  if (self->selected == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->button_label), _("No Map"));
      gtk_image_set_from_icon_name (GTK_IMAGE (self->button_icon), "view-list-symbolic");
      return;
    }
  gtk_label_set_text (GTK_LABEL (self->button_label), pc_map_get_name (self->selected));
  gtk_image_set_from_icon_name (GTK_IMAGE (self->button_icon),
                                pc_map_kind_get_icon_name (pc_map_get_kind (self->selected)));
  /* Translators: the map switcher button; %s is "Name, kind" */
  name = accessible_name (self->selected);
  accessible = g_strdup_printf (_("Map: %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), pc_map_get_name (self->selected));
}

static void
on_selected_name_changed (PcMapSwitcher *self)
{
  update_button (self);
}

static void
select_row_of (PcMapSwitcher *self)
{
  guint position;

  if (self->selected != NULL && pc_list_find (maps_of (self), self->selected, &position))
    gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, position));
  else
    gtk_list_box_unselect_all (self->list);
}

void
pc_map_switcher_set_selected_map (PcMapSwitcher *self,
                                  PcMap         *map)
{
  g_return_if_fail (PC_IS_MAP_SWITCHER (self));
  g_return_if_fail (map == NULL || PC_IS_MAP (map));

  if (self->selected == map)
    return;
  if (self->selected != NULL)
    g_signal_handlers_disconnect_by_data (self->selected, self);
  g_set_object (&self->selected, map);
  if (map != NULL)
    {
      g_signal_connect_object (map, "notify::name", G_CALLBACK (on_selected_name_changed),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (map, "notify::kind", G_CALLBACK (on_selected_name_changed),
                               self, G_CONNECT_SWAPPED);
    }
  update_button (self);
  select_row_of (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_MAP]);
}

/**
 * pc_map_switcher_get_selected_map:
 * Returns: (transfer none) (nullable): the map the user is working on
 */
PcMap *
pc_map_switcher_get_selected_map (PcMapSwitcher *self)
{
  g_return_val_if_fail (PC_IS_MAP_SWITCHER (self), NULL);

  return self->selected;
}

static void
update_row_icon (GtkImage   *icon,
                 GParamSpec *pspec,
                 PcMap      *map)
{
  gtk_image_set_from_icon_name (icon, pc_map_kind_get_icon_name (pc_map_get_kind (map)));
}

static void
update_row_label (GtkWidget  *row,
                  GParamSpec *pspec,
                  PcMap      *map)
{
  g_autofree char *accessible = accessible_name (map);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static GtkWidget *
create_row (gpointer item,
            gpointer data)
{
  PcMap *map = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  g_object_bind_property (map, "name", label, "label", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (icon, pc_map_kind_get_label (pc_map_get_kind (map)));
  update_row_icon (GTK_IMAGE (icon), NULL, map);
  update_row_label (row, NULL, map);
  g_signal_connect_object (map, "notify::kind", G_CALLBACK (update_row_icon), icon, G_CONNECT_SWAPPED);
  g_signal_connect_object (map, "notify::kind", G_CALLBACK (update_row_label), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (map, "notify::name", G_CALLBACK (update_row_label), row, G_CONNECT_SWAPPED);
  return row;
}

static void
on_row_activated (PcMapSwitcher *self,
                  GtkListBoxRow *row)
{
  g_autoptr(PcMap) map = g_list_model_get_item (maps_of (self), gtk_list_box_row_get_index (row));

  pc_map_switcher_set_selected_map (self, map);
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

/* A map that went away (deleted, or an undone creation) leaves its place
 * to its neighbour. */
static void
on_maps_changed (PcMapSwitcher *self,
                 guint          position,
                 guint          removed,
                 guint          added)
{
  GListModel *maps = maps_of (self);
  guint n = g_list_model_get_n_items (maps);

  if (self->selected == NULL || !pc_list_find (maps, self->selected, NULL))
    {
      g_autoptr(PcMap) next = n > 0 ? g_list_model_get_item (maps, MIN (position, n - 1)) : NULL;

      pc_map_switcher_set_selected_map (self, next);
    }
  else
    select_row_of (self);
  update_actions (self);
}

void
pc_map_switcher_set_model (PcMapSwitcher *self,
                           PcDocument    *document,
                           PcHistory     *history)
{
  g_autoptr(PcMap) first = NULL;

  g_return_if_fail (PC_IS_MAP_SWITCHER (self));
  g_return_if_fail (document == NULL || PC_IS_DOCUMENT (document));
  g_return_if_fail (history == NULL || PC_IS_HISTORY (history));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (pc_document_get_maps (self->document), self);
  pc_map_switcher_set_selected_map (self, NULL);
  g_set_object (&self->document, document);
  g_set_object (&self->history, history);

  gtk_list_box_bind_model (self->list, maps_of (self), document ? create_row : NULL, self, NULL);
  if (document != NULL)
    {
      g_signal_connect_object (pc_document_get_maps (document), "items-changed",
                               G_CALLBACK (on_maps_changed), self, G_CONNECT_SWAPPED);
      first = g_list_model_get_item (maps_of (self), 0);
    }
  pc_map_switcher_set_selected_map (self, first);
  update_actions (self);
}

void
pc_map_switcher_popup (PcMapSwitcher *self)
{
  g_return_if_fail (PC_IS_MAP_SWITCHER (self));

  gtk_menu_button_popup (GTK_MENU_BUTTON (self->button));
}

static void
new_map_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PcMapSwitcher *self = PC_MAP_SWITCHER (widget);
  int kind = g_variant_get_int32 (parameter);

  if (kind < PC_MAP_KIND_CURRENT_STATE || kind > PC_MAP_KIND_SERVICE_BLUEPRINT)
    return;
  pc_map_switcher_set_selected_map (self, pc_map_ops_new_map (self->history, self->document, kind, NULL));
}

static void
on_template_chosen (PcMapSwitcher *self,
                    const char    *id)
{
  g_autoptr(GError) error = NULL;
  PcMap *map = pc_templates_add_map (self->history, self->document, id, &error);

  if (map == NULL)
    g_warning ("Cannot add a map from the template %s: %s", id, error->message);
  else
    pc_map_switcher_set_selected_map (self, map);
}

static void
new_from_template_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PcMapSwitcher *self = PC_MAP_SWITCHER (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  PcTemplateChooser *chooser;

  gtk_popover_popdown (GTK_POPOVER (self->popover));
  chooser = pc_template_chooser_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("New Map"));
  g_signal_connect_object (chooser, "chosen", G_CALLBACK (on_template_chosen), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PcMapSwitcher *self = PC_MAP_SWITCHER (widget);
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));

  if (name[0] == '\0' || g_strcmp0 (name, pc_map_get_name (self->selected)) == 0)
    return;
  pc_edit_set_string (self->history, self->selected, "name", name);
  pc_history_break_merge (self->history);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PcMapSwitcher *self = PC_MAP_SWITCHER (widget);

  pc_map_switcher_set_selected_map (self, pc_map_ops_duplicate (self->history, self->document, self->selected));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PcMapSwitcher *self = PC_MAP_SWITCHER (widget);
  gboolean up = g_str_equal (action_name, "switcher.move-up");
  guint position;

  if (!pc_list_find (maps_of (self), self->selected, &position))
    return;
  if (up && position == 0)
    return;
  if (!up && position + 1 >= g_list_model_get_n_items (maps_of (self)))
    return;
  pc_edit_reorder (self->history, pc_document_get_maps (self->document), self->selected,
                   up ? position - 1 : position + 1, _("Move map"));
  select_row_of (self);
  update_actions (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PcMapSwitcher *self = PC_MAP_SWITCHER (widget);

  /* Undo brings it back; on_maps_changed() picks the neighbour. */
  pc_edit_remove_map (self->history, self->document, self->selected);
}

static void
future_state_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PcMapSwitcher *self = PC_MAP_SWITCHER (widget);

  pc_map_switcher_set_selected_map (self, pc_map_ops_create_future_state (self->history, self->document,
                                                                          self->selected));
}

static void
blueprint_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PcMapSwitcher *self = PC_MAP_SWITCHER (widget);

  pc_map_switcher_set_selected_map (self, pc_map_ops_create_blueprint (self->history, self->document,
                                                                       self->selected));
}

/* Stages in time order and each timed activity in its slot, as one step:
 * done on request rather than on every edit, so that undo stays simple. */
static void
arrange_by_time_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PcMapSwitcher *self = PC_MAP_SWITCHER (widget);

  pc_history_begin_group (self->history, _("Sort by time"));
  pc_map_ops_sort_stages_by_time (self->history, self->selected);
  pc_map_ops_place_all_by_time (self->history, self->selected);
  pc_history_end_group (self->history);
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PcMapSwitcher *self = PC_MAP_SWITCHER (widget);
  PcMap *before, *after;

  if (!pc_map_switcher_get_compare_pair (self, &before, &after))
    return;
  gtk_popover_popdown (GTK_POPOVER (self->popover));
  g_signal_emit (self, signals[COMPARE_REQUESTED], 0, before, after);
}

static void
pc_map_switcher_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PcMapSwitcher *self = PC_MAP_SWITCHER (object);

  switch (prop_id)
    {
    case PROP_SELECTED_MAP:
      g_value_set_object (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_map_switcher_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PcMapSwitcher *self = PC_MAP_SWITCHER (object);

  switch (prop_id)
    {
    case PROP_SELECTED_MAP:
      pc_map_switcher_set_selected_map (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_map_switcher_dispose (GObject *object)
{
  PcMapSwitcher *self = PC_MAP_SWITCHER (object);

  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  g_clear_pointer (&self->button, gtk_widget_unparent);
  self->list = NULL;
  g_clear_object (&self->selected);
  g_clear_object (&self->document);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (pc_map_switcher_parent_class)->dispose (object);
}

static void
pc_map_switcher_class_init (PcMapSwitcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pc_map_switcher_dispose;
  object_class->get_property = pc_map_switcher_get_property;
  object_class->set_property = pc_map_switcher_set_property;

  properties[PROP_SELECTED_MAP] =
    g_param_spec_object ("selected-map", NULL, NULL, PC_TYPE_MAP,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PcMapSwitcher::compare-requested:
   * @before: the current state
   * @after: its future state
   */
  signals[COMPARE_REQUESTED] =
    g_signal_new ("compare-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, PC_TYPE_MAP, PC_TYPE_MAP);

  gtk_widget_class_install_action (widget_class, "switcher.new-map", "i", new_map_action);
  gtk_widget_class_install_action (widget_class, "switcher.new-from-template", NULL, new_from_template_action);
  gtk_widget_class_install_action (widget_class, "switcher.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "switcher.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "switcher.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "switcher.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "switcher.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "switcher.future-state", NULL, future_state_action);
  gtk_widget_class_install_action (widget_class, "switcher.blueprint", NULL, blueprint_action);
  gtk_widget_class_install_action (widget_class, "switcher.compare", NULL, compare_action);
  gtk_widget_class_install_action (widget_class, "switcher.arrange-by-time", NULL, arrange_by_time_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "map-switcher");
}

static GtkWidget *
action_button (const char *label,
               const char *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_halign (gtk_button_get_child (GTK_BUTTON (button)), GTK_ALIGN_START);
  return button;
}

static GtkWidget *
new_map_menu_button (void)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *button;

  for (PcMapKind kind = PC_MAP_KIND_CURRENT_STATE; kind <= PC_MAP_KIND_SERVICE_BLUEPRINT; kind++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (pc_map_kind_get_label (kind), NULL);

      g_menu_item_set_action_and_target_value (item, "switcher.new-map", g_variant_new_int32 (kind));
      g_menu_append_item (menu, item);
    }
  g_menu_append (menu, _("From _Template…"), "switcher.new-from-template");

  button = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("_New Map"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (button), TRUE);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
on_name_activate (PcMapSwitcher *self)
{
  if (self->selected != NULL && self->history != NULL)
    rename_action (GTK_WIDGET (self), "switcher.rename", NULL);
}

static void
pc_map_switcher_init (PcMapSwitcher *self)
{
  GtkWidget *content, *box, *scroller, *rename_box, *rename_button;

  self->button = gtk_menu_button_new ();
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->button_icon = gtk_image_new ();
  self->button_label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->button_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (self->button_label), 28);
  gtk_box_append (GTK_BOX (box), self->button_icon);
  gtk_box_append (GTK_BOX (box), self->button_label);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("pan-down-symbolic"));
  gtk_menu_button_set_child (GTK_MENU_BUTTON (self->button), box);
  gtk_widget_set_tooltip_text (self->button, _("Maps of this document"));
  gtk_widget_set_parent (self->button, GTK_WIDGET (self));

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_SINGLE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Maps"), -1);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (on_row_activated),
                           self, G_CONNECT_SWAPPED);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));
  gtk_box_append (GTK_BOX (content), scroller);

  rename_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (rename_box, "linked");
  self->name_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->name_entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->name_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Map name"), -1);
  g_signal_connect_object (self->name_entry, "activate", G_CALLBACK (on_name_activate),
                           self, G_CONNECT_SWAPPED);
  rename_button = gtk_button_new_with_mnemonic (_("_Rename"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (rename_button), "switcher.rename");
  gtk_box_append (GTK_BOX (rename_box), GTK_WIDGET (self->name_entry));
  gtk_box_append (GTK_BOX (rename_box), rename_button);
  gtk_box_append (GTK_BOX (content), rename_box);

  gtk_box_append (GTK_BOX (content), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (content), new_map_menu_button ());
  gtk_box_append (GTK_BOX (content), action_button (_("_Duplicate"), "switcher.duplicate"));
  gtk_box_append (GTK_BOX (content), action_button (_("Move _Up"), "switcher.move-up"));
  gtk_box_append (GTK_BOX (content), action_button (_("Move Do_wn"), "switcher.move-down"));
  gtk_box_append (GTK_BOX (content), action_button (_("De_lete"), "switcher.delete"));
  gtk_box_append (GTK_BOX (content), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (content), action_button (_("Create _Future State"), "switcher.future-state"));
  gtk_box_append (GTK_BOX (content), action_button (_("Create _Blueprint"), "switcher.blueprint"));
  gtk_box_append (GTK_BOX (content), action_button (_("_Compare with Source"), "switcher.compare"));
  gtk_box_append (GTK_BOX (content), action_button (_("Sort by time"), "switcher.arrange-by-time"));

  self->popover = gtk_popover_new ();
  gtk_widget_set_size_request (content, 280, -1);
  gtk_popover_set_child (GTK_POPOVER (self->popover), content);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->button), self->popover);

  update_button (self);
  update_actions (self);
}

GtkWidget *
pc_map_switcher_new (void)
{
  return g_object_new (PC_TYPE_MAP_SWITCHER, NULL);
}
