/* test-hostile.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Broken and crafted files: each one gets a precise error (or, where noted,
 * a documented repair), within a few seconds and a bounded amount of
 * memory. Small cases are fixtures in tests/data/bad/; huge ones are made
 * here. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include "pc-file.h"
#include "pc-format.h"
#include "pc-test-util.h"

/* Generous enough for a sanitizer build, tight enough to catch a blow-up.
 * AddressSanitizer keeps freed memory in quarantine and pads every block,
 * and checks every access: its builds get three times the memory and the
 * time. */
#if defined(__SANITIZE_ADDRESS__)
#define SANITIZER_FACTOR 3
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SANITIZER_FACTOR 3
#endif
#endif
#ifndef SANITIZER_FACTOR
#define SANITIZER_FACTOR 1
#endif
/* Processor time, not wall-clock time: a busy machine (other builds,
 * tests run in parallel) must not fail a test that did no more work. */
#define MAX_SECONDS   (SANITIZER_FACTOR * 8.0)
#define MAX_RSS_GROWTH_KB (SANITIZER_FACTOR * 200 * 1024)

typedef struct
{
  gint64 start;
  double cpu;
  long   rss_kb;
} Bound;

static long
max_rss_kb (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);
  return usage.ru_maxrss;
}

static double
cpu_seconds (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static void
bound_start (Bound *bound)
{
  bound->rss_kb = max_rss_kb ();
  bound->cpu = cpu_seconds ();
  bound->start = g_get_monotonic_time ();
}

static void
bound_check (Bound      *bound,
             const char *what)
{
  double wall = (g_get_monotonic_time () - bound->start) / (double) G_USEC_PER_SEC;
  double seconds = cpu_seconds () - bound->cpu;
  long growth = max_rss_kb () - bound->rss_kb;

  g_test_message ("%s: %.3f s of processor time (%.3f s elapsed), peak memory grew by %ld kB",
                  what, seconds, wall, growth);
  if (seconds > MAX_SECONDS)
    g_error ("%s took %.1f s of processor time (bound %.1f s)", what, seconds, MAX_SECONDS);
  if (growth > MAX_RSS_GROWTH_KB)
    g_error ("%s grew the peak memory by %ld MB (bound %d MB)", what, growth / 1024, (int) (MAX_RSS_GROWTH_KB / 1024));
}

/* Loads @text, then saves and reloads it: the second save must be the
 * same bytes as the first. Returns the document. */
static PcDocument *
load_and_round_trip (const char *text,
                     gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) document = pc_format_load_data (text, length, &error);
  g_autoptr(PcDocument) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize first_length, second_length;

  g_assert_no_error (error);
  g_assert_nonnull (document);
  first = pc_format_save_data (document, &first_length);
  again = pc_format_load_data (first, first_length, &error);
  g_assert_no_error (error);
  second = pc_format_save_data (again, &second_length);
  g_assert_cmpuint (first_length, ==, second_length);
  g_assert_true (memcmp (first, second, first_length) == 0);
  return g_steal_pointer (&document);
}

typedef struct
{
  const char *file;
  int         code;
  const char *message;  /* must appear in the error message */
} HostileCase;

