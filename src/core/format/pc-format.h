/* pc-format.h
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pc-document.h"

G_BEGIN_DECLS

/* The newest version of the file format this build reads and writes. */
#define PC_FORMAT_VERSION 2

/* Limits that keep a hostile file from exhausting memory or the stack. */
#define PC_FORMAT_MAX_FILE_SIZE   (64 * 1024 * 1024)
#define PC_FORMAT_MAX_DEPTH       64
#define PC_FORMAT_MAX_STRING      (1024 * 1024)
#define PC_FORMAT_MAX_ID          128

#define PC_FORMAT_ERROR (pc_format_error_quark ())

typedef enum
{
  PC_FORMAT_ERROR_ENCODING,      /* not UTF-8 */
  PC_FORMAT_ERROR_SYNTAX,        /* not JSON */
  PC_FORMAT_ERROR_NOT_PARCOURS,  /* JSON, but not a Parcours document */
  PC_FORMAT_ERROR_NEWER_VERSION, /* made by a newer Parcours */
  PC_FORMAT_ERROR_INVALID,       /* a member is missing or wrong */
  PC_FORMAT_ERROR_TOO_LARGE,     /* over a size limit */
  PC_FORMAT_ERROR_TOO_DEEP,      /* nested deeper than the limit */
} PcFormatError;

GQuark      pc_format_error_quark (void);

PcDocument *pc_format_load_data   (const char  *data,
                                   gsize        length,
                                   GError     **error);
char       *pc_format_save_data   (PcDocument  *document,
                                   gsize       *length);

G_END_DECLS
