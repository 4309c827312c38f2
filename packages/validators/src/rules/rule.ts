/**
 * What a business rule is made of, and the context it runs in.
 *
 * Une règle métier et son contexte d'exécution.
 */
import type { JsonValue } from '../json/read-document.js';
import type { Lang, LocalizedText, Numbering, RuleDefinition, Severity, TypeDocument, ValidationIssue } from '../types.js';

/** Options resolved once per call, shared by every rule. */
export interface ResolvedOptions {
  readonly lang: Lang;
  readonly numbering: Numbering;
  /** Reference date `YYYY-MM-DD`. */
  readonly referenceDate: string;
  readonly deprecatedCodes: 'error' | 'warning';
  readonly includePersonalData: boolean;
}

/** Reports one finding of the rule being run. */
export type Emit = (path: string, message: LocalizedText, details?: Record<string, unknown>, severity?: Severity) => void;

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
   */
  readonly show: (path: string, value: string | number) => string;
}

/** A business rule: its documentation and its check. */
export interface Rule<D = unknown, F = unknown> {
  readonly definition: RuleDefinition;
  readonly check: (ctx: RuleContext<D, F>) => void;
}

/** The rules of one document type, with the function that computes the shared facts. */
export interface RuleSet<D, F> {
  readonly type: TypeDocument;
  readonly rules: readonly Rule<D, F>[];
  /** Computes, once per document, the indexes and derived values the rules share. */
  readonly facts: (document: D, options: ResolvedOptions) => F;
}

/** A rule set of any document type. */
export type AnyRuleSet = RuleSet<never, never> | RuleSet<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Output of running the rules. */
export interface RulesOutcome {
  readonly issues: ValidationIssue[];
  readonly notRun: { ruleId: string; blockedBy: string }[];
}

/** Document a JSON value is read as by a rule set (the structure was checked before). */
export type AsDocument<D> = JsonValue & D;
