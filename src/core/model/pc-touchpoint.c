/* pc-touchpoint.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A moment the customer meets the brand: a card in one stage and one lane.
 * Its fields are described once, in the table below, which the file
 * format, CSV import and export, the inspector and copying all walk: a new
 * field needs its entry (and its member in the struct) and nothing else.
 * Empty text reads back as "" so callers never test for NULL. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-lane.h"
#include "pc-stage.h"
#include "pc-touchpoint.h"

struct _PcTouchpoint
{
  PcEntity parent_instance;

  char *stage_id;
  char *lane_id;
  char *title;
  char *action;
  char *response;
  PcChannel channel;
  PcSentiment sentiment;
  char *emotions;
  char *thoughts;
  char *pain_points;
  char *opportunity;
  char *owner;
  char *objective;
  char *metric;
  char *time;
  gboolean involves_brand;
};

G_DEFINE_FINAL_TYPE (PcTouchpoint, pc_touchpoint, PC_TYPE_ENTITY)

/* The fields in file order (also the inspector's order within a group). */
enum {
  F_STAGE,
  F_LANE,
  F_TITLE,
  F_SENTIMENT,
  F_CHANNEL,
  F_ACTION,
  F_RESPONSE,
  F_EMOTIONS,
  F_THOUGHTS,
  F_PAIN_POINTS,
  F_OPPORTUNITY,
  F_OWNER,
  F_OBJECTIVE,
  F_METRIC,
  F_TIME,
  F_BRAND,
  N_FIELDS
};

#define OFFSET(member) G_STRUCT_OFFSET (PcTouchpoint, member)

