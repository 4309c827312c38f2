import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chunks, doc, scriptedValidate, tempTree } from '../../test/helpers.js';
import { runValidate } from './run-validate.js';
import type { FileEntry } from './types.js';

const tree = tempTree({
  'inbox/a-valid.json': doc('pag'),
  'inbox/b-invalid.json': doc('pag', { ruleId: 'PAG-X-001' }, { severity: 'warning', ruleId: 'PAG-Y-002' }),
  'inbox/c-malformed.json': '{\n  "typeDocument": "pag",\n  "x": [1, 2,,]\n}',
  'inbox/d-empty.json': '',
  'inbox/e-binary.json': new Uint8Array([0x7b, 0x00, 0x7d]),
  'inbox/f-bom.json': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(doc('convention-territoriale'))]),
  'inbox/g-batch.ndjson': `${doc('pag')}\n\n{"broken": \n${doc('tableau-derogations', { severity: 'info' })}\r\n`,
  'inbox/sub/h-nested.json': doc('pag'),
  'inbox/notes.txt': 'not checked',
  'inbox/.hidden.json': '{',
  'solo.json': doc('pag'),
});
afterAll(tree.cleanup);

async function run(inputs: string[], extra: Partial<Parameters<typeof runValidate>[0]> = {}) {
  const entries: FileEntry[] = [];
  const result = await runValidate({ inputs, validate: scriptedValidate, cwd: tree.dir, onEntry: (e) => void entries.push(e), ...extra });
  return { ...result, entries };
}

