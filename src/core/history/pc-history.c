/* pc-history.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The undo and redo stacks. Every edit the UI makes goes through here.
 *
 * "Modified" is decided by identity, not by counting: each step gets a
 * serial number when it is pushed or grows by merging, and the document is
 * unmodified exactly when the step on top of the undo stack is the one that
 * was on top when it was saved. */

#include "config.h"

#include "pc-history.h"

typedef struct
{
  PcCommand *command;
  guint64    serial;
} Step;

struct _PcHistory
{
  GObject         parent_instance;

  GArray         *undo;        /* of Step, top at the end */
  GArray         *redo;        /* of Step, top at the end */
  guint64         next_serial;
  guint64         saved_serial; /* 0: the empty history */
  gboolean        no_merge;     /* the next push starts a new step */

  PcGroupCommand *group;        /* open group, collecting pushes */
  guint           group_depth;
};

G_DEFINE_FINAL_TYPE (PcHistory, pc_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
step_clear (gpointer data)
{
  Step *step = data;

  g_clear_object (&step->command);
}

static guint64
top_serial (PcHistory *self)
{
  if (self->undo->len == 0)
    return 0;
  return g_array_index (self->undo, Step, self->undo->len - 1).serial;
}

static void
emit_changed (PcHistory *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
pc_history_finalize (GObject *object)
{
  PcHistory *self = PC_HISTORY (object);

  g_clear_pointer (&self->undo, g_array_unref);
  g_clear_pointer (&self->redo, g_array_unref);
  g_clear_object (&self->group);

  G_OBJECT_CLASS (pc_history_parent_class)->finalize (object);
}

static void
pc_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PcHistory *self = PC_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, pc_history_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, pc_history_can_redo (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, pc_history_is_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pc_history_class_init (PcHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pc_history_finalize;
  object_class->get_property = pc_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PcHistory::changed:
   * Emitted after every push, undo, redo or save mark: the model may have
   * changed, and so may the undo state.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pc_history_init (PcHistory *self)
{
  self->undo = g_array_new (FALSE, FALSE, sizeof (Step));
  g_array_set_clear_func (self->undo, step_clear);
  self->redo = g_array_new (FALSE, FALSE, sizeof (Step));
  g_array_set_clear_func (self->redo, step_clear);
  self->next_serial = 1;
}

PcHistory *
pc_history_new (void)
{
  return g_object_new (PC_TYPE_HISTORY, NULL);
}

/**
 * pc_history_push:
 * @command: (transfer full): a command, not applied yet
 *
 * Applies @command and records it. Inside a group it joins the group;
 * otherwise it merges with the last step when it can (typing), or becomes a
 * new step. The redo stack is dropped either way.
 */
void
pc_history_push (PcHistory *self,
                 PcCommand *command)
{
  g_return_if_fail (PC_IS_HISTORY (self));
  g_return_if_fail (PC_IS_COMMAND (command));

  pc_command_apply (command);
  g_array_set_size (self->redo, 0);

  if (self->group != NULL)
    {
      pc_group_command_add (self->group, command);
      g_signal_emit (self, signals[CHANGED], 0);
      return;
    }

  if (!self->no_merge && self->undo->len > 0)
    {
      Step *top = &g_array_index (self->undo, Step, self->undo->len - 1);

      if (pc_command_merge (top->command, command))
        {
          g_object_unref (command);
          top->serial = self->next_serial++;
          emit_changed (self);
          return;
        }
    }

  g_array_append_val (self->undo, ((Step) { command, self->next_serial++ }));
  self->no_merge = FALSE;
  emit_changed (self);
}

/* Moves the top step of @from to @to; the step keeps its serial, so
 * undoing back to the saved point makes the document unmodified again. */
static Step
transfer_top (GArray *from,
              GArray *to)
{
  Step step = g_array_index (from, Step, from->len - 1);

  g_object_ref (step.command);
  g_array_set_size (from, from->len - 1);
  g_array_append_val (to, step);
  return step;
}

gboolean
pc_history_undo (PcHistory *self)
{
  Step step;

  g_return_val_if_fail (PC_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->group == NULL, FALSE);

  if (self->undo->len == 0)
    return FALSE;

  step = transfer_top (self->undo, self->redo);
  pc_command_revert (step.command);
  self->no_merge = TRUE;
  emit_changed (self);
  return TRUE;
}

gboolean
pc_history_redo (PcHistory *self)
{
  Step step;

  g_return_val_if_fail (PC_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->group == NULL, FALSE);

  if (self->redo->len == 0)
    return FALSE;

  step = transfer_top (self->redo, self->undo);
  pc_command_apply (step.command);
  self->no_merge = TRUE;
  emit_changed (self);
  return TRUE;
}

gboolean
pc_history_can_undo (PcHistory *self)
{
  g_return_val_if_fail (PC_IS_HISTORY (self), FALSE);
  return self->undo->len > 0 && self->group == NULL;
}

gboolean
pc_history_can_redo (PcHistory *self)
{
  g_return_val_if_fail (PC_IS_HISTORY (self), FALSE);
  return self->redo->len > 0 && self->group == NULL;
}

static const char *
label_of_top (GArray *stack)
{
  if (stack->len == 0)
    return NULL;
  return pc_command_get_label (g_array_index (stack, Step, stack->len - 1).command);
}

const char *
pc_history_get_undo_label (PcHistory *self)
{
  g_return_val_if_fail (PC_IS_HISTORY (self), NULL);
  return label_of_top (self->undo);
}

const char *
pc_history_get_redo_label (PcHistory *self)
{
  g_return_val_if_fail (PC_IS_HISTORY (self), NULL);
  return label_of_top (self->redo);
}

/**
 * pc_history_begin_group:
 * Starts collecting pushes into one step, until the matching
 * pc_history_end_group(). Groups nest; the outermost label wins.
 */
void
pc_history_begin_group (PcHistory  *self,
                        const char *label)
{
  g_return_if_fail (PC_IS_HISTORY (self));

  if (self->group_depth++ == 0)
    self->group = PC_GROUP_COMMAND (pc_group_command_new (label));
}

void
pc_history_end_group (PcHistory *self)
{
  g_autoptr(PcGroupCommand) group = NULL;

  g_return_if_fail (PC_IS_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  group = g_steal_pointer (&self->group);
  if (pc_group_command_get_size (group) == 0)
    {
      emit_changed (self);
      return;
    }

  /* Already applied command by command: record it without applying. */
  g_array_append_val (self->undo, ((Step) { g_object_ref (PC_COMMAND (group)), self->next_serial++ }));
  self->no_merge = TRUE;
  emit_changed (self);
}

/**
 * pc_history_break_merge:
 * The next push starts a new undo step even if it could merge, as when
 * focus leaves a text field.
 */
void
pc_history_break_merge (PcHistory *self)
{
  g_return_if_fail (PC_IS_HISTORY (self));
  self->no_merge = TRUE;
}

void
pc_history_mark_saved (PcHistory *self)
{
  g_return_if_fail (PC_IS_HISTORY (self));

  self->saved_serial = top_serial (self);
  self->no_merge = TRUE;
  emit_changed (self);
}

/**
 * pc_history_mark_unsaved:
 * No state of the history matches the file any more (a recovered
 * document, a file changed on disk): it stays modified until the next
 * save.
 */
void
pc_history_mark_unsaved (PcHistory *self)
{
  g_return_if_fail (PC_IS_HISTORY (self));

  self->saved_serial = G_MAXUINT64;
  emit_changed (self);
}

gboolean
pc_history_is_modified (PcHistory *self)
{
  g_return_val_if_fail (PC_IS_HISTORY (self), FALSE);
  return self->group != NULL || top_serial (self) != self->saved_serial;
}

/**
 * pc_history_clear:
 * Forgets every step; the current state becomes the saved one.
 */
void
pc_history_clear (PcHistory *self)
{
  g_return_if_fail (PC_IS_HISTORY (self));
  g_return_if_fail (self->group == NULL);

  g_array_set_size (self->undo, 0);
  g_array_set_size (self->redo, 0);
  self->saved_serial = 0;
  emit_changed (self);
}

guint
pc_history_get_undo_depth (PcHistory *self)
{
  g_return_val_if_fail (PC_IS_HISTORY (self), 0);
  return self->undo->len;
}
