/* pc-export-dialog.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-export.h"
#include "pc-export-dialog.h"
#include "pc-export-dialog-private.h"

#define SETTINGS_SCHEMA_ID APP_ID
#define PREVIEW_SIZE       1200  /* px on the longer side */
#define PREVIEW_DELAY_MS   120
#define PREVIEW_CSV_LINES  40

/* Combo row positions follow these arrays, and the formats follow the
 * exporters' own table (see offered_format()). */
static const int scales[] = { 1, 2, 4 };
static const char * const background_nicks[] = { "white", "transparent", "dark" };
static const char * const page_size_nicks[] = { "map", "a4", "a3" };
static const char separators[] = { ',', ';' };

enum {
  PROP_0,
  PROP_FORMAT,
  PROP_SCALE,
  PROP_BACKGROUND,
  PROP_PAGE_SIZE,
  PROP_MAP,
  PROP_LANE_ID,
  PROP_LEGEND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PcExportDialog, pc_export_dialog, PC_TYPE_DIALOG_BASE)

static int
index_of (const char * const *nicks,
          guint               n,
          const char         *nick)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (nicks[i], nick) == 0)
      return i;
  return -1;
}

static guint
selected (GtkWidget *row)
{
  return adw_combo_row_get_selected (ADW_COMBO_ROW (row));
}

/* The format at @position in the list: the exporters' table, less the
 * formats it gives no label. */
static const PcExportFormatInfo *
offered_format (guint position)
{
  guint n_formats;
  const PcExportFormatInfo *formats = pc_export_get_formats (&n_formats);

  for (guint i = 0; i < n_formats; i++)
    if (formats[i].label != NULL && position-- == 0)
      return &formats[i];
  return NULL;
}

static const PcExportFormatInfo *
current_format_info (PcExportDialog *self)
{
  const PcExportFormatInfo *info = offered_format (selected (self->format_row));

  return info != NULL ? info : offered_format (0);
}

static PcMap *
current_map (PcExportDialog *self)
{
  g_autoptr(PcMap) map = NULL;

  map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (self->document)),
                               selected (self->map_row));
  return map ? map : self->map;
}

static const char *
current_lane_id (PcExportDialog *self)
{
  guint i = selected (self->lane_row);

  if (i == GTK_INVALID_LIST_POSITION || i >= self->lane_ids->len)
    return NULL;
  return g_ptr_array_index (self->lane_ids, i);
}

void
_pc_export_dialog_get_options (PcExportDialog  *self,
                               PcExportOptions *options)
{
  pc_export_options_init (options);
  options->format = current_format_info (self)->format;
  options->scale = scales[MIN (selected (self->scale_row), G_N_ELEMENTS (scales) - 1)];
  options->background = MIN (selected (self->background_row), PC_EXPORT_BACKGROUND_DARK);
  options->page_size = MIN (selected (self->page_row), PC_EXPORT_PAGE_A3);
  options->separator = separators[MIN (selected (self->separator_row), G_N_ELEMENTS (separators) - 1)];
  options->lane_id = current_lane_id (self);
  options->legend = gtk_switch_get_active (GTK_SWITCH (self->legend_switch));
  options->min_evidence = self->min_evidence;
}

const char *
_pc_export_dialog_get_extension (PcExportDialog *self)
{
  return current_format_info (self)->extension;
}

void
_pc_export_dialog_set_format (PcExportDialog *self,
                              PcExportFormat  format)
{
  const PcExportFormatInfo *info;

  for (guint i = 0; (info = offered_format (i)) != NULL; i++)
    if (info->format == format)
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->format_row), i);
}

PcMap *
_pc_export_dialog_get_map (PcExportDialog *self)
{
  return current_map (self);
}

/* ---- preview ---- */

static void
show_preview_message (PcExportDialog *self,
                      const char     *message)
{
  gtk_label_set_text (GTK_LABEL (self->preview_message), message);
  gtk_stack_set_visible_child_name (GTK_STACK (self->preview_stack), "message");
}

