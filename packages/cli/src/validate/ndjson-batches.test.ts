import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasUtf8Bom } from '@serafin-ph/validators/bytes';
import { decodeLine } from './decode.js';
import { bufferPool, chunkReader, ndjsonBatches, type ByteReader, type NdjsonOptions } from './ndjson-batches.js';
import { runs } from '../../../../scripts/lib/property-runs.js';

async function* chunked(data: Uint8Array, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  let i = 0;
  while (at < data.length) {
    const size = Math.max(1, sizes[i++ % Math.max(1, sizes.length)] ?? data.length);
    yield data.subarray(at, at + size);
    at += size;
  }
}

/** One line as the checker sees it: a text, or an error code with its line and offset. */
type Flat = { line?: number; text?: string; code?: string; offset?: number };

/** Runs the splitter and decodes every line of every batch, as a worker would. */
async function split(reader: ByteReader, options: Partial<NdjsonOptions> = {}): Promise<{ items: Flat[]; batches: number }> {
  const items: Flat[] = [];
  let batches = 0;
  for await (const item of ndjsonBatches(reader, { lang: 'en', maxLineBytes: 1000, stdin: false, ...options })) {
    if (item.kind === 'error') {
      const offset = /(?:offset|byte) (\d+)/.exec(item.error.message)?.[1]; // the message's position, in English
      items.push({ ...(item.line !== undefined ? { line: item.line } : {}), code: item.error.code, ...(offset !== undefined ? { offset: Number(offset) } : {}) });
      continue;
    }
    batches++;
    expect(item.bytes.buffer.byteLength).toBeGreaterThanOrEqual(item.bytes.byteLength);
    for (let i = 0; i < item.lines.length; i += 4) {
      const decoded = decodeLine(item.bytes.subarray(item.lines[i + 1], item.lines[i + 2]), item.lines[i + 3]);
      items.push(
        decoded.ok ? { line: item.lines[i]!, text: decoded.text } : { line: item.lines[i]!, code: decoded.code, ...('offset' in decoded ? { offset: decoded.offset } : {}) },
      );
    }
  }
  return { items, batches };
}

