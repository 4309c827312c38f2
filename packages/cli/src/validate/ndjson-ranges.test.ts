import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runs } from '../../../../scripts/lib/property-runs.js';
import { doc, scriptedValidate, tempTree } from '../../test/helpers.js';
import { byteRanges, checkRange } from './ndjson-ranges.js';
import { runValidate, type RunValidateOptions } from './run-validate.js';
import type { FileEntry } from './types.js';
import { workerPool } from './worker-pool.js';

// A worker that never says it is ready: every range is checked by the calling thread, through the range path.
const IDLE_WORKER = `setInterval(() => undefined, 1 << 30);\n`;
// A worker running the real serveChecks with the tests' scripted validate.
const WORKER = `
import { parentPort, workerData } from 'node:worker_threads';
import { serveChecks } from ${JSON.stringify(pathToFileURL(fileURLToPath(new URL('./worker-pool.ts', import.meta.url))).href)};
import { scriptedValidate } from ${JSON.stringify(pathToFileURL(fileURLToPath(new URL('../../test/helpers.ts', import.meta.url))).href)};
serveChecks(parentPort, (document, options) => {
  if (typeof document === 'object' && document !== null && document.crash === true) process.exit(3);
  return scriptedValidate(document, options);
}, workerData.options);
`;

const tree = tempTree({ 'package.json': '{"type": "module"}' });
writeFileSync(join(tree.dir, 'idle.ts'), IDLE_WORKER);
writeFileSync(join(tree.dir, 'worker.ts'), WORKER);
const idleUrl = pathToFileURL(join(tree.dir, 'idle.ts'));
const workerUrl = pathToFileURL(join(tree.dir, 'worker.ts'));
afterAll(tree.cleanup);

const MAX = 120; // largest line in these tests, in bytes
const enc = new TextEncoder();
let files = 0;

/** Writes an input file; returns its name. */
function input(content: Uint8Array): string {
  const name = `input-${files++}.ndjson`;
  writeFileSync(join(tree.dir, name), content);
  return name;
}

async function run(name: string, extra: Partial<RunValidateOptions>): Promise<{ entries: FileEntry[]; exitCode: number; summary: unknown }> {
  const entries: FileEntry[] = [];
  const { summary, exitCode } = await runValidate({
    inputs: [name],
    validate: scriptedValidate,
    cwd: tree.dir,
    maxSize: MAX,
    onEntry: (e) => void entries.push(e),
    ...extra,
  });
  return { entries, summary, exitCode };
}

/** The pieces random NDJSON is made of: documents, errors of every kind, blank lines, line ends. */
const pieces: Uint8Array[] = [
  doc('pag'),
  doc('tableau-derogations', { severity: 'warning' }),
  doc('pag', { ruleId: 'PAG-X-001' }),
  '{"oops": ',
  '{"a": 1, "a": 2}',
  '[1, 2]',
  '{\n', // a document cut by a line feed
  '',
  '   \t',
  'x'.repeat(MAX + 30), // over the limit
  '\r',
].map((s) => enc.encode(s));
pieces.push(new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d])); // not UTF-8
const LF = enc.encode('\n');
const CRLF = enc.encode('\r\n');