static gboolean
update_preview (gpointer user_data)
{
  PcExportDialog *self = user_data;
  PcExportOptions options;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  self->preview_source = 0;
  _pc_export_dialog_get_options (self, &options);

  if (options.format == PC_EXPORT_CSV)
    {
      g_autoptr(GString) text = NULL;
      const char *data;
      gsize size = 0;
      guint lines = 0;

      bytes = pc_export_to_bytes (self->document, current_map (self), &options, &error);
      if (bytes == NULL)
        {
          show_preview_message (self, error->message);
          return G_SOURCE_REMOVE;
        }
      data = g_bytes_get_data (bytes, &size);
      text = g_string_new (NULL);
      for (gsize i = 0; i < size && lines < PREVIEW_CSV_LINES; i++)
        {
          if (data[i] == '\r')
            continue;
          if (data[i] == '\n')
            lines++;
          g_string_append_c (text, data[i]);
        }
      gtk_label_set_text (GTK_LABEL (self->preview_text), text->str);
      gtk_stack_set_visible_child_name (GTK_STACK (self->preview_stack), "text");
      return G_SOURCE_REMOVE;
    }

  /* The preview is the PNG exporter's own output, shrunk to fit: what is
   * shown is what every format draws. */
  options.format = PC_EXPORT_PNG;
  options.fit_size = PREVIEW_SIZE;
  bytes = pc_export_to_bytes (self->document, current_map (self), &options, &error);
  if (bytes != NULL)
    {
      g_autoptr(GdkTexture) texture = gdk_texture_new_from_bytes (bytes, &error);

      if (texture != NULL)
        {
          gtk_picture_set_paintable (GTK_PICTURE (self->preview_picture), GDK_PAINTABLE (texture));
          gtk_stack_set_visible_child_name (GTK_STACK (self->preview_stack), "picture");
          return G_SOURCE_REMOVE;
        }
    }
  show_preview_message (self, error->message);
  return G_SOURCE_REMOVE;
}

static void
queue_preview (PcExportDialog *self)
{
  g_clear_handle_id (&self->preview_source, g_source_remove);
  self->preview_source = g_timeout_add (PREVIEW_DELAY_MS, update_preview, self);
}

/* ---- rows ---- */

static void
update_rows (PcExportDialog *self)
{
  PcExportUses uses = current_format_info (self)->uses;

  gtk_widget_set_visible (self->scale_row, (uses & PC_EXPORT_USES_SCALE) != 0);
  gtk_widget_set_visible (self->background_row, (uses & PC_EXPORT_USES_BACKGROUND) != 0);
  gtk_widget_set_visible (self->page_row, (uses & PC_EXPORT_USES_PAGE_SIZE) != 0);
  gtk_widget_set_visible (self->lane_row, (uses & PC_EXPORT_USES_LANE) != 0);
  gtk_widget_set_visible (self->separator_row, (uses & PC_EXPORT_USES_SEPARATOR) != 0);
  gtk_widget_set_visible (self->legend_row, (uses & PC_EXPORT_USES_LEGEND) != 0);
}

/* "All lanes", then one entry per persona lane of the chosen map. */
static void
fill_lanes (PcExportDialog *self)
{
  GListModel *lanes = G_LIST_MODEL (pc_map_get_lanes (current_map (self)));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->lane_ids, 0);
  gtk_string_list_append (names, _("All lanes"));
  g_ptr_array_add (self->lane_ids, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (lanes); i++)
    {
      g_autoptr(PcLane) lane = g_list_model_get_item (lanes, i);

      if (pc_lane_get_kind (lane) != PC_LANE_KIND_PERSONA)
        continue;
      gtk_string_list_append (names, pc_lane_get_name (lane));
      g_ptr_array_add (self->lane_ids, g_strdup (pc_entity_get_id (PC_ENTITY (lane))));
    }

  self->filling = TRUE;
  adw_combo_row_set_model (ADW_COMBO_ROW (self->lane_row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->lane_row), 0);
  self->filling = FALSE;
  gtk_widget_set_sensitive (self->lane_row, self->lane_ids->len > 1);
}

static void
on_row_selected (PcExportDialog *self,
                 GParamSpec     *pspec,
                 GtkWidget      *row)
{
  if (self->filling)
    return;

  if (row == self->map_row)
    {
      fill_lanes (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAP]);
    }
  else if (row == self->format_row)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORMAT]);
  else if (row == self->scale_row)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
  else if (row == self->background_row)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BACKGROUND]);
  else if (row == self->page_row)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE_SIZE]);
  else if (row == self->lane_row)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANE_ID]);

  update_rows (self);
  queue_preview (self);
}

static void
on_legend_toggled (PcExportDialog *self)
{
  if (self->filling)
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGEND]);
  queue_preview (self);
}

