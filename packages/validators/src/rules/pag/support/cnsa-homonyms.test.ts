import { numberingCodes, SERAFIN_CODES } from '@serafin-ph/nomenclature';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meansOtherInCnsa, meansOtherInCnsaUncached } from './cnsa-homonyms.js';

describe('meansOtherInCnsa (answers kept by code)', () => {
  it('gives the uncached answer for every ANS and CNSA code, asked twice', () => {
    const codes = [...SERAFIN_CODES, ...numberingCodes('cnsa-2018'), ...numberingCodes('ror-r265')];
    for (let round = 0; round < 2; round++) for (const code of codes) expect(meansOtherInCnsa(code)).toBe(meansOtherInCnsaUncached(code));
  });

  it('knows the homonyms the rule is about (1.1.1, 2.2.1) and an ordinary code (1.1.1.1) as such', () => {
    expect(meansOtherInCnsa('1.1.1')).toBe(true);
    expect(meansOtherInCnsa('2.2.1')).toBe(true);
    expect(meansOtherInCnsa('1.1.1.1')).toBe(meansOtherInCnsaUncached('1.1.1.1'));
  });

  it('gives the uncached answer for any string', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.constantFrom(...SERAFIN_CODES)), (code) => meansOtherInCnsa(code) === meansOtherInCnsaUncached(code)));
  });
});
