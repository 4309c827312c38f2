/**
 * From a file's bytes to its text, as `serafin validate` reads them: UTF-8
 * (its byte order mark dropped), UTF-16 recognised by its byte order mark or
 * by the NUL bytes of its first ASCII characters; anything else is not read —
 * binary data (a NUL byte), or bytes that are not UTF-8, with the line and
 * column of the first one and whether the text looks like Windows-1252
 * (Excel, Word, older Windows tools). Decoding such bytes as UTF-8 would put
 * « � » in place of each accented letter and still call the document valid.
 */

/** Why a file's bytes are not read. */
export type ReadProblem =
  | { readonly kind: 'binary'; readonly offset: number }
  | { readonly kind: 'utf-16' }
  | { readonly kind: 'encoding'; readonly line: number; readonly column: number; readonly byte: number; readonly windows1252: boolean };

/** The text of a file, or why it is not read. */
export type DecodedBytes = { readonly text: string } | { readonly problem: ReadProblem };

/** UTF-16 without a byte order mark: JSON starts with ASCII, so every other byte of its first characters is NUL. */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  if (bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return 'utf-16le';
  if (bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0) return 'utf-16be';
  return undefined;
}

/** Offset of the first byte outside a well-formed UTF-8 sequence (RFC 3629), or -1. Linear. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Length of the sequence and range of its second byte (no overlongs, no surrogates, nothing above U+10FFFF).
    const [need, min, max] =
      b >= 0xc2 && b <= 0xdf
        ? [1, 0x80, 0xbf]
        : b >= 0xe0 && b <= 0xef
          ? [2, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf]
          : b >= 0xf0 && b <= 0xf4
            ? [3, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf]
            : [0, 0, 0];
    if (need === 0 || i + need >= n) return i;
    const second = bytes[i + 1]!;
    if (second < min || second > max) return i;
    for (let k = 2; k <= need; k++) if (bytes[i + k]! < 0x80 || bytes[i + k]! > 0xbf) return i;
    i += need + 1;
  }
  return -1;
}

/** Bytes Windows-1252 leaves undefined; with a control character, they mean the text is not Windows-1252 either. */
const NOT_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function encodingProblem(bytes: Uint8Array, at: number): ReadProblem {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Column in characters: the bytes of the line before `at` are UTF-8.
  const column = Array.from(new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at))).length + 1;
  let windows1252 = true;
  for (const b of bytes) {
    if (NOT_WINDOWS_1252.has(b) || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)) {
      windows1252 = false;
      break;
    }
  }
  return { kind: 'encoding', line, column, byte: bytes[at]!, windows1252 };
}

/** Decodes the bytes of a file (see the module comment). Never throws. */
export function decodeBytes(bytes: Uint8Array): DecodedBytes {
  const utf16 = utf16Of(bytes);
  if (utf16 !== undefined) {
    try {
      const text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
      const nul = text.indexOf('\u0000');
      return nul >= 0 ? { problem: { kind: 'binary', offset: nul * 2 } } : { text };
    } catch {
      return { problem: { kind: 'utf-16' } };
    }
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { problem: { kind: 'binary', offset: nul } };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) return { problem: encodingProblem(body, bad) };
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body) };
}
