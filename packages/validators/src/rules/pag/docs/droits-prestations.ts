/**
 * Documentation of the droits-prestations rules of the PAG (title, description,
 * source), apart from their checks (`../droits-prestations.ts`) so that a page that only
 * validates does not ship it; the rule catalogue (`RULES`) joins them.
 *
 * Documentation des règles « droits-prestations ».
 */
import { text } from '../../../messages.js';
import type { RuleSource } from '../../../types.js';
import type { RuleDocs } from '../../rule-docs.js';

/** Sources of the decision rules. */
const SOURCES_DROITS = {
  tre420: {
    kind: 'ans',
    reference:
      'ANS, TRE_R420 Droit Prestation (hiérarchie : catégories de niveau 1, JDV_J401 ; types de niveau 2, JDV_J402) et extension TDDUI 2.4.0 tddui-decision (categorieDroitPrestation, typeDroitPrestation)',
    url: 'https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r420-droit-prestation',
  },
  precision: {
    kind: 'ans',
    reference:
      'ANS, TDDUI 2.4.0, extension tddui-decision, invariants PrecisionOrientationValues7.8 (SESSAD ⇒ 1 à 6), 7.9 (SAFEP ⇒ 7, 8), 8.3 (SEGPA/EREA ⇒ 9, 10), 8.6 (unité d’enseignement ⇒ UEA, UEM), 13.1-13.2 (précision interdite) ; jeu de valeurs JDV_J408',
    url: 'https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-decision',
  },
  temporalite: {
    kind: 'ans',
    reference:
      'ANS, TDDUI 2.4.0, extension tddui-decision, invariants temporaliteAccueilCardinalityViaCategorieDroitPrestation (« Si categorieDroitPrestation = 13 ou 7 alors temporaliteAccueil est obligatoire ») et …ViaTypeDroitPrestation (8.6, 8.7, 8.8, 8.10)',
    url: 'https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-decision',
  },
  creton: {
    kind: 'ans',
    reference: 'ANS, TDDUI 2.4.0, extension tddui-decision, invariant cretonCardinality (« Si categorieDroitPrestation = 7 (ESSMS enfant) alors Creton est obligatoire »)',
    url: 'https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-decision',
  },
  existencePag: {
    kind: 'ans',
    reference:
      'ANS, TDDUI, définition de existencePAG : « 1 = si la décision est associée à un PAG au statut "élaboré" ou "validé" ; 0 = pour tous les autres cas » (sfe_modelisation_contenu.md)',
    url: 'https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-decision',
  },
} as const satisfies Record<string, RuleSource>;

