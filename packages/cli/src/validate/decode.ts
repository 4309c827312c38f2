/**
 * From bytes to text: byte order marks, binary data and invalid UTF-8.
 */

/** Result of {@link decodeText}. */
export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; code: 'EMPTY' }
  | { ok: false; code: 'BINARY' | 'ENCODING'; offset: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** `true` when `bytes` starts with the UTF-8 byte order mark EF BB BF. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** `true` when the text holds only JSON white space (or nothing). */
export function isBlank(text: string): boolean {
  return /^[ \t\n\r]*$/.test(text);
}

/**
 * Offset of the first byte that does not belong to a well-formed UTF-8
 * sequence (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF),
 * or -1 when all of `bytes` is UTF-8.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f;
    } else {
      return i;
    }
    if (i + need >= n) return i; // truncated sequence at the end
    const second = bytes[i + 1]!;
    if (second < min || second > max) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes one JSON document's bytes.
 *
 * - A UTF-8 byte order mark is accepted and stripped; UTF-16 with a byte order
 *   mark is decoded too (RFC 8259 asks for UTF-8, but some Windows tools write
 *   UTF-16).
 * - A NUL byte means binary data (`BINARY`); bytes that are not UTF-8 give
 *   `ENCODING`; the offset is counted from `baseOffset` (the position of
 *   `bytes` in its file).
 * - A text of white space only gives `EMPTY`.
 */
export function decodeText(bytes: Uint8Array, baseOffset = 0): DecodeResult {
  let text: string;
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return { ok: false, code: 'ENCODING', offset: baseOffset };
    }
    if (text.includes('\u0000')) return { ok: false, code: 'BINARY', offset: baseOffset };
  } else {
    const start = hasUtf8Bom(bytes) ? 3 : 0;
    const body = start === 0 ? bytes : bytes.subarray(start);
    const nul = body.indexOf(0);
    if (nul >= 0) return { ok: false, code: 'BINARY', offset: baseOffset + start + nul };
    try {
      text = utf8.decode(body);
    } catch {
      return { ok: false, code: 'ENCODING', offset: baseOffset + start + Math.max(0, invalidUtf8Offset(body)) };
    }
  }
  if (isBlank(text)) return { ok: false, code: 'EMPTY' };
  return { ok: true, text };
}
