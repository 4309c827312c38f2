import type { NumberingConcept } from './numbering-concept.js';
import { conceptIn } from './concept-in.js';
import type { Numbering } from './numbering.js';
import { namesDifferentConcepts } from './ambiguity.js';

/** What a bare code string means in each numbering. */
export interface CodeInterpretations {
  /** The string examined (compared byte for byte). */
  readonly code: string;
  /**
   * `true` when the string names different concepts in different numberings
   * (`1.1.1`, `2.2.1`: an ANS 2023 leaf, but a CNSA level-3 grouping). Such a
   * code must come with its numbering; without one it is read as `ans-2023`.
   */
  readonly ambiguous: boolean;
  /** The concept named in each numbering, `null` when the string is not a code there. */
  readonly meanings: Readonly<Record<Numbering, NumberingConcept | null>>;
}

/**
 * What a bare code string means in each numbering: concept, label, level, or
 * `null` where it is not a code. Never throws (a non-string gives all `null`).
 *
 * @example interpretations('2.2.1').meanings['ans-2023']?.display
 * // 'Accompagnements pour les actes de la vie quotidienne'
 * @example interpretations('2.2.1').meanings['cnsa-2018']?.level // 3 (label not established: null)
 */
export function interpretations(code: string): CodeInterpretations {
  const meanings = {
    'ans-2023': conceptIn(code, 'ans-2023') ?? null,
    'cnsa-2018': conceptIn(code, 'cnsa-2018') ?? null,
    'ror-r265': conceptIn(code, 'ror-r265') ?? null,
  };
  const text = typeof code === 'string' ? code : String(code);
  return { code: text, ambiguous: typeof code === 'string' && namesDifferentConcepts(code), meanings };
}

/**
 * Whether a bare code string names different concepts (or the same code at a
 * different level for a different concept) across numberings: `true` for
 * `1.1.1` and `2.2.1`, the two places where ANS 2023 flattened the CNSA
 * numbering. A code that exists in one numbering only (`2.2.1.2`, `1.1.10`) or
 * that names the same concept everywhere (`2.3.1`, `1.2.1.1`) is not ambiguous.
 * Never throws.
 */
export function isAmbiguous(code: string): boolean {
  return typeof code === 'string' && namesDifferentConcepts(code);
}
