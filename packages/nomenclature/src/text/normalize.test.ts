import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeDisplay } from './normalize.js';

/** The normalisation without its shortcut for text already normal. */
function reference(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2019\u2018\u02BC\u00B4\u0060]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim();
}

const LATIN_1 = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i));

describe('normalizeDisplay answers as the full normalisation does', () => {
  it('on every Latin-1 character, alone, doubled and between words', () => {
    for (const c of LATIN_1) for (const text of [c, `${c}${c}`, `a${c}b`, `a ${c} b`, ` ${c}`]) expect([text, normalizeDisplay(text)]).toEqual([text, reference(text)]);
  });

  it('on generated labels (Latin-1, typographic apostrophes, ligatures, spaces, combining accents)', () => {
    const char = fc.oneof(
      fc.constantFrom(...LATIN_1),
      fc.constantFrom('\u2019', '\u2018', '\u02BC', 'œ', 'Œ', '\u202F', '\u0301', '\u0300', 'e\u0301', '\t', '\n', '  '),
      fc.string({ maxLength: 2, unit: 'binary' }),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        expect(normalizeDisplay(text)).toBe(reference(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it('keeps a published display that is already normal', () => {
    expect(normalizeDisplay("Besoins en matière d'autonomie")).toBe("Besoins en matière d'autonomie");
    expect(normalizeDisplay('Besoins en matière d’autonomie')).toBe("Besoins en matière d'autonomie");
  });
});
