/* pc-compare-view.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Current state and future state, stage by stage: what was added, removed
 * or changed, whether the sentiment got better or worse, and each
 * persona's two emotion curves drawn together (dashed: today; solid: the
 * future). Rebuilt once per main-loop turn after changes to either map. */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "pc-compare-view.h"

#define CURVE_HEIGHT 220
#define CURVE_MARGIN 24.0
#define CURVE_BOTTOM 28.0
#define COLUMN_CHARS 18

struct _PcCompareView
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GtkWidget    *heading;
  GtkWidget    *totals;
  GtkWidget    *curves;
  GtkWidget    *legend;
  GtkWidget    *columns;

  PcDocument   *document;
  PcHistory    *history;
  PcMap        *before;
  PcMap        *after;
  PcComparison *comparison;
  guint         rebuild_id;
};

G_DEFINE_FINAL_TYPE (PcCompareView, pc_compare_view, GTK_TYPE_WIDGET)

static void
foreground_color (GtkWidget *widget,
                  GdkRGBA   *color)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (widget, color);
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
#endif
}

static void
persona_color (PcCompareView *self,
               const char    *persona_id,
               guint          index,
               GdkRGBA       *color)
{
  /* The palette's blue, orange, green, purple, red when a persona has none. */
  static const char *fallback[] = { "#3584e4", "#e66100", "#2ec27e", "#9141ac", "#e01b24" };
  PcPersona *persona = self->document ? pc_document_find_persona (self->document, persona_id) : NULL;
  const char *spec = persona ? pc_persona_get_color (persona) : NULL;

  if (spec == NULL || !gdk_rgba_parse (color, spec))
    gdk_rgba_parse (color, fallback[index % G_N_ELEMENTS (fallback)]);
}

static void
draw_curve (cairo_t      *cr,
            const double *values,
            guint         n,
            double        x0,
            double        step,
            double        top,
            double        height)
{
  gboolean drawing = FALSE;

  for (guint s = 0; s < n; s++)
    {
      double x = x0 + step * s;
      double y;

      if (isnan (values[s]))
        {
          drawing = FALSE;
          continue;
        }
      y = top + (1.0 - (values[s] + 1.0) / 2.0) * height;
      if (drawing)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      drawing = TRUE;
      cairo_rectangle (cr, x - 3, y - 3, 6, 6);
      cairo_move_to (cr, x, y);
    }
  cairo_stroke (cr);
}

static void
draw_curves (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  PcCompareView *self = data;
  PcComparison *c = self->comparison;
  double top = CURVE_MARGIN, plot_height = height - CURVE_MARGIN - CURVE_BOTTOM - 4;
  double step, x0;
  GdkRGBA fg;
  guint n;

  if (c == NULL || c->stages->len == 0)
    return;

  n = c->stages->len;
  x0 = CURVE_MARGIN * 2;
  step = n > 1 ? (width - 4 * CURVE_MARGIN) / (n - 1) : 0;
  if (n == 1)
    x0 = width / 2.0;

  /* The neutral line and one tick per stage. */
  foreground_color (GTK_WIDGET (area), &fg);
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.25);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, CURVE_MARGIN, top + plot_height / 2);
  cairo_line_to (cr, width - CURVE_MARGIN, top + plot_height / 2);
  for (guint s = 0; s < n; s++)
    {
      cairo_move_to (cr, x0 + step * s, top);
      cairo_line_to (cr, x0 + step * s, top + plot_height);
    }
  cairo_stroke (cr);

  /* Stage names under their ticks. */
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.8);
  for (guint s = 0; s < n; s++)
    {
      PcStageComparison *stage = g_ptr_array_index (c->stages, s);
      PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (area), stage->name);
      int text_width, text_height;

      pango_layout_set_width (layout, (int) (MAX (step, 80) * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (layout, &text_width, &text_height);
      cairo_move_to (cr, x0 + step * s - text_width / 2.0, top + plot_height + 4);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);
    }

  for (guint i = 0; i < c->curves->len; i++)
    {
      PcCurvePair *curve = g_ptr_array_index (c->curves, i);
      static const double dash[] = { 6.0, 4.0 };
      GdkRGBA color;

      persona_color (self, curve->persona_id, i, &color);
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_set_line_width (cr, 2);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      draw_curve (cr, curve->before, n, x0, step, top, plot_height);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_line_width (cr, 3);
      draw_curve (cr, curve->after, n, x0, step, top, plot_height);
    }
}

