/* test-evidence-filter.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The evidence filter: which cards and notes the layout fades, that the
 * cairo drawing and the SVG really fade them, and that nothing moves. */

#include <string.h>

#include "pc-export.h"
#include "pc-layout.h"
#include "pc-render.h"
#include "pc-test-util.h"

static PcMap *
first_map (PcDocument *document)
{
  g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);

  return map; /* the document keeps it */
}

static const PcLayoutCard *
card_titled (PcLayout   *layout,
             const char *title)
{
  for (guint i = 0; i < pc_layout_get_n_cards (layout); i++)
    {
      const PcLayoutCard *card = pc_layout_get_card (layout, i);

      if (g_strcmp0 (pc_touchpoint_get_title (card->touchpoint), title) == 0)
        return card;
    }
  g_assert_not_reached ();
}

static void
test_fades (void)
{
  static const PcEvidence levels[] = {
    PC_EVIDENCE_UNSET, PC_EVIDENCE_ASSUMPTION, PC_EVIDENCE_SOME_RESEARCH, PC_EVIDENCE_VALIDATED,
  };

  /* Unstated evidence is below every level. */
  for (guint m = 0; m < G_N_ELEMENTS (levels); m++)
    for (guint e = 0; e < G_N_ELEMENTS (levels); e++)
      g_assert_cmpint (pc_layout_evidence_fades (levels[m], levels[e]), ==,
                       levels[m] != PC_EVIDENCE_UNSET && e < m);

  {
    g_autoptr(PcDocument) document = pc_test_load_example ();
    PcMap *map = first_map (document);
    PcLayoutOptions options = { .min_evidence = PC_EVIDENCE_VALIDATED };
    g_autoptr(PcLayout) plain = pc_layout_new (document, map, NULL);
    g_autoptr(PcLayout) filtered = pc_layout_new (document, map, &options);
    guint n_faded = 0, n_faded_notes = 0, n_gathered = 0;

    g_assert_cmpint (pc_layout_get_min_evidence (plain), ==, PC_EVIDENCE_UNSET);
    g_assert_cmpint (pc_layout_get_min_evidence (filtered), ==, PC_EVIDENCE_VALIDATED);
    g_assert_cmpuint (pc_layout_get_n_cards (plain), ==, pc_layout_get_n_cards (filtered));

    for (guint i = 0; i < pc_layout_get_n_cards (filtered); i++)
      {
        const PcLayoutCard *card = pc_layout_get_card (filtered, i);
        const PcLayoutCard *same = pc_layout_get_card (plain, i);

        g_assert_false (same->faded);
        g_assert_cmpint (card->faded, ==,
                         pc_touchpoint_get_evidence (card->touchpoint) != PC_EVIDENCE_VALIDATED);
        /* Fading moves nothing. */
        g_assert_cmpfloat (card->rect.x, ==, same->rect.x);
        g_assert_cmpfloat (card->rect.y, ==, same->rect.y);
        n_faded += card->faded;
      }
    /* The example has both. */
    g_assert_cmpuint (n_faded, >, 0);
    g_assert_cmpuint (n_faded, <, pc_layout_get_n_cards (filtered));
    g_assert_true (card_titled (filtered, "Sees a sponsored post")->faded);     /* an assumption */
    g_assert_false (card_titled (filtered, "Browses the catalogue")->faded);    /* validated */

    g_assert_cmpuint (pc_layout_get_n_notes (filtered), >, 0);
    for (guint i = 0; i < pc_layout_get_n_notes (filtered); i++)
      {
        const PcLayoutNote *note = pc_layout_get_note (filtered, i);
        PcEvidence evidence = note->gathered ? pc_touchpoint_get_evidence (note->touchpoint)
                                             : pc_note_get_evidence (note->note);

        g_assert_cmpint (note->faded, ==, evidence != PC_EVIDENCE_VALIDATED);
        g_assert_false (pc_layout_get_note (plain, i)->faded);
        n_faded_notes += note->faded;
        n_gathered += note->gathered;
      }
    g_assert_cmpuint (n_faded_notes, >, 0);
    g_assert_cmpuint (n_gathered, >, 0);
  }
}

/* The mean brightness of a card's rectangle, drawn alone on white. */
static double
card_ink (PcLayout           *layout,
          const PcLayoutCard *card,
          guint               index)
{
  int w = (int) card->rect.width, h = (int) card->rect.height;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
  cairo_t *cr = cairo_create (surface);
  const guint8 *data;
  int stride;
  double ink = 0;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_translate (cr, -card->rect.x, -card->rect.y);
  pc_render_card (cr, layout, index);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        guint32 px = *(const guint32 *) (data + y * stride + x * 4);

        /* darkness, summed over the three channels */
        ink += 3 * 255 - (((px >> 16) & 0xff) + ((px >> 8) & 0xff) + (px & 0xff));
      }
  cairo_surface_destroy (surface);
  return ink / (w * h);
}

