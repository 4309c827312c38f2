/**
 * Helper to declare a business rule with its documentation.
 */
import type { LocalizedText, RuleSource, Severity, DocumentType } from '../types.js';
import type { Rule, RuleContext, StructuralSpec } from './rule.js';

/** Everything a rule declares. */
export interface RuleSpec<D, F> {
  readonly id: string;
  readonly severity: Severity;
  readonly document: DocumentType;
  readonly family: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly source: RuleSource;
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
      title: spec.title,
      description: spec.description,
      source: spec.source,
      stage: 'regles',
      family: spec.family,
      reads: spec.reads,
      ...(spec.severityOption === undefined ? {} : { severityOption: spec.severityOption }),
      ...(spec.structural === undefined ? {} : { schemaPaths: spec.structural.at }),
    },
    check: spec.check,
    ...(spec.structural === undefined ? {} : { structural: spec.structural }),
  };
}