static const HostileCase hostile_cases[] = {
  /* wrong types */
  { "touchpoints-string.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].touchpoints: expected an array, found a text" },
  { "stage-array.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].stages[0]: expected an object, found an array" },
  { "brand-string.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].touchpoints[0].brand: expected true or false, found a text" },
  { "personas-object.parcours", PC_FORMAT_ERROR_INVALID, "$.personas: expected an array, found an object" },
  { "title-null.parcours", PC_FORMAT_ERROR_INVALID, "$.title: expected a text, found null" },
  /* ids and references */
  { "duplicate-id-across-maps.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[1].stages[0].id: the id “s1” is already used at $.maps[0].stages[0]" },
  { "duplicate-id-persona-map.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].id: the id “ana” is already used at $.personas[0]" },
  { "missing-lane.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].touchpoints[0].lane: refers to the lane “l9”, which does not exist" },
  { "missing-source-map.parcours", PC_FORMAT_ERROR_INVALID, "$.maps[0].source: refers to the map “map-0”, which does not exist" },
  /* numbers json-glib would wrap or write back as non-JSON */
  { "version-2-64.parcours", PC_FORMAT_ERROR_TOO_LARGE, "Line 1, column 35: the number is out of range" },
  { "version-1e999.parcours", PC_FORMAT_ERROR_TOO_LARGE, "Line 1, column 35: the number is out of range" },
  { "version-minus-1e999.parcours", PC_FORMAT_ERROR_TOO_LARGE, "Line 1, column 35: the number is out of range" },
  { "extra-1e999.parcours", PC_FORMAT_ERROR_TOO_LARGE, "Line 1, column 61: the number is out of range" },
  { "extra-2-64.parcours", PC_FORMAT_ERROR_TOO_LARGE, "Line 1, column 72: the number is out of range" },
  /* escapes json-glib would truncate or turn into bad UTF-8 */
  { "nul-escape.parcours", PC_FORMAT_ERROR_INVALID, "Line 1, column 70: a text contains a null character (\\u0000)" },
  { "lone-surrogate.parcours", PC_FORMAT_ERROR_ENCODING, "Line 1, column 66: \\ud800 is half of a surrogate pair" },
  { "lone-surrogate-key.parcours", PC_FORMAT_ERROR_ENCODING, "Line 1, column 54: \\udc00 is half of a surrogate pair" },
  /* json-glib leaks its buffer on a short \u escape (found by fuzz-load) */
  { "short-unicode-escape.parcours", PC_FORMAT_ERROR_SYNTAX, "not valid JSON: line 1, column 66: “\\u” must be followed by four hexadecimal digits" },
  /* json-glib reads C octal escapes into bytes that are not UTF-8 (found
   * by fuzz-load) */
  { "octal-escape.parcours", PC_FORMAT_ERROR_SYNTAX, "not valid JSON: line 1, column 66: “\\3” is not an escape" },
  /* json-glib reads 'strings' and comments, and leaks on an escape outside
   * a string (found by fuzz-load) */
  { "single-quotes.parcours", PC_FORMAT_ERROR_SYNTAX, "not valid JSON: line 1, column 44: unexpected “'”" },
  { "comment.parcours", PC_FORMAT_ERROR_SYNTAX, "not valid JSON: line 1, column 52: unexpected “/”" },
  { "escape-outside-string.parcours", PC_FORMAT_ERROR_SYNTAX, "not valid JSON: line 1, column 1: unexpected “'”" },
  { "invalid-utf8-key.parcours", PC_FORMAT_ERROR_ENCODING, "Line 1, column 57: the file is not UTF-8 text (byte 0xe9)" },
  /* not a document at all */
  { "png.parcours", PC_FORMAT_ERROR_ENCODING, "Line 1, column 1: the file is not UTF-8 text (byte 0x89)" },
  { "zip.parcours", PC_FORMAT_ERROR_ENCODING, "Line 1, column 6: the file is not UTF-8 text (byte 0x00)" },
  { "whitespace.parcours", PC_FORMAT_ERROR_SYNTAX, "The file is empty" },
  { "two-documents.parcours", PC_FORMAT_ERROR_SYNTAX, "not valid JSON: line 2, column 1: there is more text after the end of the document" },
  /* json-glib leaks the first of two root values (found by fuzz-load) */
  { "string-then-array.parcours", PC_FORMAT_ERROR_SYNTAX, "not valid JSON: line 1, column 16: there is more text after the end of the document" },
  /* a newer version is named as such even when its shape is unknown */
  { "newer-version-new-shape.parcours", PC_FORMAT_ERROR_NEWER_VERSION, "format version 3" },
};

static void
test_hostile_file (gconstpointer data)
{
  const HostileCase *hostile = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", hostile->file, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) document = NULL;
  Bound bound;

  bound_start (&bound);
  document = pc_file_load (path, &error);
  bound_check (&bound, hostile->file);

  g_assert_null (document);
  g_assert_error (error, PC_FORMAT_ERROR, hostile->code);
  if (strstr (error->message, hostile->message) == NULL)
    g_error ("%s: expected “%s” in “%s”", hostile->file, hostile->message, error->message);
}

/* A cycle is a customer going back: it loads, saves and loads again. */
static void
test_connector_cycle (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", "connector-cycle.parcours", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) document = NULL;
  g_autoptr(PcMap) map = NULL;
  g_autoptr(PcConnector) back = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &text, &length, &error));
  g_assert_no_error (error);
  document = load_and_round_trip (text, length);
  map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_connectors (map))), ==, 4);
  back = g_list_model_get_item (G_LIST_MODEL (pc_map_get_connectors (map)), 2);
  g_assert_cmpstr (pc_connector_get_from_id (back), ==, "t3");
  g_assert_cmpstr (pc_connector_get_to_id (back), ==, "t1");
  g_assert_cmpstr (pc_connector_get_label (back), ==, "goes back");
}

#define HEAD "{\"format\": \"parcours\", \"version\": 1, \"id\": \"d\""

/* Unknown members may nest up to the limit and come back as they were;
 * one level more is refused before json-glib recurses. */
