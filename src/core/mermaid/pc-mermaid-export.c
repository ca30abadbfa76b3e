/* pc-mermaid-export.c: a map as a Mermaid journey
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pc-mermaid-private.h"

typedef struct
{
  const char *title;
  int         score;
  GPtrArray  *actors;   /* const char *, may be empty */
} Task;

static void
task_clear (gpointer data)
{
  Task *task = data;

  g_ptr_array_unref (task->actors);
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *decoded = NULL;

  if (text == NULL)
    return TRUE;
  decoded = pc_mermaid_decode (text, strlen (text));
  return decoded[0] == '\0';
}

static const char *
moment_of (PcTouchpoint *touchpoint)
{
  JsonObject *extras = pc_entity_get_extras (PC_ENTITY (touchpoint));
  JsonNode *node;

  if (extras == NULL || !json_object_has_member (extras, PC_MERMAID_MOMENT))
    return NULL;
  node = json_object_get_member (extras, PC_MERMAID_MOMENT);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

/* Lane id → the actor its cards are written with: a persona lane's
 * persona; other lanes have none. */
static GHashTable *
make_actors (PcDocument *document,
             PcMap      *map)
{
  GHashTable *actors = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *lanes = G_LIST_MODEL (pc_map_get_lanes (map));

  for (guint i = 0; i < g_list_model_get_n_items (lanes); i++)
    {
      g_autoptr(PcLane) lane = g_list_model_get_item (lanes, i);
      PcPersona *persona = NULL;
      const char *name;

      if (pc_lane_get_kind (lane) != PC_LANE_KIND_PERSONA)
        continue;
      if (document != NULL && pc_lane_get_persona_id (lane) != NULL)
        persona = pc_document_find_persona (document, pc_lane_get_persona_id (lane));
      name = persona ? pc_persona_get_name (persona) : pc_lane_get_name (lane);
      if (!is_blank (name))
        g_hash_table_insert (actors, (gpointer) pc_entity_get_id (PC_ENTITY (lane)),
                             (gpointer) name);
    }
  return actors;
}

static gboolean
has_actor (Task       *task,
           const char *actor)
{
  for (guint i = 0; i < task->actors->len; i++)
    if (strcmp (g_ptr_array_index (task->actors, i), actor) == 0)
      return TRUE;
  return FALSE;
}

/* The stage's cards as tasks: cards of one moment with the same title and
 * score are one task with each of their actors. */
static GArray *
make_tasks (GPtrArray  *cards,
            GHashTable *actors)
{
  GArray *tasks = g_array_new (FALSE, FALSE, sizeof (Task));
  g_autoptr(GHashTable) moments = g_hash_table_new (g_str_hash, g_str_equal);

  g_array_set_clear_func (tasks, task_clear);
  for (guint i = 0; i < cards->len; i++)
    {
      PcTouchpoint *tp = g_ptr_array_index (cards, i);
      const char *actor = g_hash_table_lookup (actors, pc_touchpoint_get_lane_id (tp));
      const char *moment = moment_of (tp);
      const char *title = pc_touchpoint_get_title (tp);
      int score = pc_mermaid_get_score (tp);
      Task task;

      if (moment != NULL && actor != NULL)
        {
          gpointer found = g_hash_table_lookup (moments, moment);

          if (found != NULL)
            {
              Task *same = &g_array_index (tasks, Task, GPOINTER_TO_UINT (found) - 1);

              if (same->score == score && strcmp (same->title, title) == 0
                  && same->actors->len > 0 && !has_actor (same, actor))
                {
                  g_ptr_array_add (same->actors, (gpointer) actor);
                  continue;
                }
            }
        }

      task.title = title;
      task.score = score;
      task.actors = g_ptr_array_new ();
      if (actor != NULL)
        g_ptr_array_add (task.actors, (gpointer) actor);
      g_array_append_val (tasks, task);
      if (moment != NULL && actor != NULL && !g_hash_table_contains (moments, moment))
        g_hash_table_insert (moments, (gpointer) moment, GUINT_TO_POINTER (tasks->len));
    }
  return tasks;
}

static void
write_text (GString         *out,
            const char      *text,
            PcMermaidEncode  flags)
{
  gsize before = out->len;

  pc_mermaid_encode (out, text, flags);
  if (out->len == before)
    g_string_append (out, "#32;");
}

static void
write_tasks (GString    *out,
             GPtrArray  *cards,
             GHashTable *actors)
{
  g_autoptr(GArray) tasks = make_tasks (cards, actors);

  for (guint i = 0; i < tasks->len; i++)
    {
      Task *task = &g_array_index (tasks, Task, i);

      g_string_append (out, "      ");
      write_text (out, task->title, PC_MERMAID_ENCODE_TASK);
      g_string_append_printf (out, ": %d", task->score);
      for (guint a = 0; a < task->actors->len; a++)
        {
          g_string_append (out, a == 0 ? ": " : ", ");
          pc_mermaid_encode (out, g_ptr_array_index (task->actors, a), PC_MERMAID_ENCODE_ACTOR);
        }
      g_string_append_c (out, '\n');
    }
}

static void
write_goal (GString    *out,
            const char *goal)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (strchr (goal, '\n') == NULL && strchr (goal, '\r') == NULL)
    {
      pc_mermaid_encode (text, goal, PC_MERMAID_ENCODE_PLAIN);
      g_string_append_printf (out, "    accDescr: %s\n", text->str);
      return;
    }
  pc_mermaid_encode (text, goal, PC_MERMAID_ENCODE_BRACE | PC_MERMAID_ENCODE_NEWLINE);
  g_string_append (out, "    accDescr {\n        ");
  for (const char *p = text->str; *p; p++)
    {
      g_string_append_c (out, *p);
      if (*p == '\n')
        g_string_append (out, "        ");
    }
  g_string_append (out, "\n    }\n");
}

