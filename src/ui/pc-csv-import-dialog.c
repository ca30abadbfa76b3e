/* pc-csv-import-dialog.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pc-csv.h"
#include "pc-csv-import-dialog.h"
#include "pc-dialog.h"

static void
show_message (GtkWindow  *parent,
              const char *heading,
              const char *body,
              GtkWidget  *extra)
{
  PcAlert *dialog = pc_alert_new (heading, body);

  pc_alert_add_response (dialog, "close", _("_Close"));
  pc_alert_set_default_response (dialog, "close");
  pc_alert_set_close_response (dialog, "close");
  if (extra != NULL)
    pc_alert_set_extra_child (dialog, extra);
  pc_alert_present (dialog, parent ? GTK_WIDGET (parent) : NULL);
}

/* The skipped rows and other problems, one per line, selectable so they can
 * be copied back into the spreadsheet's notes. */
static GtkWidget *
make_warning_list (GPtrArray *warnings)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *label;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < warnings->len; i++)
    g_string_append_printf (text, "%s%s", i ? "\n" : "", (char *) g_ptr_array_index (warnings, i));

  label = gtk_label_new (text->str);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  /* Wrapped labels under-report their height: give the list room. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled),
                                              MIN (60 * (int) warnings->len, 200));
  return scrolled;
}

/* Tells the user what an import did: a toast, and the rows it skipped. */
static int
report (GtkWindow       *parent,
        AdwToastOverlay *toasts,
        const char      *name,
        int              n,
        GPtrArray       *warnings,
        const GError    *error)
{
  if (n < 0)
    {
      g_autofree char *heading = g_strdup_printf (_("Could not import “%s”"), name);

      show_message (parent, heading, error->message,
                    warnings->len > 0 ? make_warning_list (warnings) : NULL);
      return -1;
    }

  if (toasts != NULL)
    {
      g_autofree char *title = g_strdup_printf (ngettext ("Imported %d touchpoint",
                                                          "Imported %d touchpoints", n), n);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_overlay_add_toast (toasts, toast);
    }

  if (warnings->len > 0)
    {
      g_autofree char *body =
        g_strdup_printf (ngettext ("%d touchpoint was imported from “%s”, but some of the file could not be read:",
                                   "%d touchpoints were imported from “%s”, but some of the file could not be read:",
                                   n), n, name);

      show_message (parent, _("Some Rows Were Skipped"), body, make_warning_list (warnings));
    }

  return n;
}

/* ---- mapping the columns ---- */

#define PREVIEW_ROWS 5

typedef struct
{
  GtkWindow       *parent;
  PcDocument      *document;
  PcMap           *map;
  PcHistory       *history;
  AdwToastOverlay *toasts;
  char            *name;
  char            *data;
  gsize            length;
  PcCsvHeader     *header;
  const PcField  **mapping;   /* each column's field, NULL to skip */
  GtkWidget       *dialog;
  GtkWidget       *preview;
  GtkWidget       *problem;
  GtkWidget       *import_button;
} Mapping;

static void
mapping_free (Mapping *self)
{
  g_clear_object (&self->parent);
  g_clear_object (&self->document);
  g_clear_object (&self->map);
  g_clear_object (&self->history);
  g_clear_object (&self->toasts);
  g_free (self->name);
  g_free (self->data);
  pc_csv_header_free (self->header);
  g_free (self->mapping);
  g_free (self);
}

static const char *
field_label (const PcField *field)
{
  if (field->label != NULL)
    return _(field->label);
  if (field->kind == PC_FIELD_REF && field->ref_type () == PC_TYPE_STAGE)
    return _("Stage");
  if (field->kind == PC_FIELD_REF && field->ref_type () == PC_TYPE_LANE)
    return _("Lane");
  return field->csv;
}

static const PcField *
field_of (const char *property)
{
  guint n;
  const PcField * const *fields = pc_csv_get_fields (&n);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (fields[i]->property, property) == 0)
      return fields[i];
  return NULL;
}

/* A touchpoint's value of @field, as the preview shows it. */
static char *
value_text (PcMap          *map,
            PcTouchpoint   *tp,
            const PcField  *field)
{
  int value;

  if (field->kind == PC_FIELD_REF)
    {
      const char *id = pc_field_get_text (tp, field);

      if (field->ref_type () == PC_TYPE_STAGE && pc_map_find_stage (map, id) != NULL)
        return g_strdup (pc_stage_get_name (pc_map_find_stage (map, id)));
      if (field->ref_type () == PC_TYPE_LANE && pc_map_find_lane (map, id) != NULL)
        return g_strdup (pc_lane_get_name (pc_map_find_lane (map, id)));
      return g_strdup ("");
    }
  if (pc_field_is_text (field))
    return g_strdup (pc_field_get_text (tp, field));

  value = pc_field_get_int (tp, field);
  switch (field->kind)
    {
    case PC_FIELD_ENUM:
      if (field->enum_label != NULL)
        return g_strdup (field->enum_label (value));
      return g_strdup_printf ("%d", value);
    case PC_FIELD_BOOLEAN:
      return g_strdup (value ? _("Yes") : _("No"));
    default:
      return g_strdup_printf ("%d", value);
    }
}

