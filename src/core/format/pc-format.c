/* pc-format.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reading and writing .parcours documents (JSON, described in
 * data/parcours-format.md and data/parcours.schema.json).
 *
 * Loading is all or nothing: the document is built aside and returned only
 * when every member has been checked, so a broken file never half-loads.
 * A file as Parcours writes it is read by the fast reader
 * (pc-format-fast.c), in one pass with no JSON tree; whatever it does not
 * take, errors included, is read by the general reader below.
 * The bytes are scanned (pc-format-scan.c) before json-glib sees them, to
 * reject bad UTF-8, runaway nesting (json-glib's parser recurses) and
 * enormous strings with the line and column where they start; and what
 * json-glib 1.6 would get wrong: numbers it wraps or writes back as
 * non-JSON, \u0000 and lone surrogate escapes, a member repeated in one
 * object (its lookup of the earlier one is linear), text after the
 * document.
 *
 * Each entity class describes its fields in a table (see pc-field.h); the
 * loader and the saver both walk the same tables, so what is read is what
 * is written. Members
 * the tables do not name are kept in the entity's extras and written back
 * after the known ones, in their original order.
 *
 * Versions: a file of an older version is read with the vocabulary of its
 * version: a field or a list that a later version brought (PcField.since)
 * is, in an older file, a member it does not know. Saving always writes
 * the newest version. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pc-format.h"
#include "pc-format-private.h"
#include "pc-format-scan.h"

G_DEFINE_QUARK (pc-format-error-quark, pc_format_error)

static const char *const document_lists[] = { "format", "version", "personas", "maps", NULL };
static const char *const map_lists_v1[] = { "stages", "lanes", "touchpoints", "connectors", NULL };
static const char *const map_lists[] = { "stages", "lanes", "touchpoints", "connectors", "rows", "notes", NULL };
static const char *const no_lists[] = { NULL };

/* ------------------------------------------------------------------ */
/* Reading                                                             */
/* ------------------------------------------------------------------ */

typedef struct
{
  GString    *path;      /* JSON path of the member being read */
  GHashTable *ids;       /* every id seen -> the path where it was */
  GError    **error;
  int         version;   /* of the file being read */
} Reader;

G_GNUC_PRINTF (3, 4) static gboolean
fail (Reader     *reader,
      int         code,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (reader->error, PC_FORMAT_ERROR, code, "%s: %s", reader->path->str, message);
  return FALSE;
}

static const char *
type_name (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT: return _("an object");
    case JSON_NODE_ARRAY: return _("an array");
    case JSON_NODE_NULL: return _("null");
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING: return _("a text");
        case G_TYPE_BOOLEAN: return _("true or false");
        default: return _("a number");
        }
    default:
      return "?";
    }
}

static gboolean
node_is (JsonNode *node,
         GType     value_type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == value_type;
}

/* Path helpers: push a member or index, and pop it again. */
static gsize
path_push_member (Reader     *reader,
                  const char *key)
{
  gsize mark = reader->path->len;

  g_string_append_printf (reader->path, ".%s", key);
  return mark;
}

static gsize
path_push_index (Reader *reader,
                 guint   index)
{
  gsize mark = reader->path->len;

  g_string_append_printf (reader->path, "[%u]", index);
  return mark;
}

static void
path_pop (Reader *reader,
          gsize   mark)
{
  g_string_truncate (reader->path, mark);
}

/* Whether @value may be the value of @field: a time or a colour must be
 * well formed (or empty); other texts take anything. */
gboolean
pc_format_text_is_valid (const PcField *field,
                         const char    *value)
{
  switch (field->kind)
    {
    case PC_FIELD_TIME:
      return value[0] == '\0' || pc_time_parse (value) >= 0;
    case PC_FIELD_COLOR:
      return value[0] == '\0' ||
             (strlen (value) == 7 && value[0] == '#' &&
              strspn (value + 1, "0123456789abcdefABCDEF") == 6);
    case PC_FIELD_REF:   /* checked against the document afterwards */
    case PC_FIELD_TEXT:
    default:
      return TRUE;
    }
}

