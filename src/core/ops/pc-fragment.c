/* pc-fragment.c: cards on the clipboard
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Copied cards travel as a small .parcours document, so that every field
 * of a card (and every member a newer version added) comes along, and
 * pasting goes through the loader that already refuses damaged or hostile
 * files. */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pc-edit.h"
#include "pc-format.h"
#include "pc-fragment.h"
#include "pc-map-ops.h"

#define MOMENT "moment"

static void
add_all (PcHistory  *history,
         GListStore *store,
         GPtrArray  *items)
{
  if (history == NULL)
    {
      g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0,
                           items->pdata, items->len);
      return;
    }
  for (guint i = 0; i < items->len; i++)
    pc_edit_insert (history, store, g_list_model_get_n_items (G_LIST_MODEL (store)),
                    g_ptr_array_index (items, i), NULL);
}

static gpointer
copy_of (gpointer entity,
         GType    type)
{
  PcEntity *copy = g_object_new (type, "id", pc_entity_get_id (entity), NULL);

  pc_map_copy_entity (entity, copy);
  return copy;
}

static gboolean
find_index (GListModel *list,
            const char *id,
            guint      *index)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PcEntity) item = g_list_model_get_item (list, i);

      if (g_strcmp0 (pc_entity_get_id (item), id) == 0)
        {
          *index = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* Copies the items of @from from @first to @last into @to. */
static void
copy_range (GListStore *from,
            guint       first,
            guint       last,
            GListStore *to,
            GType       type)
{
  for (guint i = first; i <= last; i++)
    {
      g_autoptr(PcEntity) item = g_list_model_get_item (G_LIST_MODEL (from), i);
      g_autoptr(PcEntity) copy = copy_of (item, type);

      g_list_store_append (to, copy);
    }
}

PcDocument *
pc_fragment_new (PcDocument *document,
                 PcMap      *map,
                 GPtrArray  *touchpoints)
{
  GListModel *stages;
  GListModel *lanes;
  g_autoptr(PcDocument) fragment = NULL;
  g_autoptr(PcMap) copy = NULL;
  g_autoptr(GHashTable) chosen = NULL;
  GListModel *cards;
  GListModel *connectors;
  guint first_stage = G_MAXUINT, last_stage = 0;
  guint first_lane = G_MAXUINT, last_lane = 0;

  g_return_val_if_fail (PC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PC_IS_MAP (map), NULL);
  g_return_val_if_fail (touchpoints != NULL, NULL);

  stages = G_LIST_MODEL (pc_map_get_stages (map));
  lanes = G_LIST_MODEL (pc_map_get_lanes (map));
  chosen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < touchpoints->len; i++)
    {
      PcTouchpoint *tp = g_ptr_array_index (touchpoints, i);
      guint s, l;

      if (!find_index (stages, pc_touchpoint_get_stage_id (tp), &s)
          || !find_index (lanes, pc_touchpoint_get_lane_id (tp), &l))
        continue;
      first_stage = MIN (first_stage, s);
      last_stage = MAX (last_stage, s);
      first_lane = MIN (first_lane, l);
      last_lane = MAX (last_lane, l);
      g_hash_table_add (chosen, (gpointer) pc_entity_get_id (PC_ENTITY (tp)));
    }

  fragment = pc_document_new ();
  pc_document_set_title (fragment, pc_document_get_title (document));
  copy = pc_map_new (pc_entity_get_id (PC_ENTITY (map)), pc_map_get_kind (map));
  pc_map_set_name (copy, pc_map_get_name (map));
  g_list_store_append (pc_document_get_maps (fragment), copy);
  if (g_hash_table_size (chosen) == 0)
    return g_steal_pointer (&fragment);

  copy_range (pc_map_get_stages (map), first_stage, last_stage, pc_map_get_stages (copy),
              PC_TYPE_STAGE);
  copy_range (pc_map_get_lanes (map), first_lane, last_lane, pc_map_get_lanes (copy),
              PC_TYPE_LANE);

  /* The personas of the lanes, so that the loader finds them. */
  for (guint i = first_lane; i <= last_lane; i++)
    {
      g_autoptr(PcLane) lane = g_list_model_get_item (lanes, i);
      PcPersona *persona = pc_document_find_persona (document, pc_lane_get_persona_id (lane));

      if (persona != NULL && pc_document_find_persona (fragment, pc_lane_get_persona_id (lane)) == NULL)
        {
          g_autoptr(PcPersona) persona_copy = copy_of (persona, PC_TYPE_PERSONA);

          g_list_store_append (pc_document_get_personas (fragment), persona_copy);
        }
      else if (persona == NULL && pc_lane_get_persona_id (lane) != NULL)
        {
          g_autoptr(PcLane) lane_copy = g_list_model_get_item (G_LIST_MODEL (pc_map_get_lanes (copy)),
                                                               i - first_lane);

          pc_lane_set_persona_id (lane_copy, NULL);
        }
    }

  /* The cards, in the map's order, which is their order in their cells. */
  cards = G_LIST_MODEL (pc_map_get_touchpoints (map));
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(PcTouchpoint) tp = g_list_model_get_item (cards, i);

      if (g_hash_table_contains (chosen, pc_entity_get_id (PC_ENTITY (tp))))
        {
          g_autoptr(PcTouchpoint) tp_copy = copy_of (tp, PC_TYPE_TOUCHPOINT);

          g_list_store_append (pc_map_get_touchpoints (copy), tp_copy);
        }
    }

  connectors = G_LIST_MODEL (pc_map_get_connectors (map));
  for (guint i = 0; i < g_list_model_get_n_items (connectors); i++)
    {
      g_autoptr(PcConnector) connector = g_list_model_get_item (connectors, i);

      if (g_hash_table_contains (chosen, pc_connector_get_from_id (connector))
          && g_hash_table_contains (chosen, pc_connector_get_to_id (connector)))
        {
          g_autoptr(PcConnector) connector_copy = copy_of (connector, PC_TYPE_CONNECTOR);

          g_list_store_append (pc_map_get_connectors (copy), connector_copy);
        }
    }

  return g_steal_pointer (&fragment);
}

