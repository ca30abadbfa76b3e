/* test-format.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "pc-file.h"
#include "pc-format.h"
#include "pc-format-compare.h"
#include "pc-format-private.h"
#include "pc-test-util.h"

static void
test_round_trip_identical (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (40);
  g_autoptr(PcDocument) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize length;

  pc_touchpoint_set_emotions (pc_map_find_touchpoint (g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0), "tp-1"),
                              "« Enfin ! » — relieved, \"quoted\", tab\tand\nnew line, 😀, עברית");
  g_object_unref (g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0));

  first = pc_format_save_data (document, &length);
  g_assert_cmpuint (strlen (first), ==, length);
  again = pc_format_load_data (first, length, &error);
  g_assert_no_error (error);
  second = pc_format_save_data (again, NULL);
  g_assert_cmpstr (first, ==, second);
}

static void
test_written_shape (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (3);
  g_autofree char *text = pc_format_save_data (document, NULL);

  /* header first, two-space indent, one member per line, a final newline */
  g_assert_true (g_str_has_prefix (text, "{\n  \"format\" : \"parcours\",\n  \"version\" : 2,\n  \"id\" : "));
  g_assert_true (g_str_has_suffix (text, "}\n"));
  /* optional members are left out when empty, required ones never */
  g_assert_nonnull (strstr (text, "\"sentiment\" : \"negative\""));
  g_assert_null (strstr (text, "\"response\""));
  g_assert_null (strstr (text, "\"brand\""));
}

static void
test_small_edit_small_diff (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (30);
  g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);
  g_autofree char *before = pc_format_save_data (document, NULL);
  g_autofree char *after = NULL;
  g_auto(GStrv) a = NULL;
  g_auto(GStrv) b = NULL;
  guint differing = 0;

  pc_touchpoint_set_title (pc_map_find_touchpoint (map, "tp-17"), "Renamed");
  after = pc_format_save_data (document, NULL);
  a = g_strsplit (before, "\n", -1);
  b = g_strsplit (after, "\n", -1);
  g_assert_cmpuint (g_strv_length (a), ==, g_strv_length (b));
  for (guint i = 0; a[i] != NULL; i++)
    if (g_strcmp0 (a[i], b[i]) != 0)
      differing++;
  g_assert_cmpuint (differing, ==, 1);
}

