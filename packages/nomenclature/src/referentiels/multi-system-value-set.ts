/**
 * A value set whose members come from several code systems (JDV_J408,
 * JDV_J264, JDV_J11): a code alone is ambiguous, so every method takes the
 * pair `system` + `code`.
 */
import { checkKnown, invalidCode, isCodeString } from './display-check.js';
import { page, textMatcher } from './search.js';
import type { MultiSystemMember, ReferentielCoding, ReferentielMetadata, ReferentielValidateCodeOptions, ReferentielValidateCodeResult } from './types.js';
import { ReferentielCodeError } from './errors.js';

/** A `system` + `code` pair. */
export interface SystemCode {
  /** Code system. */
  readonly system: string;
  /** Code in that system. */
  readonly code: string;
}

/** Options of {@link MultiSystemValueSet.expand}. */
export interface MultiSystemExpandOptions<M> {
  /** Keep only members of this code system. */
  readonly system?: string;
  /** Words that must all start a word of the code or display, or a predicate. */
  readonly filter?: string | ((member: M) => boolean);
  /** Paging: index of the first member returned. */
  readonly offset?: number;
  /** Paging: maximum number of members returned. */
  readonly count?: number;
}

/** `"<system>|<code>"`, the FHIR token form of a pair. */
export function systemCodeToken(system: string, code: string): string {
  return `${system}|${code}`;
}

/**
 * A multi-system value set.
 *
 * @typeParam P - union of the member pairs (e.g. `JdvJ408Coding`)
 */
export class MultiSystemValueSet<P extends SystemCode = SystemCode> {
  /** Metadata of the value set. */
  readonly metadata: ReferentielMetadata;
  /** Members in source (expansion) order. */
  readonly members: readonly (MultiSystemMember & P)[];
  #byToken: ReadonlyMap<string, MultiSystemMember & P> | undefined;

  /**
   * @param metadata - value set metadata
   * @param members - members in expansion order
   */
  constructor(metadata: ReferentielMetadata, members: readonly (MultiSystemMember & P)[]) {
    this.metadata = metadata;
    this.members = members;
  }

  #index(): ReadonlyMap<string, MultiSystemMember & P> {
    if (this.#byToken === undefined) {
      const map = new Map<string, MultiSystemMember & P>();
      for (const m of this.members) map.set(systemCodeToken(m.system, m.code), m);
      this.#byToken = map;
    }
    return this.#byToken;
  }

  /** Short identifier (`JDV_J408`…). */
  get id(): string {
    return this.metadata.id;
  }

  /** Number of members. */
  get size(): number {
    return this.members.length;
  }

  /** Code systems of the members, in order of first appearance. */
  get systems(): readonly string[] {
    return [...new Set(this.members.map((m) => m.system))];
  }

  /** The member `system` + `code`, or `undefined`. Never throws. */
  lookup(system: unknown, code: unknown): (MultiSystemMember & P) | undefined {
    return typeof system === 'string' && typeof code === 'string' ? this.#index().get(systemCodeToken(system, code)) : undefined;
  }

  /** True when `value` is an object whose `system` and `code` name a member; a type guard. */
  has(value: unknown): value is P {
    if (typeof value !== 'object' || value === null) return false;
    const { system, code } = value as { system?: unknown; code?: unknown };
    return this.lookup(system, code) !== undefined;
  }

  /** True when `token` (`"<system>|<code>"`) names a member. */
  hasToken(token: unknown): boolean {
    return typeof token === 'string' && this.#index().has(token);
  }

  /**
   * Validates a coding (FHIR `ValueSet/$validate-code` with `system` + `code`):
   * membership, then `display` (members carry no status).
   */
  validateCoding(
    coding: { readonly system?: unknown; readonly code?: unknown; readonly display?: string },
    options: ReferentielValidateCodeOptions = {},
  ): ReferentielValidateCodeResult {
    const { system, code } = coding;
    if (!isCodeString(code)) return invalidCode(this.id, options.lang);
    if (!isCodeString(system)) {
      return {
        result: false,
        issue: 'invalid-code',
        message:
          options.lang === 'en'
            ? `Missing system for code ${JSON.stringify(code)}: ${this.id} mixes several code systems, a code alone is ambiguous`
            : `Système absent pour le code « ${code} » : ${this.id} mélange plusieurs systèmes, le code seul est ambigu`,
      };
    }
    const member = this.lookup(system, code);
    if (member === undefined) {
      return {
        result: false,
        issue: 'unknown-code',
        message:
          options.lang === 'en'
            ? `Code ${JSON.stringify(code)} of system ${system} is not in ${this.id} (version ${this.metadata.version})`
            : `Code « ${code} » du système ${system} absent de ${this.id} (version ${this.metadata.version})`,
      };
    }
    const display = coding.display ?? options.display;
    return checkKnown(member, this.id, display === undefined ? options : { ...options, display });
  }

  /** Members in source order, optionally restricted to one system, filtered and paged. */
  expand(options: MultiSystemExpandOptions<MultiSystemMember & P> = {}): (MultiSystemMember & P)[] {
    const { filter } = options;
    let match: ((m: MultiSystemMember & P) => boolean) | undefined;
    if (typeof filter === 'function') match = filter;
    else if (typeof filter === 'string') {
      const text = textMatcher(filter);
      match = (m) => text([m.code, m.display]);
    }
    const out = this.members.filter((m) => (options.system === undefined || m.system === options.system) && (match === undefined || match(m)));
    return page(out, options.offset, options.count);
  }

  /**
   * FHIR Coding of a member.
   *
   * @throws {@link ReferentielCodeError} when the pair is not a member
   */
  coding<T extends P>(pair: T): ReferentielCoding<T['system'], T['code']> {
    const member = this.lookup(pair.system, pair.code);
    if (member === undefined) throw new ReferentielCodeError(systemCodeToken(pair.system, pair.code), this.id);
    return { system: pair.system, code: pair.code, display: member.display };
  }
}
