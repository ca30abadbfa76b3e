/* pc-map.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A journey map: ordered stages (columns), lanes (rows), the touchpoints in
 * their cells and the connectors between them; and its insight rows with
 * their notes, each note in one row and one stage. Lookups by id go through an
 * index that is rebuilt lazily after a list changes, so loading and drawing
 * a map of tens of thousands of cards stays linear. */

#include "config.h"

#include "pc-map.h"

struct _PcMap
{
  PcEntity    parent_instance;

  char       *name;
  char       *goal;
  char       *source_id;
  PcMapKind   kind;
  PcCardFace  card_face;
  PcRowsPosition rows_position;

  GListStore *stages;
  GListStore *lanes;
  GListStore *touchpoints;
  GListStore *connectors;
  GListStore *rows;
  GListStore *notes;

  /* id -> item, for all six lists; NULL when a list has changed since */
  GHashTable *index;
};

G_DEFINE_FINAL_TYPE (PcMap, pc_map, PC_TYPE_ENTITY)

/* The fields in file order. */
enum {
  F_NAME,
  F_KIND,
  F_GOAL,
  F_SOURCE,
  F_CARD_FACE,
  F_ROWS_POSITION,
  N_FIELDS
};

#define OFFSET(member) G_STRUCT_OFFSET (PcMap, member)

static const PcField fields[N_FIELDS] = {
  [F_NAME] = {
    .member = "name", .property = "name", .offset = OFFSET (name),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_REQUIRED,
  },
  [F_KIND] = {
    .member = "kind", .property = "kind", .offset = OFFSET (kind),
    .kind = PC_FIELD_ENUM, .flags = PC_FIELD_REQUIRED,
    .enum_type = pc_map_kind_get_type, .enum_label = (PcFieldLabelFunc) pc_map_kind_get_label,
    .default_value = PC_MAP_KIND_CURRENT_STATE,
  },
  [F_GOAL] = {
    .member = "goal", .property = "goal", .offset = OFFSET (goal),
    .kind = PC_FIELD_TEXT,
  },
  [F_SOURCE] = {
    .member = "source", .property = "source-id", .offset = OFFSET (source_id),
    .kind = PC_FIELD_REF, .ref_type = pc_map_get_type,
  },
  [F_CARD_FACE] = {
    .member = "card_face", .property = "card-face", .offset = OFFSET (card_face),
    .kind = PC_FIELD_ENUM, .since = 2,
    .enum_type = pc_card_face_get_type, .enum_label = (PcFieldLabelFunc) pc_card_face_get_label,
    .default_value = PC_CARD_FACE_COMPACT,
  },
  [F_ROWS_POSITION] = {
    .member = "rows_position", .property = "rows-position", .offset = OFFSET (rows_position),
    .kind = PC_FIELD_ENUM, .since = 2,
    .enum_type = pc_rows_position_get_type,
    .enum_label = (PcFieldLabelFunc) pc_rows_position_get_label,
    .default_value = PC_ROWS_POSITION_BELOW,
  },
};

static void
on_list_changed (PcMap *self)
{
  g_clear_pointer (&self->index, g_hash_table_unref);
}

static void
index_list (GHashTable *index,
            GListModel *list)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      /* The hash table does not own the items; the lists do. */
      g_autoptr(PcEntity) entity = g_list_model_get_item (list, i);
      g_hash_table_insert (index, (gpointer) pc_entity_get_id (entity), entity);
    }
}

static gpointer
lookup (PcMap      *self,
        const char *id,
        GType       type)
{
  gpointer item;

  if (id == NULL)
    return NULL;

  if (self->index == NULL)
    {
      self->index = g_hash_table_new (g_str_hash, g_str_equal);
      index_list (self->index, G_LIST_MODEL (self->stages));
      index_list (self->index, G_LIST_MODEL (self->lanes));
      index_list (self->index, G_LIST_MODEL (self->touchpoints));
      index_list (self->index, G_LIST_MODEL (self->connectors));
      index_list (self->index, G_LIST_MODEL (self->rows));
      index_list (self->index, G_LIST_MODEL (self->notes));
    }

  item = g_hash_table_lookup (self->index, id);
  if (item != NULL && G_TYPE_CHECK_INSTANCE_TYPE (item, type))
    return item;
  return NULL;
}

static void
pc_map_dispose (GObject *object)
{
  PcMap *self = PC_MAP (object);

  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_object (&self->stages);
  g_clear_object (&self->lanes);
  g_clear_object (&self->touchpoints);
  g_clear_object (&self->connectors);
  g_clear_object (&self->rows);
  g_clear_object (&self->notes);

  G_OBJECT_CLASS (pc_map_parent_class)->dispose (object);
}