static GtkWidget *
add_combo (PcExportDialog     *self,
           AdwPreferencesGroup *group,
           const char         *title,
           const char * const *labels)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  if (labels != NULL)
    {
      g_autoptr(GtkStringList) list = gtk_string_list_new (labels);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (list));
    }
  adw_preferences_group_add (group, row);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_row_selected), self,
                           G_CONNECT_SWAPPED);
  return row;
}

/* The last choices, when the settings schema is installed. */
static void
load_settings (PcExportDialog *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autofree char *format = NULL;
  g_autofree char *background = NULL;
  g_autofree char *page_size = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SETTINGS_SCHEMA_ID, TRUE);
  if (schema == NULL)
    return;

  self->settings = g_settings_new (SETTINGS_SCHEMA_ID);
  format = g_settings_get_string (self->settings, "export-format");
  background = g_settings_get_string (self->settings, "export-background");
  page_size = g_settings_get_string (self->settings, "export-page-size");
  g_object_set (self,
                "legend", g_settings_get_boolean (self->settings, "export-legend"),
                "format", format,
                "scale", g_settings_get_int (self->settings, "export-scale"),
                "background", background,
                "page-size", page_size,
                NULL);
}

void
_pc_export_dialog_save_settings (PcExportDialog *self)
{
  PcExportOptions options;

  if (self->settings == NULL)
    return;
  _pc_export_dialog_get_options (self, &options);
  g_settings_set_string (self->settings, "export-format", current_format_info (self)->name);
  g_settings_set_int (self->settings, "export-scale", options.scale);
  g_settings_set_string (self->settings, "export-background", background_nicks[options.background]);
  g_settings_set_string (self->settings, "export-page-size", page_size_nicks[options.page_size]);
  g_settings_set_boolean (self->settings, "export-legend", options.legend);
}

/* ---- GObject ---- */

static void
select_nick (GtkWidget          *row,
             const char * const *nicks,
             guint               n,
             const char         *nick)
{
  int i = index_of (nicks, n, nick);

  if (i >= 0)
    adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
}

