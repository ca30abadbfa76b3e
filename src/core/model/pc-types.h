/* pc-types.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _PcEntity     PcEntity;
typedef struct _PcPersona    PcPersona;
typedef struct _PcStage      PcStage;
typedef struct _PcLane       PcLane;
typedef struct _PcTouchpoint PcTouchpoint;
typedef struct _PcConnector  PcConnector;
typedef struct _PcRow        PcRow;
typedef struct _PcNote       PcNote;
typedef struct _PcMap        PcMap;
typedef struct _PcDocument   PcDocument;
typedef struct _PcHistory    PcHistory;
typedef struct _PcCommand    PcCommand;

/**
 * PcMapKind:
 * The four kinds of journey map, each drawn differently.
 */
typedef enum
{
  PC_MAP_KIND_CURRENT_STATE,
  PC_MAP_KIND_FUTURE_STATE,
  PC_MAP_KIND_DAY_IN_THE_LIFE,
  PC_MAP_KIND_SERVICE_BLUEPRINT,
} PcMapKind;

/**
 * PcSentiment:
 * How the customer feels at a touchpoint; the values are ordered so that
 * they can be averaged into an emotion curve.
 */
typedef enum
{
  PC_SENTIMENT_NEGATIVE = -1,
  PC_SENTIMENT_NEUTRAL  = 0,
  PC_SENTIMENT_POSITIVE = 1,
} PcSentiment;

typedef enum
{
  PC_CHANNEL_NONE,
  PC_CHANNEL_WEBSITE,
  PC_CHANNEL_MOBILE_APP,
  PC_CHANNEL_SOCIAL,
  PC_CHANNEL_EMAIL,
  PC_CHANNEL_ADS,
  PC_CHANNEL_SEARCH,
  PC_CHANNEL_REVIEWS,
  PC_CHANNEL_CHAT,
  PC_CHANNEL_PHONE,
  PC_CHANNEL_STORE,
  PC_CHANNEL_WORD_OF_MOUTH,
  PC_CHANNEL_OTHER,
} PcChannel;

#define PC_N_CHANNELS (PC_CHANNEL_OTHER + 1)

/**
 * PcLaneKind:
 * A persona lane belongs to a persona; a free lane holds other rows
 * (opportunities, notes); the last five are the layers of a service
 * blueprint, in their top-to-bottom order.
 */
typedef enum
{
  PC_LANE_KIND_PERSONA,
  PC_LANE_KIND_FREE,
  PC_LANE_KIND_EVIDENCE,
  PC_LANE_KIND_CUSTOMER,
  PC_LANE_KIND_FRONTSTAGE,
  PC_LANE_KIND_BACKSTAGE,
  PC_LANE_KIND_SUPPORT,
} PcLaneKind;

/**
 * PcStrength:
 * How strongly the customer feels the sentiment of a touchpoint; unset
 * when nobody said. With the sentiment it makes the score of the emotion
 * curve (see pc_touchpoint_get_score()).
 */
typedef enum
{
  PC_STRENGTH_UNSET,
  PC_STRENGTH_MILD,
  PC_STRENGTH_STRONG,
} PcStrength;

/**
 * PcEvidence:
 * How well research backs a touchpoint or a note; unset when not stated.
 */
typedef enum
{
  PC_EVIDENCE_UNSET,
  PC_EVIDENCE_ASSUMPTION,
  PC_EVIDENCE_SOME_RESEARCH,
  PC_EVIDENCE_VALIDATED,
} PcEvidence;

/**
 * PcRowKind:
 * What an insight row holds. The first five gather, read-only, what the
 * touchpoints of each stage say in the matching field; the next four are
 * the extra rows of a service blueprint.
 */
typedef enum
{
  PC_ROW_KIND_DOING,
  PC_ROW_KIND_THINKING,
  PC_ROW_KIND_FEELING,
  PC_ROW_KIND_PAIN_POINTS,
  PC_ROW_KIND_OPPORTUNITIES,
  PC_ROW_KIND_TIME,
  PC_ROW_KIND_METRICS,
  PC_ROW_KIND_POLICY,
  PC_ROW_KIND_EMPLOYEE_FEELINGS,
  PC_ROW_KIND_CUSTOM,
} PcRowKind;

#define PC_N_ROW_KINDS (PC_ROW_KIND_CUSTOM + 1)

/**
 * PcCardFace:
 * How much a card shows: its title and sentiment, or also its channel,
 * owner and the first line of its pain point and opportunity.
 */
