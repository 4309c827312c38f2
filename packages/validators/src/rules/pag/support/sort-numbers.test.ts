import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../../../../scripts/lib/property-runs.js';
import { sortNumbers } from './sort-numbers.js';

describe('sortNumbers', () => {
  it('orders the numbers as keys.sort((x, y) => x - y) does, short (by insertion) and long arrays, repeats included', () => {
    const key = fc.oneof(
      fc.nat({ max: 40 }),
      fc.integer({ min: 0, max: 7 * 24 * 60 * 0x10000 }),
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(key, { maxLength: 17 }), fc.array(key, { maxLength: 60 })), (keys) => {
        const actual = [...keys];
        sortNumbers(actual);
        expect(actual).toEqual([...keys].sort((x, y) => x - y));
      }),
      { numRuns: runs(3000) },
    );
  });

  it('sorts in place: 16 numbers by insertion, 17 by sort', () => {
    const sixteen = Array.from({ length: 16 }, (_, i) => (i * 7) % 16);
    sortNumbers(sixteen);
    expect(sixteen).toEqual(Array.from({ length: 16 }, (_, i) => i));
    const seventeen = [5, 3, 16, 0, 1, 2, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
    sortNumbers(seventeen);
    expect(seventeen).toEqual(Array.from({ length: 17 }, (_, i) => i));
  });
});
