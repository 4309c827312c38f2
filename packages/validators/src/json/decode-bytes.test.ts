import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../../scripts/lib/property-runs.js';
import { decodeBytes, hasUtf8Bom, invalidUtf16Offset, invalidUtf8Offset, textPosition, utf16Encoding, type Utf16Encoding } from './decode-bytes.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | string)[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));
const utf16 = (text: string, encoding: Utf16Encoding, bom = false): Uint8Array => {
  const units = [...(bom ? [0xfeff] : []), ...Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))];
  const out = new Uint8Array(units.length * 2);
  const view = new DataView(out.buffer);
  units.forEach((u, i) => view.setUint16(i * 2, u, encoding === 'utf-16le'));
  return out;
};

/** Whether the fatal decoder reads all of `data`. */
const decodes = (encoding: string, data: Uint8Array): boolean => {
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(data);
    return true;
  } catch {
    return false;
  }
};

/** Bytes near the edges of UTF-8's ranges, mixed with any byte and with well-formed text. */
const edgeByte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff));
const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 24 }),
  fc.array(edgeByte, { maxLength: 24 }).map((a) => Uint8Array.from(a)),
  fc.tuple(fc.string({ unit: 'grapheme', maxLength: 10 }), fc.array(edgeByte, { maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 10 })).map(([a, b, c]) => bytes(a, b, c)),
);

describe('invalidUtf8Offset', () => {
  it('stops at overlongs, surrogates, code points above U+10FFFF, stray continuation bytes and a sequence cut by the end', () => {
    expect(invalidUtf8Offset(bytes('ab', [0xc0, 0x80]))).toBe(2); // overlong NUL
    expect(invalidUtf8Offset(bytes([0xe0, 0x9f, 0xbf]))).toBe(0); // overlong U+07FF
    expect(invalidUtf8Offset(bytes([0xf0, 0x8f, 0xbf, 0xbf]))).toBe(0); // overlong U+FFFF
    expect(invalidUtf8Offset(bytes('x', [0xed, 0xa0, 0x80]))).toBe(1); // surrogate U+D800
    expect(invalidUtf8Offset(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // U+110000
    expect(invalidUtf8Offset(bytes('é', [0x80]))).toBe(2);
    expect(invalidUtf8Offset(bytes('a', [0xe2, 0x82]))).toBe(1); // € cut short at the end
    expect(invalidUtf8Offset(bytes('a', [0xe2, 0x82], 'b'))).toBe(1);
    expect(invalidUtf8Offset(bytes('€😀é\u{10ffff}\ud7ff\ue000'))).toBe(-1);
    expect(invalidUtf8Offset(bytes(''))).toBe(-1);
  });

  it('agrees with the fatal TextDecoder on any bytes: -1 iff they decode, else the longest prefix that decodes (property)', () => {
    fc.assert(
      fc.property(anyBytes, (data) => {
        const at = invalidUtf8Offset(data);
        expect(at === -1).toBe(decodes('utf-8', data));
        if (at === -1) return;
        expect(decodes('utf-8', data.subarray(0, at))).toBe(true);
        for (let k = at + 1; k <= data.length; k++) expect(decodes('utf-8', data.subarray(0, k))).toBe(false);
      }),
      { numRuns: runs(20_000) },
    );
  });
});

describe('invalidUtf16Offset', () => {
  it('stops at a lone surrogate or a last odd byte', () => {
    expect(invalidUtf16Offset(utf16('a\ud800b', 'utf-16le'), 'utf-16le')).toBe(2);
    expect(invalidUtf16Offset(utf16('ab\udc00', 'utf-16be'), 'utf-16be')).toBe(4);
    expect(invalidUtf16Offset(utf16('a\ud800', 'utf-16le'), 'utf-16le')).toBe(2);
    expect(invalidUtf16Offset(Uint8Array.of(0x61, 0x00, 0x62), 'utf-16le')).toBe(2);
    expect(invalidUtf16Offset(utf16('a😀é', 'utf-16be'), 'utf-16be')).toBe(-1);
  });

  it('agrees with the fatal TextDecoder in both byte orders (property)', () => {
    const units = fc.array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd7ff, max: 0xe000 })), { maxLength: 12 });
    fc.assert(
      fc.property(units, fc.boolean(), fc.constantFrom<Utf16Encoding>('utf-16le', 'utf-16be'), (u, odd, encoding) => {
        const whole = utf16(String.fromCharCode(...u), encoding);
        const data = odd ? Uint8Array.of(...whole, 0x41) : whole;
        const at = invalidUtf16Offset(data, encoding);
        expect(at === -1).toBe(decodes(encoding, data));
        if (at === -1) return;
        expect(decodes(encoding, data.subarray(0, at))).toBe(true);
        for (let k = at + 1; k <= data.length; k++) expect(decodes(encoding, data.subarray(0, k))).toBe(false);
      }),
      { numRuns: runs(5_000) },
    );
  });
});

