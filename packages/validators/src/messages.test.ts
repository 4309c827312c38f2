import { describe, expect, it } from 'vitest';
import { markOwnCatalogue, rendererOf, renderMessage, text, type NestedText, type RuleMessages } from './messages.js';

/** A catalogue with every kind of entry: a fixed sentence, a template, a template with nested parts, an inherited entry. */
function catalogue(): RuleMessages {
  const inherited = { 'X-INHERITED#1': 'hérité' };
  const own: Record<string, unknown> = {
    'X-FIXED#1': 'Phrase fixe.',
    'X-TEMPLATE#1': (p: { a: string }) => `Valeur ${p.a}.`,
    'X-NESTED#1': (p: { part: NestedText; other: NestedText }, t: (n: NestedText) => string) => `${t(p.part)} puis ${t(p.other)}`,
  };
  return Object.assign(Object.create(inherited) as object, own) as RuleMessages;
}

const messages: readonly NestedText[] = [
  { key: 'X-FIXED#1', params: undefined },
  { key: 'X-TEMPLATE#1', params: { a: '42' } },
  { key: 'X-NESTED#1', params: { part: { key: 'X-TEMPLATE#1', params: { a: 'b' } }, other: text('deux', 'two') } },
  { key: 'X-INHERITED#1', params: undefined },
  { key: 'X-MISSING#1', params: undefined },
  text('français', 'English'),
];

describe('rendererOf writes what renderMessage writes', () => {
  it('for an entry point’s own catalogue (entries read once) and another, in both languages', () => {
    const own = catalogue();
    markOwnCatalogue(own);
    const other = catalogue();
    for (const lang of ['fr', 'en'] as const) {
      for (const m of messages) {
        expect(rendererOf(own, lang)(m)).toBe(renderMessage(own, lang, m));
        expect(rendererOf(other, lang)(m)).toBe(renderMessage(other, lang, m));
      }
    }
    expect(rendererOf(own, 'fr')(messages[2] as NestedText)).toBe('Valeur b. puis deux');
    expect(rendererOf(own, 'en')(messages[2] as NestedText)).toBe('Valeur b. puis two');
    expect(rendererOf(own, 'fr')).toBe(rendererOf(own, 'fr'));
  });

  it('reads a catalogue that is not an entry point’s own at each message (a caller may change it)', () => {
    const other = catalogue() as Record<string, unknown>;
    const render = rendererOf(other as RuleMessages, 'fr');
    expect(render({ key: 'X-FIXED#1', params: undefined })).toBe('Phrase fixe.');
    other['X-FIXED#1'] = 'Autre phrase.';
    expect(render({ key: 'X-FIXED#1', params: undefined })).toBe('Autre phrase.');
  });
});
