/* pc-csv-values.c: the words a spreadsheet may use for columns and values
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pc-csv-private.h"

typedef struct
{
  const PcField **columns;
  guint           n_columns;
  GHashTable     *keys;      /* normalised name → column + 1 */
} Columns;

static int
compare_ranks (gconstpointer a,
               gconstpointer b)
{
  const PcField *fa = *(const PcField **) a;
  const PcField *fb = *(const PcField **) b;

  if (fa->csv_rank != fb->csv_rank)
    return fa->csv_rank < fb->csv_rank ? -1 : 1;
  return fa < fb ? -1 : (fa > fb);
}

static void
add_key (GHashTable *keys,
         const char *name,
         guint       column)
{
  char *key = pc_csv_normalize_key (name);

  /* The first column to claim a name keeps it. */
  if (key[0] == '\0' || g_hash_table_contains (keys, key))
    g_free (key);
  else
    g_hash_table_insert (keys, key, GUINT_TO_POINTER (column + 1));
}

static const Columns *
get_columns (void)
{
  static Columns columns;
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      guint n_fields;
      const PcField *fields = pc_entity_type_get_fields (PC_TYPE_TOUCHPOINT, &n_fields);
      GPtrArray *list = g_ptr_array_new ();

      for (guint i = 0; i < n_fields; i++)
        if (fields[i].csv != NULL)
          g_ptr_array_add (list, (gpointer) &fields[i]);
      g_ptr_array_sort (list, compare_ranks);

      columns.n_columns = list->len;
      columns.columns = (const PcField **) g_ptr_array_free (list, FALSE);
      columns.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint c = 0; c < columns.n_columns; c++)
        {
          const PcField *field = columns.columns[c];

          add_key (columns.keys, field->csv, c);
          if (field->csv_fr != NULL)
            add_key (columns.keys, field->csv_fr, c);
          for (guint a = 0; field->csv_aliases != NULL && field->csv_aliases[a] != NULL; a++)
            add_key (columns.keys, field->csv_aliases[a], c);
        }
      g_once_init_leave (&once, 1);
    }
  return &columns;
}

const PcField * const *
pc_csv_get_columns (guint *n_columns)
{
  const Columns *columns = get_columns ();

  *n_columns = columns->n_columns;
  return columns->columns;
}

int
pc_csv_column_from_key (const char *key)
{
  gpointer column = g_hash_table_lookup (get_columns ()->keys, key);

  return column != NULL ? GPOINTER_TO_INT (column) - 1 : -1;
}

/* Blueprint lane names in English and French, normalised. */
static const struct { const char *key; PcLaneKind kind; } lane_kind_aliases[] = {
  { "physical_evidence", PC_LANE_KIND_EVIDENCE }, { "evidence", PC_LANE_KIND_EVIDENCE },
  { "preuves_physiques", PC_LANE_KIND_EVIDENCE }, { "preuve_physique", PC_LANE_KIND_EVIDENCE },
  { "customer_actions", PC_LANE_KIND_CUSTOMER }, { "actions_du_client", PC_LANE_KIND_CUSTOMER },
  { "actions_client", PC_LANE_KIND_CUSTOMER },
  { "frontstage", PC_LANE_KIND_FRONTSTAGE }, { "front_office", PC_LANE_KIND_FRONTSTAGE },
  { "backstage", PC_LANE_KIND_BACKSTAGE }, { "back_office", PC_LANE_KIND_BACKSTAGE },
  { "coulisses", PC_LANE_KIND_BACKSTAGE },
  { "support_processes", PC_LANE_KIND_SUPPORT }, { "support", PC_LANE_KIND_SUPPORT },
  { "processus_de_support", PC_LANE_KIND_SUPPORT }, { "processus_support", PC_LANE_KIND_SUPPORT },
};

GHashTable *
pc_csv_make_enum_words (const PcField *field)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (field->enum_type ());

  g_assert (field->kind == PC_FIELD_ENUM);

  for (guint i = 0; i < enum_class->n_values; i++)
    {
      int value = enum_class->values[i].value;

      g_hash_table_insert (words, pc_csv_normalize_key (enum_class->values[i].value_nick),
                           GINT_TO_POINTER (value));
      if (field->enum_label != NULL)
        g_hash_table_insert (words, pc_csv_normalize_key (field->enum_label (value)),
                             GINT_TO_POINTER (value));
    }
  for (guint i = 0; field->words != NULL && field->words[i].word != NULL; i++)
    g_hash_table_insert (words, g_strdup (field->words[i].word),
                         GINT_TO_POINTER (field->words[i].value));
  return words;
}

/* An empty value is the field's default. */
gboolean
pc_csv_parse_enum (GHashTable    *words,
                   const PcField *field,
                   const char    *value,
                   int           *result)
{
  g_autofree char *raw = g_strstrip (g_strdup (value));
  g_autofree char *key = NULL;
  gpointer found;

  if (raw[0] == '\0')
    {
      *result = field->default_value;
      return TRUE;
    }
  /* "-" and "-1" vanish in the key, so words are looked up as written
   * first. */
  if (!g_hash_table_lookup_extended (words, raw, NULL, &found))
    {
      key = pc_csv_normalize_key (raw);
      if (key[0] == '\0')
        {
          *result = field->default_value;
          return TRUE;
        }
      if (!g_hash_table_lookup_extended (words, key, NULL, &found))
        return FALSE;
    }
  *result = GPOINTER_TO_INT (found);
  return TRUE;
}

