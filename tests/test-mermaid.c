/* test-mermaid.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "pc-file.h"
#include "pc-mermaid.h"
#include "pc-test-util.h"

/* ---- helpers ---- */

static char *
read_fixture (const char *name,
              gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "mermaid", name, NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_file_get_contents (path, &data, length, &error);
  g_assert_no_error (error);
  return data;
}

static PcMap *
nth_map (PcDocument *document,
         guint       n)
{
  g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), n);
  return map;
}

static guint
n_items (GListStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

static const char *
moment_of (PcTouchpoint *tp)
{
  JsonObject *extras = pc_entity_get_extras (PC_ENTITY (tp));

  if (extras == NULL || !json_object_has_member (extras, PC_MERMAID_MOMENT))
    return NULL;
  return json_object_get_string_member (extras, PC_MERMAID_MOMENT);
}

/* The map as text, one line per stage, lane and card, for assertions that
 * show the whole picture when they fail. Cards sharing a moment are marked
 * with the same letter. */
static char *
describe (PcDocument *document,
          PcMap      *map)
{
  GString *out = g_string_new (NULL);
  GListModel *stages = G_LIST_MODEL (pc_map_get_stages (map));
  GListModel *lanes = G_LIST_MODEL (pc_map_get_lanes (map));
  GListModel *touchpoints = G_LIST_MODEL (pc_map_get_touchpoints (map));
  g_autoptr(GHashTable) moments = g_hash_table_new (g_str_hash, g_str_equal);

  g_string_append_printf (out, "name: %s\n", pc_map_get_name (map));
  if (pc_map_get_goal (map)[0] != '\0')
    g_string_append_printf (out, "goal: %s\n", pc_map_get_goal (map));
  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(PcStage) stage = g_list_model_get_item (stages, i);
      g_string_append_printf (out, "stage: %s\n", pc_stage_get_name (stage));
    }
  for (guint i = 0; i < g_list_model_get_n_items (lanes); i++)
    {
      g_autoptr(PcLane) lane = g_list_model_get_item (lanes, i);
      PcPersona *persona = pc_lane_get_persona_id (lane)
        ? pc_document_find_persona (document, pc_lane_get_persona_id (lane)) : NULL;

      g_string_append_printf (out, "lane: %s (%s%s%s)\n", pc_lane_get_name (lane),
                              pc_lane_kind_to_string (pc_lane_get_kind (lane)),
                              persona ? " " : "", persona ? pc_persona_get_name (persona) : "");
    }
  for (guint i = 0; i < g_list_model_get_n_items (touchpoints); i++)
    {
      g_autoptr(PcTouchpoint) tp = g_list_model_get_item (touchpoints, i);
      PcStage *stage = pc_map_find_stage (map, pc_touchpoint_get_stage_id (tp));
      PcLane *lane = pc_map_find_lane (map, pc_touchpoint_get_lane_id (tp));
      const char *moment = moment_of (tp);
      guint mark = 0;

      if (moment != NULL)
        {
          mark = GPOINTER_TO_UINT (g_hash_table_lookup (moments, moment));
          if (mark == 0)
            {
              mark = g_hash_table_size (moments) + 1;
              g_hash_table_insert (moments, (gpointer) moment, GUINT_TO_POINTER (mark));
            }
        }
      g_string_append_printf (out, "card: %s / %s: %s (%s)", pc_stage_get_name (stage),
                              pc_lane_get_name (lane), pc_touchpoint_get_title (tp),
                              pc_sentiment_to_string (pc_touchpoint_get_sentiment (tp)));
      if (mark != 0)
        g_string_append_printf (out, " [%c]", 'A' + (mark - 1) % 26);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static int
import (PcDocument      *document,
        const char      *text,
        gssize           length,
        PcMermaidSource  source,
        GPtrArray       *warnings,
        GError         **error)
{
  return pc_mermaid_import (text, length < 0 ? strlen (text) : (gsize) length, source, "Imported",
                            document, NULL, warnings, error);
}

static char *
import_and_describe (const char      *text,
                     PcMermaidSource  source)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new (NULL);
  int n;

  n = import (document, text, -1, source, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n, >, 0);
  for (int i = 0; i < n; i++)
    {
      g_autofree char *one = describe (document, nth_map (document, i));
      g_string_append (out, one);
    }
  return g_string_free (out, FALSE);
}

/* ---- reading ---- */

static void
test_docs_example (void)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *text = NULL;
  gsize length;
  PcMap *map;

  data = read_fixture ("working-day.mmd", &length);
  g_assert_cmpint (pc_mermaid_import (data, length, PC_MERMAID_SOURCE_MERMAID, "working-day",
                                      document, NULL, NULL, &error), ==, 1);
  g_assert_no_error (error);
  map = nth_map (document, 0);
  g_assert_cmpint (pc_map_get_kind (map), ==, PC_MAP_KIND_CURRENT_STATE);

  text = describe (document, map);
  g_assert_cmpstr (text, ==,
                   "name: A working day\n"
                   "stage: Morning\n"
                   "stage: Evening\n"
                   "lane: Me (persona Me)\n"
                   "lane: Cat (persona Cat)\n"
                   "card: Morning / Me: Brew coffee (positive)\n"
                   "card: Morning / Me: Climb the stairs (neutral)\n"
                   "card: Morning / Me: Answer email (negative) [A]\n"
                   "card: Morning / Cat: Answer email (negative) [A]\n"
                   "card: Evening / Me: Walk home (positive)\n"
                   "card: Evening / Me: Read a book (positive)\n");

  /* Each actor is a persona, with a colour so that its curve shows. */
  g_assert_cmpuint (n_items (pc_document_get_personas (document)), ==, 2);
  {
    g_autoptr(PcPersona) me = g_list_model_get_item (G_LIST_MODEL (pc_document_get_personas (document)), 0);
    g_autoptr(PcPersona) cat = g_list_model_get_item (G_LIST_MODEL (pc_document_get_personas (document)), 1);

    g_assert_cmpstr (pc_persona_get_name (me), ==, "Me");
    g_assert_cmpstr (pc_persona_get_color (me), !=, "");
    g_assert_cmpstr (pc_persona_get_color (me), !=, pc_persona_get_color (cat));
  }
}

