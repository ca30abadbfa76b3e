/* pc-types.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pc-types.h"

/* The nicks are the words the file format uses: never change them. */
static const GEnumValue map_kind_values[] = {
  { PC_MAP_KIND_CURRENT_STATE, "PC_MAP_KIND_CURRENT_STATE", "current-state" },
  { PC_MAP_KIND_FUTURE_STATE, "PC_MAP_KIND_FUTURE_STATE", "future-state" },
  { PC_MAP_KIND_DAY_IN_THE_LIFE, "PC_MAP_KIND_DAY_IN_THE_LIFE", "day-in-the-life" },
  { PC_MAP_KIND_SERVICE_BLUEPRINT, "PC_MAP_KIND_SERVICE_BLUEPRINT", "service-blueprint" },
  { 0, NULL, NULL }
};

static const GEnumValue sentiment_values[] = {
  { PC_SENTIMENT_NEGATIVE, "PC_SENTIMENT_NEGATIVE", "negative" },
  { PC_SENTIMENT_NEUTRAL, "PC_SENTIMENT_NEUTRAL", "neutral" },
  { PC_SENTIMENT_POSITIVE, "PC_SENTIMENT_POSITIVE", "positive" },
  { 0, NULL, NULL }
};

static const GEnumValue channel_values[] = {
  { PC_CHANNEL_NONE, "PC_CHANNEL_NONE", "none" },
  { PC_CHANNEL_WEBSITE, "PC_CHANNEL_WEBSITE", "website" },
  { PC_CHANNEL_MOBILE_APP, "PC_CHANNEL_MOBILE_APP", "mobile-app" },
  { PC_CHANNEL_SOCIAL, "PC_CHANNEL_SOCIAL", "social" },
  { PC_CHANNEL_EMAIL, "PC_CHANNEL_EMAIL", "email" },
  { PC_CHANNEL_ADS, "PC_CHANNEL_ADS", "ads" },
  { PC_CHANNEL_SEARCH, "PC_CHANNEL_SEARCH", "search" },
  { PC_CHANNEL_REVIEWS, "PC_CHANNEL_REVIEWS", "reviews" },
  { PC_CHANNEL_CHAT, "PC_CHANNEL_CHAT", "chat" },
  { PC_CHANNEL_PHONE, "PC_CHANNEL_PHONE", "phone" },
  { PC_CHANNEL_STORE, "PC_CHANNEL_STORE", "store" },
  { PC_CHANNEL_WORD_OF_MOUTH, "PC_CHANNEL_WORD_OF_MOUTH", "word-of-mouth" },
  { PC_CHANNEL_OTHER, "PC_CHANNEL_OTHER", "other" },
  { 0, NULL, NULL }
};

static const GEnumValue lane_kind_values[] = {
  { PC_LANE_KIND_PERSONA, "PC_LANE_KIND_PERSONA", "persona" },
  { PC_LANE_KIND_FREE, "PC_LANE_KIND_FREE", "free" },
  { PC_LANE_KIND_EVIDENCE, "PC_LANE_KIND_EVIDENCE", "evidence" },
  { PC_LANE_KIND_CUSTOMER, "PC_LANE_KIND_CUSTOMER", "customer-actions" },
  { PC_LANE_KIND_FRONTSTAGE, "PC_LANE_KIND_FRONTSTAGE", "frontstage" },
  { PC_LANE_KIND_BACKSTAGE, "PC_LANE_KIND_BACKSTAGE", "backstage" },
  { PC_LANE_KIND_SUPPORT, "PC_LANE_KIND_SUPPORT", "support" },
  { 0, NULL, NULL }
};

/* "unset" is never written: a file leaves the member out instead. */
static const GEnumValue strength_values[] = {
  { PC_STRENGTH_UNSET, "PC_STRENGTH_UNSET", "unset" },
  { PC_STRENGTH_MILD, "PC_STRENGTH_MILD", "mild" },
  { PC_STRENGTH_STRONG, "PC_STRENGTH_STRONG", "strong" },
  { 0, NULL, NULL }
};

static const GEnumValue evidence_values[] = {
  { PC_EVIDENCE_UNSET, "PC_EVIDENCE_UNSET", "unset" },
  { PC_EVIDENCE_ASSUMPTION, "PC_EVIDENCE_ASSUMPTION", "assumption" },
  { PC_EVIDENCE_SOME_RESEARCH, "PC_EVIDENCE_SOME_RESEARCH", "some-research" },
  { PC_EVIDENCE_VALIDATED, "PC_EVIDENCE_VALIDATED", "validated" },
  { 0, NULL, NULL }
};

