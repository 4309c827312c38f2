import { describe, expect, it } from 'vitest';
import type { RuleMessages } from '../messages.js';
import { ALL_CATALOGUES } from './all.js';
import { PAG_FR } from './pag.js';

// The entry points read their own catalogues once (rendererOf): a change made to one afterwards would be ignored
// without a word, so the catalogues are frozen and a change fails where it is written.
describe('the built-in message catalogues', () => {
  it('are frozen, with their per-type tables and message entries', () => {
    expect(ALL_CATALOGUES).toHaveLength(6);
    for (const c of ALL_CATALOGUES) {
      expect(Object.isFrozen(c)).toBe(true);
      expect(Object.isFrozen(c.rules)).toBe(true);
      for (const messages of Object.values(c.rules)) expect(Object.isFrozen(messages)).toBe(true);
    }
  });

  it('refuse a change in place: strict mode throws a TypeError where it is written', () => {
    const pag = PAG_FR.rules.pag as RuleMessages;
    expect(() => {
      (pag as Record<string, unknown>)['PAG-BESOINS-002#1'] = 'changé';
    }).toThrow(TypeError);
    expect(() => {
      (PAG_FR as { lang: string }).lang = 'en';
    }).toThrow(TypeError);
  });
});
