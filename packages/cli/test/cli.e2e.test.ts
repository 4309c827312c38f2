/**
 * End-to-end tests: the real `serafin` binary (its sources bundled once for
 * the whole file by esbuild, see `built-cli.ts`, so no `pnpm build` is
 * needed), the real validators, real files in temporary folders.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { validate } from '@serafin-ph/validators';
import { runValidate, type FileEntry, type ValidateJsonOutput } from '../src/index.js';
import { withFhir } from '../src/validate/fhir-dispatch.js';
import { THOROUGH } from '../../../scripts/lib/property-runs.js';
import { buildCli } from './built-cli.js';
import { peakMemoryProbe, tempTree } from './helpers.js';

const built = await buildCli();
afterAll(built.dispose);
const CLI = built.cli;
const EXAMPLES = fileURLToPath(new URL('../../fixtures/data/examples/', import.meta.url));
const example = (name: string): string => readFileSync(join(EXAMPLES, `${name}.json`), 'utf8');
const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the binary in `cwd` with `args`, optional stdin and extra environment. */
function serafin(args: string[], options: { cwd?: string; stdin?: string | Uint8Array; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
    delete env['FORCE_COLOR'];
    delete env['NO_COLOR'];
    delete env['SERAFIN_LANG'];
    Object.assign(env, options.env);
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? tree.dir, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

const json = (run: Run): ValidateJsonOutput => JSON.parse(run.stdout) as ValidateJsonOutput;

// documents derived from the fixtures' examples
const pag = example('pag');
const convention = example('convention-territoriale');
const tableau = example('tableau-derogations');
const invalidPag = (() => {
  const d = JSON.parse(pag) as Record<string, unknown>;
  delete d['consentement'];
  return JSON.stringify(d, null, 2);
})();
const oneLine = (text: string): string => JSON.stringify(JSON.parse(text));
const malformed = pag.replace(/("typeDocument": "pag",)/, '$1,'); // a second comma right after the first property

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const withBom = new Uint8Array([...BOM, ...new TextEncoder().encode(convention)]);
const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]); // a PNG header
const ndjson = `${oneLine(pag)}\n${oneLine(convention)}\n{"typeDocument": "pag", oops}\n\n${oneLine(invalidPag)}\n${oneLine(tableau)}\n`;

const tree = tempTree({
  'mixed/01-valid-pag.json': pag,
  'mixed/02-invalid-pag.json': invalidPag,
  'mixed/03-malformed.json': malformed,
  'mixed/04-empty.json': '',
  'mixed/05-binary.json': binary,
  'mixed/06-bom.json': withBom,
  'mixed/07-batch.ndjson': ndjson,
  'mixed/sub/08-tableau.json': tableau,
  'mixed/README.txt': 'ignored: not .json',
  'valid/pag.json': pag,
  'valid/convention.json': convention,
  'valid/tableau.json': tableau,
  'valid/batch.jsonl': `${oneLine(pag)}\n${oneLine(tableau)}\n`,
});
afterAll(tree.cleanup);

// where the malformed file breaks: the line of `"typeDocument": "pag",,`, column of the second comma
const malformedLine = malformed.split('\n').findIndex((l) => l.includes('"pag",,')) + 1;
const malformedColumn = malformed.split('\n')[malformedLine - 1]!.indexOf(',,') + 2;

