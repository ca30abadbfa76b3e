/* test-model.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pc-document.h"
#include "pc-test-util.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_ids (void)
{
  g_autoptr(PcTouchpoint) a = pc_touchpoint_new (NULL);
  g_autoptr(PcTouchpoint) b = pc_touchpoint_new (NULL);
  g_autoptr(PcStage) given = pc_stage_new ("stage-given");

  g_assert_true (g_str_has_prefix (pc_entity_get_id (PC_ENTITY (a)), "tp-"));
  g_assert_cmpuint (strlen (pc_entity_get_id (PC_ENTITY (a))), ==, 15);
  g_assert_cmpstr (pc_entity_get_id (PC_ENTITY (a)), !=, pc_entity_get_id (PC_ENTITY (b)));
  g_assert_cmpstr (pc_entity_get_id (PC_ENTITY (given)), ==, "stage-given");
}

static void
test_notify_only_on_change (void)
{
  g_autoptr(PcTouchpoint) tp = pc_touchpoint_new (NULL);
  guint count = 0;

  g_signal_connect (tp, "notify", G_CALLBACK (count_notify), &count);

  pc_touchpoint_set_title (tp, "Reads a review");
  g_assert_cmpuint (count, ==, 1);
  pc_touchpoint_set_title (tp, "Reads a review");
  g_assert_cmpuint (count, ==, 1);
  pc_touchpoint_set_sentiment (tp, PC_SENTIMENT_NEUTRAL);   /* the default */
  g_assert_cmpuint (count, ==, 1);
  pc_touchpoint_set_sentiment (tp, PC_SENTIMENT_NEGATIVE);
  g_assert_cmpuint (count, ==, 2);
  pc_touchpoint_set_involves_brand (tp, FALSE);
  g_assert_cmpuint (count, ==, 3);
  g_assert_false (pc_touchpoint_get_involves_brand (tp));
  /* NULL and "" are the same empty text */
  pc_touchpoint_set_owner (tp, NULL);
  g_assert_cmpuint (count, ==, 3);
  g_assert_cmpstr (pc_touchpoint_get_owner (tp), ==, "");
}

static void
test_defaults (void)
{
  g_autoptr(PcTouchpoint) tp = pc_touchpoint_new (NULL);
  g_autoptr(PcLane) lane = pc_lane_new (NULL);
  g_autoptr(PcMap) map = pc_map_new (NULL, PC_MAP_KIND_SERVICE_BLUEPRINT);

  g_assert_cmpint (pc_touchpoint_get_sentiment (tp), ==, PC_SENTIMENT_NEUTRAL);
  g_assert_cmpint (pc_touchpoint_get_channel (tp), ==, PC_CHANNEL_NONE);
  g_assert_true (pc_touchpoint_get_involves_brand (tp));
  g_assert_cmpint (pc_lane_get_kind (lane), ==, PC_LANE_KIND_FREE);
  g_assert_cmpint (pc_map_get_kind (map), ==, PC_MAP_KIND_SERVICE_BLUEPRINT);
}

static void
test_lookup_follows_changes (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (12);
  g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);
  PcTouchpoint *tp = pc_map_find_touchpoint (map, "tp-3");
  g_autoptr(PcTouchpoint) extra = pc_touchpoint_new ("tp-extra");
  guint position;

  g_assert_nonnull (tp);
  g_assert_cmpstr (pc_touchpoint_get_title (tp), ==, "Touchpoint 3");
  g_assert_null (pc_map_find_touchpoint (map, "tp-extra"));
  g_assert_null (pc_map_find_touchpoint (map, "stage-0")); /* wrong type */
  g_assert_nonnull (pc_map_find_stage (map, "stage-0"));

  g_list_store_append (pc_map_get_touchpoints (map), extra);
  g_assert_true (pc_map_find_touchpoint (map, "tp-extra") == extra);

  g_assert_true (pc_list_find (G_LIST_MODEL (pc_map_get_touchpoints (map)), tp, &position));
  g_list_store_remove (pc_map_get_touchpoints (map), position);
  g_assert_null (pc_map_find_touchpoint (map, "tp-3"));

  g_assert_nonnull (pc_document_find_persona (document, "persona-1"));
  g_assert_nonnull (pc_document_find_map (document, "map-future"));
  g_assert_null (pc_document_find_map (document, "map-none"));
}

