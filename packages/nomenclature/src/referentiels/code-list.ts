/**
 * A single-system companion list (an ANS TRE, a single-system JDV, or the
 * project-defined list of protection measures) with a small FHIR-flavoured API:
 * `lookup`, `has`, `validateCode`, `expand`, `coding`.
 */
import { checkKnown, invalidCode, isCodeString, unknownCode } from './display-check.js';
import { page, textMatcher } from './search.js';
import type {
  ReferentielExpandOptions,
  ReferentielCoding,
  ReferentielConcept,
  ReferentielMetadata,
  ReferentielValidateCodeOptions,
  ReferentielValidateCodeResult,
} from './types.js';
import { ReferentielCodeError } from './errors.js';

/**
 * A list of codes from one code system.
 *
 * @typeParam C - union of the list's codes (e.g. `TreR421Code`)
 * @typeParam K - concept shape
 * @typeParam S - code system URL (literal)
 */
export class CodeList<C extends string = string, K extends ReferentielConcept<C> = ReferentielConcept<C>, S extends string = string> {
  /** Metadata of the list (name, url, oid, version, status, partial…). */
  readonly metadata: ReferentielMetadata;
  /** Code system of the codes, used in codings. */
  readonly system: S;
  /** Every code, in source order. */
  readonly codes: readonly C[];
  /** Every concept, in source order (deprecated included). */
  readonly concepts: readonly K[];
  #byCode: ReadonlyMap<string, K> | undefined;

  /**
   * Lists are built by the generated modules; build your own only for a
   * project-defined list.
   *
   * @param metadata - list metadata
   * @param system - code system URL written in codings
   * @param codes - every code, in source order
   * @param concepts - every concept, in the same order
   */
  constructor(metadata: ReferentielMetadata, system: S, codes: readonly C[], concepts: readonly K[]) {
    this.metadata = metadata;
    this.system = system;
    this.codes = codes;
    this.concepts = concepts;
  }

  /** Index by code, built on first use. */
  protected get index(): ReadonlyMap<string, K> {
    if (this.#byCode === undefined) {
      const map = new Map<string, K>();
      for (const c of this.concepts) map.set(c.code, c);
      this.#byCode = map;
    }
    return this.#byCode;
  }

  /** Short identifier of the list (`TRE_R421`…). */
  get id(): string {
    return this.metadata.id;
  }

  /** Number of concepts (deprecated included). */
  get size(): number {
    return this.concepts.length;
  }

  /**
   * The concept of `code` (FHIR `$lookup`), deprecated ones included, or
   * `undefined`. Constant time; never throws.
   */
  lookup(code: unknown): K | undefined {
    return typeof code === 'string' ? this.index.get(code) : undefined;
  }

  /** True when `code` is a code of the list (deprecated included); a type guard. */
  has(code: unknown): code is C {
    return typeof code === 'string' && this.index.has(code);
  }

  /**
   * Validates a code (FHIR `$validate-code`): membership, then status with
   * `activeOnly`, then `display` against the official display and designations.
   *
   * @example treR421MotifFinPag.validateCode('9', { display: 'Décès usager' }) // { result: true, display: 'Décès usager' }
   */
  validateCode(code: unknown, options: ReferentielValidateCodeOptions = {}): ReferentielValidateCodeResult {
    if (!isCodeString(code)) return invalidCode(this.id, options.lang);
    const concept = this.index.get(code);
    if (concept === undefined) return unknownCode(code, this.id, this.metadata.version, options.lang);
    return checkKnown(concept, this.id, options);
  }

  /** Concepts in source order, optionally without deprecated ones, filtered and paged (FHIR `$expand`). */
  expand(options: ReferentielExpandOptions<K> = {}): K[] {
    const { filter } = options;
    let match: ((c: K) => boolean) | undefined;
    if (typeof filter === 'function') match = filter;
    else if (typeof filter === 'string') {
      const text = textMatcher(filter);
      match = (c) => text([c.code, c.display, ...(c.designations ?? []).map((d) => d.value)]);
    }
    const out = this.concepts.filter((c) => !(options.activeOnly === true && c.status === 'deprecated') && (match === undefined || match(c)));
    return page(out, options.offset, options.count);
  }

  /**
   * FHIR Coding `{ system, code, display }` for a code of the list.
   *
   * @throws {@link ReferentielCodeError} when the code is not in the list
   */
  coding<T extends C>(code: T): ReferentielCoding<S, T> {
    const concept = this.index.get(code);
    if (concept === undefined) throw new ReferentielCodeError(code, this.id);
    return { system: this.system, code, display: concept.display };
  }

  /** Known concept or throw (for the hierarchy methods). */
  protected requireConcept(code: unknown): K {
    const concept = this.lookup(code);
    if (concept === undefined) throw new ReferentielCodeError(code, this.id);
    return concept;
  }
}
