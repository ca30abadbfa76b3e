/* pc-csv-export.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pc-csv.h"
#include "pc-csv-private.h"

static void
append_field (GString    *out,
              const char *value,
              char        separator)
{
  gboolean guard, quote;

  if (value == NULL)
    value = "";
  guard = pc_csv_is_formula_like (value);
  quote = guard || strchr (value, separator) || strpbrk (value, "\"\r\n") ||
          value[0] == ' ' || (value[0] && value[strlen (value) - 1] == ' ');

  if (!quote)
    {
      g_string_append (out, value);
      return;
    }

  g_string_append_c (out, '"');
  if (guard)
    g_string_append_c (out, '\'');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* Returns: (transfer none): the cell, valid until the next call */
static const char *
touchpoint_value (PcMap         *map,
                  PcTouchpoint  *tp,
                  const PcField *field,
                  char           number[16])
{
  switch (field->kind)
    {
    case PC_FIELD_REF:
      {
        const char *id = pc_field_get_text (tp, field);
        GType type = field->ref_type ();

        if (type == PC_TYPE_STAGE)
          {
            PcStage *stage = pc_map_find_stage (map, id);
            return stage ? pc_stage_get_name (stage) : "";
          }
        if (type == PC_TYPE_LANE)
          {
            PcLane *lane = pc_map_find_lane (map, id);
            return lane ? pc_lane_get_name (lane) : "";
          }
        return id;
      }
    case PC_FIELD_TEXT:
    case PC_FIELD_TIME:
    case PC_FIELD_COLOR:
      return pc_field_get_text (tp, field);
    case PC_FIELD_ENUM:
      {
        int value = pc_field_get_int (tp, field);
        g_autoptr(GEnumClass) enum_class = NULL;
        GEnumValue *enum_value;

        if (value == field->default_value && !(field->flags & PC_FIELD_REQUIRED))
          return "";
        enum_class = g_type_class_ref (field->enum_type ());
        enum_value = g_enum_get_value (enum_class, value);
        return enum_value ? enum_value->value_nick : "";
      }
    case PC_FIELD_BOOLEAN:
      return pc_field_get_int (tp, field) ? "yes" : "no";
    case PC_FIELD_INT:
      g_snprintf (number, 16, "%d", pc_field_get_int (tp, field));
      return number;
    default:
      g_assert_not_reached ();
    }
}

/* The columns of the fields that format version 2 brought go out only when
 * a touchpoint of the map has a value there, so that a map that does not
 * use them exports as it did before. */
static gboolean
any_set (GListModel    *list,
         const PcField *field)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcEntity) item = g_list_model_get_item (list, i);

      if (pc_field_is_text (field) ? pc_field_get_text (item, field)[0] != '\0'
                                   : pc_field_get_int (item, field) != field->default_value)
        return TRUE;
    }
  return FALSE;
}

/* The note's field of the same name as a touchpoint's, if it has one. */
static const PcField *
note_field (const PcField *field)
{
  guint n_fields;
  const PcField *fields = pc_entity_type_get_fields (PC_TYPE_NOTE, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    if (strcmp (fields[i].member, field->member) == 0 && fields[i].kind == field->kind)
      return &fields[i];
  return NULL;
}

static GPtrArray *
used_columns (PcMap *map)
{
  const PcField * const *columns;
  guint n_columns;
  GPtrArray *used = g_ptr_array_new ();

  columns = pc_csv_get_columns (&n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      const PcField *field = columns[c];
      const PcField *of_notes = note_field (field);

      if (field->since < 2 ||
          any_set (G_LIST_MODEL (pc_map_get_touchpoints (map)), field) ||
          (of_notes != NULL && any_set (G_LIST_MODEL (pc_map_get_notes (map)), of_notes)))
        g_ptr_array_add (used, (gpointer) field);
    }
  return used;
}

/* A note's line: its text as the title, its stage, and the columns a note
 * has (evidence, votes); the row column names its row. */
static const char *
note_value (PcMap         *map,
            PcNote        *note,
            const PcField *field,
            char           number[16])
{
  const PcField *own;

  if (field->kind == PC_FIELD_REF && field->ref_type () == PC_TYPE_STAGE)
    {
      PcStage *stage = pc_map_find_stage (map, pc_note_get_stage_id (note));
      return stage ? pc_stage_get_name (stage) : "";
    }
  if (g_strcmp0 (field->property, "title") == 0)
    return pc_note_get_text (note);
  own = note_field (field);
  if (own == NULL || own->kind == PC_FIELD_REF)
    return "";
  if (own->kind == PC_FIELD_INT)
    {
      g_snprintf (number, 16, "%d", pc_field_get_int (note, own));
      return number;
    }
  if (own->kind == PC_FIELD_ENUM && pc_field_get_int (note, own) != own->default_value)
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (own->enum_type ());
      GEnumValue *enum_value = g_enum_get_value (enum_class, pc_field_get_int (note, own));

      return enum_value ? enum_value->value_nick : "";
    }
  return "";
}

