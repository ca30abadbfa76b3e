/* pc-format-fast.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The fast reader: one pass over the bytes that builds the model as it
 * goes, with no JSON tree in between. Reading a big map with json-glib
 * spent two thirds of its time building and freeing the tree, and a tenth
 * scanning the bytes before it.
 *
 * It reads only what it can read exactly as the general reader
 * (pc-format.c) would, and gives up (returns NULL) on anything else: any
 * error, and JSON that json-glib reads in its own way or that the scan
 * before it refuses (numbers that are not whole or have 19 digits or
 * more, control characters in texts, escapes other than JSON's, lone
 * surrogates, \u0000, repeated member names, nesting deeper than the
 * limit, long texts, empty member names, a "format" or "version" that does
 * not come first). The general reader then reads the file again and says
 * what is wrong, so the two can never disagree on an error; and on a file
 * both read, tests/fuzz/fuzz-load.c checks that they make the same
 * document. Members it does not know become json-glib nodes, as the
 * general reader keeps them. */

#include "config.h"

#include <string.h>

#include "pc-format-private.h"

/* Entity tables hold a dozen fields; a bit each. */
#define MAX_FIELDS 64
#define MAX_LISTS  6

typedef struct _ListInfo ListInfo;

typedef struct
{
  GType           type;
  const PcField  *fields;
  guint           n_fields;
  gsize           lengths[MAX_FIELDS];  /* of the member names */
  const ListInfo *lists;                /* that the entity holds */
  guint           n_lists;
} TypeInfo;

/* A list an entity holds: its member name, and what it holds. */
struct _ListInfo
{
  const char  *name;
  gsize        length;
  TypeInfo    *items;
  GListStore *(*store) (gpointer entity);
  int          since;
};

typedef struct
{
  const char *p;
  const char *end;
  GHashTable *ids;      /* every id seen, to refuse a repeat */
  GString    *scratch;  /* texts with escapes, decoded */
  int         version;
  int         depth;
  TypeInfo    document, persona, map, stage, lane, touchpoint, connector, row, note;
  ListInfo    document_lists[2];
  ListInfo    map_lists[MAX_LISTS];
} Fast;

/* A text as read: in the data (no escapes) or in Fast.scratch. */
typedef struct
{
  const char *str;
  gsize       len;
} Text;

static void
type_info_init (TypeInfo *info,
                GType     type)
{
  info->type = type;
  info->lists = NULL;
  info->n_lists = 0;
  info->fields = pc_entity_type_get_fields (type, &info->n_fields);
  g_assert (info->n_fields <= MAX_FIELDS);
  for (guint i = 0; i < info->n_fields; i++)
    info->lengths[i] = strlen (info->fields[i].member);
}

static GListStore *
document_personas (gpointer document)
{
  return pc_document_get_personas (document);
}

static GListStore *
document_maps (gpointer document)
{
  return pc_document_get_maps (document);
}

static GListStore *map_stages (gpointer map) { return pc_map_get_stages (map); }
static GListStore *map_lanes (gpointer map) { return pc_map_get_lanes (map); }
static GListStore *map_touchpoints (gpointer map) { return pc_map_get_touchpoints (map); }
static GListStore *map_connectors (gpointer map) { return pc_map_get_connectors (map); }
static GListStore *map_rows (gpointer map) { return pc_map_get_rows (map); }
static GListStore *map_notes (gpointer map) { return pc_map_get_notes (map); }

