import type { SerafinCode } from '../generated/serafin-concepts.js';
import { DEFAULT_NUMBERING, isNumbering, type Numbering } from './numbering.js';
import { rowOf } from './rows.js';

/**
 * The ANS 2023 code of a code given in any numbering, when (and only when) the
 * two are `equivalent`; otherwise `undefined`.
 *
 * **Without a numbering, the code is read as `ans-2023`** (identity for every
 * ANS code, deprecated ones included). Nothing is guessed: `toAns2023('2.2.1.2')`
 * is `undefined` (no such ANS code), `toAns2023('2.2.1.2', 'cnsa-2018')` is `'2.2.2'`.
 *
 * Returns `undefined` for unknown codes, for codes with no ANS counterpart
 * (ROR `032`, CNSA `2.3.4.4`) and for codes whose closest ANS concept is only
 * wider (CNSA `1.1.1` and `2.2.1`, levels that ANS 2023 flattened): use
 * {@link translate} to see those. Never throws.
 *
 * @example toAns2023('011', 'ror-r265') // '2.2.1'
 * @example toAns2023('1.1.1.10', 'cnsa-2018') // '1.1.10'
 * @example toAns2023('2.2.1', 'cnsa-2018') // undefined (CNSA grouping, no ANS equivalent)
 */
export function toAns2023(code: string, numbering: Numbering = DEFAULT_NUMBERING): SerafinCode | undefined {
  if (!isNumbering(numbering)) return undefined;
  return rowOf(code, numbering)?.['ans-2023'] ?? undefined;
}