char *
pc_fragment_to_json (PcDocument *fragment,
                     gsize      *length)
{
  g_return_val_if_fail (PC_IS_DOCUMENT (fragment), NULL);

  return pc_format_save_data (fragment, length);
}

static PcMap *
first_map (PcDocument *fragment)
{
  g_autoptr(PcMap) map = g_list_model_get_item (G_LIST_MODEL (pc_document_get_maps (fragment)), 0);
  return map;
}

static void
append_cell (GString    *out,
             const char *value)
{
  if (value == NULL)
    value = "";
  if (strpbrk (value, "\t\r\n\"") == NULL)
    {
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

char *
pc_fragment_to_text (PcDocument *fragment,
                     gsize      *length)
{
  PcMap *map;
  GListModel *cards;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (PC_IS_DOCUMENT (fragment), NULL);

  map = first_map (fragment);
  cards = map ? G_LIST_MODEL (pc_map_get_touchpoints (map)) : NULL;
  for (guint i = 0; cards && i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(PcTouchpoint) tp = g_list_model_get_item (cards, i);
      PcStage *stage = pc_map_find_stage (map, pc_touchpoint_get_stage_id (tp));
      PcLane *lane = pc_map_find_lane (map, pc_touchpoint_get_lane_id (tp));
      PcPersona *persona = lane ? pc_document_find_persona (fragment, pc_lane_get_persona_id (lane)) : NULL;

      append_cell (out, pc_touchpoint_get_title (tp));
      g_string_append_c (out, '\t');
      append_cell (out, stage ? pc_stage_get_name (stage) : "");
      g_string_append_c (out, '\t');
      append_cell (out, persona ? pc_persona_get_name (persona) : lane ? pc_lane_get_name (lane) : "");
      g_string_append_c (out, '\t');
      g_string_append (out, pc_sentiment_to_string (pc_touchpoint_get_sentiment (tp)));
      g_string_append_c (out, '\n');
    }

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

static const char *
id_at (GListStore *store,
       guint       index)
{
  g_autoptr(PcEntity) item = g_list_model_get_item (G_LIST_MODEL (store), index);

  return pc_entity_get_id (item);
}

static const char *
moment_of (PcEntity *entity)
{
  JsonObject *extras = pc_entity_get_extras (entity);
  JsonNode *node;

  if (extras == NULL || !json_object_has_member (extras, MOMENT))
    return NULL;
  node = json_object_get_member (extras, MOMENT);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

GPtrArray *
pc_fragment_paste (PcMap       *map,
                   PcHistory   *history,
                   const char  *json,
                   gsize        length,
                   const char  *stage_id,
                   const char  *lane_id,
                   GError     **error)
{
  g_autoptr(PcDocument) fragment = NULL;
  g_autoptr(GHashTable) new_ids = NULL;   /* fragment card id → new card */
  g_autoptr(GHashTable) moments = NULL;   /* fragment moment → new moment */
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GPtrArray) links = NULL;
  GListModel *from_cards;
  GListModel *from_connectors;
  PcMap *from;
  guint anchor_stage, anchor_lane, n_stages, n_lanes;

  g_return_val_if_fail (PC_IS_MAP (map), NULL);
  g_return_val_if_fail (history == NULL || PC_IS_HISTORY (history), NULL);
  g_return_val_if_fail (json != NULL, NULL);

  n_stages = g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_stages (map)));
  n_lanes = g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_lanes (map)));
  if (n_stages == 0 || n_lanes == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The map needs a stage and a lane to paste cards into."));
      return NULL;
    }
  if (stage_id == NULL || !find_index (G_LIST_MODEL (pc_map_get_stages (map)), stage_id, &anchor_stage))
    anchor_stage = 0;
  if (lane_id == NULL || !find_index (G_LIST_MODEL (pc_map_get_lanes (map)), lane_id, &anchor_lane))
    anchor_lane = 0;

  fragment = pc_format_load_data (json, length, error);
  if (fragment == NULL)
    return NULL;
  from = first_map (fragment);
  from_cards = from ? G_LIST_MODEL (pc_map_get_touchpoints (from)) : NULL;
  if (from_cards == NULL || g_list_model_get_n_items (from_cards) == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("There is no card to paste."));
      return NULL;
    }

  new_ids = g_hash_table_new (g_str_hash, g_str_equal);
  moments = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  added = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (from_cards); i++)
    {
      g_autoptr(PcTouchpoint) tp = g_list_model_get_item (from_cards, i);
      PcTouchpoint *card = pc_touchpoint_new (NULL);
      guint s = 0, l = 0;
      const char *moment;

      /* Loaded, so its stage and lane exist in the fragment. */
      find_index (G_LIST_MODEL (pc_map_get_stages (from)), pc_touchpoint_get_stage_id (tp), &s);
      find_index (G_LIST_MODEL (pc_map_get_lanes (from)), pc_touchpoint_get_lane_id (tp), &l);
      pc_map_copy_entity (PC_ENTITY (tp), PC_ENTITY (card));
      pc_touchpoint_set_stage_id (card, id_at (pc_map_get_stages (map), MIN (anchor_stage + s, n_stages - 1)));
      pc_touchpoint_set_lane_id (card, id_at (pc_map_get_lanes (map), MIN (anchor_lane + l, n_lanes - 1)));

      /* Pasted cards of one moment share a moment of their own. */
      moment = moment_of (PC_ENTITY (tp));
      if (moment != NULL)
        {
          const char *fresh = g_hash_table_lookup (moments, moment);

          if (fresh == NULL)
            {
              fresh = pc_entity_make_id ("moment");
              g_hash_table_insert (moments, (gpointer) moment, (gpointer) fresh);
            }
          json_object_set_string_member (pc_entity_get_extras (PC_ENTITY (card)), MOMENT, fresh);
        }

      g_hash_table_insert (new_ids, (gpointer) pc_entity_get_id (PC_ENTITY (tp)), card);
      g_ptr_array_add (added, card);
    }

  links = g_ptr_array_new_with_free_func (g_object_unref);
  from_connectors = G_LIST_MODEL (pc_map_get_connectors (from));
  for (guint i = 0; i < g_list_model_get_n_items (from_connectors); i++)
    {
      g_autoptr(PcConnector) connector = g_list_model_get_item (from_connectors, i);
      PcTouchpoint *a = g_hash_table_lookup (new_ids, pc_connector_get_from_id (connector));
      PcTouchpoint *b = g_hash_table_lookup (new_ids, pc_connector_get_to_id (connector));
      PcConnector *link;

      if (a == NULL || b == NULL)
        continue;
      link = pc_connector_new (NULL);
      pc_map_copy_entity (PC_ENTITY (connector), PC_ENTITY (link));
      pc_connector_set_from_id (link, pc_entity_get_id (PC_ENTITY (a)));
      pc_connector_set_to_id (link, pc_entity_get_id (PC_ENTITY (b)));
      g_ptr_array_add (links, link);
    }

  if (history != NULL)
    pc_history_begin_group (history, ngettext ("Paste card", "Paste cards", added->len));
  add_all (history, pc_map_get_touchpoints (map), added);
  add_all (history, pc_map_get_connectors (map), links);
  if (history != NULL)
    pc_history_end_group (history);

  return g_steal_pointer (&added);
}

