/* pc-theme.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pc-types.h"

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} PcColor;

typedef enum
{
  PC_THEME_LIGHT,
  PC_THEME_DARK,
  PC_THEME_LIGHT_HIGH_CONTRAST,
  PC_THEME_DARK_HIGH_CONTRAST,
} PcThemeVariant;

/* Colours for drawing a map, close to libadwaita's light and dark styles.
 * Plain values so that core code (no GTK) and exporters can use them. */
typedef struct
{
  PcThemeVariant variant;
  PcColor background;   /* the page behind the map */
  PcColor surface;      /* stage columns and lane bands */
  PcColor text;
  PcColor dim_text;
  PcColor grid;         /* separators between stages and lanes */
  PcColor header_fill;  /* stage and lane headers */
  PcColor card_fill;
  PcColor card_border;
  PcColor accent;       /* selection, focus, connectors */
  PcColor positive;
  PcColor neutral;
  PcColor negative;
  PcColor note_fill;    /* notes of insight rows: sticky notes */
  PcColor note_border;
  double  line_scale;   /* widths of emotion curves, blueprint lines and
                         * connectors: 1 on screen, more on a projector */
} PcTheme;

/* Returns: (transfer none): a static theme, never NULL. */
const PcTheme *pc_theme_get             (PcThemeVariant  variant);

/* The projector style of presentation mode: the high-contrast colours
 * of @variant's light or dark side, with thicker lines.
 * Returns: (transfer none): a static theme, never NULL. */
const PcTheme *pc_theme_get_projector   (PcThemeVariant  variant);

/* The colour of a sentiment in @theme. */
const PcColor *pc_theme_sentiment_color (const PcTheme  *theme,
                                         PcSentiment     sentiment);

/* "#rrggbb" (or "#rgb") to a colour; FALSE and @color untouched when
 * @str is not one. */
gboolean       pc_color_parse           (const char     *str,
                                         PcColor        *color);

/* Black or white, whichever reads better on @background. */
void           pc_color_contrast_text   (const PcColor  *background,
                                         PcColor        *text);

G_END_DECLS
