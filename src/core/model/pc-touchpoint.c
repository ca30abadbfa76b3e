/* pc-touchpoint.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A moment the customer meets the brand: a card in one stage and one lane.
 * Empty text reads back as "" so callers never test for NULL. */

#include "config.h"

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
  char *pain_points;
  char *opportunity;
  char *owner;
  char *objective;
  char *metric;
  char *time;
  gboolean involves_brand;
};

G_DEFINE_FINAL_TYPE (PcTouchpoint, pc_touchpoint, PC_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_STAGE_ID,
  PROP_LANE_ID,
  PROP_TITLE,
  PROP_ACTION,
  PROP_RESPONSE,
  PROP_CHANNEL,
  PROP_SENTIMENT,
  PROP_EMOTIONS,
  PROP_PAIN_POINTS,
  PROP_OPPORTUNITY,
  PROP_OWNER,
  PROP_OBJECTIVE,
  PROP_METRIC,
  PROP_TIME,
  PROP_INVOLVES_BRAND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pc_touchpoint_finalize (GObject *object)
{
  PcTouchpoint *self = PC_TOUCHPOINT (object);

  g_clear_pointer (&self->stage_id, g_free);
  g_clear_pointer (&self->lane_id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->action, g_free);
  g_clear_pointer (&self->response, g_free);
  g_clear_pointer (&self->emotions, g_free);
  g_clear_pointer (&self->pain_points, g_free);
  g_clear_pointer (&self->opportunity, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->objective, g_free);
  g_clear_pointer (&self->metric, g_free);
  g_clear_pointer (&self->time, g_free);

  G_OBJECT_CLASS (pc_touchpoint_parent_class)->finalize (object);
}

static void
pc_touchpoint_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PcTouchpoint *self = PC_TOUCHPOINT (object);

  switch (prop_id)
    {
    case PROP_STAGE_ID:
      g_value_set_string (value, self->stage_id);
      break;
    case PROP_LANE_ID:
      g_value_set_string (value, self->lane_id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_ACTION:
      g_value_set_string (value, self->action);
      break;
    case PROP_RESPONSE:
      g_value_set_string (value, self->response);
      break;
    case PROP_CHANNEL:
      g_value_set_enum (value, self->channel);
      break;
    case PROP_SENTIMENT:
      g_value_set_enum (value, self->sentiment);
      break;
    case PROP_EMOTIONS:
      g_value_set_string (value, self->emotions);
      break;
    case PROP_PAIN_POINTS:
      g_value_set_string (value, self->pain_points);
      break;
    case PROP_OPPORTUNITY:
      g_value_set_string (value, self->opportunity);
      break;
    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;
    case PROP_OBJECTIVE:
      g_value_set_string (value, self->objective);
      break;
    case PROP_METRIC:
      g_value_set_string (value, self->metric);
      break;
    case PROP_TIME:
      g_value_set_string (value, self->time);
      break;
    case PROP_INVOLVES_BRAND:
      g_value_set_boolean (value, self->involves_brand);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_touchpoint_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PcTouchpoint *self = PC_TOUCHPOINT (object);

  switch (prop_id)
    {
    case PROP_STAGE_ID:
      pc_touchpoint_set_stage_id (self, g_value_get_string (value));
      break;
    case PROP_LANE_ID:
      pc_touchpoint_set_lane_id (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      pc_touchpoint_set_title (self, g_value_get_string (value));
      break;
    case PROP_ACTION:
      pc_touchpoint_set_action (self, g_value_get_string (value));
      break;
    case PROP_RESPONSE:
      pc_touchpoint_set_response (self, g_value_get_string (value));
      break;
    case PROP_CHANNEL:
      pc_touchpoint_set_channel (self, g_value_get_enum (value));
      break;
    case PROP_SENTIMENT:
      pc_touchpoint_set_sentiment (self, g_value_get_enum (value));
      break;
    case PROP_EMOTIONS:
      pc_touchpoint_set_emotions (self, g_value_get_string (value));
      break;
    case PROP_PAIN_POINTS:
      pc_touchpoint_set_pain_points (self, g_value_get_string (value));
      break;
    case PROP_OPPORTUNITY:
      pc_touchpoint_set_opportunity (self, g_value_get_string (value));
      break;
    case PROP_OWNER:
      pc_touchpoint_set_owner (self, g_value_get_string (value));
      break;
    case PROP_OBJECTIVE:
      pc_touchpoint_set_objective (self, g_value_get_string (value));
      break;
    case PROP_METRIC:
      pc_touchpoint_set_metric (self, g_value_get_string (value));
      break;
    case PROP_TIME:
      pc_touchpoint_set_time (self, g_value_get_string (value));
      break;
    case PROP_INVOLVES_BRAND:
      pc_touchpoint_set_involves_brand (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_touchpoint_class_init (PcTouchpointClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PcEntityClass *entity_class = PC_ENTITY_CLASS (klass);

  object_class->finalize = pc_touchpoint_finalize;
  object_class->get_property = pc_touchpoint_get_property;
  object_class->set_property = pc_touchpoint_set_property;
  entity_class->id_prefix = "tp";

  properties[PROP_STAGE_ID] =
    g_param_spec_string ("stage-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANE_ID] =
    g_param_spec_string ("lane-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTION] =
    g_param_spec_string ("action", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESPONSE] =
    g_param_spec_string ("response", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHANNEL] =
    g_param_spec_enum ("channel", NULL, NULL, PC_TYPE_CHANNEL, PC_CHANNEL_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SENTIMENT] =
    g_param_spec_enum ("sentiment", NULL, NULL, PC_TYPE_SENTIMENT, PC_SENTIMENT_NEUTRAL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMOTIONS] =
    g_param_spec_string ("emotions", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAIN_POINTS] =
    g_param_spec_string ("pain-points", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OPPORTUNITY] =
    g_param_spec_string ("opportunity", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OBJECTIVE] =
    g_param_spec_string ("objective", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_METRIC] =
    g_param_spec_string ("metric", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIME] =
    g_param_spec_string ("time", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INVOLVES_BRAND] =
    g_param_spec_boolean ("involves-brand", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pc_touchpoint_init (PcTouchpoint *self)
{
  self->channel = PC_CHANNEL_NONE;
  self->sentiment = PC_SENTIMENT_NEUTRAL;
  self->involves_brand = TRUE;
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

const char *
pc_touchpoint_get_stage_id (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), NULL);

  return self->stage_id ? self->stage_id : "";
}

void
pc_touchpoint_set_stage_id (PcTouchpoint *self,
                            const char *stage_id)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));

  if (g_strcmp0 (self->stage_id ? self->stage_id : "", stage_id ? stage_id : "") == 0)
    return;
  g_free (self->stage_id);
  self->stage_id = g_strdup (stage_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE_ID]);
}

const char *
pc_touchpoint_get_lane_id (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), NULL);

  return self->lane_id ? self->lane_id : "";
}

void
pc_touchpoint_set_lane_id (PcTouchpoint *self,
                           const char *lane_id)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));

  if (g_strcmp0 (self->lane_id ? self->lane_id : "", lane_id ? lane_id : "") == 0)
    return;
  g_free (self->lane_id);
  self->lane_id = g_strdup (lane_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANE_ID]);
}