static void
fast_init (Fast       *f,
           const char *data,
           gsize       length)
{
  f->p = data;
  f->end = data + length;
  f->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  f->scratch = g_string_new (NULL);
  f->version = 0;
  f->depth = 0;

  type_info_init (&f->document, PC_TYPE_DOCUMENT);
  type_info_init (&f->persona, PC_TYPE_PERSONA);
  type_info_init (&f->map, PC_TYPE_MAP);
  type_info_init (&f->stage, PC_TYPE_STAGE);
  type_info_init (&f->lane, PC_TYPE_LANE);
  type_info_init (&f->touchpoint, PC_TYPE_TOUCHPOINT);
  type_info_init (&f->connector, PC_TYPE_CONNECTOR);
  type_info_init (&f->row, PC_TYPE_ROW);
  type_info_init (&f->note, PC_TYPE_NOTE);

  /* As pc-format.c reads them: rows and notes came with version 2. */
#define LIST(name, items, store, since) ((ListInfo) { name, sizeof name - 1, items, store, since })
  f->document_lists[0] = LIST ("personas", &f->persona, document_personas, 0);
  f->document_lists[1] = LIST ("maps", &f->map, document_maps, 0);
  f->map_lists[0] = LIST ("stages", &f->stage, map_stages, 0);
  f->map_lists[1] = LIST ("lanes", &f->lane, map_lanes, 0);
  f->map_lists[2] = LIST ("touchpoints", &f->touchpoint, map_touchpoints, 0);
  f->map_lists[3] = LIST ("connectors", &f->connector, map_connectors, 0);
  f->map_lists[4] = LIST ("rows", &f->row, map_rows, 2);
  f->map_lists[5] = LIST ("notes", &f->note, map_notes, 2);
#undef LIST
  f->document.lists = f->document_lists;
  f->document.n_lists = G_N_ELEMENTS (f->document_lists);
  f->map.lists = f->map_lists;
  f->map.n_lists = G_N_ELEMENTS (f->map_lists);
}

static void
fast_clear (Fast *f)
{
  g_clear_pointer (&f->ids, g_hash_table_unref);
  if (f->scratch != NULL)
    g_string_free (g_steal_pointer (&f->scratch), TRUE);
}

static inline gboolean
text_is (const Text *text,
         const char *name,
         gsize       length)
{
  return text->len == length && memcmp (text->str, name, length) == 0;
}

#define TEXT_IS(text, literal) text_is ((text), literal, sizeof literal - 1)

/* ------------------------------------------------------------------ */
/* Tokens                                                              */
/* ------------------------------------------------------------------ */

static inline void
skip_space (Fast *f)
{
  while (f->p < f->end && (*f->p == ' ' || *f->p == '\n' || *f->p == '\r' || *f->p == '\t'))
    f->p++;
}

/* Skips space, then takes @c if it comes next. */
static inline gboolean
take (Fast *f,
      char  c)
{
  skip_space (f);
  if (f->p < f->end && *f->p == c)
    {
      f->p++;
      return TRUE;
    }
  return FALSE;
}

static inline gboolean
peek (Fast *f,
      char  c)
{
  skip_space (f);
  return f->p < f->end && *f->p == c;
}

/* Decodes the rest of a text that has escapes into f->scratch; @q is on
 * the first backslash. Returns where the closing quote is, or NULL. */
static const char *
decode_escapes (Fast       *f,
                const char *start,
                const char *q)
{
  GString *out = f->scratch;

  g_string_truncate (out, 0);
  g_string_append_len (out, start, q - start);
  while (q < f->end)
    {
      guchar c = *q;
      int value, low;

      if (c == '"')
        return q;
      if (c < 0x20)
        return NULL;
      if (c != '\\')
        {
          const char *run = q;

          while (q < f->end && *q != '"' && *q != '\\' && (guchar) *q >= 0x20)
            q++;
          g_string_append_len (out, run, q - run);
          continue;
        }
      if (f->end - q < 2)
        return NULL;
      switch (q[1])
        {
        case '"': g_string_append_c (out, '"'); break;
        case '\\': g_string_append_c (out, '\\'); break;
        case '/': g_string_append_c (out, '/'); break;
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          value = pc_format_hex4 (q + 2, f->end);
          if (value <= 0 || (value >= 0xDC00 && value <= 0xDFFF))
            return NULL;
          if (value >= 0xD800 && value <= 0xDBFF)
            {
              if (f->end - q < 12 || q[6] != '\\' || q[7] != 'u')
                return NULL;
              low = pc_format_hex4 (q + 8, f->end);
              if (low < 0xDC00 || low > 0xDFFF)
                return NULL;
              value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00);
              q += 6;
            }
          g_string_append_unichar (out, value);
          q += 4;
          break;
        default:
          return NULL;
        }
      q += 2;
    }
  return NULL;
}