/* An empty value is the field's default. */
gboolean
pc_csv_parse_int (const PcField *field,
                  const char    *value,
                  int           *result)
{
  g_autofree char *raw = g_strstrip (g_strdup (value));
  gint64 number;

  if (raw[0] == '\0')
    {
      *result = field->default_value;
      return TRUE;
    }
  if (!g_ascii_string_to_signed (raw, 10, field->minimum, field->maximum, &number, NULL))
    return FALSE;
  *result = (int) number;
  return TRUE;
}

/* Yes or no in English or French; an empty value is @empty_value. */
gboolean
pc_csv_parse_boolean (const char *value,
                      gboolean    empty_value,
                      gboolean   *result)
{
  static const char * const yes[] = { "yes", "y", "true", "1", "oui", "o", "vrai" };
  static const char * const no[] = { "no", "n", "false", "0", "non", "faux" };
  g_autofree char *key = pc_csv_normalize_key (value);

  if (key[0] == '\0')
    {
      *result = empty_value;
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (strcmp (key, yes[i]) == 0)
      {
        *result = TRUE;
        return TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (strcmp (key, no[i]) == 0)
      {
        *result = FALSE;
        return TRUE;
      }
  return FALSE;
}

gboolean
pc_csv_parse_lane_kind (const char *name,
                        PcLaneKind *kind)
{
  g_autofree char *key = pc_csv_normalize_key (name);

  for (int k = PC_LANE_KIND_EVIDENCE; k <= PC_LANE_KIND_SUPPORT; k++)
    {
      g_autofree char *nick = pc_csv_normalize_key (pc_lane_kind_to_string (k));
      g_autofree char *label = pc_csv_normalize_key (pc_lane_kind_get_label (k));

      if (strcmp (key, nick) == 0 || strcmp (key, label) == 0)
        {
          *kind = k;
          return TRUE;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (lane_kind_aliases); i++)
    if (strcmp (key, lane_kind_aliases[i].key) == 0)
      {
        *kind = lane_kind_aliases[i].kind;
        return TRUE;
      }
  return FALSE;
}

/* "9:30", "09:30" are kept; "9h30" and "9h" become "09:30" and "09:00".
 * Returns NULL when the value is not a time of day. */
char *
pc_csv_parse_time (const char *value)
{
  const char *p = value;
  int h = 0, m = 0;

  if (pc_time_parse (value) >= 0)
    return g_strdup (value);

  if (!g_ascii_isdigit (*p))
    return NULL;
  h = *p++ - '0';
  if (g_ascii_isdigit (*p))
    h = h * 10 + (*p++ - '0');
  if (*p != 'h' && *p != 'H')
    return NULL;
  p++;
  if (*p != '\0')
    {
      if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]) || p[2] != '\0')
        return NULL;
      m = (p[0] - '0') * 10 + (p[1] - '0');
    }
  if (h > 23 || m > 59)
    return NULL;
  return g_strdup_printf ("%02d:%02d", h, m);
}

/* The column of a note's insight row, normalised. */
gboolean
pc_csv_is_row_column (const char *key)
{
  return strcmp (key, "row") == 0 || strcmp (key, "rangee") == 0 ||
         strcmp (key, "insight_row") == 0;
}

/* The kinds' names in French, normalised, whatever the language Parcours
 * runs in. */
static const struct { const char *key; PcRowKind kind; } row_kind_words[] = {
  { "ce_qu_il_fait", PC_ROW_KIND_DOING }, { "actions", PC_ROW_KIND_DOING },
  { "ce_qu_il_pense", PC_ROW_KIND_THINKING }, { "pensees", PC_ROW_KIND_THINKING },
  { "ce_qu_il_ressent", PC_ROW_KIND_FEELING }, { "emotions", PC_ROW_KIND_FEELING },
  { "points_de_douleur", PC_ROW_KIND_PAIN_POINTS }, { "obstacles", PC_ROW_KIND_PAIN_POINTS },
  { "opportunites", PC_ROW_KIND_OPPORTUNITIES },
  { "temps", PC_ROW_KIND_TIME }, { "duree", PC_ROW_KIND_TIME },
  { "indicateurs", PC_ROW_KIND_METRICS }, { "regles", PC_ROW_KIND_POLICY },
  { "ressenti_des_employes", PC_ROW_KIND_EMPLOYEE_FEELINGS },
};

/* English names of the kinds, as the labels are before translation. */
static const char * const row_kind_english[] = {
  "doing", "thinking", "feeling", "pain_points", "opportunities", "time", "metrics", "policy",
  "employee_feelings",
};

/* A row named after a kind, in English or French, is of that kind. */
gboolean
pc_csv_parse_row_kind (const char *name,
                       PcRowKind  *kind)
{
  g_autofree char *key = pc_csv_normalize_key (name);

  G_STATIC_ASSERT (G_N_ELEMENTS (row_kind_english) == PC_ROW_KIND_CUSTOM);
  for (int k = 0; k < PC_ROW_KIND_CUSTOM; k++)
    {
      g_autofree char *label = pc_csv_normalize_key (pc_row_kind_get_label (k));

      if (strcmp (key, row_kind_english[k]) == 0 || strcmp (key, label) == 0)
        {
          *kind = k;
          return TRUE;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (row_kind_words); i++)
    if (strcmp (key, row_kind_words[i].key) == 0)
      {
        *kind = row_kind_words[i].kind;
        return TRUE;
      }
  return FALSE;
}
