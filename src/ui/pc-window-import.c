/* pc-window-import.c: importing files, and files dropped on the window
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pc-csv-import-dialog.h"
#include "pc-edit.h"
#include "pc-file-chooser.h"
#include "pc-mermaid.h"
#include "pc-window-private.h"

/* The largest file read for an import (the importers have their own,
 * lower limits and say so). */
#define MAX_IMPORT_SIZE (64 * 1024 * 1024)

static char *
display_name (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);

  return g_filename_display_name (base);
}

static char *
name_without_extension (GFile *file)
{
  char *name = display_name (file);
  char *dot = strrchr (name, '.');

  if (dot != NULL && dot != name)
    *dot = '\0';
  return name;
}

PcImportKind
pc_window_import_kind (GFile *file)
{
  g_autofree char *base = NULL;
  g_autofree char *lower = NULL;
  PcMermaidSource source;

  g_return_val_if_fail (G_IS_FILE (file), PC_IMPORT_NONE);

  base = g_file_get_basename (file);
  if (base == NULL)
    return PC_IMPORT_NONE;
  lower = g_ascii_strdown (base, -1);
  if (g_str_has_suffix (lower, ".parcours"))
    return PC_IMPORT_DOCUMENT;
  if (g_str_has_suffix (lower, ".csv"))
    return PC_IMPORT_CSV;
  if (pc_mermaid_source_from_path (base, &source))
    return source == PC_MERMAID_SOURCE_MARKDOWN ? PC_IMPORT_MARKDOWN : PC_IMPORT_MERMAID;
  return PC_IMPORT_NONE;
}

/* Imports need a document: a new one, named after the file, when the
 * window shows none. */
static void
ensure_document (PcWindow  *self,
                 GFile     *file,
                 gboolean   with_map)
{
  g_autoptr(PcDocument) document = NULL;
  g_autofree char *name = NULL;

  if (self->document != NULL && (!with_map || self->map != NULL))
    return;

  name = name_without_extension (file);
  if (self->document != NULL)
    {
      GListStore *maps = pc_document_get_maps (self->document);
      g_autoptr(PcMap) map = pc_map_new (NULL, PC_MAP_KIND_CURRENT_STATE);

      pc_map_set_name (map, name);
      pc_edit_insert (self->history, maps, g_list_model_get_n_items (G_LIST_MODEL (maps)), map, NULL);
      pc_window_set_map (self, map);
      return;
    }

  document = pc_document_new ();
  pc_document_set_title (document, name);
  if (with_map)
    {
      g_autoptr(PcMap) map = pc_map_new (NULL, PC_MAP_KIND_CURRENT_STATE);

      pc_map_set_name (map, name);
      g_list_store_append (pc_document_get_maps (document), map);
    }
  pc_window_set_document (self, document, NULL, FALSE);
}

static void
import_journeys (PcWindow        *self,
                 GFile           *file,
                 PcMermaidSource  source)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *shown = display_name (file);
  g_autofree char *name = name_without_extension (file);
  g_autoptr(PcMap) first = NULL;
  gsize length = 0;
  guint before;
  int n = -1;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, &error);
  if (info != NULL && g_file_info_get_size (info) > MAX_IMPORT_SIZE)
    g_set_error (&error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_TOO_LARGE,
                 _("The file is larger than %d MiB."), MAX_IMPORT_SIZE / (1024 * 1024));
  else if (info != NULL)
    g_file_load_contents (file, NULL, &data, &length, NULL, &error);

  if (error == NULL)
    {
      ensure_document (self, file, FALSE);
      before = g_list_model_get_n_items (G_LIST_MODEL (pc_document_get_maps (self->document)));
      n = pc_mermaid_import (data, length, source, name, self->document, self->history,
                             warnings, &error);
    }
  if (n < 0)
    {
      g_autofree char *heading = g_strdup_printf (_("Could not import “%s”"), shown);

      _pc_window_show_error (self, heading, error->message);
      return;
    }

  first = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (self->document)), before);
  pc_window_set_map (self, first);
  {
    g_autofree char *title = g_strdup_printf (ngettext ("Imported %d journey",
                                                        "Imported %d journeys", n), n);

    adw_toast_overlay_add_toast (self->toasts, adw_toast_new (title));
  }
  if (warnings->len > 0)
    {
      g_ptr_array_add (warnings, NULL);
      {
        g_autofree char *body = g_strjoinv ("\n", (char **) warnings->pdata);

        _pc_window_show_error (self, _("Some Lines Were Not Read As Written"), body);
      }
    }
}

