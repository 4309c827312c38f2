import type { UnmatchedReason } from '../generated/numbering-table.js';
import type { NumberingConcept } from './numbering-concept.js';
import { conceptOf } from '../serafin/code-index.js';
import { ownOptions } from '../serafin/own-option.js';
import { conceptIn } from './concept-in.js';
import { namesDifferentConcepts, numberingsOf } from './ambiguity.js';
import { DEFAULT_NUMBERING, isNumbering, type Equivalence, type Numbering } from './numbering.js';
import { relatedOf, rowId, rowOf } from './rows.js';

export type { UnmatchedReason } from '../generated/numbering-table.js';

/** Options of {@link translate}. */
export interface TranslateOptions {
  /**
   * Numbering of the code given. **Defaults to `'ans-2023'`**: a code given
   * without its numbering is read as an ANS 2023 code, never guessed.
   */
  readonly from?: Numbering;
  /** Numbering to translate into (may equal `from`: identity for known codes). */
  readonly to: Numbering;
}

/** One target of a translation. */
export interface TranslateMatch {
  /** Target code (in the `to` numbering). */
  readonly code: string;
  /** Target label (see {@link NumberingConcept.display}); `null` when the CNSA label is not established. */
  readonly display: string | null;
  /** How the target relates to the source. */
  readonly equivalence: Exclude<Equivalence, 'unmatched'>;
  /**
   * Evidence reference: the id of the row (`ans:2.2.1`, `cnsa:1.1.1`) or of the
   * relation (`cnsa:1.1.1>ans:1.1`) in data/numbering/mapping.json, whose
   * evidence is listed in data/numbering/evidence.json and in the ConceptMaps of
   * `@serafin-ph/nomenclature/fhir`.
   */
  readonly evidence: string;
  /**
   * `true` when the target code is deprecated (ANS) or retired (ROR 032): the
   * equivalence is exact, but a new document should not use the code.
   */
  readonly inactive?: true;
  /**
   * For a deprecated ANS target, its active replacement (`1.2.1` → `1.2`): the
   * ANS deprecated these codes as duplicates (« concept dupliqué ») of the code
   * one segment shorter with the same display.
   */
  readonly replacedBy?: string;
}

interface TranslateKnownSource {
  /** The code given. */
  readonly code: string;
  /** Numbering of the code given (`ans-2023` when not stated). */
  readonly from: Numbering;
  /** Numbering translated into. */
  readonly to: Numbering;
  /** What the code means in the `from` numbering. */
  readonly source: NumberingConcept;
  /**
   * Whether the same string names another concept in another numbering
   * (`1.1.1`, `2.2.1`): the result is right for `from`, but the caller should
   * make sure `from` is really the numbering of the data.
   */
  readonly ambiguous: boolean;
}

/** The code is known and has at least one counterpart. */
export interface TranslateMatched extends TranslateKnownSource {
  /** Discriminant: the code has at least one counterpart. */
  readonly status: 'matched';
  /** The relation of the best match: `equivalent` when there is one, else the first match's. */
  readonly equivalence: Exclude<Equivalence, 'unmatched'>;
  /** Targets, equivalent ones first. */
  readonly matches: readonly [TranslateMatch, ...TranslateMatch[]];
}

/** The code is known in `from` but has no counterpart in `to` (FHIR `unmatched`). */
export interface TranslateUnmatched extends TranslateKnownSource {
  /** Discriminant: the code is known but has no counterpart. */
  readonly status: 'unmatched';
  /** Always `unmatched` (FHIR). */
  readonly equivalence: 'unmatched';
  /** Always empty. */
  readonly matches: readonly [];
  /** Why there is no counterpart (key of `reasons` in data/numbering/mapping.json). */
  readonly reason: UnmatchedReason;
  /** Evidence reference: the row of the source concept. */
  readonly evidence: string;
}

/** The code does not exist in the `from` numbering. */
export interface TranslateUnknownCode {
  /** Discriminant: the code is not a code of `from`. */
  readonly status: 'unknown-code';
  /** The code given. */
  readonly code: string;
  /** Numbering of the code given (`ans-2023` when not stated). */
  readonly from: Numbering;
  /** Numbering translated into. */
  readonly to: Numbering;
  /** Always `null`: there is no source concept. */
  readonly source: null;
  /** Always `null`. */
  readonly equivalence: null;
  /** Always empty. */
  readonly matches: readonly [];
  /**
   * Numberings in which this exact string *is* a code, to help the caller
   * state the right one (e.g. `['cnsa-2018']` for `2.2.1.2` read as ANS).
   * Nothing is translated from them automatically.
   */
  readonly knownIn: readonly Numbering[];
}

/** The request itself is invalid (code not a string, unknown numbering). */
export interface TranslateInvalidInput {
  /** Discriminant: the request itself is invalid. */
  readonly status: 'invalid-input';
  /** The arguments as received. */
  readonly code: unknown;
  /** The `from` option as received. */
  readonly from: unknown;
  /** The `to` option as received. */
  readonly to: unknown;
  /** Always `null`. */
  readonly source: null;
  /** Always `null`. */
  readonly equivalence: null;
  /** Always empty. */
  readonly matches: readonly [];
  /** What is wrong. */
  readonly problem: 'code-not-a-string' | 'unknown-from-numbering' | 'unknown-to-numbering';
}

