/**
 * ANS 2023 codes that, read in CNSA 2018, name another concept (`1.1.1`,
 * `2.2.1`…): a fixed fact of the correspondence table of
 * `@serafin-ph/nomenclature`, asked for every code of every document by
 * PAG-CODES-007, so answered once per code.
 */
import { translate } from '@serafin-ph/nomenclature';

/**
 * Answers by code. Only the codes of documents are asked (known ANS codes for
 * PAG-CODES-007), and the answer depends on the code alone; the map holds at
 * most one entry per distinct code seen. Before it, translating every code of
 * every document allocated result objects that outlived young collections: a
 * 100 MB NDJSON stream grew the heap by about 100 MB, and the translations
 * took two thirds of `validate()` on realistic PAGs.
 */
const answers = new Map<string, boolean>();

/** Answers at most this many codes from memory (more distinct strings than every numbering holds: the rest are computed each time). */
const MAX_ANSWERS = 4096;

/** The answer without memory: `translate` from CNSA 2018 finds counterparts, none of them this very code as an exact equivalent. */
export function meansOtherInCnsaUncached(code: string): boolean {
  const r = translate(code, { from: 'cnsa-2018', to: 'ans-2023' });
  return r.status !== 'unknown-code' && r.matches.length > 0 && !r.matches.some((m) => m.code === code && m.equivalence === 'equivalent');
}

/** True when `code`, read in CNSA 2018, names a concept other than the ANS 2023 concept of the same string. */
export function meansOtherInCnsa(code: string): boolean {
  let answer = answers.get(code);
  if (answer === undefined) {
    answer = meansOtherInCnsaUncached(code);
    if (answers.size < MAX_ANSWERS) answers.set(code, answer);
  }
  return answer;
}
