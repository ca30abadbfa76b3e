/* test-history.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pc-edit.h"
#include "pc-format.h"
#include "pc-test-util.h"

typedef struct
{
  PcDocument *document;
  PcMap      *map;
  PcHistory  *history;
  char       *original;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->document = pc_test_make_document (30);
  f->map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (f->document)), 0);
  f->history = pc_history_new ();
  f->original = pc_test_save_to_string (f->document);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->map);
  g_assert_finalize_object (f->history);
  g_assert_finalize_object (f->document);
  g_free (f->original);
}

static void
assert_unchanged (Fixture *f)
{
  g_autofree char *now = pc_test_save_to_string (f->document);
  g_assert_cmpstr (now, ==, f->original);
}

static void
assert_changed (Fixture *f)
{
  g_autofree char *now = pc_test_save_to_string (f->document);
  g_assert_cmpstr (now, !=, f->original);
}

static guint
n_items (GListStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

/* Every writable property of every kind of entity: set, undo, redo. */
static void
test_set_every_property (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PcLane) lane = g_list_model_get_item (G_LIST_MODEL (pc_map_get_lanes (f->map)), 0);
  g_autoptr(PcStage) stage = g_list_model_get_item (G_LIST_MODEL (pc_map_get_stages (f->map)), 0);
  g_autoptr(PcPersona) persona = g_list_model_get_item (G_LIST_MODEL (pc_document_get_personas (f->document)), 0);
  g_autoptr(PcConnector) connector = g_list_model_get_item (G_LIST_MODEL (pc_map_get_connectors (f->map)), 0);
  GObject *objects[] = {
    G_OBJECT (pc_map_find_touchpoint (f->map, "tp-4")), G_OBJECT (lane), G_OBJECT (stage),
    G_OBJECT (persona), G_OBJECT (connector), G_OBJECT (f->map), G_OBJECT (f->document),
  };
  guint steps = 0;

  for (guint o = 0; o < G_N_ELEMENTS (objects); o++)
    {
      guint n_props;
      g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (objects[o]), &n_props);

      for (guint i = 0; i < n_props; i++)
        {
          GParamSpec *pspec = pspecs[i];
          g_auto(GValue) before = G_VALUE_INIT;
          g_auto(GValue) after = G_VALUE_INIT;
          g_auto(GValue) value = G_VALUE_INIT;

          if (!(pspec->flags & G_PARAM_WRITABLE) || (pspec->flags & G_PARAM_CONSTRUCT_ONLY))
            continue;

          g_value_init (&before, pspec->value_type);
          g_object_get_property (objects[o], pspec->name, &before);
          g_value_init (&value, pspec->value_type);
          if (G_IS_PARAM_SPEC_STRING (pspec))
            g_value_set_string (&value, "12:34");
          else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
            g_value_set_boolean (&value, !g_value_get_boolean (&before));
          else if (G_IS_PARAM_SPEC_ENUM (pspec))
            {
              GEnumClass *klass = G_PARAM_SPEC_ENUM (pspec)->enum_class;
              int current = g_value_get_enum (&before);
              g_value_set_enum (&value, klass->values[klass->values[0].value == current ? 1 : 0].value);
            }
          else if (G_IS_PARAM_SPEC_UINT (pspec))
            g_value_set_uint (&value, g_value_get_uint (&before) == 0 ? G_PARAM_SPEC_UINT (pspec)->maximum : 0);
          else
            g_assert_not_reached ();

          pc_history_break_merge (f->history);
          pc_history_push (f->history, pc_set_command_new (objects[o], pspec->name, &value));
          steps++;
          g_value_init (&after, pspec->value_type);
          g_object_get_property (objects[o], pspec->name, &after);
          g_assert_true (g_param_values_cmp (pspec, &after, &value) == 0);
          g_assert_true (g_param_values_cmp (pspec, &after, &before) != 0);
        }
    }

  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, steps);
  g_assert_cmpuint (steps, >=, 30);
  assert_changed (f);
  while (pc_history_undo (f->history))
    ;
  assert_unchanged (f);
}