static void
test_cell (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (20);
  g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);
  g_autoptr(GPtrArray) cell = pc_map_get_cell (map, "stage-1", "lane-0");

  /* tp-1 and tp-11 are in stage 1, lane 0 (i % 5 == 1, (i / 5) % 2 == 0) */
  g_assert_cmpuint (cell->len, ==, 2);
  g_assert_cmpstr (pc_entity_get_id (g_ptr_array_index (cell, 0)), ==, "tp-1");
  g_assert_cmpstr (pc_entity_get_id (g_ptr_array_index (cell, 1)), ==, "tp-11");
  g_assert_cmpuint (pc_document_count_touchpoints (document), ==, 20);
}

static void
test_enum_strings (void)
{
  PcMapKind kind;
  PcSentiment sentiment;
  PcChannel channel;
  PcLaneKind lane_kind;

  g_assert_cmpstr (pc_map_kind_to_string (PC_MAP_KIND_DAY_IN_THE_LIFE), ==, "day-in-the-life");
  g_assert_true (pc_map_kind_from_string ("service-blueprint", &kind));
  g_assert_cmpint (kind, ==, PC_MAP_KIND_SERVICE_BLUEPRINT);
  g_assert_false (pc_map_kind_from_string ("blueprint", &kind));
  g_assert_true (pc_sentiment_from_string ("negative", &sentiment));
  g_assert_cmpint (sentiment, ==, PC_SENTIMENT_NEGATIVE);
  g_assert_true (pc_channel_from_string ("word-of-mouth", &channel));
  g_assert_cmpint (channel, ==, PC_CHANNEL_WORD_OF_MOUTH);
  g_assert_true (pc_lane_kind_from_string ("customer-actions", &lane_kind));
  g_assert_cmpint (lane_kind, ==, PC_LANE_KIND_CUSTOMER);
  g_assert_false (pc_lane_kind_from_string (NULL, &lane_kind));
  for (int c = 0; c < PC_N_CHANNELS; c++)
    g_assert_nonnull (pc_channel_to_string (c));
}

static void
test_time_parse (void)
{
  g_assert_cmpint (pc_time_parse ("07:30"), ==, 450);
  g_assert_cmpint (pc_time_parse ("7:05"), ==, 425);
  g_assert_cmpint (pc_time_parse ("23:59"), ==, 1439);
  g_assert_cmpint (pc_time_parse ("24:00"), ==, -1);
  g_assert_cmpint (pc_time_parse ("12:60"), ==, -1);
  g_assert_cmpint (pc_time_parse ("noon"), ==, -1);
  g_assert_cmpint (pc_time_parse ("12:30 "), ==, -1);
  g_assert_cmpint (pc_time_parse (""), ==, -1);
}

static void
test_document_finalizes (void)
{
  PcDocument *document = pc_test_make_document (50);
  PcMap *map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);

  g_object_add_weak_pointer (G_OBJECT (map), (gpointer *) &map);
  g_object_unref (map);
  g_assert_finalize_object (document);
  g_assert_null (map);
}

/* Each kind of map has its own icon and a name for people and screen
 * readers, the same wherever a map or template is shown. */
static void
test_map_kind_names (void)
{
  PcMapKind kinds[] = {
    PC_MAP_KIND_CURRENT_STATE, PC_MAP_KIND_FUTURE_STATE,
    PC_MAP_KIND_DAY_IN_THE_LIFE, PC_MAP_KIND_SERVICE_BLUEPRINT,
  };
  g_autofree char *accessible = NULL;
  g_autofree char *unnamed = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      const char *icon = pc_map_kind_get_icon_name (kinds[i]);

      g_assert_true (g_str_has_suffix (icon, "-symbolic"));
      g_assert_cmpstr (pc_map_kind_get_label (kinds[i]), !=, "");
      for (guint j = 0; j < i; j++)
        {
          g_assert_cmpstr (icon, !=, pc_map_kind_get_icon_name (kinds[j]));
          g_assert_cmpstr (pc_map_kind_get_label (kinds[i]), !=, pc_map_kind_get_label (kinds[j]));
        }
    }
  g_assert_cmpstr (pc_map_kind_get_icon_name (PC_MAP_KIND_CURRENT_STATE), ==, "mark-location-symbolic");

  accessible = pc_map_kind_get_accessible_name (PC_MAP_KIND_FUTURE_STATE, "Ordering tomorrow");
  g_assert_cmpstr (accessible, ==, "Ordering tomorrow, Future state");
  unnamed = pc_map_kind_get_accessible_name (PC_MAP_KIND_SERVICE_BLUEPRINT, NULL);
  g_assert_cmpstr (unnamed, ==, ", Service blueprint");
}

