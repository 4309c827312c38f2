/**
 * `validate()` and the typed entry points of the three document types:
 * structure (the published JSON Schema, precompiled) then business rules, in
 * one report. Never throws. Per-document entry points (`./pag`,
 * `./convention`, `./tableau-derogations`) carry one type's checks only.
 */
import { ALL_KITS } from './documents/all-kits.js';
import { throwUnlessValid, validateWith, type EntryPoint } from './engine.js';
import { ALL_CATALOGUES } from './locales/all.js';
import type { DocumentOf, DocumentType, ValidateOptions, ValidationResult } from './types.js';

const ENTRY: EntryPoint = { kits: ALL_KITS, catalogues: ALL_CATALOGUES };

/**
 * Validates a PAG, a territorial convention or a table of delegated
 * derogations: the type is read from `typeDocument` (or forced with
 * `options.typeDocument`), the structure is checked against the published
 * JSON Schema, then the business rules run where the structure they read is
 * sound. **Never throws**, whatever it is given, and never writes to it. A
 * plain JSON tree (what `JSON.parse` returns) that follows the schema is read
 * as it is — members defined by getters included, which may then be read
 * more than once; anything else (and any value whose reading throws) is first
 * copied into one, and what is not JSON in it is reported (`STRUCTURE-JSON`),
 * a property set to `undefined` included (leave an absent property out, as
 * the zod schemas and the generated interfaces require).
 *
 * When the result is valid it carries the typed `document` (narrow on
 * `typeDocument`): the value given itself when it was a plain JSON tree,
 * otherwise the JSON copy that was checked. Problems with the options (a
 * programmer's mistake, never the document's) are listed apart in
 * `optionIssues` and never make the document invalid.
 *
 * @example
 * const result = validate(JSON.parse(text), { lang: 'fr', referenceDate: '2025-06-30' });
 * if (result.valid && result.typeDocument === 'pag') console.log(result.document.statut);
 * else for (const i of result.issues) console.log(i.ruleId, i.path, i.message);
 */
export function validate<T extends DocumentType = DocumentType>(document: unknown, options?: ValidateOptions & { typeDocument?: T | undefined }): ValidationResult<T> {
  return validateWith(ENTRY, document, options, undefined) as ValidationResult<T>;
}

/**
 * Validates and throws a {@link ValidationError} carrying every issue when the
 * document has at least one error-level issue; otherwise returns, and
 * TypeScript then knows the value is a document of the checked type (an
 * assertion function: `options.typeDocument` narrows it to that type).
 * Problems with the options alone (see `optionIssues`) do not throw.
 *
 * @example
 * const value: unknown = JSON.parse(text);
 * assertValid(value, { typeDocument: 'pag' });
 * value.engagements; // value: Pag
 */
export function assertValid<T extends DocumentType = DocumentType>(
  document: unknown,
  options?: ValidateOptions & { typeDocument?: T | undefined },
): asserts document is DocumentOf<T> {
  throwUnlessValid(validate(document, options), options);
}
