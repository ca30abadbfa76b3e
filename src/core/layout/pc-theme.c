/* pc-theme.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pc-theme.h"

#define RGB(r, g, b) { (r) / 255.0, (g) / 255.0, (b) / 255.0, 1.0 }
#define RGBA(r, g, b, a) { (r) / 255.0, (g) / 255.0, (b) / 255.0, (a) }

/* Values from libadwaita's palette: window and view backgrounds, card
 * colours, the blue accent and the success/warning/error colours. */
static const PcTheme themes[] = {
  [PC_THEME_LIGHT] = {
    .variant = PC_THEME_LIGHT,
    .background = RGB (0xfa, 0xfa, 0xfa),
    .surface = RGB (0xf0, 0xf0, 0xf0),
    .text = RGBA (0x1e, 0x1e, 0x1e, 1.0),
    .dim_text = RGB (0x5e, 0x5c, 0x64),
    .grid = RGB (0xde, 0xdd, 0xda),
    .header_fill = RGB (0xe6, 0xe5, 0xe3),
    .card_fill = RGB (0xff, 0xff, 0xff),
    .card_border = RGB (0xd3, 0xd2, 0xcf),
    .accent = RGB (0x35, 0x84, 0xe4),
    .positive = RGB (0x26, 0xa2, 0x69),
    .neutral = RGB (0x9a, 0x99, 0x96),
    .negative = RGB (0xe0, 0x1b, 0x24),
    .note_fill = RGB (0xfd, 0xf4, 0xc6),
    .note_border = RGB (0xe2, 0xcf, 0x7c),
    .line_scale = 1.0,
  },
  [PC_THEME_DARK] = {
    .variant = PC_THEME_DARK,
    .background = RGB (0x24, 0x24, 0x24),
    .surface = RGB (0x2c, 0x2c, 0x2c),
    .text = RGB (0xff, 0xff, 0xff),
    .dim_text = RGB (0xc0, 0xbf, 0xbc),
    .grid = RGB (0x3d, 0x3d, 0x3d),
    .header_fill = RGB (0x38, 0x38, 0x38),
    .card_fill = RGB (0x36, 0x36, 0x36),
    .card_border = RGB (0x4a, 0x4a, 0x4a),
    .accent = RGB (0x78, 0xae, 0xed),
    .positive = RGB (0x57, 0xe3, 0x89),
    .neutral = RGB (0xb0, 0xaf, 0xac),
    .negative = RGB (0xff, 0x7b, 0x63),
    .note_fill = RGB (0x4a, 0x44, 0x2e),
    .note_border = RGB (0x6e, 0x64, 0x3e),
    .line_scale = 1.0,
  },
  [PC_THEME_LIGHT_HIGH_CONTRAST] = {
    .variant = PC_THEME_LIGHT_HIGH_CONTRAST,
    .background = RGB (0xff, 0xff, 0xff),
    .surface = RGB (0xff, 0xff, 0xff),
    .text = RGB (0x00, 0x00, 0x00),
    .dim_text = RGB (0x24, 0x24, 0x24),
    .grid = RGB (0x5e, 0x5c, 0x64),
    .header_fill = RGB (0xde, 0xdd, 0xda),
    .card_fill = RGB (0xff, 0xff, 0xff),
    .card_border = RGB (0x00, 0x00, 0x00),
    .accent = RGB (0x1a, 0x5f, 0xb4),
    .positive = RGB (0x1b, 0x6e, 0x3a),
    .neutral = RGB (0x3d, 0x38, 0x46),
    .negative = RGB (0xa5, 0x1d, 0x2d),
    .note_fill = RGB (0xff, 0xf6, 0xc8),
    .note_border = RGB (0x00, 0x00, 0x00),
    .line_scale = 1.0,
  },
  [PC_THEME_DARK_HIGH_CONTRAST] = {
    .variant = PC_THEME_DARK_HIGH_CONTRAST,
    .background = RGB (0x00, 0x00, 0x00),
    .surface = RGB (0x12, 0x12, 0x12),
    .text = RGB (0xff, 0xff, 0xff),
    .dim_text = RGB (0xf6, 0xf5, 0xf4),
    .grid = RGB (0x9a, 0x99, 0x96),
    .header_fill = RGB (0x24, 0x24, 0x24),
    .card_fill = RGB (0x1e, 0x1e, 0x1e),
    .card_border = RGB (0xff, 0xff, 0xff),
    .accent = RGB (0x99, 0xc1, 0xf1),
    .positive = RGB (0x8f, 0xf0, 0xa4),
    .neutral = RGB (0xde, 0xdd, 0xda),
    .negative = RGB (0xff, 0xa3, 0x48),
    .note_fill = RGB (0x33, 0x2e, 0x12),
    .note_border = RGB (0xff, 0xff, 0xff),
    .line_scale = 1.0,
  },
};