/* The emotion curve's score: the sentiment weighted by its strength; a
 * positive card without a strength counts +1, as before strengths. */
static void
test_score (void)
{
  static const struct { PcSentiment sentiment; PcStrength strength; int score; } cases[] = {
    { PC_SENTIMENT_POSITIVE, PC_STRENGTH_UNSET, 1 },
    { PC_SENTIMENT_POSITIVE, PC_STRENGTH_MILD, 1 },
    { PC_SENTIMENT_POSITIVE, PC_STRENGTH_STRONG, 2 },
    { PC_SENTIMENT_NEUTRAL, PC_STRENGTH_UNSET, 0 },
    { PC_SENTIMENT_NEUTRAL, PC_STRENGTH_MILD, 0 },
    { PC_SENTIMENT_NEUTRAL, PC_STRENGTH_STRONG, 0 },
    { PC_SENTIMENT_NEGATIVE, PC_STRENGTH_UNSET, -1 },
    { PC_SENTIMENT_NEGATIVE, PC_STRENGTH_MILD, -1 },
    { PC_SENTIMENT_NEGATIVE, PC_STRENGTH_STRONG, -2 },
  };
  g_autoptr(PcTouchpoint) tp = pc_touchpoint_new (NULL);

  g_assert_cmpint (pc_touchpoint_get_strength (tp), ==, PC_STRENGTH_UNSET);
  g_assert_cmpint (pc_touchpoint_get_score (tp), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      pc_touchpoint_set_sentiment (tp, cases[i].sentiment);
      pc_touchpoint_set_strength (tp, cases[i].strength);
      g_assert_cmpint (pc_touchpoint_get_score (tp), ==, cases[i].score);
    }
}

static void
test_touchpoint_v2_fields (void)
{
  g_autoptr(PcTouchpoint) tp = pc_touchpoint_new (NULL);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (tp), "votes");
  guint votes = 7;
  gboolean flag = FALSE;
  PcEvidence evidence = PC_EVIDENCE_UNSET;
  guint count = 0;

  /* defaults: nothing stated */
  g_assert_false (pc_touchpoint_get_fail_point (tp));
  g_assert_false (pc_touchpoint_get_waiting_point (tp));
  g_assert_cmpint (pc_touchpoint_get_evidence (tp), ==, PC_EVIDENCE_UNSET);
  g_assert_cmpuint (pc_touchpoint_get_votes (tp), ==, 0);

  /* votes are an unsigned property from 0 to 999 */
  g_assert_true (G_IS_PARAM_SPEC_UINT (pspec));
  g_assert_cmpuint (G_PARAM_SPEC_UINT (pspec)->maximum, ==, PC_MAX_VOTES);

  g_signal_connect (tp, "notify", G_CALLBACK (count_notify), &count);
  g_object_set (tp, "votes", 12u, "fail-point", TRUE, "waiting-point", TRUE,
                "evidence", PC_EVIDENCE_SOME_RESEARCH, "strength", PC_STRENGTH_STRONG, NULL);
  g_assert_cmpuint (count, ==, 5);
  g_object_get (tp, "votes", &votes, "fail-point", &flag, "evidence", &evidence, NULL);
  g_assert_cmpuint (votes, ==, 12);
  g_assert_true (flag);
  g_assert_cmpint (evidence, ==, PC_EVIDENCE_SOME_RESEARCH);
  g_assert_true (pc_touchpoint_get_waiting_point (tp));
  pc_touchpoint_set_votes (tp, 12);
  g_assert_cmpuint (count, ==, 5);

  g_test_expect_message ("Parcours-model", G_LOG_LEVEL_CRITICAL, "*votes <= PC_MAX_VOTES*");
  pc_touchpoint_set_votes (tp, 1000);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (pc_touchpoint_get_votes (tp), ==, 12);
}