describe.concurrent('serafin validate (end to end)', () => {
  it('exits 0 on the fixtures’ valid examples, with the type detected', async () => {
    const run = await serafin(['validate', '--format', 'json', EXAMPLES]);
    expect(run.code).toBe(0);
    const out = json(run);
    expect(out.files.map((f) => [f.path.slice(EXAMPLES.length), f.typeDocument, f.valid])).toEqual([
      ['convention-territoriale.json', 'convention-territoriale', true],
      ['pag.json', 'pag', true],
      ['tableau-derogations.json', 'tableau-derogations', true],
    ]);
    expect(out.summary).toEqual({ files: 3, documents: 3, valid: 3, invalid: 0, errors: 0, issues: expect.objectContaining({ error: 0 }) });
  });

  it('exits 1 on an invalid document and reports the rule', async () => {
    const run = await serafin(['validate', '--format', 'json', 'valid/pag.json', 'mixed/02-invalid-pag.json']);
    expect(run.code).toBe(1);
    const [ok, bad] = json(run).files;
    expect(ok).toMatchObject({ path: 'valid/pag.json', typeDocument: 'pag', valid: true });
    expect(bad).toMatchObject({ path: 'mixed/02-invalid-pag.json', typeDocument: 'pag', valid: false });
    expect(bad!.issues).toContainEqual(expect.objectContaining({ severity: 'error', path: '/consentement', ruleId: expect.any(String), message: expect.any(String) }));
  });

  it('checks a folder mixing every kind of file, never stopping at a bad one (exit 2)', async () => {
    const run = await serafin(['validate', '--format', 'json', 'mixed']);
    expect(run.code).toBe(2);
    const out = json(run);
    expect(out.files.map((f) => [f.path, f.line ?? null, f.error?.code ?? (f.valid ? 'valid' : 'invalid')])).toEqual([
      ['mixed/01-valid-pag.json', null, 'valid'],
      ['mixed/02-invalid-pag.json', null, 'invalid'],
      ['mixed/03-malformed.json', null, 'JSON_SYNTAX'],
      ['mixed/04-empty.json', null, 'EMPTY'],
      ['mixed/05-binary.json', null, 'BINARY'],
      ['mixed/06-bom.json', null, 'valid'],
      ['mixed/07-batch.ndjson', 1, 'valid'],
      ['mixed/07-batch.ndjson', 2, 'valid'],
      ['mixed/07-batch.ndjson', 3, 'JSON_SYNTAX'],
      ['mixed/07-batch.ndjson', 5, 'invalid'],
      ['mixed/07-batch.ndjson', 6, 'valid'],
      ['mixed/sub/08-tableau.json', null, 'valid'],
    ]);
    expect(out.summary).toMatchObject({ files: 8, documents: 8, valid: 6, invalid: 2, errors: 4 });
    for (const f of out.files) expect(Object.keys(f).slice(0, 4)).toEqual(['path', 'typeDocument', 'valid', 'issues']);
  });

  it('locates malformed JSON by line and column, in a file and in an NDJSON record', async () => {
    const run = await serafin(['validate', '--format', 'json', 'mixed/03-malformed.json', 'mixed/07-batch.ndjson']);
    const files = json(run).files;
    expect(files[0]!.error).toEqual({
      code: 'JSON_SYNTAX',
      message: `JSON mal formé, ligne ${malformedLine}, colonne ${malformedColumn} : caractère inattendu « , » (U+002C)`,
      line: malformedLine,
      column: malformedColumn,
    });
    expect(files[3]).toEqual({
      path: 'mixed/07-batch.ndjson',
      typeDocument: null,
      valid: false,
      issues: [],
      line: 3,
      error: { code: 'JSON_SYNTAX', message: 'JSON mal formé, ligne 3, colonne 25 : caractère inattendu « o » (U+006F)', line: 3, column: 25 },
    });
  });

  it('reports empty and binary files and accepts a byte order mark', async () => {
    const run = await serafin(['validate', '--format', 'json', '--lang', 'en', 'mixed/04-empty.json', 'mixed/05-binary.json', 'mixed/06-bom.json']);
    const [empty, bin, bom] = json(run).files;
    expect(empty!.error).toEqual({ code: 'EMPTY', message: 'empty file' });
    expect(bin!.error).toEqual({ code: 'BINARY', message: 'binary data (NUL byte at offset 8): not a JSON file' });
    expect(bom).toMatchObject({ typeDocument: 'convention-territoriale', valid: true });
    expect(run.code).toBe(2);
  });

  it('reads standard input, as JSON or as NDJSON with --ndjson', async () => {
    const one = await serafin(['validate', '--format', 'json', '-'], { stdin: pag });
    expect(one.code).toBe(0);
    expect(json(one).files).toEqual([expect.objectContaining({ path: '-', typeDocument: 'pag', valid: true })]);
    const many = await serafin(['validate', '--format', 'json', '--ndjson', '-'], { stdin: ndjson });
    expect(many.code).toBe(2);
    expect(json(many).files.map((f) => [f.line, f.error?.code ?? f.valid])).toEqual([
      [1, true],
      [2, true],
      [3, 'JSON_SYNTAX'],
      [5, false],
      [6, true],
    ]);
    const nothing = await serafin(['validate', '-']);
    expect(nothing.code).toBe(2);
    expect(nothing.stdout).toContain('entrée standard vide');
  });

  it('writes well-formed JUnit XML, one testcase per document', async () => {
    const run = await serafin(['validate', '--format', 'junit', 'mixed']);
    expect(run.code).toBe(2);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(run.stdout);
    expect(parsed.testsuites).toMatchObject({ tests: '12', failures: '2', errors: '4' });
    const cases = parsed.testsuites.testsuite.testcase as { name: string; failure?: unknown; error?: { type: string } }[];
    expect(cases).toHaveLength(12);
    expect(cases[2]).toMatchObject({ name: 'mixed/03-malformed.json', error: { type: 'JSON_SYNTAX' } });
    expect(cases[8]).toMatchObject({ name: 'mixed/07-batch.ndjson:3', error: { type: 'JSON_SYNTAX' } });
    expect(cases[1]!.failure).toBeDefined();
  });

  it('prints text with a summary, without colours when not a terminal, with FORCE_COLOR, never with NO_COLOR', async () => {
    const plain = await serafin(['validate', 'valid']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain('\u001b[');
    expect(plain.stdout).toContain('✓ valid/batch.jsonl:1 · pag · valide');
    expect(plain.stdout).toContain('4 fichiers, 5 documents : 5 valides, 0 non valide.');
    const forced = await serafin(['validate', 'valid'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[32m');
    const none = await serafin(['validate', 'valid'], { env: { NO_COLOR: '1' } });
    expect(none.stdout).not.toContain('\u001b[');
    expect(plain.stderr).toBe(''); // no progress line when stderr is not a terminal
  });

  it('in quiet mode prints only the problems', async () => {
    const run = await serafin(['validate', '--quiet', 'mixed']);
    expect(run.code).toBe(2);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .filter((l) => !l.startsWith('    '));
    expect(lines).toEqual([
      expect.stringMatching(/^✗ mixed\/02-invalid-pag\.json · pag · non valide/),
      expect.stringMatching(/^✗ mixed\/03-malformed\.json:\d+:\d+ · JSON mal formé/),
      expect.stringMatching(/^✗ mixed\/04-empty\.json · fichier vide/),
      expect.stringMatching(/^✗ mixed\/05-binary\.json · données binaires/),
      expect.stringMatching(/^✗ mixed\/07-batch\.ndjson:3:25 · JSON mal formé/),
      expect.stringMatching(/^✗ mixed\/07-batch\.ndjson:5 · pag · non valide/),
    ]);
  });

  it('gives the same output with worker threads (--jobs 3) as in one thread', async () => {
    const [single, multi] = await Promise.all([
      serafin(['validate', '--format', 'json', 'mixed', 'valid']),
      serafin(['validate', '--format', 'json', '--jobs', '3', 'mixed', 'valid']),
    ]);
    expect(multi.code).toBe(single.code);
    expect(multi.stdout).toBe(single.stdout);
    expect(json(multi).files).toHaveLength(17);
  });

  it('gives the entries of one thread through the bundled worker (dist/worker.js), files and NDJSON lines sent to it from the start', async () => {
    // With --jobs taking every core the binary keeps small batches and NDJSON in the main thread:
    // this drives the bundled worker directly, whatever the machine's core count.
    const run = async (jobs: number): Promise<FileEntry[]> => {
      const entries: FileEntry[] = [];
      const workerUrl = pathToFileURL(join(dirname(CLI), 'worker.js'));
      await runValidate({
        inputs: ['mixed', 'valid'],
        validate: withFhir(validate),
        jobs,
        workerUrl,
        workersFrom: 1,
        ndjsonWorkersFrom: 0,
        cwd: tree.dir,
        onEntry: (e) => void entries.push(e),
      });
      return entries;
    };
    const [single, multi] = [await run(1), await run(2)];
    expect(multi).toEqual(single);
    expect(single.length).toBeGreaterThan(10);
  });

  it('gives the same text and JUnit reports with --jobs 2, files and standard input alike', async () => {
    for (const args of [
      ['--format', 'junit', 'mixed', 'valid'],
      ['--lang', 'en', 'valid', 'mixed/07-batch.ndjson', 'mixed/03-malformed.json'],
      ['--ndjson', '--format', 'json', '-'],
    ]) {
      const [single, multi] = await Promise.all([serafin(['validate', ...args], { stdin: ndjson }), serafin(['validate', '--jobs', '2', ...args], { stdin: ndjson })]);
      expect(multi.code, args.join(' ')).toBe(single.code);
      expect(multi.stdout.replace(/time="[^"]*"/g, ''), args.join(' ')).toBe(single.stdout.replace(/time="[^"]*"/g, ''));
    }
  });

  it('expands quoted glob patterns and reports a pattern without match', async () => {
    const run = await serafin(['validate', '--format', 'json', 'valid/*.json', '**/*.ndjson', 'nothing/*.json']);
    expect(json(run).files.map((f) => (f.error?.code === 'NO_MATCH' ? `NO_MATCH ${f.path}` : f.path))).toEqual([
      'valid/convention.json',
      'valid/pag.json',
      'valid/tableau.json',
      'mixed/07-batch.ndjson',
      'mixed/07-batch.ndjson',
      'mixed/07-batch.ndjson',
      'mixed/07-batch.ndjson',
      'mixed/07-batch.ndjson',
      'NO_MATCH nothing/*.json',
    ]);
    expect(run.code).toBe(2);
  });

  it('applies --type, --date, --numbering and --lang to the validators', async () => {
    const args = ['validate', '--format', 'json', '--type', 'convention-territoriale', '--date', '2025-06-30', '--numbering', 'ans-2023', 'valid/pag.json'];
    const [fr, en] = await Promise.all([serafin(args), serafin([...args, '--lang', 'en'])]);
    expect(fr.code).toBe(1);
    const [frEntry] = json(fr).files;
    const [enEntry] = json(en).files;
    expect(frEntry!.typeDocument).toBe('convention-territoriale');
    expect(frEntry!.issues.length).toBeGreaterThan(0);
    expect(enEntry!.issues.map((i) => i.ruleId)).toEqual(frEntry!.issues.map((i) => i.ruleId));
    expect(enEntry!.issues.map((i) => i.message)).not.toEqual(frEntry!.issues.map((i) => i.message));
  });

  // 100 MB in the thorough mode, 40 MB every day: either way, reading the input whole would exceed the bounds below
  const megabytes = THOROUGH ? 100 : 40;
  /** Peak resident memory (KiB) of `serafin validate --quiet --ndjson -` fed `lines` copies of `line` through stdin, written by a preloaded module at exit. */
  const peak = async (line: string, lines: number): Promise<number> => {
    const probe = peakMemoryProbe(tree.dir);
    const child = spawn(process.execPath, ['--import', probe.importUrl, CLI, 'validate', '--quiet', '--ndjson', '-'], { cwd: tree.dir });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const block = line.repeat(64);
    for (let i = 0; i < lines; i += 64) {
      if (!child.stdin.write(i + 64 <= lines ? block : line.repeat(lines - i))) await new Promise((resolve) => child.stdin.once('drain', resolve));
    }
    child.stdin.end();
    expect(await closed).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe('');
    return probe.read();
  };
  const linesFor = (line: string): number => Math.ceil((megabytes * 1024 * 1024) / line.length);

  it(`streams a large NDJSON input with bounded memory (${megabytes} MB of PAGs through stdin, peak memory measured)`, async () => {
    const line = `${oneLine(pag)}\n`;
    const small = await peak(line, 10);
    const big = await peak(line, linesFor(line));
    // reading 40 MB whole would add more than 120 MB (bytes + string), 100 MB more than 300 MB; streaming adds the
    // young generation and the optimised code, the same for any length: 29 MB on 40 MB, 30 MB on 100 MB (measured
    // on 2026-12-02; 99 MB on 100 MB before PAG-CODES-007 stopped translating every code of every document)
    expect(big - small).toBeLessThan(60 * 1024);
  }, 120_000);

  it(`streams FHIR bulk NDJSON with bounded memory (${megabytes} MB of the ANS TDDUI example resources, peak memory measured)`, async () => {
    // one resource per line, as FHIR bulk data: the entries of the ANS example Bundle and the other ANS examples
    const dir = fileURLToPath(new URL('../../fhir/test/ans-examples/', import.meta.url));
    const resources: unknown[] = [];
    for (const name of [
      'Bundle-tddui-bundle-example',
      'Questionnaire-tddui-questionnaire-serafin',
      'QuestionnaireResponse-tddui-questionnaire-response-serafin-precision-example',
      'Task-tddui-task-transport-usager-example',
    ]) {
      const resource = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as { resourceType: string; entry?: { resource: unknown }[] };
      if (resource.resourceType === 'Bundle') resources.push(...(resource.entry ?? []).map((e) => e.resource));
      else resources.push(resource);
    }
    const cycle = resources.map((r) => `${JSON.stringify(r)}\n`).join('');
    const small = await peak(cycle, 1);
    const big = await peak(cycle, linesFor(cycle));
    // 1 GiB of these lines through the source CLI: 159 MB peak, against 157 MB for 100 MB and 135 MB for one file
    // (measured on 2026-12-02): the FHIR path holds one batch of lines at a time
    expect(big - small).toBeLessThan((THOROUGH ? 150 : 80) * 1024);
  }, 120_000);

  it('rejects bad usage with exit 2', async () => {
    const run = await serafin(['validate', '--format', 'yaml', 'valid']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format : valeur « yaml » invalide');
    expect((await serafin(['validate'])).code).toBe(2);
  });
});

/** The files of the bundled binary that `file` loads before it runs (its static imports, followed; not its dynamic `import()`s). */
function loadedAtStart(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const m of readFileSync(file, 'utf8').matchAll(/\bfrom\s*"(\.\/[^"]+)"|\bimport\s*"(\.\/[^"]+)"/g)) loadedAtStart(join(dirname(file), (m[1] ?? m[2])!), seen);
  return seen;
}

describe.concurrent('serafin (other commands, end to end)', () => {
  it('loads the checks only for the commands that validate: not to print its version or help, nor to look a code up', () => {
    const modules = (entry: string): string => [...loadedAtStart(entry)].map((f) => readFileSync(f, 'utf8')).join('\n');
    const atStart = modules(CLI);
    // esbuild names each bundled source file in a comment: the binary's own start-up files are there, the checks are not.
    expect(atStart).toMatch(/\/\/ packages\/cli\/src\/main\.ts/);
    expect(atStart).toMatch(/\/\/ packages\/validators\/src\/suggest\.ts/);
    expect(atStart).not.toMatch(/validators\/src\/(engine|validate)\.ts/);
    expect(atStart).not.toMatch(/validators\/src\/generated\//);
    expect(atStart).not.toMatch(/nomenclature\/src\/generated\/referentiels\//);
    const nomenclature = readdirSync(dirname(CLI)).find((f) => f.startsWith('nomenclature-command-'));
    expect(nomenclature).toBeDefined();
    const lookupModules = modules(join(dirname(CLI), nomenclature!));
    expect(lookupModules).toMatch(/nomenclature\/src\/generated\/referentiels\//);
    expect(lookupModules).not.toMatch(/validators\/src\/generated\//);
  });

  it('prints its version and help', async () => {
    expect(await serafin(['--version'])).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
    const help = await serafin(['validate', '--help', '--lang', 'en']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes:');
  });

  it('looks up, searches and translates codes', async () => {
    const lookup = await serafin(['nomenclature', 'lookup', '2.2.1.1', '--numbering', 'cnsa-2018', '--format', 'json']);
    expect(lookup.code).toBe(0);
    expect(JSON.parse(lookup.stdout)).toMatchObject({ code: '2.2.1', branch: 'prestations-directes' });
    expect((await serafin(['nomenclature', 'lookup', '9.9.9'])).code).toBe(1);
    const search = await serafin(['nomenclature', 'search', 'scolarite', '--list', 'SERAFIN-PH', '--limit', '2', '--format', 'json']);
    expect(JSON.parse(search.stdout).map((h: { code: string }) => h.code)).toEqual(['1.3.3.1', '2.3.3.1']);
    const translate = await serafin(['nomenclature', 'translate', '2.2.1.2', '--from', 'cnsa-2018', '--to', 'ans-2023']);
    expect(translate).toMatchObject({ code: 0, stdout: expect.stringContaining('2.2.2  équivalent') });
  });

  it('exports FHIR resources as JSON', async () => {
    const cs = JSON.parse((await serafin(['nomenclature', 'export', 'code-system'])).stdout);
    expect(cs.resourceType).toBe('CodeSystem');
    const vs = JSON.parse((await serafin(['nomenclature', 'export', 'value-set', 'J284'])).stdout);
    expect(vs.resourceType).toBe('ValueSet');
    const cm = JSON.parse((await serafin(['nomenclature', 'export', 'concept-map', 'cnsa-2018', 'ans-2023'])).stdout);
    expect(cm.resourceType).toBe('ConceptMap');
  });

  it('prints the published JSON Schemas byte for byte', async () => {
    for (const type of ['pag', 'convention-territoriale', 'tableau-derogations']) {
      const run = await serafin(['schema', type]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(readFileSync(new URL(`../../pag-schema/schemas/${type}.schema.json`, import.meta.url), 'utf8'));
    }
  });
});
