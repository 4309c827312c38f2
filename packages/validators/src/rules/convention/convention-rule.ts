/**
 * Shared pieces of the rules of the territorial convention.
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

/**
 * The last day of the convention, when it has one: a tacitly renewed
 * convention (`reconductionTacite: true`) does not end at `dateFin`, the end of
 * its first term, so it has none.
 */
export function finConvention(periode: { readonly dateFin?: string; readonly reconductionTacite?: boolean }): string | undefined {
  return periode.reconductionTacite === true ? undefined : periode.dateFin;
}

/** The CNSA outline of the partnership convention. */
export const CNSA: RuleSource = {
  kind: 'cnsa',
  reference:
    'CNSA, support des sites pionniers « Une réponse accompagnée pour tous », axe 2 : « La convention partenariale “une réponse accompagnée pour tous” — Signent MDPH CD ARS CPAM Education nationale ; éventuellement représentants ESMS, CAF, MSA ; distincte de la convention de délégation des crédits ; elle permet de formaliser qui participe aux GOS (pour quelles situations sont prévues les autorités de contrôle et de tarification), les modalités d’instruction des demandes de financement complémentaires (qui reçoit, quel délai de réponse) et de dérogation (âge, spécialité…) » ; « La convention territoriale en Ille-et-Vilaine » (annexe : tableau de délégations de dérogations)',
};
/** The signatories: a practice of the pioneer sites, not a legal list. */
export const PRATIQUE_SITES_PIONNIERS: RuleSource = {
  kind: 'cnsa',
  reference:
    'CNSA, support des sites pionniers « Une réponse accompagnée pour tous », axe 2 : « Signent MDPH CD ARS CPAM Education nationale ; éventuellement représentants ESMS, CAF, MSA » — pratique des sites pionniers, aucune liste de signataires n’est fixée par la loi',
};
/** The accelerated derogation procedure of the Ille-et-Vilaine convention. */
export const PROCEDURE_ACCELEREE: RuleSource = {
  kind: 'cnsa',
  reference:
    'CNSA, « La convention territoriale en Ille-et-Vilaine » : « Expérimentation d’une procédure accélérée de décision de dérogation au code de l’Éducation » ; le contrôle du délai est une exigence du projet serafin-ph',
};
/** The two GOS levels of the pioneer sites. */
export const NIVEAUX_GOS_SOURCE: RuleSource = {
  kind: 'cnsa',
  reference:
    'CNSA, retours d’expérience des sites pionniers : « distinguer GOS I et GOS II » ; la cohérence entre niveaux décrits et niveaux des participants est une exigence du projet serafin-ph',
};
/** Requirements of the project. */
export const PROJET: RuleSource = { kind: 'bonne-pratique', reference: 'Exigence du projet serafin-ph (cohérence interne de la convention)' };