/* The cases of Mermaid's own parser tests, written again. */
static void
test_parser_cases (void)
{
  g_autofree char *tasks = NULL;
  g_autofree char *acc = NULL;
  g_autofree char *acc_title = NULL;
  g_autofree char *breaks = NULL;
  g_autofree char *title_only = NULL;

  title_only = import_and_describe ("journey\ntitle Adding journey diagram functionality", PC_MERMAID_SOURCE_MERMAID);
  g_assert_cmpstr (title_only, ==, "name: Adding journey diagram functionality\n");

  acc = import_and_describe ("journey\n"
                             "accDescr {\n"
                             "        A journey for\n"
                             "        a family shopping\n"
                             "      }title The real title\n"
                             "accTitle: An accessible title\n"
                             "section Order from the website",
                             PC_MERMAID_SOURCE_MERMAID);
  g_assert_cmpstr (acc, ==,
                   "name: The real title\n"
                   "goal: A journey for\na family shopping\n"
                   "stage: Order from the website\n");

  acc_title = import_and_describe ("journey\n    accTitle: The title\n    accDescr: Two sections: work; home # kept\n"
                                   "    section Order",
                                   PC_MERMAID_SOURCE_MERMAID);
  g_assert_cmpstr (acc_title, ==,
                   "name: The title\n"
                   "goal: Two sections: work; home # kept\n"
                   "stage: Order\n");

  breaks = import_and_describe ("journey\ntitle Breaks\nsection Line1<br>Line2<br/>Line3</br />Line4<BR\t/>Line5",
                                PC_MERMAID_SOURCE_MERMAID);
  g_assert_cmpstr (breaks, ==, "name: Breaks\nstage: Line1\nLine2\nLine3</br />Line4\nLine5\n");

  tasks = import_and_describe ("journey\n"
                               "title Adding journey diagram functionality\n"
                               "section Documentation\n"
                               "A task: 5: Alice, Bob, Charlie\n"
                               "B task: 3:Bob, Charlie\n"
                               "C task: 5\n"
                               "D task: 5: Charlie, Alice\n"
                               "E task: 5:\n"
                               "section Another section\n"
                               "P task: 5:\n"
                               "Q task: 5:\n"
                               "R task: 5:",
                               PC_MERMAID_SOURCE_MERMAID);
  g_assert_cmpstr (tasks, ==,
                   "name: Adding journey diagram functionality\n"
                   "stage: Documentation\n"
                   "stage: Another section\n"
                   "lane: Alice (persona Alice)\n"
                   "lane: Bob (persona Bob)\n"
                   "lane: Charlie (persona Charlie)\n"
                   "lane: Tasks (free)\n"
                   "card: Documentation / Alice: A task (positive) [A]\n"
                   "card: Documentation / Bob: A task (positive) [A]\n"
                   "card: Documentation / Charlie: A task (positive) [A]\n"
                   "card: Documentation / Bob: B task (neutral) [B]\n"
                   "card: Documentation / Charlie: B task (neutral) [B]\n"
                   "card: Documentation / Tasks: C task (positive)\n"
                   "card: Documentation / Charlie: D task (positive) [C]\n"
                   "card: Documentation / Alice: D task (positive) [C]\n"
                   "card: Documentation / Tasks: E task (positive)\n"
                   "card: Another section / Tasks: P task (positive)\n"
                   "card: Another section / Tasks: Q task (positive)\n"
                   "card: Another section / Tasks: R task (positive)\n");
}

static void
test_spacing_and_comments (void)
{
  g_autofree char *data = read_fixture ("spaced.mmd", NULL);
  g_autofree char *text = import_and_describe (data, PC_MERMAID_SOURCE_MERMAID);

  g_assert_cmpstr (text, ==,
                   "name: From front matter\n"
                   "stage: Onboarding\n"
                   "stage: Onboarding\n"
                   "lane: Tasks (free)\n"
                   "lane: Ann (persona Ann)\n"
                   "lane: Bob (persona Bob)\n"
                   "card: Onboarding / Tasks: Sign up (positive)\n"
                   "card: Onboarding / Tasks: Browse features (neutral)\n"
                   "card: Onboarding / Ann: Use the core (positive) [A]\n"
                   "card: Onboarding / Bob: Use the core (positive) [A]\n"
                   "card: Onboarding / Bob: Invite friends (positive)\n");
}

