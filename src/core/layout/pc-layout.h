/* pc-layout.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "pc-document.h"
#include "pc-theme.h"

G_BEGIN_DECLS

/* The geometry of one map, computed once and shared by the canvas and every
 * exporter. All coordinates are in pixels at the layout's zoom, with the
 * origin at the top-left corner of the map. A layout is a snapshot: it
 * holds references to the objects it shows, and is rebuilt (cheaply) when
 * the map changes. */

typedef struct
{
  double x;
  double y;
} PcPoint;

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} PcRect;

typedef struct
{
  double         zoom;         /* 1.0 when 0 */
  const PcTheme *theme;        /* light when NULL */
  const char    *font_family;  /* PC_LAYOUT_DEFAULT_FONT when NULL */
  double         font_size;    /* card title size in px at zoom 1; 15 when 0 */
  const char    *lane_id;      /* lay out only this lane when not NULL */
  gboolean       legend;       /* a title block above the map and a legend
                                * below it, so that an export stands alone */
  const char    *date;         /* (nullable): the date the title block shows */
  PcEvidence     min_evidence; /* cards and notes backed by less evidence are
                                * drawn faded; PC_EVIDENCE_UNSET fades none */
} PcLayoutOptions;

#define PC_LAYOUT_DEFAULT_FONT "Cantarell, Inter, Noto Sans, DejaVu Sans, sans-serif"

typedef struct
{
  PcStage *stage;       /* (transfer none) */
  PcRect   header;      /* name (and time of day) above the column */
  PcRect   column;      /* the whole column below the header */
  int      minutes;     /* day-in-the-life time of day, -1 when none */
} PcLayoutStage;

typedef struct
{
  PcLane    *lane;      /* (transfer none) */
  PcPersona *persona;   /* (transfer none) (nullable): persona lanes only */
  PcRect     header;    /* left of the band: circle, initials, name */
  PcRect     avatar;    /* the persona circle's bounding square */
  PcRect     band;      /* the row across all stage columns */
  PcRect     curve_area;/* part of the band for the emotion curve; empty
                         * (height 0) for lanes without a curve */
  PcColor    color;     /* persona colour, or the theme's accent */
  char      *initials;  /* up to two letters, "" for non-persona lanes */
  const char *label;    /* the name to draw: persona or lane name */
} PcLayoutLane;

typedef struct
{
  PcTouchpoint *touchpoint;  /* (transfer none) */
  PcRect        rect;
  guint         stage_index;
  guint         lane_index;
  guint         index_in_cell;
  gboolean      outside_brand; /* day in the life: involves-brand is FALSE */
  gboolean      faded;         /* below the evidence filter */
} PcLayoutCard;

/* An insight row that is not hidden: a band across the stage columns,
 * below the lanes (or above them, as the map says). */
typedef struct
{
  PcRow   *row;        /* (transfer none) */
  PcRect   header;     /* left of the band, same width as lane headers: the row's name */
  PcRect   band;       /* the row across all stage columns */
} PcLayoutRow;

/* A note of an insight row, or an item the row gathers, read-only, from a
 * touchpoint of the stage (what the card says in the row's field). The
 * items of one cell stack top to bottom: typed notes first, in the map's
 * list order, then gathered items, lane by lane, in card order. */
typedef struct
{
  PcNote       *note;         /* (transfer none) (nullable): NULL for a gathered item */
  PcTouchpoint *touchpoint;   /* (transfer none) (nullable): the card a gathered item comes from */
  const char   *text;         /* the note's text, or the touchpoint field's text (first lines) */
  PcRect        rect;
  guint         row_index;    /* index into the layout's rows (visible rows only) */
  guint         stage_index;
  guint         index_in_cell;/* typed notes first (in list order), then gathered items */
  gboolean      gathered;
  gboolean      faded;        /* below the evidence filter (a gathered item
                               * goes with its card) */
} PcLayoutNote;

/* Inner margin of a note, in px at zoom 1: its text starts this far from
 * its edges. */
#define PC_LAYOUT_NOTE_PAD 10.0

/* The small marks at the bottom right of a card or a note, left to right:
 * dot votes, evidence level, waiting point, fail point; each only when
 * set. */
typedef enum
{
  PC_LAYOUT_MARK_VOTES,          /* @value: the number of votes */
  PC_LAYOUT_MARK_EVIDENCE,       /* @value: a PcEvidence */
  PC_LAYOUT_MARK_WAITING_POINT,
  PC_LAYOUT_MARK_FAIL_POINT,
} PcLayoutMarkKind;

#define PC_LAYOUT_MAX_MARKS 4

typedef struct
{
  PcLayoutMarkKind kind;
  int              value;
  PcRect           rect;
} PcLayoutMark;

