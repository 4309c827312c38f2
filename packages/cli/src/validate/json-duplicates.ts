/**
 * Duplicate keys in a JSON text. `JSON.parse` keeps the last of two equal
 * keys without a word, and other readers keep the first: a document with a
 * duplicate key may be read differently from what was checked, so it is
 * refused. Cheap on ordinary documents: the members are counted in the parsed
 * value and bounded in the text (colons after a quote); when the bound is
 * above, they are counted exactly in the text (strings followed by a colon);
 * only when the counts differ is the text scanned again to locate the
 * duplicate.
 */
import { closingQuote } from './json-strings.js';

/**
 * Number of object members written in a valid JSON text: its strings followed
 * (after optional white space) by a colon, i.e. its keys. The text is read
 * from string to string with `indexOf`: only the first characters after each
 * string are looked at, never the numbers, literals, punctuation and
 * indentation between them. (Reading every character between strings to count
 * the colons cost 12 % more on compact PAGs and 50 % more on indented ones;
 * searching for the next colon with `indexOf` ran past the next quote each
 * time and read the text again and again.)
 */
export function countMembersInText(text: string): number {
  let count = 0;
  let quote = text.indexOf('"');
  while (quote >= 0) {
    const end = closingQuote(text, quote);
    if (end < 0) return count;
    let k = end + 1;
    let c = text.charCodeAt(k);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++k);
    if (c === 0x3a) count++;
    // The next string most often opens one or two characters on (`"a":"b"`, `"b","c"`): looked
    // at before searching (15 % of the scan on compact PAGs, whose strings are mostly short).
    quote = c === 0x22 ? k : text.charCodeAt(k + 1) === 0x22 ? k + 1 : text.indexOf('"', k);
  }
  return count;
}

/**
 * An upper bound of the number of object members written in a valid JSON
 * text, read from colon to colon with `indexOf`: the colons whose previous
 * character other than white space is a quote not escaped (preceded by an even
 * number of backslashes). Every key's colon is one of them (the key's closing
 * quote, then white space). Inside a string every quote is escaped, so the only
 * other colon counted is one that opens a string value after white space
 * (`": x"`, rare). There are fewer colons than strings in a PAG (its dates and
 * times hold a few), and nothing is looked at between them: 85 ms instead of
 * 135 for {@link countMembersInText} on the bench's 10,000 compact PAGs.
 */
export function keyColonBound(text: string): number {
  let count = 0;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let k = colon - 1;
    let c = text.charCodeAt(k);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(--k);
    if (c !== 0x22) continue;
    let backslashes = 0;
    while (text.charCodeAt(k - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) count++;
  }
  return count;
}

/** Number of object members of a parsed JSON value (iterative: any depth). */
export function countMembers(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const item of v) if (item !== null && typeof item === 'object') stack.push(item);
    } else {
      for (const key in v) {
        count++;
        const item = (v as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') stack.push(item);
      }
    }
  }
  return count;
}

/** A key written twice in the same object: offsets (UTF-16) of both occurrences' opening quotes. */
export interface DuplicateKey {
  readonly first: number;
  readonly second: number;
}

/**
 * The first duplicate key of a valid JSON text (keys compared after decoding
 * their escapes: `"a"` and `"\u0061"` are the same key), or `undefined`.
 */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  const stack: (Map<string, number> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b) {
      stack.push(new Map());
      expectKey = true;
    } else if (c === 0x5b) {
      stack.push(null);
      expectKey = false;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c) {
      expectKey = stack.at(-1) instanceof Map;
    } else if (c === 0x22) {
      let end = i + 1;
      while (text.charCodeAt(end) !== 0x22) end += text.charCodeAt(end) === 0x5c ? 2 : 1;
      if (expectKey) {
        const keys = stack.at(-1) as Map<string, number>;
        const raw = text.slice(i, end + 1);
        const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        const first = keys.get(key);
        if (first !== undefined) return { first, second: i };
        keys.set(key, i);
        expectKey = false;
      }
      i = end;
    }
  }
  return undefined;
}

/**
 * The duplicate key of `text` (parsed as `value`), or `undefined` when every
 * object's keys are distinct.
 */
export function duplicateKeyOf(text: string, value: unknown): DuplicateKey | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const members = countMembers(value);
  // keys written ≥ members parsed (a repeated key keeps one member), and the bound ≥ keys written:
  // a bound equal to the members proves that no key is repeated
  if (keyColonBound(text) === members || countMembersInText(text) === members) return undefined;
  return findDuplicateKey(text);
}
