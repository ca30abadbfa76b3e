/* pc-csv.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pc-csv.h"
#include "pc-csv-private.h"
#include "pc-edit.h"

G_DEFINE_QUARK (pc-csv-error-quark, pc_csv_error)

/* ---- import ---- */

#define MAX_WARNINGS 50

typedef struct
{
  PcDocument *document;
  PcMap      *map;
  GPtrArray  *warnings;
  guint       n_problems;
  const PcField * const *fields;  /* the columns a file may have */
  guint       n_fields;
  int        *columns;             /* field index of each column, or -1 */
  GHashTable **words;              /* an enum column's words, or NULL */
  const PcField * const *mapping;  /* each column's field, or NULL */
  guint       n_mapping;
  int         title;               /* the title's column */
  int         lane;                /* the lane's column */
  gboolean    persona_column;      /* the lane column is called "persona" */
  guint       n_header;
  GHashTable *stages;              /* name key → PcStage */
  GHashTable *lanes;               /* name key → PcLane */
  GPtrArray  *new_stages;
  GPtrArray  *new_lanes;
  GPtrArray  *new_personas;
  GPtrArray  *new_touchpoints;
  int         row;                 /* the column naming a note's insight row, or -1 */
  GHashTable *rows;                /* name key → PcRow */
  GPtrArray  *new_rows;
  GPtrArray  *new_notes;
} Import;

static void
import_clear (Import *imp)
{
  g_clear_pointer (&imp->stages, g_hash_table_unref);
  g_clear_pointer (&imp->lanes, g_hash_table_unref);
  for (guint c = 0; imp->words != NULL && c < imp->n_fields; c++)
    g_clear_pointer (&imp->words[c], g_hash_table_unref);
  g_clear_pointer (&imp->words, g_free);
  g_clear_pointer (&imp->columns, g_free);
  g_clear_pointer (&imp->new_stages, g_ptr_array_unref);
  g_clear_pointer (&imp->new_lanes, g_ptr_array_unref);
  g_clear_pointer (&imp->new_personas, g_ptr_array_unref);
  g_clear_pointer (&imp->new_touchpoints, g_ptr_array_unref);
  g_clear_pointer (&imp->rows, g_hash_table_unref);
  g_clear_pointer (&imp->new_rows, g_ptr_array_unref);
  g_clear_pointer (&imp->new_notes, g_ptr_array_unref);
}

G_GNUC_PRINTF (2, 3)
static void
warn (Import     *imp,
      const char *format,
      ...)
{
  va_list args;

  imp->n_problems++;
  if (imp->warnings == NULL || imp->n_problems > MAX_WARNINGS)
    return;
  va_start (args, format);
  g_ptr_array_add (imp->warnings, g_strdup_vprintf (format, args));
  va_end (args);
}

/* Names match whatever their case and surrounding spaces. */
static char *
name_key (const char *name)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name));
  g_autofree char *nfc = g_utf8_normalize (trimmed, -1, G_NORMALIZE_NFC);

  return g_utf8_casefold (nfc ? nfc : trimmed, -1);
}