/* The lines a card shows under its title in the detailed face, each only
 * when the card has it. */
typedef enum
{
  PC_LAYOUT_DETAIL_PAIN_POINT,
  PC_LAYOUT_DETAIL_OPPORTUNITY,
  PC_LAYOUT_DETAIL_OWNER,
} PcLayoutDetailKind;

#define PC_LAYOUT_N_DETAILS 3

typedef struct
{
  PcLayoutDetailKind kind;
  const char        *text;   /* (transfer none): the touchpoint's field */
  PcRect             rect;   /* one line: the mark at its left, then the text */
} PcLayoutDetail;

typedef struct
{
  PcConnector *connector;    /* (transfer none) */
  guint        from_card;    /* indices into the cards */
  guint        to_card;
  guint        n_points;     /* >= 2; the last point touches the target */
  PcPoint     *points;
} PcLayoutConnector;

typedef struct
{
  guint    lane_index;
  guint    n_points;
  PcPoint *points;           /* one per stage with touchpoints in the lane */
  double  *values;           /* average score (pc_touchpoint_get_score ()), -2 .. 2 */
  guint   *stage_indices;
} PcLayoutCurve;

typedef enum
{
  PC_LAYOUT_LINE_INTERACTION,          /* customer actions | frontstage */
  PC_LAYOUT_LINE_VISIBILITY,           /* frontstage | backstage */
  PC_LAYOUT_LINE_INTERNAL_INTERACTION, /* backstage | support processes */
} PcLayoutLineKind;

typedef struct
{
  PcLayoutLineKind kind;
  double           x0;
  double           x1;
  double           y;
  guint            above_lane;   /* lane index above and below the line */
  guint            below_lane;
  const char      *label;        /* translated */
  PcRect           label_rect;
} PcLayoutLine;

/* The title block of an export: the document (and the kind of map), the
 * map's name, its goal and the date. Texts are empty when there is none;
 * sizes are in px at the layout's zoom. */
typedef struct
{
  PcRect  rect;           /* the whole block */
  char   *kicker;         /* "Document title · Current state" */
  PcRect  kicker_rect;
  char   *name;           /* the map's name */
  PcRect  name_rect;
  char   *goal;
  PcRect  goal_rect;      /* room for goal_lines lines */
  guint   goal_lines;
  char   *date;
  PcRect  date_rect;      /* right-aligned with the map */
  double  small_size;     /* kicker, goal and date */
  double  name_size;
} PcLayoutTitleBlock;

typedef enum
{
  PC_LAYOUT_LEGEND_HEADING,    /* a group's name */
  PC_LAYOUT_LEGEND_PERSONA,    /* @value: index of the persona's lane; @color */
  PC_LAYOUT_LEGEND_SENTIMENT,  /* @value: a PcSentiment */
  PC_LAYOUT_LEGEND_LINE,       /* @value: a PcLayoutLineKind */
  PC_LAYOUT_LEGEND_CONNECTOR,  /* the arrow of a connector */
  PC_LAYOUT_LEGEND_STRENGTH,   /* @value: a PcStrength (strong: the double ring) */
  PC_LAYOUT_LEGEND_MARK,       /* @value: a PcLayoutMarkKind (fail point, waiting
                                * point, votes) */
  PC_LAYOUT_LEGEND_EVIDENCE,   /* @value: a PcEvidence */
  PC_LAYOUT_LEGEND_DETAIL,     /* @value: a PcLayoutDetailKind */
  PC_LAYOUT_LEGEND_NOTE,       /* @value: 0 a typed note, 1 a gathered item */
  PC_LAYOUT_LEGEND_FADED,      /* @value: the PcEvidence below which cards fade */
} PcLayoutLegendKind;

/* One entry of the legend: a swatch drawn as the map draws the thing it
 * explains, and its label. */
typedef struct
{
  PcLayoutLegendKind kind;
  int                value;
  PcColor            color;
  PcRect             swatch;      /* empty (width 0) for headings */
  PcRect             label_rect;  /* one line of text */
  char              *label;
  gboolean           bold;
} PcLayoutLegendItem;

typedef struct _PcLayout PcLayout;

#define PC_TYPE_LAYOUT (pc_layout_get_type ())

GType        pc_layout_get_type        (void) G_GNUC_CONST;

/* Returns: (transfer full): the layout of @map; @document gives the
 * personas. @options may be NULL. */
PcLayout    *pc_layout_new             (PcDocument            *document,
                                        PcMap                 *map,
                                        const PcLayoutOptions *options);
PcLayout    *pc_layout_ref             (PcLayout   *self);
void         pc_layout_unref           (PcLayout   *self);