static GtkWidget *
preview_label (const char *text,
               gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

/* Imports the first rows into a scratch map, with the same parsing as the
 * real import, and lays them out: stage, lane, title, sentiment, then the
 * other mapped fields. */
static void
update_preview (Mapping *self)
{
  g_autoptr(PcDocument) scratch = pc_document_new ();
  g_autoptr(PcMap) map = pc_map_new (NULL, pc_map_get_kind (self->map));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  GListModel *touchpoints;
  GtkWidget *child;
  const char *always[] = { "stage-id", "lane-id", "title", "sentiment" };
  int n;

  g_list_store_append (pc_document_get_maps (scratch), map);
  n = pc_csv_import_mapped (self->data, self->length, self->mapping, self->header->n_columns,
                            PREVIEW_ROWS, scratch, map, NULL, NULL, &error);

  while ((child = gtk_widget_get_first_child (self->preview)) != NULL)
    gtk_grid_remove (GTK_GRID (self->preview), child);

  gtk_widget_set_sensitive (self->import_button, n >= 0);
  gtk_widget_set_visible (self->problem, n < 0);
  gtk_widget_set_visible (self->preview, n >= 0);
  if (n < 0)
    {
      if (g_error_matches (error, PC_CSV_ERROR, PC_CSV_ERROR_NO_HEADER))
        gtk_label_set_text (GTK_LABEL (self->problem), _("Choose the column that holds the titles."));
      else
        gtk_label_set_text (GTK_LABEL (self->problem), error->message);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (always); i++)
    if (field_of (always[i]) != NULL)
      g_ptr_array_add (shown, (gpointer) field_of (always[i]));
  for (guint i = 0; i < self->header->n_columns; i++)
    if (self->mapping[i] != NULL && !g_ptr_array_find (shown, self->mapping[i], NULL))
      g_ptr_array_add (shown, (gpointer) self->mapping[i]);

  touchpoints = G_LIST_MODEL (pc_map_get_touchpoints (map));
  for (guint c = 0; c < shown->len; c++)
    {
      gtk_grid_attach (GTK_GRID (self->preview),
                       preview_label (field_label (shown->pdata[c]), TRUE), c, 0, 1, 1);
      for (guint r = 0; r < g_list_model_get_n_items (touchpoints); r++)
        {
          g_autoptr(PcTouchpoint) tp = g_list_model_get_item (touchpoints, r);
          g_autofree char *text = value_text (map, tp, shown->pdata[c]);

          gtk_grid_attach (GTK_GRID (self->preview), preview_label (text, FALSE), c, r + 1, 1, 1);
        }
    }
}

static void
column_changed_cb (AdwComboRow *row,
                   GParamSpec  *pspec,
                   Mapping     *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "column"));
  guint selected = adw_combo_row_get_selected (row);
  guint n;
  const PcField * const *fields = pc_csv_get_fields (&n);

  self->mapping[column] = selected > 0 && selected <= n ? fields[selected - 1] : NULL;
  update_preview (self);
}

static void
cancel_cb (Mapping *self)
{
  pc_dialog_close (self->dialog);
}

static void
import_cb (Mapping *self)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  /* The dialog holds @self: keep both while the report is shown. */
  g_autoptr(GtkWidget) dialog = g_object_ref (self->dialog);
  int n;

  n = pc_csv_import_mapped (self->data, self->length, self->mapping, self->header->n_columns, 0,
                            self->document, self->map, self->history, warnings, &error);
  pc_dialog_force_close (dialog);
  report (self->parent, self->toasts, self->name, n, warnings, error);
}

