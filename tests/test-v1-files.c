/* test-v1-files.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Every version-1 file that Parcours shipped before version 2 (the example
 * and the templates as they were, kept in tests/data/v1/, and the files of
 * tests/data/bad/ and of the fuzz corpus that load) opens, is saved as
 * version 2 and reopens with the same content: the same objects with the
 * same values, nothing added to the JSON but the new version number, and
 * the same SVG and PNG exports.
 *
 * That the exports also match the ones the version-1 program made is
 * checked against a build of it by tests/check-v1-exports.py (it needs
 * that older build, so it is not part of this suite). */

#include "config.h"

#include <string.h>

#include "pc-export.h"
#include "pc-file.h"
#include "pc-format.h"
#include "pc-test-util.h"

static void
assert_same_entity (PcEntity   *a,
                    PcEntity   *b,
                    const char *where)
{
  const PcField *fields;
  guint n_fields;
  JsonObject *extras_a, *extras_b;

  g_assert_cmpstr (G_OBJECT_TYPE_NAME (a), ==, G_OBJECT_TYPE_NAME (b));
  if (g_strcmp0 (pc_entity_get_id (a), pc_entity_get_id (b)) != 0)
    g_error ("%s: id “%s” became “%s”", where, pc_entity_get_id (a), pc_entity_get_id (b));

  fields = pc_entity_get_fields (a, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      const PcField *field = &fields[i];

      if (pc_field_is_text (field))
        {
          if (g_strcmp0 (pc_field_get_text (a, field), pc_field_get_text (b, field)) != 0)
            g_error ("%s.%s: “%s” became “%s”", where, field->member,
                     pc_field_get_text (a, field), pc_field_get_text (b, field));
        }
      else if (pc_field_get_int (a, field) != pc_field_get_int (b, field))
        g_error ("%s.%s: %d became %d", where, field->member,
                 pc_field_get_int (a, field), pc_field_get_int (b, field));
    }

  extras_a = pc_entity_get_extras (a);
  extras_b = pc_entity_get_extras (b);
  g_assert_cmpint (extras_a == NULL, ==, extras_b == NULL);
  if (extras_a != NULL)
    {
      g_autoptr(JsonNode) node_a = json_node_init_object (json_node_alloc (), extras_a);
      g_autoptr(JsonNode) node_b = json_node_init_object (json_node_alloc (), extras_b);

      if (!json_node_equal (node_a, node_b))
        g_error ("%s: the members Parcours does not know changed", where);
    }
}

static void
assert_same_list (GListStore *a,
                  GListStore *b,
                  const char *where)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (a));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (b)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcEntity) ea = g_list_model_get_item (G_LIST_MODEL (a), i);
      g_autoptr(PcEntity) eb = g_list_model_get_item (G_LIST_MODEL (b), i);
      g_autofree char *path = g_strdup_printf ("%s[%u]", where, i);

      assert_same_entity (ea, eb, path);
    }
}

static void
assert_same_document (PcDocument *a,
                      PcDocument *b)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pc_document_get_maps (a)));

  assert_same_entity (PC_ENTITY (a), PC_ENTITY (b), "$");
  assert_same_list (pc_document_get_personas (a), pc_document_get_personas (b), "$.personas");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_document_get_maps (b))), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcMap) ma = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (a)), i);
      g_autoptr(PcMap) mb = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (b)), i);
      g_autofree char *path = g_strdup_printf ("$.maps[%u]", i);
      g_autofree char *stages = g_strconcat (path, ".stages", NULL);
      g_autofree char *lanes = g_strconcat (path, ".lanes", NULL);
      g_autofree char *tps = g_strconcat (path, ".touchpoints", NULL);
      g_autofree char *connectors = g_strconcat (path, ".connectors", NULL);

      assert_same_entity (PC_ENTITY (ma), PC_ENTITY (mb), path);
      assert_same_list (pc_map_get_stages (ma), pc_map_get_stages (mb), stages);
      assert_same_list (pc_map_get_lanes (ma), pc_map_get_lanes (mb), lanes);
      assert_same_list (pc_map_get_touchpoints (ma), pc_map_get_touchpoints (mb), tps);
      assert_same_list (pc_map_get_connectors (ma), pc_map_get_connectors (mb), connectors);
      /* a version-1 map has no rows, before or after */
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_rows (ma))), ==, 0);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_rows (mb))), ==, 0);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_notes (mb))), ==, 0);
    }
}

/* Every member the saved file has, the original has too, with the same
 * value: saving adds nothing but the version and the lists the original
 * left out (written empty). */
