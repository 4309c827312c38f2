/**
 * From bytes to text: byte order marks, binary data and invalid UTF-8.
 */

import { decodeLegacy } from './legacy-decode.js';

/**
 * How to read bytes: `auto` (UTF-8, or UTF-16 recognised by its byte order
 * mark or, without one, by the NUL bytes of its ASCII characters), or a
 * declared encoding (`--encoding`): `windows-1252` (Excel, Word, older
 * Windows tools: ’ € œ at 0x92, 0x80, 0x9C) or `latin1` (ISO-8859-1).
 * Decoded by iconv-lite: Node's `TextDecoder('windows-1252')` reads
 * 0x80–0x9F as ISO-8859-1 control characters (measured on Node 20.20).
 */
export type TextEncodingChoice = 'auto' | 'utf-8' | 'windows-1252' | 'latin1';

/** The encodings `--encoding` accepts. */
export const TEXT_ENCODINGS = ['utf-8', 'windows-1252', 'latin1'] as const;

/** Where the first byte that is not UTF-8 is, and what it suggests. */
export interface EncodingProblem {
  /** 1-based line (counted in the bytes given). */
  line: number;
  /** 1-based column, in characters. */
  column: number;
  /** The byte (0–255). */
  byte: number;
  /** `windows-1252` when every byte outside ASCII reads as a printable Windows-1252 character (Excel, Word, older Windows tools). */
  suspected?: 'windows-1252';
}

/** Result of {@link decodeText}. */
export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; code: 'EMPTY' }
  | { ok: false; code: 'BINARY'; offset: number }
  | { ok: false; code: 'ENCODING'; offset: number; problem?: EncodingProblem };

/** UTF-16 without a byte order mark: JSON starts with ASCII, so every other byte of its first characters is NUL. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  if (bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return 'utf-16le';
  if (bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0) return 'utf-16be';
  return undefined;
}

/** Line, column and byte of the invalid UTF-8 at `at`, and whether the bytes look like Windows-1252. */
export function encodingProblem(bytes: Uint8Array, at: number): EncodingProblem {
  let lineStart = 0;
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < at; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const column = [...new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at))].length + 1;
  // bytes that windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) or control characters: not a Windows text then
  const text = decodeLegacy(bytes, 'windows-1252');
  const suspected = !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u0080-\u009f\ufffd]/.test(text);
  return { line, column, byte: bytes[at]!, ...(suspected ? { suspected: 'windows-1252' as const } : {}) };
}

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
 * - A UTF-8 byte order mark is accepted and stripped; UTF-16 is decoded too,
 *   with a byte order mark or without one (recognised by the NUL bytes of its
 *   first ASCII characters): RFC 8259 asks for UTF-8, but some Windows tools
 *   write UTF-16.
 * - `encoding` `windows-1252` or `latin1` reads the bytes in that encoding
 *   (`--encoding`); bytes that are not UTF-8 otherwise give `ENCODING` with
 *   the line and column of the first one and whether the text looks like
 *   Windows-1252.
 * - A NUL byte means binary data (`BINARY`); bytes that are not UTF-8 give
 *   `ENCODING`; the offset is counted from `baseOffset` (the position of
 *   `bytes` in its file).
 * - A text of white space only gives `EMPTY`.
 */
export function decodeText(bytes: Uint8Array, baseOffset = 0, encoding: TextEncodingChoice = 'auto'): DecodeResult {
  let text: string;
  const utf16 =
    encoding !== 'auto'
      ? undefined
      : bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
        ? bytes[0] === 0xff
          ? 'utf-16le'
          : 'utf-16be'
        : utf16WithoutBom(bytes);
  if (utf16 !== undefined) {
    try {
      text = new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return { ok: false, code: 'ENCODING', offset: baseOffset };
    }
    if (text.includes('\u0000')) return { ok: false, code: 'BINARY', offset: baseOffset };
  } else if (encoding === 'windows-1252' || encoding === 'latin1') {
    const nul = bytes.indexOf(0);
    if (nul >= 0) return { ok: false, code: 'BINARY', offset: baseOffset + nul };
    text = decodeLegacy(bytes, encoding);
  } else {
    const start = hasUtf8Bom(bytes) ? 3 : 0;
    const body = start === 0 ? bytes : bytes.subarray(start);
    const nul = body.indexOf(0);
    if (nul >= 0) return { ok: false, code: 'BINARY', offset: baseOffset + start + nul };
    try {
      text = utf8.decode(body);
    } catch {
      const at = Math.max(0, invalidUtf8Offset(body));
      return { ok: false, code: 'ENCODING', offset: baseOffset + start + at, problem: encodingProblem(body, at) };
    }
  }
  if (isBlank(text)) return { ok: false, code: 'EMPTY' };
  return { ok: true, text };
}
