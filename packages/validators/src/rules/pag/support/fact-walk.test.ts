import fc from 'fast-check';
import { pagArbitrary } from '@serafin-ph/fixtures/arbitraries';
import { describe, expect, it } from 'vitest';
import { walkPagFacts } from '../../../generated/facts/pag-fact-walk.js';
import { expandMany, type Located } from '../../../json/expand.js';
import type { JsonValue } from '../../../json/read-document.js';
import { PAG_FACT_PATTERNS } from './fact-patterns.js';
import { runs } from '../../../../../../scripts/lib/property-runs.js';

const plain = (lists: Located[][]) => lists.map((l) => l.map(({ path, value }) => ({ path, value })));

describe('the generated PAG fact walker', () => {
  it('finds what expandMany finds, pattern by pattern, in the same order (300 generated PAG documents)', () => {
    fc.assert(
      fc.property(pagArbitrary(), (doc) => {
        expect(plain(walkPagFacts(doc))).toEqual(plain(expandMany(doc as unknown as JsonValue, PAG_FACT_PATTERNS)));
      }),
      { numRuns: runs(300) },
    );
  });

  it('on arbitrary JSON and odd shapes (arrays where objects are expected, keys to escape, inherited names)', () => {
    const odd: unknown[] = [
      [],
      [{ engagements: [] }],
      { engagements: { a: { dateDebut: '2025-01-01' }, 'b/c': { dateFin: '2025-01-02' } } },
      { situation: { droitsPrestations: { '~x': { dateDecision: '2025-01-01' } } } },
      // Two wildcards deep, object members and array items mixed (one function per node serves both).
      { engagements: { 'a/b': { derogations: [{ dateDebut: '2025-01-01', acte: { date: '2025-01-02' } }] }, c: { derogations: { '~0': { dateFin: 'x' } } } } },
      { engagements: [{ derogations: { k: { dateAccord: 1 } }, prestations: [{ prestation: { code: 'x' } }] }] },
      { contexte: { objectifs: { o: { besoins: { '': 'b', 'x~y': 'c' } } }, besoins: [{ besoin: 1 }] } },
      { engagements: [[{ dateDebut: 1 }], null, 'x', { dateDebut: null }] },
      JSON.parse('{"__proto__": {"dateFin": "2025-01-01"}, "dateFin": "2024-01-01"}'),
      Object.assign(Object.create({ dateFin: '2025-01-01' }) as object, { dateValidation: '2025-01-01' }),
    ];
    for (const value of odd) expect(plain(walkPagFacts(value))).toEqual(plain(expandMany(value as JsonValue, PAG_FACT_PATTERNS)));
    // An own member holding `undefined` (not JSON: the rules never see one) is not visited, as if absent.
    expect(plain(walkPagFacts({ dateFin: undefined, dateValidation: '2025-01-01' }))).toEqual(plain(expandMany({ dateValidation: '2025-01-01' }, PAG_FACT_PATTERNS)));
    // Patterns nothing matches share one empty list, which stays empty.
    const none = walkPagFacts({});
    expect(none[0]).toEqual([]);
    expect(Object.isFrozen(none[0])).toBe(true);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(plain(walkPagFacts(value))).toEqual(plain(expandMany(value as JsonValue, PAG_FACT_PATTERNS)));
      }),
      { numRuns: runs(1_000) },
    );
  });
});