static gboolean
check_text (Reader        *reader,
            const char    *value,
            const PcField *field)
{
  if (pc_format_text_is_valid (field, value))
    return TRUE;
  if (field->kind == PC_FIELD_TIME)
    return fail (reader, PC_FORMAT_ERROR_INVALID,
                 _("“%s” is not a time of day (expected HH:MM, from 00:00 to 23:59)"), value);
  return fail (reader, PC_FORMAT_ERROR_INVALID,
               _("“%s” is not a colour (expected #rrggbb)"), value);
}

static gboolean
read_field (Reader        *reader,
            PcEntity      *entity,
            const PcField *field,
            JsonNode      *node)
{
  switch (field->kind)
    {
    case PC_FIELD_TEXT:
    case PC_FIELD_TIME:
    case PC_FIELD_COLOR:
    case PC_FIELD_REF:
      {
        const char *value;

        if (!node_is (node, G_TYPE_STRING))
          return fail (reader, PC_FORMAT_ERROR_INVALID, _("expected a text, found %s"), type_name (node));
        value = json_node_get_string (node);
        if (!check_text (reader, value, field))
          return FALSE;
        pc_entity_set_field_text (entity, field, value);
        return TRUE;
      }

    case PC_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) enum_class = g_type_class_ref (field->enum_type ());
        g_autoptr(GString) expected = NULL;
        GEnumValue *value;

        if (!node_is (node, G_TYPE_STRING))
          return fail (reader, PC_FORMAT_ERROR_INVALID, _("expected a text, found %s"), type_name (node));
        value = g_enum_get_value_by_nick (enum_class, json_node_get_string (node));
        if (value != NULL &&
            !((field->flags & PC_FIELD_UNSTATED) && value->value == field->default_value))
          {
            pc_entity_set_field_int (entity, field, value->value);
            return TRUE;
          }
        expected = g_string_new (NULL);
        for (guint i = 0; i < enum_class->n_values; i++)
          {
            if ((field->flags & PC_FIELD_UNSTATED) && enum_class->values[i].value == field->default_value)
              continue;
            g_string_append_printf (expected, "%s“%s”", expected->len ? ", " : "",
                                    enum_class->values[i].value_nick);
          }
        return fail (reader, PC_FORMAT_ERROR_INVALID, _("unknown value “%s”; expected one of %s"),
                     json_node_get_string (node), expected->str);
      }

    case PC_FIELD_BOOLEAN:
      if (!node_is (node, G_TYPE_BOOLEAN))
        return fail (reader, PC_FORMAT_ERROR_INVALID, _("expected true or false, found %s"), type_name (node));
      pc_entity_set_field_int (entity, field, json_node_get_boolean (node));
      return TRUE;

    case PC_FIELD_INT:
      {
        gint64 number;

        if (!node_is (node, G_TYPE_INT64))
          return fail (reader, PC_FORMAT_ERROR_INVALID, _("expected a whole number, found %s"),
                       type_name (node));
        number = json_node_get_int (node);
        if (number < field->minimum || number > field->maximum)
          {
            g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, number);

            /* The number is formatted apart: gettext cannot read G_GINT64_FORMAT. */
            return fail (reader, PC_FORMAT_ERROR_INVALID, _("%s is not between %d and %d"),
                         text, field->minimum, field->maximum);
          }
        pc_entity_set_field_int (entity, field, (int) number);
        return TRUE;
      }

    default:
      g_assert_not_reached ();
    }
}

static gboolean
is_listed (const char        *key,
           const char *const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (strcmp (list[i], key) == 0)
      return TRUE;
  return FALSE;
}

/* The field named @member in a file of @version, if that version has it. */
const PcField *
pc_format_find_field (const PcField *fields,
                      guint          n_fields,
                      const char    *member,
                      int            version)
{
  for (guint i = 0; i < n_fields; i++)
    if (strcmp (fields[i].member, member) == 0)
      return fields[i].since <= version ? &fields[i] : NULL;
  return NULL;
}

