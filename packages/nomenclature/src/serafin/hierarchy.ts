/**
 * Navigation in the published is-a hierarchy (FHIR `parent` property).
 *
 * The hierarchy is the one the ANS publishes, not the one the dotted codes
 * suggest: 1.2.1.1–1.2.1.4 hang under 1.2, and the six deprecated duplicates
 * have no parent. Every function throws {@link UnknownCodeError} for a code the
 * CodeSystem does not contain.
 */
import type { SerafinCode } from '../generated/serafin-concepts.js';
import { getIndex } from './code-index.js';
import { UnknownCodeError } from './errors.js';

function known(code: string): SerafinCode {
  const concept = getIndex().concepts.get(code);
  if (!concept) throw new UnknownCodeError(code);
  return concept.code;
}

/** Published parent of `code`, or `null` for a block or a deprecated concept. */
export function parent(code: string): SerafinCode | null {
  return getIndex().concepts.get(known(code))?.parent ?? null;
}

/** Direct children of `code`, in code order. */
export function children(code: string): readonly SerafinCode[] {
  return getIndex().children.get(known(code)) ?? [];
}

/** Ancestors of `code`, nearest first (parent, grand-parent… up to the block). */
export function ancestors(code: string): SerafinCode[] {
  const out: SerafinCode[] = [];
  let current = parent(code);
  while (current !== null) {
    out.push(current);
    current = parent(current);
  }
  return out;
}

/** All descendants of `code`, depth first, in code order. */
export function descendants(code: string): SerafinCode[] {
  const out: SerafinCode[] = [];
  const visit = (c: SerafinCode): void => {
    for (const child of children(c)) {
      out.push(child);
      visit(child);
    }
  };
  visit(known(code));
  return out;
}

/** True when `code` has no children. */
export function isLeaf(code: string): boolean {
  return children(code).length === 0;
}