char *
pc_mermaid_export (PcDocument *document,
                   PcMap      *map,
                   gsize      *length)
{
  GListModel *stages;
  GListModel *touchpoints;
  g_autoptr(GHashTable) actors = NULL;
  g_autoptr(GHashTable) cells = NULL;   /* stage id → GPtrArray of cards */
  GString *out;

  g_return_val_if_fail (document == NULL || PC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PC_IS_MAP (map), NULL);

  stages = G_LIST_MODEL (pc_map_get_stages (map));
  touchpoints = G_LIST_MODEL (pc_map_get_touchpoints (map));
  actors = make_actors (document, map);
  cells = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < g_list_model_get_n_items (touchpoints); i++)
    {
      g_autoptr(PcTouchpoint) tp = g_list_model_get_item (touchpoints, i);
      const char *stage_id = pc_touchpoint_get_stage_id (tp);
      GPtrArray *cards;

      if (stage_id == NULL)
        continue;
      cards = g_hash_table_lookup (cells, stage_id);
      if (cards == NULL)
        {
          cards = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (cells, (gpointer) stage_id, cards);
        }
      g_ptr_array_add (cards, g_steal_pointer (&tp));
    }

  out = g_string_new ("journey\n");
  if (!is_blank (pc_map_get_name (map)))
    {
      g_string_append (out, "    title ");
      pc_mermaid_encode (out, pc_map_get_name (map), PC_MERMAID_ENCODE_PLAIN);
      g_string_append_c (out, '\n');
    }
  if (!is_blank (pc_map_get_goal (map)))
    write_goal (out, pc_map_get_goal (map));

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(PcStage) stage = g_list_model_get_item (stages, i);
      GPtrArray *cards = g_hash_table_lookup (cells, pc_entity_get_id (PC_ENTITY (stage)));

      /* A first stage with no name holds the tasks before any section. */
      if (!(i == 0 && cards != NULL && is_blank (pc_stage_get_name (stage))))
        {
          g_string_append (out, "    section ");
          write_text (out, pc_stage_get_name (stage), PC_MERMAID_ENCODE_PLAIN);
          g_string_append_c (out, '\n');
        }
      if (cards != NULL)
        write_tasks (out, cards, actors);
    }

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}
