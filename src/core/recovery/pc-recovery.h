/* pc-recovery.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-document.h"

G_BEGIN_DECLS

/* Recovery files: the unsaved state of each open document, kept in the
 * user's data directory so that a crash or a killed process loses at most
 * a few seconds of work. Each document has a key (made by
 * pc_recovery_new_key()) and files named after it: KEY.parcours, the
 * document; KEY.json, what the restore dialog shows; KEY.lock, locked by
 * the process that has the document open. */

#define PC_RECOVERY_DIR_ENV "PARCOURS_RECOVERY_DIR"

#define PC_TYPE_RECOVERY_ENTRY (pc_recovery_entry_get_type ())

typedef struct
{
  char   *key;
  char   *title;          /* the document's title, or "" */
  char   *original_path;  /* (nullable): its file; NULL when untitled */
  gint64  saved_time;     /* last real save, Unix seconds; 0 when never */
  gint64  written_time;   /* when the recovery file was written */
  guint   n_changes;      /* changes since the last real save */
  int     pid;            /* the process that wrote it (for diagnosis) */
} PcRecoveryEntry;

GType            pc_recovery_entry_get_type  (void) G_GNUC_CONST;
PcRecoveryEntry *pc_recovery_entry_copy      (const PcRecoveryEntry *entry);
void             pc_recovery_entry_free      (PcRecoveryEntry       *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PcRecoveryEntry, pc_recovery_entry_free)

void             pc_recovery_set_directory   (const char       *directory);
char            *pc_recovery_get_directory   (void);
char            *pc_recovery_new_key         (void);

gboolean         pc_recovery_write           (const char       *key,
                                              PcDocument       *document,
                                              const char       *original_path,
                                              gint64            saved_time,
                                              guint             n_changes,
                                              GError          **error);
GPtrArray       *pc_recovery_list            (gboolean          include_live);
gboolean         pc_recovery_exists          (const char       *key);
PcDocument      *pc_recovery_restore         (const char       *key,
                                              PcRecoveryEntry **entry,
                                              GError          **error);
gboolean         pc_recovery_discard         (const char       *key,
                                              GError          **error);
void             pc_recovery_release         (const char       *key);

G_END_DECLS
