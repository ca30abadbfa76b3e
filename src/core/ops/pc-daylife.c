/* pc-daylife.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* In a day in the life, the stage header is edited as one line, a time of
 * day then the name, because that is how a facilitator writes it on the
 * wall: "07:30 Breakfast", or "7h30 Breakfast" as French users write it.
 * Every edit here is one undo step that also keeps the columns in time
 * order and the cards in their time slots. */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pc-daylife.h"
#include "pc-edit.h"
#include "pc-map-ops.h"

#define LAST_MINUTE (23 * 60 + 59)

gboolean
pc_daylife_is_timeline (PcMap *map)
{
  return map != NULL && pc_map_get_kind (map) == PC_MAP_KIND_DAY_IN_THE_LIFE;
}

/* A leading word made of digits then ":" or "h" is meant as a time; any
 * other leading word is part of the name. Returns -2 for a time that is
 * meant but wrong, -1 when there is none. */
static int
parse_leading_time (const char  *text,
                    const char **rest)
{
  const char *p = text;
  int h = 0, m = 0, digits = 0;
  char sep;

  *rest = text;
  for (; g_ascii_isdigit (*p); p++, digits++)
    h = MIN (h * 10 + (*p - '0'), 100);
  if (digits == 0 || (*p != ':' && *p != 'h' && *p != 'H'))
    return -1;
  sep = *p++;

  /* From here on the word is a time, right or wrong. */
  if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]))
    {
      m = (p[0] - '0') * 10 + (p[1] - '0');
      p += 2;
    }
  else if (sep == ':' || g_ascii_isdigit (p[0]))
    return -2;
  if (*p != '\0' && !g_ascii_isspace (*p))
    return -2;
  if (digits > 2 || h > 23 || m > 59)
    return -2;

  *rest = p;
  return h * 60 + m;
}

/**
 * pc_daylife_parse_header:
 * @text: what the user typed
 * @time: (out) (transfer full) (nullable): "HH:MM", or %NULL when @text
 *   starts with no time
 * @name: (out) (transfer full): the rest, trimmed; may be empty
 *
 * Returns: %FALSE when @text starts with a time that is not a time of day
 *   ("25:00", "7h75"); @time and @name are then left alone
 */
gboolean
pc_daylife_parse_header (const char  *text,
                         char       **time,
                         char       **name)
{
  static const char *const separators[] = { "-", "\u2013", "\u2014", "\u00b7" };
  const char *rest;
  int minutes;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (time != NULL && name != NULL, FALSE);

  while (g_ascii_isspace (*text))
    text++;
  minutes = parse_leading_time (text, &rest);
  if (minutes == -2)
    return FALSE;

  while (g_ascii_isspace (*rest))
    rest++;
  /* "07:30 – Breakfast": the dash only separates. */
  if (minutes >= 0)
    for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
      if (g_str_has_prefix (rest, separators[i]) &&
          g_ascii_isspace (rest[strlen (separators[i])]))
        {
          rest += strlen (separators[i]);
          break;
        }

  *time = minutes >= 0 ? g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60) : NULL;
  *name = g_strstrip (g_strdup (rest));
  return TRUE;
}

/**
 * pc_daylife_format_header:
 * Returns: (transfer full): the text the header editor starts with
 */
char *
pc_daylife_format_header (PcStage *stage)
{
  int minutes;
  const char *name;

  g_return_val_if_fail (PC_IS_STAGE (stage), NULL);

  minutes = pc_time_parse (pc_stage_get_time (stage));
  name = pc_stage_get_name (stage) ? pc_stage_get_name (stage) : "";
  if (minutes < 0)
    return g_strdup (name);
  return g_strdup_printf ("%02d:%02d %s", minutes / 60, minutes % 60, name);
}

/**
 * pc_daylife_edit_stage:
 * @text: the header editor's text, "07:30 Breakfast"
 *
 * Sets the stage's time and name and puts the stages back in time order,
 * as one undo step. With no name after the time, the name stays; with no
 * time, the stage loses its time and goes after the timed ones.
 *
 * Returns: %FALSE, changing nothing, when @text starts with a wrong time
 */