static void
test_comment_rules (void)
{
  /* %% comments, at the start of a line or after one character, and #
   * comments; a title statement wins over the front matter's title. */
  g_autofree char *text = import_and_describe ("---\ntitle: Ignored\n---\n"
                                               "journey %% after the keyword\n"
                                               "%% a whole line\n"
                                               "title Kept # but not this\n"
                                               "section S\n"
                                               "x%%this line is a comment too: 5: Me\n"
                                               "Real task: 2: Me # a comment: 5: Cat\n"
                                               "Per 100%% sure: 4: Me\n",
                                               PC_MERMAID_SOURCE_MERMAID);

  g_assert_cmpstr (text, ==,
                   "name: Kept\n"
                   "stage: S\n"
                   "lane: Me (persona Me)\n"
                   "card: S / Me: Real task (negative)\n"
                   "card: S / Me: Per 100%% sure (positive)\n");
}

static void
test_crlf (void)
{
  g_autofree char *data = read_fixture ("crlf.mmd", NULL);
  g_autofree char *text = import_and_describe (data, PC_MERMAID_SOURCE_MERMAID);

  g_assert_nonnull (strchr (data, '\r'));
  g_assert_cmpstr (text, ==,
                   "name: Windows line ends\n"
                   "stage: One\n"
                   "stage: Two\n"
                   "lane: Me (persona Me)\n"
                   "lane: You (persona You)\n"
                   "lane: Tasks (free)\n"
                   "card: One / Me: First task (positive)\n"
                   "card: One / Me: Second task (negative) [A]\n"
                   "card: One / You: Second task (negative) [A]\n"
                   "card: Two / Tasks: Third task (neutral)\n");
}

static void
test_before_sections (void)
{
  g_autofree char *text = import_and_describe ("journey\n  Wake up: 3: Me\n  Snooze: 1: Me\n"
                                               "  section Day\n    Work: 4: Me",
                                               PC_MERMAID_SOURCE_MERMAID);

  g_assert_cmpstr (text, ==,
                   "name: Imported\n"
                   "stage: \n"
                   "stage: Day\n"
                   "lane: Me (persona Me)\n"
                   "card:  / Me: Wake up (neutral)\n"
                   "card:  / Me: Snooze (negative)\n"
                   "card: Day / Me: Work (positive)\n");
}

static void
test_entities (void)
{
  g_autofree char *text = import_and_describe ("journey\n"
                                               "title Issue #35; #quot;fixed#quot;\n"
                                               "section Pay#58; the bill\n"
                                               "Tap #60;br> #38; go#59; done: 4: Ann#44; Bob, #unknown;\n",
                                               PC_MERMAID_SOURCE_MERMAID);

  g_assert_cmpstr (text, ==,
                   "name: Issue # \"fixed\"\n"
                   "stage: Pay: the bill\n"
                   "lane: Ann, Bob (persona Ann, Bob)\n"
                   "lane: #unknown; (persona #unknown;)\n"
                   "card: Pay: the bill / Ann, Bob: Tap <br> & go; done (positive) [A]\n"
                   "card: Pay: the bill / #unknown;: Tap <br> & go; done (positive) [A]\n");
}

static void
test_personas_reused (void)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(PcPersona) claire = pc_persona_new ("persona-claire");
  g_autoptr(GError) error = NULL;
  PcMap *map;
  g_autoptr(PcLane) lane = NULL;

  pc_persona_set_name (claire, "Claire");
  g_list_store_append (pc_document_get_personas (document), claire);

  g_assert_cmpint (import (document, "journey\nsection S\nT: 5: claire\nU: 4: Hugo\n", -1,
                           PC_MERMAID_SOURCE_MERMAID, NULL, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (pc_document_get_personas (document)), ==, 2);
  map = nth_map (document, 0);
  lane = g_list_model_get_item (G_LIST_MODEL (pc_map_get_lanes (map)), 0);
  g_assert_cmpstr (pc_lane_get_persona_id (lane), ==, "persona-claire");

  /* A second import finds the persona the first one made. */
  g_assert_cmpint (import (document, "journey\nsection S\nT: 5: Hugo\n", -1,
                           PC_MERMAID_SOURCE_MERMAID, NULL, &error), ==, 1);
  g_assert_cmpuint (n_items (pc_document_get_personas (document)), ==, 2);
}

static void
test_markdown (void)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = read_fixture ("readme.md", NULL);
  GString *all = g_string_new (NULL);
  g_autofree char *text = NULL;
  int n;

  n = import (document, data, -1, PC_MERMAID_SOURCE_MARKDOWN, warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, 3);
  g_assert_cmpuint (warnings->len, ==, 0);
  for (int i = 0; i < n; i++)
    {
      g_autofree char *one = describe (document, nth_map (document, i));
      g_string_append (all, one);
    }
  text = g_string_free (all, FALSE);
  g_assert_cmpstr (text, ==,
                   "name: Buying shoes\n"
                   "stage: Search\n"
                   "lane: Claire (persona Claire)\n"
                   "lane: Hugo (persona Hugo)\n"
                   "card: Search / Claire: Look at reviews (positive)\n"
                   "card: Search / Claire: Compare prices (negative) [A]\n"
                   "card: Search / Hugo: Compare prices (negative) [A]\n"
                   "name: Returning shoes\n"
                   "stage: Return\n"
                   "lane: Hugo (persona Hugo)\n"
                   "card: Return / Hugo: Print the label (negative)\n"
                   "name: Unnamed but accessible\n"
                   "stage: \n"
                   "lane: Tasks (free)\n"
                   "card:  / Tasks: Call support (negative)\n");
  /* One persona per name across the maps. */
  g_assert_cmpuint (n_items (pc_document_get_personas (document)), ==, 2);
}