static const PcField fields[N_FIELDS] = {
  [F_STAGE] = {
    .member = "stage", .property = "stage-id", .offset = OFFSET (stage_id),
    .kind = PC_FIELD_REF, .ref_type = pc_stage_get_type, .flags = PC_FIELD_REQUIRED,
    .csv = "stage", .csv_fr = "étape", .csv_rank = 1,
    .csv_aliases = PC_FIELD_NAMES ("stages", "etapes", "phase"),
  },
  [F_LANE] = {
    .member = "lane", .property = "lane-id", .offset = OFFSET (lane_id),
    .kind = PC_FIELD_REF, .ref_type = pc_lane_get_type, .flags = PC_FIELD_REQUIRED,
    .csv = "lane", .csv_fr = "couloir", .csv_rank = 2,
    .csv_aliases = PC_FIELD_NAMES ("ligne", "persona", "lanes"),
  },
  [F_TITLE] = {
    .member = "title", .property = "title", .offset = OFFSET (title),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_REQUIRED,
    .csv = "title", .csv_fr = "titre", .csv_rank = 3,
    .csv_aliases = PC_FIELD_NAMES ("touchpoint", "point_de_contact"),
    .label = N_("Title"), .group = N_("Touchpoint"),
  },
  [F_SENTIMENT] = {
    .member = "sentiment", .property = "sentiment", .offset = OFFSET (sentiment),
    .kind = PC_FIELD_ENUM, .flags = PC_FIELD_REQUIRED | PC_FIELD_SKIP_INVALID,
    .enum_type = pc_sentiment_get_type, .enum_label = (PcFieldLabelFunc) pc_sentiment_get_label,
    .default_value = PC_SENTIMENT_NEUTRAL,
    .words = PC_FIELD_WORDS ({ "+", PC_SENTIMENT_POSITIVE }, { "positif", PC_SENTIMENT_POSITIVE },
                             { "1", PC_SENTIMENT_POSITIVE }, { "+1", PC_SENTIMENT_POSITIVE },
                             { "0", PC_SENTIMENT_NEUTRAL }, { "neutre", PC_SENTIMENT_NEUTRAL },
                             { "-", PC_SENTIMENT_NEGATIVE }, { "negatif", PC_SENTIMENT_NEGATIVE },
                             { "-1", PC_SENTIMENT_NEGATIVE }),
    .csv = "sentiment", .csv_fr = "sentiment", .csv_rank = 4,
    .invalid = N_("Line %d: “%s” is not a sentiment (positive, neutral or negative); the row was skipped."),
    .label = N_("Sentiment"), .group = N_("Sentiment"),
  },
  [F_CHANNEL] = {
    .member = "channel", .property = "channel", .offset = OFFSET (channel),
    .kind = PC_FIELD_ENUM,
    .enum_type = pc_channel_get_type, .enum_label = (PcFieldLabelFunc) pc_channel_get_label,
    .default_value = PC_CHANNEL_NONE, .fallback = PC_CHANNEL_OTHER,
    .words = PC_FIELD_WORDS ({ "website", PC_CHANNEL_WEBSITE }, { "site_web", PC_CHANNEL_WEBSITE },
                             { "site", PC_CHANNEL_WEBSITE }, { "web", PC_CHANNEL_WEBSITE },
                             { "mobile_app", PC_CHANNEL_MOBILE_APP },
                             { "application_mobile", PC_CHANNEL_MOBILE_APP },
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
                             { "word_of_mouth", PC_CHANNEL_WORD_OF_MOUTH },
                             { "bouche_a_oreille", PC_CHANNEL_WORD_OF_MOUTH },
                             { "other", PC_CHANNEL_OTHER }, { "autre", PC_CHANNEL_OTHER },
                             { "none", PC_CHANNEL_NONE }, { "aucun", PC_CHANNEL_NONE }),
    .csv = "channel", .csv_fr = "canal", .csv_rank = 5,
    .invalid = N_("Line %d: unknown channel “%s”, set to “Other”."),
    .label = N_("Channel"), .group = N_("Touchpoint"),
  },
  [F_ACTION] = {
    .member = "action", .property = "action", .offset = OFFSET (action),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_MULTILINE,
    .csv = "action", .csv_fr = "action", .csv_rank = 6,
    .csv_aliases = PC_FIELD_NAMES ("actions"),
    .label = N_("What the Customer Does"), .group = N_("Customer"),
  },
  [F_RESPONSE] = {
    .member = "response", .property = "response", .offset = OFFSET (response),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_MULTILINE,
    .csv = "response", .csv_fr = "réponse", .csv_rank = 13,
    .label = N_("How the Business Responds"), .group = N_("Customer"),
  },
  [F_EMOTIONS] = {
    .member = "emotions", .property = "emotions", .offset = OFFSET (emotions),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_MULTILINE,
    .csv = "emotion", .csv_fr = "émotions", .csv_rank = 7,
    .csv_aliases = PC_FIELD_NAMES ("emotion(s)", "emotions_et_motivations",
                                   "emotions_and_motivations"),
    .label = N_("Emotions and Motivations"), .group = N_("Customer"),
  },
  [F_THOUGHTS] = {
    .member = "thoughts", .property = "thoughts", .offset = OFFSET (thoughts),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_MULTILINE,
    .csv = "thoughts", .csv_fr = "pensées", .csv_rank = 16,
    .csv_aliases = PC_FIELD_NAMES ("thought", "pensee", "questions"),
    .label = N_("Thoughts"), .group = N_("Customer"),
  },
  [F_PAIN_POINTS] = {
    .member = "pain_points", .property = "pain-points", .offset = OFFSET (pain_points),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_MULTILINE,
    .csv = "pain_points", .csv_fr = "points de douleur", .csv_rank = 8,
    .csv_aliases = PC_FIELD_NAMES ("pain_point", "point_de_douleur", "obstacles", "obstacle",
                                   "obstacles_et_points_de_douleur", "pain_points_and_obstacles"),
    .label = N_("Pain Points"), .group = N_("Customer"),
  },
  [F_OPPORTUNITY] = {
    .member = "opportunity", .property = "opportunity", .offset = OFFSET (opportunity),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_MULTILINE,
    .csv = "opportunity", .csv_fr = "opportunité", .csv_rank = 9,
    .csv_aliases = PC_FIELD_NAMES ("opportunities", "opportunites"),
    .label = N_("Opportunity"), .group = N_("Business"),
  },
  [F_OWNER] = {
    .member = "owner", .property = "owner", .offset = OFFSET (owner),
    .kind = PC_FIELD_TEXT,
    .csv = "owner", .csv_fr = "responsable", .csv_rank = 10,
    .label = N_("Owner"), .group = N_("Business"),
  },
  [F_OBJECTIVE] = {
    .member = "objective", .property = "objective", .offset = OFFSET (objective),
    .kind = PC_FIELD_TEXT,
    .csv = "objective", .csv_fr = "objectif", .csv_rank = 14,
    .label = N_("Objective"), .group = N_("Business"),
  },
  [F_METRIC] = {
    .member = "metric", .property = "metric", .offset = OFFSET (metric),
    .kind = PC_FIELD_TEXT,
    .csv = "metric", .csv_fr = "indicateur", .csv_rank = 11,
    .csv_aliases = PC_FIELD_NAMES ("kpi"),
    .label = N_("Metric"), .group = N_("Business"),
  },
  [F_TIME] = {
    .member = "time", .property = "time", .offset = OFFSET (time),
    .kind = PC_FIELD_TIME, .flags = PC_FIELD_SKIP_INVALID,
    .csv = "time", .csv_fr = "heure", .csv_rank = 12,
    .invalid = N_("Line %d: “%s” is not a time of day (such as 09:30); the row was skipped."),
    .label = N_("Time of Day (HH:MM)"), .group = N_("Touchpoint"),
  },
  [F_BRAND] = {
    .member = "brand", .property = "involves-brand", .offset = OFFSET (involves_brand),
    .kind = PC_FIELD_BOOLEAN, .default_value = TRUE, .fallback = TRUE,
    .csv = "involves_brand", .csv_fr = "avec la marque", .csv_rank = 15,
    .csv_aliases = PC_FIELD_NAMES ("brand", "marque"),
    .invalid = N_("Line %d: “%s” is not yes or no; the touchpoint is taken to involve the brand."),
    .label = N_("Involves the Brand"), .hint = N_("Off for moments without the company"),
    .group = N_("Touchpoint"),
  },
};