static char *
curves_description (PcComparison *c)
{
  GString *text = g_string_new (_("Emotion curves, from −1 (negative) to 1 (positive)."));

  for (guint i = 0; i < c->curves->len; i++)
    {
      PcCurvePair *curve = g_ptr_array_index (c->curves, i);

      for (int which = 0; which < 2; which++)
        {
          const double *values = which == 0 ? curve->before : curve->after;

          g_string_append_c (text, ' ');
          /* Translators: "Léa, today:" or "Léa, future:" before a list of values */
          g_string_append_printf (text, which == 0 ? _("%s, today:") : _("%s, future:"),
                                  curve->name ? curve->name : "");
          for (guint s = 0; s < c->stages->len; s++)
            {
              if (isnan (values[s]))
                g_string_append_printf (text, " %s", _("none"));
              else
                g_string_append_printf (text, " %.1f", values[s]);
              g_string_append_c (text, s + 1 < c->stages->len ? ',' : '.');
            }
        }
    }
  return g_string_free (text, FALSE);
}

/* One swatch and name per persona, in the colour of its curves. */
static void
update_legend (PcCompareView *self)
{
  GString *markup = g_string_new (NULL);

  for (guint i = 0; i < self->comparison->curves->len; i++)
    {
      PcCurvePair *curve = g_ptr_array_index (self->comparison->curves, i);
      g_autofree char *name = g_markup_escape_text (curve->name ? curve->name : "", -1);
      g_autofree char *color_text = NULL;
      GdkRGBA color;

      persona_color (self, curve->persona_id, i, &color);
      color_text = g_strdup_printf ("#%02x%02x%02x", (int) (color.red * 255),
                                    (int) (color.green * 255), (int) (color.blue * 255));
      g_string_append_printf (markup, "%s<span foreground=\"%s\">■</span> %s",
                              i > 0 ? "    " : "", color_text, name);
    }
  gtk_label_set_markup (GTK_LABEL (self->legend), markup->str);
  g_string_free (markup, TRUE);
}

static GtkWidget *
diff_label (PcTouchpointDiff *diff)
{
  PcTouchpoint *tp = diff->after ? diff->after : diff->before;
  const char *title = pc_touchpoint_get_title (tp) ? pc_touchpoint_get_title (tp) : "";
  g_autofree char *text = NULL;
  g_autofree char *full = NULL;
  const char *css = NULL;
  const char *trend = "";
  GtkWidget *label;

  switch (diff->change)
    {
    case PC_CHANGE_ADDED:
      /* Translators: a touchpoint only the future state has */
      text = g_strdup_printf (_("Added: %s"), title);
      css = "success";
      break;
    case PC_CHANGE_REMOVED:
      /* Translators: a touchpoint only the current state has */
      text = g_strdup_printf (_("Removed: %s"), title);
      css = "error";
      break;
    case PC_CHANGE_CHANGED:
      /* Translators: a touchpoint both maps have, changed */
      text = g_strdup_printf (_("Changed: %s"), title);
      css = "accent";
      break;
    case PC_CHANGE_SAME:
    default:
      text = g_strdup (title);
      css = "dim-label";
      break;
    }
  if (diff->trend == PC_TREND_IMPROVED)
    trend = _(" (better)");
  else if (diff->trend == PC_TREND_WORSENED)
    trend = _(" (worse)");

  full = g_strconcat (text, trend, NULL);
  label = gtk_label_new (full);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Same minimum and natural width, so the wrapped height is exact
   * inside the sideways scroller. */
  gtk_label_set_width_chars (GTK_LABEL (label), COLUMN_CHARS);
  gtk_label_set_max_width_chars (GTK_LABEL (label), COLUMN_CHARS);
  if (css != NULL)
    gtk_widget_add_css_class (label, css);
  if (diff->trend == PC_TREND_WORSENED)
    gtk_widget_add_css_class (label, "warning");
  return label;
}

