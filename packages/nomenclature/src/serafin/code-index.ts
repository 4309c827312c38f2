/**
 * Internal indexes over the generated concept rows, built once on first use:
 * constant-time access by code, and children lists by published parent.
 */
import { SERAFIN_CONCEPTS, SERAFIN_SYSTEM, SERAFIN_VERSION, type SerafinCode, type SerafinConceptRow } from '../generated/serafin-concepts.js';
import { normalizeDisplay } from '../text/normalize.js';
import type { SerafinConcept } from './concept.js';

interface Index {
  readonly rows: ReadonlyMap<string, SerafinConceptRow>;
  readonly concepts: ReadonlyMap<string, SerafinConcept>;
  readonly children: ReadonlyMap<string, readonly SerafinCode[]>;
}

let index: Index | undefined;

/**
 * For a deprecated duplicate ("concept dupliqué"), the concept it duplicates:
 * the concept named by the code one segment shorter, which carries the same
 * label. Verified by the tests for the six deprecated codes.
 */
function replacementOf(row: SerafinConceptRow, rows: ReadonlyMap<string, SerafinConceptRow>): SerafinCode | undefined {
  if (row.status !== 'deprecated') return undefined;
  const prefix = row.code.slice(0, row.code.lastIndexOf('.'));
  const candidate = rows.get(prefix);
  return candidate && candidate.status === 'active' && candidate.display === row.display ? candidate.code : undefined;
}

function build(): Index {
  const rows = new Map<string, SerafinConceptRow>();
  for (const row of SERAFIN_CONCEPTS) rows.set(row.code, row);
  const concepts = new Map<string, SerafinConcept>();
  const children = new Map<string, SerafinCode[]>();
  for (const row of SERAFIN_CONCEPTS) {
    const replacedBy = replacementOf(row, rows);
    const concept: SerafinConcept = {
      system: SERAFIN_SYSTEM,
      version: SERAFIN_VERSION,
      code: row.code,
      display: row.display,
      displayNormalized: normalizeDisplay(row.display),
      parent: row.parent,
      level: row.level,
      depth: row.code.split('.').length,
      branch: row.branch,
      status: row.status,
      ...(row.deprecationReason !== undefined ? { deprecationReason: row.deprecationReason } : {}),
      ...(replacedBy !== undefined ? { replacedBy } : {}),
    };
    concepts.set(row.code, Object.freeze(concept));
    if (row.parent !== null) {
      const list = children.get(row.parent) ?? [];
      list.push(row.code);
      children.set(row.parent, list);
    }
  }
  return { rows, concepts, children };
}

/** The indexes (built on first call). */
export function getIndex(): Index {
  index ??= build();
  return index;
}

/** The concept for an ANS 2023 code, or undefined. Never throws. */
export function conceptOf(code: unknown): SerafinConcept | undefined {
  return typeof code === 'string' ? getIndex().concepts.get(code) : undefined;
}