static void
pc_touchpoint_class_init (PcTouchpointClass *klass)
{
  PcEntityClass *entity_class = PC_ENTITY_CLASS (klass);

  entity_class->id_prefix = "tp";
  pc_entity_class_install_fields (entity_class, fields, N_FIELDS);
}

static void
pc_touchpoint_init (PcTouchpoint *self)
{
  pc_entity_init_fields (PC_ENTITY (self));
}

/**
 * pc_touchpoint_new:
 * @id: (nullable): a stable id, or %NULL to make a new one
 */
PcTouchpoint *
pc_touchpoint_new (const char *id)
{
  return g_object_new (PC_TYPE_TOUCHPOINT, "id", id, NULL);
}

#define TEXT_ACCESSORS(name, index)                                      \
const char *                                                            \
pc_touchpoint_get_##name (PcTouchpoint *self)                           \
{                                                                       \
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), NULL);                 \
                                                                        \
  return self->name ? self->name : "";                                  \
}                                                                       \
                                                                        \
void                                                                    \
pc_touchpoint_set_##name (PcTouchpoint *self,                           \
                          const char   *name)                           \
{                                                                       \
  g_return_if_fail (PC_IS_TOUCHPOINT (self));                           \
                                                                        \
  pc_entity_set_text (PC_ENTITY (self), index, name);                   \
}

TEXT_ACCESSORS (stage_id, F_STAGE)
TEXT_ACCESSORS (lane_id, F_LANE)
TEXT_ACCESSORS (title, F_TITLE)
TEXT_ACCESSORS (action, F_ACTION)
TEXT_ACCESSORS (response, F_RESPONSE)
TEXT_ACCESSORS (emotions, F_EMOTIONS)
TEXT_ACCESSORS (pain_points, F_PAIN_POINTS)
TEXT_ACCESSORS (opportunity, F_OPPORTUNITY)
TEXT_ACCESSORS (owner, F_OWNER)
TEXT_ACCESSORS (objective, F_OBJECTIVE)
TEXT_ACCESSORS (metric, F_METRIC)
TEXT_ACCESSORS (time, F_TIME)

PcChannel
pc_touchpoint_get_channel (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), PC_CHANNEL_NONE);

  return self->channel;
}

void
pc_touchpoint_set_channel (PcTouchpoint *self,
                           PcChannel     channel)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));

  pc_entity_set_int (PC_ENTITY (self), F_CHANNEL, channel);
}

PcSentiment
pc_touchpoint_get_sentiment (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), PC_SENTIMENT_NEUTRAL);

  return self->sentiment;
}

void
pc_touchpoint_set_sentiment (PcTouchpoint *self,
                             PcSentiment   sentiment)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));

  pc_entity_set_int (PC_ENTITY (self), F_SENTIMENT, sentiment);
}

gboolean
pc_touchpoint_get_involves_brand (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), TRUE);

  return self->involves_brand;
}

void
pc_touchpoint_set_involves_brand (PcTouchpoint *self,
                                  gboolean      involves_brand)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));

  pc_entity_set_int (PC_ENTITY (self), F_BRAND, involves_brand);
}