static void
test_nested_unknown_members (void)
{
  for (int arrays = PC_FORMAT_MAX_DEPTH - 1; arrays <= PC_FORMAT_MAX_DEPTH; arrays++)
    {
      g_autoptr(GString) text = g_string_new (HEAD ", \"x\": ");
      g_autoptr(GError) error = NULL;
      g_autoptr(PcDocument) document = NULL;

      for (int i = 0; i < arrays; i++)
        g_string_append (text, "[1, ");
      g_string_append (text, "2");
      for (int i = 0; i < arrays; i++)
        g_string_append_c (text, ']');
      g_string_append_c (text, '}');

      if (arrays < PC_FORMAT_MAX_DEPTH)
        {
          g_autoptr(PcDocument) kept = load_and_round_trip (text->str, text->len);
          g_autofree char *saved = pc_format_save_data (kept, NULL);

          g_assert_nonnull (strstr (saved, "\"x\" : [\n"));
          continue;
        }
      document = pc_format_load_data (text->str, text->len, &error);
      g_assert_null (document);
      g_assert_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_TOO_DEEP);
    }
}

/* Texts just under the limit load whole, even many of them. */
static void
test_enormous_strings (void)
{
  g_autoptr(GString) text = g_string_new (HEAD ", \"title\": \"");
  g_autoptr(PcDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  gsize string_length = PC_FORMAT_MAX_STRING - 16;
  Bound bound;

  for (gsize i = 0; i < string_length; i++)
    g_string_append_c (text, "ab\xc3\xa9"[i % 4]);
  g_string_append_c (text, '"');
  for (int n = 0; n < 16; n++)
    {
      g_string_append_printf (text, ", \"extra-%d\": \"", n);
      g_string_set_size (text, text->len + string_length);
      memset (text->str + text->len - string_length, 'z', string_length);
      g_string_append_c (text, '"');
    }
  g_string_append_c (text, '}');

  bound_start (&bound);
  document = pc_format_load_data (text->str, text->len, &error);
  bound_check (&bound, "16 texts of 1 MB");
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (pc_document_get_title (document)), ==, string_length);
  g_assert_true (g_utf8_validate (pc_document_get_title (document), -1, NULL));
  g_assert_cmpuint (json_object_get_size (pc_entity_get_extras (PC_ENTITY (document))), ==, 16);
}

/* Very many members, all different: kept in order, in linear time. */
static void
test_very_many_members (void)
{
  g_autoptr(GString) text = g_string_new (HEAD);
  g_autoptr(PcDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  guint n = 200000;
  Bound bound;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, ", \"m%u\": %u", i, i);
  g_string_append_c (text, '}');

  bound_start (&bound);
  document = pc_format_load_data (text->str, text->len, &error);
  g_assert_no_error (error);
  saved = pc_format_save_data (document, NULL);
  bound_check (&bound, "200,000 members");
  g_assert_cmpuint (json_object_get_size (pc_entity_get_extras (PC_ENTITY (document))), ==, n);
  g_assert_true (strstr (saved, "\"m0\" : 0") < strstr (saved, "\"m199999\" : 199999"));
}

/* A member repeated in one object is refused with its place, even when
 * spelt with escapes, and quickly: json-glib alone needs a time that grows
 * with the square of the number of repeats. */
static void
test_repeated_members (void)
{
  const struct { const char *text; const char *message; } cases[] = {
    { HEAD ", \"title\": \"first\", \"title\": \"last\"}", "Line 1, column 67: the member “title” appears twice" },
    { HEAD ", \"x\": {\"caf\\u00e9\": 1, \"café\": 2}}", "the member “café” appears twice" },
    { HEAD ", \"x\": {\"\\ud83d\\ude00\": 1, \"😀\": 2}}", "the member “😀” appears twice" },
    { HEAD ", \"x\": {\"a\\n\": 1, \"a\\u000a\": 2}}", "appears twice" },
  };
  const char *allowed = HEAD ", \"x\": [{\"a\": 1}, {\"a\": 2}], \"y\": {\"a\": {\"a\": 3}}, \"a\": 4}";
  g_autoptr(PcDocument) document = load_and_round_trip (allowed, strlen (allowed));
  g_autoptr(GString) text = g_string_new (HEAD);
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) none = NULL;
  Bound bound;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) case_error = NULL;
      g_autoptr(PcDocument) refused = pc_format_load_data (cases[i].text, strlen (cases[i].text), &case_error);

      g_assert_null (refused);
      g_assert_error (case_error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_INVALID);
      if (strstr (case_error->message, cases[i].message) == NULL)
        g_error ("expected “%s” in “%s”", cases[i].message, case_error->message);
    }

  /* 100,000 different names, then all of them again */
  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < 100000; i++)
      g_string_append_printf (text, ", \"m%u\": %u", i, i);
  g_string_append_c (text, '}');
  bound_start (&bound);
  none = pc_format_load_data (text->str, text->len, &error);
  bound_check (&bound, "100,000 repeated names");
  g_assert_null (none);
  g_assert_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "the member “m0” appears twice"));
}

