import { describe, expect, it } from 'vitest';
import type { StructureMessages } from './catalogue.js';
import { en } from './en.js';
import { fr } from './fr.js';

type Entry = [path: string, value: unknown];

function entries(value: unknown, path = ''): Entry[] {
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => entries(v, path === '' ? k : `${path}.${k}`));
  return [[path, value]];
}

/** Every entry of a catalogue, called with typical arguments (the record is typed: a missing entry does not compile). */
function exercise(m: StructureMessages): Record<keyof StructureMessages, (string | undefined)[]> {
  const label = 'label';
  return {
    document: [m.document],
    property: [m.property('statut', 'Statut'), m.property('statut', undefined)],
    located: [m.located('3e créneau', 'Champ obligatoire absent.')],
    number: [m.number(2.5), m.number(12)],
    quote: [m.quote('validé')],
    quoteKey: [m.quoteKey('dateNaissnce')],
    maskedKey: [m.maskedKey(undefined), m.maskedKey(1), m.maskedKey(4)],
    required: [m.required(label)],
    unknownProperty: [m.unknownProperty('(clé)', undefined), m.unknownProperty('« dateNaissnce »', 'dateNaissance')],
    misspeltProperty: [m.misspeltProperty('« dateNaissnce »', '« Date de naissance » (dateNaissance)')],
    invalidKey: [m.invalidKey('« k »', 'x')],
    type: [m.type(label, ['a']), m.type(label, ['a', 'b', 'c'])],
    expectedValue: [m.expectedValue('"a"')],
    allowedValues: [m.allowedValues('"a", "b"')],
    allowedCount: [m.allowedCount(40)],
    notInCodeSystem: [m.notInCodeSystem('urn:x')],
    valueNotAllowed: [m.valueNotAllowed(undefined, label, 'x'), m.valueNotAllowed('« v »', label, 'x')],
    withSchemaMessage: [m.withSchemaMessage(label, 'Message du schéma.')],
    badFormat: [m.badFormat(label)],
    mustBe: [m.mustBe(label, 'x')],
    minItems: [m.minItems(label, 1), m.minItems(label, 2)],
    maxItems: [m.maxItems(label, 1), m.maxItems(label, 20)],
    duplicates: [m.duplicates(label, 1, 3)],
    propertyCount: [m.propertyCount(label, '2')],
    bound: Object.values(m.bound).flatMap((f) => [f(label, '1'), f(label, '2,5')]),
    noSuchVariant: [m.noSuchVariant(undefined, 'type', '"a"'), m.noSuchVariant('« h »', 'type', '"a"')],
    severalVariants: [m.severalVariants(label)],
    noVariant: [m.noVariant(label)],
    otherConstraint: [m.otherConstraint(label, 'not')],
    truncated: [m.truncated(12)],
    typeNames: Object.values(m.typeNames),
    formatNames: Object.values(m.formatNames),
    patternNames: Object.values(m.patternNames),
  };
}

describe('structural message catalogues', () => {
  it('have the same entries in French and English', () => {
    expect(entries(fr).map(([p, v]) => [p, typeof v])).toEqual(entries(en).map(([p, v]) => [p, typeof v]));
    expect(Object.keys(exercise(fr)).sort()).toEqual(Object.keys(fr).sort());
  });

  it.each([
    ['fr', fr],
    ['en', en],
  ] as const)('%s: every entry writes a sentence without undefined, NaN or [object …]', (lang, m) => {
    for (const [key, outputs] of Object.entries(exercise(m))) {
      for (const out of outputs) {
        if (out === undefined && lang === 'en' && key === 'withSchemaMessage') continue; // English describes patterns itself
        expect(typeof out, key).toBe('string');
        expect(out as string, key).not.toMatch(/undefined|NaN|\[object /);
        expect((out as string).trim().length, key).toBeGreaterThan(0);
      }
    }
  });

  it('French and English differ everywhere but in shared words', () => {
    const a = exercise(fr);
    const b = exercise(en);
    const same = (Object.keys(a) as (keyof StructureMessages)[]).filter((k) => a[k].some((v, i) => v !== undefined && v === b[k][i]));
    // `located` joins parts the same way; numbers without decimals are written alike.
    expect(same).toEqual(['located', 'number', 'typeNames']);
    expect(fr.number(2.5)).toBe('2,5');
    expect(en.number(2.5)).toBe('2.5');
  });
});
