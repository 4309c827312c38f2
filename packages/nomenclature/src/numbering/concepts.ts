/**
 * Internal: the {@link NumberingConcept} of a code in a numbering. Labels are
 * never stored twice: ANS displays come from the CodeSystem module, ROR labels
 * from the TRE_R265 module, and a quoted CNSA label is read from the ROR
 * "libellé adapté" (prestations) or, when the generator has checked that it is
 * byte-identical, from the ANS display (besoins).
 */
import { ROR_R265_ENTRIES } from '../generated/ror.js';
import { SERAFIN_CONCEPTS } from '../generated/serafin-concepts.js';
import type { NumberingConcept } from './concept.js';
import type { Numbering } from './numbering.js';
import { rowId, rowOf } from './rows.js';

type Ans = (typeof SERAFIN_CONCEPTS)[number];
type Ror = (typeof ROR_R265_ENTRIES)[number];

/**
 * The CNSA label carried by a ROR "libellé adapté": the designation without its
 * leading CNSA number (`2.2.1.1 `, `BLOC 2 `) and, for the parenthesised entry
 * 032, without the parentheses.
 *
 * @example cnsaLabelFromRor('2.2.1.1 Accompagnements pour les actes de la vie quotidienne')
 * // 'Accompagnements pour les actes de la vie quotidienne'
 */
export function cnsaLabelFromRor(libelleAdapte: string): string {
  const inner = libelleAdapte.startsWith('(') && libelleAdapte.endsWith(')') ? libelleAdapte.slice(1, -1) : libelleAdapte;
  return /^(?:BLOC \d+|\d+(?:\.\d+)*) (.+)$/.exec(inner)?.[1] ?? inner;
}

let ans: ReadonlyMap<string, Ans> | undefined;
let ror: ReadonlyMap<string, Ror> | undefined;

/** The concept a code names in a numbering, or undefined when the code does not exist there. */
export function conceptIn(code: unknown, numbering: Numbering): NumberingConcept | undefined {
  const row = rowOf(code, numbering);
  if (row === undefined) return undefined;
  ans ??= new Map(SERAFIN_CONCEPTS.map((c) => [c.code, c]));
  ror ??= new Map(ROR_R265_ENTRIES.map((e) => [e.code, e]));
  const ansConcept = row['ans-2023'] === null ? undefined : ans.get(row['ans-2023']);
  const rorEntry = row['ror-r265'] === null ? undefined : ror.get(row['ror-r265']);
  const cnsa = row['cnsa-2018'];
  // CNSA level = number of segments of the CNSA number (1 to 4).
  const cnsaLevel = cnsa === null ? null : (cnsa.split('.').length as 1 | 2 | 3 | 4);
  const base = { numbering, code: code as string, conceptId: rowId(row) };
  if (numbering === 'ans-2023') {
    if (ansConcept === undefined) return undefined;
    const { display, level, status } = ansConcept;
    return { ...base, display, labelStatus: 'published', level, status, existence: 'published' };
  }
  if (numbering === 'ror-r265') {
    if (rorEntry === undefined) return undefined;
    return { ...base, display: rorEntry.display, labelStatus: 'published', level: cnsaLevel, status: rorEntry.status, existence: 'published' };
  }
  const label =
    rorEntry?.libelleAdapte !== undefined
      ? cnsaLabelFromRor(rorEntry.libelleAdapte)
      : row.cnsaLabelIsAnsDisplay && ansConcept !== undefined
        ? ansConcept.display
        : null;
  return {
    ...base,
    display: label,
    labelStatus: label === null ? 'not-established' : 'quoted',
    level: cnsaLevel,
    status: null,
    existence: row.cnsaInferred ? 'inferred' : 'attested',
  };
}
