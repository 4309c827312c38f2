import { examplePag } from '@serafin-ph/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8 } from './decode-bytes.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from(Array.from(text, (c) => c.charCodeAt(0)));
const utf16le = (text: string, bom: boolean) => {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  if (bom) view.setUint16(0, 0xfeff, true);
  for (let i = 0; i < text.length; i++) view.setUint16((i + (bom ? 1 : 0)) * 2, text.charCodeAt(i), true);
  return out;
};

describe('decodeBytes', () => {
  const text = JSON.stringify({ ...examplePag(), contexte: { ...examplePag().contexte, historique: 'Épuisement des parents âgés' } }, null, 2);

  it('reads UTF-8, with or without its byte order mark, and UTF-16 with or without one', () => {
    expect(decodeBytes(utf8(text))).toEqual({ text });
    expect(decodeBytes(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(text)))).toEqual({ text });
    expect(decodeBytes(utf16le(text, true))).toEqual({ text });
    expect(decodeBytes(utf16le(text, false))).toEqual({ text });
  });

  it('does not read a Windows-1252 (Latin-1) file: the first byte that is not UTF-8, where, and what it looks like', () => {
    const written = text.replace(/[^\u0000-\u00ff]/g, '?'); // what a Latin-1 tool can write
    const first = written.search(/[\u0080-\u00ff]/);
    const before = written.slice(0, first);
    const line = before.split('\n').length;
    const column = first - before.lastIndexOf('\n');
    expect(decodeBytes(latin1(written))).toEqual({ problem: { kind: 'encoding', line, column, byte: written.charCodeAt(first), windows1252: true } });
    expect(line).toBeGreaterThan(1);
  });

  it('says bytes that are not Windows-1252 either are not UTF-8, and calls a NUL byte binary data', () => {
    expect(decodeBytes(Uint8Array.of(0x7b, 0x0a, 0x22, 0x81, 0x22, 0x7d))).toEqual({ problem: { kind: 'encoding', line: 2, column: 2, byte: 0x81, windows1252: false } });
    expect(decodeBytes(Uint8Array.of(0x7b, 0x7d, 0x00, 0x01, 0x7b))).toEqual({ problem: { kind: 'binary', offset: 2 } });
  });

  it('finds the first invalid byte exactly where a strict UTF-8 decoder stops (equivalence with TextDecoder)', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x80, 0xbf, 0xc0, 0xc2, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xa0, 0x9f, 0x90, 0x8f));
    const bytes = fc.oneof(
      fc.array(byte, { maxLength: 24 }).map((a) => Uint8Array.from(a)),
      fc
        .tuple(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.array(byte, { maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 12 }))
        .map(([a, b, c]) => Uint8Array.of(...utf8(a), ...b, ...utf8(c))),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const at = firstInvalidUtf8(b);
        const valid = (x: Uint8Array) => {
          try {
            strict.decode(x);
            return true;
          } catch {
            return false;
          }
        };
        expect(at === -1).toBe(valid(b));
        // Everything before the offset is UTF-8 (possibly ending in the start of a sequence the bad byte breaks).
        if (at >= 0) expect(valid(b.subarray(0, at))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives back any text encoded in UTF-8 (without NUL)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('\u0000')),
        (s) => {
          const d = decodeBytes(utf8(s));
          // A text of at least 4 bytes whose first characters alternate with NUL cannot occur without NUL; so UTF-8 it is.
          expect(d).toEqual({ text: s.startsWith('\uFEFF') ? s.slice(1) : s });
        },
      ),
    );
  });
});
