/**
 * Strings in a JSON text, for the scans that count what lies between them
 * (`countMembersInText`, `countValuesInText`).
 */

/**
 * Index of the quote that closes the string opened at `quote`: the next quote
 * not escaped by an odd number of backslashes, or -1 when the text ends first.
 */
export function closingQuote(text: string, quote: number): number {
  let end = text.indexOf('"', quote + 1);
  while (end >= 0) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return -1;
}