/**
 * pc_window_import_file:
 * @file: a spreadsheet (.csv), a Mermaid journey (.mmd) or a Markdown
 *   file (.md), or a document (.parcours)
 *
 * Imports @file by its kind: a spreadsheet's rows into the current map,
 * journeys as new maps of the document (one undo step each), a document by
 * opening it in the window. Problems are shown in the window.
 *
 * Returns: FALSE when Parcours cannot read files of that kind
 */
gboolean
pc_window_import_file (PcWindow *self,
                       GFile    *file)
{
  g_return_val_if_fail (PC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  switch (pc_window_import_kind (file))
    {
    case PC_IMPORT_DOCUMENT:
      pc_window_open_file (self, file);
      return TRUE;
    case PC_IMPORT_CSV:
      ensure_document (self, file, TRUE);
      pc_csv_import_dialog_import_file (GTK_WINDOW (self), self->document, self->map,
                                        self->history, self->toasts, file);
      return TRUE;
    case PC_IMPORT_MERMAID:
      import_journeys (self, file, PC_MERMAID_SOURCE_MERMAID);
      return TRUE;
    case PC_IMPORT_MARKDOWN:
      import_journeys (self, file, PC_MERMAID_SOURCE_MARKDOWN);
      return TRUE;
    case PC_IMPORT_NONE:
    default:
      return FALSE;
    }
}

/* ---- drag and drop ---- */

/* Files dropped on the window (a GdkFileList or one GFile): a document
 * replaces what the window shows, so the first one is opened; the other
 * files are imported into it, or into what the window shows when no
 * document was dropped. */
gboolean
_pc_window_drop (PcWindow     *self,
                 const GValue *value)
{
  GSList *files = NULL;
  GFile *document = NULL;
  gboolean handled = FALSE;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    files = gdk_file_list_get_files (g_value_get_boxed (value));
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE) && g_value_get_object (value) != NULL)
    files = g_slist_prepend (NULL, g_value_get_object (value));

  for (GSList *l = files; l != NULL && document == NULL; l = l->next)
    if (pc_window_import_kind (l->data) == PC_IMPORT_DOCUMENT)
      document = l->data;
  if (document != NULL)
    {
      pc_window_open_file (self, document);
      handled = TRUE;
    }

  for (GSList *l = files; l != NULL; l = l->next)
    {
      PcImportKind kind = pc_window_import_kind (l->data);
      g_autofree char *name = NULL;
      g_autofree char *title = NULL;

      if (kind == PC_IMPORT_DOCUMENT)
        continue;
      if (kind != PC_IMPORT_NONE && document == NULL)
        {
          handled |= pc_window_import_file (self, l->data);
          continue;
        }

      name = display_name (l->data);
      if (kind == PC_IMPORT_NONE)
        title = g_strdup_printf (_("Parcours cannot read “%s”"), name);
      else
        title = g_strdup_printf (_("“%s” was not imported: drop it on the document once it is open"),
                                 name);
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (title));
    }

  g_slist_free (files);
  return handled;
}

/* ---- Import… ---- */

static GtkFileFilter *
make_filter (const char  *name,
             const char **suffixes)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; suffixes[i] != NULL; i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);
  return filter;
}

static void
import_chosen_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(PcWindow) self = user_data;
  g_autoptr(GFile) file = pc_file_chooser_open_finish (PC_FILE_CHOOSER (source), result, NULL);

  if (file != NULL && !pc_window_import_file (self, file))
    {
      g_autofree char *name = display_name (file);
      g_autofree char *title = g_strdup_printf (_("Parcours cannot read “%s”"), name);

      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (title));
    }
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  const char *all[] = { "csv", "mmd", "mermaid", "md", "markdown", NULL };
  const char *csv[] = { "csv", NULL };
  const char *mermaid[] = { "mmd", "mermaid", NULL };
  const char *markdown[] = { "md", "markdown", NULL };
  g_autoptr(PcFileChooser) chooser = pc_file_chooser_new (_("Import a Spreadsheet or Journeys"),
                                                          _("_Import"));
  GtkFileFilter *filters[5];

  filters[0] = make_filter (_("Spreadsheets and Journeys"), all);
  filters[1] = make_filter (_("Spreadsheets (CSV)"), csv);
  filters[2] = make_filter (_("Mermaid Journeys"), mermaid);
  filters[3] = make_filter (_("Markdown Files"), markdown);
  filters[4] = gtk_file_filter_new ();
  gtk_file_filter_set_name (filters[4], _("All Files"));
  gtk_file_filter_add_pattern (filters[4], "*");
  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    {
      pc_file_chooser_add_filter (chooser, filters[i]);
      g_object_unref (filters[i]);
    }
  pc_file_chooser_open (chooser, GTK_WINDOW (widget), import_chosen_cb, g_object_ref (widget));
}

void
_pc_window_install_import_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
}