/* The bytes that stand for themselves in a text: all but control
 * characters, the quote and the backslash. */
static const guint8 plain[256] = {
  [0x20 ... 0x21] = 1, [0x23 ... 0x5b] = 1, [0x5d ... 0xff] = 1,
};

/* Reads a text (f->p on its opening quote). */
static gboolean
read_text (Fast *f,
           Text *text)
{
  const char *start, *q;
  guchar bits = 0;
  gboolean high;

  if (f->p >= f->end || *f->p != '"')
    return FALSE;
  start = q = f->p + 1;
  while (q < f->end && plain[(guchar) *q])
    bits |= (guchar) *q++;
  high = (bits & 0x80) != 0;
  if (q >= f->end || (guchar) *q < 0x20)
    return FALSE;

  if (*q == '"')
    {
      text->str = start;
      text->len = q - start;
    }
  else
    {
      q = decode_escapes (f, start, q);
      if (q == NULL)
        return FALSE;
      text->str = f->scratch->str;
      text->len = f->scratch->len;
      for (const char *r = start; r < q && !high; r++)
        high = (guchar) *r >= 0x80;
    }

  /* The limit on texts, with room to spare: a text near it is left to
   * the general reader's scan, which says where it is. */
  if ((gsize) (q - start) >= PC_FORMAT_MAX_STRING - 1)
    return FALSE;
  /* Escapes are ASCII: checking the bytes as written checks the text. */
  if (high && !g_utf8_validate_len (start, q - start, NULL))
    return FALSE;
  f->p = q + 1;
  return TRUE;
}

/* A member name and its colon. */
static gboolean
read_member_name (Fast *f,
                  Text *name)
{
  skip_space (f);
  if (!read_text (f, name) || name->len == 0)
    return FALSE;
  return take (f, ':');
}

/* A whole number as json-glib reads one exactly: no fraction, no
 * exponent, no leading zero, at most 18 digits. */
static gboolean
read_int (Fast   *f,
          gint64 *value)
{
  const char *q = f->p;
  gboolean negative = FALSE;
  gint64 number = 0;
  int digits = 0;

  if (q < f->end && *q == '-')
    {
      negative = TRUE;
      q++;
    }
  if (q >= f->end || !g_ascii_isdigit (*q))
    return FALSE;
  if (*q == '0' && q + 1 < f->end && g_ascii_isdigit (q[1]))
    return FALSE;
  while (q < f->end && g_ascii_isdigit (*q))
    {
      if (++digits > 18)
        return FALSE;
      number = number * 10 + (*q - '0');
      q++;
    }
  if (q < f->end && (*q == '.' || *q == 'e' || *q == 'E' || g_ascii_isalnum (*q)))
    return FALSE;
  f->p = q;
  *value = negative ? -number : number;
  return TRUE;
}

/* true, false or null, whole. */
static gboolean
read_word (Fast       *f,
           const char *word,
           gsize       length)
{
  if ((gsize) (f->end - f->p) < length || memcmp (f->p, word, length) != 0)
    return FALSE;
  if (f->p + length < f->end && g_ascii_isalnum (f->p[length]))
    return FALSE;
  f->p += length;
  return TRUE;
}

static gboolean
read_boolean (Fast     *f,
              gboolean *value)
{
  if (read_word (f, "true", 4))
    *value = TRUE;
  else if (read_word (f, "false", 5))
    *value = FALSE;
  else
    return FALSE;
  return TRUE;
}

static gboolean
enter (Fast *f)
{
  return ++f->depth <= PC_FORMAT_MAX_DEPTH;
}