static void
test_insert_remove_move (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PcStage) stage = pc_stage_new ("stage-new");
  g_autoptr(PcStage) first = NULL;
  g_autoptr(PcStage) moved = NULL;

  pc_stage_set_name (stage, "Loyalty");
  pc_edit_insert (f->history, pc_map_get_stages (f->map), 2, stage, NULL);
  g_assert_cmpuint (n_items (pc_map_get_stages (f->map)), ==, 6);
  first = g_list_model_get_item (G_LIST_MODEL (pc_map_get_stages (f->map)), 2);
  g_assert_true (first == stage);

  pc_edit_reorder (f->history, pc_map_get_stages (f->map), stage, 5, NULL);
  moved = g_list_model_get_item (G_LIST_MODEL (pc_map_get_stages (f->map)), 5);
  g_assert_true (moved == stage);

  pc_history_undo (f->history);
  pc_history_undo (f->history);
  g_assert_cmpuint (n_items (pc_map_get_stages (f->map)), ==, 5);
  assert_unchanged (f);
  pc_history_redo (f->history);
  g_assert_cmpuint (n_items (pc_map_get_stages (f->map)), ==, 6);
}

static void
test_remove_stage_cascades (Fixture       *f,
                            gconstpointer  data)
{
  PcStage *stage = pc_map_find_stage (f->map, "stage-0");
  guint before = n_items (pc_map_get_touchpoints (f->map));
  guint connectors = n_items (pc_map_get_connectors (f->map));

  pc_edit_remove_stage (f->history, f->map, stage);
  g_assert_null (pc_map_find_stage (f->map, "stage-0"));
  /* tp-0, 5, 10, 15, 20, 25 were in stage 0 */
  g_assert_cmpuint (n_items (pc_map_get_touchpoints (f->map)), ==, before - 6);
  g_assert_null (pc_map_find_touchpoint (f->map, "tp-10"));
  /* conn-14 (tp-13 -> tp-14) survives; conn-7, 21, 28 do too; none end in stage 0 but conn-21? */
  for (guint i = 0; i < n_items (pc_map_get_connectors (f->map)); i++)
    {
      g_autoptr(PcConnector) c = g_list_model_get_item (G_LIST_MODEL (pc_map_get_connectors (f->map)), i);
      g_assert_nonnull (pc_map_find_touchpoint (f->map, pc_connector_get_from_id (c)));
      g_assert_nonnull (pc_map_find_touchpoint (f->map, pc_connector_get_to_id (c)));
    }
  g_assert_cmpuint (n_items (pc_map_get_connectors (f->map)), <, connectors);
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 1);
  g_assert_cmpstr (pc_history_get_undo_label (f->history), ==, "Delete stage");

  pc_history_undo (f->history);
  assert_unchanged (f);
}

static void
test_remove_lane_and_persona_cascade (Fixture       *f,
                                      gconstpointer  data)
{
  PcPersona *persona = pc_document_find_persona (f->document, "persona-1");

  pc_edit_remove_lane (f->history, f->map, pc_map_find_lane (f->map, "lane-0"));
  g_assert_null (pc_map_find_touchpoint (f->map, "tp-0"));
  g_assert_nonnull (pc_map_find_touchpoint (f->map, "tp-5"));

  pc_edit_remove_persona (f->history, f->document, persona);
  g_assert_null (pc_document_find_persona (f->document, "persona-1"));
  g_assert_cmpuint (n_items (pc_map_get_lanes (f->map)), ==, 0);
  g_assert_cmpuint (n_items (pc_map_get_touchpoints (f->map)), ==, 0);
  g_assert_cmpuint (n_items (pc_map_get_connectors (f->map)), ==, 0);

  pc_history_undo (f->history);
  g_assert_nonnull (pc_map_find_touchpoint (f->map, "tp-5"));
  pc_history_undo (f->history);
  assert_unchanged (f);
}

static void
test_remove_map_unlinks_future (Fixture       *f,
                                gconstpointer  data)
{
  PcMap *future = pc_document_find_map (f->document, "map-future");

  pc_edit_remove_map (f->history, f->document, f->map);
  g_assert_cmpstr (pc_map_get_source_id (future), ==, "");
  g_assert_cmpuint (n_items (pc_document_get_maps (f->document)), ==, 1);
  pc_history_undo (f->history);
  g_assert_cmpstr (pc_map_get_source_id (future), ==, "map-current");
  assert_unchanged (f);
}