describe('utf16Encoding and hasUtf8Bom', () => {
  it('recognises UTF-16 by its byte order mark, or by the NUL bytes of its first two ASCII characters', () => {
    expect(utf16Encoding(Uint8Array.of(0xff, 0xfe))).toBe('utf-16le');
    expect(utf16Encoding(Uint8Array.of(0xfe, 0xff, 0x00))).toBe('utf-16be');
    expect(utf16Encoding(utf16('{}', 'utf-16le'))).toBe('utf-16le');
    expect(utf16Encoding(utf16('{}', 'utf-16be'))).toBe('utf-16be');
    expect(utf16Encoding(Uint8Array.of(0x7b, 0x00, 0x7d))).toBeUndefined(); // odd length
    expect(utf16Encoding(Uint8Array.of(0x7b, 0x00, 0x7d, 0x7d))).toBeUndefined();
    expect(utf16Encoding(bytes('{"a":1}'))).toBeUndefined();
    expect(hasUtf8Bom(bytes([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(hasUtf8Bom(bytes([0xef, 0xbb]))).toBe(false);
  });
});

describe('textPosition', () => {
  it('counts lines by line feed and columns in code points', () => {
    expect(textPosition(bytes('ab'), 0)).toEqual({ line: 1, column: 1 });
    expect(textPosition(bytes('{\r\n  "é😀": "'), 16)).toEqual({ line: 2, column: 10 });
  });

  it('is the line and column of the decoded text before the place (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.nat(), (text, pick) => {
        const data = utf8(text);
        const cuts = [0, ...Array.from(data.keys()).filter((i) => data[i]! < 0x80 || data[i]! > 0xbf), data.length];
        const at = cuts[pick % cuts.length]!;
        const before = new TextDecoder().decode(data.subarray(0, at));
        const lines = before.split('\n');
        expect(textPosition(data, at)).toEqual({ line: lines.length, column: [...lines.at(-1)!].length + 1 });
      }),
      { numRuns: runs(2_000) },
    );
  });
});