/* Unknown members come back in the order of the file, whatever the order
 * of json-glib's hash table (found by fuzz-load). */
static void
test_unknown_member_order (void)
{
  g_autoptr(GString) text = g_string_new (HEAD ", \"personas\": [{\"id\": \"p\", \"name\": \"Ana\"");
  g_autoptr(PcDocument) document = NULL;
  g_autofree char *saved = NULL;
  const char *previous;

  for (int i = 40; i > 0; i--)
    g_string_append_printf (text, ", \"k%d\": %d", i, i);
  g_string_append (text, ", \"stages\": [], \"maps\": []}]}");

  document = load_and_round_trip (text->str, text->len);
  saved = pc_format_save_data (document, NULL);
  previous = strstr (saved, "\"name\" : \"Ana\"");
  g_assert_nonnull (previous);
  for (int i = 40; i > 0; i--)
    {
      g_autofree char *member = g_strdup_printf ("\"k%d\" : %d", i, i);
      const char *at = strstr (saved, member);

      g_assert_nonnull (at);
      g_assert_true (at > previous);
      previous = at;
    }
  g_assert_true (strstr (previous, "\"stages\" : []") < strstr (previous, "\"maps\" : []"));
}

/* A file of the largest size accepted, made of many cards, still loads
 * within the bounds. */
static void
test_very_many_touchpoints (void)
{
  g_autoptr(GString) text = g_string_new (HEAD ", \"maps\": [{\"id\": \"m\", \"name\": \"M\", \"kind\": \"current-state\", "
                                          "\"stages\": [{\"id\": \"s\", \"name\": \"S\"}], "
                                          "\"lanes\": [{\"id\": \"l\", \"name\": \"L\", \"kind\": \"free\"}], "
                                          "\"touchpoints\": [");
  g_autoptr(PcDocument) document = NULL;
  g_autoptr(PcMap) map = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 50000;
  Bound bound;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s{\"id\": \"t%u\", \"stage\": \"s\", \"lane\": \"l\", \"title\": \"T\", \"sentiment\": \"neutral\"}",
                            i ? ", " : "", i);
  g_string_append (text, "]}]}");

  bound_start (&bound);
  document = pc_format_load_data (text->str, text->len, &error);
  bound_check (&bound, "50,000 touchpoints");
  g_assert_no_error (error);
  map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_touchpoints (map))), ==, n);
}

/* Numbers at the edge of the range are kept exactly; one past is refused. */
static void
test_number_edges (void)
{
  /* json-glib alone writes 1e22 back as “1e+22.0”, which is not JSON */
  const char *kept = HEAD ", \"x\": [9223372036854775807, -9223372036854775808, 1e308, -1e308, 1e22, 1e-999, 0.5]}";
  const char *refused[] = {
    HEAD ", \"x\": 9223372036854775808}",
    HEAD ", \"x\": -9223372036854775809}",
    HEAD ", \"x\": 1" "000000000000000000000000000000000000000000000000000000000000}",
    HEAD ", \"x\": 2e308}",
  };
  g_autoptr(PcDocument) document = load_and_round_trip (kept, strlen (kept));
  g_autofree char *saved = pc_format_save_data (document, NULL);

  g_assert_nonnull (strstr (saved, "9223372036854775807"));
  g_assert_nonnull (strstr (saved, "-9223372036854775808"));
  g_assert_nonnull (strstr (saved, "1e+22,"));
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PcDocument) none = pc_format_load_data (refused[i], strlen (refused[i]), &error);

      g_assert_null (none);
      g_assert_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_TOO_LARGE);
    }
}

/* Escapes that are fine: a surrogate pair, and a backslash before “u”. */
static void
test_good_escapes (void)
{
  const char *text = HEAD ", \"title\": \"\\ud83d\\ude00 \\\\ud800 \\u00e9\", \"x\": \"\\\" \\/ \\b \\f \\n \\r \\t\"}";
  g_autoptr(PcDocument) document = load_and_round_trip (text, strlen (text));

  g_assert_cmpstr (pc_document_get_title (document), ==, "😀 \\ud800 é");
}

/* A device or a pipe never ends: refused before reading, not read until
 * memory runs out. */
