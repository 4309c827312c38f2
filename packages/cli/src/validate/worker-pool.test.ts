import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { doc, scriptedValidate, tempTree } from '../../test/helpers.js';
import type { DocumentOutcome } from './check-text.js';
import type { LineBatch } from './ndjson-batches.js';
import { runValidate, type RunValidateOptions } from './run-validate.js';
import type { FileEntry } from './types.js';
import { fromWire, toWire, workerPool } from './worker-pool.js';

// A worker running the real serveChecks with the tests' scripted validate,
// slowed down by a delay that varies (so answers come back out of order),
// which dies on a document with "crash": true.
const WORKER = `
import { parentPort, workerData } from 'node:worker_threads';
import { serveChecks } from ${JSON.stringify(pathToFileURL(fileURLToPath(new URL('./worker-pool.ts', import.meta.url))).href)};
import { scriptedValidate } from ${JSON.stringify(pathToFileURL(fileURLToPath(new URL('../../test/helpers.ts', import.meta.url))).href)};
let calls = 0;
serveChecks(parentPort, (document, options) => {
  if (typeof document === 'object' && document !== null && document.crash === true) process.exit(3);
  const until = Date.now() + (calls++ % 3) * 2;
  while (Date.now() < until);
  return scriptedValidate(document, options);
}, workerData.options);
`;

const binary = new Uint8Array([0x7b, 0x00, 0x7d]);
const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(doc('convention-territoriale'))]);
const files: Record<string, string | Uint8Array> = {};
for (let i = 0; i < 70; i++) {
  const name = `batch/${String(i).padStart(3, '0')}`;
  const kind = i % 10;
  if (kind === 3) files[`${name}-malformed.json`] = '{\n  "typeDocument": "pag",\n  "x": [1, 2,,]\n}';
  else if (kind === 5) files[`${name}-invalid.json`] = doc('pag', { ruleId: 'PAG-X-001' }, { severity: 'warning' });
  else if (kind === 6) files[`${name}-empty.json`] = ' \n';
  else if (kind === 7) files[`${name}-binary.json`] = binary;
  else if (kind === 8) files[`${name}-bom.json`] = bom;
  else if (i === 41) files[`${name}-lines.ndjson`] = `${doc('pag')}\n\n{"broken": \n${doc('tableau-derogations', { severity: 'info' })}\r\n`;
  else files[`${name}-valid.json`] = doc(i % 2 ? 'pag' : 'tableau-derogations');
}
const tree = tempTree({
  'package.json': '{"type": "module"}', // the worker below is an ES module
  ...files,
  'crash.json': '{"crash": true}',
  'ok.json': doc('pag'),
  'many.ndjson': Array.from({ length: 300 }, (_, i) => (i % 7 === 3 ? '{"oops"' : doc(i % 2 ? 'pag' : 'tableau-derogations'))).join('\n'),
});
const workerPath = join(tree.dir, 'worker.ts');
writeFileSync(workerPath, WORKER);
const workerUrl = pathToFileURL(workerPath);
afterAll(tree.cleanup);

async function run(extra: Partial<RunValidateOptions>): Promise<{ entries: FileEntry[]; exitCode: number; summary: unknown }> {
  const entries: FileEntry[] = [];
  const { summary, exitCode } = await runValidate({
    inputs: ['batch', 'many.ndjson', 'missing.json'],
    validate: scriptedValidate,
    cwd: tree.dir,
    workerUrl,
    onEntry: (e) => void entries.push(e),
    ...extra,
  });
  return { entries, summary, exitCode };
}

