/**
 * Runs the business rules of a document type: each rule runs only when none
 * of the parts it reads has a structural error, and once per document; the
 * facts the rules share are computed once. Also reports under a rule's id the
 * structural issues that the rule documents (the schema enforces that part).
 *
 * Exécution des règles métier.
 */
import { matchesPattern } from '../json/expand.js';
import { overlaps, patternTokens, tokens } from '../json/pointer.js';
import type { JsonValue } from '../json/read-document.js';
import { valueAtPointer } from '../json/value-at.js';
import { makeIssue } from '../issues.js';
import { pick, rendererOf, renderMessage, type RuleMessages } from '../messages.js';
import { mayQuoteIn } from '../personal-data-in.js';
import type { LocalizedText, RuleId, Severity, ValidationIssue } from '../types.js';
import type { AnyRuleSet, Emit, ResolvedOptions, RuleContext, RulesOutcome } from './rule.js';

/** Placeholder shown instead of a personal value. */
export const MASKED: LocalizedText = { fr: '[donnée personnelle masquée]', en: '[personal data hidden]' };

const NO_MESSAGES: RuleMessages = {};

/** The messages of the requested language for the rules of `set`. */
function messagesOf(options: ResolvedOptions, set: AnyRuleSet): RuleMessages {
  return options.messages[set.type] ?? NO_MESSAGES;
}

function within(path: string, prefix: string): boolean {
  return prefix === '' || path === prefix || path.startsWith(`${prefix}/`);
}

/** The rule sets that apply to a document, with the pointer of the part each checks. */
function applicableSets(set: AnyRuleSet, root: JsonValue, prefix = ''): { set: AnyRuleSet; prefix: string; root: JsonValue }[] {
  const out = [{ set, prefix, root }];
  // Own member only: a rule set without embedded documents does not inherit some from a polluted `Object.prototype`.
  for (const e of (Object.hasOwn(set, 'embedded') ? set.embedded : undefined) ?? []) {
    let applies = false;
    try {
      applies = e.applies(root);
    } catch {
      applies = false;
    }
    const sub = valueAtPointer(root, e.at);
    if (applies && sub !== undefined) out.push(...applicableSets(e.set, sub, `${prefix}${e.at}`));
  }
  return out;
}

/**
 * Reports under a rule's id the structural issues the rule documents (see
 * `StructuralSpec`). Rules listed in `skip` keep the generic structural issue.
 */
export function relabelStructural(set: AnyRuleSet, root: JsonValue, issues: readonly ValidationIssue[], options: ResolvedOptions, skip: ReadonlySet<string>): ValidationIssue[] {
  const sets = applicableSets(set, root);
  return issues.map((issue) => {
    if (!issue.ruleId.startsWith('STRUCTURE-')) return issue;
    const keyword = issue.details?.['keyword'];
    for (const { set: s, prefix, root: subRoot } of sets) {
      if (!within(issue.path, prefix)) continue;
      const rel = issue.path.slice(prefix.length);
      for (const rule of s.rules) {
        const spec = rule.structural;
        if (spec === undefined || skip.has(rule.definition.id)) continue;
        if (spec.keywords !== undefined && !spec.keywords.includes(String(keyword))) continue;
        if (!spec.at.some((p) => matchesPattern(p, rel))) continue;
        let described;
        try {
          const show = (path: string, value: string | number, pattern?: string): string =>
            mayQuoteIn(s.info, path, value, options.includePersonalData, pattern) ? String(value) : pick(options.lang, MASKED);
          described = spec.describe(valueAtPointer(root, issue.path), { path: rel, root: subRoot, options, issue, show });
        } catch {
          described = undefined;
        }
        if (described === undefined) continue;
        return makeIssue(rule.definition.id as RuleId, issue.severity, issue.path, renderMessage(messagesOf(options, s), options.lang, described.message), {
          ...issue.details,
          // Own member only: a description without details inherits none from a polluted `Object.prototype`.
          ...(Object.hasOwn(described, 'details') ? described.details : undefined),
          structure: issue.ruleId,
        });
      }
    }
    return issue;
  });
}

