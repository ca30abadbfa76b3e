/* pc-mermaid-import.c: Mermaid journeys into maps
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pc-edit.h"
#include "pc-mermaid-private.h"

typedef struct
{
  PcDocument      *document;
  GPtrArray       *warnings;
  GPtrArray       *journeys;      /* PcMermaidJourney, all read before any is built */
  PcMermaidCounts  counts;
  GPtrArray       *maps;          /* PcMap, built */
  GPtrArray       *new_personas;  /* PcPersona */
  GHashTable      *made_personas; /* exact name → PcPersona (borrowed) */
  guint            n_unnamed;
} Import;

static void
import_clear (Import *imp)
{
  g_clear_pointer (&imp->journeys, g_ptr_array_unref);
  g_clear_pointer (&imp->maps, g_ptr_array_unref);
  g_clear_pointer (&imp->new_personas, g_ptr_array_unref);
  g_clear_pointer (&imp->made_personas, g_hash_table_unref);
}

static gboolean
check_text (const char  *data,
            gsize        length,
            GError     **error)
{
  const char *end = NULL;
  int line = 1;

  if (g_utf8_validate_len (data, length, &end))
    return TRUE;
  for (const char *p = data; (p = memchr (p, '\n', end - p)) != NULL; p++)
    line++;
  if (*end == '\0')
    g_set_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_ENCODING,
                 _("Line %d holds a NUL byte: this is not a text file."), line);
  else
    g_set_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_ENCODING,
                 _("Line %d is not UTF-8 text."), line);
  return FALSE;
}

static gboolean
add_journey (const char  *text,
             gsize        length,
             int          first_line,
             gpointer     user_data,
             GError     **error)
{
  Import *imp = user_data;
  PcMermaidJourney *journey;

  if (!pc_mermaid_is_journey (text, length))
    return TRUE;
  if (imp->journeys->len >= PC_MERMAID_MAX_MAPS)
    {
      g_set_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_TOO_LARGE,
                   _("Line %d: the file holds more than %d journeys."),
                   first_line - 1, PC_MERMAID_MAX_MAPS);
      return FALSE;
    }
  journey = pc_mermaid_parse (text, length, first_line, &imp->counts, imp->warnings, error);
  if (journey == NULL)
    return FALSE;
  g_ptr_array_add (imp->journeys, journey);
  return TRUE;
}

/* Names match whatever their case and surrounding spaces. */
static char *
name_key (const char *name)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name));
  g_autofree char *nfc = g_utf8_normalize (trimmed, -1, G_NORMALIZE_NFC);

  return g_utf8_casefold (nfc ? nfc : trimmed, -1);
}

/* An actor is the document's persona of that name (ignoring case), else
 * one this import made for that exact name, else a new one. */
static PcPersona *
persona_for (Import     *imp,
             const char *name)
{
  GListModel *personas = G_LIST_MODEL (pc_document_get_personas (imp->document));
  guint n = g_list_model_get_n_items (personas);
  g_autofree char *key = NULL;
  PcPersona *persona;

  persona = g_hash_table_lookup (imp->made_personas, name);
  if (persona != NULL)
    return persona;

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(PcPersona) candidate = g_list_model_get_item (personas, i);
        const char *candidate_name = pc_persona_get_name (candidate);
        gboolean same;

        if (pass == 0)
          same = strcmp (candidate_name, name) == 0;
        else
          {
            g_autofree char *candidate_key = name_key (candidate_name);

            if (key == NULL)
              key = name_key (name);
            same = strcmp (candidate_key, key) == 0;
          }
        if (same)
          return candidate;
      }

  persona = pc_persona_new (NULL);
  pc_persona_set_name (persona, name);
  pc_persona_set_color (persona, pc_persona_pick_color (n + imp->new_personas->len));
  g_ptr_array_add (imp->new_personas, persona);
  g_hash_table_insert (imp->made_personas, g_strdup (name), persona);
  return persona;
}