static GtkWidget *
stage_column (PcStageComparison *stage)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading;
  g_autofree char *name = NULL;

  if (stage->before != NULL && stage->after != NULL &&
      g_strcmp0 (pc_stage_get_name (stage->before), pc_stage_get_name (stage->after)) != 0)
    name = g_strdup_printf ("%s → %s", pc_stage_get_name (stage->before), pc_stage_get_name (stage->after));
  else if (stage->after == NULL)
    /* Translators: a stage the future state no longer has */
    name = g_strdup_printf (_("%s (dropped)"), stage->name ? stage->name : "");
  else if (stage->before == NULL)
    /* Translators: a stage only the future state has */
    name = g_strdup_printf (_("%s (new)"), stage->name ? stage->name : "");
  else
    name = g_strdup (stage->name ? stage->name : "");

  heading = gtk_label_new (name);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (heading), COLUMN_CHARS);
  gtk_label_set_max_width_chars (GTK_LABEL (heading), COLUMN_CHARS);
  gtk_box_append (GTK_BOX (column), heading);
  for (guint i = 0; i < stage->diffs->len; i++)
    gtk_box_append (GTK_BOX (column), diff_label (g_ptr_array_index (stage->diffs, i)));
  return column;
}

static void
rebuild (PcCompareView *self)
{
  g_autofree char *heading = NULL;
  g_autofree char *totals = NULL;
  g_autofree char *description = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->columns)) != NULL)
    gtk_box_remove (GTK_BOX (self->columns), child);
  g_clear_pointer (&self->comparison, pc_comparison_free);
  if (self->before == NULL || self->after == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->heading), _("Nothing to compare"));
      gtk_label_set_text (GTK_LABEL (self->totals), "");
      gtk_widget_queue_draw (self->curves);
      return;
    }

  self->comparison = pc_comparison_new (self->before, self->after);
  heading = g_strdup_printf ("%s → %s", pc_map_get_name (self->before) ? pc_map_get_name (self->before) : "",
                             pc_map_get_name (self->after) ? pc_map_get_name (self->after) : "");
  gtk_label_set_text (GTK_LABEL (self->heading), heading);
  /* Translators: the totals of a comparison between two maps */
  totals = g_strdup_printf (_("%u added, %u removed, %u changed; %u better, %u worse"),
                            self->comparison->n_added, self->comparison->n_removed,
                            self->comparison->n_changed, self->comparison->n_improved,
                            self->comparison->n_worsened);
  gtk_label_set_text (GTK_LABEL (self->totals), totals);
  update_legend (self);
  description = curves_description (self->comparison);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->curves),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);

  for (guint i = 0; i < self->comparison->stages->len; i++)
    gtk_box_append (GTK_BOX (self->columns), stage_column (g_ptr_array_index (self->comparison->stages, i)));
  gtk_widget_queue_draw (self->curves);
}

static gboolean
rebuild_idle (gpointer data)
{
  PcCompareView *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
queue_rebuild (PcCompareView *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle, self);
}

