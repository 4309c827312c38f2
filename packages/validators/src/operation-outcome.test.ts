/**
 * `issuesToOperationOutcome`: the report as a FHIR R4 OperationOutcome. A FHIR
 * user reads an OperationOutcome with an `error` or `fatal` issue as a failed
 * validation, so the option problems (which never make a document invalid)
 * are `warning` issues of type `invalid`: a valid document with a mistyped
 * option stays a success. Before, they were `error` issues.
 */
import { describe, expect, it } from 'vitest';
import { issuesToOperationOutcome, RULE_CATALOGUE_SYSTEM, validate } from './index.js';
import { cleanPag, mutate } from '../test/support/documents.js';

const failed = (o: ReturnType<typeof issuesToOperationOutcome>): boolean => o.issue.some((i) => i.severity === 'error' || i.severity === 'fatal');

describe('issuesToOperationOutcome', () => {
  it('a valid document validated with bad options gives an OperationOutcome without error, the options as warnings of type invalid', () => {
    const report = validate(cleanPag(), { referenceDate: '2025-13-45', skipRules: ['PAG-NOPE-001' as never], lang: 'de' as never });
    expect(report.valid).toBe(true);
    expect(report.optionIssues.length).toBe(3);
    const outcome = issuesToOperationOutcome(report);
    expect(failed(outcome)).toBe(false);
    const options = outcome.issue.filter((i) => i.details.coding[0]?.code === 'OPTIONS-INVALIDES');
    expect(options.map((i) => [i.severity, i.code])).toEqual([
      ['warning', 'invalid'],
      ['warning', 'invalid'],
      ['warning', 'invalid'],
    ]);
    expect(options[0]?.diagnostics).toMatch(/^Option « lang »/);
  });

  it('an invalid document keeps its errors, with the rule id, the message and the path as an expression', () => {
    const report = validate(
      mutate(cleanPag(), (d) => {
        (d as { consentement: unknown }).consentement = {};
      }),
      { referenceDate: '2025-12-01', lang: 'en' },
    );
    expect(report.valid).toBe(false);
    const outcome = issuesToOperationOutcome(report);
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(failed(outcome)).toBe(true);
    const first = outcome.issue[0];
    expect(first).toEqual({
      severity: 'error',
      code: 'business-rule',
      details: { coding: [{ system: RULE_CATALOGUE_SYSTEM, code: 'PAG-CONSENTEMENT-001' }], text: report.issues[0]?.message },
      diagnostics: report.issues[0]?.message,
      expression: ['consentement.accordPrealable'],
    });
  });

  it('a report without issue gives one informational issue (FHIR requires one)', () => {
    const outcome = issuesToOperationOutcome({ valid: true, issues: [], optionIssues: [] });
    expect(outcome.issue).toEqual([{ severity: 'information', code: 'informational', details: { coding: [], text: 'OK' }, diagnostics: 'Document valide / valid document' }]);
  });
});
