/* pc-csv-values.c: the words a spreadsheet may use for columns and values
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pc-csv-private.h"

const char * const pc_csv_column_names[PC_CSV_N_COLUMNS] = {
  "stage", "lane", "title", "sentiment", "channel", "action", "emotion",
  "pain_points", "opportunity", "owner", "metric", "time", "response",
  "objective", "involves_brand",
};

/* Header names accepted on import, already normalised (see
 * pc_csv_normalize_key): English and French, singular and plural. */
static const struct { const char *key; PcCsvColumn column; } column_aliases[] = {
  { "stage", PC_CSV_COL_STAGE }, { "stages", PC_CSV_COL_STAGE }, { "etape", PC_CSV_COL_STAGE },
  { "etapes", PC_CSV_COL_STAGE }, { "phase", PC_CSV_COL_STAGE },
  { "lane", PC_CSV_COL_LANE }, { "couloir", PC_CSV_COL_LANE }, { "ligne", PC_CSV_COL_LANE },
  { "persona", PC_CSV_COL_LANE }, { "lanes", PC_CSV_COL_LANE },
  { "title", PC_CSV_COL_TITLE }, { "titre", PC_CSV_COL_TITLE }, { "touchpoint", PC_CSV_COL_TITLE },
  { "point_de_contact", PC_CSV_COL_TITLE },
  { "sentiment", PC_CSV_COL_SENTIMENT },
  { "channel", PC_CSV_COL_CHANNEL }, { "canal", PC_CSV_COL_CHANNEL },
  { "action", PC_CSV_COL_ACTION }, { "actions", PC_CSV_COL_ACTION },
  { "emotion", PC_CSV_COL_EMOTION }, { "emotions", PC_CSV_COL_EMOTION },
  { "emotion(s)", PC_CSV_COL_EMOTION }, { "emotions_et_motivations", PC_CSV_COL_EMOTION },
  { "emotions_and_motivations", PC_CSV_COL_EMOTION },
  { "pain_points", PC_CSV_COL_PAIN_POINTS }, { "pain_point", PC_CSV_COL_PAIN_POINTS },
  { "points_de_douleur", PC_CSV_COL_PAIN_POINTS }, { "point_de_douleur", PC_CSV_COL_PAIN_POINTS },
  { "obstacles", PC_CSV_COL_PAIN_POINTS }, { "obstacle", PC_CSV_COL_PAIN_POINTS },
  { "obstacles_et_points_de_douleur", PC_CSV_COL_PAIN_POINTS },
  { "pain_points_and_obstacles", PC_CSV_COL_PAIN_POINTS },
  { "opportunity", PC_CSV_COL_OPPORTUNITY }, { "opportunities", PC_CSV_COL_OPPORTUNITY },
  { "opportunite", PC_CSV_COL_OPPORTUNITY }, { "opportunites", PC_CSV_COL_OPPORTUNITY },
  { "owner", PC_CSV_COL_OWNER }, { "responsable", PC_CSV_COL_OWNER },
  { "metric", PC_CSV_COL_METRIC }, { "indicateur", PC_CSV_COL_METRIC }, { "kpi", PC_CSV_COL_METRIC },
  { "time", PC_CSV_COL_TIME }, { "heure", PC_CSV_COL_TIME },
  { "response", PC_CSV_COL_RESPONSE }, { "reponse", PC_CSV_COL_RESPONSE },
  { "objective", PC_CSV_COL_OBJECTIVE }, { "objectif", PC_CSV_COL_OBJECTIVE },
  { "involves_brand", PC_CSV_COL_BRAND }, { "brand", PC_CSV_COL_BRAND },
  { "marque", PC_CSV_COL_BRAND }, { "avec_la_marque", PC_CSV_COL_BRAND },
};

/* Sentiment words, normalised. */
static const struct { const char *key; PcSentiment sentiment; } sentiment_aliases[] = {
  { "positive", PC_SENTIMENT_POSITIVE }, { "+", PC_SENTIMENT_POSITIVE },
  { "positif", PC_SENTIMENT_POSITIVE }, { "1", PC_SENTIMENT_POSITIVE },
  { "neutral", PC_SENTIMENT_NEUTRAL }, { "0", PC_SENTIMENT_NEUTRAL },
  { "neutre", PC_SENTIMENT_NEUTRAL },
  { "negative", PC_SENTIMENT_NEGATIVE }, { "-", PC_SENTIMENT_NEGATIVE },
  { "negatif", PC_SENTIMENT_NEGATIVE }, { "-1", PC_SENTIMENT_NEGATIVE },
  { "+1", PC_SENTIMENT_POSITIVE },
};