static void
test_unknown_members_kept (void)
{
  const char *input =
    "{\"format\": \"parcours\", \"version\": 1, \"id\": \"doc-1\", \"title\": \"T\",\n"
    " \"future_top\": {\"nested\": [1, 2, {\"deep\": true}], \"s\": \"x\"},\n"
    " \"personas\": [{\"id\": \"p1\", \"name\": \"Ana\", \"avatar\": \"ana.png\"}],\n"
    " \"maps\": [{\"id\": \"m1\", \"name\": \"M\", \"kind\": \"current-state\", \"zoom\": 3,\n"
    "   \"stages\": [{\"id\": \"s1\", \"name\": \"A\", \"width\": 400}],\n"
    "   \"lanes\": [{\"id\": \"l1\", \"name\": \"Ana\", \"kind\": \"persona\", \"persona\": \"p1\", \"collapsed\": false}],\n"
    "   \"touchpoints\": [{\"id\": \"t1\", \"stage\": \"s1\", \"lane\": \"l1\", \"title\": \"x\", \"sentiment\": \"positive\",\n"
    "                      \"attachments\": [\"a.pdf\"], \"score\": null}],\n"
    "   \"connectors\": [{\"id\": \"c1\", \"from\": \"t1\", \"to\": \"t1b\", \"style\": \"dashed\"}]}]}";
  g_autofree char *fixed = NULL;
  g_autoptr(PcDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *map, *tp;

  /* add the second touchpoint the connector needs */
  fixed = g_strdup (input);
  {
    g_autoptr(GString) s = g_string_new (fixed);
    g_string_replace (s, "\"score\": null}]", "\"score\": null}, {\"id\": \"t1b\", \"stage\": \"s1\", \"lane\": \"l1\", \"title\": \"y\", \"sentiment\": \"neutral\"}]", 1);
    g_free (fixed);
    fixed = g_string_free (g_steal_pointer (&s), FALSE);
  }

  document = pc_format_load_data (fixed, strlen (fixed), &error);
  g_assert_no_error (error);
  saved = pc_format_save_data (document, NULL);

  g_assert_true (json_parser_load_from_data (parser, saved, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_true (json_object_get_boolean_member (
    json_array_get_object_element (json_object_get_array_member (
      json_object_get_object_member (root, "future_top"), "nested"), 2), "deep"));
  g_assert_cmpstr (json_object_get_string_member (
    json_array_get_object_element (json_object_get_array_member (root, "personas"), 0), "avatar"), ==, "ana.png");
  map = json_array_get_object_element (json_object_get_array_member (root, "maps"), 0);
  g_assert_cmpint (json_object_get_int_member (map, "zoom"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (
    json_array_get_object_element (json_object_get_array_member (map, "stages"), 0), "width"), ==, 400);
  g_assert_false (json_object_get_boolean_member (
    json_array_get_object_element (json_object_get_array_member (map, "lanes"), 0), "collapsed"));
  tp = json_array_get_object_element (json_object_get_array_member (map, "touchpoints"), 0);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (tp, "attachments"), 0), ==, "a.pdf");
  g_assert_true (json_object_get_null_member (tp, "score"));
  g_assert_cmpstr (json_object_get_string_member (
    json_array_get_object_element (json_object_get_array_member (map, "connectors"), 0), "style"), ==, "dashed");

  /* and saving that again changes nothing */
  {
    g_autoptr(PcDocument) again = pc_format_load_data (saved, strlen (saved), &error);
    g_autofree char *saved_again = NULL;

    g_assert_no_error (error);
    saved_again = pc_format_save_data (again, NULL);
    g_assert_cmpstr (saved, ==, saved_again);
  }
}

typedef struct
{
  const char *file;
  int         code;
  const char *message; /* a part of the message that tells what and where */
} BadCase;

static const BadCase bad_cases[] = {
  { "truncated.parcours", PC_FORMAT_ERROR_SYNTAX, ":1:" },
  { "truncated-early.parcours", PC_FORMAT_ERROR_SYNTAX, "not valid JSON" },
  { "not-json.parcours", PC_FORMAT_ERROR_SYNTAX, "not valid JSON" },
  { "empty.parcours", PC_FORMAT_ERROR_SYNTAX, "empty" },
  { "array-root.parcours", PC_FORMAT_ERROR_NOT_PARCOURS, "not a Parcours document" },
  { "no-format.parcours", PC_FORMAT_ERROR_NOT_PARCOURS, "“format”: “parcours”" },
  { "newer-version.parcours", PC_FORMAT_ERROR_NEWER_VERSION, "format version 7" },
  { "version-string.parcours", PC_FORMAT_ERROR_INVALID, "$.version: expected a whole number, found a text" },
  { "version-missing.parcours", PC_FORMAT_ERROR_INVALID, "$.version: the member is missing" },
  { "version-zero.parcours", PC_FORMAT_ERROR_INVALID, "$.version: 0 is not a format version" },
  { "version-float.parcours", PC_FORMAT_ERROR_INVALID, "$.version: expected a whole number" },
  { "wrong-type.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].stages[0].name: expected a text, found a number" },
  { "maps-not-array.parcours", PC_FORMAT_ERROR_INVALID, "$.maps: expected an array, found an object" },
  { "duplicate-id.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].stages[1].id: the id “s1” is already used at $.maps[0].stages[0]" },
  { "missing-id.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].stages[0].id: the member is missing" },
  { "missing-stage.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].touchpoints[0].stage: refers to the stage “s9”, which does not exist" },
  { "missing-persona.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].lanes[0].persona: refers to the persona “nobody”" },
  { "missing-touchpoint.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].connectors[0].to: refers to the touchpoint “t404”" },
  { "connector-loop.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].connectors[0].to: a connector must join two different touchpoints" },
  { "bad-sentiment.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].touchpoints[0].sentiment: unknown value “happy”; expected one of “negative”, “neutral”, “positive”" },
  { "bad-kind.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].kind: unknown value “mind-map”" },
  { "bad-time.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].stages[0].time: “25:00” is not a time of day" },
  { "bad-color.parcours", PC_FORMAT_ERROR_INVALID, "$.personas[0].color: “red” is not a colour" },
  { "bad-id.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].stages[0].id: “s 1<script>” is not a valid id" },
  { "own-source.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].source: a map cannot be its own source" },
  { "missing-title.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].touchpoints[0]: the member “title” is missing" },
  { "invalid-utf8.parcours", PC_FORMAT_ERROR_ENCODING, "Line 1, column 66: the file is not UTF-8 text (byte 0xe9)" },
  { "huge-number.parcours", PC_FORMAT_ERROR_TOO_LARGE, "Line 1, column 35: the number is out of range" },
  /* version 2 */
  { "v2-bad-row-kind.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].rows[0].kind: unknown value “dreaming”; expected one of “doing”, “thinking”, “feeling”, “pain-points”, “opportunities”, “time”, “metrics”, “policy”, “employee-feelings”, “custom”" },
  { "v2-bad-evidence.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].touchpoints[0].evidence: unknown value “proven”; expected one of “assumption”, “some-research”, “validated”" },
  { "v2-note-bad-evidence.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].notes[0].evidence: unknown value “certain”" },
  { "v2-bad-strength.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].touchpoints[0].strength: unknown value “extreme”; expected one of “mild”, “strong”" },
  { "v2-strength-unset.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].touchpoints[0].strength: unknown value “unset”; expected one of “mild”, “strong”" },
  { "v2-strength-number.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].touchpoints[0].strength: expected a text, found a number" },
  { "v2-votes-too-many.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].touchpoints[0].votes: 1000 is not between 0 and 999" },
  { "v2-votes-negative.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].notes[0].votes: -1 is not between 0 and 999" },
  { "v2-votes-float.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].touchpoints[0].votes: expected a whole number, found a number" },
  { "v2-votes-string.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].touchpoints[0].votes: expected a whole number, found a text" },
  { "v2-fail-point-string.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].touchpoints[0].fail_point: expected true or false, found a text" },
  { "v2-note-missing-row.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].notes[2].row: refers to the row “r9”, which does not exist" },
  { "v2-note-missing-stage.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].notes[0].stage: refers to the stage “s9”, which does not exist" },
  { "v2-note-in-lane.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].notes[0].row: refers to the row “l1”, which does not exist" },
  { "v2-note-no-text.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].notes[0]: the member “text” is missing" },
  { "v2-row-no-name.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].rows[0].name: an insight row must have a name" },
  { "v2-row-no-kind.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].rows[0]: the member “kind” is missing" },
  { "v2-rows-object.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].rows: expected an array, found an object" },
  { "v2-notes-string.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].notes: expected an array, found a text" },
  { "v2-duplicate-note-id.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].notes[0].id: the id “s1” is already used at $.maps[0].stages[0]" },
  { "v2-bad-card-face.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].card_face: unknown value “huge”; expected one of “compact”, “detailed”" },
  { "v2-bad-rows-position.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].rows_position: unknown value “left”; expected one of “below”, “above”" },
};

static void
test_bad_file (gconstpointer data)
{
  const BadCase *bad = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", bad->file, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) document = pc_file_load (path, &error);

  g_assert_null (document);
  g_assert_error (error, PC_FORMAT_ERROR, bad->code);
  if (strstr (error->message, bad->message) == NULL)
    g_error ("%s: expected “%s” in “%s”", bad->file, bad->message, error->message);
}

static void
test_too_deep (void)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"parcours\", \"version\": 1, \"id\": \"d\",\n \"x\": ");
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) document = NULL;

  for (int i = 0; i < 100000; i++)
    g_string_append_c (text, '[');
  for (int i = 0; i < 100000; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');

  document = pc_format_load_data (text->str, text->len, &error);
  g_assert_null (document);
  g_assert_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_TOO_DEEP);
  g_assert_nonnull (strstr (error->message, "Line 2, column 70"));
}