/* ------------------------------------------------------------------ */
/* Members the model does not know, as json-glib nodes                 */
/* ------------------------------------------------------------------ */

static JsonNode *read_node (Fast *f);

static JsonNode *
read_object_node (Fast *f)
{
  g_autoptr(JsonObject) object = json_object_new ();

  f->p++;
  if (!enter (f))
    return NULL;
  if (!take (f, '}'))
    {
      do
        {
          g_autofree char *name = NULL;
          Text text;
          JsonNode *member;

          if (!read_member_name (f, &text))
            return NULL;
          name = g_strndup (text.str, text.len);
          if (json_object_has_member (object, name))
            return NULL;
          member = read_node (f);
          if (member == NULL)
            return NULL;
          json_object_set_member (object, name, member);
        }
      while (take (f, ','));
      if (!take (f, '}'))
        return NULL;
    }
  f->depth--;
  return json_node_init_object (json_node_alloc (), object);
}

static JsonNode *
read_array_node (Fast *f)
{
  g_autoptr(JsonArray) array = json_array_new ();

  f->p++;
  if (!enter (f))
    return NULL;
  if (!take (f, ']'))
    {
      do
        {
          JsonNode *element = read_node (f);

          if (element == NULL)
            return NULL;
          json_array_add_element (array, element);
        }
      while (take (f, ','));
      if (!take (f, ']'))
        return NULL;
    }
  f->depth--;
  return json_node_init_array (json_node_alloc (), array);
}

static JsonNode *
read_node (Fast *f)
{
  gint64 number;
  gboolean boolean;
  Text text;

  skip_space (f);
  if (f->p >= f->end)
    return NULL;
  switch (*f->p)
    {
    case '{':
      return read_object_node (f);
    case '[':
      return read_array_node (f);
    case '"':
      {
        g_autofree char *copy = NULL;

        if (!read_text (f, &text))
          return NULL;
        copy = g_strndup (text.str, text.len);
        return json_node_init_string (json_node_alloc (), copy);
      }
    case 'n':
      return read_word (f, "null", 4) ? json_node_init_null (json_node_alloc ()) : NULL;
    case 't':
    case 'f':
      return read_boolean (f, &boolean) ? json_node_init_boolean (json_node_alloc (), boolean) : NULL;
    default:
      return read_int (f, &number) ? json_node_init_int (json_node_alloc (), number) : NULL;
    }
}

/* ------------------------------------------------------------------ */
/* Entities                                                            */
/* ------------------------------------------------------------------ */

typedef union
{
  char *text;
  int   number;
} Value;

static PcEntity *read_entity (Fast           *f,
                              const TypeInfo *info);

static void
items_free (GPtrArray **items)
{
  for (guint i = 0; i < MAX_LISTS; i++)
    g_clear_pointer (&items[i], g_ptr_array_unref);
}

/* An array of entities of @list's type. */
static GPtrArray *
read_list (Fast           *f,
           const ListInfo *list)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  skip_space (f);
  if (f->p >= f->end || *f->p != '[')
    return NULL;
  f->p++;
  if (!enter (f))
    return NULL;
  if (!take (f, ']'))
    {
      do
        {
          PcEntity *item = read_entity (f, list->items);

          if (item == NULL)
            return NULL;
          g_ptr_array_add (items, item);
        }
      while (take (f, ','));
      if (!take (f, ']'))
        return NULL;
    }
  f->depth--;
  return g_steal_pointer (&items);
}

