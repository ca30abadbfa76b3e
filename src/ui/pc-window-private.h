/* pc-window-private.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-canvas.h"
#include "pc-inspector.h"
#include "pc-map-switcher.h"
#include "pc-palette.h"
#include "pc-persona-editor.h"
#include "pc-summary-panel.h"
#include "pc-window.h"

G_BEGIN_DECLS

struct _PcWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toasts;
  AdwWindowTitle       *window_title;
  GtkWidget            *undo_box;
  GtkButton            *undo_button;
  GtkButton            *redo_button;
  GtkButton            *save_button;
  GtkButton            *personas_button;
  GtkToggleButton      *inspector_button;
  GtkStack             *stack;
  AdwBin               *editor_page;
  GtkWidget            *paned;
  GtkWidget            *editor_box;
  GtkScrolledWindow    *palette_scroller;
  GtkScrolledWindow    *canvas_scroller;
  GtkScrolledWindow    *inspector_scroller;
  GtkScrolledWindow    *summary_scroller;
  GtkWidget            *side_pane;
  GtkStack             *side_stack;
  PcMapSwitcher        *map_switcher;
  GtkListBox           *recent_list;
  AdwPreferencesGroup  *recent_group;
  GtkLabel             *loading_label;
  GtkProgressBar       *loading_progress;

  /* The editor beside the side panel: an AdwOverlaySplitView with
   * libadwaita 1.4+, which a breakpoint collapses in narrow windows (the
   * panel then slides over the canvas and the palette is compact); the
   * template's GtkPaned before. The side panel is shown while side_pane
   * is visible, on both. */
  GtkWidget            *split;
  guint                 show_sidebar_tick; /* the panel shown once the split view has a size */
  PcPalette            *palette;
  PcCanvas             *canvas;
  PcInspector          *inspector;
  PcSummaryPanel       *summary;

  PcPersonaEditor      *persona_editor;    /* (nullable) (unowned): weak pointer */
  PcAutosave           *autosave;

  PcDocument           *document;
  PcHistory            *history;
  PcMap                *map;
  GFile                *file;
  GSettings            *settings;
  GSignalGroup         *document_signals;
  GSignalGroup         *history_signals;
  GFileMonitor         *monitor;
  GPtrArray            *recent_files;      /* GFile of each row of recent_list */
  GSimpleActionGroup   *view_actions;      /* "view": card face, rows position */
  PcMap                *view_map;          /* the map those actions follow */
  GMenu                *hidden_rows_section; /* "Show Row" items of the hidden rows */
  GMenu                *add_row_menu;        /* the kinds of row, for the canvas too */
  GPtrArray            *view_rows;         /* rows watched for their name and hidden */

  /* A big file being read in a thread, or NULL. */
  GCancellable         *loading;
  GFile                *loading_file;
  char                 *loading_page_before;  /* page shown before, or NULL */
  guint                 progress_source;
  guint                 pulse_source;

  /* Set while our own save rewrites the file, so the monitor does not
   * mistake it for another program's change. */
  gint64                saving_until;
  guint                 change_dialog_shown : 1;
  guint                 close_confirmed : 1;
  guint                 inspector_hidden : 1; /* hidden with F9 or the button */

  /* Workshop (pc-window-workshop.c) */
  guint                 presenting : 1;
  double                zoom_before;       /* restored when presenting ends */
  GtkWidget            *stage_summary;     /* beside the spotlight */
  guint                 summary_source;    /* idle that rebuilds it */
  GtkWindow            *audience;          /* (nullable) (unowned): weak pointer */
};

/* pc-window-files.c */
void     _pc_window_install_file_actions (GtkWidgetClass *widget_class);
void     _pc_window_init_files           (PcWindow       *self);
void     _pc_window_dispose_files        (PcWindow       *self);
void     _pc_window_cancel_load          (PcWindow       *self);
void     _pc_window_fill_recent          (PcWindow       *self);
gboolean _pc_window_close_request        (GtkWindow      *window);
GFile   *_pc_window_with_extension       (GFile          *file);
void     _pc_window_show_error           (PcWindow       *self,
                                          const char     *heading,
                                          const char     *body);

/* pc-window-import.c */
void     _pc_window_install_import_actions (GtkWidgetClass *widget_class);
gboolean _pc_window_drop                 (PcWindow       *self,
                                          const GValue   *value);

/* pc-window-workshop.c */
void     _pc_window_install_workshop_actions (GtkWidgetClass *widget_class);
void     _pc_window_init_workshop        (PcWindow       *self);
void     _pc_window_dispose_workshop     (PcWindow       *self);

/* pc-window.c */
void     _pc_window_init_view            (PcWindow       *self);
void     _pc_window_view_set_map         (PcWindow       *self,
                                          PcMap          *map);
void     _pc_window_dispose_view         (PcWindow       *self);

void     _pc_window_update_title         (PcWindow       *self);
void     _pc_window_set_file             (PcWindow       *self,
                                          GFile          *file);
void     _pc_window_load_into            (PcWindow       *self,
                                          GFile          *file);
void     _pc_window_emit_saved           (PcWindow       *self);
gboolean _pc_window_is_narrow            (PcWindow       *self);

G_END_DECLS