static const GEnumValue row_kind_values[] = {
  { PC_ROW_KIND_DOING, "PC_ROW_KIND_DOING", "doing" },
  { PC_ROW_KIND_THINKING, "PC_ROW_KIND_THINKING", "thinking" },
  { PC_ROW_KIND_FEELING, "PC_ROW_KIND_FEELING", "feeling" },
  { PC_ROW_KIND_PAIN_POINTS, "PC_ROW_KIND_PAIN_POINTS", "pain-points" },
  { PC_ROW_KIND_OPPORTUNITIES, "PC_ROW_KIND_OPPORTUNITIES", "opportunities" },
  { PC_ROW_KIND_TIME, "PC_ROW_KIND_TIME", "time" },
  { PC_ROW_KIND_METRICS, "PC_ROW_KIND_METRICS", "metrics" },
  { PC_ROW_KIND_POLICY, "PC_ROW_KIND_POLICY", "policy" },
  { PC_ROW_KIND_EMPLOYEE_FEELINGS, "PC_ROW_KIND_EMPLOYEE_FEELINGS", "employee-feelings" },
  { PC_ROW_KIND_CUSTOM, "PC_ROW_KIND_CUSTOM", "custom" },
  { 0, NULL, NULL }
};

static const GEnumValue card_face_values[] = {
  { PC_CARD_FACE_COMPACT, "PC_CARD_FACE_COMPACT", "compact" },
  { PC_CARD_FACE_DETAILED, "PC_CARD_FACE_DETAILED", "detailed" },
  { 0, NULL, NULL }
};

static const GEnumValue rows_position_values[] = {
  { PC_ROWS_POSITION_BELOW, "PC_ROWS_POSITION_BELOW", "below" },
  { PC_ROWS_POSITION_ABOVE, "PC_ROWS_POSITION_ABOVE", "above" },
  { 0, NULL, NULL }
};

static gsize map_kind_type, sentiment_type, channel_type, lane_kind_type;
static gsize strength_type, evidence_type, row_kind_type, card_face_type, rows_position_type;

static GType
register_once (gsize            *slot,
               const char       *name,
               const GEnumValue *values)
{
  if (g_once_init_enter (slot))
    g_once_init_leave (slot, g_enum_register_static (name, values));
  return *slot;
}

GType pc_map_kind_get_type (void)  { return register_once (&map_kind_type, "PcMapKind", map_kind_values); }
GType pc_sentiment_get_type (void) { return register_once (&sentiment_type, "PcSentiment", sentiment_values); }
GType pc_channel_get_type (void)   { return register_once (&channel_type, "PcChannel", channel_values); }
GType pc_lane_kind_get_type (void) { return register_once (&lane_kind_type, "PcLaneKind", lane_kind_values); }
GType pc_strength_get_type (void)  { return register_once (&strength_type, "PcStrength", strength_values); }
GType pc_evidence_get_type (void)  { return register_once (&evidence_type, "PcEvidence", evidence_values); }
GType pc_row_kind_get_type (void)  { return register_once (&row_kind_type, "PcRowKind", row_kind_values); }
GType pc_card_face_get_type (void) { return register_once (&card_face_type, "PcCardFace", card_face_values); }
GType pc_rows_position_get_type (void) { return register_once (&rows_position_type, "PcRowsPosition", rows_position_values); }

static const char *
nick_of (const GEnumValue *values,
         int               value)
{
  for (guint i = 0; values[i].value_nick != NULL; i++)
    if (values[i].value == value)
      return values[i].value_nick;
  return NULL;
}

static gboolean
value_of (const GEnumValue *values,
          const char       *nick,
          int              *value)
{
  if (nick == NULL)
    return FALSE;
  for (guint i = 0; values[i].value_nick != NULL; i++)
    if (strcmp (values[i].value_nick, nick) == 0)
      {
        *value = values[i].value;
        return TRUE;
      }
  return FALSE;
}

const char *pc_map_kind_to_string (PcMapKind kind)       { return nick_of (map_kind_values, kind); }
const char *pc_sentiment_to_string (PcSentiment s)       { return nick_of (sentiment_values, s); }
const char *pc_channel_to_string (PcChannel channel)     { return nick_of (channel_values, channel); }
const char *pc_lane_kind_to_string (PcLaneKind kind)     { return nick_of (lane_kind_values, kind); }
const char *pc_strength_to_string (PcStrength strength)  { return nick_of (strength_values, strength); }
const char *pc_evidence_to_string (PcEvidence evidence)  { return nick_of (evidence_values, evidence); }
const char *pc_row_kind_to_string (PcRowKind kind)       { return nick_of (row_kind_values, kind); }
const char *pc_card_face_to_string (PcCardFace face)     { return nick_of (card_face_values, face); }
const char *pc_rows_position_to_string (PcRowsPosition p) { return nick_of (rows_position_values, p); }

