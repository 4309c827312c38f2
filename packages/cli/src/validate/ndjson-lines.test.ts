import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines, type RawLine } from './ndjson-lines.js';

async function* chunked(data: Uint8Array, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  let i = 0;
  while (at < data.length) {
    const size = Math.max(1, sizes[i++ % Math.max(1, sizes.length)] ?? data.length);
    yield data.subarray(at, at + size);
    at += size;
  }
}

const collect = async (it: AsyncIterable<RawLine>): Promise<{ line: number; text: string | null; offset: number }[]> => {
  const out = [];
  for await (const l of it) out.push({ line: l.line, text: l.bytes === null ? null : new TextDecoder().decode(l.bytes), offset: l.offset });
  return out;
};

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('splitLines', () => {
  it('splits on LF, drops the CR of CRLF, keeps blank lines and a last line without LF', async () => {
    expect(await collect(splitLines(chunked(enc('a\r\n\nbc\nd'), [2]), 100))).toEqual([
      { line: 1, text: 'a', offset: 0 },
      { line: 2, text: '', offset: 3 },
      { line: 3, text: 'bc', offset: 4 },
      { line: 4, text: 'd', offset: 7 },
    ]);
  });

  it('yields nothing for an empty stream and no extra line after a final LF', async () => {
    expect(await collect(splitLines(chunked(enc(''), [1]), 10))).toEqual([]);
    expect(await collect(splitLines(chunked(enc('x\n'), [1]), 10))).toEqual([{ line: 1, text: 'x', offset: 0 }]);
  });

  it('drops lines over the limit without keeping them, and goes on', async () => {
    const lines = await collect(splitLines(chunked(enc(`ok\n${'x'.repeat(50)}\nok2`), [7]), 10));
    expect(lines).toEqual([
      { line: 1, text: 'ok', offset: 0 },
      { line: 2, text: null, offset: 3 },
      { line: 3, text: 'ok2', offset: 54 },
    ]);
  });

  it('gives the same lines whatever the chunking (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ maxLength: 8 }), { maxLength: 10 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }), async (lines, sizes) => {
        const text = lines.join('\n');
        const got = await collect(splitLines(chunked(enc(text), sizes), 1000));
        const expected = text === '' ? [] : text.replace(/\n$/, '').split('\n').map((t) => t.replace(/\r$/, ''));
        expect(got.map((l) => l.text)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