static char *
cell_ids (PcMap      *map,
          const char *stage,
          const char *lane)
{
  g_autoptr(GPtrArray) cell = pc_map_get_cell (map, stage, lane);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < cell->len; i++)
    g_string_append_printf (ids, "%s%s", i ? " " : "", pc_entity_get_id (g_ptr_array_index (cell, i)));
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
test_move_touchpoint (Fixture       *f,
                      gconstpointer  data)
{
  PcTouchpoint *tp = pc_map_find_touchpoint (f->map, "tp-0");
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autofree char *d = NULL;

  /* stage-1/lane-0 holds tp-1 tp-11 tp-21 */
  a = cell_ids (f->map, "stage-1", "lane-0");
  g_assert_cmpstr (a, ==, "tp-1 tp-11 tp-21");

  pc_edit_move_touchpoint (f->history, f->map, tp, "stage-1", "lane-0", 1);
  b = cell_ids (f->map, "stage-1", "lane-0");
  g_assert_cmpstr (b, ==, "tp-1 tp-0 tp-11 tp-21");
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 1);

  /* to the end of the cell, then to the front, within the cell */
  pc_edit_move_touchpoint (f->history, f->map, tp, "stage-1", "lane-0", 99);
  c = cell_ids (f->map, "stage-1", "lane-0");
  g_assert_cmpstr (c, ==, "tp-1 tp-11 tp-21 tp-0");
  pc_edit_move_touchpoint (f->history, f->map, tp, "stage-1", "lane-0", 0);
  d = cell_ids (f->map, "stage-1", "lane-0");
  g_assert_cmpstr (d, ==, "tp-0 tp-1 tp-11 tp-21");

  while (pc_history_undo (f->history))
    ;
  assert_unchanged (f);
}

static guint
list_position (Fixture      *f,
               PcTouchpoint *tp)
{
  guint position = G_MAXUINT;

  g_assert_true (pc_list_find (G_LIST_MODEL (pc_map_get_touchpoints (f->map)), tp, &position));
  return position;
}

/* A new card goes where it is dropped in its cell; the map's list is
 * ordered so that the cell reads in that order. */
static void
test_add_touchpoint (Fixture       *f,
                     gconstpointer  data)
{
  GListStore *touchpoints = pc_map_get_touchpoints (f->map);
  g_autoptr(PcStage) empty = pc_stage_new ("stage-empty");
  PcTouchpoint *tp;

  /* stage-1/lane-0 holds tp-1 tp-11 tp-21, at 1, 11 and 21 in the list. */
  tp = pc_edit_add_touchpoint (f->history, f->map, "stage-1", "lane-0", 1, PC_CHANNEL_NONE);
  g_assert_nonnull (tp);
  g_assert_cmpuint (list_position (f, tp), ==, 11);
  g_assert_cmpstr (pc_touchpoint_get_stage_id (tp), ==, "stage-1");
  g_assert_cmpstr (pc_touchpoint_get_lane_id (tp), ==, "lane-0");
  g_assert_cmpstr (pc_touchpoint_get_title (tp), ==, "New touchpoint");
  g_assert_cmpint (pc_touchpoint_get_channel (tp), ==, PC_CHANNEL_NONE);
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 1);
  g_assert_cmpstr (pc_history_get_undo_label (f->history), ==, "Add touchpoint");
  {
    g_autoptr(GPtrArray) cell = pc_map_get_cell (f->map, "stage-1", "lane-0");
    g_assert_cmpuint (cell->len, ==, 4);
    g_assert_true (g_ptr_array_index (cell, 1) == tp);
  }

  /* First of the cell, and past its end. */
  tp = pc_edit_add_touchpoint (f->history, f->map, "stage-1", "lane-0", 0, PC_CHANNEL_EMAIL);
  g_assert_cmpuint (list_position (f, tp), ==, 1);
  g_assert_cmpint (pc_touchpoint_get_channel (tp), ==, PC_CHANNEL_EMAIL);
  g_assert_cmpstr (pc_touchpoint_get_title (tp), ==, pc_channel_get_label (PC_CHANNEL_EMAIL));
  tp = pc_edit_add_touchpoint (f->history, f->map, "stage-1", "lane-0", G_MAXUINT, PC_CHANNEL_NONE);
  g_assert_cmpuint (list_position (f, tp), ==,
                    list_position (f, pc_map_find_touchpoint (f->map, "tp-21")) + 1);

  while (pc_history_undo (f->history))
    ;
  assert_unchanged (f);

  /* Into an empty cell: last in the list. */
  g_list_store_append (pc_map_get_stages (f->map), empty);
  tp = pc_edit_add_touchpoint (f->history, f->map, "stage-empty", "lane-1", 3, PC_CHANNEL_NONE);
  g_assert_cmpuint (list_position (f, tp), ==, g_list_model_get_n_items (G_LIST_MODEL (touchpoints)) - 1);
  g_assert_true (pc_history_undo (f->history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (touchpoints)), ==, 30);

  /* A cell that is not in the map is refused. */
  g_test_expect_message ("Parcours-history", G_LOG_LEVEL_CRITICAL, "*pc_map_find_stage*");
  g_assert_null (pc_edit_add_touchpoint (f->history, f->map, "stage-none", "lane-0", 0, PC_CHANNEL_NONE));
  g_test_assert_expected_messages ();
}

