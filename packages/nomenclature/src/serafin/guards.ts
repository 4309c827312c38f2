import {
  BESOIN_CODES,
  PRESTATION_DIRECTE_CODES,
  PRESTATION_INDIRECTE_CODES,
  SERAFIN_CODES,
  type BesoinCode,
  type PrestationDirecteCode,
  type PrestationIndirecteCode,
  type SerafinCode,
} from '../generated/serafin-concepts.js';

// Marked pure: in the built chunk (dist), where modules are merged, a bundler can still drop the unused sets.
const all: ReadonlySet<string> = /* @__PURE__ */ new Set(SERAFIN_CODES);
const besoins: ReadonlySet<string> = /* @__PURE__ */ new Set(BESOIN_CODES);
const directes: ReadonlySet<string> = /* @__PURE__ */ new Set(PRESTATION_DIRECTE_CODES);
const indirectes: ReadonlySet<string> = /* @__PURE__ */ new Set(PRESTATION_INDIRECTE_CODES);

/** True when `value` is a code of the SERAFIN-PH CodeSystem (ANS 2023 numbering, deprecated included). */
export function isSerafinCode(value: unknown): value is SerafinCode {
  return typeof value === 'string' && all.has(value);
}

/** True when `value` is a code of branch 1, besoins (ANS 2023 numbering). */
export function isBesoinCode(value: unknown): value is BesoinCode {
  return typeof value === 'string' && besoins.has(value);
}

/** True when `value` is a code of branch 2, prestations directes (ANS 2023 numbering). */
export function isPrestationDirecteCode(value: unknown): value is PrestationDirecteCode {
  return typeof value === 'string' && directes.has(value);
}

/** True when `value` is a code of branch 3, prestations indirectes (ANS 2023 numbering). */
export function isPrestationIndirecteCode(value: unknown): value is PrestationIndirecteCode {
  return typeof value === 'string' && indirectes.has(value);
}
