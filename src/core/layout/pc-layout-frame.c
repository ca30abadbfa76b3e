/* pc-layout-frame.c: the title block and the legend that make an export
 * readable by someone who was not in the room
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pc-layout-private.h"

/* Sizes in px at zoom 1. */
#define GOAL_MAX_W    880.0
#define SWATCH_W      34.0
#define SWATCH_GAP    10.0
#define ENTRY_H       26.0
#define COLUMN_GAP    48.0
#define ROW_GAP       20.0
#define HEADING_GAP   6.0

static void
clear_legend_item (gpointer data)
{
  PcLayoutLegendItem *item = data;

  g_free (item->label);
}

void
_pc_layout_frame_clear (PcLayout *self)
{
  g_clear_pointer (&self->title.kicker, g_free);
  g_clear_pointer (&self->title.name, g_free);
  g_clear_pointer (&self->title.goal, g_free);
  g_clear_pointer (&self->title.date, g_free);
  g_clear_pointer (&self->legend_items, g_array_unref);
}

double
_pc_layout_measure (PcLayout   *self,
                    const char *str,
                    double      size,
                    gboolean    bold,
                    double      max_width)
{
  PangoLayout *text = pc_layout_get_text (self, size, bold, PC_LAYOUT_TEXT_MEASURE);
  g_autofree char *cut = pc_layout_cut_text (str, pc_layout_text_limit (size, max_width, 1), NULL);
  PangoRectangle logical;

  pango_layout_set_text (text, cut, -1);
  pango_layout_get_extents (text, NULL, &logical);
  return MIN (logical.width / (double) PANGO_SCALE, max_width);
}

