/**
 * A rule that gives `show` the pattern of its pointer (so that the place is
 * read from the pattern, see `mayQuoteIn`) gives the right one: on the
 * scenarios and on generated PAGs, every pointer shown with a pattern is an
 * instance of it.
 */
import { REFERENCE_DATE, scenarios } from '@serafin-ph/fixtures';
import { pagArbitrary } from '@serafin-ph/fixtures/arbitraries';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_KITS } from '../documents/all-kits.js';
import { matchesPattern } from '../json/expand.js';
import type { JsonValue } from '../json/read-document.js';
import type { ResolvedOptions, RuleContext } from './rule.js';

const options: ResolvedOptions = {
  lang: 'fr',
  numbering: 'ans-2023',
  referenceDate: REFERENCE_DATE,
  deprecatedCodes: 'warning',
  includePersonalData: false,
  optionName: (o) => o,
  codeTranslations: [],
  messages: {},
};

describe('the patterns given to show() are those of the pointers shown', () => {
  it('on the scenarios and 300 generated PAGs, every rule of the PAG', () => {
    const set = ALL_KITS.pag.rules;
    const documents = [
      ...scenarios.map((s) => s.document()).filter((d) => (d as { typeDocument?: unknown }).typeDocument === 'pag'),
      ...fc.sample(pagArbitrary(), { seed: 20251218, numRuns: 300 }),
    ].map((d) => JSON.parse(JSON.stringify(d)) as JsonValue);
    const wrong: string[] = [];
    let withPattern = 0;
    for (const document of documents) {
      const context: RuleContext<unknown, unknown> = {
        document,
        facts: set.facts(document, options),
        options,
        emit: () => undefined,
        show: (path, value, pattern) => {
          if (pattern !== undefined) {
            withPattern++;
            if (!matchesPattern(pattern, path)) wrong.push(`${path} is not an instance of ${pattern}`);
          }
          return String(value);
        },
      };
      for (const rule of set.rules) rule.check(context as never);
    }
    expect(wrong).toEqual([]);
    expect(withPattern).toBeGreaterThan(1_000);
  });
});
