/* pc-card.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pc-layout.h"

G_BEGIN_DECLS

#define PC_TYPE_CARD (pc_card_get_type ())

G_DECLARE_FINAL_TYPE (PcCard, pc_card, PC, CARD, GtkWidget)

GtkWidget    *pc_card_new            (PcTouchpoint *touchpoint);
PcTouchpoint *pc_card_get_touchpoint (PcCard       *self);
void          pc_card_set_touchpoint (PcCard       *self,
                                      PcTouchpoint *touchpoint);
/* The layout the card draws itself from, and its index there. */
void          pc_card_set_layout     (PcCard       *self,
                                      PcLayout     *layout,
                                      guint         index);
PcLayout     *pc_card_get_layout     (PcCard       *self);
guint         pc_card_get_index      (PcCard       *self);
void          pc_card_set_selected   (PcCard       *self,
                                      gboolean      selected);
gboolean      pc_card_get_selected   (PcCard       *self);
/* Slightly see-through while the card is being dragged. */
void          pc_card_set_dragging   (PcCard       *self,
                                      gboolean      dragging);
/* A short text screen readers get as the card's description instead of
 * its channel (the connector selected from it); NULL for the channel. */
void          pc_card_set_status     (PcCard       *self,
                                      const char   *status);
const char   *pc_card_get_status     (PcCard       *self);

G_END_DECLS
