/**
 * @packageDocumentation
 * `@serafin-ph/validators/tableau-derogations` : validation du tableau des délégations de dérogations seul — la
 * structure (schéma JSON publié, précompilé) et les règles métier de ce seul
 * type de document, pour une page ou un formulaire qui n'embarque pas les
 * autres.
 *
 * Validation of a table of delegated derogations only: the structure (the published JSON Schema,
 * precompiled) and the business rules of this one document type, for a page
 * or a form that does not ship the others. Same results as the main entry's
 * `validateTableauDerogations`; `validateTableauDerogations` never throws.
 *
 * @module \@serafin-ph/validators/tableau-derogations
 */
import { throwUnlessValid, validateWith, type EntryPoint } from './engine.js';
import { TABLEAU_DEROGATIONS_KIT } from './documents/tableau-derogations-kit.js';
import type { TableauDerogations, ValidateOptions, ValidationResult } from './types.js';
import { TABLEAU_DEROGATIONS_FR } from './locales/tableau-derogations.js';

export * from './entry-common.js';
export { TABLEAU_DEROGATIONS_EN } from './locales/tableau-derogations.js';
export type { TableauDerogations } from './types.js';

const ENTRY: EntryPoint = { kits: { 'tableau-derogations': TABLEAU_DEROGATIONS_KIT }, catalogues: [TABLEAU_DEROGATIONS_FR] };

/**
 * Validates `document` as a table of delegated derogations (whatever its `typeDocument` says): structure
 * then business rules, one report. When the result is valid, `document` is a
 * {@link TableauDerogations}. Never throws.
 *
 * @example
 * const result = validateTableauDerogations(JSON.parse(text), { referenceDate: '2025-06-30' });
 * if (result.valid) use(result.document);
 * else for (const i of result.issues) console.log(i.ruleId, i.path, i.message);
 */
export function validateTableauDerogations(document: unknown, options?: Omit<ValidateOptions, 'typeDocument'>): ValidationResult<'tableau-derogations'> {
  return validateWith(ENTRY, document, options, 'tableau-derogations') as ValidationResult<'tableau-derogations'>;
}

/**
 * Validates `document` as a table of delegated derogations and throws a `ValidationError` carrying every
 * issue when it has at least one error-level issue; otherwise returns, and
 * TypeScript then knows the value is a {@link TableauDerogations} (an assertion function).
 * Problems with the options alone (see `optionIssues`) do not throw.
 */
export function assertValidTableauDerogations(document: unknown, options?: Omit<ValidateOptions, 'typeDocument'>): asserts document is TableauDerogations {
  throwUnlessValid(validateTableauDerogations(document, options), options);
}