/* ---- rows from a spreadsheet ---- */

enum { COL_TITLE, COL_STAGE, COL_LANE, COL_SENTIMENT, N_COLS };

#define MAX_CELLS 64

/* Splits tab-separated text into rows of cells; a cell may be quoted, as
 * spreadsheets quote a cell that holds a tab, a line break or a quote. */
static GPtrArray *
split_rows (const char *text,
            gsize       length)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  const char *p = text;
  const char *end = text + length;

  while (p < end && rows->len <= PC_FRAGMENT_MAX_ROWS)
    {
      GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);
      gboolean row_done = FALSE;

      while (!row_done)
        {
          GString *cell = g_string_new (NULL);

          if (p < end && *p == '"')
            {
              for (p++; p < end; p++)
                {
                  if (*p == '"' && p + 1 < end && p[1] == '"')
                    g_string_append_c (cell, *p++);
                  else if (*p == '"')
                    {
                      p++;
                      break;
                    }
                  else
                    g_string_append_c (cell, *p);
                }
            }
          while (p < end && *p != '\t' && *p != '\n' && *p != '\r')
            g_string_append_c (cell, *p++);
          g_ptr_array_add (cells, g_string_free (cell, FALSE));
          /* Cells past the last one read are dropped. */
          if (cells->len >= MAX_CELLS)
            while (p < end && *p != '\n' && *p != '\r')
              p++;

          if (p < end && *p == '\t' && cells->len < MAX_CELLS)
            p++;
          else
            {
              if (p < end && *p == '\r')
                p++;
              if (p < end && *p == '\n')
                p++;
              row_done = TRUE;
            }
        }
      g_ptr_array_add (rows, cells);
    }
  return rows;
}

