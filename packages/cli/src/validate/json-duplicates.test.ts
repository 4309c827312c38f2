import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countMembers, countMembersInText, duplicateKeyOf, findDuplicateKey } from './json-duplicates.js';

/** The reference count: every colon outside strings, read character by character. */
function colonsOutsideStrings(text: string): number {
  let count = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === ':') count++;
  }
  return count;
}

/** JSON text of `value` with the white space of `blanks` (in turn) between every two tokens. */
function spaced(value: unknown, blanks: readonly string[]): string {
  let n = 0;
  const ws = (): string => (blanks.length === 0 ? '' : blanks[n++ % blanks.length]!);
  const write = (v: unknown): string => {
    if (Array.isArray(v)) return `[${ws()}${v.map((item) => `${write(item)}${ws()}`).join(`,${ws()}`)}]`;
    if (v !== null && typeof v === 'object') {
      const members = Object.entries(v).map(([key, item]) => `${JSON.stringify(key)}${ws()}:${ws()}${write(item)}${ws()}`);
      return `{${ws()}${members.join(`,${ws()}`)}}`;
    }
    return JSON.stringify(v);
  };
  return `${ws()}${write(value)}${ws()}`;
}

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

  it('counts as the colons outside strings on any layout: white space before and after colons, escapes (property)', () => {
    const blank = fc.stringMatching(/^[ \t\n\r]{0,3}$/);
    const tricky = fc.string({ unit: fc.constantFrom(':', '"', '\\', ',', '{', '}', ' ', '\n', 'é', '\u2028') });
    const value = fc.oneof(fc.jsonValue(), fc.dictionary(tricky, fc.oneof(tricky, fc.array(tricky), fc.dictionary(tricky, fc.jsonValue()))));
    fc.assert(
      fc.property(value, fc.array(blank, { maxLength: 7 }), (v, blanks) => {
        const text = spaced(v, blanks);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
        expect(countMembersInText(text)).toBe(colonsOutsideStrings(text));
        expect(countMembersInText(text)).toBe(countMembers(JSON.parse(text)));
      }),
      { numRuns: 500 },
    );
    expect(countMembersInText('{ "a" :\t1 , "b"\r\n:\n{"c" : "d:e"} }')).toBe(3);
    expect(countMembersInText('["a" , "b:" ,{"\\\\":"\\":"}]')).toBe(1);
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
