/**
 * The typed entry points of the main entry (`@serafin-ph/validators`): the
 * same checks as the per-document entry points (`./pag`, `./convention`,
 * `./tableau-derogations`), with the French and English catalogues of their
 * type, so that `lang: 'en'` and `messages: 'both'` need nothing more.
 * Imported alone, each still tree-shakes to its own type's checks.
 */
import { throwUnlessValid, validateWith, type EntryPoint } from './engine.js';
import { CONVENTION_KIT } from './documents/convention-kit.js';
import { PAG_KIT } from './documents/pag-kit.js';
import { TABLEAU_DEROGATIONS_KIT } from './documents/tableau-derogations-kit.js';
import { CONVENTION_EN, CONVENTION_FR } from './locales/convention.js';
import { PAG_EN, PAG_FR } from './locales/pag.js';
import { TABLEAU_DEROGATIONS_EN, TABLEAU_DEROGATIONS_FR } from './locales/tableau-derogations.js';
import type { ConventionTerritoriale, Pag, TableauDerogations, ValidateOptions, ValidationResult } from './types.js';

const PAG_ENTRY: EntryPoint = { kits: { pag: PAG_KIT }, catalogues: [PAG_FR, PAG_EN] };
const CONVENTION_ENTRY: EntryPoint = { kits: { 'convention-territoriale': CONVENTION_KIT }, catalogues: [CONVENTION_FR, CONVENTION_EN] };
const TABLEAU_ENTRY: EntryPoint = { kits: { 'tableau-derogations': TABLEAU_DEROGATIONS_KIT }, catalogues: [TABLEAU_DEROGATIONS_FR, TABLEAU_DEROGATIONS_EN] };

/**
 * Validates `document` as a PAG (whatever its `typeDocument` says): structure
 * then business rules, one report, messages in French or English. When the
 * result is valid, `document` is a {@link Pag}. Never throws.
 *
 * @example
 * const result = validatePag(JSON.parse(text), { referenceDate: '2025-06-30', lang: 'en' });
 * if (result.valid) use(result.document);
 * else for (const i of result.issues) console.log(i.ruleId, i.path, i.message);
 */
export function validatePag(document: unknown, options?: Omit<ValidateOptions, 'typeDocument'>): ValidationResult<'pag'> {
  return validateWith(PAG_ENTRY, document, options, 'pag') as ValidationResult<'pag'>;
}

/**
 * Validates `document` as a PAG and throws a `ValidationError` carrying every
 * issue when it has at least one error-level issue; otherwise returns, and
 * TypeScript then knows the value is a {@link Pag} (an assertion function).
 * Problems with the options alone (see `optionIssues`) do not throw.
 */
export function assertValidPag(document: unknown, options?: Omit<ValidateOptions, 'typeDocument'>): asserts document is Pag {
  throwUnlessValid(validatePag(document, options), options);
}

/**
 * Validates `document` as a territorial convention, a derogation table
 * embedded in it included (whatever its `typeDocument` says): structure then
 * business rules, one report, messages in French or English. When the result
 * is valid, `document` is a {@link ConventionTerritoriale}. Never throws.
 */
export function validateConvention(document: unknown, options?: Omit<ValidateOptions, 'typeDocument'>): ValidationResult<'convention-territoriale'> {
  return validateWith(CONVENTION_ENTRY, document, options, 'convention-territoriale') as ValidationResult<'convention-territoriale'>;
}

/**
 * Validates `document` as a territorial convention and throws a
 * `ValidationError` carrying every issue when it has at least one error-level
 * issue; otherwise returns, and TypeScript then knows the value is a
 * {@link ConventionTerritoriale} (an assertion function). Problems with the
 * options alone (see `optionIssues`) do not throw.
 */
export function assertValidConvention(document: unknown, options?: Omit<ValidateOptions, 'typeDocument'>): asserts document is ConventionTerritoriale {
  throwUnlessValid(validateConvention(document, options), options);
}

/**
 * Validates `document` as a table of delegated derogations (whatever its
 * `typeDocument` says): structure then business rules, one report, messages
 * in French or English. When the result is valid, `document` is a
 * {@link TableauDerogations}. Never throws.
 */
export function validateTableauDerogations(document: unknown, options?: Omit<ValidateOptions, 'typeDocument'>): ValidationResult<'tableau-derogations'> {
  return validateWith(TABLEAU_ENTRY, document, options, 'tableau-derogations') as ValidationResult<'tableau-derogations'>;
}

/**
 * Validates `document` as a table of delegated derogations and throws a
 * `ValidationError` carrying every issue when it has at least one error-level
 * issue; otherwise returns, and TypeScript then knows the value is a
 * {@link TableauDerogations} (an assertion function). Problems with the
 * options alone (see `optionIssues`) do not throw.
 */
export function assertValidTableauDerogations(document: unknown, options?: Omit<ValidateOptions, 'typeDocument'>): asserts document is TableauDerogations {
  throwUnlessValid(validateTableauDerogations(document, options), options);
}