static void
test_markdown_unclosed (void)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (import (document, "Text\n\n```mermaid\njourney\nsection A\nT: 3: Me\n", -1,
                           PC_MERMAID_SOURCE_MARKDOWN, warnings, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "Line 3"));
}

static void
test_names (void)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (pc_mermaid_import ("```mermaid\njourney\n```\n```mermaid\njourney\n```\n", 42,
                                      PC_MERMAID_SOURCE_MARKDOWN, "notes", document, NULL, NULL,
                                      &error), ==, 2);
  g_assert_no_error (error);
  g_assert_cmpstr (pc_map_get_name (nth_map (document, 0)), ==, "notes");
  g_assert_cmpstr (pc_map_get_name (nth_map (document, 1)), ==, "notes 2");
}

/* ---- errors ---- */

typedef struct
{
  const char      *text;
  PcMermaidSource  source;
  int              code;
  const char      *message;  /* a part of it */
} BadCase;

static const BadCase bad_cases[] = {
  { "journey\nsection A\nMake tea\n", PC_MERMAID_SOURCE_MERMAID, PC_MERMAID_ERROR_SYNTAX,
    "Line 3: “Make tea” is not a task" },
  { "journey\nsection A\nMake tea: Hello: Me", PC_MERMAID_SOURCE_MERMAID, PC_MERMAID_ERROR_SYNTAX,
    "Line 3: the score of “Make tea” must be a whole number from 1 to 5, not “Hello”" },
  { "journey\n  Make tea: 23: Me", PC_MERMAID_SOURCE_MERMAID, PC_MERMAID_ERROR_SYNTAX,
    "Line 2: the score" },
  { "journey\n\n  Make tea: -10: Me", PC_MERMAID_SOURCE_MERMAID, PC_MERMAID_ERROR_SYNTAX,
    "Line 3: the score" },
  { "journey\nMake tea: 4.5", PC_MERMAID_SOURCE_MERMAID, PC_MERMAID_ERROR_SYNTAX, "Line 2: the score" },
  { "journey\nMake tea: : Me", PC_MERMAID_SOURCE_MERMAID, PC_MERMAID_ERROR_SYNTAX,
    "Line 2: the task “Make tea” has no score" },
  { "journey\nMake tea:\n", PC_MERMAID_SOURCE_MERMAID, PC_MERMAID_ERROR_SYNTAX, "Line 2: “Make tea”" },
  { "journey\nsection A; B", PC_MERMAID_SOURCE_MERMAID, PC_MERMAID_ERROR_SYNTAX, "Line 2: “;”" },
  { "journey\nsection Foo: bar", PC_MERMAID_SOURCE_MERMAID, PC_MERMAID_ERROR_SYNTAX,
    "Line 2: a colon must follow a task’s name" },
  { "journey\n: 5: Me", PC_MERMAID_SOURCE_MERMAID, PC_MERMAID_ERROR_SYNTAX, "Line 2: a colon" },
  { "journey\ntitle x\nJourney planning: 5", PC_MERMAID_SOURCE_MERMAID, PC_MERMAID_ERROR_SYNTAX,
    "Line 3: “journey” may only start" },
  { "journey\nsection A\naccDescr {\n  never\n  closed\n", PC_MERMAID_SOURCE_MERMAID,
    PC_MERMAID_ERROR_SYNTAX, "Line 3: “accDescr {” is not closed" },
  { "journey\n%%{init: {}\nsection A", PC_MERMAID_SOURCE_MERMAID, PC_MERMAID_ERROR_SYNTAX,
    "Line 2: the directive" },
  { "\n---\ntitle: x\njourney\n", PC_MERMAID_SOURCE_MERMAID, PC_MERMAID_ERROR_SYNTAX,
    "Line 2: the front matter" },
  { "flowchart LR\n  A --> B\n", PC_MERMAID_SOURCE_MERMAID, PC_MERMAID_ERROR_NOT_JOURNEY,
    "Line 1: this is not a Mermaid journey, which starts with “journey” (found “flowchart LR”)" },
  { "%% only a comment\n", PC_MERMAID_SOURCE_MERMAID, PC_MERMAID_ERROR_NOT_JOURNEY, "empty" },
  { "journeys\n", PC_MERMAID_SOURCE_MERMAID, PC_MERMAID_ERROR_NOT_JOURNEY, "Line 1" },
  { "# Title\n\n```mermaid\nflowchart LR\n```\n", PC_MERMAID_SOURCE_MARKDOWN,
    PC_MERMAID_ERROR_NOT_JOURNEY, "no Mermaid journey in this Markdown file" },
  /* Line numbers are the Markdown file's; a bad block fails the whole file. */
  { "# Title\n\n```mermaid\njourney\nsection A\nT: 3\n```\n\n```mermaid\njourney\nsection B\nBad line\n```\n",
    PC_MERMAID_SOURCE_MARKDOWN, PC_MERMAID_ERROR_SYNTAX, "Line 12: “Bad line” is not a task" },
  { "journey\nsection A\nMa\0ke: 5", PC_MERMAID_SOURCE_MERMAID, PC_MERMAID_ERROR_ENCODING,
    "Line 3 holds a NUL byte" },
  { "journey\n\xff\xfe\n", PC_MERMAID_SOURCE_MERMAID, PC_MERMAID_ERROR_ENCODING,
    "Line 2 is not UTF-8" },
};