static void
test_brackets_in_strings_are_not_nesting (void)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"parcours\", \"version\": 1, \"id\": \"d\", \"title\": \"");
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) document = NULL;

  for (int i = 0; i < 1000; i++)
    g_string_append (text, "[{\\\"");
  g_string_append (text, "\"}");

  document = pc_format_load_data (text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (pc_document_get_title (document), "[{\"[{\""));
}

static void
test_too_large (void)
{
  gsize length = 2 * PC_FORMAT_MAX_STRING + 100;
  g_autofree char *text = g_malloc (length + 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) document = NULL;
  const char *head = "{\"format\": \"parcours\", \"version\": 1, \"id\": \"d\", \"title\": \"";

  memset (text, 'a', length);
  memcpy (text, head, strlen (head));
  strcpy (text + length - 2, "\"}");

  document = pc_format_load_data (text, length, &error);
  g_assert_null (document);
  g_assert_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "Line 1, column 58: a text is longer than 1 MB"));

  g_clear_error (&error);
  document = pc_format_load_data (text, PC_FORMAT_MAX_FILE_SIZE + 1, &error);
  g_assert_null (document);
  g_assert_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_TOO_LARGE);
}

static void
test_bom_accepted (void)
{
  const char *text = "\xEF\xBB\xBF{\"format\": \"parcours\", \"version\": 1, \"id\": \"d\", \"title\": \"BOM\"}";
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) document = pc_format_load_data (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (pc_document_get_title (document), ==, "BOM");
}

static void
test_saved_files_match_schema (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (60);
  g_autofree char *dir = g_dir_make_tmp ("parcours-schema-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "map.parcours", NULL);
  g_autofree char *backup = pc_file_backup_path (path);
  g_autoptr(GError) error = NULL;
  PcTouchpoint *tp = pc_map_find_touchpoint (g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0), "tp-2");

  g_object_unref (g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0));
  pc_touchpoint_set_involves_brand (tp, FALSE);
  pc_touchpoint_set_time (tp, "07:45");
  g_assert_true (pc_file_save (document, path, &error));
  g_assert_no_error (error);
  pc_test_assert_schema_valid (path);

  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

/* Every field of every table is published: declared in the schema (and
 * required there when the table requires it) and named on the format
 * page's row for its object. */
