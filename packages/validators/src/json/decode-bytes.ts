/**
 * From a file's bytes to its text, the one way `serafin validate` and the
 * offline validator page read them: UTF-8 (one byte order mark dropped), or
 * UTF-16 recognised by its byte order mark or, without one, by the NUL bytes
 * of its first ASCII characters. Anything else is refused with the position
 * of the first byte at fault: binary data (a NUL byte), malformed UTF-16, or
 * bytes that are not UTF-8 (with their line and column, and whether the text
 * looks like Windows-1252). Decoding such bytes leniently would put « � » in
 * place of each accented letter and still call the document valid.
 *
 * Browser-safe: no Node module, no code generation; every function is linear
 * in the bytes given and never throws.
 */
import { looksLikeWindows1252 } from './windows-1252.js';

/**
 * The part of the WHATWG `TextDecoder` (every browser, Node) used here,
 * declared so that the package builds without the DOM library or Node's types.
 */
declare const TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => { decode(input: Uint8Array): string };

/** A UTF-16 byte order, as `TextDecoder` names it. */
export type Utf16Encoding = 'utf-16le' | 'utf-16be';

/** `true` when `bytes` starts with the UTF-8 byte order mark EF BB BF. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * The UTF-16 byte order of `bytes`, or `undefined` when they are not UTF-16:
 * from the byte order mark (FF FE, FE FF), or, without one, from the NUL
 * bytes of the first two characters (JSON starts with ASCII, so every other
 * byte of its first characters is NUL in UTF-16; an even length of at least
 * four bytes is required then).
 */
export function utf16Encoding(bytes: Uint8Array): Utf16Encoding | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  if (bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return 'utf-16le';
  if (bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0) return 'utf-16be';
  return undefined;
}

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence
 * (RFC 3629: no overlong form, no surrogate, nothing above U+10FFFF, no
 * sequence cut short by the end of the bytes), or -1 when all of `bytes` is
 * UTF-8. It is where `new TextDecoder('utf-8', { fatal: true })` stops: the
 * bytes before it decode, no longer prefix does.
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
    // Number of continuation bytes, and the range of the second byte (which rules out overlongs, surrogates and > U+10FFFF).
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else {
      return i;
    }
    if (i + need >= n) return i; // cut short by the end of the bytes
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
 * Offset of the first byte of the first UTF-16 code unit that is not part of
 * a well-formed character (a lone surrogate, or a last byte without its
 * pair), or -1 when all of `bytes` is UTF-16 in that byte order. It is where
 * `new TextDecoder(encoding, { fatal: true })` stops.
 */
export function invalidUtf16Offset(bytes: Uint8Array, encoding: Utf16Encoding): number {
  const n = bytes.length;
  const little = encoding === 'utf-16le';
  const unit = (i: number): number => (little ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  let i = 0;
  while (i < n) {
    if (i + 1 >= n) return i;
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 >= n) return i;
      const next = unit(i + 2);
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 4;
    } else if (u >= 0xdc00 && u <= 0xdfff) {
      return i;
    } else {
      i += 2;
    }
  }
  return -1;
}

/** A place in a text: 1-based line and column. */
export interface TextPosition {
  /** 1-based line: one more than the line feeds (0x0A) before the place. */
  readonly line: number;
  /** 1-based column, in characters (Unicode code points) from the start of the line. */
  readonly column: number;
}

/**
 * Line and column of the byte at `at` of UTF-8 `bytes` (the bytes before
 * `at` must be UTF-8, as they are before {@link invalidUtf8Offset}).
 */
export function textPosition(bytes: Uint8Array, at: number): TextPosition {
  let line = 1;
  let column = 1;
  const end = Math.min(at, bytes.length);
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      line++;
      column = 1;
    } else if (b < 0x80 || b > 0xbf) {
      column++; // not a continuation byte: a character starts here
    }
  }
  return { line, column };
}