static char *
key_of (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  g_autofree char *decomposed = g_utf8_normalize (trimmed, -1, G_NORMALIZE_NFD);
  g_autofree char *folded = g_utf8_casefold (decomposed ? decomposed : trimmed, -1);
  GString *out = g_string_new (NULL);

  /* Without accents, so that "étape" and "etape" are one word. */
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static int
column_of (const char *name)
{
  static const struct { const char *key; int column; } names[] = {
    { "title", COL_TITLE }, { "titre", COL_TITLE }, { "touchpoint", COL_TITLE },
    { "stage", COL_STAGE }, { "etape", COL_STAGE }, { "phase", COL_STAGE },
    { "lane", COL_LANE }, { "couloir", COL_LANE }, { "persona", COL_LANE },
    { "sentiment", COL_SENTIMENT },
  };
  g_autofree char *key = key_of (name);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strcmp (key, names[i].key) == 0)
      return names[i].column;
  return -1;
}

static PcSentiment
sentiment_of (const char *value)
{
  static const struct { const char *key; PcSentiment sentiment; } words[] = {
    { "positive", PC_SENTIMENT_POSITIVE }, { "positif", PC_SENTIMENT_POSITIVE },
    { "+", PC_SENTIMENT_POSITIVE }, { "1", PC_SENTIMENT_POSITIVE }, { "+1", PC_SENTIMENT_POSITIVE },
    { "negative", PC_SENTIMENT_NEGATIVE }, { "negatif", PC_SENTIMENT_NEGATIVE },
    { "-", PC_SENTIMENT_NEGATIVE }, { "-1", PC_SENTIMENT_NEGATIVE },
  };
  g_autofree char *key = key_of (value);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strcmp (key, words[i].key) == 0)
      return words[i].sentiment;
  return PC_SENTIMENT_NEUTRAL;
}

/* The id of the item of @store named @name (or, for a lane, whose persona
 * is), ignoring case and accents; else @fallback. */