describe('decodeBytes', () => {
  it('reads UTF-8 (one byte order mark dropped, a second one kept) and UTF-16 with or without its byte order mark', () => {
    const text = '{"é":"’😀"}';
    expect(decodeBytes(utf8(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], text))).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], text))).toEqual({ ok: true, text: `\ufeff${text}`, encoding: 'utf-8' });
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      expect(decodeBytes(utf16(text, encoding, true))).toEqual({ ok: true, text, encoding });
      expect(decodeBytes(utf16(text, encoding))).toEqual({ ok: true, text, encoding });
    }
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });

  it('without UTF-16, calls its NUL bytes binary data', () => {
    expect(decodeBytes(utf16('{}', 'utf-16le'), { utf16: false })).toEqual({ ok: false, problem: { kind: 'binary', offset: 1 } });
    expect(decodeBytes(Uint8Array.of(0xff, 0xfe, 0x7b, 0x7d), { utf16: false })).toMatchObject({ ok: false, problem: { kind: 'not-utf-8', offset: 0 } });
  });

  it('keeps a UTF-8 byte order mark in the text when told the bytes are not a file’s start', () => {
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], '{}'), { bom: false, utf16: false })).toEqual({ ok: true, text: '\ufeff{}', encoding: 'utf-8' });
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], '"', [0xe9]), { bom: false })).toMatchObject({ ok: false, problem: { kind: 'not-utf-8', offset: 4, column: 3 } });
  });

  it('calls a NUL byte binary data at its offset, before any invalid byte', () => {
    expect(decodeBytes(bytes('{"a"', [0], '}'))).toEqual({ ok: false, problem: { kind: 'binary', offset: 4 } });
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], 'ab', [0]))).toEqual({ ok: false, problem: { kind: 'binary', offset: 5 } });
    expect(decodeBytes(Uint8Array.of(0x1f, 0x8b, 0x08, 0x00))).toEqual({ ok: false, problem: { kind: 'binary', offset: 3 } }); // gzip header
    expect(decodeBytes(Uint8Array.of(0xe9, 0x20, 0x00))).toEqual({ ok: false, problem: { kind: 'binary', offset: 2 } });
  });

  it('gives the byte offset of a NUL character in UTF-16, its byte order mark counted', () => {
    expect(decodeBytes(utf16('{"a\u0000"}', 'utf-16le'))).toEqual({ ok: false, problem: { kind: 'binary', offset: 6 } });
    expect(decodeBytes(utf16('{"a\u0000"}', 'utf-16be', true))).toEqual({ ok: false, problem: { kind: 'binary', offset: 8 } });
    expect(decodeBytes(utf16('😀\u0000', 'utf-16le', true))).toEqual({ ok: false, problem: { kind: 'binary', offset: 6 } });
  });

  it('refuses malformed UTF-16 at its first bad code unit, before a NUL character', () => {
    expect(decodeBytes(utf16('{"\ud800"}', 'utf-16le', true))).toEqual({ ok: false, problem: { kind: 'utf-16', encoding: 'utf-16le', offset: 6 } });
    expect(decodeBytes(Uint8Array.of(...utf16('{}', 'utf-16be', true), 0x7b))).toEqual({ ok: false, problem: { kind: 'utf-16', encoding: 'utf-16be', offset: 6 } });
    expect(decodeBytes(utf16('{"\u0000\udc00}', 'utf-16le'))).toEqual({ ok: false, problem: { kind: 'utf-16', encoding: 'utf-16le', offset: 6 } });
  });

  it('locates the first byte that is not UTF-8 (offset from the first byte, line and column after the byte order mark) and suspects Windows-1252', () => {
    expect(decodeBytes(bytes('{"a":"', [0xe9], '"}'))).toEqual({
      ok: false,
      problem: { kind: 'not-utf-8', offset: 6, line: 1, column: 7, byte: 0xe9, suspected: 'windows-1252' },
    });
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], '{\n  "é": "', [0x92], '"\n}'))).toEqual({
      ok: false,
      problem: { kind: 'not-utf-8', offset: 14, line: 2, column: 9, byte: 0x92, suspected: 'windows-1252' },
    });
    // 0x81 is undefined in Windows-1252, 0x01 a control character: not Windows-1252 either
    expect(decodeBytes(bytes('{\n"', [0x81], '"}'))).toEqual({ ok: false, problem: { kind: 'not-utf-8', offset: 3, line: 2, column: 2, byte: 0x81 } });
    expect(decodeBytes(bytes('"', [0xe9, 0x01], '"'))).toEqual({ ok: false, problem: { kind: 'not-utf-8', offset: 1, line: 1, column: 2, byte: 0xe9 } });
    // a sequence cut short by the end of the file
    expect(decodeBytes(bytes('"€', [0xe2, 0x82]))).toMatchObject({ ok: false, problem: { kind: 'not-utf-8', offset: 4, column: 3, byte: 0xe2 } });
  });

  it('reads what the fatal decoders read and refuses the rest, never throwing (property)', () => {
    fc.assert(
      fc.property(anyBytes, (data) => {
        const decoded = decodeBytes(data);
        const encoding = utf16Encoding(data);
        if (decoded.ok) {
          expect(decoded.encoding).toBe(encoding ?? 'utf-8');
          expect(decoded.text).toBe(new TextDecoder(decoded.encoding, { fatal: true }).decode(data));
          expect(decoded.text.includes('\u0000')).toBe(false);
          return;
        }
        const { problem } = decoded;
        if (problem.kind === 'utf-16') expect(decodes(problem.encoding, data)).toBe(false);
        if (problem.kind === 'binary') expect(encoding === undefined ? data[problem.offset] : data[problem.offset]! | data[problem.offset + 1]!).toBe(0);
        if (problem.kind === 'not-utf-8') {
          expect(encoding).toBeUndefined();
          expect(data.includes(0)).toBe(false);
          expect(problem.offset).toBe((hasUtf8Bom(data) ? 3 : 0) + invalidUtf8Offset(data.subarray(hasUtf8Bom(data) ? 3 : 0)));
          expect(problem.byte).toBe(data[problem.offset]);
        }
      }),
      { numRuns: runs(10_000) },
    );
  });
});