const char *
pc_touchpoint_get_title (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), NULL);

  return self->title ? self->title : "";
}

void
pc_touchpoint_set_title (PcTouchpoint *self,
                         const char *title)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));

  if (g_strcmp0 (self->title ? self->title : "", title ? title : "") == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
pc_touchpoint_get_action (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), NULL);

  return self->action ? self->action : "";
}

void
pc_touchpoint_set_action (PcTouchpoint *self,
                          const char *action)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));

  if (g_strcmp0 (self->action ? self->action : "", action ? action : "") == 0)
    return;
  g_free (self->action);
  self->action = g_strdup (action);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION]);
}

const char *
pc_touchpoint_get_response (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), NULL);

  return self->response ? self->response : "";
}

void
pc_touchpoint_set_response (PcTouchpoint *self,
                            const char *response)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));

  if (g_strcmp0 (self->response ? self->response : "", response ? response : "") == 0)
    return;
  g_free (self->response);
  self->response = g_strdup (response);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONSE]);
}

PcChannel
pc_touchpoint_get_channel (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), PC_CHANNEL_NONE);

  return self->channel;
}

void
pc_touchpoint_set_channel (PcTouchpoint *self,
                           PcChannel channel)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));

  if (self->channel == channel)
    return;
  self->channel = channel;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANNEL]);
}

