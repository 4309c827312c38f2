import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, invalidUtf8Offset, isBlank } from './decode.js';
import { runs } from '../../../../scripts/lib/property-runs.js';

const bytes = (...parts: (number[] | string)[]): Uint8Array => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeText', () => {
  it('decodes UTF-8 and strips a UTF-8 byte order mark', () => {
    expect(decodeText(bytes('{"é":1}'))).toEqual({ ok: true, text: '{"é":1}' });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], '{"a":1}'))).toEqual({ ok: true, text: '{"a":1}' });
  });

  it('decodes UTF-16 with a byte order mark, both byte orders', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'{"a":"é"}'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const be = new Uint8Array([0xfe, 0xff, ...[...'{"a":"é"}'].flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(decodeText(le)).toEqual({ ok: true, text: '{"a":"é"}' });
    expect(decodeText(be)).toEqual({ ok: true, text: '{"a":"é"}' });
  });

  it('reports empty and blank texts', () => {
    expect(decodeText(bytes(''))).toEqual({ ok: false, code: 'EMPTY' });
    expect(decodeText(bytes(' \n\r\t'))).toEqual({ ok: false, code: 'EMPTY' });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf]))).toEqual({ ok: false, code: 'EMPTY' });
  });

  it('reports binary data at its offset', () => {
    expect(decodeText(bytes('{"a"', [0], '}'))).toEqual({ ok: false, code: 'BINARY', offset: 4 });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'ab', [0]), 100)).toEqual({ ok: false, code: 'BINARY', offset: 105 });
    expect(decodeText(new Uint8Array([0x1f, 0x8b, 0x08, 0x00]))).toEqual({ ok: false, code: 'BINARY', offset: 3 }); // gzip header
  });

  it('reports invalid UTF-8 at its offset', () => {
    expect(decodeText(bytes('{"a":"', [0xe9], '"}'))).toEqual({
      ok: false,
      code: 'ENCODING',
      offset: 6,
      problem: { line: 1, column: 7, byte: 0xe9, suspected: 'windows-1252' },
    }); // Latin-1 é
  });

  it('locates the first non-UTF-8 byte by line and column, and suspects Windows-1252 only when every byte reads as text', () => {
    const windows = bytes('{\n  "é": "', [0x92], '"\n}'); // ’ in Windows-1252, after a valid é
    const r = decodeText(windows);
    expect(r).toMatchObject({ ok: false, code: 'ENCODING', problem: { line: 2, column: 9, byte: 0x92, suspected: 'windows-1252' } });
    // 0x81 is undefined in Windows-1252: no suspicion
    expect(decodeText(bytes('{"a":"', [0x81], '"}'))).toMatchObject({ problem: { byte: 0x81 } });
    expect((decodeText(bytes('{"a":"', [0x81], '"}')) as { problem: object }).problem).not.toHaveProperty('suspected');
  });

  it('reads Windows-1252 and Latin-1 when declared: ’ € œ from their Windows-1252 bytes', () => {
    expect(decodeText(bytes('"', [0x92, 0x80, 0x9c, 0xe9], '"'), 0, 'windows-1252')).toEqual({ ok: true, text: '"’€œé"' });
    expect(decodeText(bytes('"', [0xe9], '"'), 0, 'latin1')).toEqual({ ok: true, text: '"é"' });
  });

  it('recognises UTF-16 without a byte order mark, little and big endian', () => {
    const le = Buffer.from('{"a":"é"}', 'utf16le');
    expect(decodeText(le)).toEqual({ ok: true, text: '{"a":"é"}' });
    expect(decodeText(Buffer.from(le).swap16())).toEqual({ ok: true, text: '{"a":"é"}' });
    expect(decodeText(le, 0, 'utf-8')).toMatchObject({ ok: false, code: 'BINARY' });
  });
});

describe('invalidUtf8Offset', () => {
  it('rejects overlongs, surrogates, out-of-range and truncated sequences', () => {
    expect(invalidUtf8Offset(bytes('ab', [0xc0, 0x80]))).toBe(2);
    expect(invalidUtf8Offset(bytes([0xed, 0xa0, 0x80]))).toBe(0);
    expect(invalidUtf8Offset(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(invalidUtf8Offset(bytes('a', [0xe2, 0x82]))).toBe(1);
    expect(invalidUtf8Offset(bytes('€😀é'))).toBe(-1);
  });

  it('agrees with the fatal TextDecoder (property)', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }), (raw, text) => {
        const data = new Uint8Array([...new TextEncoder().encode(text), ...raw]);
        let ok = true;
        try {
          decoder.decode(data);
        } catch {
          ok = false;
        }
        expect(invalidUtf8Offset(data) === -1).toBe(ok);
      }),
      { numRuns: runs(5000) },
    );
  });
});

describe('isBlank', () => {
  it('only counts JSON white space', () => {
    expect(isBlank(' \t\r\n')).toBe(true);
    expect(isBlank('\u00a0')).toBe(false);
  });
});
