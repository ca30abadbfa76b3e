/* fuzz-load.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target for the loader: any bytes either give an error or a
 * document; a document saves to text that loads again and saves to the
 * very same text. And the two readers agree: whatever the fast reader
 * takes, the general reader (json-glib) reads into the same document. */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pc-format.h"
#include "pc-format-compare.h"
#include "pc-format-private.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical or a warning is a bug too: make it crash. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

/* Aborts if the fast reader takes bytes that the general reader
 * refuses or reads otherwise. */
static void
check_readers_agree (const char *data,
                     gsize       size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) fast = NULL;
  g_autoptr(PcDocument) general = NULL;
  g_autofree char *difference = NULL;

  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      size -= 3;
    }
  fast = pc_format_read_fast (data, size);
  if (fast == NULL)
    return;
  general = pc_format_load_json (data, size, &error);
  if (general == NULL)
    {
      g_printerr ("The fast reader takes what the general reader refuses: %s\n", error->message);
      abort ();
    }
  difference = pc_format_compare_documents (fast, general);
  if (difference != NULL)
    {
      g_printerr ("The readers disagree: %s\n", difference);
      abort ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PcDocument) document = NULL;
  g_autoptr(PcDocument) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize first_length, second_length;

  check_readers_agree ((const char *) data, size);

  document = pc_format_load_data ((const char *) data, size, &error);
  if (document == NULL)
    {
      if (error == NULL || error->domain != PC_FORMAT_ERROR || error->message[0] == '\0')
        abort ();
      return 0;
    }
  if (error != NULL)
    abort ();

  first = pc_format_save_data (document, &first_length);
  if (first == NULL || strlen (first) != first_length)
    abort ();
  again = pc_format_load_data (first, first_length, &error);
  if (again == NULL)
    {
      g_printerr ("A saved document does not load again: %s\n%s\n", error->message, first);
      abort ();
    }
  second = pc_format_save_data (again, &second_length);
  if (first_length != second_length || memcmp (first, second, first_length) != 0)
    {
      g_printerr ("Saving is not stable:\n%s\n---\n%s\n", first, second);
      abort ();
    }
  return 0;
}
