import type { SerafinCode } from '../generated/serafin-concepts.js';
import { toAns2023, type Numbering } from '../numbering/index.js';
import { conceptOf } from './code-index.js';
import type { SerafinConcept } from './concept.js';
import type { DefinitionTable } from './definitions-table.js';
import { ownOptions } from './own-option.js';

/** Options of {@link lookup}. */
export interface LookupOptions {
  /**
   * Numbering the code is written in. **Defaults to `'ans-2023'`**: a bare code is
   * always read in the ANS 2023 numbering, never guessed. With `'cnsa-2018'` or
   * `'ror-r265'`, the code is translated first and found only when the mapping is
   * `equivalent`.
   */
  readonly numbering?: Numbering;
  /** Definition table (from `@serafin-ph/nomenclature/definitions`) to include the definition. */
  readonly definitions?: DefinitionTable;
}

/**
 * Looks a code up in the SERAFIN-PH CodeSystem (FHIR `CodeSystem/$lookup`).
 * Constant time; never throws. Only the own members of `options` are read
 * (never one inherited from `Object.prototype`); options that are not an
 * object (`null` from JavaScript) count as none.
 *
 * @returns the concept, or `undefined` when the code is unknown in the stated numbering.
 * @example
 * lookup('2.2.1')?.display // "Accompagnements pour les actes de la vie quotidienne" (ANS 2023)
 * lookup('2.2.1.1', { numbering: 'cnsa-2018' })?.code // "2.2.1"
 */
export function lookup(code: string, options?: LookupOptions): SerafinConcept | undefined {
  const o = ownOptions(options);
  const numbering = o.numbering ?? 'ans-2023';
  const ansCode: SerafinCode | undefined = numbering === 'ans-2023' ? conceptOf(code)?.code : toAns2023(code, numbering);
  if (ansCode === undefined) return undefined;
  const concept = conceptOf(ansCode);
  if (concept === undefined) return undefined;
  const definition = o.definitions?.[concept.code];
  return definition === undefined ? concept : { ...concept, definition };
}