gboolean
pc_daylife_edit_stage (PcHistory  *history,
                       PcMap      *map,
                       PcStage    *stage,
                       const char *text)
{
  g_autofree char *time = NULL;
  g_autofree char *name = NULL;
  const char *old_time;

  g_return_val_if_fail (PC_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (PC_IS_MAP (map), FALSE);
  g_return_val_if_fail (PC_IS_STAGE (stage), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (!pc_daylife_parse_header (text, &time, &name))
    return FALSE;

  old_time = pc_stage_get_time (stage);
  if (old_time != NULL && *old_time == '\0')
    old_time = NULL;

  pc_history_begin_group (history, _("Edit stage"));
  if (g_strcmp0 (old_time, time) != 0)
    pc_edit_set_string (history, stage, "time", time);
  if (*name != '\0' && g_strcmp0 (pc_stage_get_name (stage), name) != 0)
    pc_edit_set_string (history, stage, "name", name);
  pc_map_ops_sort_stages_by_time (history, map);
  pc_history_end_group (history);
  pc_history_break_merge (history);
  return TRUE;
}

static int
stage_minutes (GListModel *stages,
               guint       i)
{
  g_autoptr(PcStage) stage = g_list_model_get_item (stages, i);

  return pc_time_parse (pc_stage_get_time (stage));
}

/**
 * pc_daylife_propose_time:
 * @position: where the new stage goes among the map's stages
 *
 * Returns: (transfer full): a time for a new stage at @position: an hour
 *   after the stage before it, or halfway to the next one when that is
 *   sooner; 08:00 in an empty day
 */
char *
pc_daylife_propose_time (PcMap *map,
                         guint  position)
{
  GListModel *stages;
  guint n;
  int before = -1, after = -1, proposed;

  g_return_val_if_fail (PC_IS_MAP (map), NULL);

  stages = G_LIST_MODEL (pc_map_get_stages (map));
  n = g_list_model_get_n_items (stages);
  for (guint i = 0; i < MIN (position, n); i++)
    before = MAX (before, stage_minutes (stages, i));
  for (guint i = position; i < n && after < 0; i++)
    after = stage_minutes (stages, i);

  if (before < 0)
    proposed = after >= 0 ? MAX (after - 60, 0) : 8 * 60;
  else
    {
      proposed = before + 60;
      if (after >= before && proposed > after)
        proposed = before + (after - before) / 2;
    }
  proposed = MIN (proposed, LAST_MINUTE);
  return g_strdup_printf ("%02d:%02d", proposed / 60, proposed % 60);
}

/**
 * pc_daylife_add_stage:
 * @position: where the new stage goes among the map's stages
 * @name: the new stage's name
 *
 * Adds a stage, as one undo step. In a day in the life the stage gets the
 * time pc_daylife_propose_time() gives for @position and the columns are
 * kept in time order.
 *
 * Returns: (transfer none): the new stage, held by @map
 */
PcStage *
pc_daylife_add_stage (PcHistory  *history,
                      PcMap      *map,
                      guint       position,
                      const char *name)
{
  g_autoptr(PcStage) stage = NULL;
  GListStore *stages;

  g_return_val_if_fail (PC_IS_HISTORY (history), NULL);
  g_return_val_if_fail (PC_IS_MAP (map), NULL);

  stages = pc_map_get_stages (map);
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (stages)));
  stage = pc_stage_new (NULL);
  pc_stage_set_name (stage, name);
  if (!pc_daylife_is_timeline (map))
    {
      pc_edit_insert (history, stages, position, stage, _("Add stage"));
      return stage;
    }

  {
    g_autofree char *time = pc_daylife_propose_time (map, position);
    pc_stage_set_time (stage, time);
  }
  pc_history_begin_group (history, _("Add stage"));
  pc_edit_insert (history, stages, position, stage, _("Add stage"));
  pc_map_ops_sort_stages_by_time (history, map);
  pc_history_end_group (history);
  return stage;
}

/* Where a touchpoint is and when: what a time edit changes. */
typedef struct
{
  char  *time;
  char  *stage_id;
  char  *lane_id;
  guint  position;
} Place;

static void
place_save (Place        *place,
            GListStore   *store,
            PcTouchpoint *touchpoint)
{
  place->time = g_strdup (pc_touchpoint_get_time (touchpoint));
  place->stage_id = g_strdup (pc_touchpoint_get_stage_id (touchpoint));
  place->lane_id = g_strdup (pc_touchpoint_get_lane_id (touchpoint));
  if (!pc_list_find (G_LIST_MODEL (store), touchpoint, &place->position))
    place->position = 0;
}

static void
place_clear (Place *place)
{
  g_clear_pointer (&place->time, g_free);
  g_clear_pointer (&place->stage_id, g_free);
  g_clear_pointer (&place->lane_id, g_free);
}

static gboolean
place_equal (const Place *a,
             const Place *b)
{
  return g_strcmp0 (a->time, b->time) == 0 &&
         g_strcmp0 (a->stage_id, b->stage_id) == 0 &&
         g_strcmp0 (a->lane_id, b->lane_id) == 0 &&
         a->position == b->position;
}

static void
place_restore (const Place  *place,
               GListStore   *store,
               PcTouchpoint *touchpoint)
{
  guint current;

  pc_touchpoint_set_time (touchpoint, place->time);
  pc_touchpoint_set_stage_id (touchpoint, place->stage_id);
  pc_touchpoint_set_lane_id (touchpoint, place->lane_id);
  if (pc_list_find (G_LIST_MODEL (store), touchpoint, &current) && current != place->position)
    {
      g_autoptr(PcTouchpoint) keep = g_object_ref (touchpoint);

      g_list_store_remove (store, current);
      g_list_store_insert (store, place->position, touchpoint);
    }
}