/** Title, description and source of each droits-prestations rule, by rule id. */
export const droitsPrestationsDocs = {
  'PAG-DROITS-001': {
    title: text('Catégorie et type du droit cohérents', 'Category and type of the right agree'),
    description: text(
      'Quand une décision donne sa catégorie (`categorieDroitPrestation`, niveau 1 de TRE_R420), c’est celle de son code (`codeDroitPrestation`) : le parent d’un type de niveau 2 (7.8 SESSAD appartient à 7 Orientation ESMS Enfants), ou le code lui-même quand c’est une catégorie. Une catégorie qui n’est pas celle du type est une erreur : corrigez l’un ou l’autre, ou retirez la catégorie, qui se déduit du type.',
      'When a decision gives its category (`categorieDroitPrestation`, level 1 of TRE_R420), it is the one of its code (`codeDroitPrestation`): the parent of a level-2 type (7.8 SESSAD belongs to 7 Orientation ESMS Enfants), or the code itself when it is a category. A category that is not the type’s is an error: correct one of them, or remove the category, which follows from the type.',
    ),
    source: SOURCES_DROITS.tre420,
  },
  'PAG-DROITS-002': {
    title: text('Précision de l’orientation conforme au type', 'Précision of the orientation matches its type'),
    description: text(
      'Invariants du TDDUI sur la précision de l’orientation (JDV_J408) : un SESSAD (7.8) est précisé par 1 à 6 (TRE_R426), un SAFEP (7.9) par 7 ou 8, l’enseignement adapté (8.3) par 9 SEGPA ou 10 EREA (TRE_R408), une unité d’enseignement (8.6) par UEA ou UEM (TRE_R278) ; une orientation en établissement d’accueil non médicalisé (13.1) ou médicalisé (13.2) n’a pas de précision. Les autres types ne sont pas contraints.',
      'TDDUI invariants on the précision of the orientation (JDV_J408): a SESSAD (7.8) takes 1 to 6 (TRE_R426), a SAFEP (7.9) 7 or 8, adapted teaching (8.3) 9 SEGPA or 10 EREA (TRE_R408), a teaching unit (8.6) UEA or UEM (TRE_R278); an orientation to a non-medicalised (13.1) or medicalised (13.2) residential facility has no précision. Other types are not constrained.',
    ),
    source: SOURCES_DROITS.precision,
  },
  'PAG-DROITS-003': {
    title: text('Temporalité d’accueil des orientations ESMS', 'Temporality of ESMS orientations'),
    description: text(
      'Le TDDUI exige la temporalité d’accueil (TRE_R240 : 01 temporaire, 02 permanent) pour toute orientation ESMS enfants (catégorie 7) ou adultes (13) et pour les types 8.6, 8.7, 8.8 et 8.10. Avertissement : le PAG reprend la notification, qui peut ne pas la dire ; sans elle, la décision ne peut pas être transmise telle quelle dans un flux TDDUI.',
      'The TDDUI requires the temporality of the placement (TRE_R240: 01 temporary, 02 permanent) for any children’s (category 7) or adults’ (13) ESMS orientation and for types 8.6, 8.7, 8.8 and 8.10. Warning: the PAG copies the notification, which may not state it; without it the decision cannot be sent as is in a TDDUI flow.',
    ),
    source: SOURCES_DROITS.temporalite,
  },
  'PAG-DROITS-004': {
    title: text('Indicateur Creton des orientations ESMS enfants', 'Creton flag of children’s ESMS orientations'),
    description: text(
      'Le TDDUI exige l’indicateur `creton` pour toute orientation ESMS enfants (catégorie 7 de TRE_R420 ou type 7.x) : vrai quand un jeune adulte est maintenu au-delà de 20 ans au titre de l’amendement Creton (CASF, L. 242-4 selon le projet, INFERRED), faux sinon. Avertissement : sans lui, la décision ne peut pas être transmise telle quelle dans un flux TDDUI.',
      'The TDDUI requires the `creton` flag for any children’s ESMS orientation (TRE_R420 category 7 or type 7.x): true when a young adult stays beyond 20 under the amendement Creton (CASF, L. 242-4 per the project, INFERRED), false otherwise. Warning: without it the decision cannot be sent as is in a TDDUI flow.',
    ),
    source: SOURCES_DROITS.creton,
  },
  'PAG-DROITS-005': {
    title: text('Décision liée au PAG et statut du PAG', 'Decision tied to the PAG and status of the PAG'),
    description: text(
      'Le TDDUI définit `existencePAG` ainsi : « 1 = si la décision est associée à un PAG au statut élaboré ou validé ; 0 = pour tous les autres cas ». Une décision marquée `existencePAG: true` dans un PAG en brouillon ou terminé contredit cette définition : mettez false (pour un PAG terminé, le motif de fin est dans « motifFin »).',
      'The TDDUI defines `existencePAG` as "1 = when the decision is tied to a PAG with status élaboré or validé; 0 = in every other case". A decision marked `existencePAG: true` in a draft or ended PAG contradicts that definition: set false (for an ended PAG, the reason is in `motifFin`).',
    ),
    source: SOURCES_DROITS.existencePag,
  },
} satisfies RuleDocs;
