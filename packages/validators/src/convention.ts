/**
 * @packageDocumentation
 * `@serafin-ph/validators/convention` : validation de la convention territoriale seule — la
 * structure (schéma JSON publié, précompilé) et les règles métier de ce seul
 * type de document, pour une page ou un formulaire qui n'embarque pas les
 * autres.
 *
 * Validation of a territorial convention (a derogation table embedded in it included) only: the structure (the published JSON Schema,
 * precompiled) and the business rules of this one document type, for a page
 * or a form that does not ship the others. Same results as the main entry's
 * `validateConvention`; `validateConvention` never throws.
 *
 * @module \@serafin-ph/validators/convention
 */
import { throwUnlessValid, validateWith, type EntryPoint } from './engine.js';
import { CONVENTION_KIT } from './documents/convention-kit.js';
import type { ConventionTerritoriale, ValidateOptions, ValidationResult } from './types.js';
import { CONVENTION_FR } from './locales/convention.js';

export * from './entry-common.js';
export { CONVENTION_EN } from './locales/convention.js';
export type { ConventionTerritoriale } from './types.js';

const ENTRY: EntryPoint = { kits: { 'convention-territoriale': CONVENTION_KIT }, catalogues: [CONVENTION_FR] };

/**
 * Validates `document` as a territorial convention (a derogation table embedded in it included) (whatever its `typeDocument` says): structure
 * then business rules, one report. When the result is valid, `document` is a
 * {@link ConventionTerritoriale}. Never throws.
 *
 * @example
 * const result = validateConvention(JSON.parse(text), { referenceDate: '2025-06-30' });
 * if (result.valid) use(result.document);
 * else for (const i of result.issues) console.log(i.ruleId, i.path, i.message);
 */
export function validateConvention(document: unknown, options?: Omit<ValidateOptions, 'typeDocument'>): ValidationResult<'convention-territoriale'> {
  return validateWith(ENTRY, document, options, 'convention-territoriale') as ValidationResult<'convention-territoriale'>;
}

/**
 * Validates `document` as a territorial convention (a derogation table embedded in it included) and throws a `ValidationError` carrying every
 * issue when it has at least one error-level issue; otherwise returns, and
 * TypeScript then knows the value is a {@link ConventionTerritoriale} (an assertion function).
 * Problems with the options alone (see `optionIssues`) do not throw.
 */
export function assertValidConvention(document: unknown, options?: Omit<ValidateOptions, 'typeDocument'>): asserts document is ConventionTerritoriale {
  throwUnlessValid(validateConvention(document, options), options);
}