/* Lines twice as thick as on screen: read from the back of a room. */
#define PROJECTOR_LINE_SCALE 2.0

static PcTheme projector_themes[2];

const PcTheme *
pc_theme_get (PcThemeVariant variant)
{
  if ((guint) variant >= G_N_ELEMENTS (themes))
    variant = PC_THEME_LIGHT;
  return &themes[variant];
}

const PcTheme *
pc_theme_get_projector (PcThemeVariant variant)
{
  static gsize initialized = 0;
  gboolean dark = variant == PC_THEME_DARK || variant == PC_THEME_DARK_HIGH_CONTRAST;

  if (g_once_init_enter (&initialized))
    {
      projector_themes[0] = themes[PC_THEME_LIGHT_HIGH_CONTRAST];
      projector_themes[1] = themes[PC_THEME_DARK_HIGH_CONTRAST];
      projector_themes[0].line_scale = PROJECTOR_LINE_SCALE;
      projector_themes[1].line_scale = PROJECTOR_LINE_SCALE;
      g_once_init_leave (&initialized, 1);
    }
  return &projector_themes[dark ? 1 : 0];
}

const PcColor *
pc_theme_sentiment_color (const PcTheme *theme,
                          PcSentiment    sentiment)
{
  g_return_val_if_fail (theme != NULL, NULL);

  switch (sentiment)
    {
    case PC_SENTIMENT_POSITIVE:
      return &theme->positive;
    case PC_SENTIMENT_NEGATIVE:
      return &theme->negative;
    case PC_SENTIMENT_NEUTRAL:
    default:
      return &theme->neutral;
    }
}

static int
hex_digit (char c)
{
  return g_ascii_xdigit_value (c);
}

gboolean
pc_color_parse (const char *str,
                PcColor    *color)
{
  int v[6];
  gsize len;

  g_return_val_if_fail (color != NULL, FALSE);

  if (str == NULL || str[0] != '#')
    return FALSE;
  len = strlen (str + 1);
  if (len != 3 && len != 6)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if ((v[i] = hex_digit (str[1 + i])) < 0)
      return FALSE;

  if (len == 3)
    {
      color->red = v[0] * 17 / 255.0;
      color->green = v[1] * 17 / 255.0;
      color->blue = v[2] * 17 / 255.0;
    }
  else
    {
      color->red = (v[0] * 16 + v[1]) / 255.0;
      color->green = (v[2] * 16 + v[3]) / 255.0;
      color->blue = (v[4] * 16 + v[5]) / 255.0;
    }
  color->alpha = 1.0;
  return TRUE;
}

void
pc_color_contrast_text (const PcColor *background,
                        PcColor       *text)
{
  double luma;

  g_return_if_fail (background != NULL && text != NULL);

  luma = 0.2126 * background->red + 0.7152 * background->green
         + 0.0722 * background->blue;
  text->red = text->green = text->blue = luma > 0.55 ? 0.0 : 1.0;
  text->alpha = 1.0;
}
