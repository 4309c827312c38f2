/**
 * Shared pieces of the rules of the territorial convention.
 *
 * Éléments communs aux règles de la convention territoriale.
 */
import type { ConventionTerritoriale } from '@serafin-ph/pag-schema';
import type { RuleSource } from '../../types.js';
import { defineRule, type RuleSpec } from '../define.js';
import type { Rule } from '../rule.js';

/** Facts of the convention (none needed beyond the document). */
export type ConventionFacts = Record<string, never>;

/** Declares a rule of the convention. */
export function conventionRule(spec: Omit<RuleSpec<ConventionTerritoriale, ConventionFacts>, 'document'>): Rule<ConventionTerritoriale, ConventionFacts> {
  return defineRule<ConventionTerritoriale, ConventionFacts>({ ...spec, document: 'convention-territoriale' });
}

/** The CNSA outline of the partnership convention. */
export const CNSA: RuleSource = {
  kind: 'cnsa',
  reference:
    'CNSA, support des sites pionniers « Une réponse accompagnée pour tous », axe 2 : « La convention partenariale “une réponse accompagnée pour tous” — Signent MDPH CD ARS CPAM Education nationale ; éventuellement représentants ESMS, CAF, MSA ; distincte de la convention de délégation des crédits ; elle permet de formaliser qui participe aux GOS (pour quelles situations sont prévues les autorités de contrôle et de tarification), les modalités d’instruction des demandes de financement complémentaires (qui reçoit, quel délai de réponse) et de dérogation (âge, spécialité…) » ; « La convention territoriale en Ille-et-Vilaine » (annexe : tableau de délégations de dérogations)',
};
/** Requirements of the project. */
export const PROJET: RuleSource = { kind: 'bonne-pratique', reference: 'Exigence du projet serafin-ph (cohérence interne de la convention)' };

