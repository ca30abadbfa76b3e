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
  PcStrength strength;
  gboolean fail_point;
  gboolean waiting_point;
  PcEvidence evidence;
  int votes;
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
  F_STRENGTH,
  F_FAIL_POINT,
  F_WAITING_POINT,
  F_EVIDENCE,
  F_VOTES,
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
    .csv_aliases = PC_FIELD_NAMES ("ligne", "persona", "personas", "lanes"),
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
    .csv_aliases = PC_FIELD_NAMES ("kpi", "metrique", "metriques", "metrics"),
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
  [F_STRENGTH] = {
    .member = "strength", .property = "strength", .offset = OFFSET (strength),
    .kind = PC_FIELD_ENUM, .flags = PC_FIELD_UNSTATED, .since = 2,
    .enum_type = pc_strength_get_type, .enum_label = (PcFieldLabelFunc) pc_strength_get_label,
    .default_value = PC_STRENGTH_UNSET, .fallback = PC_STRENGTH_UNSET,
    .words = PC_FIELD_WORDS ({ "1", PC_STRENGTH_MILD }, { "leger", PC_STRENGTH_MILD },
                             { "legere", PC_STRENGTH_MILD }, { "faible", PC_STRENGTH_MILD },
                             { "2", PC_STRENGTH_STRONG }, { "fort", PC_STRENGTH_STRONG },
                             { "forte", PC_STRENGTH_STRONG }),
    .csv = "strength", .csv_fr = "intensité", .csv_rank = 20,
    .invalid = N_("Line %d: “%s” is not a strength (mild or strong); it was left out."),
    .label = N_("Strength of Feeling"), .group = N_("Sentiment"),
  },
  [F_FAIL_POINT] = {
    .member = "fail_point", .property = "fail-point", .offset = OFFSET (fail_point),
    .kind = PC_FIELD_BOOLEAN, .since = 2,
    .csv = "fail_point", .csv_fr = "point de rupture", .csv_rank = 21,
    .invalid = N_("Line %d: “%s” is not yes or no; the touchpoint is taken not to be a fail point."),
    .label = N_("Fail Point"), .hint = N_("Where the service can break down"),
    .group = N_("Touchpoint"),
  },
  [F_WAITING_POINT] = {
    .member = "waiting_point", .property = "waiting-point", .offset = OFFSET (waiting_point),
    .kind = PC_FIELD_BOOLEAN, .since = 2,
    .csv = "waiting_point", .csv_fr = "point d’attente", .csv_rank = 22,
    .csv_aliases = PC_FIELD_NAMES ("point_d_attente"),
    .invalid = N_("Line %d: “%s” is not yes or no; the touchpoint is taken not to be a waiting point."),
    .label = N_("Waiting Point"), .hint = N_("Where the customer waits"),
    .group = N_("Touchpoint"),
  },
  [F_EVIDENCE] = {
    .member = "evidence", .property = "evidence", .offset = OFFSET (evidence),
    .kind = PC_FIELD_ENUM, .flags = PC_FIELD_UNSTATED, .since = 2,
    .enum_type = pc_evidence_get_type, .enum_label = (PcFieldLabelFunc) pc_evidence_get_label,
    .default_value = PC_EVIDENCE_UNSET, .fallback = PC_EVIDENCE_UNSET,
    .words = PC_FIELD_WORDS ({ "hypothese", PC_EVIDENCE_ASSUMPTION },
                             { "quelques_recherches", PC_EVIDENCE_SOME_RESEARCH },
                             { "valide", PC_EVIDENCE_VALIDATED }, { "validee", PC_EVIDENCE_VALIDATED }),
    .csv = "evidence", .csv_fr = "preuve", .csv_rank = 23,
    .invalid = N_("Line %d: “%s” is not an evidence level (assumption, some research or validated); it was left out."),
    .label = N_("Evidence"), .hint = N_("How well research backs it"), .group = N_("Research"),
  },
  [F_VOTES] = {
    .member = "votes", .property = "votes", .offset = OFFSET (votes),
    .kind = PC_FIELD_INT, .minimum = 0, .maximum = PC_MAX_VOTES, .since = 2,
    .csv = "votes", .csv_fr = "votes", .csv_rank = 24,
    .invalid = N_("Line %d: “%s” is not a number of votes (0 to 999); it was set to 0."),
    .label = N_("Votes"), .hint = N_("Dot votes from a workshop"), .group = N_("Research"),
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

PcStrength
pc_touchpoint_get_strength (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), PC_STRENGTH_UNSET);

  return self->strength;
}

void
pc_touchpoint_set_strength (PcTouchpoint *self,
                            PcStrength    strength)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));
  g_return_if_fail (strength >= PC_STRENGTH_UNSET && strength <= PC_STRENGTH_STRONG);

  pc_entity_set_int (PC_ENTITY (self), F_STRENGTH, strength);
}

/**
 * pc_touchpoint_get_score:
 *
 * The touchpoint's point on the emotion curve: the sentiment weighted by
 * its strength. Positive is +1 (mild or not stated) or +2 (strong),
 * negative −1 or −2, neutral 0 whatever the strength; so a map without
 * strengths scores as its sentiments.
 *
 * Returns: −2 … +2
 */
int
pc_touchpoint_get_score (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), 0);

  return (int) self->sentiment * (self->strength == PC_STRENGTH_STRONG ? 2 : 1);
}

gboolean
pc_touchpoint_get_fail_point (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), FALSE);

  return self->fail_point;
}

void
pc_touchpoint_set_fail_point (PcTouchpoint *self,
                              gboolean      fail_point)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));

  pc_entity_set_int (PC_ENTITY (self), F_FAIL_POINT, fail_point);
}

gboolean
pc_touchpoint_get_waiting_point (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), FALSE);

  return self->waiting_point;
}

void
pc_touchpoint_set_waiting_point (PcTouchpoint *self,
                                 gboolean      waiting_point)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));

  pc_entity_set_int (PC_ENTITY (self), F_WAITING_POINT, waiting_point);
}

PcEvidence
pc_touchpoint_get_evidence (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), PC_EVIDENCE_UNSET);

  return self->evidence;
}

void
pc_touchpoint_set_evidence (PcTouchpoint *self,
                            PcEvidence    evidence)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));
  g_return_if_fail (evidence >= PC_EVIDENCE_UNSET && evidence <= PC_EVIDENCE_VALIDATED);

  pc_entity_set_int (PC_ENTITY (self), F_EVIDENCE, evidence);
}

guint
pc_touchpoint_get_votes (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), 0);

  return self->votes;
}

void
pc_touchpoint_set_votes (PcTouchpoint *self,
                         guint         votes)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));
  g_return_if_fail (votes <= PC_MAX_VOTES);

  pc_entity_set_int (PC_ENTITY (self), F_VOTES, votes);
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
