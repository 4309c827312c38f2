/**
 * An option set to `undefined` is an option left out: a caller that forwards
 * its own optional settings (`{ lang: settings.lang, … }`) gets the report it
 * would get without them, never an option issue. Checked on the examples and
 * on every invalid case, with each subset of the options set to `undefined`
 * next to the case's own options.
 */
import { buildInvalidCase, exampleDocuments, invalidCases } from '@serafin-ph/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../scripts/lib/property-runs.js';
import { validate } from '../src/index.js';
import { validatePag } from '../src/pag.js';

const OPTION_NAMES = [
  'lang',
  'typeDocument',
  'numbering',
  'referenceDate',
  'skipRules',
  'deprecatedCodes',
  'includePersonalData',
  'messages',
  'catalogues',
  'optionNames',
] as const;

describe('options set to undefined', () => {
  it('every option undefined gives the report of no option at all', () => {
    const all = Object.fromEntries(OPTION_NAMES.map((name) => [name, undefined]));
    for (const document of Object.values(exampleDocuments())) {
      const without = validate(document, { referenceDate: '2026-12-01' });
      const withUndefined = validate(document, { ...all, referenceDate: '2026-12-01' });
      expect(withUndefined.valid).toBe(true);
      expect(withUndefined.optionIssues).toEqual([]);
      expect(withUndefined).toEqual(without);
    }
    const pag = exampleDocuments().pag;
    expect(validatePag(pag, { ...all, referenceDate: '2026-12-01' })).toEqual(validatePag(pag, { referenceDate: '2026-12-01' }));
  });

  it('on the invalid cases, any subset of the options left undefined changes nothing', () => {
    const cases = invalidCases.filter((c) => c.javascript === undefined);
    expect(cases.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.subarray([...OPTION_NAMES]), (c, names) => {
        const { document, options } = buildInvalidCase(c);
        const extra = Object.fromEntries(names.filter((n) => !(n in options)).map((n) => [n, undefined]));
        const report = validate(document, { ...options, ...extra });
        expect(report).toEqual(validate(document, options));
        expect(report.optionIssues.filter((i) => Object.keys(extra).some((n) => i.path.includes(n)))).toEqual([]);
      }),
      { numRuns: runs(60), seed: 31 },
    );
  });
});
