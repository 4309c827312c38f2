import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { doc, scriptedValidate, tempTree } from '../../test/helpers.js';
import { runValidate } from './run-validate.js';
import type { FileEntry } from './types.js';
import { workerChecker } from './worker-pool.js';

// A worker speaking the protocol of serveChecks, in plain JavaScript: it
// answers "valid" after a delay that varies (so answers come back out of
// order), and dies on a document containing "crash".
const WORKER = `
import { parentPort, workerData } from 'node:worker_threads';
parentPort.on('message', ({ id, text }) => {
  if (text.includes('crash')) process.exit(3);
  const until = Date.now() + (id % 3) * 5;
  while (Date.now() < until);
  const doc = JSON.parse(text);
  parentPort.postMessage({ id, outcome: { kind: 'report', typeDocument: doc.typeDocument ?? null, valid: true, issues: [{ ruleId: 'LANG', severity: 'info', path: '', message: workerData.options.lang }] } });
});
`;

const tree = tempTree({});
const workerPath = join(tree.dir, 'worker.mjs');
writeFileSync(workerPath, WORKER);
const workerUrl = pathToFileURL(workerPath);
afterAll(tree.cleanup);

describe('worker pool', () => {
  it('returns entries in input order whatever order the workers answer in', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => doc(i % 2 ? 'pag' : 'tableau-derogations')).join('\n');
    writeFileSync(join(tree.dir, 'batch.ndjson'), lines);
    const entries: FileEntry[] = [];
    const { summary } = await runValidate({
      inputs: ['batch.ndjson'],
      validate: scriptedValidate,
      validateOptions: { lang: 'en' },
      jobs: 3,
      workerUrl,
      cwd: tree.dir,
      onEntry: (e) => void entries.push(e),
    });
    expect(entries.map((e) => e.line)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(entries.map((e) => e.typeDocument)).toEqual(Array.from({ length: 60 }, (_, i) => (i % 2 ? 'pag' : 'tableau-derogations')));
    expect(entries[0]!.issues[0]!.message).toBe('en'); // the options reach the workers
    expect(summary.documents).toBe(60);
  });

  it('turns a crashed worker into INTERNAL errors for its documents and goes on', async () => {
    const checker = workerChecker(1, workerUrl, { lang: 'fr' });
    try {
      const before = await checker.check(doc('pag'), 1);
      const crashed = await checker.check('{"crash": true}', 1);
      const after = await checker.check(doc('pag'), 1);
      expect(before).toMatchObject({ kind: 'report', typeDocument: 'pag' });
      expect(crashed).toEqual({ kind: 'error', error: { code: 'INTERNAL', message: 'erreur interne du validateur (worker exit 3) : merci de la signaler' } });
      expect(after).toMatchObject({ kind: 'report', typeDocument: 'pag' });
    } finally {
      await checker.close();
    }
  });

  it('gives up after repeated crashes without hanging', async () => {
    const checker = workerChecker(1, workerUrl, { lang: 'en' });
    try {
      const outcomes = await Promise.all(Array.from({ length: 12 }, () => checker.check('"crash"', 1)));
      expect(outcomes.every((o) => o.kind === 'error' && o.error.code === 'INTERNAL')).toBe(true);
    } finally {
      await checker.close();
    }
  });
});
