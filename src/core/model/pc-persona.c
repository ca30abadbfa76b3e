/* pc-persona.c
 *
 * Copyright 2026 The Parcours authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A fictional buyer profile, drawn as a coloured circle beside its lanes.
 * Empty text reads back as "" so callers never test for NULL. */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pc-persona.h"

struct _PcPersona
{
  PcEntity parent_instance;

  char *name;
  char *description;
  char *color;
  char *goals;
  char *needs;
  char *frustrations;
  char *notes;
};

G_DEFINE_FINAL_TYPE (PcPersona, pc_persona, PC_TYPE_ENTITY)

/* The fields in file order. */
enum {
  F_NAME,
  F_DESCRIPTION,
  F_COLOR,
  F_GOALS,
  F_NEEDS,
  F_FRUSTRATIONS,
  F_NOTES,
  N_FIELDS
};

#define OFFSET(member) G_STRUCT_OFFSET (PcPersona, member)

static const PcField fields[N_FIELDS] = {
  [F_NAME] = {
    .member = "name", .property = "name", .offset = OFFSET (name),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_REQUIRED,
    .label = N_("Name"),
  },
  [F_DESCRIPTION] = {
    .member = "description", .property = "description", .offset = OFFSET (description),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_MULTILINE,
    .label = N_("Description"),
  },
  [F_COLOR] = {
    .member = "color", .property = "color", .offset = OFFSET (color),
    .kind = PC_FIELD_COLOR,
    .label = N_("Colour"),
  },
  [F_GOALS] = {
    .member = "goals", .property = "goals", .offset = OFFSET (goals),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_MULTILINE,
    .label = N_("Goals"),
  },
  [F_NEEDS] = {
    .member = "needs", .property = "needs", .offset = OFFSET (needs),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_MULTILINE,
    .label = N_("Needs"),
  },
  [F_FRUSTRATIONS] = {
    .member = "frustrations", .property = "frustrations", .offset = OFFSET (frustrations),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_MULTILINE,
    .label = N_("Frustrations"),
  },
  [F_NOTES] = {
    .member = "notes", .property = "notes", .offset = OFFSET (notes),
    .kind = PC_FIELD_TEXT, .flags = PC_FIELD_MULTILINE,
    .label = N_("Notes"),
  },
};

static void
pc_persona_class_init (PcPersonaClass *klass)
{
  PcEntityClass *entity_class = PC_ENTITY_CLASS (klass);

  entity_class->id_prefix = "persona";
  pc_entity_class_install_fields (entity_class, fields, N_FIELDS);
}

static void
pc_persona_init (PcPersona *self)
{
  pc_entity_init_fields (PC_ENTITY (self));
}

/**
 * pc_persona_new:
 * @id: (nullable): a stable id, or %NULL to make a new one
 */
PcPersona *
pc_persona_new (const char *id)
{
  return g_object_new (PC_TYPE_PERSONA, "id", id, NULL);
}

const char *
pc_persona_get_name (PcPersona *self)
{
  g_return_val_if_fail (PC_IS_PERSONA (self), NULL);

  return self->name ? self->name : "";
}

void
pc_persona_set_name (PcPersona *self,
                     const char *name)
{
  g_return_if_fail (PC_IS_PERSONA (self));

  pc_entity_set_text (PC_ENTITY (self), F_NAME, name);
}

const char *
pc_persona_get_description (PcPersona *self)
{
  g_return_val_if_fail (PC_IS_PERSONA (self), NULL);

  return self->description ? self->description : "";
}

void
pc_persona_set_description (PcPersona *self,
                            const char *description)
{
  g_return_if_fail (PC_IS_PERSONA (self));

  pc_entity_set_text (PC_ENTITY (self), F_DESCRIPTION, description);
}

const char *
pc_persona_get_color (PcPersona *self)
{
  g_return_val_if_fail (PC_IS_PERSONA (self), NULL);

  return self->color ? self->color : "";
}

void
pc_persona_set_color (PcPersona *self,
                      const char *color)
{
  g_return_if_fail (PC_IS_PERSONA (self));

  pc_entity_set_text (PC_ENTITY (self), F_COLOR, color);
}