/* 1 to PC_FORMAT_MAX_ID letters, digits, “-”, “_”, “.” or “:” */
gboolean
pc_format_id_is_valid (const char *id)
{
  gsize length = strlen (id);

  return length > 0 && length <= PC_FORMAT_MAX_ID &&
         strspn (id, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:") == length;
}

static gboolean
read_id (Reader      *reader,
         JsonObject  *object,
         char       **id_out)
{
  JsonNode *node = json_object_get_member (object, "id");
  const char *id;
  const char *first;
  gsize mark;
  gboolean ok = TRUE;

  mark = path_push_member (reader, "id");
  if (node == NULL)
    ok = fail (reader, PC_FORMAT_ERROR_INVALID, _("the member is missing"));
  else if (!node_is (node, G_TYPE_STRING))
    ok = fail (reader, PC_FORMAT_ERROR_INVALID, _("expected a text, found %s"), type_name (node));
  else
    {
      id = json_node_get_string (node);
      if (!pc_format_id_is_valid (id))
        ok = fail (reader, PC_FORMAT_ERROR_INVALID,
                   _("“%s” is not a valid id (1 to %d letters, digits, “-”, “_”, “.” or “:”)"),
                   id, PC_FORMAT_MAX_ID);
      else if ((first = g_hash_table_lookup (reader->ids, id)) != NULL)
        ok = fail (reader, PC_FORMAT_ERROR_INVALID, _("the id “%s” is already used at %s"), id, first);
      else
        {
          g_hash_table_insert (reader->ids, g_strdup (id), g_strndup (reader->path->str, mark));
          *id_out = g_strdup (id);
        }
    }
  path_pop (reader, mark);
  return ok;
}

/* Reads the id, the fields and the extras of @object into a new entity. */
static gpointer
read_entity (Reader            *reader,
             JsonNode          *node,
             GType              type,
             const char *const *lists)
{
  g_autoptr(PcEntity) entity = NULL;
  const PcField *fields;
  guint n_fields;
  g_autoptr(JsonObject) extras = NULL;
  g_autofree char *id = NULL;
  JsonObject *object;
  JsonObjectIter iter;
  const char *key;
  JsonNode *member;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (reader, PC_FORMAT_ERROR_INVALID, _("expected an object, found %s"), type_name (node));
      return NULL;
    }
  object = json_node_get_object (node);

  if (!read_id (reader, object, &id))
    return NULL;
  entity = g_object_new (type, "id", id, NULL);

  fields = pc_entity_type_get_fields (type, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    if ((fields[i].flags & PC_FIELD_REQUIRED) && fields[i].since <= reader->version &&
        !json_object_has_member (object, fields[i].member))
      {
        fail (reader, PC_FORMAT_ERROR_INVALID, _("the member “%s” is missing"), fields[i].member);
        return NULL;
      }

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &key, &member))
    {
      const PcField *field;
      gsize mark;
      gboolean ok;

      if (strcmp (key, "id") == 0 || is_listed (key, lists))
        continue;

      field = pc_format_find_field (fields, n_fields, key, reader->version);
      if (field == NULL)
        {
          if (extras == NULL)
            extras = json_object_new ();
          json_object_set_member (extras, key, json_node_copy (member));
          continue;
        }

      mark = path_push_member (reader, key);
      ok = read_field (reader, entity, field, member);
      path_pop (reader, mark);
      if (!ok)
        return NULL;
    }

  pc_entity_set_extras (entity, extras);
  return g_steal_pointer (&entity);
}

/* Reads each element of the array member @key, if present, as an entity
 * of @type into @store. */
static gboolean
read_list (Reader     *reader,
           JsonObject *object,
           const char *key,
           GListStore *store,
           GType       type)
{
  JsonNode *node = json_object_get_member (object, key);
  g_autoptr(GPtrArray) items = NULL;
  JsonArray *array;
  gsize mark;
  guint n;

  if (node == NULL)
    return TRUE;

  mark = path_push_member (reader, key);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      fail (reader, PC_FORMAT_ERROR_INVALID, _("expected an array, found %s"), type_name (node));
      return FALSE;
    }

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      gsize item_mark = path_push_index (reader, i);
      gpointer item = read_entity (reader, json_array_get_element (array, i), type, no_lists);

      if (item == NULL)
        return FALSE;
      g_ptr_array_add (items, item);
      path_pop (reader, item_mark);
    }
  path_pop (reader, mark);

  /* One splice, not n inserts: a 20,000-card map loads in one signal. */
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return TRUE;
}

/* Points the reader's path at a member of a map, or of an item of one of
 * its lists (@list %NULL: of the map itself). Paths are made only for an
 * error: a 20,000-card map holds 60,000 references to check. */
