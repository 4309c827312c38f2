import { describe, expect, it } from 'vitest';
import { dateInWords, pageTexts } from './texts.js';

describe('the conditions of a check', () => {
  it('writes dates in words, in both languages, and a date that does not exist as written', () => {
    expect(dateInWords('2026-12-01', 'fr')).toBe('1er décembre 2026');
    expect(dateInWords('2024-02-29', 'fr')).toBe('29 février 2024');
    expect(dateInWords('2026-12-01', 'en')).toBe('1 December 2026');
    expect(dateInWords('2026-02-30', 'fr')).toBe('2026-02-30');
  });

  it('says the reference date (chosen, or today) and whether personal data are shown', () => {
    expect(pageTexts('fr').conditions('2026-12-01', '2027-01-15', false)).toBe('Date de référence : 1er décembre 2026 · données personnelles masquées.');
    expect(pageTexts('fr').conditions(undefined, '2027-01-15', true)).toBe('Date de référence : aujourd’hui, 15 janvier 2027 · données personnelles montrées.');
    expect(pageTexts('en').conditions(undefined, '2027-01-15', false)).toBe('Reference date: today, 15 January 2027 · personal data hidden.');
  });
});
