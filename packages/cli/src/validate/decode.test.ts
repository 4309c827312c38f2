import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, invalidUtf8Offset, isBlank } from './decode.js';
import { runs } from '../../../../scripts/lib/property-runs.js';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

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
    expect(decodeText(bytes('{"a":"', [0xe9], '"}'))).toEqual({ ok: false, code: 'ENCODING', offset: 6 }); // Latin-1 é
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