static void
test_fields_are_published (void)
{
  static const struct { const char *name; GType (*type) (void); } objects[] = {
    { "persona", pc_persona_get_type }, { "map", pc_map_get_type },
    { "stage", pc_stage_get_type }, { "lane", pc_lane_get_type },
    { "touchpoint", pc_touchpoint_get_type }, { "connector", pc_connector_get_type },
    { "row", pc_row_get_type }, { "note", pc_note_get_type },
  };
  g_autofree char *schema_path = g_test_build_filename (G_TEST_DIST, "..", "data", "parcours.schema.json", NULL);
  g_autofree char *page_path = g_test_build_filename (G_TEST_DIST, "..", "data", "parcours-format.md", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *page = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *defs;

  json_parser_load_from_file (parser, schema_path, &error);
  g_assert_no_error (error);
  g_file_get_contents (page_path, &page, NULL, &error);
  g_assert_no_error (error);
  defs = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "$defs");

  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    {
      JsonObject *def = json_object_get_object_member (defs, objects[i].name);
      JsonObject *properties = json_object_get_object_member (def, "properties");
      JsonArray *required = json_object_get_array_member (def, "required");
      g_autofree char *row_start = g_strdup_printf ("\n| %s | ", objects[i].name);
      const char *row = strstr (page, row_start);
      g_autofree char *row_text = NULL;
      const PcField *fields;
      guint n_fields;

      g_assert_nonnull (row);
      row_text = g_strndup (row + 1, strchr (row + 1, '\n') - (row + 1));
      fields = pc_entity_type_get_fields (objects[i].type (), &n_fields);
      g_assert_cmpuint (n_fields, >, 0);
      for (guint f = 0; f < n_fields; f++)
        {
          g_autofree char *quoted = g_strdup_printf ("`%s`", fields[f].member);
          gboolean is_required = FALSE;

          if (!json_object_has_member (properties, fields[f].member))
            g_error ("the schema does not declare the %s member “%s”", objects[i].name, fields[f].member);
          if (strstr (row_text, quoted) == NULL)
            g_error ("the format page does not name the %s member “%s”", objects[i].name, fields[f].member);
          for (guint r = 0; r < json_array_get_length (required); r++)
            if (g_str_equal (json_array_get_string_element (required, r), fields[f].member))
              is_required = TRUE;
          g_assert_cmpint (is_required, ==, (fields[f].flags & PC_FIELD_REQUIRED) != 0);
        }
    }
}

/* thoughts: written after emotions, read back, valid against the schema. */
static void
test_thoughts (void)
{
  g_autoptr(PcDocument) document = pc_test_make_document (5);
  g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);
  g_autoptr(PcDocument) again = NULL;
  g_autoptr(PcMap) map_again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parcours-thoughts-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "map.parcours", NULL);
  g_autofree char *backup = pc_file_backup_path (path);
  g_autofree char *text = NULL;
  g_autofree char *thoughts = NULL;
  PcTouchpoint *tp = pc_map_find_touchpoint (map, "tp-1");
  const char *emotions_at, *thoughts_at, *pain_at;

  pc_touchpoint_set_emotions (tp, "Worried");
  pc_touchpoint_set_pain_points (tp, "Hidden costs");
  g_object_set (tp, "thoughts", "Is delivery free?\n« Et le retour ? »", NULL);
  text = pc_format_save_data (document, NULL);
  emotions_at = strstr (text, "\"emotions\" : \"Worried\"");
  thoughts_at = strstr (text, "\"thoughts\" : \"Is delivery free?\\n« Et le retour ? »\"");
  pain_at = strstr (text, "\"pain_points\" : \"Hidden costs\"");
  g_assert_nonnull (thoughts_at);
  g_assert_true (emotions_at != NULL && emotions_at < thoughts_at && thoughts_at < pain_at);
  /* Empty, it is left out like the other optional members. */
  g_assert_null (strstr (strstr (text, "\"tp-2\""), "\"thoughts\""));

  again = pc_format_load_data (text, strlen (text), &error);
  g_assert_no_error (error);
  map_again = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (again)), 0);
  g_object_get (pc_map_find_touchpoint (map_again, "tp-1"), "thoughts", &thoughts, NULL);
  g_assert_cmpstr (thoughts, ==, "Is delivery free?\n« Et le retour ? »");

  /* A wrong type is refused with its path, as for any text member. */
  {
    g_autoptr(PcDocument) bad = NULL;
    g_autoptr(GError) bad_error = NULL;
    g_autoptr(GString) broken = g_string_new (text);

    g_string_replace (broken, "\"thoughts\" : \"Is delivery free?\\n« Et le retour ? »\"",
                      "\"thoughts\" : 42", 1);
    bad = pc_format_load_data (broken->str, broken->len, &bad_error);
    g_assert_null (bad);
    g_assert_error (bad_error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_INVALID);
    g_assert_nonnull (strstr (bad_error->message, ".thoughts: "));
  }

  g_assert_true (pc_file_save (again, path, &error));
  g_assert_no_error (error);
  pc_test_assert_schema_valid (path);
  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

static void
test_example_documents (void)
{
  const char *examples[] = { "onboarding.parcours" };

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", examples[i], NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(PcDocument) document = pc_file_load (path, &error);
      g_autoptr(PcMap) map = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *saved = NULL;

      g_assert_no_error (error);
      map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);
      g_assert_cmpint (pc_map_get_kind (map), ==, PC_MAP_KIND_CURRENT_STATE);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_document_get_personas (document))), ==, 2);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_stages (map))), ==, 5);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (map))), >=, 12);
      pc_test_assert_schema_valid (path);

      /* the shipped file is in the saver's own form */
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      saved = pc_format_save_data (document, NULL);
      g_assert_cmpstr (saved, ==, contents);
    }
}

