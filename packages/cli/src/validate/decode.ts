/**
 * From bytes to text: the decoding shared with the validator page
 * (`@serafin-ph/validators/bytes`: byte order marks, UTF-16, binary data,
 * invalid UTF-8 located and described), the encodings declared with
 * `--encoding` (iconv-lite) and blank texts.
 */
import { decodeBytes, type Utf16Encoding } from '@serafin-ph/validators/bytes';
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
  | { ok: false; code: 'ENCODING'; offset: number; problem?: EncodingProblem; utf16?: Utf16Encoding };

/** `true` when the text holds only JSON white space (or nothing). */
export function isBlank(text: string): boolean {
  return /^[ \t\n\r]*$/.test(text);
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
 * - A NUL byte (a NUL character in UTF-16) means binary data (`BINARY`);
 *   bytes that are not UTF-8, or malformed UTF-16, give `ENCODING`; the
 *   offset is the byte at fault's, counted from `baseOffset` (the position
 *   of `bytes` in its file).
 * - A text of white space only gives `EMPTY`.
 */
export function decodeText(bytes: Uint8Array, baseOffset = 0, encoding: TextEncodingChoice = 'auto'): DecodeResult {
  return decode(bytes, baseOffset, encoding, true);
}

/**
 * Decodes one NDJSON line's bytes as {@link decodeText} does, but as UTF-8
 * only and with no byte order mark dropped: the splitter dropped the input's
 * own on its first line; one further on stays U+FEFF, which is not JSON (the
 * validator page reads the whole file, so it refuses it too), and UTF-16
 * cannot start a line of a file split on the byte 0x0A.
 */
export function decodeLine(bytes: Uint8Array, baseOffset = 0, encoding: TextEncodingChoice = 'auto'): DecodeResult {
  return decode(bytes, baseOffset, encoding, false);
}

function decode(bytes: Uint8Array, baseOffset: number, encoding: TextEncodingChoice, whole: boolean): DecodeResult {
  let text: string;
  if (encoding === 'windows-1252' || encoding === 'latin1') {
    const nul = bytes.indexOf(0);
    if (nul >= 0) return { ok: false, code: 'BINARY', offset: baseOffset + nul };
    text = decodeLegacy(bytes, encoding);
  } else {
    const decoded = decodeBytes(bytes, { utf16: whole && encoding === 'auto', bom: whole });
    if (!decoded.ok) {
      const p = decoded.problem;
      const offset = baseOffset + p.offset;
      if (p.kind === 'binary') return { ok: false, code: 'BINARY', offset };
      if (p.kind === 'utf-16') return { ok: false, code: 'ENCODING', offset, utf16: p.encoding };
      const { line, column, byte, suspected } = p;
      return { ok: false, code: 'ENCODING', offset, problem: { line, column, byte, ...(suspected !== undefined ? { suspected } : {}) } };
    }
    text = decoded.text;
  }
  if (isBlank(text)) return { ok: false, code: 'EMPTY' };
  return { ok: true, text };
}