const char *
pc_persona_get_goals (PcPersona *self)
{
  g_return_val_if_fail (PC_IS_PERSONA (self), NULL);

  return self->goals ? self->goals : "";
}

void
pc_persona_set_goals (PcPersona *self,
                      const char *goals)
{
  g_return_if_fail (PC_IS_PERSONA (self));

  pc_entity_set_text (PC_ENTITY (self), F_GOALS, goals);
}

const char *
pc_persona_pick_color (guint n)
{
  static const char * const colors[] = {
    "#3584e4", "#e66100", "#2ec27e", "#9141ac", "#c01c28", "#986a44", "#f5c211",
  };

  return colors[n % G_N_ELEMENTS (colors)];
}

/* Words that name channels, teams, systems and blueprint layers, in
 * English and French (folded to lower case, without accents). */
static const char * const not_people[] = {
  "account", "accounts", "accueil", "ads", "advertising", "agence", "agency",
  "app", "application", "apps", "assistance", "autre", "autres", "back",
  "backstage", "billing", "boutique", "bureau", "call", "canal", "canaux",
  "centre", "center", "channel", "channels", "chat", "client", "clients",
  "comptabilite", "coulisses", "courriel", "crm", "customer", "customers",
  "delivery", "department", "departement", "desk", "direction", "email",
  "equipe", "equipes", "erp", "evidence", "facturation", "finance", "front",
  "frontstage", "helpdesk", "internet", "kiosk", "lane", "legal", "livraison",
  "logistics", "logistique", "magasin", "mail", "management", "marketing",
  "media", "medias", "mobile", "notes", "office", "online", "operations", "ops",
  "other", "others", "partenaire", "partenaires", "partner", "partners",
  "personnel", "phone", "physical", "physique", "platform", "plateforme",
  "preuve", "preuves", "process", "processes", "processus", "produit",
  "product", "publicite", "reseaux", "reviews", "sales", "search", "service",
  "services", "shop", "site", "social", "staff", "store", "supplier",
  "suppliers", "support", "system", "systems", "systeme", "systemes", "tasks",
  "taches", "team", "teams", "technique", "telephone", "tools", "outils",
  "user", "users", "utilisateur", "utilisateurs", "vendor", "vendeur",
  "vendeurs", "ventes", "web", "website", "workflow",
};

/* One word of a name: capitalised parts joined by hyphens or
 * apostrophes ("Jean-Pierre", "O'Brien"), with lower-case letters. */
static gboolean
is_name_word (const char *word)
{
  gboolean part_start = TRUE, any_lower = FALSE;
  gunichar previous = 0;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '-' || c == '\'' || c == 0x2019)
        {
          if (part_start)
            return FALSE;
          part_start = TRUE;
        }
      else if (part_start)
        {
          if (!g_unichar_isupper (c))
            return FALSE;
          part_start = FALSE;
        }
      else if (g_unichar_islower (c))
        any_lower = TRUE;
      else
        return FALSE;
      previous = c;
    }
  return any_lower && previous != '-' && previous != '\'' && previous != 0x2019;
}

static gboolean
is_not_people_word (const char *word)
{
  g_autofree char *folded = g_utf8_casefold (word, -1);
  g_autofree char *plain = g_str_to_ascii (folded, "C");

  for (guint i = 0; i < G_N_ELEMENTS (not_people); i++)
    if (strcmp (plain, not_people[i]) == 0)
      return TRUE;
  return FALSE;
}

gboolean
pc_persona_name_is_personal (const char *name)
{
  g_auto(GStrv) words = NULL;
  g_autofree char *stripped = NULL;
  guint n = 0;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return FALSE;

  stripped = g_strstrip (g_strdup (name));
  if (g_utf8_strlen (stripped, -1) > 60)
    return FALSE;
  words = g_strsplit_set (stripped, " \t", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      /* Parts of a hyphenated word are checked one by one too. */
      g_auto(GStrv) parts = NULL;

      if (words[i][0] == '\0')
        continue;
      if (++n > 2 || !is_name_word (words[i]))
        return FALSE;
      parts = g_strsplit (words[i], "-", -1);
      for (guint k = 0; parts[k] != NULL; k++)
        if (is_not_people_word (parts[k]))
          return FALSE;
    }
  return n > 0;
}