/* A map that uses every member version 2 adds. */
static PcDocument *
make_v2_document (void)
{
  PcDocument *document = pc_test_make_document (6);
  g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);
  g_autoptr(PcStage) stage = g_list_model_get_item (G_LIST_MODEL (pc_map_get_stages (map)), 0);
  PcTouchpoint *tp = pc_map_find_touchpoint (map, "tp-1");
  static const struct { const char *id; const char *name; PcRowKind kind; gboolean hidden; } rows[] = {
    { "row-doing", "Doing", PC_ROW_KIND_DOING, FALSE },
    { "row-pain", "Pain points", PC_ROW_KIND_PAIN_POINTS, TRUE },
    { "row-mood", "Mood of the week", PC_ROW_KIND_CUSTOM, FALSE },
  };

  pc_map_set_card_face (map, PC_CARD_FACE_DETAILED);
  pc_map_set_rows_position (map, PC_ROWS_POSITION_ABOVE);
  pc_touchpoint_set_sentiment (tp, PC_SENTIMENT_NEGATIVE);
  pc_touchpoint_set_strength (tp, PC_STRENGTH_STRONG);
  pc_touchpoint_set_fail_point (tp, TRUE);
  pc_touchpoint_set_waiting_point (tp, TRUE);
  pc_touchpoint_set_evidence (tp, PC_EVIDENCE_SOME_RESEARCH);
  pc_touchpoint_set_votes (tp, PC_MAX_VOTES);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(PcRow) row = pc_row_new (rows[i].id);

      pc_row_set_name (row, rows[i].name);
      pc_row_set_kind (row, rows[i].kind);
      pc_row_set_hidden (row, rows[i].hidden);
      g_list_store_append (pc_map_get_rows (map), row);
    }
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("note-%u", i);
      g_autoptr(PcNote) note = pc_note_new (id);

      pc_note_set_row_id (note, i < 2 ? "row-doing" : "row-mood");
      pc_note_set_stage_id (note, pc_entity_get_id (PC_ENTITY (stage)));
      pc_note_set_text (note, i == 0 ? "Compares « prix » 😀" : "Asks a friend");
      pc_note_set_evidence (note, i == 1 ? PC_EVIDENCE_VALIDATED : PC_EVIDENCE_UNSET);
      pc_note_set_votes (note, i);
      g_list_store_append (pc_map_get_notes (map), note);
    }
  return document;
}

static void
test_v2_round_trip (void)
{
  g_autoptr(PcDocument) document = make_v2_document ();
  g_autoptr(PcDocument) again = NULL;
  g_autoptr(PcMap) map = NULL;
  g_autoptr(PcNote) note = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = pc_format_save_data (document, NULL);
  g_autofree char *second = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parcours-v2-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "map.parcours", NULL);
  g_autofree char *backup = pc_file_backup_path (path);
  PcTouchpoint *tp;
  PcRow *row;

  again = pc_format_load_data (first, strlen (first), &error);
  g_assert_no_error (error);
  second = pc_format_save_data (again, NULL);
  g_assert_cmpstr (first, ==, second);

  map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (again)), 0);
  g_assert_cmpint (pc_map_get_card_face (map), ==, PC_CARD_FACE_DETAILED);
  g_assert_cmpint (pc_map_get_rows_position (map), ==, PC_ROWS_POSITION_ABOVE);
  tp = pc_map_find_touchpoint (map, "tp-1");
  g_assert_cmpint (pc_touchpoint_get_strength (tp), ==, PC_STRENGTH_STRONG);
  g_assert_cmpint (pc_touchpoint_get_score (tp), ==, -2);
  g_assert_true (pc_touchpoint_get_fail_point (tp));
  g_assert_true (pc_touchpoint_get_waiting_point (tp));
  g_assert_cmpint (pc_touchpoint_get_evidence (tp), ==, PC_EVIDENCE_SOME_RESEARCH);
  g_assert_cmpuint (pc_touchpoint_get_votes (tp), ==, 999);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_rows (map))), ==, 3);
  row = pc_map_find_row (map, "row-pain");
  g_assert_cmpstr (pc_row_get_name (row), ==, "Pain points");
  g_assert_cmpint (pc_row_get_kind (row), ==, PC_ROW_KIND_PAIN_POINTS);
  g_assert_true (pc_row_get_hidden (row));
  note = g_list_model_get_item (G_LIST_MODEL (pc_map_get_notes (map)), 0);
  g_assert_cmpstr (pc_note_get_text (note), ==, "Compares « prix » 😀");
  g_assert_cmpstr (pc_note_get_row_id (note), ==, "row-doing");
  g_assert_cmpint (pc_note_get_evidence (pc_map_find_note (map, "note-1")), ==, PC_EVIDENCE_VALIDATED);
  g_assert_cmpuint (pc_note_get_votes (pc_map_find_note (map, "note-2")), ==, 2);

  /* an outside validator accepts it */
  g_assert_true (pc_file_save (document, path, &error));
  g_assert_no_error (error);
  pc_test_assert_schema_valid (path);
  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

