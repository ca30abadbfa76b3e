/* pc-summary-panel.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The analysis step on screen: how many touchpoints are positive, neutral
 * and negative for each stage and each persona, and the stages where it
 * hurts most. Rebuilt once per main-loop turn after any change, however
 * many changes came in it. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-summary-panel.h"

#define MAX_HURTS 3

struct _PcSummaryPanel
{
  GtkWidget   parent_instance;

  GtkWidget  *box;
  GtkWidget  *hurts_label;

  PcHistory  *history;
  PcMap      *map;
  PcSummary  *summary;
  guint       rebuild_id;
};

G_DEFINE_FINAL_TYPE (PcSummaryPanel, pc_summary_panel, GTK_TYPE_WIDGET)

static const struct {
  const char *icon;
  const char *name;
} glyphs[] = {
  { "list-add-symbolic", N_("Positive") },
  { "media-record-symbolic", N_("Neutral") },
  { "list-remove-symbolic", N_("Negative") },
};

static GtkWidget *
cell_label (const char *text,
            gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), heading ? 0 : 1);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (!heading)
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

static GtkWidget *
counts_grid (const char              *title,
             char                   **names,
             const PcSentimentCounts *counts,
             const gboolean          *keep,
             guint                    n)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *label;
  guint row = 1;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  label = cell_label (title, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_grid_attach (GTK_GRID (grid), label, 0, 0, 1, 1);
  for (guint g = 0; g < G_N_ELEMENTS (glyphs); g++)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name (glyphs[g].icon);

      gtk_widget_set_tooltip_text (icon, _(glyphs[g].name));
      gtk_widget_add_css_class (icon, g == 0 ? "success" : g == 2 ? "error" : "dim-label");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(glyphs[g].name), -1);
      gtk_grid_attach (GTK_GRID (grid), icon, 1 + g, 0, 1, 1);
    }

  for (guint i = 0; i < n; i++)
    {
      guint values[3] = { counts[i].positive, counts[i].neutral, counts[i].negative };
      g_autofree char *accessible = NULL;
      GtkWidget *name;

      if (keep != NULL && !keep[i])
        continue;
      name = cell_label (names[i] ? names[i] : "", TRUE);
      /* Translators: read out for one row of the summary: name, then counts */
      accessible = g_strdup_printf (_("%s: %u positive, %u neutral, %u negative"),
                                    names[i] ? names[i] : "", values[0], values[1], values[2]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (name),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      gtk_grid_attach (GTK_GRID (grid), name, 0, row, 1, 1);
      for (guint g = 0; g < 3; g++)
        {
          g_autofree char *text = g_strdup_printf ("%u", values[g]);
          GtkWidget *value = cell_label (text, FALSE);

          if (values[g] == 0)
            gtk_widget_add_css_class (value, "dim-label");
          else if (g == 0)
            gtk_widget_add_css_class (value, "success");
          else if (g == 2)
            gtk_widget_add_css_class (value, "error");
          gtk_grid_attach (GTK_GRID (grid), value, 1 + g, row, 1, 1);
        }
      row++;
    }
  return grid;
}

static char *
hurts_text (const PcSummary *summary)
{
  GString *text;

  if (summary->hurts->len == 0)
    return g_strdup (_("No stage has a negative touchpoint."));

  text = g_string_new (NULL);
  for (guint i = 0; i < MIN (summary->hurts->len, MAX_HURTS); i++)
    {
      guint s = g_array_index (summary->hurts, guint, i);
      const PcSentimentCounts *c = &summary->stages[s];

      if (i > 0)
        g_string_append_c (text, '\n');
      /* Translators: a stage where it hurts: "Ask: 2 of 3 negative" */
      g_string_append_printf (text, _("%s: %u of %u negative"),
                              summary->stage_names[s] ? summary->stage_names[s] : "",
                              c->negative, pc_sentiment_counts_total (c));
    }
  return g_string_free (text, FALSE);
}

static void
clear_box (PcSummaryPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_box_remove (GTK_BOX (self->box), child);
  self->hurts_label = NULL;
}

