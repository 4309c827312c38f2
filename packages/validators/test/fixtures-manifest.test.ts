/**
 * The whole manifest of @serafin-ph/fixtures, run by the validators' own
 * tests: every scenario is valid with exactly its expected
 * warnings, every invalid case yields exactly its expected issues, and every
 * rule of `RULES` has at least one invalid case — a new rule without a case
 * makes this test fail (add a case to `packages/fixtures/data/invalid-cases/index.json`).
 */
import { buildInvalidCase, compareIssues, invalidCases, REFERENCE_DATE, rulesWithoutVariant, scenarios } from '@serafin-ph/fixtures';
import { describe, expect, it } from 'vitest';
import { RULES, validate, type ValidateOptions } from '../src/index.js';

describe('@serafin-ph/fixtures scenarios', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))('%s is valid, with exactly its expected warnings', (_id, s) => {
    const report = validate(s.document(), { referenceDate: REFERENCE_DATE });
    expect(report.typeDocument).toBe(s.typeDocument);
    expect(report.valid).toBe(true);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(compareIssues(report.issues, s.expectedWarnings)).toEqual({ ok: true, missing: [], unexpected: [] });
    expect(report.rulesNotRun).toEqual([]);
  });
});

describe('@serafin-ph/fixtures invalid cases', () => {
  it.each(invalidCases.map((c) => [c.id, c] as const))('%s yields exactly its expected issues', (_id, c) => {
    const { document, options } = buildInvalidCase(c);
    const report = validate(document, options as ValidateOptions);
    // option problems are reported apart (optionIssues) and never make the document invalid
    expect(compareIssues([...report.optionIssues, ...report.issues], c.expected)).toEqual({ ok: true, missing: [], unexpected: [] });
    expect(report.valid).toBe(!c.expected.some((e) => e.severity === 'error' && e.ruleId !== 'OPTIONS-INVALIDES'));
  });

  it('has at least one invalid case for every rule of RULES (or a documented reason why none can exist)', () => {
    const covered = new Set(invalidCases.flatMap((c) => c.expected.map((e) => e.ruleId)));
    const exempt = new Set(rulesWithoutVariant.map((r) => r.ruleId));
    const missing = RULES.map((r) => r.id).filter((id) => !covered.has(id) && !exempt.has(id));
    expect(missing, `rules without an invalid case in packages/fixtures/data/invalid-cases/index.json: ${missing.join(', ')}`).toEqual([]);
  });

  it('names only rules that exist, and exempts only rules that have no case', () => {
    const ids = new Set(RULES.map((r) => r.id));
    const named = new Set(invalidCases.flatMap((c) => c.expected.map((e) => e.ruleId)));
    expect([...named].filter((id) => !ids.has(id))).toEqual([]);
    for (const r of rulesWithoutVariant) {
      expect(ids.has(r.ruleId)).toBe(true);
      expect(named.has(r.ruleId)).toBe(false);
    }
  });

  it('expects each rule with the severity the catalogue gives it (or one an option or the rule itself may choose)', () => {
    for (const c of invalidCases) {
      for (const e of c.expected) {
        const rule = RULES.find((r) => r.id === e.ruleId);
        expect(rule, e.ruleId).toBeDefined();
        if (rule === undefined || rule.severity === e.severity) continue;
        // A deprecated-code option, or a rule that reports some findings as warnings (PAG-CONSENTEMENT-001, PAG-CYCLE-003).
        expect(rule.severityOption !== undefined || e.severity === 'warning', `${c.id}: ${e.ruleId} expected as ${e.severity}`).toBe(true);
      }
    }
  });
});
