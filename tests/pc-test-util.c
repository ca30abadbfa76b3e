/* pc-test-util.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pc-format.h"
#include "pc-test-util.h"

static const char *stage_names[] = { "Awareness", "Appeal", "Ask", "Act", "Advocacy" };

/**
 * pc_test_make_document:
 * A current-state map with two personas, five stages and @n_touchpoints
 * spread over the cells with varied sentiments and channels, plus a
 * future-state map linked to it and a connector chain.
 */
PcDocument *
pc_test_make_document (guint n_touchpoints)
{
  PcDocument *document = pc_document_new ();
  g_autoptr(PcMap) map = pc_map_new ("map-current", PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(PcMap) future = pc_map_new ("map-future", PC_MAP_KIND_FUTURE_STATE);
  PcTouchpoint *previous = NULL;

  pc_document_set_title (document, "Test document");
  pc_map_set_name (map, "Today");
  pc_map_set_name (future, "Tomorrow");
  pc_map_set_source_id (future, "map-current");

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *id = g_strdup_printf ("persona-%u", i);
      g_autoptr(PcPersona) persona = pc_persona_new (id);
      g_autofree char *lane_id = g_strdup_printf ("lane-%u", i);
      g_autoptr(PcLane) lane = pc_lane_new (lane_id);

      pc_persona_set_name (persona, i == 0 ? "Camille" : "Mathis");
      pc_persona_set_color (persona, i == 0 ? "#3584e4" : "#e66100");
      pc_persona_set_goals (persona, "Find a good offer");
      g_list_store_append (pc_document_get_personas (document), persona);

      pc_lane_set_kind (lane, PC_LANE_KIND_PERSONA);
      pc_lane_set_name (lane, pc_persona_get_name (persona));
      pc_lane_set_persona_id (lane, id);
      g_list_store_append (pc_map_get_lanes (map), lane);
    }

  for (guint i = 0; i < G_N_ELEMENTS (stage_names); i++)
    {
      g_autofree char *id = g_strdup_printf ("stage-%u", i);
      g_autoptr(PcStage) stage = pc_stage_new (id);

      pc_stage_set_name (stage, stage_names[i]);
      g_list_store_append (pc_map_get_stages (map), stage);
    }

  for (guint i = 0; i < n_touchpoints; i++)
    {
      g_autofree char *id = g_strdup_printf ("tp-%u", i);
      g_autofree char *stage_id = g_strdup_printf ("stage-%u", (guint) (i % G_N_ELEMENTS (stage_names)));
      g_autofree char *lane_id = g_strdup_printf ("lane-%u", (i / 5) % 2);
      g_autofree char *title = g_strdup_printf ("Touchpoint %u", i);
      PcTouchpoint *tp = pc_touchpoint_new (id);

      pc_touchpoint_set_stage_id (tp, stage_id);
      pc_touchpoint_set_lane_id (tp, lane_id);
      pc_touchpoint_set_title (tp, title);
      pc_touchpoint_set_sentiment (tp, (int) (i % 3) - 1);
      pc_touchpoint_set_channel (tp, i % PC_N_CHANNELS);
      if (i % 4 == 0)
        pc_touchpoint_set_pain_points (tp, "Shipping costs shown late");
      g_list_store_append (pc_map_get_touchpoints (map), tp);

      if (previous != NULL && i % 7 == 0)
        {
          g_autofree char *conn_id = g_strdup_printf ("conn-%u", i);
          g_autoptr(PcConnector) connector = pc_connector_new (conn_id);

          pc_connector_set_from_id (connector, pc_entity_get_id (PC_ENTITY (previous)));
          pc_connector_set_to_id (connector, id);
          g_list_store_append (pc_map_get_connectors (map), connector);
        }
      previous = tp;
      g_object_unref (tp);
    }

  g_list_store_append (pc_document_get_maps (document), map);
  g_list_store_append (pc_document_get_maps (document), future);
  return document;
}

/**
 * pc_test_load_example:
 * Returns: (transfer full): data/examples/onboarding.parcours, loaded
 */
PcDocument *
pc_test_load_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "onboarding.parcours", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  PcDocument *document;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  document = pc_format_load_data (data, length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

char *
pc_test_data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

char *
pc_test_save_to_string (PcDocument *document)
{
  return pc_format_save_data (document, NULL);
}

/**
 * pc_test_assert_schema_valid:
 * Checks the file at @path against data/parcours.schema.json with an
 * outside validator (python3-jsonschema), as a reader of the published
 * format would.
 */
void
pc_test_assert_schema_valid (const char *path)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "validate-schema.py", NULL);
  g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "..", "data", "parcours.schema.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "/usr/bin/python3", script, schema, path, NULL };
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s does not validate against the schema:\n%s%s", path, out, err);
}
