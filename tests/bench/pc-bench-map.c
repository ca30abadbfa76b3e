/* pc-bench-map.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pc-bench-map.h"

#define N_LANES 4

/* A current-state map: enough stages that each cell holds at most 50 cards,
 * four persona lanes, mixed sentiments and channels, a connector every
 * seventh card. */
PcDocument *
pc_bench_make_document (guint n)
{
  PcDocument *document = pc_document_new ();
  g_autoptr(PcMap) map = pc_map_new ("map-bench", PC_MAP_KIND_CURRENT_STATE);
  guint n_stages = CLAMP (n / (N_LANES * 25), 5, 100);

  pc_map_set_name (map, "Benchmark");
  for (guint l = 0; l < N_LANES; l++)
    {
      g_autofree char *pid = g_strdup_printf ("persona-%u", l);
      g_autofree char *lid = g_strdup_printf ("lane-%u", l);
      g_autofree char *name = g_strdup_printf ("Persona %u", l + 1);
      g_autoptr(PcPersona) persona = pc_persona_new (pid);
      g_autoptr(PcLane) lane = pc_lane_new (lid);

      pc_persona_set_name (persona, name);
      pc_persona_set_color (persona, l % 2 ? "#e66100" : "#3584e4");
      pc_persona_set_description (persona, "A synthetic persona for timing");
      g_list_store_append (pc_document_get_personas (document), persona);
      pc_lane_set_kind (lane, PC_LANE_KIND_PERSONA);
      pc_lane_set_persona_id (lane, pid);
      pc_lane_set_name (lane, name);
      g_list_store_append (pc_map_get_lanes (map), lane);
    }
  for (guint s = 0; s < n_stages; s++)
    {
      g_autofree char *id = g_strdup_printf ("stage-%u", s);
      g_autofree char *name = g_strdup_printf ("Stage %u", s + 1);
      g_autoptr(PcStage) stage = pc_stage_new (id);

      pc_stage_set_name (stage, name);
      g_list_store_append (pc_map_get_stages (map), stage);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("tp-%u", i);
      g_autofree char *sid = g_strdup_printf ("stage-%u", i % n_stages);
      g_autofree char *lid = g_strdup_printf ("lane-%u", (i / n_stages) % N_LANES);
      g_autofree char *title = g_strdup_printf ("Touchpoint %u: reads the delivery terms", i);
      g_autoptr(PcTouchpoint) tp = pc_touchpoint_new (id);

      pc_touchpoint_set_stage_id (tp, sid);
      pc_touchpoint_set_lane_id (tp, lid);
      pc_touchpoint_set_title (tp, title);
      pc_touchpoint_set_sentiment (tp, (int) (i % 3) - 1);
      pc_touchpoint_set_channel (tp, 1 + i % (PC_N_CHANNELS - 1));
      pc_touchpoint_set_action (tp, "Compares the offer with two others");
      pc_touchpoint_set_emotions (tp, "Hopeful, a little impatient");
      g_list_store_append (pc_map_get_touchpoints (map), tp);
      if (i > 0 && i % 7 == 0)
        {
          g_autofree char *cid = g_strdup_printf ("conn-%u", i);
          g_autofree char *from = g_strdup_printf ("tp-%u", i - 1);
          g_autoptr(PcConnector) c = pc_connector_new (cid);

          pc_connector_set_from_id (c, from);
          pc_connector_set_to_id (c, id);
          g_list_store_append (pc_map_get_connectors (map), c);
        }
    }
  g_list_store_append (pc_document_get_maps (document), map);
  return document;
}