typedef struct
{
  PcTouchpoint *tp;
  guint         stage_pos;
  guint         lane_pos;
  guint         list_pos;
} ExportRow;

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const ExportRow *ra = a, *rb = b;

  if (ra->stage_pos != rb->stage_pos)
    return ra->stage_pos < rb->stage_pos ? -1 : 1;
  if (ra->lane_pos != rb->lane_pos)
    return ra->lane_pos < rb->lane_pos ? -1 : 1;
  return ra->list_pos < rb->list_pos ? -1 : (ra->list_pos > rb->list_pos);
}

/* Rows go stage by stage, then lane by lane, so that an import into an
 * empty map creates the stages in the map's order. */
char *
pc_csv_export (PcDocument *document,
               PcMap      *map,
               char        separator,
               gsize      *length)
{
  GListModel *tps;
  g_autoptr(GHashTable) positions = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GPtrArray) columns = NULL;
  guint n_notes;
  GString *out;
  guint n;

  g_return_val_if_fail (PC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PC_IS_MAP (map), NULL);
  g_return_val_if_fail (separator == ',' || separator == ';' || separator == '\t', NULL);

  positions = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_stages (map))); i++)
    {
      g_autoptr(PcEntity) e = g_list_model_get_item (G_LIST_MODEL (pc_map_get_stages (map)), i);
      g_hash_table_insert (positions, (gpointer) pc_entity_get_id (e), GUINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_lanes (map))); i++)
    {
      g_autoptr(PcEntity) e = g_list_model_get_item (G_LIST_MODEL (pc_map_get_lanes (map)), i);
      g_hash_table_insert (positions, (gpointer) pc_entity_get_id (e), GUINT_TO_POINTER (i + 1));
    }

  tps = G_LIST_MODEL (pc_map_get_touchpoints (map));
  n = g_list_model_get_n_items (tps);
  rows = g_array_sized_new (FALSE, FALSE, sizeof (ExportRow), n);
  for (guint i = 0; i < n; i++)
    {
      ExportRow row;
      const char *stage_id, *lane_id;

      row.tp = g_list_model_get_item (tps, i);
      stage_id = pc_touchpoint_get_stage_id (row.tp);
      lane_id = pc_touchpoint_get_lane_id (row.tp);
      row.stage_pos = stage_id ? GPOINTER_TO_UINT (g_hash_table_lookup (positions, stage_id)) : 0;
      row.lane_pos = lane_id ? GPOINTER_TO_UINT (g_hash_table_lookup (positions, lane_id)) : 0;
      row.list_pos = i;
      g_array_append_val (rows, row);
    }
  g_array_sort (rows, compare_rows);

  columns = used_columns (map);
  n_notes = g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_notes (map)));
  out = g_string_new (NULL);
  for (guint c = 0; c < columns->len; c++)
    {
      const PcField *field = g_ptr_array_index (columns, c);

      if (c > 0)
        g_string_append_c (out, separator);
      g_string_append (out, field->csv);
    }
  if (n_notes > 0)
    {
      g_string_append_c (out, separator);
      g_string_append (out, "row");
    }
  g_string_append (out, "\r\n");

  for (guint i = 0; i < rows->len; i++)
    {
      ExportRow *row = &g_array_index (rows, ExportRow, i);

      for (guint c = 0; c < columns->len; c++)
        {
          char number[16];

          if (c > 0)
            g_string_append_c (out, separator);
          append_field (out, touchpoint_value (map, row->tp, g_ptr_array_index (columns, c), number),
                        separator);
        }
      if (n_notes > 0)
        g_string_append_c (out, separator);
      g_string_append (out, "\r\n");
      g_object_unref (row->tp);
    }

  /* Then the notes, row by row and stage by stage, each cell in order. */
  for (guint r = 0; r < g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_rows (map))); r++)
    {
      g_autoptr(PcRow) insight = g_list_model_get_item (G_LIST_MODEL (pc_map_get_rows (map)), r);

      for (guint st = 0; st < g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_stages (map))); st++)
        {
          g_autoptr(PcStage) stage = g_list_model_get_item (G_LIST_MODEL (pc_map_get_stages (map)), st);
          g_autoptr(GPtrArray) cell = pc_map_get_note_cell (map, pc_entity_get_id (PC_ENTITY (insight)),
                                                            pc_entity_get_id (PC_ENTITY (stage)));

          for (guint i = 0; i < cell->len; i++)
            {
              for (guint c = 0; c < columns->len; c++)
                {
                  char number[16];

                  if (c > 0)
                    g_string_append_c (out, separator);
                  append_field (out, note_value (map, g_ptr_array_index (cell, i),
                                                 g_ptr_array_index (columns, c), number),
                                separator);
                }
              g_string_append_c (out, separator);
              append_field (out, pc_row_get_name (insight), separator);
              g_string_append (out, "\r\n");
            }
        }
    }

  if (length)
    *length = out->len;
  return g_string_free (out, FALSE);
}