describe('runValidate', () => {
  it('checks a folder of mixed files, in sorted order, and never stops at a bad one', async () => {
    const { entries, summary, exitCode } = await run(['inbox']);
    expect(entries.map((e) => [e.path, e.line ?? null, e.error?.code ?? (e.valid ? 'valid' : 'invalid')])).toEqual([
      ['inbox/a-valid.json', null, 'valid'],
      ['inbox/b-invalid.json', null, 'invalid'],
      ['inbox/c-malformed.json', null, 'JSON_SYNTAX'],
      ['inbox/d-empty.json', null, 'EMPTY'],
      ['inbox/e-binary.json', null, 'BINARY'],
      ['inbox/f-bom.json', null, 'valid'],
      ['inbox/g-batch.ndjson', 1, 'valid'],
      ['inbox/g-batch.ndjson', 3, 'JSON_SYNTAX'],
      ['inbox/g-batch.ndjson', 4, 'valid'],
      ['inbox/sub/h-nested.json', null, 'valid'],
    ]);
    expect(summary).toEqual({ files: 8, documents: 6, valid: 5, invalid: 1, errors: 4, issues: { error: 1, warning: 1, info: 1 } });
    expect(exitCode).toBe(2);
  });

  it('locates malformed JSON by line and column, in files and NDJSON records', async () => {
    const { entries } = await run(['inbox/c-malformed.json', 'inbox/g-batch.ndjson']);
    expect(entries[0]!.error).toMatchObject({ code: 'JSON_SYNTAX', line: 3, column: 14 });
    expect(entries[0]!.error!.message).toBe('JSON mal formé, ligne 3, colonne 14 : caractère inattendu « , » (U+002C)');
    expect(entries[2]!.error).toMatchObject({ code: 'JSON_SYNTAX', line: 3, column: 12 });
    expect(entries[2]!.error!.message).toContain('fin du document inattendue');
  });

  it('speaks English with lang en', async () => {
    const { entries } = await run(['inbox/c-malformed.json', 'missing.json'], { validateOptions: { lang: 'en' } });
    expect(entries[0]!.error!.message).toBe("malformed JSON at line 3, column 14: unexpected character ',' (U+002C)");
    expect(entries[1]!.error).toEqual({ code: 'NOT_FOUND', message: 'no such file or folder' });
  });

  it('gives exit code 0 when all valid, 1 when one is invalid, 2 when an input fails', async () => {
    expect((await run(['solo.json', 'inbox/a-valid.json'])).exitCode).toBe(0);
    expect((await run(['solo.json', 'inbox/b-invalid.json'])).exitCode).toBe(1);
    expect((await run(['solo.json', 'inbox/b-invalid.json', 'inbox/d-empty.json'])).exitCode).toBe(2);
  });

  it('expands glob patterns and drops duplicates', async () => {
    const { entries, summary } = await run(['inbox/*-valid.json', 'inbox/**/*.json', 'solo.json', './solo.json']);
    expect(entries.map((e) => e.path)).toEqual([
      'inbox/a-valid.json',
      'inbox/b-invalid.json',
      'inbox/c-malformed.json',
      'inbox/d-empty.json',
      'inbox/e-binary.json',
      'inbox/f-bom.json',
      'inbox/sub/h-nested.json',
      'solo.json',
    ]);
    expect(summary.files).toBe(8);
  });

  it('reports missing files, patterns without match and empty folders', async () => {
    const empty = tempTree({ 'x.txt': '' });
    try {
      const { entries } = await run(['nope.json', 'inbox/*.xml', empty.dir]);
      expect(entries.map((e) => e.error?.code)).toEqual(['NOT_FOUND', 'NO_MATCH', 'NO_MATCH']);
      const allowed = await run(['inbox/*.xml', empty.dir], { allowEmpty: true });
      expect(allowed.entries).toEqual([]);
      expect(allowed.exitCode).toBe(0);
    } finally {
      empty.cleanup();
    }
  });

  it('reads standard input as one JSON document or as NDJSON', async () => {
    const one = await run(['-'], { stdin: chunks('{"typeDocument":', '"pag"}') });
    expect(one.entries).toEqual([{ path: '-', typeDocument: 'pag', valid: true, issues: [] }]);
    const many = await run(['-'], { stdin: chunks(`${doc('pag')}\n${doc('pag', {})}\n`), stdinFormat: 'ndjson' });
    expect(many.entries.map((e) => [e.line, e.valid])).toEqual([
      [1, true],
      [2, false],
    ]);
    const empty = await run(['-'], { stdin: chunks('') });
    expect(empty.entries[0]!.error).toEqual({ code: 'EMPTY', message: 'entrée standard vide' });
  });

  it('names malformed UTF-16 (a truncated file: odd number of bytes after its byte order mark) as such, not as « UTF-8 attendu »', async () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(doc('pag'), 'utf16le'), 0x7d]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(doc('pag'), 'utf16le').swap16(), 0x00]);
    const odd = tempTree({ 'le.json': le, 'be.json': be });
    try {
      const fr = await run([join(odd.dir, 'le.json'), join(odd.dir, 'be.json')]);
      expect(fr.entries.map((e) => e.error)).toEqual([
        { code: 'ENCODING', message: expect.stringMatching(new RegExp(`^UTF-16 mal formé \\(petit-boutiste, .*à l’octet ${le.length - 1} \\(fichier tronqué \\?\\)`)) },
        { code: 'ENCODING', message: expect.stringMatching(new RegExp(`^UTF-16 mal formé \\(gros-boutiste, .*à l’octet ${be.length - 1} `)) },
      ]);
      const en = await run([join(odd.dir, 'le.json')], { validateOptions: { lang: 'en' } });
      expect(en.entries[0]!.error!.message).toMatch(/^malformed UTF-16 \(little-endian, .*truncated file\?\)/);
    } finally {
      odd.cleanup();
    }
  });

  it('caps the size of a JSON document and of an NDJSON line', async () => {
    const big = tempTree({ 'big.json': `{"typeDocument":"pag","pad":"${'x'.repeat(3000)}"}`, 'big.ndjson': `${doc('pag')}\n{"pad":"${'x'.repeat(3000)}"}\n${doc('pag')}\n` });
    try {
      const { entries } = await run([join(big.dir, 'big.json'), join(big.dir, 'big.ndjson')], { maxSize: 1024 });
      expect(entries.map((e) => [e.line ?? null, e.error?.code ?? 'ok'])).toEqual([
        [null, 'TOO_LARGE'],
        [1, 'ok'],
        [2, 'TOO_LARGE'],
        [3, 'ok'],
      ]);
      const stdin = await run(['-'], { stdin: chunks('x'.repeat(700), 'x'.repeat(700)), maxSize: 1024 });
      expect(stdin.entries[0]!.error!.code).toBe('TOO_LARGE');
    } finally {
      big.cleanup();
    }
  });

  it('stops an NDJSON file at binary data but goes on with the next input', async () => {
    const bin = tempTree({
      'a.ndjson': new Uint8Array([...new TextEncoder().encode(`${doc('pag')}\n`), 0x00, 0x01, 0x0a, ...new TextEncoder().encode(`${doc('pag')}\n`)]),
      'b.json': doc('pag'),
    });
    try {
      const { entries } = await run([bin.dir]);
      expect(entries.map((e) => [e.path.slice(bin.dir.length + 1), e.line ?? null, e.error?.code ?? 'ok'])).toEqual([
        ['a.ndjson', 1, 'ok'],
        ['a.ndjson', 2, 'BINARY'],
        ['b.json', null, 'ok'],
      ]);
    } finally {
      bin.cleanup();
    }
  });

  it('turns an exception of validate into an INTERNAL error entry', async () => {
    const { entries, exitCode } = await run(['solo.json'], {
      validate: () => {
        throw new TypeError('boom with secret data');
      },
    });
    expect(entries[0]!.error).toEqual({ code: 'INTERNAL', message: 'erreur interne du validateur (TypeError) : merci de la signaler' });
    expect(exitCode).toBe(2);
  });

  it('passes the options to validate', async () => {
    const seen: unknown[] = [];
    await run(['solo.json'], {
      validateOptions: { lang: 'en', numbering: 'cnsa-2018', referenceDate: '2025-01-31' },
      validate: (d, o) => {
        seen.push(o);
        return scriptedValidate(d, o);
      },
    });
    expect(seen).toEqual([{ lang: 'en', numbering: 'cnsa-2018', referenceDate: '2025-01-31' }]);
  });
});