/* Connecting two cards: one undo step; never a card to itself, nor the
 * same arrow twice. */
static void
test_connect (Fixture       *f,
              gconstpointer  data)
{
  GListModel *connectors = G_LIST_MODEL (pc_map_get_connectors (f->map));
  guint n = g_list_model_get_n_items (connectors);
  PcTouchpoint *a = pc_map_find_touchpoint (f->map, "tp-3");
  PcTouchpoint *b = pc_map_find_touchpoint (f->map, "tp-5");
  PcConnector *made;

  made = pc_edit_connect (f->history, f->map, a, b);
  g_assert_nonnull (made);
  g_assert_cmpuint (g_list_model_get_n_items (connectors), ==, n + 1);
  {
    g_autoptr(PcConnector) last = g_list_model_get_item (connectors, n);
    g_assert_true (last == made);
  }
  g_assert_cmpstr (pc_connector_get_from_id (made), ==, "tp-3");
  g_assert_cmpstr (pc_connector_get_to_id (made), ==, "tp-5");
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 1);
  g_assert_cmpstr (pc_history_get_undo_label (f->history), ==, "Connect touchpoints");

  /* Not twice, not to itself; the other way round is another arrow. */
  g_assert_null (pc_edit_connect (f->history, f->map, a, b));
  g_assert_null (pc_edit_connect (f->history, f->map, a, a));
  g_assert_null (pc_edit_connect (f->history, f->map, pc_map_find_touchpoint (f->map, "tp-6"),
                                  pc_map_find_touchpoint (f->map, "tp-7")));
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 1);
  g_assert_nonnull (pc_edit_connect (f->history, f->map, b, a));
  g_assert_cmpuint (g_list_model_get_n_items (connectors), ==, n + 2);

  while (pc_history_undo (f->history))
    ;
  assert_unchanged (f);
}

static void
test_drag_is_one_step (Fixture       *f,
                       gconstpointer  data)
{
  PcTouchpoint *tp = pc_map_find_touchpoint (f->map, "tp-2");

  pc_history_begin_group (f->history, "Drag");
  pc_edit_move_touchpoint (f->history, f->map, tp, "stage-3", "lane-0", 0);
  pc_edit_move_touchpoint (f->history, f->map, tp, "stage-4", "lane-1", 0);
  pc_edit_move_touchpoint (f->history, f->map, tp, "stage-4", "lane-0", 2);
  g_assert_false (pc_history_can_undo (f->history));
  pc_history_end_group (f->history);

  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 1);
  g_assert_cmpstr (pc_history_get_undo_label (f->history), ==, "Drag");
  g_assert_cmpstr (pc_touchpoint_get_stage_id (tp), ==, "stage-4");
  pc_history_undo (f->history);
  assert_unchanged (f);
}