static void
rebuild (PcSummaryPanel *self)
{
  g_autofree char *hurts = NULL;
  gboolean has_persona = FALSE;
  GtkWidget *heading;

  clear_box (self);
  g_clear_pointer (&self->summary, pc_summary_free);
  if (self->map == NULL)
    return;

  self->summary = pc_summary_new (self->map);

  heading = gtk_label_new (_("Where It Hurts Most"));
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_box_append (GTK_BOX (self->box), heading);
  hurts = hurts_text (self->summary);
  self->hurts_label = gtk_label_new (hurts);
  gtk_label_set_xalign (GTK_LABEL (self->hurts_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->hurts_label), TRUE);
  gtk_box_append (GTK_BOX (self->box), self->hurts_label);

  gtk_box_append (GTK_BOX (self->box),
                  counts_grid (_("Stage"), self->summary->stage_names, self->summary->stages,
                               NULL, self->summary->n_stages));
  /* Persona lanes when the map has any; a blueprint's layers otherwise. */
  for (guint i = 0; i < self->summary->n_lanes; i++)
    has_persona |= self->summary->lane_is_persona[i];
  gtk_box_append (GTK_BOX (self->box),
                  counts_grid (has_persona ? _("Persona") : _("Lane"), self->summary->lane_names,
                               self->summary->lanes,
                               has_persona ? self->summary->lane_is_persona : NULL,
                               self->summary->n_lanes));
}

static gboolean
rebuild_idle (gpointer data)
{
  PcSummaryPanel *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
queue_rebuild (PcSummaryPanel *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle, self);
}

static void
disconnect_model (PcSummaryPanel *self)
{
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  if (self->map != NULL)
    {
      g_signal_handlers_disconnect_by_data (pc_map_get_stages (self->map), self);
      g_signal_handlers_disconnect_by_data (pc_map_get_lanes (self->map), self);
      g_signal_handlers_disconnect_by_data (pc_map_get_touchpoints (self->map), self);
    }
  g_clear_object (&self->history);
  g_clear_object (&self->map);
}

/**
 * pc_summary_panel_set_model:
 * Shows the summary of @map, kept current through the lists' changes and
 * every step of @history (which is how a sentiment changes).
 */
void
pc_summary_panel_set_model (PcSummaryPanel *self,
                            PcHistory      *history,
                            PcMap          *map)
{
  g_return_if_fail (PC_IS_SUMMARY_PANEL (self));
  g_return_if_fail (history == NULL || PC_IS_HISTORY (history));
  g_return_if_fail (map == NULL || PC_IS_MAP (map));

  disconnect_model (self);
  g_set_object (&self->history, history);
  g_set_object (&self->map, map);
  if (history != NULL)
    g_signal_connect_object (history, "changed", G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);
  if (map != NULL)
    {
      g_signal_connect_object (pc_map_get_stages (map), "items-changed", G_CALLBACK (queue_rebuild),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (pc_map_get_lanes (map), "items-changed", G_CALLBACK (queue_rebuild),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (pc_map_get_touchpoints (map), "items-changed", G_CALLBACK (queue_rebuild),
                               self, G_CONNECT_SWAPPED);
    }
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  rebuild (self);
}

/**
 * pc_summary_panel_get_summary:
 * Returns: (transfer none) (nullable): the counts on screen
 */
const PcSummary *
pc_summary_panel_get_summary (PcSummaryPanel *self)
{
  g_return_val_if_fail (PC_IS_SUMMARY_PANEL (self), NULL);

  return self->summary;
}

const char *
pc_summary_panel_get_hurts_text (PcSummaryPanel *self)
{
  g_return_val_if_fail (PC_IS_SUMMARY_PANEL (self), NULL);

  return self->hurts_label ? gtk_label_get_text (GTK_LABEL (self->hurts_label)) : NULL;
}

static void
pc_summary_panel_dispose (GObject *object)
{
  PcSummaryPanel *self = PC_SUMMARY_PANEL (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  disconnect_model (self);
  g_clear_pointer (&self->summary, pc_summary_free);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (pc_summary_panel_parent_class)->dispose (object);
}

static void
pc_summary_panel_class_init (PcSummaryPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pc_summary_panel_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "summary-panel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pc_summary_panel_init (PcSummaryPanel *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (self->box, 12);
  gtk_widget_set_margin_bottom (self->box, 12);
  gtk_widget_set_margin_start (self->box, 12);
  gtk_widget_set_margin_end (self->box, 12);
  /* No scroller of its own: the window puts the panel in one. */
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Summary"), -1);
}

GtkWidget *
pc_summary_panel_new (void)
{
  return g_object_new (PC_TYPE_SUMMARY_PANEL, NULL);
}
