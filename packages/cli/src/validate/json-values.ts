/**
 * How many JSON values a text holds, counted before it is parsed, so that a
 * document whose in-memory form would be out of proportion to its size is
 * refused instead of parsed. `JSON.parse` gives every object and array a heap
 * object of about a hundred bytes, and checking it as much again: 15 MB of
 * `{},{},…` (5 million empty objects) needed 740 MiB, 50 times the file. With
 * at most one value per {@link CHARACTERS_PER_VALUE} characters (and never
 * fewer than {@link MIN_VALUE_BUDGET}), the peak memory of checking one
 * document stays under 25 times its size beyond the process's own memory (16
 * times measured on the densest document allowed, 6 MB of empty objects; the
 * 15 MB one is refused for twice its size: its bytes and its text). Real
 * documents are far below the budget: 24 to 43 characters per value in compact
 * JSON for the fixtures' scenarios, 31 to 50 as written.
 */
import { closingQuote } from './json-strings.js';

/** At most one JSON value per this many characters of the document's text. */
export const CHARACTERS_PER_VALUE = 16;

/** A document may always hold this many values, whatever its size (about 70 MB to check at worst). */
export const MIN_VALUE_BUDGET = 250_000;

/** The number of JSON values a text of `length` characters may hold. */
export function valueBudget(length: number): number {
  return Math.max(MIN_VALUE_BUDGET, Math.floor(length / CHARACTERS_PER_VALUE));
}

/**
 * The budget of `text` ({@link valueBudget}) when it holds more values than
 * that, else `undefined`. A text too short to pass its budget (JSON needs two
 * characters a value but one: `[0,0]`) is not read, which spares every
 * ordinary document the scan.
 */
export function overValueBudget(text: string): number | undefined {
  const budget = valueBudget(text.length);
  if (Math.floor((text.length + 1) / 2) <= budget) return undefined;
  return countValuesInText(text, budget) > budget ? budget : undefined;
}

/**
 * The number of JSON values in a JSON text: one, plus one per comma and per
 * opening bracket or brace of a non-empty container, outside strings (exact
 * for valid JSON, an estimate for invalid text), or a number above
 * `stopAbove` as soon as the count passes it. Strings are skipped with
 * `indexOf`, as in `countMembersInText`.
 */
export function countValuesInText(text: string, stopAbove: number): number {
  let count = 1;
  let i = 0;
  for (;;) {
    const quote = text.indexOf('"', i);
    const stop = quote < 0 ? text.length : quote;
    for (let k = i; k < stop; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x2c) {
        if (++count > stopAbove) return count;
      } else if (c === 0x7b || c === 0x5b) {
        // the first value inside, unless the container is empty
        let next = k + 1;
        while (next < stop && isBlank(text.charCodeAt(next))) next++;
        const close = next < text.length ? text.charCodeAt(next) : 0;
        if (close !== 0x7d && close !== 0x5d) count++;
      }
    }
    if (count > stopAbove || quote < 0) return count;
    const end = closingQuote(text, quote);
    if (end < 0) return count;
    i = end + 1;
  }
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