static void
import_init (Import     *imp,
             PcDocument *document,
             PcMap      *map,
             GPtrArray  *warnings)
{
  GListModel *stages = G_LIST_MODEL (pc_map_get_stages (map));
  GListModel *lanes = G_LIST_MODEL (pc_map_get_lanes (map));

  memset (imp, 0, sizeof *imp);
  imp->document = document;
  imp->map = map;
  imp->warnings = warnings;
  imp->stages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  imp->lanes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  imp->fields = pc_csv_get_columns (&imp->n_fields);
  imp->columns = g_new (int, imp->n_fields);
  imp->words = g_new0 (GHashTable *, imp->n_fields);
  imp->title = -1;
  imp->lane = -1;
  for (guint c = 0; c < imp->n_fields; c++)
    {
      if (g_strcmp0 (imp->fields[c]->member, "lane") == 0)
        imp->lane = c;
      if (imp->fields[c]->kind == PC_FIELD_ENUM)
        imp->words[c] = pc_csv_make_enum_words (imp->fields[c]);
      if (g_strcmp0 (imp->fields[c]->property, "title") == 0)
        imp->title = c;
    }
  g_assert (imp->title >= 0);
  imp->new_stages = g_ptr_array_new_with_free_func (g_object_unref);
  imp->new_lanes = g_ptr_array_new_with_free_func (g_object_unref);
  imp->new_personas = g_ptr_array_new_with_free_func (g_object_unref);
  imp->new_touchpoints = g_ptr_array_new_with_free_func (g_object_unref);
  imp->row = -1;
  imp->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  imp->new_rows = g_ptr_array_new_with_free_func (g_object_unref);
  imp->new_notes = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_rows (map))); i++)
    {
      PcRow *row = g_list_model_get_item (G_LIST_MODEL (pc_map_get_rows (map)), i);
      char *key = name_key (pc_row_get_name (row));

      if (g_hash_table_contains (imp->rows, key))
        {
          g_free (key);
          g_object_unref (row);
        }
      else
        g_hash_table_insert (imp->rows, key, row);
    }

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      PcStage *stage = g_list_model_get_item (stages, i);
      char *key = name_key (pc_stage_get_name (stage));

      if (g_hash_table_contains (imp->stages, key))
        {
          g_free (key);
          g_object_unref (stage);
        }
      else
        g_hash_table_insert (imp->stages, key, stage);
    }
  for (guint i = 0; i < g_list_model_get_n_items (lanes); i++)
    {
      PcLane *lane = g_list_model_get_item (lanes, i);
      char *key = name_key (pc_lane_get_name (lane));

      if (g_hash_table_contains (imp->lanes, key))
        {
          g_free (key);
          g_object_unref (lane);
        }
      else
        g_hash_table_insert (imp->lanes, key, lane);
    }
}

/* Reads the header row. FALSE when it has no title column. */
static gboolean
read_header (Import    *imp,
             GPtrArray *fields,
             int        line)
{
  for (guint c = 0; c < imp->n_fields; c++)
    imp->columns[c] = -1;
  imp->n_header = fields->len;

  for (guint i = 0; i < fields->len; i++)
    {
      const char *name = g_ptr_array_index (fields, i);
      g_autofree char *key = pc_csv_normalize_key (name);
      int column = -1;

      if (imp->mapping != NULL)
        {
          /* The user said what each column is: skipped ones need no word. */
          for (guint c = 0; i < imp->n_mapping && c < imp->n_fields; c++)
            if (imp->fields[c] == imp->mapping[i])
              column = c;
          if (column < 0)
            continue;
        }
      else
        column = pc_csv_column_from_key (key);

      /* A line with a value here is a note of that insight row. */
      if (column < 0 && imp->row < 0 && pc_csv_is_row_column (key))
        {
          imp->row = i;
          continue;
        }
      if (column < 0)
        {
          if (key[0] != '\0')
            warn (imp, _("Line %d: unknown column “%s” was ignored."), line, name);
        }
      else if (imp->columns[column] >= 0)
        warn (imp, _("Line %d: column “%s” appears twice; only the first one is used."),
              line, name);
      else
        {
          imp->columns[column] = i;
          /* A column called "persona" says that its lanes are people. */
          if (column == imp->lane && (strcmp (key, "persona") == 0 || strcmp (key, "personas") == 0))
            imp->persona_column = TRUE;
        }
    }

  return imp->columns[imp->title] >= 0;
}

static const char *
field (Import    *imp,
       GPtrArray *fields,
       guint      column)
{
  int i = imp->columns[column];
  const char *value;

  if (i < 0 || (guint) i >= fields->len)
    return "";
  value = g_ptr_array_index (fields, i);
  /* Drop the apostrophe that guards a formula-like value. */
  if (value[0] == '\'' && pc_csv_is_formula_like (value + 1))
    value++;
  return value;
}

static PcStage *
resolve_stage (Import     *imp,
               const char *name)
{
  g_autofree char *key = name_key (name);
  g_autofree char *stripped = g_strstrip (g_strdup (name));
  PcStage *stage;

  /* A row without a stage goes to the first one. */
  if (key[0] == '\0')
    {
      GListModel *stages = G_LIST_MODEL (pc_map_get_stages (imp->map));
      g_autoptr(PcStage) first = g_list_model_get_item (stages, 0);

      if (first != NULL)
        return first;
      if (imp->new_stages->len > 0)
        return g_ptr_array_index (imp->new_stages, 0);
      g_clear_pointer (&stripped, g_free);
      stripped = g_strdup (_("Stage"));
      g_free (key);
      key = name_key (stripped);
    }

  stage = g_hash_table_lookup (imp->stages, key);
  if (stage != NULL)
    return stage;

  stage = pc_stage_new (NULL);
  pc_stage_set_name (stage, stripped);
  g_ptr_array_add (imp->new_stages, stage);
  g_hash_table_insert (imp->stages, g_steal_pointer (&key), g_object_ref (stage));
  return stage;
}

