/* pc-palette.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The channels a touchpoint can use, to drag onto the canvas or to add
 * from the keyboard. A compact palette, for narrow windows, shows only
 * their icons. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-palette.h"

struct _PcPalette
{
  GtkWidget   parent_instance;

  GtkWidget  *box;
  GtkWidget  *title;
  GtkListBox *list;
  PcCanvas   *canvas;   /* (weak) */
  gboolean    compact;
};

G_DEFINE_FINAL_TYPE (PcPalette, pc_palette, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COMPACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const PcChannel channels[] = {
  PC_CHANNEL_WEBSITE, PC_CHANNEL_MOBILE_APP, PC_CHANNEL_SOCIAL, PC_CHANNEL_EMAIL,
  PC_CHANNEL_ADS, PC_CHANNEL_SEARCH, PC_CHANNEL_REVIEWS, PC_CHANNEL_CHAT,
  PC_CHANNEL_PHONE, PC_CHANNEL_STORE, PC_CHANNEL_WORD_OF_MOUTH,
};

/* Rows are in the order of channels[]. */
static PcChannel
channel_of (GtkWidget *row)
{
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));

  g_assert (index >= 0 && (guint) index < G_N_ELEMENTS (channels));
  return channels[index];
}

static GdkContentProvider *
on_prepare (GtkDragSource *source,
            double         x,
            double         y,
            GtkWidget     *row)
{
  PcChannel channel = channel_of (row);
  g_autofree char *content = g_strconcat ("parcours-channel:", pc_channel_to_string (channel), NULL);
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, icon, (int) x, (int) y);
  return gdk_content_provider_new_typed (G_TYPE_STRING, content);
}

static PcCanvas *
find_canvas (GtkWidget *widget)
{
  if (PC_IS_CANVAS (widget))
    return PC_CANVAS (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      PcCanvas *canvas;

      if (PC_IS_CANVAS (child))
        return PC_CANVAS (child);
      if ((canvas = find_canvas (child)) != NULL)
        return canvas;
    }
  return NULL;
}

static void
on_row_activated (PcPalette     *self,
                  GtkListBoxRow *row)
{
  PcChannel channel = channel_of (GTK_WIDGET (row));
  GtkRoot *root;

  /* Without an explicit canvas, use the one in the same window. */
  if (self->canvas == NULL && (root = gtk_widget_get_root (GTK_WIDGET (self))) != NULL)
    pc_palette_set_canvas (self, find_canvas (GTK_WIDGET (root)));
  if (self->canvas != NULL)
    pc_canvas_add_touchpoint (self->canvas, channel);
}

static GtkWidget *
make_row (PcChannel channel)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (pc_channel_get_label (channel));
  GtkDragSource *source = gtk_drag_source_new ();
  g_autofree char *name = NULL;

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (pc_channel_get_icon_name (channel)));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* Translators: a channel in the palette, read by a screen reader. */
  name = g_strdup_printf (_("Add %s touchpoint"), pc_channel_get_label (channel));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Drag onto the map, or press Enter to add it to the focused cell"),
                                  -1);
  gtk_widget_set_tooltip_text (row, _("Drag onto the map, or press Enter to add it to the focused cell"));

  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  g_signal_connect_object (source, "prepare", G_CALLBACK (on_prepare), row, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));

  return row;
}

static void
pc_palette_dispose (GObject *object)
{
  PcPalette *self = PC_PALETTE (object);

  g_clear_weak_pointer (&self->canvas);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (pc_palette_parent_class)->dispose (object);
}

static void
pc_palette_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PcPalette *self = PC_PALETTE (object);

  switch (prop_id)
    {
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_palette_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PcPalette *self = PC_PALETTE (object);

  switch (prop_id)
    {
    case PROP_COMPACT:
      pc_palette_set_compact (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_palette_class_init (PcPaletteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pc_palette_dispose;
  object_class->get_property = pc_palette_get_property;
  object_class->set_property = pc_palette_set_property;

  /**
   * PcPalette:compact: (getter get_compact) (setter set_compact)
   *
   * Whether the palette shows only the channels' icons, each named by its
   * tooltip, to leave the canvas room in a narrow window.
   */
  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pcpalette");
}

static void
pc_palette_init (PcPalette *self)
{
  GtkWidget *title = gtk_label_new (_("Channels"));

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  self->title = title;

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_set_margin_start (title, 12);
  gtk_widget_set_margin_top (title, 12);
  gtk_box_append (GTK_BOX (self->box), title);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Channels"), -1);
  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    gtk_list_box_append (self->list, make_row (channels[i]));
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (on_row_activated),
                           self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->list));
}

GtkWidget *
pc_palette_new (void)
{
  return g_object_new (PC_TYPE_PALETTE, NULL);
}

void
pc_palette_set_canvas (PcPalette *self,
                       PcCanvas  *canvas)
{
  g_return_if_fail (PC_IS_PALETTE (self));
  g_return_if_fail (canvas == NULL || PC_IS_CANVAS (canvas));

  g_set_weak_pointer (&self->canvas, canvas);
}

PcCanvas *
pc_palette_get_canvas (PcPalette *self)
{
  g_return_val_if_fail (PC_IS_PALETTE (self), NULL);

  return self->canvas;
}

gboolean
pc_palette_get_compact (PcPalette *self)
{
  g_return_val_if_fail (PC_IS_PALETTE (self), FALSE);

  return self->compact;
}

/**
 * pc_palette_set_compact:
 *
 * Shows only the channels' icons (@compact), or their icons and names.
 * Each row keeps its accessible name and what it does.
 */
void
pc_palette_set_compact (PcPalette *self,
                        gboolean   compact)
{
  g_return_if_fail (PC_IS_PALETTE (self));

  compact = !!compact;
  if (self->compact == compact)
    return;
  self->compact = compact;

  gtk_widget_set_visible (self->title, !compact);
  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    {
      GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, (int) i));
      GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
      g_autofree char *tip = NULL;

      gtk_widget_set_visible (gtk_widget_get_last_child (box), !compact);
      gtk_widget_set_halign (box, compact ? GTK_ALIGN_CENTER : GTK_ALIGN_FILL);
      /* The name goes in the tooltip once the label is hidden. */
      if (compact)
        tip = g_strdup_printf ("%s\n%s", pc_channel_get_label (channels[i]),
                               _("Drag onto the map, or press Enter to add it to the focused cell"));
      else
        tip = g_strdup (_("Drag onto the map, or press Enter to add it to the focused cell"));
      gtk_widget_set_tooltip_text (row, tip);
    }
  if (compact)
    gtk_widget_add_css_class (GTK_WIDGET (self), "compact");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "compact");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}
