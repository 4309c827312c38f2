/**
 * Helper to declare a business rule (its documentation is declared apart, see
 * `rule-docs.ts`).
 */
import type { Severity, DocumentType } from '../types.js';
import type { Rule, RuleContext, StructuralSpec } from './rule.js';

/** Everything a rule declares besides its documentation (title, description, source: see `rule-docs.ts`). */
export interface RuleSpec<D, F> {
  readonly id: string;
  readonly severity: Severity;
  readonly document: DocumentType;
  readonly family: string;
  /** JSON Pointer patterns the rule reads (`*` = any index or key). */
  readonly reads: readonly string[];
  readonly severityOption?: 'deprecatedCodes';
  readonly check: (ctx: RuleContext<D, F>) => void;
  /** Part of the rule the published schema enforces (reported under this rule's id). */
  readonly structural?: StructuralSpec;
}

/** Declares a business rule. */
export function defineRule<D, F>(spec: RuleSpec<D, F>): Rule<D, F> {
  return {
    definition: {
      id: spec.id,
      severity: spec.severity,
      documents: [spec.document],
      stage: 'regles',
      family: spec.family,
      reads: spec.reads,
      ...(spec.severityOption === undefined ? {} : { severityOption: spec.severityOption }),
      ...(spec.structural === undefined ? {} : { schemaPaths: spec.structural.at }),
    },
    check: spec.check,
    // Always an own member (undefined when the schema enforces no part of the rule): the engine reads it under any `Object.prototype`.
    structural: spec.structural,
  };
}