/* A time edit and the move it causes, as one command that merges with the
 * next edit of the same touchpoint's time: typing over a time (which
 * clears it first) stays one undo step per visit of the field. */
#define PC_TYPE_TIME_COMMAND (pc_time_command_get_type ())
G_DECLARE_FINAL_TYPE (PcTimeCommand, pc_time_command, PC, TIME_COMMAND, PcCommand)

struct _PcTimeCommand
{
  PcCommand     parent_instance;

  GListStore   *store;
  PcTouchpoint *touchpoint;
  Place         before;
  Place         after;
};

G_DEFINE_FINAL_TYPE (PcTimeCommand, pc_time_command, PC_TYPE_COMMAND)

static void
pc_time_command_apply (PcCommand *command)
{
  PcTimeCommand *self = PC_TIME_COMMAND (command);

  place_restore (&self->after, self->store, self->touchpoint);
}

static void
pc_time_command_revert (PcCommand *command)
{
  PcTimeCommand *self = PC_TIME_COMMAND (command);

  place_restore (&self->before, self->store, self->touchpoint);
}

static gboolean
pc_time_command_merge (PcCommand *command,
                       PcCommand *next_command)
{
  PcTimeCommand *self = PC_TIME_COMMAND (command);
  PcTimeCommand *next;

  if (!PC_IS_TIME_COMMAND (next_command))
    return FALSE;
  next = PC_TIME_COMMAND (next_command);
  if (next->touchpoint != self->touchpoint || next->store != self->store)
    return FALSE;

  place_clear (&self->after);
  self->after.time = g_strdup (next->after.time);
  self->after.stage_id = g_strdup (next->after.stage_id);
  self->after.lane_id = g_strdup (next->after.lane_id);
  self->after.position = next->after.position;
  pc_command_set_time (command, pc_command_get_time (next_command));
  return TRUE;
}

static void
pc_time_command_finalize (GObject *object)
{
  PcTimeCommand *self = PC_TIME_COMMAND (object);

  g_clear_object (&self->store);
  g_clear_object (&self->touchpoint);
  place_clear (&self->before);
  place_clear (&self->after);

  G_OBJECT_CLASS (pc_time_command_parent_class)->finalize (object);
}

static void
pc_time_command_class_init (PcTimeCommandClass *klass)
{
  PcCommandClass *command_class = PC_COMMAND_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = pc_time_command_finalize;
  command_class->apply = pc_time_command_apply;
  command_class->revert = pc_time_command_revert;
  command_class->merge = pc_time_command_merge;
}

static void
pc_time_command_init (PcTimeCommand *self)
{
}

/**
 * pc_daylife_set_time:
 * @map: (nullable): the map of @touchpoint
 * @time: (nullable): "HH:MM", or %NULL to clear
 *
 * Sets a touchpoint's time; in a day in the life, a touchpoint given a time
 * moves into the stage whose slot holds it, in the same undo step. Cleared,
 * it stays where it is.
 */
void
pc_daylife_set_time (PcHistory    *history,
                     PcMap        *map,
                     PcTouchpoint *touchpoint,
                     const char   *time)
{
  g_autoptr(PcTimeCommand) command = NULL;
  g_autoptr(PcHistory) scratch = NULL;

  g_return_if_fail (PC_IS_HISTORY (history));
  g_return_if_fail (map == NULL || PC_IS_MAP (map));
  g_return_if_fail (PC_IS_TOUCHPOINT (touchpoint));
  g_return_if_fail (time == NULL || *time == '\0' || pc_time_parse (time) >= 0);

  if (time != NULL && *time == '\0')
    time = NULL;

  if (!pc_daylife_is_timeline (map))
    {
      pc_edit_set_string (history, touchpoint, "time", time);
      return;
    }

  command = g_object_new (PC_TYPE_TIME_COMMAND, NULL);
  command->store = g_object_ref (pc_map_get_touchpoints (map));
  command->touchpoint = g_object_ref (touchpoint);
  place_save (&command->before, command->store, touchpoint);

  /* The core's placement rule finds where the card goes; its steps are
   * taken back at once and the result recorded as one command. */
  scratch = pc_history_new ();
  pc_edit_set_string (scratch, touchpoint, "time", time);
  if (time != NULL)
    pc_map_ops_place_by_time (scratch, map, touchpoint);
  place_save (&command->after, command->store, touchpoint);
  while (pc_history_undo (scratch))
    ;

  if (place_equal (&command->before, &command->after))
    return;
  pc_command_set_label (PC_COMMAND (command), _("Set time"));
  pc_history_push (history, PC_COMMAND (g_steal_pointer (&command)));
}
