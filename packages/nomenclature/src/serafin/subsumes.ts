import { ancestors } from './hierarchy.js';
import { getIndex } from './code-index.js';
import { UnknownCodeError } from './errors.js';

/** Outcome of a subsumption test, as in FHIR `CodeSystem/$subsumes`. */
export type SubsumptionOutcome = 'equivalent' | 'subsumes' | 'subsumed-by' | 'not-subsumed';

/**
 * Tests whether `codeA` subsumes `codeB` in the published hierarchy.
 *
 * @returns `'equivalent'` when both are the same concept, `'subsumes'` when A is an
 * ancestor of B, `'subsumed-by'` when B is an ancestor of A, `'not-subsumed'` otherwise.
 * Deprecated duplicates have no parent, so they are subsumed by nothing.
 * @throws {@link UnknownCodeError} when either code is not in the CodeSystem.
 * @example subsumes('2.3', '2.3.3.1') // 'subsumes'
 */
export function subsumes(codeA: string, codeB: string): SubsumptionOutcome {
  const { concepts } = getIndex();
  if (!concepts.has(codeA)) throw new UnknownCodeError(codeA);
  if (!concepts.has(codeB)) throw new UnknownCodeError(codeB);
  if (codeA === codeB) return 'equivalent';
  if ((ancestors(codeB) as readonly string[]).includes(codeA)) return 'subsumes';
  if ((ancestors(codeA) as readonly string[]).includes(codeB)) return 'subsumed-by';
  return 'not-subsumed';
}

/**
 * {@link subsumes} without the exception: `undefined` when either code is not
 * in the CodeSystem (for codes that come from outside, e.g. a file or a form).
 *
 * @example trySubsumes('2.3', '9.9') // undefined
 */
export function trySubsumes(codeA: unknown, codeB: unknown): SubsumptionOutcome | undefined {
  const { concepts } = getIndex();
  if (typeof codeA !== 'string' || typeof codeB !== 'string' || !concepts.has(codeA) || !concepts.has(codeB)) return undefined;
  return subsumes(codeA, codeB);
}