static PcLane *
find_lane (PcMap      *map,
           GPtrArray  *more,
           const char *persona_id,
           int         kind)
{
  GListModel *lanes = G_LIST_MODEL (pc_map_get_lanes (map));

  for (guint i = 0; i < g_list_model_get_n_items (lanes) + more->len; i++)
    {
      g_autoptr(PcLane) lane = NULL;

      if (i < g_list_model_get_n_items (lanes))
        lane = g_list_model_get_item (lanes, i);
      else
        lane = g_object_ref (g_ptr_array_index (more, i - g_list_model_get_n_items (lanes)));

      if (persona_id && g_strcmp0 (pc_lane_get_persona_id (lane), persona_id) == 0)
        return lane;
      if (kind >= 0 && (int) pc_lane_get_kind (lane) == kind)
        return lane;
    }
  return NULL;
}

static PcPersona *
find_persona (PcDocument *document,
              const char *key)
{
  GListModel *personas = G_LIST_MODEL (pc_document_get_personas (document));

  for (guint i = 0; i < g_list_model_get_n_items (personas); i++)
    {
      g_autoptr(PcPersona) persona = g_list_model_get_item (personas, i);
      g_autofree char *pkey = name_key (pc_persona_get_name (persona));

      if (strcmp (pkey, key) == 0)
        return persona;
    }
  return NULL;
}

/* A lane is found by name; else a persona of that name gets its lane; in a
 * blueprint a layer name gets that layer; else a lane that names a person
 * gets a new persona; else a free lane is made. */
static PcLane *
resolve_lane (Import     *imp,
              const char *name)
{
  g_autofree char *key = name_key (name);
  g_autofree char *stripped = g_strstrip (g_strdup (name));
  PcPersona *persona;
  PcLaneKind kind;
  PcLane *lane;

  if (key[0] == '\0')
    {
      GListModel *lanes = G_LIST_MODEL (pc_map_get_lanes (imp->map));
      g_autoptr(PcLane) first = g_list_model_get_item (lanes, 0);

      if (first != NULL)
        return first;
      if (imp->new_lanes->len > 0)
        return g_ptr_array_index (imp->new_lanes, 0);
      g_clear_pointer (&stripped, g_free);
      stripped = g_strdup (_("Notes"));
      g_free (key);
      key = name_key (stripped);
    }

  lane = g_hash_table_lookup (imp->lanes, key);
  if (lane != NULL)
    return lane;

  /* A lane is a person's when the column says so ("persona") or when
   * its name is one ("Marie Dupont"), except for a blueprint's layers. */
  persona = find_persona (imp->document, key);
  if (persona == NULL
      && (imp->persona_column || pc_persona_name_is_personal (stripped))
      && pc_map_get_kind (imp->map) != PC_MAP_KIND_SERVICE_BLUEPRINT)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (pc_document_get_personas (imp->document)));

      persona = pc_persona_new (NULL);
      pc_persona_set_name (persona, stripped);
      pc_persona_set_color (persona, pc_persona_pick_color (n + imp->new_personas->len));
      g_ptr_array_add (imp->new_personas, persona);
    }
  else if (persona != NULL)
    lane = find_lane (imp->map, imp->new_lanes, pc_entity_get_id (PC_ENTITY (persona)), -1);
  else if (pc_map_get_kind (imp->map) == PC_MAP_KIND_SERVICE_BLUEPRINT &&
           pc_csv_parse_lane_kind (stripped, &kind))
    lane = find_lane (imp->map, imp->new_lanes, NULL, kind);

  if (lane == NULL)
    {
      lane = pc_lane_new (NULL);
      pc_lane_set_name (lane, persona ? pc_persona_get_name (persona) : stripped);
      if (persona != NULL)
        {
          pc_lane_set_kind (lane, PC_LANE_KIND_PERSONA);
          pc_lane_set_persona_id (lane, pc_entity_get_id (PC_ENTITY (persona)));
        }
      else if (pc_map_get_kind (imp->map) == PC_MAP_KIND_SERVICE_BLUEPRINT &&
               pc_csv_parse_lane_kind (stripped, &kind))
        pc_lane_set_kind (lane, kind);
      else
        pc_lane_set_kind (lane, PC_LANE_KIND_FREE);
      g_ptr_array_add (imp->new_lanes, lane);
    }

  g_hash_table_insert (imp->lanes, g_steal_pointer (&key), g_object_ref (lane));
  return lane;
}