static void
pc_map_class_init (PcMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pc_map_dispose;
  PC_ENTITY_CLASS (klass)->id_prefix = "map";
  pc_entity_class_install_fields (PC_ENTITY_CLASS (klass), fields, N_FIELDS);
}

static void
pc_map_init (PcMap *self)
{
  pc_entity_init_fields (PC_ENTITY (self));
  self->stages = g_list_store_new (PC_TYPE_STAGE);
  self->lanes = g_list_store_new (PC_TYPE_LANE);
  self->touchpoints = g_list_store_new (PC_TYPE_TOUCHPOINT);
  self->connectors = g_list_store_new (PC_TYPE_CONNECTOR);
  self->rows = g_list_store_new (PC_TYPE_ROW);
  self->notes = g_list_store_new (PC_TYPE_NOTE);

  g_signal_connect_object (self->stages, "items-changed", G_CALLBACK (on_list_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->lanes, "items-changed", G_CALLBACK (on_list_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->touchpoints, "items-changed", G_CALLBACK (on_list_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->connectors, "items-changed", G_CALLBACK (on_list_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->rows, "items-changed", G_CALLBACK (on_list_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->notes, "items-changed", G_CALLBACK (on_list_changed), self, G_CONNECT_SWAPPED);
}

PcMap *
pc_map_new (const char *id,
            PcMapKind   kind)
{
  return g_object_new (PC_TYPE_MAP, "id", id, "kind", kind, NULL);
}

const char *
pc_map_get_name (PcMap *self)
{
  g_return_val_if_fail (PC_IS_MAP (self), NULL);
  return self->name ? self->name : "";
}

void
pc_map_set_name (PcMap      *self,
                 const char *name)
{
  g_return_if_fail (PC_IS_MAP (self));
  pc_entity_set_text (PC_ENTITY (self), F_NAME, name);
}

PcMapKind
pc_map_get_kind (PcMap *self)
{
  g_return_val_if_fail (PC_IS_MAP (self), PC_MAP_KIND_CURRENT_STATE);
  return self->kind;
}

void
pc_map_set_kind (PcMap     *self,
                 PcMapKind  kind)
{
  g_return_if_fail (PC_IS_MAP (self));
  pc_entity_set_int (PC_ENTITY (self), F_KIND, kind);
}

const char *
pc_map_get_goal (PcMap *self)
{
  g_return_val_if_fail (PC_IS_MAP (self), NULL);
  return self->goal ? self->goal : "";
}

void
pc_map_set_goal (PcMap      *self,
                 const char *goal)
{
  g_return_if_fail (PC_IS_MAP (self));
  pc_entity_set_text (PC_ENTITY (self), F_GOAL, goal);
}

const char *
pc_map_get_source_id (PcMap *self)
{
  g_return_val_if_fail (PC_IS_MAP (self), NULL);
  return self->source_id ? self->source_id : "";
}

void
pc_map_set_source_id (PcMap      *self,
                      const char *source_id)
{
  g_return_if_fail (PC_IS_MAP (self));
  pc_entity_set_text (PC_ENTITY (self), F_SOURCE, source_id);
}

PcCardFace
pc_map_get_card_face (PcMap *self)
{
  g_return_val_if_fail (PC_IS_MAP (self), PC_CARD_FACE_COMPACT);
  return self->card_face;
}

void
pc_map_set_card_face (PcMap      *self,
                      PcCardFace  card_face)
{
  g_return_if_fail (PC_IS_MAP (self));
  g_return_if_fail (card_face == PC_CARD_FACE_COMPACT || card_face == PC_CARD_FACE_DETAILED);
  pc_entity_set_int (PC_ENTITY (self), F_CARD_FACE, card_face);
}

PcRowsPosition
pc_map_get_rows_position (PcMap *self)
{
  g_return_val_if_fail (PC_IS_MAP (self), PC_ROWS_POSITION_BELOW);
  return self->rows_position;
}

void
pc_map_set_rows_position (PcMap          *self,
                          PcRowsPosition  rows_position)
{
  g_return_if_fail (PC_IS_MAP (self));
  g_return_if_fail (rows_position == PC_ROWS_POSITION_BELOW || rows_position == PC_ROWS_POSITION_ABOVE);
  pc_entity_set_int (PC_ENTITY (self), F_ROWS_POSITION, rows_position);
}

GListStore *pc_map_get_stages (PcMap *self)      { g_return_val_if_fail (PC_IS_MAP (self), NULL); return self->stages; }
GListStore *pc_map_get_lanes (PcMap *self)       { g_return_val_if_fail (PC_IS_MAP (self), NULL); return self->lanes; }
GListStore *pc_map_get_touchpoints (PcMap *self) { g_return_val_if_fail (PC_IS_MAP (self), NULL); return self->touchpoints; }
GListStore *pc_map_get_connectors (PcMap *self)  { g_return_val_if_fail (PC_IS_MAP (self), NULL); return self->connectors; }
GListStore *pc_map_get_rows (PcMap *self)        { g_return_val_if_fail (PC_IS_MAP (self), NULL); return self->rows; }
GListStore *pc_map_get_notes (PcMap *self)       { g_return_val_if_fail (PC_IS_MAP (self), NULL); return self->notes; }

/**
 * pc_map_find_stage:
 * Returns: (transfer none) (nullable): the stage with this id
 */
PcStage *
pc_map_find_stage (PcMap      *self,
                   const char *id)
{
  g_return_val_if_fail (PC_IS_MAP (self), NULL);
  return lookup (self, id, PC_TYPE_STAGE);
}

PcLane *
pc_map_find_lane (PcMap      *self,
                  const char *id)
{
  g_return_val_if_fail (PC_IS_MAP (self), NULL);
  return lookup (self, id, PC_TYPE_LANE);
}

PcTouchpoint *
pc_map_find_touchpoint (PcMap      *self,
                        const char *id)
{
  g_return_val_if_fail (PC_IS_MAP (self), NULL);
  return lookup (self, id, PC_TYPE_TOUCHPOINT);
}

PcConnector *
pc_map_find_connector (PcMap      *self,
                       const char *id)
{
  g_return_val_if_fail (PC_IS_MAP (self), NULL);
  return lookup (self, id, PC_TYPE_CONNECTOR);
}

PcRow *
pc_map_find_row (PcMap      *self,
                 const char *id)
{
  g_return_val_if_fail (PC_IS_MAP (self), NULL);
  return lookup (self, id, PC_TYPE_ROW);
}

PcNote *
pc_map_find_note (PcMap      *self,
                  const char *id)
{
  g_return_val_if_fail (PC_IS_MAP (self), NULL);
  return lookup (self, id, PC_TYPE_NOTE);
}

/**
 * pc_map_get_note_cell:
 * Returns: (transfer container) (element-type PcNote): the notes of one
 *   cell of an insight row, in their order
 */
GPtrArray *
pc_map_get_note_cell (PcMap      *self,
                      const char *row_id,
                      const char *stage_id)
{
  GPtrArray *cell;
  guint n;

  g_return_val_if_fail (PC_IS_MAP (self), NULL);

  cell = g_ptr_array_new ();
  n = g_list_model_get_n_items (G_LIST_MODEL (self->notes));
  for (guint i = 0; i < n; i++)
    {
      PcNote *note = g_list_model_get_item (G_LIST_MODEL (self->notes), i);

      if (g_strcmp0 (pc_note_get_row_id (note), row_id) == 0 &&
          g_strcmp0 (pc_note_get_stage_id (note), stage_id) == 0)
        g_ptr_array_add (cell, note);
      g_object_unref (note);
    }
  return cell;
}

/**
 * pc_map_get_cell:
 * Returns: (transfer container) (element-type PcTouchpoint): the
 *   touchpoints of one cell, in their order
 */
GPtrArray *
pc_map_get_cell (PcMap      *self,
                 const char *stage_id,
                 const char *lane_id)
{
  GPtrArray *cell;
  guint n;

  g_return_val_if_fail (PC_IS_MAP (self), NULL);

  cell = g_ptr_array_new ();
  n = g_list_model_get_n_items (G_LIST_MODEL (self->touchpoints));
  for (guint i = 0; i < n; i++)
    {
      PcTouchpoint *tp = g_list_model_get_item (G_LIST_MODEL (self->touchpoints), i);

      if (g_strcmp0 (pc_touchpoint_get_stage_id (tp), stage_id) == 0 &&
          g_strcmp0 (pc_touchpoint_get_lane_id (tp), lane_id) == 0)
        g_ptr_array_add (cell, tp);
      g_object_unref (tp);
    }
  return cell;
}

/**
 * pc_list_find:
 * Finds @item by identity; g_list_store_find() is 2.74 only for stores, and
 * this works on any list.
 */
gboolean
pc_list_find (GListModel *list,
              gpointer    item,
              guint      *position)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (list, i);

      if (other == item)
        {
          if (position)
            *position = i;
          return TRUE;
        }
    }
  return FALSE;
}
