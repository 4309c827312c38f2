/**
 * End-to-end: files as partners send them — Windows-1252 (detected and
 * reported with its line and column, or read on purpose with `--encoding`),
 * UTF-16 without a byte order mark, a JSON array of documents, NDJSON line by
 * line, and the size limit naming its option. The real binary (bundled once,
 * see `built-cli.ts`) and the real validators.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import type { ValidateJsonOutput } from '../src/index.js';
import { buildCli } from './built-cli.js';
import { tempTree } from './helpers.js';

const built = await buildCli();
afterAll(built.dispose);
const EXAMPLE = readFileSync(fileURLToPath(new URL('../../fixtures/data/examples/pag.json', import.meta.url)), 'utf8');

/** Windows-1252 bytes of a text (iconv-lite; the example's ’ becomes 0x92, as Word writes it). */
const toWindows1252 = (text: string): Buffer => iconv.encode(text, 'windows-1252');

const tree = tempTree({
  'pag-windows.json': toWindows1252(EXAMPLE),
  'pag-utf16.json': Buffer.from(EXAMPLE, 'utf16le'),
  'pag-utf16be.json': Buffer.from(EXAMPLE, 'utf16le').swap16(),
  'lot.json': `[${EXAMPLE}, ${EXAMPLE}]`,
  'bom-lines.ndjson': Buffer.concat([Buffer.of(0xef, 0xbb, 0xbf), Buffer.from('{}\n'), Buffer.of(0xef, 0xbb, 0xbf), Buffer.from('{}\n'), Buffer.of(0xef, 0xbb, 0xbf, 0x0a)]),
  'lot.ndjson': Buffer.concat([Buffer.from(`${JSON.stringify(JSON.parse(EXAMPLE))}\n`), toWindows1252(`${JSON.stringify(JSON.parse(EXAMPLE))}\n`)]),
});
afterAll(tree.cleanup);