static void
pc_export_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PcExportDialog *self = PC_EXPORT_DIALOG (object);
  PcExportOptions options;

  _pc_export_dialog_get_options (self, &options);
  switch (prop_id)
    {
    case PROP_FORMAT:
      g_value_set_string (value, current_format_info (self)->name);
      break;
    case PROP_SCALE:
      g_value_set_int (value, options.scale);
      break;
    case PROP_BACKGROUND:
      g_value_set_string (value, background_nicks[options.background]);
      break;
    case PROP_PAGE_SIZE:
      g_value_set_string (value, page_size_nicks[options.page_size]);
      break;
    case PROP_MAP:
      g_value_set_object (value, current_map (self));
      break;
    case PROP_LANE_ID:
      g_value_set_string (value, options.lane_id);
      break;
    case PROP_LEGEND:
      g_value_set_boolean (value, options.legend);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_export_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PcExportDialog *self = PC_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_FORMAT:
      {
        const PcExportFormatInfo *info = pc_export_format_from_name (g_value_get_string (value));

        if (info != NULL)
          _pc_export_dialog_set_format (self, info->format);
      }
      break;
    case PROP_SCALE:
      for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
        if (scales[i] == g_value_get_int (value))
          adw_combo_row_set_selected (ADW_COMBO_ROW (self->scale_row), i);
      break;
    case PROP_BACKGROUND:
      select_nick (self->background_row, background_nicks, G_N_ELEMENTS (background_nicks),
                   g_value_get_string (value));
      break;
    case PROP_PAGE_SIZE:
      select_nick (self->page_row, page_size_nicks, G_N_ELEMENTS (page_size_nicks),
                   g_value_get_string (value));
      break;
    case PROP_MAP:
      {
        guint position = 0;

        if (g_value_get_object (value) != NULL &&
            pc_list_find (G_LIST_MODEL (pc_document_get_maps (self->document)),
                          g_value_get_object (value), &position))
          adw_combo_row_set_selected (ADW_COMBO_ROW (self->map_row), position);
      }
      break;
    case PROP_LANE_ID:
      for (guint i = 0; i < self->lane_ids->len; i++)
        if (g_strcmp0 (g_ptr_array_index (self->lane_ids, i), g_value_get_string (value)) == 0)
          adw_combo_row_set_selected (ADW_COMBO_ROW (self->lane_row), i);
      break;
    case PROP_LEGEND:
      gtk_switch_set_active (GTK_SWITCH (self->legend_switch), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_export_dialog_dispose (GObject *object)
{
  PcExportDialog *self = PC_EXPORT_DIALOG (object);

  _pc_export_dialog_forget_export (self);
  g_clear_handle_id (&self->preview_source, g_source_remove);
  g_clear_object (&self->settings);
  g_clear_object (&self->document);
  g_clear_object (&self->map);
  g_clear_object (&self->toasts);
  g_clear_pointer (&self->lane_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (pc_export_dialog_parent_class)->dispose (object);
}

static void
pc_export_dialog_class_init (PcExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = pc_export_dialog_get_property;
  object_class->set_property = pc_export_dialog_set_property;
  object_class->dispose = pc_export_dialog_dispose;

  properties[PROP_FORMAT] =
    g_param_spec_string ("format", NULL, NULL, "png",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCALE] =
    g_param_spec_int ("scale", NULL, NULL, 1, 4, 2,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BACKGROUND] =
    g_param_spec_string ("background", NULL, NULL, "white",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE_SIZE] =
    g_param_spec_string ("page-size", NULL, NULL, "map",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAP] =
    g_param_spec_object ("map", NULL, NULL, PC_TYPE_MAP,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANE_ID] =
    g_param_spec_string ("lane-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEGEND] =
    g_param_spec_boolean ("legend", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  pc_dialog_init_class (widget_class);
}

static GtkWidget *
build_preview (PcExportDialog *self)
{
  GtkWidget *scrolled;

  self->preview_stack = gtk_stack_new ();
  gtk_widget_set_hexpand (self->preview_stack, TRUE);
  gtk_widget_set_vexpand (self->preview_stack, TRUE);
  gtk_widget_add_css_class (self->preview_stack, "view");

  self->preview_picture = gtk_picture_new ();
  gtk_picture_set_can_shrink (GTK_PICTURE (self->preview_picture), TRUE);
  gtk_picture_set_content_fit (GTK_PICTURE (self->preview_picture), GTK_CONTENT_FIT_CONTAIN);
  gtk_widget_set_margin_start (self->preview_picture, 18);
  gtk_widget_set_margin_end (self->preview_picture, 18);
  gtk_widget_set_margin_top (self->preview_picture, 18);
  gtk_widget_set_margin_bottom (self->preview_picture, 18);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->preview_picture),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Preview"), -1);
  gtk_stack_add_named (GTK_STACK (self->preview_stack), self->preview_picture, "picture");

  self->preview_text = gtk_label_new (NULL);
  gtk_label_set_selectable (GTK_LABEL (self->preview_text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->preview_text), 0);
  gtk_label_set_yalign (GTK_LABEL (self->preview_text), 0);
  gtk_widget_add_css_class (self->preview_text, "monospace");
  gtk_widget_set_margin_start (self->preview_text, 12);
  gtk_widget_set_margin_top (self->preview_text, 12);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->preview_text);
  gtk_stack_add_named (GTK_STACK (self->preview_stack), scrolled, "text");

  self->preview_message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->preview_message), TRUE);
  gtk_widget_add_css_class (self->preview_message, "dim-label");
  gtk_stack_add_named (GTK_STACK (self->preview_stack), self->preview_message, "message");

  return self->preview_stack;
}

static GtkWidget *
build_options (PcExportDialog *self)
{
  const char *scale_labels[] = { _("1×"), _("2×"), _("4×"), NULL };
  const char *background_labels[] = { _("White"), _("Transparent"), _("Dark"), NULL };
  const char *page_labels[] = { _("Size of the map"), _("A4 poster"), _("A3 poster"), NULL };
  const char *separator_labels[] = { _("Comma"), _("Semicolon"), NULL };
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *look = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  g_autoptr(GtkStringList) maps = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) format_labels = gtk_string_list_new (NULL);
  const PcExportFormatInfo *format;
  GListModel *doc_maps = G_LIST_MODEL (pc_document_get_maps (self->document));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), look);
  gtk_widget_set_size_request (page, 340, -1);

  self->format_row = add_combo (self, group, _("_Format"), NULL);
  for (guint i = 0; (format = offered_format (i)) != NULL; i++)
    gtk_string_list_append (format_labels, pc_export_format_info_get_label (format));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->format_row), G_LIST_MODEL (format_labels));
  self->map_row = add_combo (self, group, _("_Map"), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (doc_maps); i++)
    {
      g_autoptr(PcMap) map = g_list_model_get_item (doc_maps, i);
      const char *name = pc_map_get_name (map);

      gtk_string_list_append (maps, name && *name ? name : _("Untitled map"));
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (self->map_row), G_LIST_MODEL (maps));
  self->lane_row = add_combo (self, group, _("_Lanes"), NULL);

  self->scale_row = add_combo (self, look, _("_Scale"), scale_labels);
  self->background_row = add_combo (self, look, _("_Background"), background_labels);
  self->page_row = add_combo (self, look, _("_Page Size"), page_labels);
  self->separator_row = add_combo (self, look, _("_Separator"), separator_labels);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->separator_row),
                               _("Spreadsheets set to French use semicolons"));

  /* AdwSwitchRow needs libadwaita 1.4: a row with a switch works on all. */
  self->legend_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->legend_row), _("Title and _Legend"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->legend_row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->legend_row),
                               _("The map’s name, goal and date, and what the colours and marks mean"));
  self->legend_switch = gtk_switch_new ();
  gtk_switch_set_active (GTK_SWITCH (self->legend_switch), TRUE);
  gtk_widget_set_valign (self->legend_switch, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->legend_row), self->legend_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self->legend_row), self->legend_switch);
  adw_preferences_group_add (look, self->legend_row);
  g_signal_connect_object (self->legend_switch, "notify::active",
                           G_CALLBACK (on_legend_toggled), self, G_CONNECT_SWAPPED);

  return page;
}