static gboolean
has_extra_values (Import    *imp,
                  GPtrArray *fields)
{
  for (guint i = imp->n_header; i < fields->len; i++)
    if (((const char *) g_ptr_array_index (fields, i))[0] != '\0')
      return TRUE;
  return FALSE;
}

/* A value that does not read: the field's own warning if it has one. */
static void
warn_invalid (Import        *imp,
              const PcField *field,
              int            line,
              const char    *value)
{
  if (field->invalid != NULL)
    /* The messages in the tables take the line and the value. */
    warn (imp, _(field->invalid), line, value);
  else if (field->flags & PC_FIELD_SKIP_INVALID)
    warn (imp, _("Line %d: “%s” is not a valid value for the column “%s”; the row was skipped."),
          line, value, field->csv);
  else
    warn (imp, _("Line %d: “%s” is not a valid value for the column “%s”; it was ignored."),
          line, value, field->csv);
}

static gboolean
is_color (const char *value)
{
  return strlen (value) == 7 && value[0] == '#' &&
         strspn (value + 1, "0123456789abcdefABCDEF") == 6;
}

/* Reads the column's value into @text or @number; FALSE when it does not
 * read. Text is set only when the cell is not empty. */
static gboolean
parse_value (Import      *imp,
             guint        c,
             const char  *value,
             char       **text,
             int         *number)
{
  const PcField *f = imp->fields[c];

  switch (f->kind)
    {
    case PC_FIELD_TEXT:
      if (value[0] != '\0')
        *text = g_strdup (value);
      return TRUE;
    case PC_FIELD_TIME:
      {
        g_autofree char *stripped = g_strstrip (g_strdup (value));

        if (stripped[0] == '\0')
          return TRUE;
        *text = pc_csv_parse_time (stripped);
        return *text != NULL;
      }
    case PC_FIELD_COLOR:
      {
        g_autofree char *stripped = g_strstrip (g_strdup (value));

        if (stripped[0] == '\0')
          return TRUE;
        if (!is_color (stripped))
          return FALSE;
        *text = g_steal_pointer (&stripped);
        return TRUE;
      }
    case PC_FIELD_ENUM:
      return pc_csv_parse_enum (imp->words[c], f, value, number);
    case PC_FIELD_BOOLEAN:
      return pc_csv_parse_boolean (value, f->default_value, number);
    case PC_FIELD_INT:
      return pc_csv_parse_int (f, value, number);
    case PC_FIELD_REF:
    default:
      g_assert_not_reached ();
    }
}

typedef struct
{
  char *text;
  int   number;
} Value;

/* An insight row is found by name, or made: a custom row, or of the kind
 * its name names. */
static PcRow *
resolve_row (Import     *imp,
             const char *name)
{
  g_autofree char *key = name_key (name);
  g_autofree char *stripped = g_strstrip (g_strdup (name));
  PcRowKind kind;
  PcRow *row;

  row = g_hash_table_lookup (imp->rows, key);
  if (row != NULL)
    return row;

  row = pc_row_new (NULL);
  pc_row_set_name (row, stripped);
  pc_row_set_kind (row, pc_csv_parse_row_kind (stripped, &kind) ? kind : PC_ROW_KIND_CUSTOM);
  g_ptr_array_add (imp->new_rows, row);
  g_hash_table_insert (imp->rows, g_steal_pointer (&key), g_object_ref (row));
  return row;
}

/* A line naming an insight row is a note: its title is the note's text,
 * its stage the note's stage; of the other columns, only evidence and
 * votes mean something for a note. */
