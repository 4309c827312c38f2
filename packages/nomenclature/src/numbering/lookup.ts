import type { NumberingConcept } from './numbering-concept.js';
import { conceptIn } from './concept-in.js';
import { DEFAULT_NUMBERING, isNumbering, type Numbering } from './numbering.js';
import { allRows } from './rows.js';

/**
 * The concept a code names in a given numbering (**`ans-2023` when omitted**),
 * or `undefined` when the code does not exist there. Exact string match; never throws.
 *
 * @example numberingConcept('2.2.1', 'cnsa-2018')?.display // null: label not established
 */
export function numberingConcept(code: string, numbering: Numbering = DEFAULT_NUMBERING): NumberingConcept | undefined {
  return isNumbering(numbering) ? conceptIn(code, numbering) : undefined;
}

/**
 * Every code of a numbering, in CNSA order: the 107 ANS 2023 codes (deprecated
 * included), the 109 CNSA 2018 codes known from the sources, the 72 ROR ids.
 */
export function numberingCodes(numbering: Numbering): string[] {
  if (!isNumbering(numbering)) return [];
  const codes: string[] = [];
  for (const row of allRows()) {
    const code = row[numbering];
    if (code !== null) codes.push(code);
  }
  return codes;
}
