import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SERAFIN_CODES } from '../generated/serafin-concepts.js';
import { numberingCodes, toAns2023, translate, type Numbering } from './index.js';

describe('toAns2023', () => {
  it('bare codes are ANS 2023 codes (identity, deprecated included)', () => {
    for (const code of SERAFIN_CODES) expect(toAns2023(code)).toBe(code);
    expect(toAns2023('2.2.1')).toBe('2.2.1');
    expect(toAns2023('2.2.1.2')).toBeUndefined();
  });
  it('acceptance cases', () => {
    expect(toAns2023('2.2.1.2', 'cnsa-2018')).toBe('2.2.2');
    expect(toAns2023('1.1.1.10', 'cnsa-2018')).toBe('1.1.10');
    expect(toAns2023('011', 'ror-r265')).toBe('2.2.1');
  });
  it('only equivalent mappings: wider (CNSA 1.1.1, 2.2.1) and unmatched (ROR 032) give undefined', () => {
    expect(toAns2023('1.1.1', 'cnsa-2018')).toBeUndefined();
    expect(toAns2023('2.2.1', 'cnsa-2018')).toBeUndefined();
    expect(toAns2023('2.3.4.4', 'cnsa-2018')).toBeUndefined();
    expect(toAns2023('032', 'ror-r265')).toBeUndefined();
  });
  it('agrees with translate() on every code of every numbering', () => {
    for (const n of ['ans-2023', 'cnsa-2018', 'ror-r265'] as const satisfies readonly Numbering[]) {
      for (const code of numberingCodes(n)) {
        const r = translate(code, { from: n, to: 'ans-2023' });
        expect(toAns2023(code, n)).toBe(r.equivalence === 'equivalent' ? r.matches[0]?.code : undefined);
      }
    }
  });
  it('never throws', () => {
    const call = toAns2023 as (code: unknown, numbering?: unknown) => string | undefined;
    expect(call(undefined, 'cnsa-2018')).toBeUndefined();
    expect(call('2.2.1', 'cnsa')).toBeUndefined();
    fc.assert(fc.property(fc.string(), fc.string(), (c, n) => call(c, n) === undefined || typeof call(c, n) === 'string'));
  });
});