static gboolean
read_field (Fast          *f,
            const PcField *field,
            Value         *value)
{
  Text text;
  gint64 number;
  gboolean boolean;

  skip_space (f);
  switch (field->kind)
    {
    case PC_FIELD_TEXT:
    case PC_FIELD_TIME:
    case PC_FIELD_COLOR:
    case PC_FIELD_REF:
      if (!read_text (f, &text))
        return FALSE;
      value->text = g_strndup (text.str, text.len);
      if (!pc_format_text_is_valid (field, value->text))
        {
          g_clear_pointer (&value->text, g_free);
          return FALSE;
        }
      return TRUE;

    case PC_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) enum_class = NULL;

        if (!read_text (f, &text))
          return FALSE;
        /* As g_enum_get_value_by_nick(), on a text that need not end
         * with a nul */
        enum_class = g_type_class_ref (field->enum_type ());
        for (guint i = 0; i < enum_class->n_values; i++)
          {
            const char *nick = enum_class->values[i].value_nick;

            if (strlen (nick) == text.len && memcmp (nick, text.str, text.len) == 0)
              {
                if ((field->flags & PC_FIELD_UNSTATED) &&
                    enum_class->values[i].value == field->default_value)
                  return FALSE;
                value->number = enum_class->values[i].value;
                return TRUE;
              }
          }
        return FALSE;
      }

    case PC_FIELD_BOOLEAN:
      if (!read_boolean (f, &boolean))
        return FALSE;
      value->number = boolean;
      return TRUE;

    case PC_FIELD_INT:
      if (!read_int (f, &number) || number < field->minimum || number > field->maximum)
        return FALSE;
      value->number = (int) number;
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

/* The id of an entity: valid and not used before. */
static char *
read_id (Fast *f)
{
  g_autofree char *id = NULL;
  Text text;

  skip_space (f);
  if (!read_text (f, &text) || text.len == 0 || text.len > PC_FORMAT_MAX_ID)
    return NULL;
  id = g_strndup (text.str, text.len);
  if (!pc_format_id_is_valid (id) || !g_hash_table_add (f->ids, g_strdup (id)))
    return NULL;
  return g_steal_pointer (&id);
}

/* The document's "format" and "version", which come first. */
static gboolean
read_header_member (Fast       *f,
                    const Text *name,
                    gboolean   *format_seen)
{
  Text text;
  gint64 number;

  skip_space (f);
  if (TEXT_IS (name, "format") && !*format_seen)
    {
      *format_seen = TRUE;
      return read_text (f, &text) && TEXT_IS (&text, "parcours");
    }
  if (TEXT_IS (name, "version") && f->version == 0)
    {
      if (!read_int (f, &number) || number < 1 || number > PC_FORMAT_VERSION)
        return FALSE;
      f->version = (int) number;
      return TRUE;
    }
  return FALSE;
}

/* Sets a field of a new entity as pc_entity_set_field_text() and
 * pc_entity_set_field_int() would (nobody listens to it yet); takes the
 * text. */
static void
store_field (PcEntity      *entity,
             const PcField *field,
             Value         *value)
{
  if (pc_field_is_text (field))
    {
      char **slot = G_STRUCT_MEMBER_P (entity, field->offset);

      if (*slot == NULL && value->text[0] != '\0')
        *slot = g_steal_pointer (&value->text);
      else
        {
          pc_field_store_text (entity, field, value->text);
          g_clear_pointer (&value->text, g_free);
        }
    }
  else
    pc_field_store_int (entity, field, value->number);
}

/* Reads an object into a new entity of @info's type: its id, its fields,
 * the members it does not know, and its lists. The document also has its
 * header. */
