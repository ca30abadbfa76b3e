/* pc-mermaid.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pc-mermaid-private.h"

G_DEFINE_QUARK (pc-mermaid-error-quark, pc_mermaid_error)

gboolean
pc_mermaid_source_from_path (const char      *path,
                             PcMermaidSource *source)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".mmd") || g_str_has_suffix (lower, ".mermaid"))
    *source = PC_MERMAID_SOURCE_MERMAID;
  else if (g_str_has_suffix (lower, ".md") || g_str_has_suffix (lower, ".markdown"))
    *source = PC_MERMAID_SOURCE_MARKDOWN;
  else
    return FALSE;
  return TRUE;
}

/* 1 is a strong negative feeling, 2 a mild one, 3 neutral, 4 a mild
 * positive feeling and 5 a strong one; 0, which Mermaid allows, reads as
 * 1. A sentiment without a strength counts as mild. */
void
pc_mermaid_apply_score (PcTouchpoint *touchpoint,
                        int           score)
{
  PcSentiment sentiment;
  PcStrength strength;

  g_return_if_fail (PC_IS_TOUCHPOINT (touchpoint));
  g_return_if_fail (score >= 0 && score <= 5);

  if (score <= 2)
    sentiment = PC_SENTIMENT_NEGATIVE;
  else if (score == 3)
    sentiment = PC_SENTIMENT_NEUTRAL;
  else
    sentiment = PC_SENTIMENT_POSITIVE;
  if (score == 3)
    strength = PC_STRENGTH_UNSET;
  else if (score <= 1 || score == 5)
    strength = PC_STRENGTH_STRONG;
  else
    strength = PC_STRENGTH_MILD;
  pc_touchpoint_set_sentiment (touchpoint, sentiment);
  pc_touchpoint_set_strength (touchpoint, strength);
}

int
pc_mermaid_get_score (PcTouchpoint *touchpoint)
{
  gboolean strong;

  g_return_val_if_fail (PC_IS_TOUCHPOINT (touchpoint), 3);

  strong = pc_touchpoint_get_strength (touchpoint) == PC_STRENGTH_STRONG;
  switch (pc_touchpoint_get_sentiment (touchpoint))
    {
    case PC_SENTIMENT_NEGATIVE:
      return strong ? 1 : 2;
    case PC_SENTIMENT_POSITIVE:
      return strong ? 5 : 4;
    case PC_SENTIMENT_NEUTRAL:
    default:
      return 3;
    }
}
