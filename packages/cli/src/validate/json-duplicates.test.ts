import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countMembers, countMembersInText, duplicateKeyOf, findDuplicateKey } from './json-duplicates.js';

describe('duplicate keys', () => {
  it('finds the first duplicate with both offsets, keys compared after unescaping', () => {
    expect(findDuplicateKey('{"statut":"x","statut":"valide"}')).toEqual({ first: 1, second: 14 });
    expect(findDuplicateKey('{"a":{"b":1,"\\u0062":2}}')).toEqual({ first: 6, second: 12 });
    expect(findDuplicateKey('[{"a":1},{"a":1}]')).toBeUndefined();
    expect(findDuplicateKey('{"a":"\\"a\\":","b":{"a":[{"a":1}]}}')).toBeUndefined();
  });

  it('counts members in the text exactly as in the parsed value when keys are distinct (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const text of [JSON.stringify(value, null, 1), JSON.stringify(value)]) {
          expect(countMembersInText(text)).toBe(countMembers(JSON.parse(text)));
          expect(duplicateKeyOf(text, JSON.parse(text))).toBeUndefined();
        }
      }),
      { numRuns: 500 },
    );
  });

  it('does not count colons, quotes or backslashes inside strings (property)', () => {
    const tricky = fc.string({ unit: fc.constantFrom(':', '"', '\\', ',', '{', 'a', ' ') });
    fc.assert(
      fc.property(fc.dictionary(tricky, fc.oneof(tricky, fc.array(tricky), fc.dictionary(tricky, tricky))), (value) => {
        const text = JSON.stringify(value);
        expect(countMembersInText(text)).toBe(countMembers(JSON.parse(text)));
      }),
      { numRuns: 500 },
    );
  });

  it('detects a key written twice anywhere (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), fc.string(), (object, key) => {
        const body = JSON.stringify(object).slice(1, -1);
        const text = `{"w":{${JSON.stringify(key)}:1,${body ? `${body},` : ''}${JSON.stringify(key)}:2}}`;
        expect(duplicateKeyOf(text, JSON.parse(text))).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });
});
