/**
 * Internal: the generated correspondence table, unpacked once on first use
 * into rows, with for each numbering the row of every code; and, separately
 * (so that `toAns2023` alone does not carry them), the non-equivalent
 * relations by source.
 */
import { NUMBERING_RELATED, NUMBERING_TABLE, UNMATCHED_REASONS, type NumberingRelatedRow, type UnmatchedReason } from '../generated/numbering-table.js';
import type { SerafinCode } from '../generated/serafin-concepts.js';
import { NUMBERINGS, type Numbering } from './numbering.js';

/**
 * One concept aligned across the numberings: its codes are equivalent two by
 * two; `null` means no counterpart, for the reason in `absent`.
 */
export interface NumberingRow {
  readonly 'ans-2023': SerafinCode | null;
  readonly 'cnsa-2018': string | null;
  readonly 'ror-r265': string | null;
  readonly absent: Readonly<Partial<Record<Numbering, UnmatchedReason>>>;
  /** The CNSA concept's existence is inferred, not attested. */
  readonly cnsaInferred: boolean;
  /**
   * Where the quoted CNSA label is read: `ans` = byte-identical to the ANS
   * display of the row, `ans-normalized` = its `normalizeDisplay` form; `null`:
   * in `CNSA_LABELS` (generated/numbering-labels.ts), or not established.
   */
  readonly cnsaLabelFrom: 'ans' | 'ans-normalized' | null;
  /** The ROR entry of the row is retired (TRE_R265 `032`). */
  readonly rorRetired: boolean;
}

interface RowIndex {
  readonly rows: readonly NumberingRow[];
  readonly byCode: Readonly<Record<Numbering, ReadonlyMap<string, NumberingRow>>>;
}

let index: RowIndex | undefined;
let related: ReadonlyMap<string, readonly NumberingRelatedRow[]> | undefined;

function build(): RowIndex {
  const byCode: Record<Numbering, Map<string, NumberingRow>> = { 'ans-2023': new Map(), 'cnsa-2018': new Map(), 'ror-r265': new Map() };
  const rows = NUMBERING_TABLE.split('|').map((packed) => {
    const [ans = '', cnsa = '', ror = '', flags = ''] = packed.split(',');
    const absent: Partial<Record<Numbering, UnmatchedReason>> = {};
    const code = (numbering: Numbering, field: string): string | null => {
      if (!field.startsWith('!')) return field;
      const reason = UNMATCHED_REASONS[Number(field.slice(1))];
      if (reason !== undefined) absent[numbering] = reason;
      return null;
    };
    const ansCode = code('ans-2023', ans);
    const row: NumberingRow = {
      // The generator checks every ANS code against the CodeSystem.
      'ans-2023': ansCode as SerafinCode | null,
      'cnsa-2018': cnsa === '=' ? ansCode : code('cnsa-2018', cnsa),
      'ror-r265': code('ror-r265', ror),
      absent,
      cnsaInferred: flags.includes('i'),
      cnsaLabelFrom: flags.includes('a') ? 'ans' : flags.includes('n') ? 'ans-normalized' : null,
      rorRetired: flags.includes('r'),
    };
    for (const numbering of NUMBERINGS) {
      const value = row[numbering];
      if (value !== null) byCode[numbering].set(value, row);
    }
    return row;
  });
  return { rows, byCode };
}

/** Every row, in CNSA order. */
export function allRows(): readonly NumberingRow[] {
  index ??= build();
  return index.rows;
}

/** The row of a code in a numbering, or undefined (exact string match, never throws). */
export function rowOf(code: unknown, numbering: Numbering): NumberingRow | undefined {
  if (typeof code !== 'string') return undefined;
  index ??= build();
  return index.byCode[numbering].get(code);
}

/** The non-equivalent relations whose source is this code. */
export function relatedOf(code: string, numbering: Numbering): readonly NumberingRelatedRow[] {
  if (related === undefined) {
    const map = new Map<string, NumberingRelatedRow[]>();
    for (const rel of NUMBERING_RELATED) map.set(`${rel.from}|${rel.fromCode}`, [...(map.get(`${rel.from}|${rel.fromCode}`) ?? []), rel]);
    related = map;
  }
  return related.get(`${numbering}|${code}`) ?? [];
}

/** The id of a row, used as evidence reference: `ans:<code>`, else `cnsa:<code>`. */
export function rowId(row: NumberingRow): string {
  return row['ans-2023'] !== null ? `ans:${row['ans-2023']}` : `cnsa:${row['cnsa-2018'] ?? ''}`;
}