static void
test_rows_and_notes (void)
{
  g_autoptr(PcMap) map = pc_map_new (NULL, PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(PcStage) stage = pc_stage_new ("s1");
  g_autoptr(PcRow) row = pc_row_new (NULL);
  g_autoptr(PcRow) other = pc_row_new ("r2");
  g_autoptr(GPtrArray) cell = NULL;
  const char *property = NULL;
  const char *texts[] = { "Compares prices", "Asks a friend", "Elsewhere" };

  g_assert_true (g_str_has_prefix (pc_entity_get_id (PC_ENTITY (row)), "row-"));
  g_assert_cmpint (pc_row_get_kind (row), ==, PC_ROW_KIND_CUSTOM);
  g_assert_cmpint (pc_map_get_card_face (map), ==, PC_CARD_FACE_COMPACT);
  g_assert_cmpint (pc_map_get_rows_position (map), ==, PC_ROWS_POSITION_BELOW);
  pc_map_set_card_face (map, PC_CARD_FACE_DETAILED);
  pc_map_set_rows_position (map, PC_ROWS_POSITION_ABOVE);
  g_assert_cmpint (pc_map_get_card_face (map), ==, PC_CARD_FACE_DETAILED);
  g_assert_cmpint (pc_map_get_rows_position (map), ==, PC_ROWS_POSITION_ABOVE);

  pc_row_set_name (row, "Doing");
  pc_row_set_kind (row, PC_ROW_KIND_DOING);
  pc_row_set_hidden (row, TRUE);
  g_assert_true (pc_row_get_hidden (row));
  g_list_store_append (pc_map_get_stages (map), stage);
  g_list_store_append (pc_map_get_rows (map), row);
  g_list_store_append (pc_map_get_rows (map), other);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(PcNote) note = pc_note_new (NULL);

      g_assert_true (g_str_has_prefix (pc_entity_get_id (PC_ENTITY (note)), "note-"));
      pc_note_set_row_id (note, i < 2 ? pc_entity_get_id (PC_ENTITY (row)) : "r2");
      pc_note_set_stage_id (note, "s1");
      pc_note_set_text (note, texts[i]);
      g_list_store_append (pc_map_get_notes (map), note);
    }

  g_assert_true (pc_map_find_row (map, "r2") == other);
  g_assert_null (pc_map_find_row (map, "s1"));
  g_assert_true (pc_map_find_stage (map, "s1") == stage);
  cell = pc_map_get_note_cell (map, pc_entity_get_id (PC_ENTITY (row)), "s1");
  g_assert_cmpuint (cell->len, ==, 2);
  g_assert_cmpstr (pc_note_get_text (g_ptr_array_index (cell, 0)), ==, "Compares prices");
  g_assert_cmpstr (pc_note_get_text (g_ptr_array_index (cell, 1)), ==, "Asks a friend");
  g_assert_true (pc_map_find_note (map, pc_entity_get_id (g_ptr_array_index (cell, 1))) ==
                 g_ptr_array_index (cell, 1));

  g_assert_true (pc_row_kind_gathers (PC_ROW_KIND_PAIN_POINTS, &property));
  g_assert_cmpstr (property, ==, "pain-points");
  g_assert_true (pc_row_kind_gathers (PC_ROW_KIND_THINKING, &property));
  g_assert_cmpstr (property, ==, "thoughts");
  g_assert_false (pc_row_kind_gathers (PC_ROW_KIND_METRICS, &property));
  g_assert_null (property);
  g_assert_false (pc_row_kind_gathers (PC_ROW_KIND_CUSTOM, NULL));
}