/**
 * Result of {@link translate}, discriminated by `status`:
 * `matched` | `unmatched` (known code, no counterpart) | `unknown-code`
 * (not a code of `from`) | `invalid-input`.
 */
export type TranslateResult = TranslateMatched | TranslateUnmatched | TranslateUnknownCode | TranslateInvalidInput;

const RANK = { equivalent: 0, wider: 1, narrower: 2 } as const;

/** One match, saying when the target is inactive and what replaces it. */
function matchOf(code: string, to: Numbering, equivalence: TranslateMatch['equivalence'], evidence: string): TranslateMatch {
  const target = conceptIn(code, to);
  const m: TranslateMatch = { code, display: target?.display ?? null, equivalence, evidence };
  if (target?.status !== 'deprecated' && target?.status !== 'retired') return m;
  const replacedBy = to === 'ans-2023' ? conceptOf(code)?.replacedBy : undefined;
  return { ...m, inactive: true, ...(replacedBy !== undefined ? { replacedBy } : {}) };
}

/**
 * Translates a code from one numbering into another, using the reviewed
 * correspondence table of `data/numbering/` (every row backed by evidence).
 *
 * - The code is compared byte for byte: no trimming, no `,`→`.`; ROR ids keep
 *   their three digits (`011`).
 * - **`from` defaults to `'ans-2023'`**: a bare code is read as an ANS 2023
 *   code; nothing is guessed from its shape. `result.ambiguous` tells when the
 *   same string names another concept in another numbering (`1.1.1`, `2.2.1`).
 * - `from === to` is allowed: identity for every known code.
 * - A target that is deprecated (ANS 1.2.1, 1.3.1.1, 1.3.5.1, 2.4.1, 3.2.2.1,
 *   3.2.3.1) or retired (ROR 032) keeps its exact equivalence and says so:
 *   `inactive: true`, and for ANS codes `replacedBy`, the active code.
 * - Never throws: an unknown code gives `status: 'unknown-code'` (with
 *   `knownIn`), a known code without counterpart gives `status: 'unmatched'`
 *   (with the `reason`), bad arguments give `status: 'invalid-input'`.
 * - Only the own members of `options` are read: a `from` or a `to` inherited
 *   from `Object.prototype` is not given.
 *
 * @example translate('2.2.1.2', { from: 'cnsa-2018', to: 'ans-2023' }).matches[0]?.code // '2.2.2'
 * @example translate('011', { from: 'ror-r265', to: 'ans-2023' }).matches[0]?.code // '2.2.1'
 * @example translate('1.1.1', { from: 'cnsa-2018', to: 'ans-2023' }) // matched, equivalence 'wider', 1.1
 * @example translate('032', { from: 'ror-r265', to: 'ans-2023' }).status // 'unmatched'
 * @example translate('1.2.1', { from: 'cnsa-2018', to: 'ans-2023' }).matches[0] // { code: '1.2.1', equivalence: 'equivalent', inactive: true, replacedBy: '1.2', … }
 */
export function translate(code: string, options: TranslateOptions): TranslateResult {
  // Own members only: a `from` or `to` inherited from a polluted `Object.prototype` is no option given.
  const { from = DEFAULT_NUMBERING, to }: Partial<TranslateOptions> & { from?: unknown; to?: unknown } = ownOptions(options);
  const invalid = (problem: TranslateInvalidInput['problem']): TranslateInvalidInput => ({
    status: 'invalid-input',
    code,
    from,
    to,
    source: null,
    equivalence: null,
    matches: [],
    problem,
  });
  if (typeof code !== 'string') return invalid('code-not-a-string');
  if (!isNumbering(from)) return invalid('unknown-from-numbering');
  if (!isNumbering(to)) return invalid('unknown-to-numbering');

  const row = rowOf(code, from);
  const source = conceptIn(code, from);
  if (row === undefined || source === undefined) {
    return { status: 'unknown-code', code, from, to, source: null, equivalence: null, matches: [], knownIn: numberingsOf(code) };
  }
  const ambiguous = namesDifferentConcepts(code);
  const matches: TranslateMatch[] = [];
  const target = row[to];
  if (target !== null) {
    matches.push(matchOf(target, to, 'equivalent', rowId(row)));
  }
  for (const rel of relatedOf(code, from)) {
    if (rel.to !== to) continue;
    matches.push(matchOf(rel.toCode, to, rel.equivalence, rel.id));
  }
  matches.sort((a, b) => RANK[a.equivalence] - RANK[b.equivalence]);
  const [first, ...rest] = matches;
  if (first === undefined) {
    // The generator refuses a row with a missing code and no reason, so the cast is safe.
    const reason = row.absent[to] as UnmatchedReason;
    return { status: 'unmatched', code, from, to, source, ambiguous, equivalence: 'unmatched', matches: [], reason, evidence: rowId(row) };
  }
  return { status: 'matched', code, from, to, source, ambiguous, equivalence: first.equivalence, matches: [first, ...rest] };
}
