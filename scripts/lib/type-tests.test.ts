/**
 * The type tests (`*.test-d.ts`): TypeScript checks them beside the other
 * test files instead of alone after them, as Vitest's typecheck mode did
 * (Vitest runs its type-check group once every other file has finished:
 * about 8 s with one core idle). One test per type-test file (no error in it,
 * and it is in the program), one for the rest of the program.
 *
 * Every day the program is the type tests and what they import
 * (`tsconfig.type-tests.json`), built in this process, and its files are
 * checked except the sources that the documentation site build type-checks
 * in the same run (`scripts/docs/build-site.test.ts`): TypeDoc checks every
 * root file of its packages with that package's own `tsconfig.json` (no DOM
 * types, no Node.js types but for the CLI), stricter than this program's
 * (DOM and Node.js types), so checking them here again found nothing more and
 * cost about 5 of 11 CPU-seconds. The thorough mode runs tsc on the whole
 * repository (`tsconfig.json`), as `pnpm typecheck` does.
 *
 * The guides' code samples type-check here too (they run in
 * scripts/docs/code-samples.test.ts), in a program built first: the type
 * tests' program takes from it the package sources both read, parsed and
 * bound once (scripts/lib/shared-source-files.ts).
 *
 * Tests de types : vérifiés en même temps que les autres fichiers de test ;
 * au quotidien sans les sources que la construction du site vérifie déjà, en
 * mode approfondi tout le dépôt.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guideFiles, runnableModule, runnableSamples } from '../docs/code-samples.js';
import { REPO_ROOT } from '../docs/repo.js';
import { createSampleWorkspace } from '../docs/sample-workspace.js';
import { THOROUGH } from './property-runs.js';
import { sharedSourceFilesHost, sourceFileRegistry } from './shared-source-files.js';

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

/** A type error: the file it is in (from the repository root, `''` for the program) and tsc's line. */
interface TypeError {
  readonly file: string;
  readonly line: string;
}

/** What a check found: the files of the program and its type errors. */
interface Checked {
  readonly listed: Set<string>;
  readonly errors: TypeError[];
}

/** A tsconfig's files and options, read as tsc reads them. */
function readConfig(path: string): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(path, undefined, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (parsed === undefined || parsed.errors.length > 0)
    throw new Error(`${path}: ${parsed?.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ') ?? 'unreadable'}`);
  return parsed;
}

/**
 * The files the documentation site's TypeDoc build type-checks: the root
 * files of each package of `typedoc.json` (`entryPoints`), from that
 * package's `tsconfig.json` (absolute paths).
 */