/* Channel labels in English and French, normalised, besides the nicks. */
static const struct { const char *key; PcChannel channel; } channel_aliases[] = {
  { "website", PC_CHANNEL_WEBSITE }, { "site_web", PC_CHANNEL_WEBSITE },
  { "site", PC_CHANNEL_WEBSITE }, { "web", PC_CHANNEL_WEBSITE },
  { "mobile_app", PC_CHANNEL_MOBILE_APP }, { "application_mobile", PC_CHANNEL_MOBILE_APP },
  { "app", PC_CHANNEL_MOBILE_APP },
  { "social_media", PC_CHANNEL_SOCIAL }, { "reseaux_sociaux", PC_CHANNEL_SOCIAL },
  { "email", PC_CHANNEL_EMAIL }, { "e_mail", PC_CHANNEL_EMAIL },
  { "courriel", PC_CHANNEL_EMAIL },
  { "paid_ads", PC_CHANNEL_ADS }, { "publicite", PC_CHANNEL_ADS },
  { "publicite_payante", PC_CHANNEL_ADS },
  { "search", PC_CHANNEL_SEARCH }, { "recherche", PC_CHANNEL_SEARCH },
  { "reviews", PC_CHANNEL_REVIEWS }, { "avis", PC_CHANNEL_REVIEWS },
  { "chat", PC_CHANNEL_CHAT }, { "messagerie", PC_CHANNEL_CHAT },
  { "phone", PC_CHANNEL_PHONE }, { "telephone", PC_CHANNEL_PHONE },
  { "store", PC_CHANNEL_STORE }, { "magasin", PC_CHANNEL_STORE },
  { "boutique", PC_CHANNEL_STORE },
  { "word_of_mouth", PC_CHANNEL_WORD_OF_MOUTH }, { "bouche_a_oreille", PC_CHANNEL_WORD_OF_MOUTH },
  { "other", PC_CHANNEL_OTHER }, { "autre", PC_CHANNEL_OTHER },
  { "none", PC_CHANNEL_NONE }, { "aucun", PC_CHANNEL_NONE },
};

/* Blueprint lane names in English and French, normalised. */
static const struct { const char *key; PcLaneKind kind; } lane_kind_aliases[] = {
  { "physical_evidence", PC_LANE_KIND_EVIDENCE }, { "evidence", PC_LANE_KIND_EVIDENCE },
  { "preuves_physiques", PC_LANE_KIND_EVIDENCE }, { "preuve_physique", PC_LANE_KIND_EVIDENCE },
  { "customer_actions", PC_LANE_KIND_CUSTOMER }, { "actions_du_client", PC_LANE_KIND_CUSTOMER },
  { "actions_client", PC_LANE_KIND_CUSTOMER },
  { "frontstage", PC_LANE_KIND_FRONTSTAGE }, { "front_office", PC_LANE_KIND_FRONTSTAGE },
  { "backstage", PC_LANE_KIND_BACKSTAGE }, { "back_office", PC_LANE_KIND_BACKSTAGE },
  { "coulisses", PC_LANE_KIND_BACKSTAGE },
  { "support_processes", PC_LANE_KIND_SUPPORT }, { "support", PC_LANE_KIND_SUPPORT },
  { "processus_de_support", PC_LANE_KIND_SUPPORT }, { "processus_support", PC_LANE_KIND_SUPPORT },
};

PcCsvColumn
pc_csv_column_from_key (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (column_aliases); i++)
    if (strcmp (key, column_aliases[i].key) == 0)
      return column_aliases[i].column;
  return PC_CSV_N_COLUMNS;
}

/* Every accepted word for a sentiment or a channel, normalised, built once
 * per import: nicks, the aliases above and the labels in the UI's language.
 * Values are stored plus one, so that no value is NULL. */
GHashTable *
pc_csv_make_sentiment_words (void)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (int s = PC_SENTIMENT_NEGATIVE; s <= PC_SENTIMENT_POSITIVE; s++)
    g_hash_table_insert (words, pc_csv_normalize_key (pc_sentiment_get_label (s)),
                         GINT_TO_POINTER (s + 2));
  for (guint i = 0; i < G_N_ELEMENTS (sentiment_aliases); i++)
    g_hash_table_insert (words, g_strdup (sentiment_aliases[i].key),
                         GINT_TO_POINTER (sentiment_aliases[i].sentiment + 2));
  return words;
}