const concat = (parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const ndjson = fc
  .record({
    bom: fc.boolean(),
    lines: fc.array(fc.record({ piece: fc.nat(pieces.length - 1), crlf: fc.boolean() }), { maxLength: 40 }),
    finalNewline: fc.boolean(),
  })
  .map(({ bom, lines, finalNewline }) => {
    const parts: Uint8Array[] = bom ? [new Uint8Array([0xef, 0xbb, 0xbf])] : [];
    lines.forEach(({ piece, crlf }, k) => {
      parts.push(pieces[piece]!);
      if (k < lines.length - 1 || finalNewline) parts.push(crlf ? CRLF : LF);
    });
    return concat(parts);
  });

describe('NDJSON checked by byte ranges', () => {
  it('covers a file with ranges of the size asked', () => {
    expect(byteRanges(10, 4)).toEqual([
      [0, 4],
      [4, 8],
      [8, 10],
    ]);
    expect(byteRanges(0, 4)).toEqual([]);
  });

  it('gives the entries of one thread for any content and any range size (property)', async () => {
    await fc.assert(
      fc.asyncProperty(ndjson, fc.integer({ min: 1, max: 400 }), async (content, rangeBytes) => {
        const name = input(content);
        const single = await run(name, { jobs: 1 });
        const ranged = await run(name, { jobs: 2, workerUrl: idleUrl, ndjsonRangesFrom: 0, ndjsonRangeBytes: rangeBytes });
        expect(ranged).toEqual(single);
      }),
      // Each run validates a file twice, once in worker threads: 150 in the thorough mode, 50 every day.
      { numRuns: runs(150, 50) },
    );
  });

  it('gives the same entries on each boundary case', async () => {
    const cases: (string | Uint8Array)[] = [
      `${doc('pag')}\n\n\n${doc('pag')}`, // empty lines, final line without line feed
      `${doc('pag')}\r\n{"oops"\r\n${doc('pag')}\r\n`, // CRLF, a syntax error after a range boundary
      concat([new Uint8Array([0xef, 0xbb, 0xbf]), enc.encode(`{"oops"\n${doc('pag')}\n`)]), // BOM, error on line 1
      `${doc('pag')}\n${'y'.repeat(500)}\n${doc('pag')}\n`, // a line longer than several ranges (and the limit)
      `${doc('pag')}\n{"a": 1}\u0000\n${doc('pag')}\n`, // binary data stops the input
      concat([new Uint8Array([0xff, 0xfe, 0x7b, 0x00]), enc.encode(`\n${doc('pag')}\n`)]), // UTF-16 byte order mark
      ' \n\n  \n', // no document
      `{\n"typeDocument": "pag"}\n`, // a document cut by a line feed
    ];
    for (const content of cases) {
      const bytes = typeof content === 'string' ? enc.encode(content) : content;
      const name = input(bytes);
      const single = await run(name, { jobs: 1 });
      for (const rangeBytes of [1, 2, 7, 31, 64, 1000]) {
        expect(await run(name, { jobs: 2, workerUrl: idleUrl, ndjsonRangesFrom: 0, ndjsonRangeBytes: rangeBytes })).toEqual(single);
      }
    }
  });

  it('gives the same entries when a worker checks ranges', async () => {
    const lines = Array.from({ length: 400 }, (_, i) =>
      i % 13 === 5 ? '{"oops"' : i % 17 === 3 ? '' : doc(i % 2 ? 'pag' : 'tableau-derogations', ...(i % 5 === 0 ? [{ severity: 'info' as const }] : [])),
    );
    const content = enc.encode(lines.map((l, i) => l + (i % 3 === 0 ? '\r\n' : '\n')).join(''));
    const name = input(content);
    const single = await run(name, { jobs: 1 });
    expect(single.entries.length).toBeGreaterThan(300);
    for (const rangeBytes of [97, 1024, 4096]) {
      expect(await run(name, { jobs: 2, workerUrl, ndjsonRangesFrom: 0, ndjsonRangeBytes: rangeBytes })).toEqual(single);
      expect(await run(name, { jobs: 3, workerUrl, ndjsonRangesFrom: 0, ndjsonRangeBytes: rangeBytes })).toEqual(single);
    }
  });

  it('gets from a worker what the calling thread gets for the same range, and undefined when the worker dies', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => (i % 7 === 2 ? '{"oops"' : i % 11 === 4 ? '' : doc(i % 2 ? 'pag' : 'tableau-derogations', { severity: 'info' })));
    const name = input(enc.encode(`${lines.join('\n')}\n`));
    const crashing = input(enc.encode(`${doc('pag')}\n{"crash": true}\n`));
    const path = join(tree.dir, name);
    const pool = workerPool(1, workerUrl, { lang: 'fr' });
    try {
      for (const [start, end] of [
        [0, 500],
        [500, 1500],
        [1499, 4000],
        [4000, 1 << 20],
      ] as const) {
        const here = await checkRange(path, start, end, { lang: 'fr', maxLineBytes: MAX }, scriptedValidate, { lang: 'fr' });
        expect(await pool.range(path, start, end, MAX)).toEqual(here);
      }
      const whole = await checkRange(path, 0, 1 << 20, { lang: 'fr', maxLineBytes: MAX }, scriptedValidate, { lang: 'fr' });
      expect(whole.lineCount).toBe(60);
      expect(whole.items.filter((item) => typeof item === 'object' && item.kind === 'recheck')).toHaveLength(9);
      expect(await pool.range(join(tree.dir, crashing), 0, 1 << 20, MAX)).toBeUndefined();
    } finally {
      await pool.close();
    }
  });
});