static void
set_map_path (Reader     *reader,
              guint       map_index,
              const char *list,
              guint       index,
              const char *member)
{
  if (list == NULL)
    g_string_printf (reader->path, "$.maps[%u].%s", map_index, member);
  else
    g_string_printf (reader->path, "$.maps[%u].%s[%u].%s", map_index, list, index, member);
}

/* References are checked once everything is read, so members may refer to
 * things that come later in the file. @kind is marked N_(). */
static gboolean
check_reference (Reader     *reader,
                 const char *id,
                 gboolean    found,
                 const char *kind,
                 guint       map_index,
                 const char *list,
                 guint       index,
                 const char *member)
{
  if (id[0] == '\0' || found)
    return TRUE;

  set_map_path (reader, map_index, list, index, member);
  return fail (reader, PC_FORMAT_ERROR_INVALID, _("refers to the %s “%s”, which does not exist"), _(kind), id);
}

static gboolean
check_map (Reader     *reader,
           PcDocument *document,
           PcMap      *map,
           guint       map_index)
{
  GListModel *list;
  guint n;

  list = G_LIST_MODEL (pc_map_get_lanes (map));
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcLane) lane = g_list_model_get_item (list, i);
      const char *persona = pc_lane_get_persona_id (lane);

      if (!check_reference (reader, persona, pc_document_find_persona (document, persona) != NULL,
                            N_("persona"), map_index, "lanes", i, "persona"))
        return FALSE;
    }

  list = G_LIST_MODEL (pc_map_get_touchpoints (map));
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcTouchpoint) tp = g_list_model_get_item (list, i);
      const char *stage = pc_touchpoint_get_stage_id (tp);
      const char *lane = pc_touchpoint_get_lane_id (tp);

      if (!check_reference (reader, stage, pc_map_find_stage (map, stage) != NULL,
                            N_("stage"), map_index, "touchpoints", i, "stage"))
        return FALSE;
      if (stage[0] == '\0')
        {
          set_map_path (reader, map_index, "touchpoints", i, "stage");
          return fail (reader, PC_FORMAT_ERROR_INVALID, _("a touchpoint must be in a stage"));
        }
      if (!check_reference (reader, lane, pc_map_find_lane (map, lane) != NULL,
                            N_("lane"), map_index, "touchpoints", i, "lane"))
        return FALSE;
      if (lane[0] == '\0')
        {
          set_map_path (reader, map_index, "touchpoints", i, "lane");
          return fail (reader, PC_FORMAT_ERROR_INVALID, _("a touchpoint must be in a lane"));
        }
    }

  list = G_LIST_MODEL (pc_map_get_connectors (map));
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcConnector) connector = g_list_model_get_item (list, i);
      const char *from = pc_connector_get_from_id (connector);
      const char *to = pc_connector_get_to_id (connector);

      if (!check_reference (reader, from, pc_map_find_touchpoint (map, from) != NULL,
                            N_("touchpoint"), map_index, "connectors", i, "from"))
        return FALSE;
      if (!check_reference (reader, to, pc_map_find_touchpoint (map, to) != NULL,
                            N_("touchpoint"), map_index, "connectors", i, "to"))
        return FALSE;
      if (from[0] == '\0' || to[0] == '\0' || strcmp (from, to) == 0)
        {
          set_map_path (reader, map_index, "connectors", i, "to");
          return fail (reader, PC_FORMAT_ERROR_INVALID,
                       _("a connector must join two different touchpoints"));
        }
    }

  list = G_LIST_MODEL (pc_map_get_rows (map));
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcRow) row = g_list_model_get_item (list, i);

      if (pc_row_get_name (row)[0] == '\0')
        {
          set_map_path (reader, map_index, "rows", i, "name");
          return fail (reader, PC_FORMAT_ERROR_INVALID, _("an insight row must have a name"));
        }
    }

  list = G_LIST_MODEL (pc_map_get_notes (map));
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcNote) note = g_list_model_get_item (list, i);
      const char *row = pc_note_get_row_id (note);
      const char *stage = pc_note_get_stage_id (note);

      if (!check_reference (reader, row, pc_map_find_row (map, row) != NULL,
                            N_("row"), map_index, "notes", i, "row"))
        return FALSE;
      if (row[0] == '\0')
        {
          set_map_path (reader, map_index, "notes", i, "row");
          return fail (reader, PC_FORMAT_ERROR_INVALID, _("a note must be in an insight row"));
        }
      if (!check_reference (reader, stage, pc_map_find_stage (map, stage) != NULL,
                            N_("stage"), map_index, "notes", i, "stage"))
        return FALSE;
      if (stage[0] == '\0')
        {
          set_map_path (reader, map_index, "notes", i, "stage");
          return fail (reader, PC_FORMAT_ERROR_INVALID, _("a note must be in a stage"));
        }
    }

  if (!check_reference (reader, pc_map_get_source_id (map),
                        pc_document_find_map (document, pc_map_get_source_id (map)) != NULL,
                        N_("map"), map_index, NULL, 0, "source"))
    return FALSE;
  if (g_strcmp0 (pc_map_get_source_id (map), pc_entity_get_id (PC_ENTITY (map))) == 0)
    {
      set_map_path (reader, map_index, NULL, 0, "source");
      return fail (reader, PC_FORMAT_ERROR_INVALID, _("a map cannot be its own source"));
    }

  return TRUE;
}