static void
import_note (Import     *imp,
             GPtrArray  *fields,
             int         line,
             const char *row_name)
{
  g_autoptr(PcNote) note = pc_note_new (NULL);
  const PcField *note_fields;
  guint n_note_fields;

  note_fields = pc_entity_type_get_fields (PC_TYPE_NOTE, &n_note_fields);
  for (guint c = 0; c < imp->n_fields; c++)
    {
      const PcField *f = imp->fields[c];
      const char *value = field (imp, fields, c);

      if (f->kind == PC_FIELD_REF && f->ref_type () == PC_TYPE_STAGE)
        pc_note_set_stage_id (note, pc_entity_get_id (PC_ENTITY (resolve_stage (imp, value))));
      else if ((int) c == imp->title)
        pc_note_set_text (note, value);
      else if (f->kind == PC_FIELD_ENUM || f->kind == PC_FIELD_INT)
        {
          for (guint n = 0; n < n_note_fields; n++)
            {
              g_autofree char *text = NULL;
              int number;

              if (strcmp (note_fields[n].member, f->member) != 0)
                continue;
              if (!parse_value (imp, c, value, &text, &number))
                {
                  warn_invalid (imp, f, line, value);
                  number = f->fallback;
                }
              pc_entity_set_field_int (PC_ENTITY (note), &note_fields[n], number);
            }
        }
    }
  pc_note_set_row_id (note, pc_entity_get_id (PC_ENTITY (resolve_row (imp, row_name))));
  g_ptr_array_add (imp->new_notes, g_steal_pointer (&note));
}

static void
import_row (Import    *imp,
            GPtrArray *fields,
            int        line)
{
  g_autofree char *title_check = g_strstrip (g_strdup (field (imp, fields, imp->title)));
  g_autofree Value *values = g_new0 (Value, imp->n_fields);
  PcTouchpoint *tp = NULL;

  if (title_check[0] == '\0')
    {
      warn (imp, _("Line %d: the row has no title and was skipped."), line);
      return;
    }

  if (imp->row >= 0 && (guint) imp->row < fields->len)
    {
      g_autofree char *row_name = g_strstrip (g_strdup (g_ptr_array_index (fields, imp->row)));

      if (row_name[0] != '\0')
        {
          import_note (imp, fields, line, row_name);
          return;
        }
    }

  /* Values that skip the row are checked first, then the others fall
   * back, each in column order. */
  for (int pass = 0; pass < 2; pass++)
    for (guint c = 0; c < imp->n_fields; c++)
      {
        const PcField *f = imp->fields[c];
        gboolean skips = (f->flags & PC_FIELD_SKIP_INVALID) != 0;
        const char *value = field (imp, fields, c);

        if (f->kind == PC_FIELD_REF || skips != (pass == 0))
          continue;
        if (parse_value (imp, c, value, &values[c].text, &values[c].number))
          continue;

        if (f->kind == PC_FIELD_TIME)
          {
            g_autofree char *stripped = g_strstrip (g_strdup (value));

            warn_invalid (imp, f, line, stripped);
          }
        else
          warn_invalid (imp, f, line, value);
        if (skips)
          goto out;
        values[c].number = f->fallback;
      }

  if (has_extra_values (imp, fields))
    warn (imp, _("Line %d has more values than the header has columns; the extra values were ignored."),
          line);

  tp = pc_touchpoint_new (NULL);
  for (guint c = 0; c < imp->n_fields; c++)
    {
      const PcField *f = imp->fields[c];

      if (f->kind == PC_FIELD_REF)
        {
          GType type = f->ref_type ();
          PcEntity *target = NULL;

          if (type == PC_TYPE_STAGE)
            target = PC_ENTITY (resolve_stage (imp, field (imp, fields, c)));
          else if (type == PC_TYPE_LANE)
            target = PC_ENTITY (resolve_lane (imp, field (imp, fields, c)));
          if (target != NULL)
            pc_entity_set_field_text (PC_ENTITY (tp), f, pc_entity_get_id (target));
        }
      else if (pc_field_is_text (f))
        {
          if (values[c].text != NULL)
            pc_entity_set_field_text (PC_ENTITY (tp), f, values[c].text);
        }
      else
        pc_entity_set_field_int (PC_ENTITY (tp), f, values[c].number);
    }
  g_ptr_array_add (imp->new_touchpoints, tp);

out:
  for (guint c = 0; c < imp->n_fields; c++)
    g_free (values[c].text);
}

static void
add_all (PcHistory  *history,
         GListStore *store,
         GPtrArray  *items)
{
  if (items->len == 0)
    return;

  /* In one change of the list: whoever shows it (the canvas) updates
   * once, not once per row. */
  if (history == NULL)
    g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0,
                         items->pdata, items->len);
  else
    pc_edit_insert_many (history, store, g_list_model_get_n_items (G_LIST_MODEL (store)),
                         items->pdata, items->len, NULL);
}