static void
test_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      const BadCase *c = &bad_cases[i];
      g_autoptr(PcDocument) document = pc_document_new ();
      g_autoptr(PcHistory) history = pc_history_new ();
      g_autoptr(GError) error = NULL;
      gsize length = strlen (c->text);

      /* The NUL case: its length goes past the NUL. */
      if (strstr (c->message, "NUL") != NULL)
        length += strlen (c->text + length + 1) + 1;

      g_test_message ("case %u: %s", i, c->message);
      g_assert_cmpint (pc_mermaid_import (c->text, length, c->source, "x", document, history,
                                          NULL, &error), ==, -1);
      g_assert_error (error, PC_MERMAID_ERROR, c->code);
      if (strstr (error->message, c->message) == NULL)
        g_error ("case %u: “%s” does not say “%s”", i, error->message, c->message);
      /* Nothing half-imported. */
      g_assert_cmpuint (n_items (pc_document_get_maps (document)), ==, 0);
      g_assert_cmpuint (n_items (pc_document_get_personas (document)), ==, 0);
      g_assert_false (pc_history_can_undo (history));
    }
}

static void
test_ignored_actors_warn (void)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (import (document, "journey\nsection A\nT: 3: Me: You\n", -1,
                           PC_MERMAID_SOURCE_MERMAID, warnings, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (warnings, 0), ==,
                   "Line 3: “You” after a second colon was ignored, as Mermaid does.");
  g_assert_cmpuint (n_items (pc_document_get_personas (document)), ==, 1);
}

/* ---- writing ---- */

static void
test_export (void)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = read_fixture ("working-day.mmd", NULL);
  g_autofree char *text = NULL;
  gsize length = 0;

  g_assert_cmpint (import (document, data, -1, PC_MERMAID_SOURCE_MERMAID, NULL, &error), ==, 1);
  text = pc_mermaid_export (document, nth_map (document, 0), &length);
  g_assert_cmpuint (length, ==, strlen (text));
  g_assert_cmpstr (text, ==,
                   "journey\n"
                   "    title A working day\n"
                   "    section Morning\n"
                   "      Brew coffee: 5: Me\n"
                   "      Climb the stairs: 3: Me\n"
                   "      Answer email: 1: Me, Cat\n"
                   "    section Evening\n"
                   "      Walk home: 5: Me\n"
                   "      Read a book: 4: Me\n");
}

static void
test_score_mapping (void)
{
  /* With the strength of feeling, every score comes back unchanged (0,
   * which Mermaid allows, reads as 1). */
  const int expected[] = { 1, 1, 2, 3, 4, 5 };
  const PcStrength strengths[] = {
    PC_STRENGTH_STRONG, PC_STRENGTH_STRONG, PC_STRENGTH_MILD,
    PC_STRENGTH_UNSET, PC_STRENGTH_MILD, PC_STRENGTH_STRONG,
  };
  const PcSentiment sentiments[] = {
    PC_SENTIMENT_NEGATIVE, PC_SENTIMENT_NEGATIVE, PC_SENTIMENT_NEGATIVE,
    PC_SENTIMENT_NEUTRAL, PC_SENTIMENT_POSITIVE, PC_SENTIMENT_POSITIVE,
  };

  for (int score = 0; score <= 5; score++)
    {
      g_autoptr(PcTouchpoint) tp = pc_touchpoint_new (NULL);

      pc_mermaid_apply_score (tp, score);
      g_assert_cmpint (pc_touchpoint_get_sentiment (tp), ==, sentiments[score]);
      g_assert_cmpint (pc_touchpoint_get_strength (tp), ==, strengths[score]);
      g_assert_cmpint (pc_mermaid_get_score (tp), ==, expected[score]);
    }
}