static void
test_cairo_fades (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  PcMap *map = first_map (document);
  PcLayoutOptions options = { .min_evidence = PC_EVIDENCE_VALIDATED };
  g_autoptr(PcLayout) plain = pc_layout_new (document, map, NULL);
  g_autoptr(PcLayout) filtered = pc_layout_new (document, map, &options);
  const PcLayoutCard *faded = card_titled (filtered, "Sees a sponsored post");
  const PcLayoutCard *kept = card_titled (filtered, "Browses the catalogue");
  guint faded_index = faded - pc_layout_get_card (filtered, 0);
  guint kept_index = kept - pc_layout_get_card (filtered, 0);
  double faded_ink = card_ink (filtered, faded, faded_index);
  double faded_before = card_ink (plain, pc_layout_get_card (plain, faded_index), faded_index);
  double kept_ink = card_ink (filtered, kept, kept_index);
  double kept_before = card_ink (plain, pc_layout_get_card (plain, kept_index), kept_index);

  g_test_message ("ink: faded card %.1f (was %.1f), kept card %.1f (was %.1f)",
                  faded_ink, faded_before, kept_ink, kept_before);
  /* Drawn at 0.3: about a third of the ink. */
  g_assert_cmpfloat (faded_ink, <, faded_before * 0.45);
  g_assert_cmpfloat (faded_ink, >, faded_before * 0.15);
  g_assert_cmpfloat (kept_ink, ==, kept_before);
}

static void
test_svg_fades (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  PcMap *map = first_map (document);
  PcExportOptions options;
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GBytes) filtered = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *tp_group, *opacity;

  pc_export_options_init (&options);
  options.format = PC_EXPORT_SVG;
  plain = pc_export_to_bytes (document, map, &options, &error);
  g_assert_no_error (error);
  g_assert_null (g_strstr_len (g_bytes_get_data (plain, NULL), g_bytes_get_size (plain), "opacity=\"0.3\""));

  options.min_evidence = PC_EVIDENCE_VALIDATED;
  filtered = pc_export_to_bytes (document, map, &options, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (filtered, NULL), g_bytes_get_size (filtered));

  /* The assumption's group sits inside a faded group; the validated one
   * does not. */
  tp_group = strstr (text, "<g id=\"tp-ad\"");
  g_assert_nonnull (tp_group);
  opacity = g_strrstr_len (text, tp_group - text, "<g opacity=\"0.3\">");
  g_assert_nonnull (opacity);
  g_assert_null (g_strstr_len (opacity + 1, tp_group - opacity - 1, "</g>"));

  tp_group = strstr (text, "<g id=\"tp-site\"");
  g_assert_nonnull (tp_group);
  {
    g_autofree char *before = g_strndup (text, tp_group - text);

    g_assert_false (g_str_has_suffix (before, "<g opacity=\"0.3\">\n"));
  }
}

static guint
count_faded_entries (PcLayout *layout)
{
  guint n = 0;

  for (guint i = 0; i < pc_layout_get_n_legend_items (layout); i++)
    {
      const PcLayoutLegendItem *item = pc_layout_get_legend_item (layout, i);

      if (item->kind == PC_LAYOUT_LEGEND_FADED)
        {
          g_assert_cmpint (item->value, ==, pc_layout_get_min_evidence (layout));
          g_assert_nonnull (strstr (item->label, "Faded"));
          g_assert_cmpfloat (item->swatch.width, >, 0);
          n++;
        }
    }
  return n;
}

/* A faded export says so in its legend. */
static void
test_legend_says_faded (void)
{
  g_autoptr(PcDocument) document = pc_test_load_example ();
  PcMap *map = first_map (document);
  PcLayoutOptions options = { .legend = TRUE };
  g_autoptr(PcLayout) plain = pc_layout_new (document, map, &options);
  g_autoptr(PcLayout) filtered = NULL;

  g_assert_cmpuint (count_faded_entries (plain), ==, 0);
  options.min_evidence = PC_EVIDENCE_SOME_RESEARCH;
  filtered = pc_layout_new (document, map, &options);
  g_assert_cmpuint (count_faded_entries (filtered), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/evidence-filter/fades", test_fades);
  g_test_add_func ("/evidence-filter/cairo", test_cairo_fades);
  g_test_add_func ("/evidence-filter/svg", test_svg_fades);
  g_test_add_func ("/evidence-filter/legend", test_legend_says_faded);
  return g_test_run ();
}
