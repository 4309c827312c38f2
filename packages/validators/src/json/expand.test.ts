import fc from 'fast-check';
import { pagArbitrary } from '@serafin-ph/fixtures/arbitraries';
import { describe, expect, it } from 'vitest';
import { PAG_DATES } from '../rules/pag/dates.js';
import { expand, expandMany } from './expand.js';
import type { JsonValue } from './read-document.js';
import { runs } from '../../../../scripts/lib/property-runs.js';

const PATTERNS = [...Object.keys(PAG_DATES), '', '/engagements', '/engagements/*', '/engagements/0/prestations/*/prestation', '/a~1b/*', '/*/*', '/x/01', '/x/1'];

describe('expandMany', () => {
  it('gives, pattern by pattern, exactly what expand gives (200 generated PAG documents)', () => {
    fc.assert(
      fc.property(pagArbitrary(), (doc) => {
        const many = expandMany(doc as unknown as JsonValue, PATTERNS);
        PATTERNS.forEach((p, i) => expect(many[i]?.map(({ path, value }) => ({ path, value }))).toEqual(expand(doc as unknown as JsonValue, p)));
      }),
      { numRuns: 200 },
    );
  });

  it('on arbitrary JSON values, escaped keys and index-like tokens included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.constant({ 'a/b': [{ c: 1 }], x: [5, 6], '~': { y: 1 } })), (value) => {
        const many = expandMany(value as JsonValue, PATTERNS);
        PATTERNS.forEach((p, i) => expect(many[i]?.map(({ path, value }) => ({ path, value }))).toEqual(expand(value as JsonValue, p)));
      }),
      { numRuns: runs(1_000) },
    );
  });
});