typedef enum
{
  PC_CARD_FACE_COMPACT,
  PC_CARD_FACE_DETAILED,
} PcCardFace;

/**
 * PcRowsPosition:
 * Where a map's insight rows go: below the lanes or above them.
 */
typedef enum
{
  PC_ROWS_POSITION_BELOW,
  PC_ROWS_POSITION_ABOVE,
} PcRowsPosition;

/* The most dot votes one touchpoint or note can hold. */
#define PC_MAX_VOTES 999

/* The names the file format uses; NULL or -1 when unknown. */
const char  *pc_map_kind_to_string   (PcMapKind    kind);
gboolean     pc_map_kind_from_string (const char  *str,
                                      PcMapKind   *kind);
const char  *pc_sentiment_to_string  (PcSentiment  sentiment);
gboolean     pc_sentiment_from_string (const char *str,
                                       PcSentiment *sentiment);
const char  *pc_channel_to_string    (PcChannel    channel);
gboolean     pc_channel_from_string  (const char  *str,
                                      PcChannel   *channel);
const char  *pc_lane_kind_to_string  (PcLaneKind   kind);
gboolean     pc_lane_kind_from_string (const char *str,
                                       PcLaneKind  *kind);
const char  *pc_strength_to_string   (PcStrength   strength);
gboolean     pc_strength_from_string (const char  *str,
                                      PcStrength  *strength);
const char  *pc_evidence_to_string   (PcEvidence   evidence);
gboolean     pc_evidence_from_string (const char  *str,
                                      PcEvidence  *evidence);
const char  *pc_row_kind_to_string   (PcRowKind    kind);
gboolean     pc_row_kind_from_string (const char  *str,
                                      PcRowKind   *kind);
const char  *pc_card_face_to_string  (PcCardFace   face);
gboolean     pc_card_face_from_string (const char *str,
                                       PcCardFace  *face);
const char  *pc_rows_position_to_string   (PcRowsPosition  position);
gboolean     pc_rows_position_from_string (const char     *str,
                                           PcRowsPosition *position);

/* Human names, translated. */
const char  *pc_map_kind_get_label   (PcMapKind    kind);
const char  *pc_map_kind_get_icon_name (PcMapKind  kind);
char        *pc_map_kind_get_accessible_name (PcMapKind   kind,
                                              const char *name);
const char  *pc_sentiment_get_label  (PcSentiment  sentiment);
const char  *pc_channel_get_label    (PcChannel    channel);
const char  *pc_channel_get_icon_name (PcChannel   channel);
const char  *pc_lane_kind_get_label  (PcLaneKind   kind);
const char  *pc_strength_get_label   (PcStrength   strength);
const char  *pc_evidence_get_label   (PcEvidence   evidence);
const char  *pc_row_kind_get_label   (PcRowKind    kind);
const char  *pc_card_face_get_label  (PcCardFace   face);
const char  *pc_rows_position_get_label (PcRowsPosition position);

/* "HH:MM" to minutes after midnight, or -1 when @str is not a time. */
int          pc_time_parse           (const char  *str);

GType pc_map_kind_get_type  (void) G_GNUC_CONST;
GType pc_sentiment_get_type (void) G_GNUC_CONST;
GType pc_channel_get_type   (void) G_GNUC_CONST;
GType pc_lane_kind_get_type (void) G_GNUC_CONST;
GType pc_strength_get_type  (void) G_GNUC_CONST;
GType pc_evidence_get_type  (void) G_GNUC_CONST;
GType pc_row_kind_get_type  (void) G_GNUC_CONST;
GType pc_card_face_get_type (void) G_GNUC_CONST;
GType pc_rows_position_get_type (void) G_GNUC_CONST;

#define PC_TYPE_MAP_KIND  (pc_map_kind_get_type ())
#define PC_TYPE_SENTIMENT (pc_sentiment_get_type ())
#define PC_TYPE_CHANNEL   (pc_channel_get_type ())
#define PC_TYPE_LANE_KIND (pc_lane_kind_get_type ())
#define PC_TYPE_STRENGTH  (pc_strength_get_type ())
#define PC_TYPE_EVIDENCE  (pc_evidence_get_type ())
#define PC_TYPE_ROW_KIND  (pc_row_kind_get_type ())
#define PC_TYPE_CARD_FACE (pc_card_face_get_type ())
#define PC_TYPE_ROWS_POSITION (pc_rows_position_get_type ())

G_END_DECLS