static const char *
find_named (PcDocument *document,
            GListStore *store,
            const char *name,
            const char *fallback)
{
  g_autofree char *key = NULL;

  if (name == NULL || name[0] == '\0')
    return fallback;
  key = key_of (name);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);
      const char *names[2] = { NULL, NULL };

      if (PC_IS_STAGE (item))
        names[0] = pc_stage_get_name (PC_STAGE (item));
      else
        {
          PcPersona *persona = document ? pc_document_find_persona (document,
                                                                    pc_lane_get_persona_id (PC_LANE (item)))
                                        : NULL;

          names[0] = pc_lane_get_name (PC_LANE (item));
          names[1] = persona ? pc_persona_get_name (persona) : NULL;
        }
      for (guint n = 0; n < 2; n++)
        {
          g_autofree char *item_key = names[n] ? key_of (names[n]) : NULL;

          if (item_key != NULL && strcmp (item_key, key) == 0)
            return pc_entity_get_id (PC_ENTITY (item));
        }
    }
  return fallback;
}

GPtrArray *
pc_fragment_paste_rows (PcDocument  *document,
                        PcMap       *map,
                        PcHistory   *history,
                        const char  *text,
                        gsize        length,
                        const char  *stage_id,
                        const char  *lane_id,
                        GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) added = NULL;
  int columns[N_COLS] = { 0, 1, 2, 3 };
  guint first = 0;

  g_return_val_if_fail (document == NULL || PC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PC_IS_MAP (map), NULL);
  g_return_val_if_fail (history == NULL || PC_IS_HISTORY (history), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (stage_id == NULL || pc_map_find_stage (map, stage_id) == NULL
      || lane_id == NULL || pc_map_find_lane (map, lane_id) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The map needs a stage and a lane to paste cards into."));
      return NULL;
    }
  if (length > PC_FRAGMENT_MAX_TEXT)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The text to paste is longer than %d MiB."), PC_FRAGMENT_MAX_TEXT / (1024 * 1024));
      return NULL;
    }
  if (!g_utf8_validate_len (text, length, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The text to paste is not UTF-8."));
      return NULL;
    }

  rows = split_rows (text, length);
  if (rows->len > PC_FRAGMENT_MAX_ROWS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("There are more than %d rows to paste."), PC_FRAGMENT_MAX_ROWS);
      return NULL;
    }

  /* A first row that names a title column names the columns. */
  if (rows->len > 0)
    {
      GPtrArray *header = g_ptr_array_index (rows, 0);
      int named[N_COLS] = { -1, -1, -1, -1 };

      for (guint c = 0; c < header->len; c++)
        {
          int column = column_of (g_ptr_array_index (header, c));

          if (column >= 0 && named[column] < 0)
            named[column] = c;
        }
      if (named[COL_TITLE] >= 0)
        {
          memcpy (columns, named, sizeof columns);
          first = 1;
        }
    }

  added = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint r = first; r < rows->len; r++)
    {
      GPtrArray *cells = g_ptr_array_index (rows, r);
      const char *values[N_COLS] = { NULL, NULL, NULL, NULL };
      g_autofree char *title = NULL;
      PcTouchpoint *card;

      for (guint c = 0; c < N_COLS; c++)
        if (columns[c] >= 0 && (guint) columns[c] < cells->len)
          values[c] = g_ptr_array_index (cells, columns[c]);
      title = g_strstrip (g_strdup (values[COL_TITLE] ? values[COL_TITLE] : ""));
      if (title[0] == '\0')
        continue;

      card = pc_touchpoint_new (NULL);
      pc_touchpoint_set_title (card, title);
      pc_touchpoint_set_stage_id (card, find_named (document, pc_map_get_stages (map),
                                                    values[COL_STAGE], stage_id));
      pc_touchpoint_set_lane_id (card, find_named (document, pc_map_get_lanes (map),
                                                   values[COL_LANE], lane_id));
      pc_touchpoint_set_sentiment (card, sentiment_of (values[COL_SENTIMENT] ? values[COL_SENTIMENT] : ""));
      g_ptr_array_add (added, card);
    }

  if (added->len == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("There is no card to paste."));
      return NULL;
    }

  if (history != NULL)
    pc_history_begin_group (history, ngettext ("Paste card", "Paste cards", added->len));
  add_all (history, pc_map_get_touchpoints (map), added);
  if (history != NULL)
    pc_history_end_group (history);
  return g_steal_pointer (&added);
}
