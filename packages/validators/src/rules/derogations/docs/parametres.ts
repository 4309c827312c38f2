/**
 * Documentation of the parametres rules of the derogation table (title, description,
 * source), apart from their checks (`../parametres.ts`) so that a page that only
 * validates does not ship it; the rule catalogue (`RULES`) joins them.
 *
 * Documentation des règles « parametres ».
 */
import { text } from '../../../messages.js';
import { TABLEAU_SOURCES } from '../tableau-rule.js';
import type { RuleDocs } from '../../rule-docs.js';

/** Title, description and source of each parametres rule, by rule id. */
export const parametresDocs = {
  'TAB-PARAMETRES-001': {
    title: text('Paramètres d’un objet mesurable', 'Parameters of a measurable object'),
    description: text(
      'Quand l’objet de la dérogation est mesurable (âge, public, capacité, mode ou temporalité d’accueil, durée), la ligne donne le paramètre structuré correspondant (`parametres.age`, `publics`, `capacite`, `modesAccueil`, `temporalites`, `dureeMaximaleMois`), pour que les PAG qui la mobilisent puissent être contrôlés.',
      'When the object of the derogation is measurable (age, public, capacity, mode or temporality of care, duration), the row gives the matching structured parameter, so that the PAGs using it can be checked.',
    ),
    source: TABLEAU_SOURCES.projet,
  },
  'TAB-PARAMETRES-002': {
    title: text('Tranche d’âge dérogée cohérente', 'Consistent derogated age range'),
    description: text(
      'Chaque tranche d’âge a une borne basse inférieure ou égale à la borne haute, et la tranche dérogée sort effectivement de la tranche autorisée (borne basse plus basse ou borne haute plus haute) : sinon, il n’y a rien à déroger.',
      'Each age range has a lower bound at most equal to its upper bound, and the derogated range actually departs from the authorised one (lower minimum or higher maximum): otherwise there is nothing to derogate from.',
    ),
    source: TABLEAU_SOURCES.projet,
  },
  'TAB-PARAMETRES-003': {
    title: text('Places en surnombre positives', 'Positive surplus places'),
    description: text(
      'Une dérogation de capacité porte sur au moins une place en surnombre (`capacite.placesSurnombre` ≥ 1) ; le schéma publié l’impose et l’anomalie est rapportée sous cet identifiant. Quand la capacité autorisée est donnée, le surnombre ne la dépasse pas.',
      'A capacity derogation is about at least one surplus place (`capacite.placesSurnombre` ≥ 1); the published schema enforces it and the issue is reported under this id. When the authorised capacity is given, the surplus does not exceed it.',
    ),
    source: TABLEAU_SOURCES.projet,
  },
  'TAB-PARAMETRES-004': {
    title: text('Durée maximale positive', 'Positive maximum duration'),
    description: text(
      'La durée maximale d’une dérogation est d’au moins un mois (`dureeMaximaleMois` ≥ 1) ; le schéma publié l’impose et l’anomalie est rapportée sous cet identifiant.',
      'The maximum duration of a derogation is at least one month (`dureeMaximaleMois` ≥ 1); the published schema enforces it and the issue is reported under this id.',
    ),
    source: TABLEAU_SOURCES.projet,
  },
  'TAB-PARAMETRES-005': {
    title: text('Publics, modes et temporalités dérogés hors autorisation', 'Derogated publics, modes and temporalities outside the authorisation'),
    description: text(
      'Pour les publics, les modes d’accueil et les temporalités, la liste dérogée contient au moins une valeur qui n’est pas déjà autorisée.',
      'For publics, modes of care and temporalities, the derogated list contains at least one value that is not already authorised.',
    ),
    source: TABLEAU_SOURCES.projet,
  },
  'TAB-PARAMETRES-006': {
    title: text('Code de public fermé par l’ANS', 'Public code closed by the ANS'),
    description: text(
      'Les codes de public (`parametres.publics.autorises` et `deroges`) sont les codes de niveau 3 de TRE_R403 (JDV_J328). Ceux que l’ANS a fermés le 2021-11-26 (par exemple 110 déficience intellectuelle sans autre indication, 205 déficience du psychisme sans autre indication, 310 déficience auditive) restent acceptés par le schéma, pour les arrêtés d’autorisation écrits avant, mais chacun est signalé : remplacez-le par un code actif de JDV_J328 (TRE_R403 ne donne pas de code de remplacement). Avertissement par défaut, erreur avec l’option `deprecatedCodes: "error"`, comme les codes SERAFIN-PH désactivés (PAG-CODES-001).',
      'Public codes (`parametres.publics.autorises` and `deroges`) are the level-3 codes of TRE_R403 (JDV_J328). Those the ANS closed on 2021-11-26 (e.g. 110 intellectual disability not otherwise specified, 205 mental disability not otherwise specified, 310 hearing impairment) are still accepted by the schema, for authorisation orders written before, but each one is reported: replace it with an active JDV_J328 code (TRE_R403 gives no replacement code). Warning by default, error with the `deprecatedCodes: "error"` option, like the deprecated SERAFIN-PH codes (PAG-CODES-001).',
    ),
    source: TABLEAU_SOURCES.tre403,
  },
} satisfies RuleDocs;
