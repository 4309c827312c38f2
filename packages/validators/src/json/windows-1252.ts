/**
 * Windows-1252, the encoding of Excel, Word and older Windows tools: what a
 * byte means in it, and whether bytes that are not UTF-8 look like it. Only
 * to describe a file that is refused; the command line reads such a file on
 * request with `--encoding windows-1252`.
 */

/**
 * The characters of bytes 0x80–0x9F in Windows-1252, where it differs from
 * ISO-8859-1 (Latin-1); `\u0000` marks the five bytes it leaves undefined
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D).
 */
const HIGH = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

/**
 * The character of `byte` (0–255) in Windows-1252, or `undefined` for the
 * five bytes it leaves undefined (and for anything that is not a byte).
 *
 * @example
 * windows1252Character(0x92); // '’' (as Word writes an apostrophe)
 * windows1252Character(0xe9); // 'é'
 */
export function windows1252Character(byte: number): string | undefined {
  if (!Number.isInteger(byte) || byte < 0 || byte > 0xff) return undefined;
  if (byte < 0x80 || byte > 0x9f) return String.fromCharCode(byte);
  const c = HIGH[byte - 0x80]!;
  return c === '\u0000' ? undefined : c;
}

/**
 * `true` when every byte reads as a printable Windows-1252 character or as
 * tab, line feed or carriage return: no byte Windows-1252 leaves undefined
 * and no other control character below 0x20. A text that is not UTF-8 and
 * passes is most likely Windows-1252 (or Latin-1); this says nothing of a
 * text that is UTF-8.
 */
export function looksLikeWindows1252(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20 ? b !== 0x09 && b !== 0x0a && b !== 0x0d : b >= 0x80 && b <= 0x9f && HIGH[b - 0x80] === '\u0000') return false;
  }
  return true;
}
