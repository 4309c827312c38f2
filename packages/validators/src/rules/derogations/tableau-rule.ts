/**
 * Shared pieces of the rules of the table of delegated derogations.
 */
import type { TableauDerogations } from '@serafin-ph/pag-schema';
import type { RuleSource } from '../../types.js';
import { defineRule, type RuleSpec } from '../define.js';
import type { Rule } from '../rule.js';

/** Facts of the derogation table (none needed beyond the document). */
export type TableauFacts = Record<string, never>;

/** Declares a rule of the derogation table. */
export function tableauRule(spec: Omit<RuleSpec<TableauDerogations, TableauFacts>, 'document'>): Rule<TableauDerogations, TableauFacts> {
  return defineRule<TableauDerogations, TableauFacts>({ ...spec, document: 'tableau-derogations' });
}

/** Sources cited by the derogation-table rules. */
export const TABLEAU_SOURCES = {
  cnsa: {
    kind: 'cnsa',
    reference:
      'CNSA, support des sites pionniers « Une réponse accompagnée pour tous » : « Tableau des délégations de dérogations : objet de la dérogation, exemples de situations, condition de mise en œuvre, modalité d’autorisation, condition de suivi et avis de la coordination régionale », pour l’agrément et pour la prise en charge financière',
  },
  familles: {
    kind: 'cnsa',
    reference:
      'CNSA, « La convention territoriale en Ille-et-Vilaine » : tableau des délégations de dérogations « pour les dérogations à la réglementation de l’agrément » et « pour les dérogations aux règles de prise en charge financière » ; « Expérimentation d’une procédure accélérée de décision de dérogation au code de l’Éducation » ; INFERRED : rattachement de chaque type d’objet à une famille',
  },
  tre403: {
    kind: 'ans',
    reference:
      'ANS, TRE_R403 Public activité SMSSE régulée (OID 1.2.250.1.213.1.6.1.382) et jeu de valeurs JDV_J328 (ses codes de niveau 3, anciens codes FINESS de clientèle) : les concepts fermés le 2021-11-26 portent le statut « deprecated » (dateFin, deprecationDate) et restent dans le jeu de valeurs, marqués inactifs',
    url: 'https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r403-public-activite-smsse-regulee',
  },
  projet: { kind: 'bonne-pratique', reference: 'Exigence du projet serafin-ph (cohérence interne du tableau)' },
} as const satisfies Record<string, RuleSource>;
