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

/* Scores 1 and 2 are negative, 3 neutral, 4 and 5 positive; a touchpoint's
 * sentiment is written back as 2, 3 or 4. */
void
pc_mermaid_apply_score (PcTouchpoint *touchpoint,
                        int           score)
{
  PcSentiment sentiment;

  g_return_if_fail (PC_IS_TOUCHPOINT (touchpoint));
  g_return_if_fail (score >= 0 && score <= 5);

  if (score <= 2)
    sentiment = PC_SENTIMENT_NEGATIVE;
  else if (score == 3)
    sentiment = PC_SENTIMENT_NEUTRAL;
  else
    sentiment = PC_SENTIMENT_POSITIVE;
  pc_touchpoint_set_sentiment (touchpoint, sentiment);
}

int
pc_mermaid_get_score (PcTouchpoint *touchpoint)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (touchpoint), 3);

  switch (pc_touchpoint_get_sentiment (touchpoint))
    {
    case PC_SENTIMENT_NEGATIVE:
      return 2;
    case PC_SENTIMENT_POSITIVE:
      return 4;
    case PC_SENTIMENT_NEUTRAL:
    default:
      return 3;
    }
}