function serafin(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['SERAFIN_LANG'];
  const r = spawnSync(process.execPath, [built.cli, ...args], { cwd: tree.dir, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const json = (run: { stdout: string }): ValidateJsonOutput => JSON.parse(run.stdout) as ValidateJsonOutput;

/** 1-based line and column (in characters) of the first character outside ASCII. */
function firstNonAscii(text: string): { line: number; column: number } {
  const at = [...text].findIndex((c) => c.codePointAt(0)! > 0x7f);
  const before = [...text].slice(0, at).join('').split('\n');
  return { line: before.length, column: [...before[before.length - 1]!].length + 1 };
}

describe('serafin validate on files as partners send them', () => {
  it('detects a Windows-1252 file and says, in plain French, where and how to convert it', () => {
    const run = serafin('validate', 'pag-windows.json');
    expect(run.code).toBe(2);
    const { line, column } = firstNonAscii(EXAMPLE);
    expect(run.stdout).toContain(
      `ce fichier semble encodé en Windows-1252 (ou Latin-1 : Excel, Word, anciens outils Windows), pas en UTF-8 : premier octet non UTF-8 ligne ${line}, colonne ${column}`,
    );
    expect(run.stdout).toContain('--encoding windows-1252');
    expect(run.stdout).toContain('iconv -f WINDOWS-1252 -t UTF-8');
    const out = json(serafin('validate', '--format', 'json', 'pag-windows.json'));
    expect(out.files[0]!.error).toMatchObject({ code: 'ENCODING', line, column });
  });

  it('reads it on purpose with --encoding windows-1252 or latin1: the same verdict as the UTF-8 original', () => {
    for (const encoding of ['windows-1252', 'latin1']) {
      const run = serafin('validate', '--format', 'json', '--encoding', encoding, 'pag-windows.json');
      const entry = json(run).files[0]!;
      expect(entry.error, encoding).toBeUndefined();
      expect(entry.typeDocument).toBe('pag');
      expect(entry.valid).toBe(true);
    }
    expect(serafin('validate', '--encoding', 'ebcdic', 'pag-windows.json')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--encoding : valeur « ebcdic » invalide (attendu : utf-8, windows-1252, latin1)'),
    });
  });

  it('recognises UTF-16 without a byte order mark (little and big endian), not as binary data', () => {
    for (const file of ['pag-utf16.json', 'pag-utf16be.json']) {
      const entry = json(serafin('validate', '--format', 'json', file)).files[0]!;
      expect(entry.error, file).toBeUndefined();
      expect(entry.valid, file).toBe(true);
    }
  });

  it('says what to do with a JSON array of documents (one per file, or NDJSON), not "must be an object"', () => {
    const run = serafin('validate', 'lot.json');
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('ce fichier est une liste JSON ([ … ]) de 2 éléments, pas un document : mettez un document par fichier, ou écrivez-les en NDJSON');
    expect(run.stdout).toContain("jq -c '.[]' lot.json > lot.ndjson");
    expect(run.stdout).not.toMatch(/objet attendu|must be an object/);
    expect(json(serafin('validate', '--format', 'json', 'lot.json')).files[0]!.error).toMatchObject({ code: 'JSON_ARRAY' });
    expect(serafin('validate', '--lang', 'en', 'lot.json').stdout).toContain('this file is a JSON array ([ … ]) of 2 items, not a document');
  });

  it('checks NDJSON line by line: the Windows-1252 line is reported with its own line number', () => {
    const out = json(serafin('validate', '--format', 'json', 'lot.ndjson'));
    expect(out.files.map((f) => [f.line, f.error?.code ?? 'ok'])).toEqual([
      [1, 'ok'],
      [2, 'ENCODING'],
    ]);
    expect(out.files[1]!.error!.message).toMatch(/^ce fichier semble encodé en Windows-1252 .* ligne 2, colonne \d+/);
    const read = json(serafin('validate', '--format', 'json', '--encoding', 'windows-1252', 'lot.ndjson'));
    expect(read.files.map((f) => f.valid)).toEqual([true, true]);
  });

  it('drops the byte order mark of an NDJSON input, not one further on: U+FEFF is not JSON (as the validator page says); a line of it alone is blank', () => {
    const out = json(serafin('validate', '--format', 'json', '--lang', 'en', 'bom-lines.ndjson'));
    expect(out.files.map((f) => [f.line, f.error?.code ?? 'read'])).toEqual([
      [1, 'read'],
      [2, 'JSON_SYNTAX'],
    ]);
    expect(out.files[1]!.error!.message).toContain('line 2, column 1: unexpected character U+FEFF');
  });

  it('loads iconv-lite only to read a declared --encoding, not to describe a text that is not UTF-8 (modules in the require cache at exit)', () => {
    const probe = join(tree.dir, 'iconv-probe.mjs');
    writeFileSync(
      probe,
      "import { createRequire } from 'node:module';\nconst cache = createRequire(import.meta.url).cache;\nprocess.on('exit', () => process.stderr.write(`iconv=${Object.keys(cache).filter((p) => /[\\\\/]iconv-lite[\\\\/]/.test(p)).length}\\n`));\n",
    );
    const loaded = (...args: string[]): number => {
      const r = spawnSync(process.execPath, ['--import', pathToFileURL(probe).href, built.cli, ...args], { cwd: tree.dir, encoding: 'utf8' });
      return Number(/iconv=(\d+)/.exec(r.stderr)?.[1]);
    };
    expect(loaded('validate', '--quiet', 'pag-utf16.json', 'lot.json')).toBe(0);
    expect(loaded('validate', '--quiet', 'pag-windows.json')).toBe(0); // described from @serafin-ph/validators/bytes
    expect(loaded('validate', '--quiet', '--encoding', 'latin1', 'pag-windows.json')).toBeGreaterThan(0);
  });

  it('names the option that raises the size limit', () => {
    const run = serafin('validate', '--max-size', '0.001', 'pag-utf16.json');
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/fichier trop volumineux .*: la limite est 0,0 Mio par document JSON \(--max-size\)|fichier trop volumineux .*\(--max-size\)/);
  });
});