gboolean
pc_map_kind_from_string (const char *str, PcMapKind *kind)
{
  int v;
  if (!value_of (map_kind_values, str, &v))
    return FALSE;
  *kind = v;
  return TRUE;
}

gboolean
pc_sentiment_from_string (const char *str, PcSentiment *sentiment)
{
  int v;
  if (!value_of (sentiment_values, str, &v))
    return FALSE;
  *sentiment = v;
  return TRUE;
}

gboolean
pc_channel_from_string (const char *str, PcChannel *channel)
{
  int v;
  if (!value_of (channel_values, str, &v))
    return FALSE;
  *channel = v;
  return TRUE;
}

gboolean
pc_lane_kind_from_string (const char *str, PcLaneKind *kind)
{
  int v;
  if (!value_of (lane_kind_values, str, &v))
    return FALSE;
  *kind = v;
  return TRUE;
}

gboolean
pc_strength_from_string (const char *str, PcStrength *strength)
{
  int v;
  if (!value_of (strength_values, str, &v))
    return FALSE;
  *strength = v;
  return TRUE;
}

gboolean
pc_evidence_from_string (const char *str, PcEvidence *evidence)
{
  int v;
  if (!value_of (evidence_values, str, &v))
    return FALSE;
  *evidence = v;
  return TRUE;
}

gboolean
pc_row_kind_from_string (const char *str, PcRowKind *kind)
{
  int v;
  if (!value_of (row_kind_values, str, &v))
    return FALSE;
  *kind = v;
  return TRUE;
}

gboolean
pc_card_face_from_string (const char *str, PcCardFace *face)
{
  int v;
  if (!value_of (card_face_values, str, &v))
    return FALSE;
  *face = v;
  return TRUE;
}

gboolean
pc_rows_position_from_string (const char *str, PcRowsPosition *position)
{
  int v;
  if (!value_of (rows_position_values, str, &v))
    return FALSE;
  *position = v;
  return TRUE;
}

const char *
pc_map_kind_get_label (PcMapKind kind)
{
  switch (kind)
    {
    case PC_MAP_KIND_CURRENT_STATE: return _("Current state");
    case PC_MAP_KIND_FUTURE_STATE: return _("Future state");
    case PC_MAP_KIND_DAY_IN_THE_LIFE: return _("Day in the life");
    case PC_MAP_KIND_SERVICE_BLUEPRINT: return _("Service blueprint");
    default: return "";
    }
}

/* The icon each kind of map shows everywhere in the UI. */
const char *
pc_map_kind_get_icon_name (PcMapKind kind)
{
  switch (kind)
    {
    case PC_MAP_KIND_FUTURE_STATE: return "weather-clear-symbolic";
    case PC_MAP_KIND_DAY_IN_THE_LIFE: return "alarm-symbolic";
    case PC_MAP_KIND_SERVICE_BLUEPRINT: return "view-grid-symbolic";
    case PC_MAP_KIND_CURRENT_STATE:
    default: return "mark-location-symbolic";
    }
}

/**
 * pc_map_kind_get_accessible_name:
 * @name: (nullable): the map's (or template's) name
 *
 * Returns: (transfer full): "Name, kind", as a screen reader says a map
 */
char *
pc_map_kind_get_accessible_name (PcMapKind   kind,
                                 const char *name)
{
  /* Translators: a map as a screen reader reads it: its name, then its kind */
  return g_strdup_printf (_("%s, %s"), name ? name : "", pc_map_kind_get_label (kind));
}

const char *
pc_sentiment_get_label (PcSentiment sentiment)
{
  switch (sentiment)
    {
    case PC_SENTIMENT_POSITIVE: return _("Positive");
    case PC_SENTIMENT_NEUTRAL: return _("Neutral");
    case PC_SENTIMENT_NEGATIVE: return _("Negative");
    default: return "";
    }
}

const char *
pc_channel_get_label (PcChannel channel)
{
  switch (channel)
    {
    case PC_CHANNEL_NONE: return _("No channel");
    case PC_CHANNEL_WEBSITE: return _("Website");
    case PC_CHANNEL_MOBILE_APP: return _("Mobile app");
    case PC_CHANNEL_SOCIAL: return _("Social media");
    case PC_CHANNEL_EMAIL: return _("Email");
    case PC_CHANNEL_ADS: return _("Paid ads");
    case PC_CHANNEL_SEARCH: return _("Search");
    case PC_CHANNEL_REVIEWS: return _("Reviews");
    case PC_CHANNEL_CHAT: return _("Chat");
    case PC_CHANNEL_PHONE: return _("Phone");
    case PC_CHANNEL_STORE: return _("Store");
    case PC_CHANNEL_WORD_OF_MOUTH: return _("Word of mouth");
    case PC_CHANNEL_OTHER: return _("Other");
    default: return "";
    }
}