/** Why bytes are not read as text; offsets count from the first of the bytes given (byte order mark included). */
export type BytesProblem =
  /** A NUL byte (or, in UTF-16, a NUL character) at `offset`: binary data, not a text. */
  | {
      /** Binary data. */
      readonly kind: 'binary';
      /** Offset of the NUL byte (of the NUL character's first byte in UTF-16), from the start of the bytes. */
      readonly offset: number;
    }
  /** UTF-16 (see {@link utf16Encoding}) whose code unit at `offset` is not part of a well-formed character. */
  | {
      /** Malformed UTF-16. */
      readonly kind: 'utf-16';
      /** The UTF-16 byte order the bytes were read in. */
      readonly encoding: Utf16Encoding;
      /** Offset of the first byte of the code unit at fault, from the start of the bytes. */
      readonly offset: number;
    }
  /**
   * Not UTF-8: the first byte at fault, at `offset`, on `line` and `column`
   * (counted after the byte order mark); `suspected` is `windows-1252` when
   * every byte reads as a printable Windows-1252 character (see
   * {@link looksLikeWindows1252}).
   */
  | {
      /** Bytes that are not UTF-8. */
      readonly kind: 'not-utf-8';
      /** Offset of the first byte at fault, counted after the byte order mark. */
      readonly offset: number;
      /** Line of that byte, from 1. */
      readonly line: number;
      /** Column of that byte on its line, from 1 (see {@link textPosition}). */
      readonly column: number;
      /** Value of that byte (0–255). */
      readonly byte: number;
      /** `windows-1252` when every byte reads as a printable Windows-1252 character; absent otherwise. */
      readonly suspected?: 'windows-1252';
    };

/** The text of bytes and the encoding it was read in, or why the bytes are not read. */
export type DecodedBytes =
  | {
      /** The bytes were read. */
      readonly ok: true;
      /** The text, without its byte order mark. */
      readonly text: string;
      /** The encoding the bytes were read in. */
      readonly encoding: 'utf-8' | Utf16Encoding;
    }
  | {
      /** The bytes were not read. */
      readonly ok: false;
      /** Why, and where the first byte at fault is. */
      readonly problem: BytesProblem;
    };

/** Options of {@link decodeBytes}. */
export interface DecodeBytesOptions {
  /** Recognise UTF-16 (default `true`); `false` reads the bytes as UTF-8 only (a declared `--encoding utf-8`). */
  readonly utf16?: boolean;
  /**
   * Drop a UTF-8 byte order mark at the start (default `true`); `false` keeps
   * it in the text as U+FEFF, which is not JSON: for a part of a file whose
   * own mark was dropped already (a line of NDJSON after the first).
   */
  readonly bom?: boolean;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a file's bytes (see the module comment): UTF-16 when
 * {@link utf16Encoding} recognises it (its byte order mark dropped), UTF-8
 * otherwise (one UTF-8 byte order mark dropped; a second one stays in the
 * text as U+FEFF). Refuses, in this order, malformed UTF-16 then a NUL
 * character in it; a NUL byte then bytes that are not UTF-8 otherwise.
 * Whether the text is blank is the caller's concern. Never throws.
 *
 * @example
 * const decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()));
 * if (decoded.ok) JSON.parse(decoded.text);
 * else if (decoded.problem.kind === 'not-utf-8') console.log(decoded.problem.line, decoded.problem.column);
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeBytesOptions = {}): DecodedBytes {
  const utf16 = options.utf16 === false ? undefined : utf16Encoding(bytes);
  if (utf16 !== undefined) {
    let text: string;
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, problem: { kind: 'utf-16', encoding: utf16, offset: Math.max(0, invalidUtf16Offset(bytes, utf16)) } };
    }
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
      const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) ? 2 : 0; // the decoder dropped it from the text
      return { ok: false, problem: { kind: 'binary', offset: bom + nul * 2 } };
    }
    return { ok: true, text, encoding: utf16 };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, problem: { kind: 'binary', offset: nul } };
  const start = options.bom !== false && hasUtf8Bom(bytes) ? 3 : 0;
  const body = start === 0 ? bytes : bytes.subarray(start);
  try {
    return { ok: true, text: UTF8.decode(body), encoding: 'utf-8' };
  } catch {
    const at = Math.max(0, invalidUtf8Offset(body));
    const { line, column } = textPosition(body, at);
    return {
      ok: false,
      problem: {
        kind: 'not-utf-8',
        offset: start + at,
        line,
        column,
        byte: body[at] ?? 0,
        ...(looksLikeWindows1252(body) ? { suspected: 'windows-1252' as const } : {}),
      },
    };
  }
}
