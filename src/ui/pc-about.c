/* pc-about.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-about.h"

#define PC_WEBSITE "https://github.com/parcours/parcours"
#define PC_ISSUES  "https://github.com/parcours/parcours/issues"

static const char *developers[] = {
  "The Parcours authors",
  NULL
};

static const char release_notes[] =
  N_("<p>The first release of Parcours.</p>"
  "<ul>"
  "<li>Journey maps with stages, lanes, personas and touchpoints</li>"
  "<li>Current state, future state, day in the life and service blueprint maps</li>"
  "<li>Undo for every edit, autosave and recovery</li>"
  "<li>Export to PNG, SVG, PDF and CSV; import from a spreadsheet</li>"
  "</ul>");

void
pc_about_show (GtkWindow *parent)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

#if ADW_CHECK_VERSION (1, 5, 0)
  AdwAboutDialog *about = ADW_ABOUT_DIALOG (adw_about_dialog_new ());
# define PC_ABOUT(fn) adw_about_dialog_##fn
#else
  AdwAboutWindow *about = ADW_ABOUT_WINDOW (adw_about_window_new ());
# define PC_ABOUT(fn) adw_about_window_##fn
#endif

  PC_ABOUT (set_application_name) (about, _("Parcours"));
  PC_ABOUT (set_application_icon) (about, APP_ID);
  PC_ABOUT (set_version) (about, PACKAGE_VERSION);
  PC_ABOUT (set_developer_name) (about, _("The Parcours authors"));
  PC_ABOUT (set_developers) (about, developers);
  PC_ABOUT (set_copyright) (about, "© 2026 The Parcours authors");
  PC_ABOUT (set_license_type) (about, GTK_LICENSE_GPL_3_0);
  PC_ABOUT (set_website) (about, PC_WEBSITE);
  PC_ABOUT (set_issue_url) (about, PC_ISSUES);
  PC_ABOUT (set_comments) (about,
                           _("Map the journey of your customers, stage by stage, "
                             "and show where it hurts."));
  /* Translators: put your names here, one per line. */
  PC_ABOUT (set_translator_credits) (about, _("translator-credits"));
  PC_ABOUT (set_release_notes_version) (about, PACKAGE_VERSION);
  PC_ABOUT (set_release_notes) (about, _(release_notes));

#undef PC_ABOUT

#if ADW_CHECK_VERSION (1, 5, 0)
  adw_dialog_present (ADW_DIALOG (about), parent ? GTK_WIDGET (parent) : NULL);
#else
  gtk_window_set_modal (GTK_WINDOW (about), TRUE);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  gtk_window_present (GTK_WINDOW (about));
#endif
}
