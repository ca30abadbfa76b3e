/* pc-field.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reading and writing a described field in an instance. Text reads back
 * as "" when unset, and NULL and "" are the same value, so that callers
 * never test for NULL and an empty edit is no change. */

#include "config.h"

#include "pc-field.h"

#define TEXT_SLOT(instance, field) ((char **) G_STRUCT_MEMBER_P (instance, (field)->offset))
#define INT_SLOT(instance, field) ((int *) G_STRUCT_MEMBER_P (instance, (field)->offset))

const char *
pc_field_get_text (gpointer       instance,
                   const PcField *field)
{
  const char *text;

  g_assert (pc_field_is_text (field));

  text = *TEXT_SLOT (instance, field);
  return text ? text : "";
}

int
pc_field_get_int (gpointer       instance,
                  const PcField *field)
{
  g_assert (!pc_field_is_text (field));

  return *INT_SLOT (instance, field);
}

/* Returns: whether the value changed */
gboolean
pc_field_store_text (gpointer       instance,
                     const PcField *field,
                     const char    *value)
{
  char **slot = TEXT_SLOT (instance, field);

  g_assert (pc_field_is_text (field));

  if (g_strcmp0 (*slot ? *slot : "", value ? value : "") == 0)
    return FALSE;
  g_free (*slot);
  *slot = g_strdup (value);
  return TRUE;
}

/* Returns: whether the value changed */
gboolean
pc_field_store_int (gpointer       instance,
                    const PcField *field,
                    int            value)
{
  int *slot = INT_SLOT (instance, field);

  g_assert (!pc_field_is_text (field));

  if (field->kind == PC_FIELD_BOOLEAN)
    value = !!value;
  if (*slot == value)
    return FALSE;
  *slot = value;
  return TRUE;
}
