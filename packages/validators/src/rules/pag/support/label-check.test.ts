import fc from 'fast-check';
import { lookup, SERAFIN_CODES, validateCode } from '@serafin-ph/nomenclature';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../../../../scripts/lib/property-runs.js';
import { isPublishedLabel } from './label-check.js';

const concepts = SERAFIN_CODES.map((code) => {
  const c = lookup(code);
  if (c === undefined) throw new Error(code);
  return c;
});

describe('isPublishedLabel answers as validateCode(code, { display })', () => {
  it('on every concept, with its display, its typographic variants and other labels', () => {
    for (const c of concepts) {
      for (const label of [
        c.display,
        c.displayNormalized,
        ` ${c.display} `,
        c.display.replace(/'/g, '’'),
        c.display.replace(/ /g, '\u00a0'),
        c.display.replace(/oe/g, 'œ'),
        c.display.toUpperCase(),
        `${c.display}.`,
        '',
      ]) {
        expect(isPublishedLabel(c, label)).toBe(validateCode(c.code, { display: label }).result);
      }
    }
  });
  it('on arbitrary labels', () => {
    fc.assert(
      fc.property(fc.constantFrom(...concepts), fc.string({ maxLength: 40 }), (c, label) => {
        expect(isPublishedLabel(c, label)).toBe(validateCode(c.code, { display: label }).result);
      }),
      { numRuns: runs(5_000) },
    );
  });
});