/* What Mermaid would read otherwise is written so that it reads back. */
static void
test_export_escapes (void)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(PcDocument) again = pc_document_new ();
  g_autoptr(PcMap) map = pc_map_new ("map-1", PC_MAP_KIND_CURRENT_STATE);
  g_autoptr(PcPersona) persona = pc_persona_new ("persona-1");
  g_autoptr(PcLane) lane = pc_lane_new ("lane-1");
  g_autoptr(PcLane) free_lane = pc_lane_new ("lane-2");
  g_autoptr(GError) error = NULL;
  const char *titles[] = {
    "Pay: now; later # maybe", "Line one\nline two", "Title page", "section two",
    "journey planning", "accDescr { trap }", "accTitle: trap", "100%% sure", "%%{init}%%",
    "x%%y", "Literal <br> and <BR/>", "Literal #35; code", "  spaced  ", "",
    "Comma, in a title", "Ünïcode ✓ 😀",
  };
  const char *stage_names[] = { "Stage: one", "", "Stage # two; really" };
  g_autofree char *exported = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *exported_again = NULL;

  pc_persona_set_name (persona, "Ann: the, first; #1");
  g_list_store_append (pc_document_get_personas (document), persona);
  pc_map_set_name (map, "Map # one: test; ok");
  pc_map_set_goal (map, "First line }\n  second: line #2");
  for (guint i = 0; i < G_N_ELEMENTS (stage_names); i++)
    {
      g_autofree char *id = g_strdup_printf ("stage-%u", i);
      g_autoptr(PcStage) stage = pc_stage_new (id);

      pc_stage_set_name (stage, stage_names[i]);
      g_list_store_append (pc_map_get_stages (map), stage);
    }
  /* Lanes in the order their first card comes, cards stage by stage: the
   * order an import makes. */
  pc_lane_set_kind (free_lane, PC_LANE_KIND_FREE);
  pc_lane_set_name (free_lane, "Tasks");
  g_list_store_append (pc_map_get_lanes (map), free_lane);
  pc_lane_set_kind (lane, PC_LANE_KIND_PERSONA);
  pc_lane_set_persona_id (lane, "persona-1");
  pc_lane_set_name (lane, "Ann: the, first; #1");
  g_list_store_append (pc_map_get_lanes (map), lane);
  for (guint k = 0; k < G_N_ELEMENTS (titles); k++)
    {
      g_autoptr(PcTouchpoint) tp = pc_touchpoint_new (NULL);
      guint half = (G_N_ELEMENTS (titles) + 1) / 2;
      guint i = k < half ? 2 * k : 2 * (k - half) + 1;

      pc_touchpoint_set_stage_id (tp, i % 2 ? "stage-2" : "stage-0");
      pc_touchpoint_set_lane_id (tp, i % 3 ? "lane-1" : "lane-2");
      pc_touchpoint_set_title (tp, titles[i]);
      pc_touchpoint_set_sentiment (tp, (int) (i % 3) - 1);
      g_list_store_append (pc_map_get_touchpoints (map), tp);
    }
  g_list_store_append (pc_document_get_maps (document), map);

  exported = pc_mermaid_export (document, map, NULL);
  g_test_message ("%s", exported);
  g_assert_nonnull (strstr (exported, "    title Map #35; one#58; test#59; ok\n"));
  g_assert_nonnull (strstr (exported, "    accDescr {\n        First line #125;\n        #32;#32;second#58; line #35;2\n    }\n"));
  g_assert_nonnull (strstr (exported, "    section #32;\n"));
  g_assert_nonnull (strstr (exported, "      #84;itle page: "));
  g_assert_nonnull (strstr (exported, ": Ann#58; the#44; first#59; #35;1\n"));

  g_assert_cmpint (import (again, exported, -1, PC_MERMAID_SOURCE_MERMAID, NULL, &error), ==, 1);
  g_assert_no_error (error);

  /* Everything comes back but the spaces around a title (the goal's
   * second line keeps its indent). */
  {
    g_autoptr(PcTouchpoint) spaced = g_list_model_get_item (G_LIST_MODEL (pc_map_get_touchpoints (map)), 6);

    g_assert_cmpstr (pc_touchpoint_get_title (spaced), ==, "  spaced  ");
    pc_touchpoint_set_title (spaced, "spaced");
  }
  before = describe (document, map);
  after = describe (again, nth_map (again, 0));
  g_assert_cmpstr (after, ==, before);

  /* From then on, reading and writing changes nothing. */
  exported_again = pc_mermaid_export (again, nth_map (again, 0), NULL);
  {
    g_autoptr(PcDocument) third = pc_document_new ();
    g_autofree char *exported_third = NULL;

    g_assert_cmpint (import (third, exported_again, -1, PC_MERMAID_SOURCE_MERMAID, NULL, &error), ==, 1);
    exported_third = pc_mermaid_export (third, nth_map (third, 0), NULL);
    g_assert_cmpstr (exported_third, ==, exported_again);
  }
}

/* A Mermaid file read and written again keeps its stages, titles, actors
 * and scores. */
static void
test_round_trip (void)
{
  const char *source =
    "journey\n"
    "    title Round trip\n"
    "    accDescr: What the map is for\n"
    "      Before: 3: Ann\n"
    "    section First\n"
    "      Both of us: 2: Ann, Bob\n"
    "      Nobody: 1\n"
    "      Again both: 4: Bob, Ann\n"
    "    section Empty\n"
    "    section First\n"
    "      Only Bob: 5: Bob\n";
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;

  g_assert_cmpint (import (document, source, -1, PC_MERMAID_SOURCE_MERMAID, NULL, &error), ==, 1);
  g_assert_no_error (error);
  exported = pc_mermaid_export (document, nth_map (document, 0), NULL);
  g_assert_cmpstr (exported, ==, source);
}