describe('worker pool', () => {
  it('gives the entries of one thread, in input order, whatever order the workers answer in', async () => {
    const single = await run({ jobs: 1 });
    expect(single.entries).toHaveLength(70 + 2 + 300 + 1);
    for (const [jobs, workersFrom, ndjsonWorkersFrom] of [
      [2, 1, 0],
      [3, 1, 0],
      [2, 30, 0], // a batch of 30 inputs or more: workers from the start
      [2, 1000, 0], // files in this thread, NDJSON lines in the workers
      [2, 1000, 4096], // the workers start once 4 KiB of NDJSON have been read
      [2, undefined, undefined], // the defaults (with 2 cores or fewer: no workers for this small batch)
    ] as const) {
      const multi = await run({
        jobs,
        validateOptions: {},
        ...(workersFrom !== undefined ? { workersFrom } : {}),
        ...(ndjsonWorkersFrom !== undefined ? { ndjsonWorkersFrom } : {}),
      });
      expect(multi).toEqual(single);
    }
  });

  it('sends the options to the workers', async () => {
    const [fr, en] = await Promise.all([
      run({ jobs: 2, workersFrom: 1, ndjsonWorkersFrom: 0, validateOptions: { lang: 'fr' } }),
      run({ jobs: 2, workersFrom: 1, ndjsonWorkersFrom: 0, validateOptions: { lang: 'en' } }),
    ]);
    const malformed = (r: { entries: FileEntry[] }) => r.entries.find((e) => e.error?.code === 'JSON_SYNTAX')!.error!.message;
    expect(malformed(fr)).toBe('JSON mal formé, ligne 3, colonne 14 : caractère inattendu « , » (U+002C)');
    expect(malformed(en)).toBe("malformed JSON at line 3, column 14: unexpected character ',' (U+002C)");
    const typed = await run({ jobs: 2, workersFrom: 1, ndjsonWorkersFrom: 0, validateOptions: { typeDocument: 'pag' } });
    expect(typed.entries.filter((e) => !e.error).every((e) => e.typeDocument === 'pag')).toBe(true);
  });

  it('gives INTERNAL to the file that crashes a worker, checks the others of its batch, and goes on', async () => {
    const pool = workerPool(1, workerUrl, { lang: 'fr' });
    try {
      const outcomes = await pool.files(['ok.json', 'crash.json', 'ok.json', 'missing.json'], { cwd: tree.dir, maxSize: 1 << 20 });
      expect(outcomes).toEqual([
        { kind: 'report', typeDocument: 'pag', valid: true, issues: [] },
        { kind: 'error', error: { code: 'INTERNAL', message: 'erreur interne du validateur (worker exit 3) : merci de la signaler' } },
        { kind: 'report', typeDocument: 'pag', valid: true, issues: [] },
        { kind: 'error', error: { code: 'NOT_FOUND', message: 'fichier ou dossier introuvable' } },
      ]);
      const text = `${doc('pag')}\n{"crash": true}\n${doc('tableau-derogations')}`;
      const bytes = new TextEncoder().encode(text);
      const second = text.indexOf('\n') + 1;
      const third = text.lastIndexOf('\n') + 1;
      const batch: LineBatch = { kind: 'lines', bytes, lines: [1, 0, second - 1, 0, 2, second, third - 1, second, 3, third, bytes.length, third] };
      // the lines of a batch move to the worker: they all fail with it
      expect((await pool.lines(batch)).map((o) => (o.kind === 'error' ? o.error.code : o.typeDocument))).toEqual(['INTERNAL', 'INTERNAL', 'INTERNAL']);
      expect(await pool.lines({ kind: 'lines', bytes: new TextEncoder().encode(doc('pag')), lines: [7, 0, doc('pag').length, 0] })).toEqual([
        { kind: 'report', typeDocument: 'pag', valid: true, issues: [] },
      ]);
    } finally {
      await pool.close();
    }
  });

  it('gives up after repeated crashes without hanging', async () => {
    const pool = workerPool(1, workerUrl, { lang: 'en' });
    try {
      const outcomes = await Promise.all(Array.from({ length: 12 }, () => pool.files(['crash.json', 'crash.json'], { cwd: tree.dir, maxSize: 1 << 20 })));
      expect(outcomes.flat()).toHaveLength(24);
      expect(outcomes.flat().every((o) => o.kind === 'error' && o.error.code === 'INTERNAL')).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('sends a valid document without issue as its type alone', () => {
    const valid: DocumentOutcome = { kind: 'report', typeDocument: 'pag', valid: true, issues: [] };
    expect(toWire(valid)).toBe('pag');
    expect(fromWire('pag')).toEqual(valid);
    const unknown: DocumentOutcome = { kind: 'report', typeDocument: null, valid: true, issues: [] };
    expect(toWire(unknown)).toBe(unknown);
    expect(fromWire(unknown)).toBe(unknown);
  });
});
