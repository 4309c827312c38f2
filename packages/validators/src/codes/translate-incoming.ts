/**
 * The `numbering` option: SERAFIN-PH codes that carry no `numerotation` of
 * their own are read in the numbering the caller states (`cnsa-2018`,
 * `ror-r265`) and translated to the ANS 2023 numbering before the checks, on
 * the validator's own copy of the document. Only exact (`equivalent`)
 * correspondences of `@serafin-ph/nomenclature` are used; a code without one
 * is left as is and reported by the rules.
 */
import { toAns2023, type SerafinCode } from '@serafin-ph/nomenclature';
import { isObject, prop, stringOf } from '../json/access.js';
import { expand } from '../json/expand.js';
import type { JsonValue } from '../json/read-document.js';
import type { Numbering } from '../types.js';

/** A code the `numbering` option concerned. */
export interface CodeTranslation {
  /** Pointer of the code object. */
  readonly path: string;
  /** Code as written in the document. */
  readonly from: string;
  /** Numbering it was read in. */
  readonly numbering: Numbering;
  /** ANS 2023 code, or `undefined` when there is no exact equivalent (the code is then left unchanged). */
  readonly to: SerafinCode | undefined;
}

/**
 * Translates, in place, the bare codes of `root` found at `positions`
 * (instance pointer patterns of code objects). Returns what was done.
 */
export function translateIncomingCodes(root: JsonValue, positions: readonly { readonly pattern: string }[], numbering: Numbering): CodeTranslation[] {
  if (numbering === 'ans-2023') return [];
  const out: CodeTranslation[] = [];
  for (const pos of positions) {
    for (const { path, value } of expand(root, pos.pattern)) {
      if (!isObject(value) || prop(value, 'numerotation') !== undefined) continue;
      const code = stringOf(prop(value, 'code'));
      if (code === undefined) continue;
      const to = toAns2023(code, numbering);
      out.push({ path, from: code, numbering, to });
      if (to !== undefined) value['code'] = to;
    }
  }
  return out;
}