static gboolean
is_blank (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    {
      const char *value = g_ptr_array_index (fields, i);

      for (; *value; value++)
        if (!g_ascii_isspace (*value))
          return FALSE;
    }
  return TRUE;
}

/* A spreadsheet lists a blueprint stage by stage, so its lanes first appear
 * in no useful order: the five lanes of a blueprint go in their order,
 * top to bottom, and other lanes after them as they came (the sort is
 * stable). */
static int
blueprint_rank (PcLane *lane)
{
  PcLaneKind kind = pc_lane_get_kind (lane);

  if (kind >= PC_LANE_KIND_EVIDENCE && kind <= PC_LANE_KIND_SUPPORT)
    return kind;
  return PC_LANE_KIND_SUPPORT + 1;
}

static int
compare_blueprint_order (gconstpointer a,
                         gconstpointer b)
{
  return blueprint_rank (*(PcLane **) a) - blueprint_rank (*(PcLane **) b);
}

int
pc_csv_import (const char  *data,
               gsize        length,
               PcDocument  *document,
               PcMap       *map,
               PcHistory   *history,
               GPtrArray   *warnings,
               GError     **error)
{
  return pc_csv_import_mapped (data, length, NULL, 0, 0, document, map, history, warnings, error);
}

/* Files too large or not in UTF-8 are refused before reading a row. */
static gboolean
check_data (const char  *data,
            gsize        length,
            GError     **error)
{
  if (length > PC_CSV_MAX_SIZE)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, PC_CSV_ERROR, PC_CSV_ERROR_TOO_LARGE,
                   _("The file is too large to import (%s; the limit is %d MiB)."),
                   size, PC_CSV_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }
  return pc_csv_check_encoding (data, length, error);
}

int
pc_csv_import_mapped (const char            *data,
                      gsize                  length,
                      const PcField * const *mapping,
                      guint                  n_mapping,
                      guint                  max_rows,
                      PcDocument            *document,
                      PcMap                 *map,
                      PcHistory             *history,
                      GPtrArray             *warnings,
                      GError               **error)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  PcCsvReader reader;
  gboolean have_header = FALSE;
  guint n_rows = 0;
  Import imp;
  int line = 0;
  int result;

  g_return_val_if_fail (data != NULL || length == 0, -1);
  g_return_val_if_fail (PC_IS_DOCUMENT (document), -1);
  g_return_val_if_fail (PC_IS_MAP (map), -1);
  g_return_val_if_fail (history == NULL || PC_IS_HISTORY (history), -1);

  if (!check_data (data, length, error))
    return -1;

  pc_csv_reader_init (&reader, data, length);
  import_init (&imp, document, map, warnings);
  imp.mapping = mapping;
  imp.n_mapping = n_mapping;

  while (pc_csv_reader_next (&reader, fields, &line, &local_error))
    {
      if (is_blank (fields))
        continue;
      if (!have_header)
        {
          if (!read_header (&imp, fields, line))
            {
              g_set_error (error, PC_CSV_ERROR, PC_CSV_ERROR_NO_HEADER,
                           _("Line %d is not a header row with a “title” column (or “titre”)."),
                           line);
              import_clear (&imp);
              return -1;
            }
          have_header = TRUE;
          continue;
        }
      if (max_rows > 0 && n_rows >= max_rows)
        break;
      if (++n_rows > PC_CSV_MAX_ROWS)
        {
          g_set_error (error, PC_CSV_ERROR, PC_CSV_ERROR_TOO_LARGE,
                       _("Line %d: the file has more than %d rows."), line, PC_CSV_MAX_ROWS);
          import_clear (&imp);
          return -1;
        }
      import_row (&imp, fields, line);
    }

  if (local_error != NULL)
    {
      /* An unclosed quote only loses what follows it; limits are fatal. */
      if (local_error->code == PC_CSV_ERROR_TOO_LARGE || !have_header)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          import_clear (&imp);
          return -1;
        }
      warn (&imp, "%s", local_error->message);
    }

  if (!have_header)
    {
      g_set_error (error, PC_CSV_ERROR, PC_CSV_ERROR_NO_HEADER,
                   _("The file is empty: it has no header row."));
      import_clear (&imp);
      return -1;
    }
  if (imp.new_touchpoints->len == 0 && imp.new_notes->len == 0)
    {
      g_set_error (error, PC_CSV_ERROR, PC_CSV_ERROR_NO_ROWS,
                   _("No touchpoint could be imported from this file."));
      import_clear (&imp);
      return -1;
    }

  if (imp.n_problems > MAX_WARNINGS && warnings != NULL)
    g_ptr_array_add (warnings,
                     g_strdup_printf (ngettext ("…and %u more problem.",
                                                "…and %u more problems.",
                                                imp.n_problems - MAX_WARNINGS),
                                      imp.n_problems - MAX_WARNINGS));

  if (pc_map_get_kind (map) == PC_MAP_KIND_SERVICE_BLUEPRINT)
    g_ptr_array_sort (imp.new_lanes, compare_blueprint_order);
  if (history != NULL)
    pc_history_begin_group (history, _("Import CSV"));
  add_all (history, pc_map_get_stages (map), imp.new_stages);
  add_all (history, pc_document_get_personas (document), imp.new_personas);
  add_all (history, pc_map_get_lanes (map), imp.new_lanes);
  add_all (history, pc_map_get_touchpoints (map), imp.new_touchpoints);
  add_all (history, pc_map_get_rows (map), imp.new_rows);
  add_all (history, pc_map_get_notes (map), imp.new_notes);
  if (history != NULL)
    pc_history_end_group (history);

  result = imp.new_touchpoints->len + imp.new_notes->len;
  import_clear (&imp);
  return result;
}

