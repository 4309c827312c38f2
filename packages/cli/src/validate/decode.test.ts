import { createRequire } from 'node:module';
import { looksLikeWindows1252, windows1252Character } from '@serafin-ph/validators/bytes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLine, decodeText, isBlank } from './decode.js';
import { runs } from '../../../../scripts/lib/property-runs.js';

const iconv = createRequire(import.meta.url)('iconv-lite') as { decode(bytes: Buffer, encoding: string): string };

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

  it('gives the byte offset of malformed UTF-16 and of a NUL character in it, from the base offset', () => {
    const le = (text: string) => Buffer.from(text, 'utf16le');
    expect(decodeText(Buffer.concat([Buffer.of(0xff, 0xfe), le('{"a":"\ud800"}')]), 10)).toEqual({ ok: false, code: 'ENCODING', offset: 10 + 2 + 12, utf16: 'utf-16le' });
    expect(decodeText(Buffer.concat([Buffer.of(0xff, 0xfe), le('{"a"\u0000}')]), 10)).toEqual({ ok: false, code: 'BINARY', offset: 10 + 2 + 8 });
    expect(decodeText(le('{"a"\u0000}'))).toEqual({ ok: false, code: 'BINARY', offset: 8 });
  });

  it('counts the offset of a byte that is not UTF-8 from the base, its byte order mark included, and its line and column after the mark', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], '{\n"', [0xe9, 0x81], '"}'), 100)).toEqual({
      ok: false,
      code: 'ENCODING',
      offset: 106,
      problem: { line: 2, column: 2, byte: 0xe9 },
    });
    expect(decodeText(bytes('{"a":"€', [0xe2, 0x82]))).toMatchObject({ code: 'ENCODING', offset: 9, problem: { line: 1, column: 8, byte: 0xe2 } }); // cut short at the end
  });

  it('recognises UTF-16 without a byte order mark, little and big endian', () => {
    const le = Buffer.from('{"a":"é"}', 'utf16le');
    expect(decodeText(le)).toEqual({ ok: true, text: '{"a":"é"}' });
    expect(decodeText(Buffer.from(le).swap16())).toEqual({ ok: true, text: '{"a":"é"}' });
    expect(decodeText(le, 0, 'utf-8')).toMatchObject({ ok: false, code: 'BINARY' });
  });
});

describe('decodeLine', () => {
  it('reads an NDJSON line as UTF-8 only, a byte order mark kept (not JSON: the input’s own was dropped by the splitter)', () => {
    expect(decodeLine(bytes([0xef, 0xbb, 0xbf], '{}'), 40)).toEqual({ ok: true, text: '\ufeff{}' });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], '{}'), 40)).toEqual({ ok: true, text: '{}' });
    // a UTF-16 byte order mark further on: not UTF-8 (it was decoded as UTF-16)
    expect(decodeLine(Uint8Array.of(0xff, 0xfe, 0x41, 0x42), 40)).toEqual({
      ok: false,
      code: 'ENCODING',
      offset: 40,
      problem: { line: 1, column: 1, byte: 0xff, suspected: 'windows-1252' },
    });
    expect(decodeLine(Buffer.from('{}', 'utf16le'), 40)).toEqual({ ok: false, code: 'BINARY', offset: 41 });
    expect(decodeLine(bytes('"', [0xe9], '"'), 40, 'latin1')).toEqual({ ok: true, text: '"é"' });
  });
});

describe('the shared Windows-1252 description, against iconv-lite', () => {
  it('names every byte as iconv-lite reads it in Windows-1252 (its undefined bytes give U+FFFD there)', () => {
    for (let byte = 0; byte < 256; byte++) expect(windows1252Character(byte) ?? '\ufffd').toBe(iconv.decode(Buffer.of(byte), 'windows-1252'));
  });

  it('suspects Windows-1252 exactly when the iconv-lite reading has no control character nor U+FFFD (the CLI’s test before; property)', () => {
    const before = (bytes: Uint8Array) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u0080-\u009f\ufffd]/.test(iconv.decode(Buffer.from(bytes), 'windows-1252'));
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x00, 0x09, 0x0a, 0x0d, 0x1f, 0x7f, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x92, 0xe9));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 16 }), (a) => {
        const bytes = Uint8Array.from(a);
        expect(looksLikeWindows1252(bytes)).toBe(before(bytes));
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
