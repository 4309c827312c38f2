/**
 * The check of the options themselves (a wrong reference date or numbering
 * must not go unnoticed, and `validate()` never throws).
 */
import { DOCUMENT_TYPES, type RuleDefinition } from './types.js';

/** Id of the option check. */
export const OPTIONS_RULE_ID = 'OPTIONS-INVALIDES';

/** Documentation of the option check. */
export const OPTIONS_RULE: RuleDefinition = {
  id: OPTIONS_RULE_ID,
  severity: 'error',
  documents: DOCUMENT_TYPES,
  title: { fr: 'Options de validation invalides', en: 'Invalid validation options' },
  description: {
    fr: 'Une option de `validate()` est invalide (`referenceDate` qui n’est pas une date AAAA-MM-JJ existante, `numbering`, `lang`, `typeDocument`, `deprecatedCodes` ou `messages` inconnus, `skipRules` qui n’est pas une liste, liste `skipRules` ou `catalogues` illisible, message d’un catalogue fourni qui échoue) : la validation se fait avec la valeur par défaut ; le problème est signalé à part, dans `optionIssues`, et ne rend pas le document invalide.',
    en: 'An option of `validate()` is invalid (`referenceDate` that is not an existing YYYY-MM-DD date, unknown `numbering`, `lang`, `typeDocument`, `deprecatedCodes` or `messages`, `skipRules` not a list, an unreadable `skipRules` or `catalogues` list, a failing message of a given catalogue): validation uses the default value; the problem is reported apart, in `optionIssues`, and does not make the document invalid.',
  },
  source: { kind: 'bonne-pratique', reference: 'API de @serafin-ph/validators' },
  stage: 'structure',
  family: 'options',
  reads: [],
};
