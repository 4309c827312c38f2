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
    fr: 'Une option de `validate()` est invalide (`referenceDate` qui n’est pas une date AAAA-MM-JJ existante, valeur hors de sa liste pour `lang`, `typeDocument`, `numbering`, `deprecatedCodes`, `includePersonalData` (true ou false), `messages` ou `optionNames`, `skipRules` qui n’est pas une liste, identifiant inconnu ou de contrôle de structure dans `skipRules`, liste `skipRules` ou `catalogues` illisible, message d’un catalogue fourni qui échoue), illisible (un accesseur qui échoue) ou inconnue (un nom qui n’est pas celui d’une option), ou des options qui ne sont pas un objet (une chaîne, un nombre, un tableau, une fonction ; `undefined` et `null` valent « pas d’options ») : la validation se fait avec la valeur par défaut ; le problème est signalé à part, dans `optionIssues`, et ne rend pas le document invalide. Les listes citées dans les messages sont bornées (trois éléments, puis « et N autres »).',
    en: 'An option of `validate()` is invalid (`referenceDate` that is not an existing YYYY-MM-DD date, a value outside its list for `lang`, `typeDocument`, `numbering`, `deprecatedCodes`, `includePersonalData` (true or false), `messages` or `optionNames`, `skipRules` not a list, an unknown or structural rule id in `skipRules`, an unreadable `skipRules` or `catalogues` list, a failing message of a given catalogue), unreadable (a getter that throws) or unknown (a name that is no option), or options that are not an object (a string, a number, an array, a function; `undefined` and `null` mean "no options"): validation uses the default value; the problem is reported apart, in `optionIssues`, and does not make the document invalid. Lists quoted in the messages are bounded (three items, then "and N more").',
  },
  source: { kind: 'bonne-pratique', reference: 'API de @serafin-ph/validators' },
  stage: 'structure',
  family: 'options',
  reads: [],
};