static void
test_saved_file (void)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(PcDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = read_fixture ("working-day.mmd", NULL);
  g_autofree char *dir = g_dir_make_tmp ("test-mermaid-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "day.parcours", NULL);
  g_autofree char *exported = NULL;
  g_autofree char *reexported = NULL;
  g_autofree char *backup = NULL;

  g_assert_cmpint (import (document, data, -1, PC_MERMAID_SOURCE_MERMAID, NULL, &error), ==, 1);
  g_assert_true (pc_file_save (document, path, &error));
  g_assert_no_error (error);
  pc_test_assert_schema_valid (path);

  /* The moment survives the file: the task still has two actors. */
  loaded = pc_file_load (path, &error);
  g_assert_no_error (error);
  exported = pc_mermaid_export (document, nth_map (document, 0), NULL);
  reexported = pc_mermaid_export (loaded, nth_map (loaded, 0), NULL);
  g_assert_cmpstr (reexported, ==, exported);
  g_assert_nonnull (strstr (reexported, "Answer email: 1: Me, Cat\n"));

  backup = g_build_filename (dir, "day.parcours~", NULL);
  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

static void
test_history (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (3);
  g_autoptr(PcHistory) history = pc_history_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = read_fixture ("readme.md", NULL);
  guint maps = n_items (pc_document_get_maps (document));
  guint personas = n_items (pc_document_get_personas (document));

  g_assert_cmpint (pc_mermaid_import (data, strlen (data), PC_MERMAID_SOURCE_MARKDOWN, "readme",
                                      document, history, NULL, &error), ==, 3);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (pc_document_get_maps (document)), ==, maps + 3);
  g_assert_cmpuint (pc_history_get_undo_depth (history), ==, 1);
  g_assert_cmpstr (pc_history_get_undo_label (history), ==, "Import Mermaid");

  g_assert_true (pc_history_undo (history));
  g_assert_cmpuint (n_items (pc_document_get_maps (document)), ==, maps);
  g_assert_cmpuint (n_items (pc_document_get_personas (document)), ==, personas);
  g_assert_true (pc_history_redo (history));
  g_assert_cmpuint (n_items (pc_document_get_maps (document)), ==, maps + 3);
}

static void
test_source_from_path (void)
{
  PcMermaidSource source;

  g_assert_true (pc_mermaid_source_from_path ("a/b.MMD", &source));
  g_assert_cmpint (source, ==, PC_MERMAID_SOURCE_MERMAID);
  g_assert_true (pc_mermaid_source_from_path ("x.mermaid", &source));
  g_assert_cmpint (source, ==, PC_MERMAID_SOURCE_MERMAID);
  g_assert_true (pc_mermaid_source_from_path ("README.md", &source));
  g_assert_cmpint (source, ==, PC_MERMAID_SOURCE_MARKDOWN);
  g_assert_true (pc_mermaid_source_from_path ("notes.Markdown", &source));
  g_assert_cmpint (source, ==, PC_MERMAID_SOURCE_MARKDOWN);
  g_assert_false (pc_mermaid_source_from_path ("data.csv", &source));
  g_assert_false (pc_mermaid_source_from_path ("md", &source));
}

/* ---- hostile input: a map or a clear error, quickly ---- */

static int
timed_import (PcDocument      *document,
              const char      *text,
              gsize            length,
              PcMermaidSource  source,
              GError         **error)
{
  gint64 start = g_get_monotonic_time ();
  int n = pc_mermaid_import (text, length, source, "x", document, NULL, NULL, error);
  double seconds = (g_get_monotonic_time () - start) / 1e6;

  g_test_message ("%" G_GSIZE_FORMAT " bytes: %.3f s", length, seconds);
  g_assert_cmpfloat (seconds, <, 30.0);
  return n;
}

static void
test_hostile_long_name (void)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(GError) error = NULL;
  GString *text = g_string_new ("journey\nsection A\n");
  g_autofree char *data = NULL;
  gsize length;

  for (int i = 0; i < 1000 * 1000; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, ": 5: Me\n");
  length = text->len;
  data = g_string_free (text, FALSE);

  g_assert_cmpint (timed_import (document, data, length, PC_MERMAID_SOURCE_MERMAID, &error), ==, -1);
  g_assert_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "Line 3 is too long (more than 256 KiB).");
  g_assert_cmpuint (n_items (pc_document_get_maps (document)), ==, 0);
}

static char *
many_tasks (guint  n,
            gsize *length)
{
  GString *text = g_string_new ("journey\ntitle Many\n");

  for (guint i = 0; i < n; i++)
    {
      if (i % 1000 == 0)
        g_string_append_printf (text, "section Part %u\n", i / 1000);
      g_string_append_printf (text, "  Task %u: %u: Person %u\n", i, i % 5 + 1, i % 7);
    }
  *length = text->len;
  return g_string_free (text, FALSE);
}

static void
test_hostile_many_tasks (void)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *too_many = NULL;
  gsize length;

  data = many_tasks (PC_MERMAID_MAX_TASKS, &length);
  g_assert_cmpint (timed_import (document, data, length, PC_MERMAID_SOURCE_MERMAID, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (pc_map_get_touchpoints (nth_map (document, 0))), ==, PC_MERMAID_MAX_TASKS);
  g_assert_cmpuint (n_items (pc_map_get_stages (nth_map (document, 0))), ==, 100);
  g_assert_cmpuint (n_items (pc_map_get_lanes (nth_map (document, 0))), ==, 7);

  too_many = many_tasks (PC_MERMAID_MAX_TASKS + 1, &length);
  g_assert_cmpint (timed_import (document, too_many, length, PC_MERMAID_SOURCE_MERMAID, &error), ==, -1);
  g_assert_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "Line 100104: there are more than 100000 tasks.");
  g_assert_cmpuint (n_items (pc_document_get_maps (document)), ==, 1);
}

static void
test_hostile_binary (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (15);

  for (int round = 0; round < 20; round++)
    {
      g_autoptr(PcDocument) document = pc_document_new ();
      g_autoptr(GError) error = NULL;
      gsize length = 64 * 1024;
      g_autofree char *data = g_malloc (length);

      for (gsize i = 0; i < length; i++)
        data[i] = g_rand_int (rand) & 0xff;
      if (round % 2)
        memcpy (data, "journey\n", 8);
      g_assert_cmpint (timed_import (document, data, length, round % 4 < 2 ? PC_MERMAID_SOURCE_MERMAID
                                                                            : PC_MERMAID_SOURCE_MARKDOWN,
                                     &error), ==, -1);
      g_assert_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_ENCODING);
      g_assert_true (g_str_has_prefix (error->message, "Line "));
    }
}