static void
test_not_regular_files (void)
{
  g_autofree char *directory = g_dir_make_tmp ("parcours-hostile-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (directory, "pipe.parcours", NULL);
  const char *paths[] = { "/dev/zero", "/dev/urandom", fifo, directory };
  Bound bound;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PcDocument) document = NULL;

      bound_start (&bound);
      document = pc_file_load (paths[i], &error);
      bound_check (&bound, paths[i]);
      g_assert_null (document);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
    }
  g_assert_cmpint (g_unlink (fifo), ==, 0);
  g_assert_cmpint (g_rmdir (directory), ==, 0);
}

/* 20,000 notes in one cell load and save back in bounded time and
 * memory; when the very last one names a row that does not exist, the
 * file is refused at that note, with nothing half-loaded. Votes at the
 * edge of the 64-bit range are refused as out of range, not wrapped. */
static void
test_very_many_notes (void)
{
  const guint n = 20000;
  g_autoptr(GString) text = g_string_new (
    "{\"format\": \"parcours\", \"version\": 2, \"id\": \"d\", \"maps\": [{\"id\": \"m\", "
    "\"name\": \"M\", \"kind\": \"current-state\", \"stages\": [{\"id\": \"s\", \"name\": \"S\"}], "
    "\"rows\": [{\"id\": \"r\", \"name\": \"Doing\", \"kind\": \"doing\"}], \"notes\": [");
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) document = NULL;
  g_autoptr(PcDocument) refused = NULL;
  g_autoptr(PcMap) map = NULL;
  gsize mark;
  Bound bound;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s{\"id\": \"n%u\", \"row\": \"r\", \"stage\": \"s\", "
                            "\"text\": \"Note %u\", \"votes\": %u}", i ? ", " : "", i, i, i % 1000);
  mark = text->len;
  g_string_append (text, "]}]}");

  bound_start (&bound);
  document = load_and_round_trip (text->str, text->len);
  bound_check (&bound, "20,000 notes");
  map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (document)), 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_notes (map))), ==, n);

  g_string_truncate (text, mark);
  g_string_append (text, ", {\"id\": \"last\", \"row\": \"r9\", \"stage\": \"s\", \"text\": \"x\"}]}]}");
  bound_start (&bound);
  refused = pc_format_load_data (text->str, text->len, &error);
  bound_check (&bound, "20,001 notes, the last one lost");
  g_assert_null (refused);
  g_assert_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "$.maps[0].notes[20000].row: refers to the row “r9”"));

  {
    const char *huge = "{\"format\": \"parcours\", \"version\": 2, \"id\": \"d\", \"maps\": [{\"id\": \"m\", "
                       "\"name\": \"M\", \"kind\": \"current-state\", \"stages\": [{\"id\": \"s\", \"name\": \"S\"}], "
                       "\"lanes\": [{\"id\": \"l\", \"name\": \"L\", \"kind\": \"free\"}], \"touchpoints\": "
                       "[{\"id\": \"t\", \"stage\": \"s\", \"lane\": \"l\", \"title\": \"T\", "
                       "\"sentiment\": \"neutral\", \"votes\": 9223372036854775807}]}]}";
    g_autoptr(GError) range_error = NULL;
    g_autoptr(PcDocument) none = pc_format_load_data (huge, strlen (huge), &range_error);

    g_assert_null (none);
    g_assert_error (range_error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_INVALID);
    g_assert_nonnull (strstr (range_error->message,
                              "$.maps[0].touchpoints[0].votes: 9223372036854775807 is not between 0 and 999"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (hostile_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/hostile/file/%s", hostile_cases[i].file);
      g_test_add_data_func (name, &hostile_cases[i], test_hostile_file);
    }
  g_test_add_func ("/hostile/connector-cycle", test_connector_cycle);
  g_test_add_func ("/hostile/nested-unknown-members", test_nested_unknown_members);
  g_test_add_func ("/hostile/enormous-strings", test_enormous_strings);
  g_test_add_func ("/hostile/very-many-members", test_very_many_members);
  g_test_add_func ("/hostile/repeated-members", test_repeated_members);
  g_test_add_func ("/hostile/unknown-member-order", test_unknown_member_order);
  g_test_add_func ("/hostile/very-many-touchpoints", test_very_many_touchpoints);
  g_test_add_func ("/hostile/very-many-notes", test_very_many_notes);
  g_test_add_func ("/hostile/number-edges", test_number_edges);
  g_test_add_func ("/hostile/good-escapes", test_good_escapes);
  g_test_add_func ("/hostile/not-regular-files", test_not_regular_files);

  return g_test_run ();
}