static void
assert_json_within (JsonNode   *saved,
                    JsonNode   *original,
                    GString    *path)
{
  if (JSON_NODE_HOLDS_OBJECT (saved))
    {
      JsonObject *so = json_node_get_object (saved);
      JsonObject *oo;
      JsonObjectIter iter;
      const char *key;
      JsonNode *member;

      if (!JSON_NODE_HOLDS_OBJECT (original))
        g_error ("%s: an object was not one", path->str);
      oo = json_node_get_object (original);
      json_object_iter_init (&iter, so);
      while (json_object_iter_next (&iter, &key, &member))
        {
          gsize mark = path->len;
          JsonNode *other = json_object_get_member (oo, key);

          g_string_append_printf (path, ".%s", key);
          if (strcmp (path->str, "$.version") == 0)
            {
              g_assert_cmpint (json_node_get_int (member), ==, 2);
              g_assert_cmpint (json_node_get_int (other), ==, 1);
            }
          else if (other == NULL)
            {
              if (!JSON_NODE_HOLDS_ARRAY (member) ||
                  json_array_get_length (json_node_get_array (member)) != 0)
                g_error ("%s: saving added this member", path->str);
            }
          else
            assert_json_within (member, other, path);
          g_string_truncate (path, mark);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (saved))
    {
      JsonArray *sa = json_node_get_array (saved);
      JsonArray *oa;

      if (!JSON_NODE_HOLDS_ARRAY (original))
        g_error ("%s: an array was not one", path->str);
      oa = json_node_get_array (original);
      g_assert_cmpuint (json_array_get_length (sa), ==, json_array_get_length (oa));
      for (guint i = 0; i < json_array_get_length (sa); i++)
        {
          gsize mark = path->len;

          g_string_append_printf (path, "[%u]", i);
          assert_json_within (json_array_get_element (sa, i), json_array_get_element (oa, i), path);
          g_string_truncate (path, mark);
        }
    }
  else if (!json_node_equal (saved, original))
    g_error ("%s: the value changed", path->str);
}

static GBytes *
export (PcDocument     *document,
        guint           map_index,
        PcExportFormat  format)
{
  g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), map_index);
  g_autoptr(GError) error = NULL;
  PcExportOptions options;
  GBytes *bytes;

  pc_export_options_init (&options);
  options.format = format;
  bytes = pc_export_to_bytes (document, map, &options, &error);
  g_assert_no_error (error);
  return bytes;
}

static void
test_v1_file (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) original = pc_file_load (path, &error);
  g_autoptr(PcDocument) reopened = NULL;
  g_autoptr(JsonParser) original_json = json_parser_new ();
  g_autoptr(JsonParser) saved_json = json_parser_new ();
  g_autoptr(GString) json_path = g_string_new ("$");
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;
  guint n_maps;

  g_assert_no_error (error);
  saved = pc_format_save_data (original, NULL);
  g_assert_nonnull (strstr (saved, "\n  \"version\" : 2,\n"));
  reopened = pc_format_load_data (saved, strlen (saved), &error);
  g_assert_no_error (error);
  assert_same_document (original, reopened);

  /* saving the reopened document changes nothing more */
  saved_again = pc_format_save_data (reopened, NULL);
  g_assert_cmpstr (saved, ==, saved_again);

  g_assert_true (json_parser_load_from_file (original_json, path, NULL));
  g_assert_true (json_parser_load_from_data (saved_json, saved, -1, NULL));
  assert_json_within (json_parser_get_root (saved_json), json_parser_get_root (original_json), json_path);

  /* what is drawn does not change either (the old program's drawing is
   * compared by tests/check-v1-exports.py) */
  n_maps = g_list_model_get_n_items (G_LIST_MODEL (pc_document_get_maps (original)));
  for (guint i = 0; i < n_maps; i++)
    {
      g_autoptr(GBytes) svg_a = export (original, i, PC_EXPORT_SVG);
      g_autoptr(GBytes) svg_b = export (reopened, i, PC_EXPORT_SVG);
      g_autoptr(GBytes) png_a = export (original, i, PC_EXPORT_PNG);
      g_autoptr(GBytes) png_b = export (reopened, i, PC_EXPORT_PNG);

      g_assert_true (g_bytes_equal (svg_a, svg_b));
      g_assert_true (g_bytes_equal (png_a, png_b));
    }
}

/* Whether PATH is a document of format version 1 that loads. The version is
 * read from the text (Parcours always writes "format" then "version" first)
 * rather than with json-glib's parser, which leaks on some of these files. */
static gboolean
is_version_1_document (const char *path)
{
  g_autoptr(GRegex) version_1 = g_regex_new ("^\\s*\\{\\s*\"format\"\\s*:\\s*\"parcours\"\\s*,\\s*\"version\"\\s*:\\s*1\\s*[,}]", 0, 0, NULL);
  g_autoptr(PcDocument) document = NULL;
  g_autofree char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL) ||
      !g_regex_match (version_1, contents, 0, NULL))
    return FALSE;
  document = pc_file_load (path, NULL);
  return document != NULL;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static guint
add_folder (const char *folder,
            gboolean    all_must_load)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, folder, NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint added = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".parcours"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      g_autofree char *test_name = NULL;

      if (!is_version_1_document (path))
        {
          if (all_must_load)
            g_error ("%s is not a version-1 document that loads", path);
          g_free (path);
          continue;
        }
      test_name = g_strdup_printf ("/v1-files/%s/%s", folder, (char *) g_ptr_array_index (names, i));
      g_test_add_data_func_full (test_name, path, test_v1_file, g_free);
      added++;
    }
  return added;
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* the example and the eight templates, as they were shipped */
  g_assert_cmpuint (add_folder ("data/v1", TRUE), ==, 9);
  /* the fixtures that are good documents (a connector cycle loads) */
  g_assert_cmpuint (add_folder ("data/bad", FALSE), >=, 1);
  /* the fuzz corpus's good documents (the example, every field, member
   * order) */
  g_assert_cmpuint (add_folder ("fuzz/corpus-load", FALSE), >=, 3);

  return g_test_run ();
}