static void
test_v2_enum_strings (void)
{
  PcStrength strength;
  PcEvidence evidence;
  PcRowKind kind;
  PcCardFace face;
  PcRowsPosition position;

  g_assert_cmpstr (pc_strength_to_string (PC_STRENGTH_STRONG), ==, "strong");
  g_assert_true (pc_strength_from_string ("mild", &strength));
  g_assert_cmpint (strength, ==, PC_STRENGTH_MILD);
  g_assert_false (pc_strength_from_string ("extreme", &strength));
  g_assert_cmpstr (pc_evidence_to_string (PC_EVIDENCE_SOME_RESEARCH), ==, "some-research");
  g_assert_true (pc_evidence_from_string ("validated", &evidence));
  g_assert_cmpint (evidence, ==, PC_EVIDENCE_VALIDATED);
  g_assert_cmpstr (pc_row_kind_to_string (PC_ROW_KIND_EMPLOYEE_FEELINGS), ==, "employee-feelings");
  g_assert_true (pc_row_kind_from_string ("pain-points", &kind));
  g_assert_cmpint (kind, ==, PC_ROW_KIND_PAIN_POINTS);
  g_assert_false (pc_row_kind_from_string ("Pain points", &kind));
  g_assert_cmpstr (pc_card_face_to_string (PC_CARD_FACE_DETAILED), ==, "detailed");
  g_assert_true (pc_card_face_from_string ("compact", &face));
  g_assert_cmpint (face, ==, PC_CARD_FACE_COMPACT);
  g_assert_cmpstr (pc_rows_position_to_string (PC_ROWS_POSITION_ABOVE), ==, "above");
  g_assert_true (pc_rows_position_from_string ("below", &position));
  g_assert_cmpint (position, ==, PC_ROWS_POSITION_BELOW);

  for (int k = 0; k < PC_N_ROW_KINDS; k++)
    g_assert_cmpstr (pc_row_kind_get_label (k), !=, "");
  g_assert_cmpstr (pc_strength_get_label (PC_STRENGTH_STRONG), ==, "Strong");
  g_assert_cmpstr (pc_evidence_get_label (PC_EVIDENCE_ASSUMPTION), ==, "Assumption");
  g_assert_cmpstr (pc_row_kind_get_label (PC_ROW_KIND_PAIN_POINTS), ==, "Pain points");
  g_assert_cmpstr (pc_rows_position_get_label (PC_ROWS_POSITION_ABOVE), ==, "Above the lanes");
}

/* Lane names that name people become personas on import; channels,
 * teams, systems and blueprint layers do not. */
static void
test_persona_name_is_personal (void)
{
  const char *people[] = {
    "Alice", "Marie Dupont", "Jean-Pierre Martin", "  Hugo  ", "Inès",
    "Éloïse Lefèvre", "Seán O'Brien", "Zoë",
  };
  const char *not_people[] = {
    "Backstage", "Support team", "Support Team", "Website", "IT", "HR",
    "Customer", "Mobile App", "Front Office", "Call Centre", "Équipe",
    "marie", "Marie de Vries Dupont", "Alice Bob Carol", "", "   ", "A",
    "Jean-", "-Pierre", "Alice2", "Bob & Co", "Le Site Web", "Service client",
    "Back-Office", "Ventes", "E-mail",
  };

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_test_message ("person: %s", people[i]);
      g_assert_true (pc_persona_name_is_personal (people[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_people); i++)
    {
      g_test_message ("not a person: %s", not_people[i]);
      g_assert_false (pc_persona_name_is_personal (not_people[i]));
    }
  g_assert_false (pc_persona_name_is_personal (NULL));
  g_assert_false (pc_persona_name_is_personal ("Al\xffice"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/ids", test_ids);
  g_test_add_func ("/model/map-kind-names", test_map_kind_names);
  g_test_add_func ("/model/notify-only-on-change", test_notify_only_on_change);
  g_test_add_func ("/model/defaults", test_defaults);
  g_test_add_func ("/model/lookup-follows-changes", test_lookup_follows_changes);
  g_test_add_func ("/model/cell", test_cell);
  g_test_add_func ("/model/enum-strings", test_enum_strings);
  g_test_add_func ("/model/time-parse", test_time_parse);
  g_test_add_func ("/model/document-finalizes", test_document_finalizes);
  g_test_add_func ("/model/score", test_score);
  g_test_add_func ("/model/touchpoint-v2-fields", test_touchpoint_v2_fields);
  g_test_add_func ("/model/rows-and-notes", test_rows_and_notes);
  g_test_add_func ("/model/v2-enum-strings", test_v2_enum_strings);
  g_test_add_func ("/model/persona-name-is-personal", test_persona_name_is_personal);

  return g_test_run ();
}