/** The meaning of an NDJSON input, written plainly over the whole input at once. */
function reference(data: Uint8Array, maxLineBytes: number): Flat[] {
  const raw: { bytes: Uint8Array; offset: number }[] = [];
  let start = 0;
  for (let i = 0; i < data.length; i++) {
    if (data[i] === 0x0a) {
      raw.push({ bytes: data.subarray(start, i), offset: start });
      start = i + 1;
    }
  }
  if (start < data.length) raw.push({ bytes: data.subarray(start), offset: start });
  const out: Flat[] = [];
  let documents = 0;
  for (const [k, piece] of raw.entries()) {
    const line = k + 1;
    if (piece.bytes.length > maxLineBytes + 1) {
      documents++;
      out.push({ line, code: 'TOO_LARGE' });
      continue;
    }
    let bytes = piece.bytes;
    let offset = piece.offset;
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
    if (line === 1 && bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return [...out, { code: 'ENCODING', offset: 0 }];
    if (line === 1 && hasUtf8Bom(bytes)) {
      bytes = bytes.subarray(3);
      offset += 3;
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0) return [...out, { line, code: 'BINARY', offset: offset + nul }];
    // blank: JSON white space after an optional byte order mark (on any line; the first line's own was dropped above)
    if ((hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes).every((b) => b === 0x20 || b === 0x09 || b === 0x0d)) continue;
    const decoded = decodeLine(bytes, offset);
    documents++;
    out.push(decoded.ok ? { line, text: decoded.text } : { line, code: decoded.code, ...('offset' in decoded ? { offset: decoded.offset } : {}) });
  }
  if (documents === 0) out.push({ code: 'EMPTY' });
  return out;
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('ndjsonBatches', () => {
  it('splits on LF, drops the CR of CRLF, skips blank lines and keeps a last line without LF', async () => {
    const { items } = await split(chunkReader(chunked(enc('{"a":1}\r\n\n  \t\n[2]\n3'), [2])));
    expect(items).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 4, text: '[2]' },
      { line: 5, text: '3' },
    ]);
  });

  it('reports an input without any document as empty, standard input by its name', async () => {
    for (const text of ['', '\n\n', ' \r\n']) expect((await split(chunkReader(chunked(enc(text), [1])))).items).toEqual([{ code: 'EMPTY' }]);
    const stdin = ndjsonBatches(chunkReader(chunked(enc(''), [1])), { lang: 'fr', maxLineBytes: 10, stdin: true });
    expect((await stdin.next()).value).toEqual({ kind: 'error', error: { code: 'EMPTY', message: 'entrée standard vide' } });
  });

  it('drops lines over the limit without keeping them, and goes on', async () => {
    const { items } = await split(chunkReader(chunked(enc(`ok\n${'x'.repeat(50)}\nok2\n${'y'.repeat(12)}`), [7])), { maxLineBytes: 10 });
    expect(items).toEqual([
      { line: 1, text: 'ok' },
      { line: 2, code: 'TOO_LARGE' },
      { line: 3, text: 'ok2' },
      { line: 4, code: 'TOO_LARGE' },
    ]);
  });

  it('strips a byte order mark on the first line, refuses UTF-16 and stops at binary data', async () => {
    expect((await split(chunkReader(chunked(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('1\n2')]), [2])))).items).toEqual([
      { line: 1, text: '1' },
      { line: 2, text: '2' },
    ]);
    expect((await split(chunkReader(chunked(new Uint8Array([0xff, 0xfe, 0x31, 0x00]), [4])))).items).toEqual([{ code: 'ENCODING', offset: 0 }]);
    expect((await split(chunkReader(chunked(new Uint8Array([...enc('1\n2'), 0, ...enc('\n3')]), [3])))).items).toEqual([
      { line: 1, text: '1' },
      { line: 2, code: 'BINARY', offset: 3 },
    ]);
  });

  it('gives the buffer of a batch back once asked for the next item, with reuse', async () => {
    const lines = Array.from({ length: 100 }, (_, i) => `{"n":${i}}`);
    const buffers = new Set<ArrayBufferLike>();
    const texts: string[] = [];
    for await (const item of ndjsonBatches(chunkReader(chunked(enc(lines.join('\n')), [64])), {
      lang: 'en',
      maxLineBytes: 1000,
      stdin: false,
      batchBytes: 100,
      reuse: () => true,
      buffers: bufferPool(100, 2),
    })) {
      if (item.kind !== 'lines') continue;
      buffers.add(item.bytes.buffer);
      for (let i = 0; i < item.lines.length; i += 4) texts.push(new TextDecoder().decode(item.bytes.subarray(item.lines[i + 1], item.lines[i + 2])));
    }
    expect(texts).toEqual(lines);
    expect(buffers.size).toBeLessThanOrEqual(3);
  });

  it('makes batches of about batchBytes, each in a buffer of its own', async () => {
    const lines = Array.from({ length: 100 }, (_, i) => `{"n":${i}}`);
    const { items, batches } = await split(chunkReader(chunked(enc(lines.join('\n')), [64])), { batchBytes: 100 });
    expect(items.map((i) => i.text)).toEqual(lines);
    expect(batches).toBeGreaterThan(8);
    const seen = new Set<ArrayBufferLike>();
    for await (const item of ndjsonBatches(chunkReader(chunked(enc(lines.join('\n')), [64])), { lang: 'en', maxLineBytes: 1000, stdin: false, batchBytes: 100 })) {
      if (item.kind !== 'lines') continue;
      expect(seen.has(item.bytes.buffer)).toBe(false);
      seen.add(item.bytes.buffer);
    }
  });

  it('yields the lines read before a reading error, then the error', async () => {
    let calls = 0;
    const reader: ByteReader = {
      read: async (target, offset) => {
        if (calls++ > 0) throw Object.assign(new Error('boom'), { code: 'EIO' });
        target.set(enc('1\n2\n3'), offset);
        return 5;
      },
      close: async () => undefined,
    };
    const seen: unknown[] = [];
    await expect(async () => {
      for await (const item of ndjsonBatches(reader, { lang: 'en', maxLineBytes: 100, stdin: false }))
        seen.push(item.kind === 'lines' ? item.lines.filter((_, i) => i % 4 === 0) : item);
    }).rejects.toThrow('boom');
    expect(seen).toEqual([[1, 2]]);
  });

  it('means what the plain reading of the whole input means, whatever the chunks, batch size and limit (property)', async () => {
    const piece = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('{', '}', '"a"', ':', '1', ' ', '\t', 'é', '€', '\r', '\n', '\n', '\r\n') },
      { weight: 1, arbitrary: fc.constantFrom('\u0000', '\uFEFF', 'x'.repeat(30)) },
      { weight: 1, arbitrary: fc.constantFrom([0xff], [0xfe, 0xff], [0xc3], [0xef, 0xbb, 0xbf], [0xff, 0xfe]) },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 23 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        async (pieces, sizes, batchBytes, maxLineBytes, batchLines, reusing) => {
          const reuse = (): boolean => reusing;
          const data = new Uint8Array(pieces.flatMap((p) => (typeof p === 'string' ? [...enc(p)] : p)));
          const { items } = await split(chunkReader(chunked(data, sizes)), { batchBytes, maxLineBytes, batchLines, reuse, buffers: bufferPool(batchBytes, 2) });
          expect(items).toEqual(reference(data, maxLineBytes));
        },
      ),
      { numRuns: runs(2000) },
    );
  });
});
