import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SERAFIN_CODES } from '../generated/serafin-concepts.js';
import { ancestors, children, descendants, isLeaf, parent } from './hierarchy.js';
import { UnknownCodeError } from './errors.js';
import { subsumes } from './subsumes.js';

describe('hierarchy', () => {
  it('follows the published parents', () => {
    expect(parent('1.2.1.3')).toBe('1.2');
    expect(parent('1')).toBeNull();
    expect(parent('2.4.1')).toBeNull();
    expect(children('1.2')).toEqual(['1.2.1.1', '1.2.1.2', '1.2.1.3', '1.2.1.4']);
    expect(children('2.2')).toEqual(['2.2.1', '2.2.2', '2.2.3']);
    expect(ancestors('2.3.3.1')).toEqual(['2.3.3', '2.3', '2']);
    expect(descendants('2.3.5')).toEqual(['2.3.5.1', '2.3.5.2', '2.3.5.3']);
    expect(descendants('1')).toHaveLength(31); // 35 besoins minus the block and the 3 deprecated duplicates
    expect(isLeaf('2.3.3.1')).toBe(true);
    expect(isLeaf('2.3.3')).toBe(false);
  });
  it('refuses unknown codes', () => {
    expect(() => parent('2.2.1.1')).toThrow(UnknownCodeError);
    expect(() => children('x')).toThrow(/Code inconnu.*Unknown code/);
  });
});

describe('subsumes', () => {
  it('answers as FHIR $subsumes', () => {
    expect(subsumes('2.3', '2.3.3.1')).toBe('subsumes');
    expect(subsumes('2.3.3.1', '2.3')).toBe('subsumed-by');
    expect(subsumes('2.3.3.1', '2.3.3.1')).toBe('equivalent');
    expect(subsumes('2.3', '2.2.1')).toBe('not-subsumed');
    expect(subsumes('1.2', '1.2.1.4')).toBe('subsumes');
    expect(subsumes('2.4', '2.4.1')).toBe('not-subsumed');
    expect(() => subsumes('2.3', '2.2.1.1')).toThrow(UnknownCodeError);
  });
  const code = fc.constantFrom(...SERAFIN_CODES);
  it('is antisymmetric and consistent with ancestors/descendants (property)', () => {
    fc.assert(
      fc.property(code, code, (a, b) => {
        const ab = subsumes(a, b);
        const ba = subsumes(b, a);
        const mirror = { equivalent: 'equivalent', subsumes: 'subsumed-by', 'subsumed-by': 'subsumes', 'not-subsumed': 'not-subsumed' } as const;
        expect(ba).toBe(mirror[ab]);
        expect(ab === 'subsumes').toBe((descendants(a) as string[]).includes(b));
        expect(ab === 'subsumed-by').toBe((ancestors(a) as string[]).includes(b));
      }),
    );
  });
});