static void
pc_export_dialog_init (PcExportDialog *self)
{
  self->lane_ids = g_ptr_array_new_with_free_func (g_free);
  /* Rows changing while the dialog is built are not choices. */
  self->filling = TRUE;
}

/**
 * pc_export_dialog_new:
 *
 * Returns: (transfer floating): the dialog, to show with
 *   pc_dialog_present()
 */
PcExportDialog *
pc_export_dialog_new (PcDocument      *document,
                      PcMap           *map,
                      AdwToastOverlay *toasts)
{
  PcExportDialog *self;
  GtkWidget *box, *header, *body, *cancel, *title;
  guint position = 0;

  g_return_val_if_fail (PC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PC_IS_MAP (map), NULL);
  g_return_val_if_fail (toasts == NULL || ADW_IS_TOAST_OVERLAY (toasts), NULL);

  self = g_object_new (PC_TYPE_EXPORT_DIALOG, NULL);
  pc_dialog_set_title (GTK_WIDGET (self), _("Export Map"));
  pc_dialog_set_size (GTK_WIDGET (self), 980, 620);
  self->document = g_object_ref (document);
  self->map = g_object_ref (map);
  self->toasts = toasts ? g_object_ref (toasts) : NULL;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  title = adw_window_title_new (_("Export Map"), NULL);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "dialog.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->export_button = gtk_button_new_with_mnemonic (_("_Export…"));
  gtk_widget_add_css_class (self->export_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->export_button), "export.choose-file");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->export_button);
  gtk_box_append (GTK_BOX (box), header);
  pc_dialog_set_default_widget (GTK_WIDGET (self), self->export_button);

  body = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_box_append (GTK_BOX (body), build_preview (self));
  gtk_box_append (GTK_BOX (body), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_box_append (GTK_BOX (body), build_options (self));
  gtk_box_append (GTK_BOX (box), body);
  pc_dialog_set_content (GTK_WIDGET (self), box);
  _pc_export_dialog_install_actions (self);

  if (pc_list_find (G_LIST_MODEL (pc_document_get_maps (document)), map, &position))
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->map_row), position);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->scale_row), 1);
  self->filling = FALSE;
  fill_lanes (self);
  load_settings (self);
  update_rows (self);
  queue_preview (self);

  return self;
}

void
pc_export_dialog_set_min_evidence (PcExportDialog *self,
                                   PcEvidence      min_evidence)
{
  g_return_if_fail (PC_IS_EXPORT_DIALOG (self));

  if (self->min_evidence == min_evidence)
    return;
  self->min_evidence = min_evidence;
  queue_preview (self);
}

void
pc_export_dialog_present (GtkWindow       *parent,
                          PcDocument      *document,
                          PcMap           *map,
                          PcEvidence       min_evidence,
                          AdwToastOverlay *toasts)
{
  PcExportDialog *self = pc_export_dialog_new (document, map, toasts);

  g_return_if_fail (self != NULL);
  pc_export_dialog_set_min_evidence (self, min_evidence);
  pc_dialog_present (GTK_WIDGET (self), parent);
}