PcMap       *pc_layout_get_map         (PcLayout   *self);
const PcTheme *pc_layout_get_theme     (PcLayout   *self);
double       pc_layout_get_zoom        (PcLayout   *self);
/* Family list as given in the options (or the default). */
const char  *pc_layout_get_font_family (PcLayout   *self);
/* Text sizes in px at the layout's zoom. */
double       pc_layout_get_title_size  (PcLayout   *self);
double       pc_layout_get_body_size   (PcLayout   *self);
double       pc_layout_get_header_size (PcLayout   *self);
/* Corner radius of cards and headers in px. */
double       pc_layout_get_radius      (PcLayout   *self);
double       pc_layout_get_width       (PcLayout   *self);
double       pc_layout_get_height      (PcLayout   *self);
/* TRUE when cards show the detailed face (taller, with details). */
gboolean     pc_layout_is_detailed     (PcLayout   *self);
/* The evidence level below which cards and notes are faded, or
 * PC_EVIDENCE_UNSET. */
PcEvidence   pc_layout_get_min_evidence (PcLayout  *self);
/* TRUE when an item backed by @evidence is faded by @min_evidence: all
 * that is below it, unstated evidence included. */
gboolean     pc_layout_evidence_fades  (PcEvidence min_evidence,
                                        PcEvidence evidence);
/* TRUE for day-in-the-life maps (stage headers show times of day). */
gboolean     pc_layout_is_timeline     (PcLayout   *self);

guint                    pc_layout_get_n_stages     (PcLayout *self);
const PcLayoutStage     *pc_layout_get_stage        (PcLayout *self,
                                                     guint     index);
guint                    pc_layout_get_n_lanes      (PcLayout *self);
const PcLayoutLane      *pc_layout_get_lane         (PcLayout *self,
                                                     guint     index);
guint                    pc_layout_get_n_cards      (PcLayout *self);
const PcLayoutCard      *pc_layout_get_card         (PcLayout *self,
                                                     guint     index);
guint                    pc_layout_get_n_connectors (PcLayout *self);
const PcLayoutConnector *pc_layout_get_connector    (PcLayout *self,
                                                     guint     index);
guint                    pc_layout_get_n_curves     (PcLayout *self);
const PcLayoutCurve     *pc_layout_get_curve        (PcLayout *self,
                                                     guint     index);
guint                    pc_layout_get_n_lines      (PcLayout *self);
const PcLayoutLine      *pc_layout_get_line         (PcLayout *self,
                                                     guint     index);

/* Insight rows (visible ones only, top to bottom) and the notes and
 * gathered items of their cells: row by row, stage by stage, each cell's
 * items in their order. */
guint                    pc_layout_get_n_rows       (PcLayout *self);
const PcLayoutRow       *pc_layout_get_row          (PcLayout *self,
                                                     guint     index);
guint                    pc_layout_get_n_notes      (PcLayout *self);
const PcLayoutNote      *pc_layout_get_note         (PcLayout *self,
                                                     guint     index);

/* The title block, or NULL when the layout was made without a legend. */
const PcLayoutTitleBlock *pc_layout_get_title_block (PcLayout *self);
/* The legend's entries, in reading order (none without a legend), and the
 * rectangle around them. */
guint                     pc_layout_get_n_legend_items (PcLayout *self);
const PcLayoutLegendItem *pc_layout_get_legend_item    (PcLayout *self,
                                                        guint     index);
const PcRect             *pc_layout_get_legend_rect    (PcLayout *self);

/* Index of the card of @touchpoint, or -1. */
int          pc_layout_find_card       (PcLayout     *self,
                                        PcTouchpoint *touchpoint);

/* Hit-testing, in layout coordinates. */
gboolean     pc_layout_cell_at         (PcLayout   *self,
                                        double      x,
                                        double      y,
                                        guint      *stage_index,
                                        guint      *lane_index);
/* Index of the topmost card under the point, or -1. */
int          pc_layout_card_at         (PcLayout   *self,
                                        double      x,
                                        double      y);
/* Index of the connector whose path passes within @tolerance of the
 * point (the nearest one), or -1. */
int          pc_layout_connector_at    (PcLayout   *self,
                                        double      x,
                                        double      y,
                                        double      tolerance);
/* Returns: (array length=n_cards) (transfer none): the indices of the
 * cards in a cell, top to bottom (their index_in_cell order). */
const guint *pc_layout_get_cell_cards  (PcLayout   *self,
                                        guint       stage_index,
                                        guint       lane_index,
                                        guint      *n_cards);
/* Where a card dropped at (x, y) in the given cell goes: 0 .. number of
 * cards in the cell. Looks at that cell's cards only. */
guint        pc_layout_drop_index      (PcLayout   *self,
                                        guint       stage_index,
                                        guint       lane_index,
                                        double      x,
                                        double      y);

