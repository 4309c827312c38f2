/**
 * Internal: the {@link NumberingConcept} of a code in a numbering. Labels are
 * never stored twice: ANS displays come from the CodeSystem module; a quoted
 * CNSA label is the ANS display of its row (or its normalised form) when the
 * generator found them equal, else it is in `CNSA_LABELS`; a TRE_R265 display
 * is the CNSA label of its row unless the ROR shortened it (`ROR_DISPLAYS`).
 * The full ROR entries are in the `./ror` entry, not here; a test checks that
 * both give the same labels.
 */
import { CNSA_LABELS, ROR_DISPLAYS } from '../generated/numbering-labels.js';
import { SERAFIN_CONCEPTS } from '../generated/serafin-concepts.js';
import { normalizeDisplay } from '../text/normalize.js';
import type { NumberingConcept } from './numbering-concept.js';
import type { Numbering } from './numbering.js';
import { rowId, rowOf, type NumberingRow } from './rows.js';

type Ans = (typeof SERAFIN_CONCEPTS)[number];

let ans: ReadonlyMap<string, Ans> | undefined;

/** The quoted CNSA label of a row, or null when no source establishes it. */
function cnsaLabel(row: NumberingRow, ansConcept: Ans | undefined): string | null {
  const cnsa = row['cnsa-2018'];
  if (cnsa === null) return null;
  if (row.cnsaLabelFrom !== null && ansConcept !== undefined) {
    return row.cnsaLabelFrom === 'ans' ? ansConcept.display : normalizeDisplay(ansConcept.display);
  }
  return CNSA_LABELS[cnsa] ?? null;
}

/** The concept a code names in a numbering, or undefined when the code does not exist there. */
export function conceptIn(code: unknown, numbering: Numbering): NumberingConcept | undefined {
  const row = rowOf(code, numbering);
  if (row === undefined) return undefined;
  ans ??= new Map(SERAFIN_CONCEPTS.map((c) => [c.code, c]));
  const ansConcept = row['ans-2023'] === null ? undefined : ans.get(row['ans-2023']);
  const ror = row['ror-r265'];
  const cnsa = row['cnsa-2018'];
  // CNSA level = number of segments of the CNSA number (1 to 4).
  const cnsaLevel = cnsa === null ? null : (cnsa.split('.').length as 1 | 2 | 3 | 4);
  const base = { numbering, code: code as string, conceptId: rowId(row) };
  if (numbering === 'ans-2023') {
    if (ansConcept === undefined) return undefined;
    const { display, level, status } = ansConcept;
    return { ...base, display, labelStatus: 'published', level, status, existence: 'published' };
  }
  const label = cnsaLabel(row, ansConcept);
  if (numbering === 'ror-r265') {
    // The generator refuses a ROR entry without a CNSA label.
    const display = (ror === null ? undefined : ROR_DISPLAYS[ror]) ?? (label as string);
    return { ...base, display, labelStatus: 'published', level: cnsaLevel, status: row.rorRetired ? 'retired' : 'active', existence: 'published' };
  }
  return {
    ...base,
    display: label,
    labelStatus: label === null ? 'not-established' : 'quoted',
    level: cnsaLevel,
    status: null,
    existence: row.cnsaInferred ? 'inferred' : 'attested',
  };
}
