/**
 * The type tests (`*.test-d.ts`): tsc checks them in a child process, like
 * Vitest's typecheck mode did, but beside the other test files instead of
 * alone after them (Vitest runs its type-check group once every other file
 * has finished: about 8 s with one core idle). Every day the program is the
 * type tests and what they import (`tsconfig.type-tests.json`); the thorough
 * mode checks the whole repository (`tsconfig.json`), as `pnpm typecheck`
 * does. One test per type-test file (no error in it, and it is in the
 * program), one for the rest of the program.
 *
 * Tests de types : tsc les vérifie dans un processus fils, en même temps que
 * les autres fichiers de test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../docs/repo.js';
import { THOROUGH } from './property-runs.js';

/** The type-test files, from the repository root (`packages/*\/src` and `packages/*\/test`). */
function typeTestFiles(): string[] {
  const files: string[] = [];
  for (const pkg of readdirSync(join(REPO_ROOT, 'packages')).sort()) {
    for (const folder of ['src', 'test']) {
      const dir = join(REPO_ROOT, 'packages', pkg, folder);
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) if (f.endsWith('.test-d.ts')) files.push(`packages/${pkg}/${folder}/${f}`);
    }
  }
  return files;
}

const TSCONFIG = THOROUGH ? 'tsconfig.json' : 'tsconfig.type-tests.json';
const files = typeTestFiles();

describe(`type tests (tsc -p ${TSCONFIG})`, () => {
  let listed: Set<string>;
  let errors: { file: string; line: string }[];

  beforeAll(() => {
    const tsc = join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
    const run = spawnSync(process.execPath, [tsc, '-p', TSCONFIG, '--noEmit', '--pretty', 'false', '--listFiles'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const lines = run.stdout.split('\n');
    listed = new Set(lines.filter((l) => l.startsWith('/')).map((l) => relative(REPO_ROOT, resolve(l))));
    errors = lines.flatMap((line) => {
      const m = /^(.+?)\(\d+,\d+\): error TS\d+/.exec(line);
      return m === null ? [] : [{ file: relative(REPO_ROOT, resolve(REPO_ROOT, m[1]!)), line }];
    });
    // An exit status without an error line (tsc crashed, bad configuration) is an error of the program.
    if (run.status !== 0 && errors.length === 0) errors.push({ file: '', line: `tsc exit ${run.status}: ${run.stdout}${run.stderr}`.trim() });
  }, 600_000);

  it('finds the type-test files', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of files) {
    it(`${file}: in the program, no type error`, () => {
      expect(listed.has(file)).toBe(true);
      expect(errors.filter((e) => e.file === file).map((e) => e.line)).toEqual([]);
    });
  }

  it('no type error elsewhere in the program (the sources the type tests import)', () => {
    expect(errors.filter((e) => !files.includes(e.file)).map((e) => e.line)).toEqual([]);
  });
});