static void
watch_map (PcCompareView *self,
           PcMap         *map)
{
  g_signal_connect_object (pc_map_get_stages (map), "items-changed", G_CALLBACK (queue_rebuild),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (pc_map_get_touchpoints (map), "items-changed", G_CALLBACK (queue_rebuild),
                           self, G_CONNECT_SWAPPED);
}

static void
unwatch (PcCompareView *self)
{
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  for (int i = 0; i < 2; i++)
    {
      PcMap *map = i == 0 ? self->before : self->after;

      if (map == NULL)
        continue;
      g_signal_handlers_disconnect_by_data (pc_map_get_stages (map), self);
      g_signal_handlers_disconnect_by_data (pc_map_get_touchpoints (map), self);
    }
  g_clear_object (&self->document);
  g_clear_object (&self->history);
  g_clear_object (&self->before);
  g_clear_object (&self->after);
}

void
pc_compare_view_set_maps (PcCompareView *self,
                          PcDocument    *document,
                          PcHistory     *history,
                          PcMap         *before,
                          PcMap         *after)
{
  g_return_if_fail (PC_IS_COMPARE_VIEW (self));
  g_return_if_fail (document == NULL || PC_IS_DOCUMENT (document));
  g_return_if_fail (history == NULL || PC_IS_HISTORY (history));
  g_return_if_fail (before == NULL || PC_IS_MAP (before));
  g_return_if_fail (after == NULL || PC_IS_MAP (after));

  unwatch (self);
  g_set_object (&self->document, document);
  g_set_object (&self->history, history);
  g_set_object (&self->before, before);
  g_set_object (&self->after, after);
  if (history != NULL)
    g_signal_connect_object (history, "changed", G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);
  if (before != NULL)
    watch_map (self, before);
  if (after != NULL && after != before)
    watch_map (self, after);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  rebuild (self);
}

/**
 * pc_compare_view_get_comparison:
 * Returns: (transfer none) (nullable): what the view shows
 */
const PcComparison *
pc_compare_view_get_comparison (PcCompareView *self)
{
  g_return_val_if_fail (PC_IS_COMPARE_VIEW (self), NULL);

  return self->comparison;
}

const char *
pc_compare_view_get_totals_text (PcCompareView *self)
{
  g_return_val_if_fail (PC_IS_COMPARE_VIEW (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->totals));
}

static void
pc_compare_view_dispose (GObject *object)
{
  PcCompareView *self = PC_COMPARE_VIEW (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  unwatch (self);
  g_clear_pointer (&self->comparison, pc_comparison_free);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (pc_compare_view_parent_class)->dispose (object);
}

static void
pc_compare_view_class_init (PcCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pc_compare_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "compare-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pc_compare_view_init (PcCompareView *self)
{
  GtkWidget *box, *legend, *columns_scroller;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);

  self->heading = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->heading, "title-2");
  gtk_label_set_xalign (GTK_LABEL (self->heading), 0);
  gtk_label_set_wrap (GTK_LABEL (self->heading), TRUE);
  gtk_box_append (GTK_BOX (box), self->heading);
  self->totals = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->totals), 0);
  gtk_box_append (GTK_BOX (box), self->totals);

  self->curves = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->curves), CURVE_HEIGHT);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->curves), draw_curves, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->curves),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Emotion curves"), -1);
  gtk_box_append (GTK_BOX (box), self->curves);
  self->legend = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->legend), 0);
  gtk_box_append (GTK_BOX (box), self->legend);
  legend = gtk_label_new (_("Dashed: today. Solid: the future state. One colour per persona."));
  gtk_widget_add_css_class (legend, "dim-label");
  gtk_widget_add_css_class (legend, "caption");
  gtk_label_set_xalign (GTK_LABEL (legend), 0);
  gtk_box_append (GTK_BOX (box), legend);

  self->columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  gtk_widget_set_valign (self->columns, GTK_ALIGN_START);
  columns_scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (columns_scroller),
                                  GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (columns_scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (columns_scroller), self->columns);
  gtk_box_append (GTK_BOX (box), columns_scroller);

  /* No vertical scroller of its own: the window puts the view in one. */
  self->box = box;
  gtk_widget_set_parent (box, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Comparison"), -1);
  rebuild (self);
}

GtkWidget *
pc_compare_view_new (void)
{
  return g_object_new (PC_TYPE_COMPARE_VIEW, NULL);
}
