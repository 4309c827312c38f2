import { NUMBERINGS, type Numbering } from './numbering.js';
import { rowId, rowOf } from './rows.js';

/** The numberings in which this exact string is a code. */
export function numberingsOf(code: string): Numbering[] {
  return NUMBERINGS.filter((n) => rowOf(code, n) !== undefined);
}

/** Whether the string names different concepts in different numberings (rows with different ids). */
export function namesDifferentConcepts(code: string): boolean {
  const ids = new Set<string>();
  for (const n of NUMBERINGS) {
    const row = rowOf(code, n);
    if (row !== undefined) ids.add(rowId(row));
  }
  return ids.size > 1;
}