GHashTable *
pc_csv_make_channel_words (void)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (channel_aliases); i++)
    g_hash_table_insert (words, g_strdup (channel_aliases[i].key),
                         GINT_TO_POINTER (channel_aliases[i].channel + 1));
  for (int c = 0; c < PC_N_CHANNELS; c++)
    {
      g_hash_table_insert (words, pc_csv_normalize_key (pc_channel_get_label (c)),
                           GINT_TO_POINTER (c + 1));
      g_hash_table_insert (words, pc_csv_normalize_key (pc_channel_to_string (c)),
                           GINT_TO_POINTER (c + 1));
    }
  return words;
}

gboolean
pc_csv_parse_sentiment (GHashTable  *words,
                        const char  *value,
                        PcSentiment *sentiment)
{
  g_autofree char *raw = g_strstrip (g_strdup (value));
  g_autofree char *key = NULL;
  gpointer found;

  if (raw[0] == '\0')
    {
      *sentiment = PC_SENTIMENT_NEUTRAL;
      return TRUE;
    }
  /* "-" and "-1" vanish in the key, so signs are looked up as written. */
  found = g_hash_table_lookup (words, raw);
  if (found == NULL)
    {
      key = pc_csv_normalize_key (raw);
      found = g_hash_table_lookup (words, key);
    }
  if (found == NULL)
    return FALSE;
  *sentiment = GPOINTER_TO_INT (found) - 2;
  return TRUE;
}

gboolean
pc_csv_parse_channel (GHashTable *words,
                      const char *value,
                      PcChannel  *channel)
{
  g_autofree char *key = pc_csv_normalize_key (value);
  gpointer found;

  if (key[0] == '\0')
    {
      *channel = PC_CHANNEL_NONE;
      return TRUE;
    }
  found = g_hash_table_lookup (words, key);
  if (found == NULL)
    return FALSE;
  *channel = GPOINTER_TO_INT (found) - 1;
  return TRUE;
}

/* Day-in-the-life "involves the brand": empty means yes. */
gboolean
pc_csv_parse_boolean (const char *value,
                      gboolean   *result)
{
  static const char * const yes[] = { "", "yes", "y", "true", "1", "oui", "o", "vrai" };
  static const char * const no[] = { "no", "n", "false", "0", "non", "faux" };
  g_autofree char *key = pc_csv_normalize_key (value);

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (strcmp (key, yes[i]) == 0)
      {
        *result = TRUE;
        return TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (strcmp (key, no[i]) == 0)
      {
        *result = FALSE;
        return TRUE;
      }
  return FALSE;
}

gboolean
pc_csv_parse_lane_kind (const char *name,
                        PcLaneKind *kind)
{
  g_autofree char *key = pc_csv_normalize_key (name);

  for (int k = PC_LANE_KIND_EVIDENCE; k <= PC_LANE_KIND_SUPPORT; k++)
    {
      g_autofree char *nick = pc_csv_normalize_key (pc_lane_kind_to_string (k));
      g_autofree char *label = pc_csv_normalize_key (pc_lane_kind_get_label (k));

      if (strcmp (key, nick) == 0 || strcmp (key, label) == 0)
        {
          *kind = k;
          return TRUE;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (lane_kind_aliases); i++)
    if (strcmp (key, lane_kind_aliases[i].key) == 0)
      {
        *kind = lane_kind_aliases[i].kind;
        return TRUE;
      }
  return FALSE;
}

/* "9:30", "09:30" are kept; "9h30" and "9h" become "09:30" and "09:00".
 * Returns NULL when the value is not a time of day. */
char *
pc_csv_parse_time (const char *value)
{
  const char *p = value;
  int h = 0, m = 0;

  if (pc_time_parse (value) >= 0)
    return g_strdup (value);

  if (!g_ascii_isdigit (*p))
    return NULL;
  h = *p++ - '0';
  if (g_ascii_isdigit (*p))
    h = h * 10 + (*p++ - '0');
  if (*p != 'h' && *p != 'H')
    return NULL;
  p++;
  if (*p != '\0')
    {
      if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]) || p[2] != '\0')
        return NULL;
      m = (p[0] - '0') * 10 + (p[1] - '0');
    }
  if (h > 23 || m > 59)
    return NULL;
  return g_strdup_printf ("%02d:%02d", h, m);
}