static PcStage *
add_stage (GPtrArray  *stages,
           const char *name)
{
  PcStage *stage = pc_stage_new (NULL);

  pc_stage_set_name (stage, name);
  g_ptr_array_add (stages, stage);
  return stage;
}

static PcLane *
add_lane (GPtrArray *lanes,
          PcPersona *persona,
          const char *name)
{
  PcLane *lane = pc_lane_new (NULL);

  pc_lane_set_name (lane, name);
  if (persona != NULL)
    {
      pc_lane_set_kind (lane, PC_LANE_KIND_PERSONA);
      pc_lane_set_persona_id (lane, pc_entity_get_id (PC_ENTITY (persona)));
    }
  else
    pc_lane_set_kind (lane, PC_LANE_KIND_FREE);
  g_ptr_array_add (lanes, lane);
  return lane;
}

static void
append_all (GListStore *store,
            GPtrArray  *items)
{
  g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0,
                       items->pdata, items->len);
}

static const char *
pick_name (Import           *imp,
           PcMermaidJourney *journey,
           const char       *default_name,
           char            **owned)
{
  if (journey->title != NULL && journey->title[0] != '\0')
    return journey->title;
  if (journey->acc_title != NULL && journey->acc_title[0] != '\0')
    return journey->acc_title;
  if (default_name == NULL || default_name[0] == '\0')
    default_name = _("Journey");
  if (imp->n_unnamed++ == 0)
    return default_name;
  *owned = g_strdup_printf ("%s %u", default_name, imp->n_unnamed);
  return *owned;
}

static PcMap *
build_map (Import           *imp,
           PcMermaidJourney *journey,
           const char       *default_name)
{
  g_autoptr(GPtrArray) stages = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) lanes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) touchpoints = g_ptr_array_new_full (journey->tasks->len, g_object_unref);
  g_autofree PcLane **actor_lanes = g_new0 (PcLane *, journey->actors->len);
  g_autofree char *owned_name = NULL;
  PcStage *before_sections = NULL;
  PcLane *no_actor_lane = NULL;
  guint first_section = 0;
  PcMap *map;

  map = pc_map_new (NULL, PC_MAP_KIND_CURRENT_STATE);
  pc_map_set_name (map, pick_name (imp, journey, default_name, &owned_name));
  if (journey->acc_descr != NULL && journey->acc_descr[0] != '\0')
    pc_map_set_goal (map, journey->acc_descr);

  /* Tasks before any section get a stage with no name, as Mermaid draws
   * them under no section heading. */
  if (journey->tasks->len > 0 && g_array_index (journey->tasks, PcMermaidTask, 0).section < 0)
    {
      before_sections = add_stage (stages, "");
      first_section = 1;
    }
  for (guint i = 0; i < journey->sections->len; i++)
    add_stage (stages, g_ptr_array_index (journey->sections, i));

  for (guint t = 0; t < journey->tasks->len; t++)
    {
      PcMermaidTask *task = &g_array_index (journey->tasks, PcMermaidTask, t);
      PcStage *stage = task->section < 0 ? before_sections
                                         : g_ptr_array_index (stages, first_section + task->section);
      const char *stage_id = pc_entity_get_id (PC_ENTITY (stage));
      g_autofree char *moment = NULL;
      guint n_cards = MAX (task->n_actors, 1);

      if (task->n_actors > 1)
        moment = pc_entity_make_id ("moment");

      for (guint a = 0; a < n_cards; a++)
        {
          PcTouchpoint *tp = pc_touchpoint_new (NULL);
          PcLane *lane;

          if (task->n_actors == 0)
            {
              /* Translators: the lane of the Mermaid tasks that name no actor. */
              if (no_actor_lane == NULL)
                no_actor_lane = add_lane (lanes, NULL, _("Tasks"));
              lane = no_actor_lane;
            }
          else
            {
              guint actor = task->actors[a];

              if (actor_lanes[actor] == NULL)
                {
                  const char *name = g_ptr_array_index (journey->actors, actor);

                  actor_lanes[actor] = add_lane (lanes, persona_for (imp, name), name);
                }
              lane = actor_lanes[actor];
            }

          pc_touchpoint_set_stage_id (tp, stage_id);
          pc_touchpoint_set_lane_id (tp, pc_entity_get_id (PC_ENTITY (lane)));
          pc_touchpoint_set_title (tp, task->title);
          pc_mermaid_apply_score (tp, task->score);
          if (moment != NULL)
            {
              g_autoptr(JsonObject) extras = json_object_new ();

              json_object_set_string_member (extras, PC_MERMAID_MOMENT, moment);
              pc_entity_set_extras (PC_ENTITY (tp), extras);
            }
          g_ptr_array_add (touchpoints, tp);
        }
    }

  append_all (pc_map_get_stages (map), stages);
  append_all (pc_map_get_lanes (map), lanes);
  append_all (pc_map_get_touchpoints (map), touchpoints);
  return map;
}