PcSentiment
pc_touchpoint_get_sentiment (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), PC_SENTIMENT_NEUTRAL);

  return self->sentiment;
}

void
pc_touchpoint_set_sentiment (PcTouchpoint *self,
                             PcSentiment sentiment)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));

  if (self->sentiment == sentiment)
    return;
  self->sentiment = sentiment;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENTIMENT]);
}

const char *
pc_touchpoint_get_emotions (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), NULL);

  return self->emotions ? self->emotions : "";
}

void
pc_touchpoint_set_emotions (PcTouchpoint *self,
                            const char *emotions)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));

  if (g_strcmp0 (self->emotions ? self->emotions : "", emotions ? emotions : "") == 0)
    return;
  g_free (self->emotions);
  self->emotions = g_strdup (emotions);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMOTIONS]);
}

const char *
pc_touchpoint_get_pain_points (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), NULL);

  return self->pain_points ? self->pain_points : "";
}

void
pc_touchpoint_set_pain_points (PcTouchpoint *self,
                               const char *pain_points)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));

  if (g_strcmp0 (self->pain_points ? self->pain_points : "", pain_points ? pain_points : "") == 0)
    return;
  g_free (self->pain_points);
  self->pain_points = g_strdup (pain_points);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIN_POINTS]);
}

const char *
pc_touchpoint_get_opportunity (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), NULL);

  return self->opportunity ? self->opportunity : "";
}

void
pc_touchpoint_set_opportunity (PcTouchpoint *self,
                               const char *opportunity)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));

  if (g_strcmp0 (self->opportunity ? self->opportunity : "", opportunity ? opportunity : "") == 0)
    return;
  g_free (self->opportunity);
  self->opportunity = g_strdup (opportunity);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPPORTUNITY]);
}

const char *
pc_touchpoint_get_owner (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), NULL);

  return self->owner ? self->owner : "";
}

void
pc_touchpoint_set_owner (PcTouchpoint *self,
                         const char *owner)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));

  if (g_strcmp0 (self->owner ? self->owner : "", owner ? owner : "") == 0)
    return;
  g_free (self->owner);
  self->owner = g_strdup (owner);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
}

const char *
pc_touchpoint_get_objective (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), NULL);

  return self->objective ? self->objective : "";
}

void
pc_touchpoint_set_objective (PcTouchpoint *self,
                             const char *objective)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));

  if (g_strcmp0 (self->objective ? self->objective : "", objective ? objective : "") == 0)
    return;
  g_free (self->objective);
  self->objective = g_strdup (objective);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OBJECTIVE]);
}

const char *
pc_touchpoint_get_metric (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), NULL);

  return self->metric ? self->metric : "";
}

void
pc_touchpoint_set_metric (PcTouchpoint *self,
                          const char *metric)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));

  if (g_strcmp0 (self->metric ? self->metric : "", metric ? metric : "") == 0)
    return;
  g_free (self->metric);
  self->metric = g_strdup (metric);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METRIC]);
}

const char *
pc_touchpoint_get_time (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), NULL);

  return self->time ? self->time : "";
}

void
pc_touchpoint_set_time (PcTouchpoint *self,
                        const char *time)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));

  if (g_strcmp0 (self->time ? self->time : "", time ? time : "") == 0)
    return;
  g_free (self->time);
  self->time = g_strdup (time);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}

gboolean
pc_touchpoint_get_involves_brand (PcTouchpoint *self)
{
  g_return_val_if_fail (PC_IS_TOUCHPOINT (self), TRUE);

  return self->involves_brand;
}

void
pc_touchpoint_set_involves_brand (PcTouchpoint *self,
                                  gboolean involves_brand)
{
  g_return_if_fail (PC_IS_TOUCHPOINT (self));

  involves_brand = !!involves_brand;
  if (self->involves_brand == involves_brand)
    return;
  self->involves_brand = involves_brand;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INVOLVES_BRAND]);
}