/* How many lines @text takes at @width px, no more than @max_lines. */
static guint
count_lines (PcLayout   *self,
             const char *str,
             double      size,
             double      width,
             guint       max_lines)
{
  PangoLayout *text;
  g_autofree char *cut = NULL;

  if (str == NULL || *str == '\0')
    return 0;
  cut = pc_layout_cut_text (str, pc_layout_text_limit (size, width, max_lines), NULL);
  if (pc_layout_fits_line (self, cut, size, FALSE, width))
    return 1;
  text = pc_layout_get_text (self, size, FALSE, PC_LAYOUT_TEXT_WRAP);
  pango_layout_set_width (text, MAX (1, (int) (width * PANGO_SCALE)));
  pango_layout_set_wrap (text, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (text, cut, -1);
  return MIN ((guint) pango_layout_get_line_count (text), max_lines);
}

static char *
one_line (const char *str)
{
  char *line = g_strdup (str ? str : "");

  g_strdelimit (line, "\r\n\t", ' ');
  return g_strstrip (line);
}

double
_pc_layout_place_title (PcLayout   *self,
                        PcDocument *document,
                        const char *date,
                        double      x,
                        double      y,
                        double      width)
{
  PcLayoutTitleBlock *t = &self->title;
  double z = self->zoom;
  double small = self->font_size * 15.0 / 15.0 * z;
  double name_size = self->font_size * 30.0 / 15.0 * z;
  const char *doc_title = document ? pc_document_get_title (document) : NULL;
  const char *kind = pc_map_kind_get_label (pc_map_get_kind (self->map));
  double date_w, top = y;

  t->small_size = small;
  t->name_size = name_size;
  t->date = one_line (date);
  date_w = *t->date ? _pc_layout_measure (self, t->date, small, FALSE, width / 2) : 0;
  t->date_rect = (PcRect) { x + width - date_w, y, date_w, small * 1.3 };

  if (doc_title && *doc_title && g_strcmp0 (doc_title, pc_map_get_name (self->map)) != 0)
    /* Translators: above an exported map: the document's title, then the
     * kind of map ("Bakery · Current state"). */
    t->kicker = g_strdup_printf (_("%s · %s"), doc_title, kind);
  else
    t->kicker = g_strdup (kind);
  {
    g_autofree char *flat = t->kicker;

    t->kicker = one_line (flat);
  }
  t->kicker_rect = (PcRect) { x, y, MAX (width - date_w - 24 * z, 0), small * 1.3 };
  y += small * 1.3 + 4 * z;

  t->name = one_line (pc_map_get_name (self->map));
  if (*t->name == '\0')
    {
      g_free (t->name);
      t->name = g_strdup (_("Untitled map"));
    }
  t->name_rect = (PcRect) { x, y, width, name_size * 1.25 };
  y += name_size * 1.25 + 6 * z;

  t->goal = one_line (pc_map_get_goal (self->map));
  t->goal_lines = count_lines (self, t->goal, small, MIN (width, GOAL_MAX_W * z), 2);
  t->goal_rect = (PcRect) { x, y, MIN (width, GOAL_MAX_W * z), t->goal_lines * small * 1.3 };
  y += t->goal_lines * small * 1.3;

  t->rect = (PcRect) { x, top, width, y - top };
  return y - top;
}

/* ---- legend ---- */

typedef struct
{
  GArray *items;      /* of the group being built */
  double  width;      /* its widest entry */
} Group;

static void
add_entry (PcLayout           *self,
           Group              *group,
           PcLayoutLegendKind  kind,
           int                 value,
           const PcColor      *color,
           const char         *label)
{
  double z = self->zoom;
  double size = pc_layout_get_body_size (self);
  gboolean heading = kind == PC_LAYOUT_LEGEND_HEADING;
  PcLayoutLegendItem item = { 0 };
  double w;

  item.kind = kind;
  item.value = value;
  item.color = color ? *color : self->theme->text;
  item.label = one_line (label);
  item.bold = heading;
  w = _pc_layout_measure (self, item.label, size, heading, 320 * z);
  /* Positions relative to the group until it is placed. */
  if (heading)
    item.label_rect = (PcRect) { 0, 0, w, size * 1.3 };
  else
    {
      item.swatch = (PcRect) { 0, 0, SWATCH_W * z, ENTRY_H * z };
      item.label_rect = (PcRect) { (SWATCH_W + SWATCH_GAP) * z, 0, w, ENTRY_H * z };
      w += (SWATCH_W + SWATCH_GAP) * z;
    }
  group->width = MAX (group->width, w);
  g_array_append_val (group->items, item);
}

/* Moves a group's entries to (x, y), one under the other, into the
 * layout; returns the group's height. */
static double
place_group (PcLayout *self,
             Group    *group,
             double    x,
             double    y)
{
  double z = self->zoom;
  double top = y;

  for (guint i = 0; i < group->items->len; i++)
    {
      PcLayoutLegendItem *item = &g_array_index (group->items, PcLayoutLegendItem, i);
      double h = item->kind == PC_LAYOUT_LEGEND_HEADING ? item->label_rect.height + HEADING_GAP * z
                                                        : ENTRY_H * z;

      item->label_rect.x += x;
      item->label_rect.y = y;
      if (item->kind != PC_LAYOUT_LEGEND_HEADING)
        {
          item->swatch.x += x;
          item->swatch.y = y;
        }
      g_array_append_val (self->legend_items, *item);
      y += h;
    }
  g_array_set_size (group->items, 0);
  return y - top;
}

static const char *
faded_label (PcEvidence min_evidence)
{
  switch (min_evidence)
    {
    case PC_EVIDENCE_ASSUMPTION:
      return _("Faded: no evidence stated");
    case PC_EVIDENCE_SOME_RESEARCH:
      return _("Faded: assumptions, or no evidence stated");
    case PC_EVIDENCE_VALIDATED:
    case PC_EVIDENCE_UNSET:
    default:
      return _("Faded: not validated");
    }
}

static gboolean
map_has_connectors (PcLayout *self)
{
  return self->connectors->len > 0;
}

/* What of the map the legend explains: only what it shows. */
typedef struct
{
  gboolean strong;
  gboolean fail;
  gboolean waiting;
  gboolean votes;
  gboolean evidence;
  guint    details;   /* bits: 1 << PcLayoutDetailKind */
  gboolean notes;
  gboolean gathered;
} Used;

static void
find_used (PcLayout *self,
           Used     *used)
{
  for (guint i = 0; i < self->cards->len; i++)
    {
      PcTouchpoint *tp = g_array_index (self->cards, PcLayoutCard, i).touchpoint;
      PcLayoutDetail details[PC_LAYOUT_N_DETAILS];
      guint n;

      used->strong |= pc_touchpoint_get_strength (tp) == PC_STRENGTH_STRONG
                      && pc_touchpoint_get_sentiment (tp) != PC_SENTIMENT_NEUTRAL;
      used->fail |= pc_touchpoint_get_fail_point (tp);
      used->waiting |= pc_touchpoint_get_waiting_point (tp);
      used->votes |= pc_touchpoint_get_votes (tp) > 0;
      used->evidence |= pc_touchpoint_get_evidence (tp) != PC_EVIDENCE_UNSET;
      n = pc_layout_get_card_details (self, i, details);
      for (guint k = 0; k < n; k++)
        used->details |= 1u << details[k].kind;
    }
  for (guint i = 0; i < self->notes->len; i++)
    {
      const PcLayoutNote *note = &g_array_index (self->notes, PcLayoutNote, i);

      if (note->gathered)
        {
          used->gathered = TRUE;
          continue;
        }
      used->notes = TRUE;
      used->votes |= pc_note_get_votes (note->note) > 0;
      used->evidence |= pc_note_get_evidence (note->note) != PC_EVIDENCE_UNSET;
    }
}

double
_pc_layout_place_legend (PcLayout *self,
                         double    x,
                         double    y,
                         double    width)
{
  double z = self->zoom;
  g_autoptr(GArray) groups = g_array_new (FALSE, FALSE, sizeof (GArray *));
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (double));
  double cx = x, cy = y, row_h = 0, top = y;
  gboolean any_persona = FALSE;
  Used used = { 0 };

  find_used (self, &used);
  self->legend_items = g_array_new (FALSE, TRUE, sizeof (PcLayoutLegendItem));
  g_array_set_clear_func (self->legend_items, clear_legend_item);

  /* Groups, in reading order. */
  {
    Group g = { g_array_new (FALSE, TRUE, sizeof (PcLayoutLegendItem)), 0 };

    add_entry (self, &g, PC_LAYOUT_LEGEND_HEADING, 0, &self->theme->dim_text,
               self->curves->len > 0 ? _("Personas and their emotion curves") : _("Personas"));
    for (guint l = 0; l < self->lanes->len; l++)
      {
        const PcLayoutLane *ll = &g_array_index (self->lanes, PcLayoutLane, l);

        if (ll->persona == NULL)
          continue;
        add_entry (self, &g, PC_LAYOUT_LEGEND_PERSONA, l, &ll->color, ll->label);
        any_persona = TRUE;
      }
    if (any_persona)
      {
        g_array_append_val (groups, g.items);
        g_array_append_val (widths, g.width);
      }
    else
      {
        /* Only the heading was added: its label is ours to free. */
        g_array_set_clear_func (g.items, clear_legend_item);
        g_array_unref (g.items);
      }
  }
  {
    Group g = { g_array_new (FALSE, TRUE, sizeof (PcLayoutLegendItem)), 0 };
    static const PcSentiment sentiments[] = {
      PC_SENTIMENT_POSITIVE, PC_SENTIMENT_NEUTRAL, PC_SENTIMENT_NEGATIVE,
    };

    add_entry (self, &g, PC_LAYOUT_LEGEND_HEADING, 0, &self->theme->dim_text, _("Sentiment"));
    for (guint i = 0; i < G_N_ELEMENTS (sentiments); i++)
      add_entry (self, &g, PC_LAYOUT_LEGEND_SENTIMENT, sentiments[i],
                 pc_theme_sentiment_color (self->theme, sentiments[i]),
                 pc_sentiment_get_label (sentiments[i]));
    if (used.strong)
      /* Translators: in the legend, beside a sentiment mark with a second
       * ring. */
      add_entry (self, &g, PC_LAYOUT_LEGEND_STRENGTH, PC_STRENGTH_STRONG,
                 &self->theme->positive, _("Felt strongly"));
    g_array_append_val (groups, g.items);
    g_array_append_val (widths, g.width);
  }
  if (used.fail || used.waiting || used.votes)
    {
      Group g = { g_array_new (FALSE, TRUE, sizeof (PcLayoutLegendItem)), 0 };

      add_entry (self, &g, PC_LAYOUT_LEGEND_HEADING, 0, &self->theme->dim_text, _("Markers"));
      if (used.fail)
        add_entry (self, &g, PC_LAYOUT_LEGEND_MARK, PC_LAYOUT_MARK_FAIL_POINT,
                   &self->theme->negative, _("Fail point: the journey can break here"));
      if (used.waiting)
        add_entry (self, &g, PC_LAYOUT_LEGEND_MARK, PC_LAYOUT_MARK_WAITING_POINT,
                   &self->theme->dim_text, _("Waiting point: the customer waits"));
      if (used.votes)
        add_entry (self, &g, PC_LAYOUT_LEGEND_MARK, PC_LAYOUT_MARK_VOTES,
                   &self->theme->accent, _("Dot votes"));
      g_array_append_val (groups, g.items);
      g_array_append_val (widths, g.width);
    }
  if (used.evidence || self->min_evidence != PC_EVIDENCE_UNSET)
    {
      Group g = { g_array_new (FALSE, TRUE, sizeof (PcLayoutLegendItem)), 0 };

      add_entry (self, &g, PC_LAYOUT_LEGEND_HEADING, 0, &self->theme->dim_text, _("Evidence"));
      for (PcEvidence e = PC_EVIDENCE_ASSUMPTION; used.evidence && e <= PC_EVIDENCE_VALIDATED; e++)
        add_entry (self, &g, PC_LAYOUT_LEGEND_EVIDENCE, e, &self->theme->dim_text,
                   pc_evidence_get_label (e));
      /* A faded picture says why, or a reader takes it for a printing
       * fault. */
      if (self->min_evidence != PC_EVIDENCE_UNSET)
        add_entry (self, &g, PC_LAYOUT_LEGEND_FADED, self->min_evidence, &self->theme->dim_text,
                   faded_label (self->min_evidence));
      g_array_append_val (groups, g.items);
      g_array_append_val (widths, g.width);
    }
  if (used.details)
    {
      Group g = { g_array_new (FALSE, TRUE, sizeof (PcLayoutLegendItem)), 0 };
      const char *labels[PC_LAYOUT_N_DETAILS] = { _("Pain points"), _("Opportunity"), _("Owner") };

      add_entry (self, &g, PC_LAYOUT_LEGEND_HEADING, 0, &self->theme->dim_text, _("Card details"));
      for (guint k = 0; k < PC_LAYOUT_N_DETAILS; k++)
        if (used.details & (1 << k))
          add_entry (self, &g, PC_LAYOUT_LEGEND_DETAIL, k, &self->theme->text, labels[k]);
      g_array_append_val (groups, g.items);
      g_array_append_val (widths, g.width);
    }
  if (used.notes || used.gathered)
    {
      Group g = { g_array_new (FALSE, TRUE, sizeof (PcLayoutLegendItem)), 0 };

      add_entry (self, &g, PC_LAYOUT_LEGEND_HEADING, 0, &self->theme->dim_text, _("Insight rows"));
      if (used.notes)
        add_entry (self, &g, PC_LAYOUT_LEGEND_NOTE, 0, &self->theme->note_fill, _("Note"));
      if (used.gathered)
        /* Translators: in the legend: an item of an insight row that shows
         * what a card says, read-only. */
        add_entry (self, &g, PC_LAYOUT_LEGEND_NOTE, 1, &self->theme->dim_text,
                   _("Taken from a card"));
      g_array_append_val (groups, g.items);
      g_array_append_val (widths, g.width);
    }
  if (self->lines->len > 0)
    {
      Group g = { g_array_new (FALSE, TRUE, sizeof (PcLayoutLegendItem)), 0 };
      static const PcLayoutLineKind kinds[] = {
        PC_LAYOUT_LINE_INTERACTION, PC_LAYOUT_LINE_VISIBILITY,
        PC_LAYOUT_LINE_INTERNAL_INTERACTION,
      };
      static const char *meanings[] = {
        /* Translators: what a blueprint's line separates, in the legend. */
        N_("Interaction: the customer meets the front stage"),
        N_("Visibility: the customer sees what is above"),
        N_("Internal interaction: staff meet the support"),
      };

      add_entry (self, &g, PC_LAYOUT_LEGEND_HEADING, 0, &self->theme->dim_text,
                 _("Lines of the blueprint"));
      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        add_entry (self, &g, PC_LAYOUT_LEGEND_LINE, kinds[i], &self->theme->dim_text,
                   _(meanings[i]));
      g_array_append_val (groups, g.items);
      g_array_append_val (widths, g.width);
    }
  if (map_has_connectors (self))
    {
      Group g = { g_array_new (FALSE, TRUE, sizeof (PcLayoutLegendItem)), 0 };

      add_entry (self, &g, PC_LAYOUT_LEGEND_HEADING, 0, &self->theme->dim_text, _("Path"));
      add_entry (self, &g, PC_LAYOUT_LEGEND_CONNECTOR, 0, &self->theme->accent,
                 _("The order the customer took"));
      g_array_append_val (groups, g.items);
      g_array_append_val (widths, g.width);
    }

  /* Groups side by side, on as many rows as the width needs. */
  for (guint i = 0; i < groups->len; i++)
    {
      Group g = { g_array_index (groups, GArray *, i), g_array_index (widths, double, i) };
      double h;

      if (cx > x && cx + g.width > x + width)
        {
          cx = x;
          cy += row_h + ROW_GAP * z;
          row_h = 0;
        }
      h = place_group (self, &g, cx, cy);
      row_h = MAX (row_h, h);
      cx += g.width + COLUMN_GAP * z;
      g_array_unref (g.items);
    }

  self->legend_rect = (PcRect) { x, top, width, cy + row_h - top };
  return cy + row_h - top;
}

const PcLayoutTitleBlock *
pc_layout_get_title_block (PcLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->legend ? &self->title : NULL;
}

guint
pc_layout_get_n_legend_items (PcLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->legend_items ? self->legend_items->len : 0;
}

const PcLayoutLegendItem *
pc_layout_get_legend_item (PcLayout *self,
                           guint     index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < pc_layout_get_n_legend_items (self), NULL);
  return &g_array_index (self->legend_items, PcLayoutLegendItem, index);
}

const PcRect *
pc_layout_get_legend_rect (PcLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->legend ? &self->legend_rect : NULL;
}