static gboolean
check_maps (Reader     *reader,
            PcDocument *document)
{
  GListModel *maps = G_LIST_MODEL (pc_document_get_maps (document));
  guint n = g_list_model_get_n_items (maps);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcMap) map = g_list_model_get_item (maps, i);

      if (!check_map (reader, document, map, i))
        return FALSE;
    }
  return TRUE;
}

/* Checks what refers to what in a document read by other means (see
 * pc-format-fast.c), with the same errors as reading it here. */
gboolean
pc_format_check_references (PcDocument  *document,
                            GError     **error)
{
  g_autoptr(GString) path = g_string_new ("$");
  Reader reader = { path, NULL, error, PC_FORMAT_VERSION };

  return check_maps (&reader, document);
}

static gboolean
read_maps (Reader     *reader,
           JsonObject *root,
           PcDocument *document)
{
  JsonNode *node = json_object_get_member (root, "maps");
  JsonArray *array;
  guint n;

  if (node == NULL)
    return TRUE;
  g_string_assign (reader->path, "$.maps");
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (reader, PC_FORMAT_ERROR_INVALID, _("expected an array, found %s"), type_name (node));

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr(PcMap) map = NULL;
      JsonObject *object;

      g_string_printf (reader->path, "$.maps[%u]", i);
      map = read_entity (reader, element, PC_TYPE_MAP,
                         reader->version >= 2 ? map_lists : map_lists_v1);
      if (map == NULL)
        return FALSE;
      object = json_node_get_object (element);

      if (!read_list (reader, object, "stages", pc_map_get_stages (map), PC_TYPE_STAGE) ||
          !read_list (reader, object, "lanes", pc_map_get_lanes (map), PC_TYPE_LANE) ||
          !read_list (reader, object, "touchpoints", pc_map_get_touchpoints (map), PC_TYPE_TOUCHPOINT) ||
          !read_list (reader, object, "connectors", pc_map_get_connectors (map), PC_TYPE_CONNECTOR))
        return FALSE;
      if (reader->version >= 2 &&
          (!read_list (reader, object, "rows", pc_map_get_rows (map), PC_TYPE_ROW) ||
           !read_list (reader, object, "notes", pc_map_get_notes (map), PC_TYPE_NOTE)))
        return FALSE;

      g_list_store_append (pc_document_get_maps (document), map);
    }

  return check_maps (reader, document);
}