static void
test_typing_merges (Fixture       *f,
                    gconstpointer  data)
{
  PcTouchpoint *tp = pc_map_find_touchpoint (f->map, "tp-1");

  pc_edit_set_string (f->history, tp, "title", "S");
  pc_edit_set_string (f->history, tp, "title", "Se");
  pc_edit_set_string (f->history, tp, "title", "See");
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 1);

  /* another field is another step */
  pc_edit_set_string (f->history, tp, "owner", "Support");
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 2);

  /* leaving the field breaks the run */
  pc_history_break_merge (f->history);
  pc_edit_set_string (f->history, tp, "owner", "Support team");
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 3);

  pc_history_undo (f->history);
  g_assert_cmpstr (pc_touchpoint_get_owner (tp), ==, "Support");
  pc_history_undo (f->history);
  pc_history_undo (f->history);
  g_assert_cmpstr (pc_touchpoint_get_title (tp), ==, "Touchpoint 1");
  assert_unchanged (f);
}

static void
test_merge_window (Fixture       *f,
                   gconstpointer  data)
{
  PcTouchpoint *tp = pc_map_find_touchpoint (f->map, "tp-1");
  g_auto(GValue) v = G_VALUE_INIT;
  PcCommand *first, *later;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, "A");
  first = pc_set_command_new (G_OBJECT (tp), "title", &v);
  g_value_set_string (&v, "AB");
  later = pc_set_command_new (G_OBJECT (tp), "title", &v);
  pc_command_set_time (later, pc_command_get_time (first) + 3 * G_USEC_PER_SEC);

  pc_history_push (f->history, first);
  pc_history_push (f->history, later);
  g_assert_cmpuint (pc_history_get_undo_depth (f->history), ==, 2);
}

static void
test_saved_point (Fixture       *f,
                  gconstpointer  data)
{
  PcTouchpoint *tp = pc_map_find_touchpoint (f->map, "tp-1");

  g_assert_false (pc_history_is_modified (f->history));
  pc_edit_set_enum (f->history, tp, "sentiment", PC_SENTIMENT_POSITIVE);
  g_assert_true (pc_history_is_modified (f->history));
  pc_history_mark_saved (f->history);
  g_assert_false (pc_history_is_modified (f->history));

  pc_edit_set_string (f->history, tp, "title", "x");
  g_assert_true (pc_history_is_modified (f->history));
  pc_history_undo (f->history);
  g_assert_false (pc_history_is_modified (f->history));
  pc_history_undo (f->history);
  g_assert_true (pc_history_is_modified (f->history));
  pc_history_redo (f->history);
  g_assert_false (pc_history_is_modified (f->history));

  /* typing into the saved step's field must not hide the change */
  pc_edit_set_string (f->history, tp, "title", "y");
  pc_history_mark_saved (f->history);
  pc_edit_set_string (f->history, tp, "title", "yz");
  g_assert_true (pc_history_is_modified (f->history));

  /* a branch after undoing past the saved point never returns to it */
  pc_history_undo (f->history);
  g_assert_false (pc_history_is_modified (f->history));
  pc_history_undo (f->history);
  pc_edit_set_boolean (f->history, tp, "involves-brand", FALSE);
  g_assert_true (pc_history_is_modified (f->history));
  g_assert_false (pc_history_can_redo (f->history));
}

