/* pc-canvas-fixture.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The canvas widget tests' fixture: the example document in a real window,
 * and the helpers that find, focus and press on its parts. */

#pragma once

#include <adwaita.h>

#include "pc-canvas-private.h"

G_BEGIN_DECLS

typedef struct
{
  PcDocument *document;
  PcMap      *map;
  PcHistory  *history;
  GtkWindow  *window;
  PcCanvas   *canvas;
} Fixture;

void             fixture_set_up     (Fixture         *f,
                                     gconstpointer    data);
void             fixture_tear_down  (Fixture         *f,
                                     gconstpointer    data);
void             settle             (Fixture         *f);
PcTouchpoint    *touchpoint         (Fixture         *f,
                                     const char      *title);
graphene_rect_t  bounds_in_canvas   (Fixture         *f,
                                     GtkWidget       *widget);
void             centre_of          (Fixture         *f,
                                     GtkWidget       *widget,
                                     double          *x,
                                     double          *y);
GtkWidget       *header_for         (Fixture         *f,
                                     GObject         *item);
guint            list_index         (GListStore      *store,
                                     gpointer         item);
GtkWidget       *focus              (Fixture         *f);
void             press              (Fixture         *f,
                                     guint            keyval,
                                     GdkModifierType  modifiers);

G_END_DECLS