static void
test_v2_written_shape (void)
{
  g_autoptr(PcDocument) plain = pc_test_make_document (3);
  g_autoptr(PcDocument) document = make_v2_document ();
  g_autofree char *plain_text = pc_format_save_data (plain, NULL);
  g_autofree char *text = pc_format_save_data (document, NULL);
  const char *tp, *brand, *strength, *fail, *waiting, *evidence, *votes, *connectors, *rows, *notes;

  /* at their defaults, the new members are left out */
  g_assert_null (strstr (plain_text, "\"strength\""));
  g_assert_null (strstr (plain_text, "\"fail_point\""));
  g_assert_null (strstr (plain_text, "\"waiting_point\""));
  g_assert_null (strstr (plain_text, "\"evidence\""));
  g_assert_null (strstr (plain_text, "\"votes\""));
  g_assert_null (strstr (plain_text, "\"card_face\""));
  g_assert_null (strstr (plain_text, "\"rows_position\""));
  g_assert_null (strstr (plain_text, "\"rows\""));
  g_assert_null (strstr (plain_text, "\"notes\""));
  g_assert_null (strstr (plain_text, "unset"));

  g_assert_nonnull (strstr (text, "\"card_face\" : \"detailed\",\n      \"rows_position\" : \"above\",\n      \"stages\""));
  /* the touchpoint's new members follow the old ones, in the table's order */
  tp = strstr (text, "\"id\" : \"tp-1\"");
  g_assert_nonnull (tp);
  brand = strstr (tp, "\"brand\"");
  strength = strstr (tp, "\"strength\" : \"strong\"");
  fail = strstr (tp, "\"fail_point\" : true");
  waiting = strstr (tp, "\"waiting_point\" : true");
  evidence = strstr (tp, "\"evidence\" : \"some-research\"");
  votes = strstr (tp, "\"votes\" : 999");
  g_assert_true (strength && fail && waiting && evidence && votes);
  g_assert_true ((brand == NULL || brand > votes) && strength < fail && fail < waiting &&
                 waiting < evidence && evidence < votes);
  g_assert_true (votes < strstr (tp, "}"));
  connectors = strstr (text, "\"connectors\"");
  rows = strstr (text, "\"rows\" : [");
  notes = strstr (text, "\"notes\" : [");
  g_assert_true (connectors && rows && notes && connectors < rows && rows < notes);
  g_assert_nonnull (strstr (rows, "\"id\" : \"row-pain\",\n          \"name\" : \"Pain points\",\n"
                                  "          \"kind\" : \"pain-points\",\n          \"hidden\" : true\n"));
  g_assert_nonnull (strstr (notes, "\"id\" : \"note-1\",\n          \"row\" : \"row-doing\",\n"));
  g_assert_nonnull (strstr (notes, "\"evidence\" : \"validated\",\n          \"votes\" : 1\n"));
}

/* A version-1 file is read with the version-1 vocabulary: members that
 * version 2 gives a meaning to are unknown there, as they were, and are
 * not written back into a version-2 file that would read them anew. */
static void
test_v1_file_keeps_its_meaning (void)
{
  const char *input =
    "{\"format\": \"parcours\", \"version\": 1, \"id\": \"doc-1\",\n"
    " \"maps\": [{\"id\": \"m1\", \"name\": \"M\", \"kind\": \"current-state\", \"card_face\": 3,\n"
    "   \"stages\": [{\"id\": \"s1\", \"name\": \"A\"}],\n"
    "   \"lanes\": [{\"id\": \"l1\", \"name\": \"L\", \"kind\": \"free\"}],\n"
    "   \"touchpoints\": [{\"id\": \"t1\", \"stage\": \"s1\", \"lane\": \"l1\", \"title\": \"x\",\n"
    "                      \"sentiment\": \"positive\", \"strength\": \"extreme\", \"votes\": -4,\n"
    "                      \"mood\": \"kept\"}],\n"
    "   \"rows\": {\"not\": \"a list\"}, \"notes\": [{\"row\": \"nowhere\"}]}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) document = pc_format_load_data (input, strlen (input), &error);
  g_autoptr(PcDocument) again = NULL;
  g_autoptr(PcMap) map = NULL;
  g_autofree char *saved = NULL;
  PcTouchpoint *tp;

  g_assert_no_error (error);
  map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);
  tp = pc_map_find_touchpoint (map, "t1");
  g_assert_cmpint (pc_touchpoint_get_strength (tp), ==, PC_STRENGTH_UNSET);
  g_assert_cmpint (pc_touchpoint_get_score (tp), ==, 1);
  g_assert_cmpuint (pc_touchpoint_get_votes (tp), ==, 0);
  g_assert_cmpint (pc_map_get_card_face (map), ==, PC_CARD_FACE_COMPACT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_rows (map))), ==, 0);
  g_assert_true (json_object_has_member (pc_entity_get_extras (PC_ENTITY (tp)), "strength"));

  saved = pc_format_save_data (document, NULL);
  g_assert_nonnull (strstr (saved, "\"version\" : 2,"));
  g_assert_nonnull (strstr (saved, "\"mood\" : \"kept\""));
  g_assert_null (strstr (saved, "extreme"));
  g_assert_null (strstr (saved, "\"votes\""));
  g_assert_null (strstr (saved, "\"card_face\""));
  g_assert_null (strstr (saved, "\"rows\""));
  g_assert_null (strstr (saved, "nowhere"));
  again = pc_format_load_data (saved, strlen (saved), &error);
  g_assert_no_error (error);

  /* the same members in a version-2 file mean what version 2 says */
  {
    g_autoptr(GString) v2 = g_string_new (input);
    g_autoptr(PcDocument) refused = NULL;

    g_string_replace (v2, "\"version\": 1", "\"version\": 2", 1);
    refused = pc_format_load_data (v2->str, v2->len, &error);
    g_assert_null (refused);
    g_assert_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "$.maps[0].card_face: expected a text, found a number"));
  }
}

