/**
 * The failure style of the terminology API: the functions documented as
 * throwing throw on unknown input, and each has a non-throwing form that
 * answers `undefined` on any input (fast-check: arbitrary values never throw).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coding, tryCoding } from '../fhir/coding.js';
import { UnknownCodeError } from './errors.js';
import { subsumes, trySubsumes } from './subsumes.js';
import { tryValueSet, valueSet } from './value-sets.js';
import { SERAFIN_CODES } from '../generated/serafin-concepts.js';

describe('throwing and non-throwing forms', () => {
  it('subsumes throws UnknownCodeError on an unknown code; trySubsumes answers undefined, and the same outcome otherwise', () => {
    expect(() => subsumes('2.3', '9.9')).toThrow(UnknownCodeError);
    expect(trySubsumes('2.3', '9.9')).toBeUndefined();
    expect(trySubsumes(2.3, '2.3')).toBeUndefined();
    expect(trySubsumes('2.3', '2.3.3.1')).toBe('subsumes');
    fc.assert(
      fc.property(fc.constantFrom(...SERAFIN_CODES), fc.constantFrom(...SERAFIN_CODES), (a, b) => {
        expect(trySubsumes(a, b)).toBe(subsumes(a, b));
      }),
    );
  });

  it('coding throws UnknownCodeError on an unknown code; tryCoding answers undefined', () => {
    expect(() => coding('9.9')).toThrow(UnknownCodeError);
    expect(tryCoding('9.9')).toBeUndefined();
    expect(tryCoding({ code: '2.3' })).toBeUndefined();
    expect(tryCoding('2.3.3.1', { version: true })).toEqual(coding('2.3.3.1', { version: true }));
  });

  it('valueSet throws RangeError on an unknown value set; tryValueSet answers undefined', () => {
    expect(() => valueSet('J999')).toThrow(RangeError);
    expect(tryValueSet('J999')).toBeUndefined();
    expect(tryValueSet(285)).toBeUndefined();
    expect(tryValueSet('J285')).toBe(valueSet('J285'));
  });

  it('the non-throwing forms never throw, whatever they are given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        trySubsumes(a, b);
        tryCoding(a);
        tryValueSet(a);
      }),
    );
  });
});
