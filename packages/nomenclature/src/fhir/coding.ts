import { SERAFIN_SYSTEM, SERAFIN_VERSION, type SerafinCode } from '../generated/serafin-concepts.js';
import { conceptOf } from '../serafin/code-index.js';
import { UnknownCodeError } from '../serafin/errors.js';
import type { FhirCoding } from './types.js';

/**
 * A FHIR `Coding` for an ANS 2023 SERAFIN-PH code, with the published display.
 *
 * @param options.version - also set `version` (the CodeSystem version, 2023.1.0)
 * @throws {@link UnknownCodeError} when the code is not in the CodeSystem.
 * @example coding('2.3.3.1') // { system: 'https://smt.esante.gouv.fr/terminologie-SERAFINPH', code: '2.3.3.1', display: 'Accompagnements pour mener sa vie d’élève, d’étudiant ou d’apprenti' }
 */
export function coding(code: SerafinCode | (string & {}), options: { version?: boolean } = {}): FhirCoding {
  const concept = conceptOf(code);
  if (!concept) throw new UnknownCodeError(code);
  return options.version === true
    ? { system: SERAFIN_SYSTEM, version: SERAFIN_VERSION, code: concept.code, display: concept.display }
    : { system: SERAFIN_SYSTEM, code: concept.code, display: concept.display };
}

/**
 * {@link coding} without the exception: `undefined` when `code` is not an ANS
 * 2023 code of the CodeSystem (any input is accepted).
 *
 * @example tryCoding('9.9') // undefined
 */
export function tryCoding(code: unknown, options: { version?: boolean } = {}): FhirCoding | undefined {
  if (typeof code !== 'string' || conceptOf(code) === undefined) return undefined;
  return coding(code, options);
}