/* The version-1 code refuses anything newer than 1 in its header check,
 * before it reads any other member (read_header() at d338f29: "number >
 * PC_FORMAT_VERSION" gives PC_FORMAT_ERROR_NEWER_VERSION), which is the
 * check that refuses a version-2 file there. The same check here refuses
 * a version 3, however well formed the rest is, and never returns half a
 * document. */
static void
test_newer_than_v2_refused (void)
{
  g_autoptr(PcDocument) document = make_v2_document ();
  g_autofree char *text = pc_format_save_data (document, NULL);
  g_autoptr(GString) v3 = g_string_new (text);
  g_autoptr(PcDocument) refused = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_string_replace (v3, "\"version\" : 2,", "\"version\" : 3,", 1), ==, 1);
  refused = pc_format_load_data (v3->str, v3->len, &error);
  g_assert_null (refused);
  g_assert_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "format version 3"));
  g_assert_nonnull (strstr (error->message, "opens format versions 1 to 2"));
}

/* The hand-written version-2 fixture: it loads, is in the saver's own
 * form and the schema accepts it. */
static void
test_v2_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "v2", "every-member.parcours", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) document = pc_file_load (path, &error);
  g_autoptr(PcMap) map = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GPtrArray) cell = NULL;

  g_assert_no_error (error);
  map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);
  cell = pc_map_get_note_cell (map, "r-doing", "s1");
  g_assert_cmpuint (cell->len, ==, 2);
  g_assert_cmpstr (pc_note_get_text (g_ptr_array_index (cell, 0)), ==, "Searches for “ovens”");
  g_assert_cmpint (pc_touchpoint_get_score (pc_map_find_touchpoint (map, "t1")), ==, 2);
  g_assert_cmpint (pc_touchpoint_get_score (pc_map_find_touchpoint (map, "t2")), ==, -1);
  pc_test_assert_schema_valid (path);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  saved = pc_format_save_data (document, NULL);
  g_assert_cmpstr (saved, ==, contents);
}

/* Reads @text with both readers. Whatever the fast reader takes, the
 * general one reads into the same document. Returns whether the fast
 * reader took it. */
static gboolean
readers_agree (const char *text,
               gsize       length)
{
  g_autoptr(PcDocument) fast = pc_format_read_fast (text, length);
  g_autoptr(PcDocument) general = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *difference = NULL;

  if (fast == NULL)
    return FALSE;
  general = pc_format_load_json (text, length, &error);
  g_assert_no_error (error);
  difference = pc_format_compare_documents (fast, general);
  g_assert_cmpstr (difference, ==, NULL);
  return TRUE;
}

