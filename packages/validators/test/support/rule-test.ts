/**
 * Helpers for the rule tests: each rule is tested with at least one document
 * that passes (the rule ran and reported nothing) and one that fails (the rule
 * reported an issue where expected).
 */
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import type { Severity, ValidateOptions, ValidationIssue } from '../../src/index.js';

/** Reference date used by every rule test (the fictional examples are dated 2024–2025). */
export const REFERENCE_DATE = '2026-01-15';

const base: ValidateOptions = { referenceDate: REFERENCE_DATE };

/** What a failing case expects. */
export interface Expected {
  readonly path?: string;
  readonly severity?: Severity;
  /** More assertions on the issues of the rule. */
  readonly check?: (issues: ValidationIssue[]) => void;
}

/** The cases available inside {@link describeRule}; each registers one test. */
export interface RuleAssertions {
  /** The rule runs on `doc` and reports nothing. */
  passes(doc: unknown, options?: ValidateOptions, label?: string): void;
  /** The rule reports at least one issue (at `expected.path` when given). */
  fails(doc: unknown, expected?: Expected, options?: ValidateOptions, label?: string): void;
}

/**
 * Declares the tests of one rule. The block must declare at least one passing
 * and one failing case, and `test/rule-coverage.test.ts` checks that every
 * rule has such a block.
 */
export function describeRule(ruleId: string, body: (t: RuleAssertions) => void): void {
  describe(ruleId, () => {
    let passed = 0;
    let failed = 0;
    const t: RuleAssertions = {
      passes(doc, options, label) {
        passed++;
        it(`passes${label === undefined ? ` (${passed})` : `: ${label}`}`, () => {
          const report = validate(doc, { ...base, ...options });
          expect(report.rulesNotRun?.filter((r) => r.ruleId === ruleId) ?? [], 'the rule must have run').toEqual([]);
          expect(report.issues.filter((i) => i.ruleId === ruleId)).toEqual([]);
        });
      },
      fails(doc, expected = {}, options, label) {
        failed++;
        it(`fails${label === undefined ? ` (${failed})` : `: ${label}`}`, () => {
          const report = validate(doc, { ...base, ...options });
          const mine = report.issues.filter((i) => i.ruleId === ruleId);
          expect(mine.length, `${ruleId} should report an issue; got ${JSON.stringify(report.issues.map((i) => [i.ruleId, i.path]))}`).toBeGreaterThan(0);
          if (expected.path !== undefined) expect(mine.map((i) => i.path)).toContain(expected.path);
          if (expected.severity !== undefined) for (const i of mine) expect(i.severity).toBe(expected.severity);
          for (const i of mine) {
            expect(i.message.length).toBeGreaterThan(10);
            expect(i.message).not.toMatch(/undefined|\[object Object\]|NaN/);
          }
          if (mine.some((i) => i.severity === 'error')) expect(report.valid).toBe(false);
          expected.check?.(mine);
          // The same issue in English.
          const en = validate(doc, { ...base, ...options, lang: 'en' }).issues.filter((i) => i.ruleId === ruleId);
          expect(en.map((i) => i.path)).toEqual(mine.map((i) => i.path));
          for (let k = 0; k < en.length; k++) expect(en[k]?.message).not.toBe(mine[k]?.message);
        });
      },
    };
    body(t);
    it('has at least one passing and one failing document', () => {
      expect(passed).toBeGreaterThan(0);
      expect(failed).toBeGreaterThan(0);
    });
  });
}
