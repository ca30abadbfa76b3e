/* pc-window.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The document window: for now a summary of the open document. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-file.h"
#include "pc-window.h"

struct _PcWindow
{
  AdwApplicationWindow  parent_instance;

  AdwWindowTitle       *title;
  AdwStatusPage        *status;
  GtkListBox           *maps;
  PcDocument           *document;
};

G_DEFINE_FINAL_TYPE (PcWindow, pc_window, ADW_TYPE_APPLICATION_WINDOW)

static void
pc_window_dispose (GObject *object)
{
  PcWindow *self = PC_WINDOW (object);

  g_clear_object (&self->document);

  G_OBJECT_CLASS (pc_window_parent_class)->dispose (object);
}

static void
pc_window_class_init (PcWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pc_window_dispose;
}

static void
pc_window_init (PcWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Parcours"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (box), header);

  self->status = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->status, "x-office-presentation-symbolic");
  adw_status_page_set_title (self->status, _("No document"));
  gtk_widget_set_vexpand (GTK_WIDGET (self->status), TRUE);

  self->maps = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->maps), "boxed-list");
  gtk_widget_set_halign (GTK_WIDGET (self->maps), GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (GTK_WIDGET (self->maps), 420, -1);
  gtk_list_box_set_selection_mode (self->maps, GTK_SELECTION_NONE);
  adw_status_page_set_child (self->status, GTK_WIDGET (self->maps));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->status));

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), box);
  gtk_window_set_default_size (GTK_WINDOW (self), 1200, 800);
}

PcWindow *
pc_window_new (PcApplication *application)
{
  return g_object_new (PC_TYPE_WINDOW, "application", application, NULL);
}

static void
show_document (PcWindow *self)
{
  GListModel *maps = G_LIST_MODEL (pc_document_get_maps (self->document));
  guint n = g_list_model_get_n_items (maps);
  g_autofree char *description = NULL;

  adw_status_page_set_title (self->status, pc_document_get_title (self->document));
  description = g_strdup_printf (ngettext ("%u persona", "%u personas",
                                           g_list_model_get_n_items (G_LIST_MODEL (pc_document_get_personas (self->document)))),
                                 g_list_model_get_n_items (G_LIST_MODEL (pc_document_get_personas (self->document))));
  adw_status_page_set_description (self->status, description);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcMap) map = g_list_model_get_item (maps, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *counts = NULL;

      counts = g_strdup_printf (_("%s · %u stages · %u touchpoints"),
                                pc_map_kind_get_label (pc_map_get_kind (map)),
                                g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_stages (map))),
                                g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (map))));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pc_map_get_name (map));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), counts);
      gtk_list_box_append (self->maps, row);
    }
}

void
pc_window_open_file (PcWindow *self,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  PcDocument *document = pc_file_load (path, &error);

  if (document == NULL)
    {
      adw_status_page_set_title (self->status, _("Could not open the document"));
      adw_status_page_set_description (self->status, error->message);
      return;
    }

  g_set_object (&self->document, document);
  g_object_unref (document);
  adw_window_title_set_title (self->title, pc_document_get_title (document));
  show_document (self);
}
