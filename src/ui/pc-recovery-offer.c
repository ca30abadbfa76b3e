/* pc-recovery-offer.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* At start-up, offers to restore the recovery copies (see pc-recovery.h)
 * that a crashed or killed Parcours left behind, one dialog at a time. A
 * restored document goes on with its copy in the window's autosave. */

#include "config.h"

#include <glib/gi18n.h>

#include "pc-autosave.h"
#include "pc-dialog.h"
#include "pc-recovery-offer.h"
#include "pc-recovery.h"
#include "pc-window.h"

typedef struct
{
  GtkApplication *application;
  GPtrArray      *entries;  /* PcRecoveryEntry, offered in order */
  guint           next;
} Offer;

static void offer_next (Offer *offer);

static void
offer_free (Offer *offer)
{
  g_object_unref (offer->application);
  g_ptr_array_unref (offer->entries);
  g_free (offer);
}

static PcWindow *
window_for_restore (GtkApplication *application)
{
  for (GList *l = gtk_application_get_windows (application); l; l = l->next)
    if (PC_IS_WINDOW (l->data) && pc_window_get_document (l->data) == NULL)
      return l->data;
  return pc_window_new (application);
}

static void
restore (Offer                 *offer,
         const PcRecoveryEntry *entry)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PcRecoveryEntry) read = NULL;
  g_autoptr(PcDocument) document = pc_recovery_restore (entry->key, &read, &error);
  g_autoptr(GFile) file = NULL;
  PcWindow *window;

  window = window_for_restore (offer->application);
  gtk_window_present (GTK_WINDOW (window));
  if (document == NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);
      g_autofree char *text = g_strdup_printf (_("Could not restore the document: %s"), escaped);

      adw_toast_overlay_add_toast (pc_window_get_toasts (window), adw_toast_new (text));
      return;
    }

  if (entry->original_path != NULL)
    file = g_file_new_for_path (entry->original_path);
  pc_window_set_document (window, document, file, TRUE);

  /* The window carries on with the same recovery copy, so nothing is lost
   * if it crashes again before the next write. */
  pc_autosave_resume (pc_window_get_autosave (window), entry->key,
                      entry->saved_time, entry->n_changes);
}

static void
response_cb (PcAlert    *dialog,
             const char *response,
             Offer      *offer)
{
  const PcRecoveryEntry *entry = offer->entries->pdata[offer->next - 1];

  if (g_strcmp0 (response, "restore") == 0)
    restore (offer, entry);
  else if (g_strcmp0 (response, "discard") == 0)
    {
      g_autoptr(GError) error = NULL;

      if (!pc_recovery_discard (entry->key, &error))
        g_message ("Could not remove the recovery copy: %s", error->message);
    }
  /* “Not now” keeps the copy for the next start. */
  offer_next (offer);
}

static char *
format_time (gint64 unix_time)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;

  /* TRANSLATORS: date and time of a save, see g_date_time_format() */
  return local ? g_date_time_format (local, _("%x at %H:%M")) : g_strdup ("?");
}

static char *
describe_entry (const PcRecoveryEntry *entry)
{
  g_autofree char *name = NULL;
  g_autofree char *written = format_time (entry->written_time);
  g_autofree char *changes = g_strdup_printf (ngettext ("%u change", "%u changes", entry->n_changes),
                                              entry->n_changes);

  if (entry->original_path != NULL)
    name = g_path_get_basename (entry->original_path);
  else if (entry->title != NULL && entry->title[0] != '\0')
    name = g_strdup (entry->title);
  else
    name = g_strdup (_("Untitled Journey"));

  if (entry->saved_time > 0)
    {
      g_autofree char *saved = format_time (entry->saved_time);

      /* TRANSLATORS: “name” was last saved on <date>; <n changes> … <date> */
      return g_strdup_printf (_("“%s” was last saved on %s. Parcours kept %s made after that, "
                                "the last on %s."),
                              name, saved, changes, written);
    }
  /* TRANSLATORS: “name” was never saved; <n changes> … <date> */
  return g_strdup_printf (_("“%s” was never saved. Parcours kept %s, the last on %s."),
                          name, changes, written);
}

static void
offer_next (Offer *offer)
{
  const PcRecoveryEntry *entry;
  g_autofree char *body = NULL;
  GtkWindow *parent;
  PcAlert *dialog;

  if (offer->next >= offer->entries->len)
    {
      offer_free (offer);
      return;
    }
  entry = offer->entries->pdata[offer->next++];

  parent = gtk_application_get_active_window (offer->application);
  if (parent == NULL)
    {
      parent = GTK_WINDOW (pc_window_new (offer->application));
      gtk_window_present (parent);
    }

  body = describe_entry (entry);
  dialog = pc_alert_new (_("Restore Unsaved Changes?"), body);
  pc_alert_add_responses (dialog,
                          "later", _("_Not Now"),
                          "discard", _("_Discard"),
                          "restore", _("_Restore"),
                          NULL);
  pc_alert_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  pc_alert_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  pc_alert_set_default_response (dialog, "restore");
  pc_alert_set_close_response (dialog, "later");
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), offer);
  pc_alert_present (dialog, GTK_WIDGET (parent));
}

static gboolean
offer_idle_cb (gpointer user_data)
{
  offer_next (user_data);
  return G_SOURCE_REMOVE;
}

/**
 * pc_recovery_offer:
 *
 * Once the application has shown its first window, asks about each
 * document that a crashed or killed Parcours did not save, one dialog at
 * a time. Documents still open in another running Parcours are left alone.
 */
void
pc_recovery_offer (GtkApplication *application)
{
  g_autoptr(GPtrArray) entries = NULL;
  Offer *offer;

  g_return_if_fail (GTK_IS_APPLICATION (application));

  entries = pc_recovery_list (FALSE);
  if (entries->len == 0)
    return;

  offer = g_new0 (Offer, 1);
  offer->application = g_object_ref (application);
  offer->entries = g_steal_pointer (&entries);
  /* after activate or open has made the windows */
  g_idle_add_full (G_PRIORITY_LOW, offer_idle_cb, offer, NULL);
}