static void
insert_all (PcHistory  *history,
            GListStore *store,
            GPtrArray  *items)
{
  if (history == NULL)
    {
      append_all (store, items);
      return;
    }
  for (guint i = 0; i < items->len; i++)
    pc_edit_insert (history, store, g_list_model_get_n_items (G_LIST_MODEL (store)),
                    g_ptr_array_index (items, i), NULL);
}

int
pc_mermaid_import (const char       *data,
                   gsize             length,
                   PcMermaidSource   source,
                   const char       *default_name,
                   PcDocument       *document,
                   PcHistory        *history,
                   GPtrArray        *warnings,
                   GError          **error)
{
  Import imp = { 0 };
  int result;

  g_return_val_if_fail (data != NULL || length == 0, -1);
  g_return_val_if_fail (PC_IS_DOCUMENT (document), -1);
  g_return_val_if_fail (history == NULL || PC_IS_HISTORY (history), -1);

  if (length > PC_MERMAID_MAX_SIZE)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_TOO_LARGE,
                   _("The file is too large to import (%s; the limit is %d MiB)."),
                   size, PC_MERMAID_MAX_SIZE / (1024 * 1024));
      return -1;
    }
  if (data == NULL)
    data = "";
  if (!check_text (data, length, error))
    return -1;

  imp.document = document;
  imp.warnings = warnings;
  imp.journeys = g_ptr_array_new_with_free_func ((GDestroyNotify) pc_mermaid_journey_free);

  if (source == PC_MERMAID_SOURCE_MARKDOWN)
    {
      /* A byte-order mark would hide a fence on the first line. */
      if (length >= 3 && memcmp (data, "\357\273\277", 3) == 0)
        {
          data += 3;
          length -= 3;
        }
      if (!pc_mermaid_find_blocks (data, length, warnings, add_journey, &imp, error))
        {
          import_clear (&imp);
          return -1;
        }
      if (imp.journeys->len == 0)
        {
          g_set_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_NOT_JOURNEY,
                       _("There is no Mermaid journey in this Markdown file (a “```mermaid” block that starts with “journey”)."));
          import_clear (&imp);
          return -1;
        }
    }
  else
    {
      PcMermaidJourney *journey = pc_mermaid_parse (data, length, 1, &imp.counts, warnings, error);

      if (journey == NULL)
        {
          import_clear (&imp);
          return -1;
        }
      g_ptr_array_add (imp.journeys, journey);
    }

  imp.maps = g_ptr_array_new_with_free_func (g_object_unref);
  imp.new_personas = g_ptr_array_new_with_free_func (g_object_unref);
  imp.made_personas = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < imp.journeys->len; i++)
    g_ptr_array_add (imp.maps, build_map (&imp, g_ptr_array_index (imp.journeys, i), default_name));

  if (history != NULL)
    pc_history_begin_group (history, _("Import Mermaid"));
  insert_all (history, pc_document_get_personas (document), imp.new_personas);
  insert_all (history, pc_document_get_maps (document), imp.maps);
  if (history != NULL)
    pc_history_end_group (history);

  result = imp.maps->len;
  import_clear (&imp);
  return result;
}