/* One random edit of any kind; returns FALSE when none applied. */
static void
random_edit (Fixture *f,
             GRand   *rand)
{
  GListStore *tps = pc_map_get_touchpoints (f->map);
  GListStore *stages = pc_map_get_stages (f->map);
  GListStore *lanes = pc_map_get_lanes (f->map);
  guint n_tp = n_items (tps), n_st = n_items (stages), n_la = n_items (lanes);
  g_autoptr(PcTouchpoint) tp = n_tp ? g_list_model_get_item (G_LIST_MODEL (tps), g_rand_int_range (rand, 0, n_tp)) : NULL;
  g_autoptr(PcStage) stage = n_st ? g_list_model_get_item (G_LIST_MODEL (stages), g_rand_int_range (rand, 0, n_st)) : NULL;
  g_autoptr(PcLane) lane = n_la ? g_list_model_get_item (G_LIST_MODEL (lanes), g_rand_int_range (rand, 0, n_la)) : NULL;
  g_autofree char *text = g_strdup_printf ("t%u", g_rand_int (rand));

  switch (g_rand_int_range (rand, 0, 10))
    {
    case 0:
      if (tp) pc_edit_set_string (f->history, tp, "title", text);
      break;
    case 1:
      if (tp) pc_edit_set_enum (f->history, tp, "sentiment", g_rand_int_range (rand, -1, 2));
      break;
    case 2:
      if (tp && stage && lane)
        pc_edit_move_touchpoint (f->history, f->map, tp, pc_entity_get_id (PC_ENTITY (stage)),
                                 pc_entity_get_id (PC_ENTITY (lane)), g_rand_int_range (rand, 0, 4));
      break;
    case 3:
      if (tp) pc_edit_remove_touchpoint (f->history, f->map, tp);
      break;
    case 4:
      if (stage && lane)
        {
          g_autoptr(PcTouchpoint) fresh = pc_touchpoint_new (NULL);
          pc_touchpoint_set_title (fresh, text);
          pc_touchpoint_set_stage_id (fresh, pc_entity_get_id (PC_ENTITY (stage)));
          pc_touchpoint_set_lane_id (fresh, pc_entity_get_id (PC_ENTITY (lane)));
          pc_edit_insert (f->history, tps, g_rand_int_range (rand, 0, n_tp + 1), fresh, NULL);
        }
      break;
    case 5:
      if (stage && n_st > 2) pc_edit_remove_stage (f->history, f->map, stage);
      break;
    case 6:
      if (stage) pc_edit_reorder (f->history, stages, stage, g_rand_int_range (rand, 0, n_st), NULL);
      break;
    case 7:
      if (lane && n_la > 1 && g_rand_boolean (rand)) pc_edit_remove_lane (f->history, f->map, lane);
      else if (stage) pc_edit_set_string (f->history, stage, "name", text);
      break;
    case 8:
      if (g_rand_int_range (rand, 0, 8) == 0)
        {
          g_autoptr(PcPersona) persona = g_list_model_get_item (G_LIST_MODEL (pc_document_get_personas (f->document)), 0);
          if (persona) pc_edit_remove_persona (f->history, f->document, persona);
        }
      else if (lane)
        pc_edit_set_string (f->history, lane, "name", text);
      break;
    case 9:
      if (g_rand_boolean (rand))
        pc_history_undo (f->history);
      else
        pc_history_redo (f->history);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
test_random_sequences_undo (Fixture       *f,
                            gconstpointer  data)
{
  for (guint32 seed = 1; seed <= 40; seed++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      g_autofree char *after = NULL;
      g_autofree char *redone = NULL;

      for (guint i = 0; i < 60; i++)
        random_edit (f, rand);
      /* the edits may end on an undo: "after" is everything applied */
      while (pc_history_redo (f->history))
        ;
      after = pc_test_save_to_string (f->document);

      while (pc_history_undo (f->history))
        ;
      assert_unchanged (f);
      while (pc_history_redo (f->history))
        ;
      redone = pc_test_save_to_string (f->document);
      g_assert_cmpstr (redone, ==, after);
      while (pc_history_undo (f->history))
        ;
      pc_history_clear (f->history);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/history/set-every-property", test_set_every_property);
  ADD ("/history/insert-remove-move", test_insert_remove_move);
  ADD ("/history/remove-stage-cascades", test_remove_stage_cascades);
  ADD ("/history/remove-lane-and-persona-cascade", test_remove_lane_and_persona_cascade);
  ADD ("/history/remove-map-unlinks-future", test_remove_map_unlinks_future);
  ADD ("/history/move-touchpoint", test_move_touchpoint);
  ADD ("/history/add-touchpoint", test_add_touchpoint);
  ADD ("/history/connect", test_connect);
  ADD ("/history/drag-is-one-step", test_drag_is_one_step);
  ADD ("/history/typing-merges", test_typing_merges);
  ADD ("/history/merge-window", test_merge_window);
  ADD ("/history/saved-point", test_saved_point);
  ADD ("/history/random-sequences-undo", test_random_sequences_undo);

#undef ADD

  return g_test_run ();
}