/** A rule of a set, as {@link runRules} reads it: one object shape for every rule (the definitions have several). */
interface PlannedRule {
  readonly id: RuleId;
  readonly severity: Severity;
  /** Its severity is the `deprecatedCodes` option's. */
  readonly deprecated: boolean;
  readonly reads: readonly string[];
  readonly check: (ctx: RuleContext<unknown, unknown>) => void;
}

const PLANS = new WeakMap<AnyRuleSet, readonly PlannedRule[]>();

/** The rules of `set` in order, read once per rule set. */
function planOf(set: AnyRuleSet): readonly PlannedRule[] {
  let plan = PLANS.get(set);
  if (plan === undefined) {
    plan = set.rules.map((rule) => ({
      id: rule.definition.id as RuleId,
      severity: rule.definition.severity,
      // Own member only: the plan is kept, and may be made during a call with a polluted `Object.prototype`.
      deprecated: Object.hasOwn(rule.definition, 'severityOption') && rule.definition.severityOption === 'deprecatedCodes',
      reads: rule.definition.reads,
      check: rule.check as PlannedRule['check'],
    }));
    PLANS.set(set, plan);
  }
  return plan;
}

/** The structural error that blocks a rule reading `reads` (under `prefix`), if any. */
function blockerOf(reads: readonly string[], prefix: string, blocked: readonly { path: string; tokens: readonly string[] }[]): string | undefined {
  for (const read of reads) {
    const rt = patternTokens(`${prefix}${read}`);
    const hit = blocked.find((b) => overlaps(rt, b.tokens));
    if (hit !== undefined) return hit.path;
  }
  return undefined;
}

/**
 * Runs `set` (and the rule sets of embedded documents) on `document`.
 *
 * @param structuralPaths - JSON Pointers of the structural errors found before
 * @param skip - rule ids not to run
 */
export function runRules(set: AnyRuleSet, document: JsonValue, options: ResolvedOptions, structuralPaths: readonly string[], skip: ReadonlySet<string>): RulesOutcome {
  const issues: ValidationIssue[] = [];
  const notRun: { ruleId: RuleId; blockedBy: string }[] = [];
  const blocked = structuralPaths.map((p) => ({ path: p, tokens: tokens(p) }));
  const lang = options.lang;
  // Without skipped rules or structural errors (the common case) no rule is looked up.
  const skipping = skip.size > 0;
  const blocking = blocked.length > 0;
  for (const { set: s, prefix, root } of applicableSets(set, document)) {
    const show = (path: string, value: string | number, pattern?: string): string =>
      mayQuoteIn(s.info, path, value, options.includePersonalData, pattern) ? String(value) : pick(lang, MASKED);
    let factsState: 'todo' | 'done' | 'failed' = 'todo';
    // One context for every rule of the set; `emit` writes for the rule being run.
    let ruleId = '' as RuleId;
    let ruleSeverity: Severity = 'error';
    let context: RuleContext<unknown, unknown> | undefined;
    const render = rendererOf(messagesOf(options, s), lang);
    const emit: Emit = (path, message, details, sev) => {
      issues.push(makeIssue(ruleId, sev ?? ruleSeverity, `${prefix}${path}`, render(message), details));
    };
    const plan = planOf(s);
    for (let r = 0; r < plan.length; r++) {
      const rule = plan[r] as PlannedRule;
      if (skipping && skip.has(rule.id)) continue;
      const blocker = blocking ? blockerOf(rule.reads, prefix, blocked) : undefined;
      if (blocker !== undefined) {
        notRun.push({ ruleId: rule.id, blockedBy: blocker });
        continue;
      }
      if (factsState === 'todo') {
        try {
          context = { document: root, facts: s.facts(root, options), options, show, emit };
          factsState = 'done';
        } catch {
          factsState = 'failed';
        }
      }
      if (context === undefined) {
        notRun.push({ ruleId: rule.id, blockedBy: 'internal-error' });
        continue;
      }
      ruleId = rule.id;
      ruleSeverity = rule.deprecated ? options.deprecatedCodes : rule.severity;
      // The issues of a rule that fails midway are dropped: it is reported as not run.
      const start = issues.length;
      try {
        rule.check(context);
      } catch {
        issues.length = start;
        notRun.push({ ruleId: rule.id, blockedBy: 'internal-error' });
      }
    }
  }
  return { issues, notRun };
}