function filesCheckedByTheDocsBuild(): Set<string> {
  const { entryPoints } = JSON.parse(readFileSync(join(REPO_ROOT, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
  return new Set(entryPoints.flatMap((dir) => readConfig(join(REPO_ROOT, dir, 'tsconfig.json')).fileNames.map((f) => resolve(f))));
}

/** tsc's line for a diagnostic (`file(line,col): error TSn: text`). */
function tscLine(d: ts.Diagnostic): string {
  const text = `error TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  if (d.file === undefined) return text;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
  return `${relative(REPO_ROOT, d.file.fileName)}(${line + 1},${character + 1}): ${text}`;
}

/**
 * The source files of the two programs of this file (the guides' samples, then the type tests), parsed and bound once:
 * the second takes from the first the package sources both read (scripts/lib/shared-source-files.ts). Released at the
 * end of the file (the worker process runs other files after it).
 */
let registry: ts.DocumentRegistry | undefined = sourceFileRegistry();
afterAll(() => {
  registry = undefined;
});

/** Every day: the type-test program in this process, without the files the docs build checks. */
function typeTestProgramErrors(): Checked {
  const config = readConfig(join(REPO_ROOT, 'tsconfig.type-tests.json'));
  const options = { ...config.options, noEmit: true };
  const program = ts.createProgram({ rootNames: config.fileNames, options, host: sharedSourceFilesHost(registry!, options) });
  const elsewhere = filesCheckedByTheDocsBuild();
  // The type tests themselves always (the CLI's tsconfig takes in its tests).
  const roots = new Set(config.fileNames.map((f) => resolve(f)));
  const mine = program.getSourceFiles().filter((f) => roots.has(resolve(f.fileName)) || !elsewhere.has(resolve(f.fileName)));
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSyntacticDiagnostics(),
    ...mine.flatMap((f) => [
      ...program.getSemanticDiagnostics(f),
      ...(config.options.declaration === true || config.options.composite === true ? program.getDeclarationDiagnostics(f) : []),
    ]),
  ];
  return {
    listed: new Set(program.getSourceFiles().map((f) => relative(REPO_ROOT, resolve(f.fileName)))),
    errors: diagnostics.map((d) => ({ file: d.file === undefined ? '' : relative(REPO_ROOT, resolve(d.file.fileName)), line: tscLine(d) })),
  };
}

/** Thorough: tsc on the whole repository in a child process, as `pnpm typecheck`. */
function wholeRepositoryErrors(): Checked {
  const tsc = join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit', '--pretty', 'false', '--listFiles'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const lines = run.stdout.split('\n');
  const errors = lines.flatMap((line) => {
    const m = /^(.+?)\(\d+,\d+\): error TS\d+/.exec(line);
    return m === null ? [] : [{ file: relative(REPO_ROOT, resolve(REPO_ROOT, m[1]!)), line }];
  });
  // An exit status without an error line (tsc crashed, bad configuration) is an error of the program.
  if (run.status !== 0 && errors.length === 0) errors.push({ file: '', line: `tsc exit ${run.status}: ${run.stdout}${run.stderr}`.trim() });
  return { listed: new Set(lines.filter((l) => l.startsWith('/')).map((l) => relative(REPO_ROOT, resolve(l)))), errors };
}

// The guides' code samples, run by scripts/docs/code-samples.test.ts, type-check here: their program is built first, and the
// type tests' program below takes the package sources from it.
describe('code samples of the guides type-check', () => {
  it('the TypeScript checker accepts every runnable sample (strict, NodeNext, source condition)', () => {
    const workspace = createSampleWorkspace();
    try {
      const names: string[] = [];
      for (const file of guideFiles()) {
        const name = relative(REPO_ROOT, file).replaceAll('/', '__');
        for (const sample of runnableSamples(readFileSync(file, 'utf8'))) {
          const path = `${name}-${sample.line}.ts`;
          writeFileSync(join(workspace.dir, path), runnableModule(sample).source);
          names.push(path);
        }
      }
      writeFileSync(
        join(workspace.dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            customConditions: ['@serafin-ph/source'],
            strict: true,
            exactOptionalPropertyTypes: true,
            noUncheckedIndexedAccess: true,
            // As the repository's tsconfig.json: the samples' program then reads the package sources as the type tests'
            // program does, and the two share them (the option is one of those the files are parsed and bound with).
            noFallthroughCasesInSwitch: true,
            skipLibCheck: true,
            noEmit: true,
            types: ['node'],
            lib: ['ES2022'],
          },
          files: names,
        }),
      );
      // One program, as `tsc -p` builds it, but only the samples are checked: errors inside the packages'
      // own sources are the packages' business (pnpm typecheck), and the checker reads of them only what
      // the samples use (about a third of the time of a whole `tsc -p`).
      const config = ts.getParsedCommandLineOfConfigFile(join(workspace.dir, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
      expect(config?.errors ?? ['no configuration']).toEqual([]);
      const program = ts.createProgram({ rootNames: config!.fileNames, options: config!.options, host: sharedSourceFilesHost(registry!, config!.options) });
      const samples = program.getRootFileNames().map((f) => program.getSourceFile(f)!);
      expect(samples.map((f) => relative(workspace.dir, f.fileName)).sort()).toEqual([...names].sort());
      const diagnostics = [...program.getOptionsDiagnostics(), ...samples.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)])];
      const sampleErrors = diagnostics.map((d) => {
        const where = d.file === undefined ? '' : `${relative(workspace.dir, d.file.fileName)}(${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}): `;
        return `${where}error TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
      expect(sampleErrors).toEqual([]);
      expect(names.length).toBeGreaterThan(20);
    } finally {
      workspace.dispose();
    }
  }, 120_000);
});

const files = typeTestFiles();

describe(THOROUGH ? 'type tests (tsc -p tsconfig.json)' : 'type tests (tsconfig.type-tests.json, the package sources checked by the docs build)', () => {
  let listed: Set<string>;
  let errors: TypeError[];

  beforeAll(() => {
    ({ listed, errors } = THOROUGH ? wholeRepositoryErrors() : typeTestProgramErrors());
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

describe('the files the docs build type-checks', () => {
  it('are the sources of the seven packages of the site, tests left out but for the CLI', () => {
    const checked = [...filesCheckedByTheDocsBuild()].map((f) => relative(REPO_ROOT, f));
    for (const pkg of ['nomenclature', 'pag-schema', 'validators', 'fhir', 'fixtures', 'cli', 'render']) {
      expect(
        checked.some((f) => f.startsWith(`packages/${pkg}/src/`)),
        pkg,
      ).toBe(true);
    }
    expect(checked.filter((f) => !/^packages\/[a-z-]+\/src\//.test(f) && !f.startsWith('packages/cli/test/'))).toEqual([]);
  });
});