/* The marks of a card or of a typed note (gathered items have none), in
 * @marks; returns how many. Computed when asked, from the item's
 * rectangle. */
guint        pc_layout_get_card_marks  (PcLayout     *self,
                                        guint         index,
                                        PcLayoutMark  marks[PC_LAYOUT_MAX_MARKS]);
guint        pc_layout_get_note_marks  (PcLayout     *self,
                                        guint         index,
                                        PcLayoutMark  marks[PC_LAYOUT_MAX_MARKS]);
/* The detail lines of a card in the detailed face (none in the compact
 * face), in @details; returns how many. */
guint        pc_layout_get_card_details (PcLayout       *self,
                                         guint           index,
                                         PcLayoutDetail  details[PC_LAYOUT_N_DETAILS]);

/* Index of the note of @note, or -1 (also for a note of a hidden row). */
int          pc_layout_find_note       (PcLayout   *self,
                                        PcNote     *note);
/* Index of the topmost note or gathered item under the point, or -1. */
int          pc_layout_note_at         (PcLayout   *self,
                                        double      x,
                                        double      y);
/* The cell of an insight row under the point: FALSE outside the rows'
 * bands or the stage columns. */
gboolean     pc_layout_row_cell_at     (PcLayout   *self,
                                        double      x,
                                        double      y,
                                        guint      *stage_index,
                                        guint      *row_index);
/* Where a note dropped at (x, y) in the given cell goes among the cell's
 * typed notes: 0 .. their number (gathered items always come after). */
guint        pc_layout_note_drop_index (PcLayout   *self,
                                        guint       stage_index,
                                        guint       row_index,
                                        double      x,
                                        double      y);

/* Returns: (array length=n_connectors) (transfer none): the indices of
 * the connectors from or to card @card_index. */
const guint *pc_layout_get_card_connectors (PcLayout *self,
                                            guint     card_index,
                                            guint    *n_connectors);

/* Moves one card's rectangle (during a drag) and re-routes only its
 * connectors, without a full relayout. */
void         pc_layout_move_card       (PcLayout   *self,
                                        guint       index,
                                        double      x,
                                        double      y);

/* Returns: (transfer full): a Pango layout set up with the layout's font
 * at @size px, for measuring and drawing. */
PangoLayout *pc_layout_create_text     (PcLayout   *self,
                                        double      size,
                                        gboolean    bold);

typedef enum
{
  PC_LAYOUT_TEXT_WRAP,     /* breaking a text into lines */
  PC_LAYOUT_TEXT_MEASURE,  /* measuring one line */
  PC_LAYOUT_TEXT_DRAW,     /* drawing one line */
  PC_LAYOUT_N_TEXT_USES,
} PcLayoutTextUse;

/* Returns: (transfer none): a Pango layout kept by @self for text at @size
 * px, one for each use (so that measuring a line never disturbs the lines
 * being wrapped), with no width set. Making a new Pango layout for each
 * piece of text costs more than laying the text out. A layout is used by
 * one thread at a time. */
PangoLayout *pc_layout_get_text        (PcLayout        *self,
                                        double           size,
                                        gboolean         bold,
                                        PcLayoutTextUse  use);
/* Distance from the top of a line of text at @size px to its baseline. */
double       pc_layout_get_ascent      (PcLayout   *self,
                                        double      size,
                                        gboolean    bold);

/* TRUE when @text (no longer than a line can show) surely fits in one
 * line of @width px, told without laying it out: from the widths of its
 * characters, with a margin for kerning and ligatures. FALSE when unsure
 * (the caller then asks Pango): for characters past U+00FF, tabs and line
 * breaks, and texts that come close to @width. */
gboolean     pc_layout_fits_line       (PcLayout   *self,
                                        const char *text,
                                        double      size,
                                        gboolean    bold,
                                        double      width);

/* Texts are cut before they reach Pango, to what a card, note or header
 * can show: laying out a megabyte takes seconds (and a word that long,
 * minutes), showing it is impossible. No glyph but zero-width ones is
 * narrower than this part of the text size. */
#define PC_LAYOUT_MIN_GLYPH_WIDTH 0.15

/* The most characters that @max_lines lines of @width px can show at
 * @size px, with some to spare. */
gsize        pc_layout_text_limit      (double      size,
                                        double      width,
                                        guint       max_lines);
/* Returns: (transfer full): @text cut to at most @limit characters, made
 * valid UTF-8; @cut (nullable) tells whether anything was left out. Reads
 * only the beginning of @text, however long it is. */
char        *pc_layout_cut_text        (const char *text,
                                        gsize       limit,
                                        gboolean   *cut);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PcLayout, pc_layout_unref)

G_END_DECLS
