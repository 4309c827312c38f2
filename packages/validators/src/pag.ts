/**
 * @packageDocumentation
 * `@serafin-ph/validators/pag` : validation du PAG seul — la
 * structure (schéma JSON publié, précompilé) et les règles métier de ce seul
 * type de document, pour une page ou un formulaire qui n'embarque pas les
 * autres.
 *
 * Validation of a PAG only: the structure (the published JSON Schema,
 * precompiled) and the business rules of this one document type, for a page
 * or a form that does not ship the others. Same results as the main entry's
 * `validatePag`; `validatePag` never throws.
 *
 * @module \@serafin-ph/validators/pag
 */
import { throwUnlessValid, validateWith, type EntryPoint } from './engine.js';
import { PAG_KIT } from './documents/pag-kit.js';
import type { Pag, ValidateOptions, ValidationResult } from './types.js';
import { PAG_FR } from './locales/pag.js';

export * from './entry-common.js';
export { PAG_EN } from './locales/pag.js';
export type { Pag } from './types.js';

const ENTRY: EntryPoint = { kits: { pag: PAG_KIT }, catalogues: [PAG_FR] };

/**
 * Validates `document` as a PAG (whatever its `typeDocument` says): structure
 * then business rules, one report. When the result is valid, `document` is a
 * {@link Pag}. Never throws.
 *
 * @example
 * const result = validatePag(JSON.parse(text), { referenceDate: '2025-06-30' });
 * if (result.valid) use(result.document);
 * else for (const i of result.issues) console.log(i.ruleId, i.path, i.message);
 */
export function validatePag(document: unknown, options?: Omit<ValidateOptions, 'typeDocument'>): ValidationResult<'pag'> {
  return validateWith(ENTRY, document, options, 'pag') as ValidationResult<'pag'>;
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
