/* pc-format-keys.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pc-format-keys.h"

/* Objects written by Parcours have at most about twenty members: compare
 * those directly, and use a hash table beyond. */
#define LINEAR_MAX 32

typedef struct
{
  const char *name;   /* not nul-terminated */
  gsize       length;
} Key;

typedef struct
{
  gboolean    is_object;
  GArray     *keys;     /* Key, while few */
  GHashTable *set;      /* nul-terminated names, once many */
  GPtrArray  *decoded;  /* names that had escapes, owned */
} Level;

struct _PcKeyStack
{
  GArray *levels;  /* Level */
};

static void
level_clear (Level *level)
{
  g_clear_pointer (&level->keys, g_array_unref);
  g_clear_pointer (&level->set, g_hash_table_unref);
  g_clear_pointer (&level->decoded, g_ptr_array_unref);
}

PcKeyStack *
pc_key_stack_new (void)
{
  PcKeyStack *self = g_new0 (PcKeyStack, 1);

  self->levels = g_array_new (FALSE, TRUE, sizeof (Level));
  g_array_set_clear_func (self->levels, (GDestroyNotify) level_clear);
  return self;
}

void
pc_key_stack_free (PcKeyStack *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->levels);
  g_free (self);
}

void
pc_key_stack_push (PcKeyStack *self,
                   gboolean    is_object)
{
  Level level = { is_object, NULL, NULL, NULL };

  g_array_append_val (self->levels, level);
}

void
pc_key_stack_pop (PcKeyStack *self)
{
  if (self->levels->len > 0)
    g_array_set_size (self->levels, self->levels->len - 1);
}

/* JSON string escapes to UTF-8; the loader has already refused lone
 * surrogates, and json-glib refuses malformed escapes. */
static char *
decode (const char *raw,
        gsize       length)
{
  GString *out = g_string_sized_new (length);
  const char *end = raw + length;

  for (const char *p = raw; p < end; p++)
    {
      gunichar c;

      if (*p != '\\' || p + 1 >= end)
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      switch (*p)
        {
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          if (end - p < 5)
            {
              g_string_append_c (out, *p);
              break;
            }
          c = 0;
          for (int i = 1; i <= 4; i++)
            c = c * 16 + MAX (g_ascii_xdigit_value (p[i]), 0);
          p += 4;
          if (c >= 0xD800 && c <= 0xDBFF && end - p >= 7 && p[1] == '\\' && p[2] == 'u')
            {
              gunichar low = 0;

              for (int i = 3; i <= 6; i++)
                low = low * 16 + MAX (g_ascii_xdigit_value (p[i]), 0);
              c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
              p += 6;
            }
          g_string_append_unichar (out, c);
          break;
        default: /* \" \\ \/ */
          g_string_append_c (out, *p);
          break;
        }
    }
  return g_string_free (out, FALSE);
}

/**
 * pc_key_stack_add:
 * @raw: the member name as written, between the quotes
 * @name: (out) (transfer full): the name, when it is a repeat
 *
 * Returns: %FALSE if the innermost object already has a member @raw
 */
gboolean
pc_key_stack_add (PcKeyStack  *self,
                  const char  *raw,
                  gsize        length,
                  char       **name)
{
  Level *level;
  Key key = { raw, length };

  if (self->levels->len == 0)
    return TRUE;
  level = &g_array_index (self->levels, Level, self->levels->len - 1);
  if (!level->is_object)
    return TRUE;

  if (memchr (raw, '\\', length) != NULL)
    {
      char *decoded = decode (raw, length);

      if (level->decoded == NULL)
        level->decoded = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (level->decoded, decoded);
      key.name = decoded;
      key.length = strlen (decoded);
    }

  if (level->set == NULL)
    {
      if (level->keys == NULL)
        level->keys = g_array_sized_new (FALSE, FALSE, sizeof (Key), 8);
      for (guint i = 0; i < level->keys->len; i++)
        {
          Key *other = &g_array_index (level->keys, Key, i);

          if (other->length == key.length && memcmp (other->name, key.name, key.length) == 0)
            {
              *name = g_strndup (key.name, key.length);
              return FALSE;
            }
        }
      if (level->keys->len < LINEAR_MAX)
        {
          g_array_append_val (level->keys, key);
          return TRUE;
        }
      level->set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < level->keys->len; i++)
        {
          Key *other = &g_array_index (level->keys, Key, i);

          g_hash_table_add (level->set, g_strndup (other->name, other->length));
        }
      g_clear_pointer (&level->keys, g_array_unref);
    }

  {
    char *copy = g_strndup (key.name, key.length);

    if (!g_hash_table_add (level->set, copy))
      {
        *name = g_strdup (copy);
        return FALSE;
      }
  }
  return TRUE;
}
