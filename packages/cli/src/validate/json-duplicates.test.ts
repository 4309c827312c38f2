import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countMembers, countMembersInText, duplicateKeyOf, findDuplicateKey, keyColonBound } from './json-duplicates.js';

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

  it('counts as the plain string-to-string scan it shortcuts, on texts with duplicates, odd white space and escapes (property)', () => {
    // the scan before the look-ahead for the next string: every string found with indexOf
    const plainCount = (text: string): number => {
      let count = 0;
      let quote = text.indexOf('"');
      while (quote >= 0) {
        let end = text.indexOf('"', quote + 1);
        for (;;) {
          let backslashes = 0;
          while (end >= 0 && text.charCodeAt(end - 1 - backslashes) === 0x5c) backslashes++;
          if (end < 0 || backslashes % 2 === 0) break;
          end = text.indexOf('"', end + 1);
        }
        if (end < 0) return count;
        let k = end + 1;
        while (' \t\n\r'.includes(text[k] ?? 'x')) k++;
        if (text[k] === ':') count++;
        quote = text.indexOf('"', k);
      }
      return count;
    };
    const blank = fc.stringMatching(/^[ \t\n\r]{0,2}$/);
    const key = fc.string({ unit: fc.constantFrom('a', ':', '"', '\\', ' ', 'é', '\u0000', '\u2028'), maxLength: 4 });
    const member = fc.tuple(key, fc.oneof(fc.jsonValue({ maxDepth: 2 }), key));
    // objects whose members may repeat a key (the text is built by hand: JSON.stringify would drop the repeats)
    const text = fc.tuple(fc.array(member, { maxLength: 8 }), fc.array(blank, { minLength: 1, maxLength: 5 }), fc.boolean()).map(([members, blanks, repeat]) => {
      let n = 0;
      const ws = (): string => blanks[n++ % blanks.length]!;
      const all = repeat && members.length > 0 ? [...members, members[0]!] : members;
      const body = all.map(([k, v]) => `${ws()}${JSON.stringify(k)}${ws()}:${ws()}${JSON.stringify(v)}${ws()}`).join(',');
      return `${ws()}[${ws()}{${body}}${ws()},${ws()}${JSON.stringify('" :\\')}${ws()}]${ws()}`;
    });
    fc.assert(
      fc.property(text, (t) => {
        const value: unknown = JSON.parse(t);
        expect(countMembersInText(t)).toBe(plainCount(t));
        expect(countMembersInText(t)).toBe(colonsOutsideStrings(t));
        expect(keyColonBound(t)).toBeGreaterThanOrEqual(colonsOutsideStrings(t));
        expect(duplicateKeyOf(t, value)).toEqual(countMembersInText(t) === countMembers(value) ? undefined : findDuplicateKey(t));
      }),
      { numRuns: 1000 },
    );
    // invalid texts (never given by the CLI, which counts after JSON.parse) end the same way
    for (const t of ['"', '"a""b":', '{"a"', '"\\', '{"a":"b\\"', '"a" :', '"a":"']) expect(countMembersInText(t)).toBe(plainCount(t));
  });

  it('bounds the members by the colons after an unescaped quote: exact unless a string value opens with a colon', () => {
    expect(keyColonBound('{"a":1,"b" :\t{"c"\n:"d:e"}}')).toBe(3);
    expect(keyColonBound('{"a":"\\":","b\\\\":2}')).toBe(2); // an escaped quote before a colon, a key ending in a backslash
    expect(keyColonBound('{"a":": x","b":" :"}')).toBe(4); // string values opening with a colon: counted, the bound is above
    expect(duplicateKeyOf('{"a":": x","b":" :"}', { a: ': x', b: ' :' })).toBeUndefined();
    expect(duplicateKeyOf('{"a":": x","a":1}', { a: 1 })).toEqual({ first: 1, second: 11 });
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 1);
        expect(keyColonBound(text)).toBeGreaterThanOrEqual(countMembers(JSON.parse(text)));
      }),
      { numRuns: 300 },
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