static char *
replaced (const char *text,
          const char *from,
          const char *to)
{
  g_autoptr(GString) s = g_string_new (text);

  g_assert_cmpuint (g_string_replace (s, from, to, 0), >, 0);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
test_fast_reader (void)
{
  /* Each: what to replace in every-member.parcours, with what, and
   * whether the fast reader reads the result (else it leaves it to the
   * general reader). */
  static const struct {
    const char *from, *to;
    gboolean fast;
  } variants[] = {
    { "\"format\"", "\"format\"", TRUE },
    { "Reads a review", "Re\\u0061ds \\\"a\\\" r\\u00e9view \\ud83d\\ude00 \\/ \\\\ \\n\\t\\b\\f\\r « é »", TRUE },
    { "\"id\" : \"t1\",\n          \"stage\" : \"s1\",", "\"stage\" : \"s1\", \"id\" : \"t\\u0031\",", TRUE },
    { "\"name\" : \"Awareness\"", "\"n\\u0061me\" : \"Awareness\"", TRUE },
    { "\"votes\" : 4", "\"votes\" : 4, \"future\" : {\"a\" : [1, -2, true, false, null, \"x\", {}, []], "
      "\"b\" : {\"c\" : \"d\\u00e9\"}, \"b\\u0032\" : -0}, \"later\" : 123456789012345678", TRUE },
    { "\"title\" : \"Every member of version 2\"", "\"title\" : \"T\", \"zoom\" : {\"x\" : 1}", TRUE },
    { "\"version\" : 2", "\"version\" : 1", TRUE },   /* version 2's members kept as unknown */
    { "\n", "\r\n", TRUE },
    { "\"votes\" : 4", "\"votes\" : 4, \"ratio\" : 0.5", FALSE },
    { "\"votes\" : 4", "\"votes\" : 04", FALSE },
    { "\"votes\" : 4", "\"votes\" : 4, \"big\" : 1234567890123456789", FALSE },
    { "Reads a review", "Reads\ta review", FALSE },
    { "\"format\" : \"parcours\",\n  \"version\" : 2,\n  \"id\" : \"doc-v2\",",
      "\"id\" : \"doc-v2\",\n  \"format\" : \"parcours\",\n  \"version\" : 2,", FALSE },
    { "\"votes\" : 4", "\"votes\" : 4, \"\" : 1", FALSE },
    { "\"votes\" : 4", "\"votes\" : 4, \"x\" : 1, \"x\" : 2", FALSE },
    { "\"votes\" : 4", "\"votes\" : 4, \"x\" : [1,]", FALSE },
    { "\"votes\" : 4", "\"votes\" : 4, \"x\" : \"\\ud83d\"", FALSE },
    { "\"votes\" : 4", "\"votes\" : 4, \"x\" : \"\\u0000\"", FALSE },
    { "\"votes\" : 4", "\"votes\" : 4 // note", FALSE },
    { "\"Purchase\"\n", "\"Purchase\", \"id\" : \"s3\"\n", FALSE },
    { "\"Purchase\"\n", "\"Purchase\", \"persona\" : 1\n", TRUE },
  };
  g_autofree char *path = pc_test_data_path ("v2/every-member.parcours");
  g_autofree char *base = NULL;
  g_autoptr(GError) error = NULL;
  const char *folders[] = { "v1", "v2", "bad" };

  g_assert_true (g_file_get_contents (path, &base, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      g_autofree char *text = replaced (base, variants[i].from, variants[i].to);

      g_test_message ("variant %u", i);
      g_assert_cmpint (readers_agree (text, strlen (text)), ==, variants[i].fast);
    }

  /* Files as Parcours writes them take the fast way; files with errors
   * never do (readers_agree() checks that the general reader loads what
   * the fast one took). */
  {
    g_autoptr(PcDocument) made = pc_test_make_document (200);
    g_autoptr(PcDocument) example = pc_test_load_example ();
    g_autofree char *first = pc_format_save_data (made, NULL);
    g_autofree char *second = pc_format_save_data (example, NULL);

    g_assert_true (readers_agree (first, strlen (first)));
    g_assert_true (readers_agree (second, strlen (second)));
  }
  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    {
      g_autofree char *folder = pc_test_data_path (folders[i]);
      g_autoptr(GDir) dir = g_dir_open (folder, 0, &error);
      const char *name;

      g_assert_no_error (error);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *file = g_build_filename (folder, name, NULL);
          g_autofree char *text = NULL;
          gsize length;

          g_assert_true (g_file_get_contents (file, &text, &length, NULL));
          g_test_message ("%s/%s", folders[i], name);
          /* "bad" holds hostile files, some of which load */
          if (!readers_agree (text, length))
            g_assert_cmpstr (folders[i], ==, "bad");
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/round-trip-identical", test_round_trip_identical);
  g_test_add_func ("/format/written-shape", test_written_shape);
  g_test_add_func ("/format/small-edit-small-diff", test_small_edit_small_diff);
  g_test_add_func ("/format/unknown-members-kept", test_unknown_members_kept);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/format/bad/%s", bad_cases[i].file);
      g_test_add_data_func (name, &bad_cases[i], test_bad_file);
    }
  g_test_add_func ("/format/too-deep", test_too_deep);
  g_test_add_func ("/format/brackets-in-strings", test_brackets_in_strings_are_not_nesting);
  g_test_add_func ("/format/too-large", test_too_large);
  g_test_add_func ("/format/bom-accepted", test_bom_accepted);
  g_test_add_func ("/format/saved-files-match-schema", test_saved_files_match_schema);
  g_test_add_func ("/format/example-documents", test_example_documents);
  g_test_add_func ("/format/fields-are-published", test_fields_are_published);
  g_test_add_func ("/format/thoughts", test_thoughts);
  g_test_add_func ("/format/v2/round-trip", test_v2_round_trip);
  g_test_add_func ("/format/v2/written-shape", test_v2_written_shape);
  g_test_add_func ("/format/v2/v1-file-keeps-its-meaning", test_v1_file_keeps_its_meaning);
  g_test_add_func ("/format/v2/newer-refused", test_newer_than_v2_refused);
  g_test_add_func ("/format/v2/fixture", test_v2_fixture);
  g_test_add_func ("/format/fast-reader", test_fast_reader);

  return g_test_run ();
}