static PcEntity *
read_entity (Fast           *f,
             const TypeInfo *info)
{
  const ListInfo *lists = info->lists;
  guint n_lists = info->n_lists;
  gboolean is_document = info == &f->document;
  g_autoptr(PcEntity) entity = NULL;
  g_autoptr(JsonObject) extras = NULL;
  g_autofree char *id = NULL;
  GPtrArray *items[MAX_LISTS] = { NULL, };
  Value values[MAX_FIELDS];
  guint64 seen = 0;
  gboolean format_seen = FALSE;
  gboolean ok = FALSE;

  skip_space (f);
  if (f->p >= f->end || *f->p != '{')
    return NULL;
  f->p++;
  if (!enter (f))
    return NULL;

  if (!take (f, '}'))
    {
      do
        {
          const PcField *field = NULL;
          Text name;
          guint i;

          if (!read_member_name (f, &name))
            goto out;

          if (is_document && (!format_seen || f->version == 0))
            {
              if (!read_header_member (f, &name, &format_seen))
                goto out;
              continue;
            }

          if (TEXT_IS (&name, "id"))
            {
              if (id != NULL || (id = read_id (f)) == NULL)
                goto out;
              continue;
            }

          for (i = 0; i < n_lists; i++)
            if (lists[i].since <= f->version && text_is (&name, lists[i].name, lists[i].length))
              break;
          if (i < n_lists)
            {
              if (items[i] != NULL || (items[i] = read_list (f, &lists[i])) == NULL)
                goto out;
              continue;
            }

          for (i = 0; i < info->n_fields; i++)
            if (text_is (&name, info->fields[i].member, info->lengths[i]))
              {
                if (info->fields[i].since <= f->version)
                  field = &info->fields[i];
                break;
              }
          if (field != NULL)
            {
              if ((seen & (G_GUINT64_CONSTANT (1) << i)) != 0 || !read_field (f, field, &values[i]))
                goto out;
              seen |= G_GUINT64_CONSTANT (1) << i;
              continue;
            }

          /* A member it does not know: kept as the general reader keeps
           * it, a copy of a sealed node. "format" and "version" are the
           * document's; repeated, they are refused as repeats. */
          {
            g_autofree char *key = g_strndup (name.str, name.len);
            g_autoptr(JsonNode) node = NULL;

            if ((is_document && (strcmp (key, "format") == 0 || strcmp (key, "version") == 0)) ||
                (extras != NULL && json_object_has_member (extras, key)))
              goto out;
            node = read_node (f);
            if (node == NULL)
              goto out;
            json_node_seal (node);
            if (extras == NULL)
              extras = json_object_new ();
            json_object_set_member (extras, key, json_node_copy (node));
          }
        }
      while (take (f, ','));
      if (!take (f, '}'))
        goto out;
    }
  f->depth--;

  if (id == NULL || (is_document && f->version == 0))
    goto out;
  for (guint i = 0; i < info->n_fields; i++)
    if ((info->fields[i].flags & PC_FIELD_REQUIRED) && info->fields[i].since <= f->version &&
        (seen & (G_GUINT64_CONSTANT (1) << i)) == 0)
      goto out;

  entity = g_object_new (info->type, "id", id, NULL);
  for (guint i = 0; i < info->n_fields; i++)
    if (seen & (G_GUINT64_CONSTANT (1) << i))
      {
        store_field (entity, &info->fields[i], &values[i]);
        seen &= ~(G_GUINT64_CONSTANT (1) << i);
      }
  pc_entity_set_extras (entity, extras);
  for (guint i = 0; i < n_lists; i++)
    if (items[i] != NULL)
      g_list_store_splice (lists[i].store (entity), 0, 0, items[i]->pdata, items[i]->len);
  ok = TRUE;

out:
  for (guint i = 0; i < info->n_fields; i++)
    if ((seen & (G_GUINT64_CONSTANT (1) << i)) && pc_field_is_text (&info->fields[i]))
      g_free (values[i].text);
  items_free (items);
  return ok ? g_steal_pointer (&entity) : NULL;
}

/**
 * pc_format_read_fast:
 * @data: the bytes of a .parcours file, without a byte-order mark
 *
 * Returns: (transfer full) (nullable): the document, or %NULL if the
 *   general reader must read @data
 */
PcDocument *
pc_format_read_fast (const char *data,
                     gsize       length)
{
  g_autoptr(PcDocument) document = NULL;
  Fast f;

  if (length > PC_FORMAT_MAX_FILE_SIZE || data == NULL)
    return NULL;

  fast_init (&f, data, length);
  document = (PcDocument *) read_entity (&f, &f.document);
  skip_space (&f);
  if (document != NULL && (f.p != f.end || !pc_format_check_references (document, NULL)))
    g_clear_object (&document);
  fast_clear (&f);
  return g_steal_pointer (&document);
}