/* ---- the header, before importing ---- */

void
pc_csv_header_free (PcCsvHeader *header)
{
  if (header == NULL)
    return;
  g_strfreev (header->names);
  g_free (header->fields);
  g_clear_pointer (&header->rows, g_ptr_array_unref);
  g_free (header);
}

const PcField * const *
pc_csv_get_fields (guint *n_fields)
{
  g_return_val_if_fail (n_fields != NULL, NULL);

  return pc_csv_get_columns (n_fields);
}

gboolean
pc_csv_header_has_unknown (const PcCsvHeader *header)
{
  g_return_val_if_fail (header != NULL, FALSE);

  for (guint i = 0; i < header->n_columns; i++)
    if (header->fields[i] == NULL)
      return TRUE;
  return FALSE;
}

PcCsvHeader *
pc_csv_read_header (const char  *data,
                    gsize        length,
                    guint        n_rows,
                    GError     **error)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PcCsvHeader) header = NULL;
  g_autoptr(GError) local_error = NULL;
  const PcField * const *columns;
  guint n_fields;
  PcCsvReader reader;
  int line = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!check_data (data, length, error))
    return NULL;

  columns = pc_csv_get_columns (&n_fields);
  pc_csv_reader_init (&reader, data, length);
  while ((header == NULL || header->rows->len < n_rows) &&
         pc_csv_reader_next (&reader, fields, &line, &local_error))
    {
      if (is_blank (fields))
        continue;
      if (header == NULL)
        {
          header = g_new0 (PcCsvHeader, 1);
          header->n_columns = fields->len;
          header->names = g_new0 (char *, fields->len + 1);
          header->fields = g_new0 (const PcField *, fields->len);
          header->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
          for (guint i = 0; i < fields->len; i++)
            {
              g_autofree char *key = pc_csv_normalize_key (g_ptr_array_index (fields, i));
              int column = pc_csv_column_from_key (key);

              header->names[i] = g_strdup (g_ptr_array_index (fields, i));
              /* A second column of the same field is not read either. */
              for (guint j = 0; column >= 0 && j < i; j++)
                if (header->fields[j] == columns[column])
                  column = -1;
              header->fields[i] = column >= 0 ? columns[column] : NULL;
            }
        }
      else
        {
          char **row = g_new0 (char *, header->n_columns + 1);

          for (guint i = 0; i < header->n_columns; i++)
            row[i] = g_strdup (i < fields->len ? (char *) g_ptr_array_index (fields, i) : "");
          g_ptr_array_add (header->rows, row);
        }
    }

  if (header == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, PC_CSV_ERROR, PC_CSV_ERROR_NO_HEADER,
                     _("The file is empty: it has no header row."));
      return NULL;
    }
  /* A broken row after the header is the import's warning to give. */
  return g_steal_pointer (&header);
}
