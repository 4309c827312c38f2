/**
 * Vocabulary of the GOS (groupes opérationnels de synthèse) of the territorial
 * convention: who takes part, and the two levels some territories distinguish.
 *
 * GOS de la convention territoriale : types de participants et niveaux.
 */
import * as z from 'zod';
import { field, named } from '../metadata.js';
import { Texte } from '../common/primitives.js';
import { SOURCES_CONVENTION } from '../common/sources-convention.js';
import { FrequenceSchema } from '../common/structures.js';

/**
 * Kinds of GOS participants: MDPH professional, partner institution, operator,
 * the person, family or carers, peer helper (pair-aidant), association, other
 * (CNSA pioneer-site slides: people, peers and associations take part).
 */
export const TYPES_PARTICIPANT_GOS = ['professionnel-mdph', 'institution-partenaire', 'operateur', 'personne', 'famille-proches', 'pair-aidant', 'association', 'autre'] as const;

/** The two GOS levels named by the pioneer sites (GOS I, GOS II); what each does is the territory's choice. */
export const NIVEAUX_GOS = ['gos-1', 'gos-2'] as const;

/** One GOS level of the territory. */
export const NiveauGosSchema = named(
  'NiveauGos',
  z.strictObject({
    niveau: field(z.enum(NIVEAUX_GOS), {
      titre: 'Niveau',
      description: 'GOS I (gos-1) ou GOS II (gos-2).',
      titleEn: 'Level',
      descriptionEn: 'GOS I (gos-1) or GOS II (gos-2).',
      source: SOURCES_CONVENTION.niveauxGos,
    }),
    role: field(Texte, {
      titre: 'Rôle',
      description:
        'Ce que traite ce niveau (par exemple « concertation des opérateurs d’un territoire », « situations demandant une dérogation ou un financement, avec l’ARS et le conseil départemental »).',
      titleEn: 'Role',
      descriptionEn:
        'What this level handles (for example “consultation of the operators of a territory”, “situations needing a derogation or funding, with the ARS and the conseil départemental”).',
    }),
    echelle: field(Texte, {
      titre: 'Échelle',
      description: 'Échelle à laquelle il se réunit (territoire, département).',
      titleEn: 'Scale',
      descriptionEn: 'Scale at which it meets (territory, département).',
    }).exactOptional(),
    frequence: field(FrequenceSchema, {
      titre: 'Fréquence',
      description: 'Fréquence de ses réunions.',
      titleEn: 'Frequency',
      descriptionEn: 'Frequency of its meetings.',
    }).exactOptional(),
  }),
  {
    titre: 'Niveau de GOS',
    description: 'Un niveau de GOS (GOS I, GOS II) : son rôle, son échelle, sa fréquence. La répartition des rôles entre niveaux varie selon les territoires.',
    titleEn: 'GOS level',
    descriptionEn:
      'A level of GOS (*groupe opérationnel de synthèse*: GOS I, GOS II): its role, its scale, its frequency. How roles are split between levels varies between territories.',
    source: `${SOURCES_CONVENTION.niveauxGos} ; INFERRED : rôle de chaque niveau propre au territoire`,
  },
);
