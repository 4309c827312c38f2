/**
 * The ANS value sets built on SERAFIN-PH (JDV_J282–J285) and the union of all
 * prestations, with `expand()` and `has()`.
 */
import { SERAFIN_SYSTEM, type SerafinCode } from '../generated/serafin-concepts.js';
import { SERAFIN_VALUE_SETS, type SerafinValueSetId, type SerafinValueSetRow } from '../generated/serafin-value-sets.js';
import { foldForSearch } from '../text/normalize.js';
import { conceptOf } from './code-index.js';

/** Identifier accepted wherever a value set is named: a JDV id, `'prestations'` (J284 ∪ J283), or a canonical URL. */
export type ValueSetRef = SerafinValueSetId | 'prestations' | (string & {});

/** One member of an expansion (FHIR `ValueSet.expansion.contains`). */
export interface ExpansionEntry {
  /** Canonical URL of the SERAFIN-PH code system. */
  readonly system: typeof SERAFIN_SYSTEM;
  /** The member code (ANS 2023 numbering). */
  readonly code: SerafinCode;
  /** Display used by the value set (JDV displays use ' and oe where the CodeSystem uses ’ and œ). */
  readonly display: string;
  /** True for deprecated concepts (FHIR `inactive`). */
  readonly inactive?: true;
}

/** Options of {@link SerafinValueSet.expand}. */
export interface ExpandOptions {
  /** Keep only members whose display contains these words (case- and accent-insensitive). */
  readonly filter?: string;
  /** Leave deprecated members out. */
  readonly activeOnly?: boolean;
  /** Paging: index of the first member returned. */
  readonly offset?: number;
  /** Paging: maximum number of members returned. */
  readonly count?: number;
}

/** A value set over SERAFIN-PH. */
export interface SerafinValueSet {
  /** JDV id (e.g. `J285`), or `prestations` for the project-defined union J284 ∪ J283. */
  readonly id: SerafinValueSetId | 'prestations';
  /** Name of the value set as published. */
  readonly name: string;
  /** Canonical URL of the value set. */
  readonly url: string;
  /** OID, absent for the project-defined union. */
  readonly oid?: string;
  /** Version of the value set. */
  readonly version: string;
  /** Members in published order. */
  readonly codes: readonly SerafinCode[];
  /** True when `code` is a member (deprecated members included). */
  has(code: string): boolean;
  /** Members with their displays (FHIR `$expand`). */
  expand(options?: ExpandOptions): ExpansionEntry[];
}

/** Canonical URL of the project-defined union of all prestations (J284 ∪ J283). */
export const PRESTATIONS_VALUE_SET_URL = 'https://serafin-ph.github.io/serafin-ph/fhir/ValueSet/serafin-prestations';

function make(id: SerafinValueSetId | 'prestations', rows: readonly SerafinValueSetRow[], meta: { name: string; url: string; oid?: string; version: string }): SerafinValueSet {
  const codes = rows.flatMap((r) => r.codes);
  const members: ReadonlySet<string> = new Set(codes);
  const displayOf = (code: SerafinCode): string => {
    for (const r of rows) {
      const d = r.displays[code];
      if (d !== undefined) return d;
    }
    return conceptOf(code)?.display ?? code;
  };
  return {
    id,
    ...meta,
    codes,
    has: (code) => typeof code === 'string' && members.has(code),
    expand(options = {}) {
      const filterWords = options.filter === undefined ? [] : foldForSearch(options.filter).split(' ').filter(Boolean);
      const out: ExpansionEntry[] = [];
      for (const code of codes) {
        const inactive = conceptOf(code)?.status === 'deprecated';
        if (options.activeOnly === true && inactive) continue;
        const display = displayOf(code);
        if (filterWords.length > 0) {
          const folded = ` ${foldForSearch(display)}`;
          if (!filterWords.every((w) => folded.includes(` ${w}`))) continue;
        }
        out.push(inactive ? { system: SERAFIN_SYSTEM, code, display, inactive: true } : { system: SERAFIN_SYSTEM, code, display });
      }
      const start = Math.max(0, options.offset ?? 0);
      return options.count === undefined ? out.slice(start) : out.slice(start, start + Math.max(0, options.count));
    },
  };
}

const cache = /* @__PURE__ */ new Map<string, SerafinValueSet>();

/**
 * Returns a value set by JDV id (`'J282'`…`'J285'`), canonical URL, or `'prestations'`
 * (the union of J284 and J283, offered by this project).
 *
 * @throws RangeError when the value set is unknown.
 */
export function valueSet(ref: ValueSetRef): SerafinValueSet {
  const cached = cache.get(ref);
  if (cached) return cached;
  let vs: SerafinValueSet | undefined;
  if (ref === 'prestations' || ref === PRESTATIONS_VALUE_SET_URL) {
    vs = make('prestations', [SERAFIN_VALUE_SETS.J284, SERAFIN_VALUE_SETS.J283], {
      /** Name of the value set as published. */
      name: 'SERAFIN_PH_Prestations',
      /** Canonical URL of the value set. */
      url: PRESTATIONS_VALUE_SET_URL,
      /** Version of the value set. */
      version: SERAFIN_VALUE_SETS.J284.version,
    });
  } else {
    for (const [id, row] of Object.entries(SERAFIN_VALUE_SETS) as [SerafinValueSetId, SerafinValueSetRow][]) {
      if (ref === id || ref === row.url || ref === row.name || ref === `JDV_${id}`) {
        vs = make(id, [row], { name: row.name, url: row.url, oid: row.oid, version: row.version });
      }
    }
  }
  if (!vs) {
    throw new RangeError(`Jeu de valeurs inconnu : ${JSON.stringify(ref)} / Unknown value set: ${JSON.stringify(ref)} (J282, J283, J284, J285, prestations)`);
  }
  cache.set(vs.id, vs);
  cache.set(ref, vs);
  return vs;
}

/**
 * {@link valueSet} without the exception: `undefined` when `ref` names no
 * value set this package knows (any input is accepted).
 *
 * @example tryValueSet('J999') // undefined
 */
export function tryValueSet(ref: unknown): SerafinValueSet | undefined {
  if (typeof ref !== 'string') return undefined;
  try {
    return valueSet(ref as ValueSetRef);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** Identifiers of every value set {@link valueSet} knows. */
export const VALUE_SET_IDS: readonly (SerafinValueSetId | 'prestations')[] = ['J282', 'J283', 'J284', 'J285', 'prestations'];
