import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SERAFIN_DEFINITIONS } from '../generated/serafin-definitions.js';
import { search } from './search.js';

const codes = (q: string, o?: Parameters<typeof search>[1]) => search(q, o).map((h) => h.concept.code);

describe('search', () => {
  it('finds the schooling needs and prestations for "scolarite"', () => {
    const found = codes('scolarite');
    expect(found.slice(0, 2).sort()).toEqual(['1.3.3.1', '2.3.3.1']);
  });
  it('is case- and accent-insensitive, on whole words and prefixes', () => {
    expect(codes('LOGEMENT')).toEqual(expect.arrayContaining(['1.3.2', '1.3.2.1', '2.3.2', '2.3.2.1']));
    expect(codes('logement').slice(0, 4).sort()).toEqual(['1.3.2', '1.3.2.1', '2.3.2', '2.3.2.1']);
    expect(codes('Aidant')).toContain('1.3.3.5');
    expect(codes('aid')).toContain('1.3.3.5');
    expect(codes('santé')).toEqual(expect.arrayContaining(['1.1', '1.1.10']));
    expect(codes('xyzzy')).toEqual([]);
  });
  it('requires every word and filters by block', () => {
    expect(codes('transports autonomie')).toEqual(['3.2.4.3']);
    expect(codes('logement', { branch: 'besoins' }).every((c) => c.startsWith('1'))).toBe(true);
    expect(codes('repas', { activeOnly: true })[0]).toBe('3.2.2');
    expect(codes('repas', { activeOnly: true })).not.toContain('3.2.2.1');
    expect(codes('repas')).toContain('3.2.2.1');
  });
  it('ranks display matches above definition matches', () => {
    const hits = search('scolarite', { definitions: SERAFIN_DEFINITIONS });
    expect(hits.length).toBeGreaterThan(2);
    expect(hits[0]?.matchedIn).toBe('display');
    expect(hits.some((h) => h.matchedIn === 'definition')).toBe(true);
    const firstDef = hits.findIndex((h) => h.matchedIn === 'definition');
    expect(hits.slice(firstDef).every((h) => h.matchedIn === 'definition')).toBe(true);
  });
  it('never throws on any input (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => Array.isArray(search(s))));
  });
});