const char *
pc_channel_get_icon_name (PcChannel channel)
{
  switch (channel)
    {
    case PC_CHANNEL_WEBSITE: return "web-browser-symbolic";
    case PC_CHANNEL_MOBILE_APP: return "phone-symbolic";
    case PC_CHANNEL_SOCIAL: return "system-users-symbolic";
    case PC_CHANNEL_EMAIL: return "mail-unread-symbolic";
    case PC_CHANNEL_ADS: return "preferences-desktop-wallpaper-symbolic";
    case PC_CHANNEL_SEARCH: return "system-search-symbolic";
    case PC_CHANNEL_REVIEWS: return "starred-symbolic";
    case PC_CHANNEL_CHAT: return "user-available-symbolic";
    case PC_CHANNEL_PHONE: return "call-start-symbolic";
    case PC_CHANNEL_STORE: return "find-location-symbolic";
    case PC_CHANNEL_WORD_OF_MOUTH: return "audio-input-microphone-symbolic";
    case PC_CHANNEL_OTHER: return "view-more-symbolic";
    case PC_CHANNEL_NONE:
    default: return NULL;
    }
}

const char *
pc_lane_kind_get_label (PcLaneKind kind)
{
  switch (kind)
    {
    case PC_LANE_KIND_PERSONA: return _("Persona");
    case PC_LANE_KIND_FREE: return _("Notes");
    case PC_LANE_KIND_EVIDENCE: return _("Physical evidence");
    case PC_LANE_KIND_CUSTOMER: return _("Customer actions");
    case PC_LANE_KIND_FRONTSTAGE: return _("Frontstage");
    case PC_LANE_KIND_BACKSTAGE: return _("Backstage");
    case PC_LANE_KIND_SUPPORT: return _("Support processes");
    default: return "";
    }
}

const char *
pc_strength_get_label (PcStrength strength)
{
  switch (strength)
    {
    case PC_STRENGTH_UNSET: return C_("strength", "Not stated");
    case PC_STRENGTH_MILD: return C_("strength", "Mild");
    case PC_STRENGTH_STRONG: return C_("strength", "Strong");
    default: return "";
    }
}

const char *
pc_evidence_get_label (PcEvidence evidence)
{
  switch (evidence)
    {
    case PC_EVIDENCE_UNSET: return C_("evidence", "Not stated");
    case PC_EVIDENCE_ASSUMPTION: return _("Assumption");
    case PC_EVIDENCE_SOME_RESEARCH: return _("Some research");
    case PC_EVIDENCE_VALIDATED: return _("Validated");
    default: return "";
    }
}

const char *
pc_row_kind_get_label (PcRowKind kind)
{
  switch (kind)
    {
    case PC_ROW_KIND_DOING: return _("Doing");
    case PC_ROW_KIND_THINKING: return _("Thinking");
    case PC_ROW_KIND_FEELING: return _("Feeling");
    case PC_ROW_KIND_PAIN_POINTS: return C_("row", "Pain points");
    case PC_ROW_KIND_OPPORTUNITIES: return _("Opportunities");
    case PC_ROW_KIND_TIME: return C_("row", "Time");
    case PC_ROW_KIND_METRICS: return _("Metrics");
    case PC_ROW_KIND_POLICY: return _("Policy");
    case PC_ROW_KIND_EMPLOYEE_FEELINGS: return _("Employee feelings");
    case PC_ROW_KIND_CUSTOM: return C_("row", "Custom");
    default: return "";
    }
}

const char *
pc_card_face_get_label (PcCardFace face)
{
  switch (face)
    {
    case PC_CARD_FACE_COMPACT: return _("Compact");
    case PC_CARD_FACE_DETAILED: return _("Detailed");
    default: return "";
    }
}

const char *
pc_rows_position_get_label (PcRowsPosition position)
{
  switch (position)
    {
    case PC_ROWS_POSITION_BELOW: return _("Below the lanes");
    case PC_ROWS_POSITION_ABOVE: return _("Above the lanes");
    default: return "";
    }
}

int
pc_time_parse (const char *str)
{
  int h = 0, m = 0;

  if (str == NULL)
    return -1;
  if (!g_ascii_isdigit (str[0]))
    return -1;
  h = str[0] - '0';
  str++;
  if (g_ascii_isdigit (str[0]))
    h = h * 10 + (*str++ - '0');
  if (str[0] != ':' || !g_ascii_isdigit (str[1]) || !g_ascii_isdigit (str[2]) || str[3] != '\0')
    return -1;
  m = (str[1] - '0') * 10 + (str[2] - '0');
  if (h > 23 || m > 59)
    return -1;
  return h * 60 + m;
}
