/* pc-connector.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-entity.h"

G_BEGIN_DECLS

#define PC_TYPE_CONNECTOR (pc_connector_get_type ())

G_DECLARE_FINAL_TYPE (PcConnector, pc_connector, PC, CONNECTOR, PcEntity)

PcConnector *pc_connector_new (const char *id);
const char  *pc_connector_get_from_id (PcConnector *self);
void         pc_connector_set_from_id (PcConnector *self,
                                       const char *from_id);
const char  *pc_connector_get_to_id (PcConnector *self);
void         pc_connector_set_to_id (PcConnector *self,
                                     const char *to_id);
const char  *pc_connector_get_label (PcConnector *self);
void         pc_connector_set_label (PcConnector *self,
                                     const char *label);

G_END_DECLS