static gboolean
read_header (Reader     *reader,
             JsonNode   *root)
{
  JsonObject *object;
  JsonNode *format, *version;
  gint64 number;

  g_string_assign (reader->path, "$");
  if (!JSON_NODE_HOLDS_OBJECT (root))
    return fail (reader, PC_FORMAT_ERROR_NOT_PARCOURS,
                 _("this is JSON, but not a Parcours document (expected an object, found %s)"),
                 type_name (root));

  object = json_node_get_object (root);
  format = json_object_get_member (object, "format");
  if (format == NULL || !node_is (format, G_TYPE_STRING) ||
      strcmp (json_node_get_string (format), "parcours") != 0)
    return fail (reader, PC_FORMAT_ERROR_NOT_PARCOURS,
                 _("this is JSON, but not a Parcours document (it has no “format”: “parcours” member)"));

  g_string_assign (reader->path, "$.version");
  version = json_object_get_member (object, "version");
  if (version == NULL)
    return fail (reader, PC_FORMAT_ERROR_INVALID, _("the member is missing"));
  if (!node_is (version, G_TYPE_INT64))
    return fail (reader, PC_FORMAT_ERROR_INVALID, _("expected a whole number, found %s"), type_name (version));

  number = json_node_get_int (version);
  if (number > PC_FORMAT_VERSION)
    {
      g_autofree char *newer = g_strdup_printf ("%" G_GINT64_FORMAT, number);

      /* The number is formatted apart: gettext cannot read G_GINT64_FORMAT. */
      g_set_error (reader->error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_NEWER_VERSION,
                   _("This document was made by a newer version of Parcours (format version %s); "
                     "this version opens format versions 1 to %d. Update Parcours to open it."),
                   newer, PC_FORMAT_VERSION);
      return FALSE;
    }
  if (number < 1)
    {
      g_autofree char *older = g_strdup_printf ("%" G_GINT64_FORMAT, number);

      return fail (reader, PC_FORMAT_ERROR_INVALID,
                   _("%s is not a format version (versions start at 1)"), older);
    }
  reader->version = (int) number;
  return TRUE;
}

/* The general reader: the bytes are scanned, parsed by json-glib, and the
 * document made from the tree, each step saying what is wrong and where.
 * @data has no byte-order mark. */
PcDocument *
pc_format_load_json (const char  *data,
                     gsize        length,
                     GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(PcDocument) document = NULL;
  g_autoptr(GError) json_error = NULL;
  g_autoptr(GString) path = g_string_new ("$");
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  Reader reader = { path, ids, error, PC_FORMAT_VERSION };
  JsonNode *root;
  JsonObject *object;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!pc_format_prescan (data, length, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &json_error))
    {
      g_set_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_SYNTAX,
                   _("The file is not valid JSON: %s"), json_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error (error, PC_FORMAT_ERROR, PC_FORMAT_ERROR_SYNTAX, _("The file is empty"));
      return NULL;
    }
  if (!read_header (&reader, root))
    return NULL;

  object = json_node_get_object (root);
  g_string_assign (path, "$");
  document = read_entity (&reader, root, PC_TYPE_DOCUMENT, document_lists);
  if (document == NULL)
    return NULL;

  if (!read_list (&reader, object, "personas", pc_document_get_personas (document),
                  PC_TYPE_PERSONA))
    return NULL;
  if (!read_maps (&reader, object, document))
    return NULL;

  return g_steal_pointer (&document);
}

/**
 * pc_format_load_data:
 * @data: the bytes of a .parcours file (need not be nul-terminated)
 *
 * A file as Parcours writes it is read in one pass straight into the
 * model (pc-format-fast.c); any other (an error, or JSON that reader does
 * not take) is read again by the general reader, which explains what is
 * wrong, so both give the same document or the same error.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 *   saying what is wrong and where
 */
PcDocument *
pc_format_load_data (const char  *data,
                     gsize        length,
                     GError     **error)
{
  PcDocument *document;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A byte-order mark is not JSON, but editors on Windows write one. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  document = pc_format_read_fast (data, length);
  if (document != NULL)
    return document;
  return pc_format_load_json (data, length, error);
}

/* ------------------------------------------------------------------ */
/* Writing                                                             */
/* ------------------------------------------------------------------ */

static void
write_field (JsonObject    *object,
             PcEntity      *entity,
             const PcField *field)
{
  gboolean required = (field->flags & PC_FIELD_REQUIRED) != 0;

  switch (field->kind)
    {
    case PC_FIELD_TEXT:
    case PC_FIELD_TIME:
    case PC_FIELD_COLOR:
    case PC_FIELD_REF:
      {
        const char *text = pc_field_get_text (entity, field);

        if (required || text[0] != '\0')
          json_object_set_string_member (object, field->member, text);
        break;
      }

    case PC_FIELD_ENUM:
      {
        int value = pc_field_get_int (entity, field);

        if (required || value != field->default_value)
          {
            g_autoptr(GEnumClass) enum_class = g_type_class_ref (field->enum_type ());
            GEnumValue *enum_value = g_enum_get_value (enum_class, value);

            json_object_set_string_member (object, field->member, enum_value->value_nick);
          }
        break;
      }

    case PC_FIELD_BOOLEAN:
    case PC_FIELD_INT:
      {
        int value = pc_field_get_int (entity, field);

        if (!required && value == field->default_value)
          break;
        if (field->kind == PC_FIELD_BOOLEAN)
          json_object_set_boolean_member (object, field->member, value);
        else
          json_object_set_int_member (object, field->member, value);
        break;
      }

    default:
      g_assert_not_reached ();
    }
}