static void
test_hostile_limits (void)
{
  g_autoptr(PcDocument) document = pc_document_new ();
  g_autoptr(GError) error = NULL;
  GString *text;
  g_autofree char *actors = NULL;
  g_autofree char *sections = NULL;
  g_autofree char *commas = NULL;
  g_autofree char *blocks = NULL;
  g_autofree char *journeys = NULL;
  g_autofree char *hashes = NULL;
  gsize length;

  /* More actors than a map can show. */
  text = g_string_new ("journey\nsection A\nT: 3: ");
  for (int i = 0; i <= PC_MERMAID_MAX_ACTORS; i++)
    g_string_append_printf (text, "%sA%d", i ? ", " : "", i);
  length = text->len;
  actors = g_string_free (text, FALSE);
  g_assert_cmpint (timed_import (document, actors, length, PC_MERMAID_SOURCE_MERMAID, &error), ==, -1);
  g_assert_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* Too many sections. */
  text = g_string_new ("journey\n");
  for (int i = 0; i <= PC_MERMAID_MAX_SECTIONS; i++)
    g_string_append_printf (text, "section S%d\n", i);
  length = text->len;
  sections = g_string_free (text, FALSE);
  g_assert_cmpint (timed_import (document, sections, length, PC_MERMAID_SOURCE_MERMAID, &error), ==, -1);
  g_assert_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "Line 10002: the journey has more than 10000 sections.");
  g_clear_error (&error);

  /* 200,000 empty actors are no actor at all. */
  text = g_string_new ("journey\nsection A\nT: 3: ");
  for (int i = 0; i < 200000; i++)
    g_string_append_c (text, ',');
  length = text->len;
  commas = g_string_free (text, FALSE);
  g_assert_cmpint (timed_import (document, commas, length, PC_MERMAID_SOURCE_MERMAID, &error), ==, 1);
  g_assert_no_error (error);

  /* Entity codes all along a name. */
  text = g_string_new ("journey\nsection A\n");
  for (int i = 0; i < 40000; i++)
    g_string_append (text, "#9731;");
  g_string_append (text, ": 3\n");
  length = text->len;
  hashes = g_string_free (text, FALSE);
  g_assert_cmpint (timed_import (document, hashes, length, PC_MERMAID_SOURCE_MERMAID, &error), ==, 1);
  g_assert_no_error (error);
  {
    PcMap *map = nth_map (document, n_items (pc_document_get_maps (document)) - 1);
    g_autoptr(PcTouchpoint) tp = g_list_model_get_item (G_LIST_MODEL (pc_map_get_touchpoints (map)), 0);

    g_assert_cmpuint (g_utf8_strlen (pc_touchpoint_get_title (tp), -1), ==, 40000);
    g_assert_true (g_str_has_prefix (pc_touchpoint_get_title (tp), "☃☃"));
  }

  /* 100,000 Mermaid blocks that are not journeys. */
  text = g_string_new (NULL);
  for (int i = 0; i < 100000; i++)
    g_string_append (text, "```mermaid\npie\n```\n");
  length = text->len;
  blocks = g_string_free (text, FALSE);
  g_assert_cmpint (timed_import (document, blocks, length, PC_MERMAID_SOURCE_MARKDOWN, &error), ==, -1);
  g_assert_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_NOT_JOURNEY);
  g_clear_error (&error);

  /* More journeys than maps. */
  text = g_string_new (NULL);
  for (int i = 0; i <= PC_MERMAID_MAX_MAPS; i++)
    g_string_append (text, "```mermaid\njourney\n```\n");
  length = text->len;
  journeys = g_string_free (text, FALSE);
  g_assert_cmpint (timed_import (document, journeys, length, PC_MERMAID_SOURCE_MARKDOWN, &error), ==, -1);
  g_assert_error (error, PC_MERMAID_ERROR, PC_MERMAID_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "Line 3001: the file holds more than 1000 journeys.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mermaid/docs-example", test_docs_example);
  g_test_add_func ("/mermaid/parser-cases", test_parser_cases);
  g_test_add_func ("/mermaid/spacing-and-comments", test_spacing_and_comments);
  g_test_add_func ("/mermaid/comment-rules", test_comment_rules);
  g_test_add_func ("/mermaid/crlf", test_crlf);
  g_test_add_func ("/mermaid/before-sections", test_before_sections);
  g_test_add_func ("/mermaid/entities", test_entities);
  g_test_add_func ("/mermaid/personas-reused", test_personas_reused);
  g_test_add_func ("/mermaid/markdown", test_markdown);
  g_test_add_func ("/mermaid/markdown-unclosed", test_markdown_unclosed);
  g_test_add_func ("/mermaid/names", test_names);
  g_test_add_func ("/mermaid/errors", test_errors);
  g_test_add_func ("/mermaid/ignored-actors-warn", test_ignored_actors_warn);
  g_test_add_func ("/mermaid/export", test_export);
  g_test_add_func ("/mermaid/score-mapping", test_score_mapping);
  g_test_add_func ("/mermaid/export-escapes", test_export_escapes);
  g_test_add_func ("/mermaid/round-trip", test_round_trip);
  g_test_add_func ("/mermaid/saved-file", test_saved_file);
  g_test_add_func ("/mermaid/history", test_history);
  g_test_add_func ("/mermaid/source-from-path", test_source_from_path);
  g_test_add_func ("/mermaid/hostile/long-name", test_hostile_long_name);
  g_test_add_func ("/mermaid/hostile/many-tasks", test_hostile_many_tasks);
  g_test_add_func ("/mermaid/hostile/binary", test_hostile_binary);
  g_test_add_func ("/mermaid/hostile/limits", test_hostile_limits);

  return g_test_run ();
}