/* A few of the column's values, to recognise it by. */
static char *
sample_values (PcCsvHeader *header,
               guint        column)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = 0;

  for (guint r = 0; r < header->rows->len && n < 3; r++)
    {
      const char *value = ((char **) header->rows->pdata[r])[column];
      g_autofree char *line = g_strndup (value, strcspn (value, "\r\n"));

      if (line[0] == '\0')
        continue;
      if (g_utf8_strlen (line, -1) > 30)
        {
          char *end = g_utf8_offset_to_pointer (line, 29);

          strcpy (end, "…");
        }
      g_string_append_printf (text, "%s%s", n++ ? ", " : "", line);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
make_column_row (Mapping *self,
                 guint    column)
{
  const char *name = self->header->names[column];
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  g_autofree char *samples = sample_values (self->header, column);
  g_autofree char *accessible = NULL;
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  guint n, selected = 0;
  const PcField * const *fields = pc_csv_get_fields (&n);

  gtk_string_list_append (choices, _("Skip"));
  for (guint i = 0; i < n; i++)
    {
      gtk_string_list_append (choices, field_label (fields[i]));
      if (fields[i] == self->mapping[column])
        selected = i + 1;
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name[0] ? name : _("(no name)"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), samples);
  adw_combo_row_set_model (row, G_LIST_MODEL (choices));
  adw_combo_row_set_selected (row, selected);
  accessible = g_strdup_printf (_("Field for the column “%s”"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data (G_OBJECT (row), "column", GUINT_TO_POINTER (column));
  g_signal_connect (row, "notify::selected", G_CALLBACK (column_changed_cb), self);
  return GTK_WIDGET (row);
}

static void
show_mapping (Mapping *self)
{
  GtkWidget *dialog = pc_dialog_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bar = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *columns = adw_preferences_group_new ();
  GtkWidget *preview_group = adw_preferences_group_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *preview_scroll = gtk_scrolled_window_new ();

  self->dialog = dialog;
  g_object_set_data_full (G_OBJECT (dialog), "pc-csv-mapping", self, (GDestroyNotify) mapping_free);

  pc_dialog_set_title (dialog, _("Import Spreadsheet"));
  pc_dialog_set_size (dialog, 720, 640);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (bar), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (bar), FALSE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (bar),
                                   adw_window_title_new (_("Import Spreadsheet"), self->name));
  self->import_button = gtk_button_new_with_mnemonic (_("_Import"));
  gtk_widget_add_css_class (self->import_button, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (bar), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (bar), self->import_button);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (cancel_cb), self);
  g_signal_connect_swapped (self->import_button, "clicked", G_CALLBACK (import_cb), self);
  gtk_box_append (GTK_BOX (box), bar);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (columns), _("Columns"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (columns),
                                         _("Some columns have names Parcours does not know. Choose what each column holds, or skip it."));
  for (guint i = 0; i < self->header->n_columns; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (columns), make_column_row (self, i));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (preview_group), _("Preview"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (preview_group),
                                         _("The first rows, as they will be imported."));
  self->preview = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->preview), 6);
  gtk_grid_set_column_spacing (GTK_GRID (self->preview), 18);
  gtk_widget_set_margin_top (self->preview, 12);
  gtk_widget_set_margin_bottom (self->preview, 12);
  gtk_widget_set_margin_start (self->preview, 12);
  gtk_widget_set_margin_end (self->preview, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->preview),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Preview of the imported rows"), -1);
  self->problem = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->problem), TRUE);
  gtk_widget_add_css_class (self->problem, "error");
  gtk_widget_set_margin_top (self->problem, 12);
  gtk_widget_set_margin_bottom (self->problem, 12);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (preview_scroll),
                                  GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (preview_scroll), self->preview);
  gtk_frame_set_child (GTK_FRAME (frame), preview_scroll);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (preview_group), frame);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (preview_group), self->problem);

  gtk_widget_set_margin_top (content, 24);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_box_append (GTK_BOX (content), columns);
  gtk_box_append (GTK_BOX (content), preview_group);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);
  pc_dialog_set_content (dialog, box);

  update_preview (self);
  pc_dialog_present (dialog, self->parent);
}

int
pc_csv_import_dialog_import_file (GtkWindow       *parent,
                                  PcDocument      *document,
                                  PcMap           *map,
                                  PcHistory       *history,
                                  AdwToastOverlay *toasts,
                                  GFile           *file)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(PcCsvHeader) header = NULL;
  g_autofree char *data = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;
  int n = -1;

  g_return_val_if_fail (PC_IS_DOCUMENT (document), -1);
  g_return_val_if_fail (PC_IS_MAP (map), -1);
  g_return_val_if_fail (G_IS_FILE (file), -1);

  name = g_file_get_basename (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (info != NULL && g_file_info_get_size (info) > PC_CSV_MAX_SIZE)
    g_set_error (&error, PC_CSV_ERROR, PC_CSV_ERROR_TOO_LARGE,
                 _("The file is larger than %d MiB."), PC_CSV_MAX_SIZE / (1024 * 1024));
  else if (info != NULL)
    g_file_load_contents (file, NULL, &data, &length, NULL, &error);

  /* Columns Parcours does not know by name are the user's to map first. */
  if (error == NULL)
    header = pc_csv_read_header (data, length, PREVIEW_ROWS, NULL);
  if (header != NULL && pc_csv_header_has_unknown (header))
    {
      Mapping *self = g_new0 (Mapping, 1);

      self->parent = parent ? g_object_ref (parent) : NULL;
      self->document = g_object_ref (document);
      self->map = g_object_ref (map);
      self->history = history ? g_object_ref (history) : NULL;
      self->toasts = toasts ? g_object_ref (toasts) : NULL;
      self->name = g_steal_pointer (&name);
      self->data = g_steal_pointer (&data);
      self->length = length;
      self->mapping = g_memdup2 (header->fields, header->n_columns * sizeof (PcField *));
      self->header = g_steal_pointer (&header);
      show_mapping (self);
      return 0;
    }

  if (error == NULL)
    n = pc_csv_import (data, length, document, map, history, warnings, &error);

  return report (parent, toasts, name, n, warnings, error);
}