static JsonObject *
write_entity (gpointer entity)
{
  JsonObject *object = json_object_new ();
  const PcField *fields;
  guint n_fields;

  json_object_set_string_member (object, "id", pc_entity_get_id (entity));
  fields = pc_entity_get_fields (entity, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    write_field (object, entity, &fields[i]);
  return object;
}

/* Unknown members go last, in the order they were read. A member of an
 * older file that the newest version gives a meaning to (no Parcours wrote
 * one) is not written back: it would be read with that meaning. */
static void
write_extras (JsonObject        *object,
              gpointer           entity,
              const char *const *lists)
{
  JsonObject *extras = pc_entity_get_extras (entity);
  const PcField *fields;
  guint n_fields;
  JsonObjectIter iter;
  const char *key;
  JsonNode *member;

  if (extras == NULL)
    return;
  fields = pc_entity_get_fields (entity, &n_fields);
  json_object_iter_init_ordered (&iter, extras);
  while (json_object_iter_next_ordered (&iter, &key, &member))
    if (!json_object_has_member (object, key) &&
        pc_format_find_field (fields, n_fields, key, PC_FORMAT_VERSION) == NULL &&
        !is_listed (key, lists))
      json_object_set_member (object, key, json_node_copy (member));
}

static void
write_list (JsonObject  *object,
            const char  *key,
            GListStore  *store)
{
  JsonArray *array = json_array_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcEntity) entity = g_list_model_get_item (G_LIST_MODEL (store), i);
      JsonObject *item = write_entity (entity);

      write_extras (item, entity, no_lists);
      json_array_add_object_element (array, item);
    }
  json_object_set_array_member (object, key, array);
}

static JsonObject *
write_map (PcMap *map)
{
  JsonObject *object = write_entity (map);

  write_list (object, "stages", pc_map_get_stages (map));
  write_list (object, "lanes", pc_map_get_lanes (map));
  write_list (object, "touchpoints", pc_map_get_touchpoints (map));
  write_list (object, "connectors", pc_map_get_connectors (map));
  /* Left out when empty, so a map without rows reads the same in both
   * versions. */
  if (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_rows (map))) > 0)
    write_list (object, "rows", pc_map_get_rows (map));
  if (g_list_model_get_n_items (G_LIST_MODEL (pc_map_get_notes (map))) > 0)
    write_list (object, "notes", pc_map_get_notes (map));
  write_extras (object, map, map_lists);
  return object;
}

/**
 * pc_format_save_data:
 * @length: (out) (optional): the length of the text
 *
 * Returns: (transfer full): the document as pretty-printed JSON, with the
 *   members in a fixed order so that small edits make small diffs
 */
char *
pc_format_save_data (PcDocument *document,
                     gsize      *length)
{
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  JsonArray *maps = json_array_new ();
  GListModel *list;
  g_autoptr(JsonObject) header = NULL;
  JsonObjectIter iter;
  const char *key;
  JsonNode *member;
  GString *text;
  guint n;

  g_return_val_if_fail (PC_IS_DOCUMENT (document), NULL);

  json_object_set_string_member (root, "format", "parcours");
  json_object_set_int_member (root, "version", PC_FORMAT_VERSION);
  header = write_entity (document);
  json_object_iter_init_ordered (&iter, header);
  while (json_object_iter_next_ordered (&iter, &key, &member))
    json_object_set_member (root, key, json_node_copy (member));

  write_list (root, "personas", pc_document_get_personas (document));

  list = G_LIST_MODEL (pc_document_get_maps (document));
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PcMap) map = g_list_model_get_item (list, i);
      json_array_add_object_element (maps, write_map (map));
    }
  json_object_set_array_member (root, "maps", maps);
  write_extras (root, document, document_lists);

  json_node_set_object (node, root);
  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  text = g_string_new (NULL);
  json_generator_to_gstring (generator, text);
  pc_format_fix_exponents (text);
  g_string_append_c (text, '\n');
  if (length)
    *length = text->len;
  return g_string_free (text, FALSE);
}
