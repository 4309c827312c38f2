/**
 * What a business rule is made of, and the context it runs in.
 *
 * Une règle métier et son contexte d'exécution.
 */
import type { CodeTranslation } from '../codes/translate-incoming.js';
import type { JsonValue } from '../json/read-document.js';
import type { SchemaInfo } from '../structure/schema-info.js';
import type { RuleCheckDefinition } from './rule-docs.js';
import type { NestedText, RuleMessages } from '../messages.js';
import type { Lang, Numbering, RuleId, Severity, DocumentType, ValidationIssue } from '../types.js';

/** Options resolved once per call, shared by every rule. */
export interface ResolvedOptions {
  readonly lang: Lang;
  readonly numbering: Numbering;
  /** Reference date `YYYY-MM-DD`. */
  readonly referenceDate: string;
  readonly deprecatedCodes: 'error' | 'warning';
  readonly includePersonalData: boolean;
  /** How messages name an option (see `ValidateOptions.optionNames`): `includePersonalData` or `--include-personal-data`. */
  readonly optionName: (option: 'includePersonalData' | 'numbering' | 'deprecatedCodes') => string;
  /** Codes translated (or not) because of the `numbering` option, for this document. */
  readonly codeTranslations: readonly CodeTranslation[];
  /** The rule messages of `lang`, by the document type whose rules write them (only this language is ever written). */
  readonly messages: Readonly<Partial<Record<DocumentType, RuleMessages>>>;
}

/** Reports one finding of the rule being run: its message is a catalogue `Message` (`msg(key, params)`), or a text in both languages. */
export type Emit = (path: string, message: NestedText, details?: Record<string, unknown>, severity?: Severity) => void;

/**
 * What a rule receives: the document (only the parts listed in its
 * definition's `reads` are guaranteed to follow the schema), facts computed
 * once per document and shared by the rules, the options, and `emit`.
 */
export interface RuleContext<D, F> {
  readonly document: D;
  readonly facts: F;
  readonly options: ResolvedOptions;
  readonly emit: Emit;
  /**
   * Returns `value` for a message when it may be shown (the path does not hold
   * personal data, or the caller opted in), else a neutral placeholder.
   * `pattern`, when known, is the pointer pattern written in the code that
   * `path` is an instance of (a date's pattern in `PAG_DATES`): the answer is
   * then read from it, once per pattern, when it does not depend on the
   * pointer.
   */
  readonly show: (path: string, value: string | number, pattern?: string) => string;
}

/** What a structural relabelling receives. */
export interface StructuralContext {
  /** Pointer of the issue, relative to the document the rule set checks. */
  readonly path: string;
  /** The document the rule set checks (the JSON copy). */
  readonly root: JsonValue;
  readonly options: ResolvedOptions;
  readonly issue: ValidationIssue;
  /** Same as {@link RuleContext.show}. */
  readonly show: (path: string, value: string | number, pattern?: string) => string;
}

/**
 * Part of a rule that the published schema already enforces: a structural
 * issue at one of these places (and with one of these keywords) is reported
 * under the rule's id, with the rule's message.
 */
export interface StructuralSpec {
  /** Instance pointer patterns (`*` = any index or key), matched exactly. */
  readonly at: readonly string[];
  /** Ajv keywords concerned (`required`, `minimum`, `enum`…); all when absent. */
  readonly keywords?: readonly string[];
  /** Message of the relabelled issue; `undefined` leaves the structural issue unchanged. */
  readonly describe: (value: JsonValue | undefined, ctx: StructuralContext) => { readonly message: NestedText; readonly details?: Record<string, unknown> } | undefined;
}

/** A business rule: its run-time definition and its check (its documentation is apart, see `rule-docs.ts`). */
export interface Rule<D = unknown, F = unknown> {
  readonly definition: RuleCheckDefinition;
  readonly check: (ctx: RuleContext<D, F>) => void;
  /** Own member of every rule (`undefined` when none), so that it is never read from `Object.prototype`. */
  readonly structural: StructuralSpec | undefined;
}

/** A rule set run on a part of the document (the table embedded in a convention). */
export interface EmbeddedRuleSet {
  /** Pointer of the embedded document. */
  readonly at: string;
  /** Its rule set. */
  readonly set: AnyRuleSet;
  /** True when the value at `at` is an embedded document to check (e.g. mode `integre`). */
  readonly applies: (root: JsonValue) => boolean;
}

/** The rules of one document type, with the function that computes the shared facts. */
export interface RuleSet<D, F> {
  readonly type: DocumentType;
  /** Information of the published schema of the type (titles, personal-data locations, code positions). */
  readonly info: SchemaInfo;
  readonly rules: readonly Rule<D, F>[];
  /** Computes, once per document, the indexes and derived values the rules share. Must cope with any JSON. */
  readonly facts: (document: D, options: ResolvedOptions) => F;
  /** Rule sets of embedded documents. */
  readonly embedded?: readonly EmbeddedRuleSet[];
}

/** A rule set of any document type (`any`: a rule set's document and facts types vary by type and only the engine holds them together). */
export type AnyRuleSet = RuleSet<any, any>;

/** Output of running the rules. */
export interface RulesOutcome {
  readonly issues: ValidationIssue[];
  readonly notRun: { ruleId: RuleId; blockedBy: string }[];
}
