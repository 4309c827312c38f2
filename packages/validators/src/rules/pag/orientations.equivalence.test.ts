import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOrientation } from './orientations.js';

/** The former reading: the category is what precedes the first dot. */
function reference(code: string): boolean {
  const category = code.split('.')[0];
  return category === '7' || category === '8' || category === '11' || category === '13' || category === '14';
}

describe('isOrientation', () => {
  it('reads the category in place as split did (every TRE_R420-like code and arbitrary strings)', () => {
    const parts = fc.constantFrom('', '1', '7', '8', '9', '11', '13', '14', '71', '113', '0', 'x', '7a', ' 7');
    const codeLike = fc.array(parts, { minLength: 1, maxLength: 4 }).map((p) => p.join('.'));
    fc.assert(
      fc.property(fc.oneof(codeLike, fc.string(), fc.string({ unit: fc.constantFrom('1', '3', '4', '7', '8', '.', 'x') })), (code) => {
        expect(isOrientation(code)).toBe(reference(code));
      }),
      { numRuns: 5_000 },
    );
    for (const code of ['7', '7.8', '8.6', '11.1', '13.99', '14', '1', '1.1', '12', '113', '7x', '']) expect(isOrientation(code), code).toBe(reference(code));
  });
});
