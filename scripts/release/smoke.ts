/**
 * `pnpm smoke`: the published packages as users get them.
 *
 * 1. Builds every package (`pnpm build`).
 * 2. For each publishable package, checks the file list of `npm pack
 *    --dry-run --json` (no tests, no build state, only the `files` entries,
 *    every declared entry point present), packs it with `pnpm pack` (which
 *    rewrites `workspace:*` into exact versions), checks that the tarball holds
 *    the same files, and that its package.json has no `scripts` field and no
 *    `workspace:` range and otherwise is the repository's, and measures it.
 * 3. Installs all the tarballs with npm into a fresh temporary project (the
 *    third-party dependencies, zod and fast-check, come from the registry).
 * 4. Runs consumers that make a real call of every package and entry point:
 *    ESM (`.mjs`), CommonJS (`.cjs`), TypeScript with `moduleResolution`
 *    `node16` (an ES module and a CommonJS module) and `bundler` — type-checked
 *    against the shipped declarations, then run — and the `serafin` command.
 *    Then, in a second project without zod (a plain `npm install` of the
 *    nomenclature, pag-schema and validators tarballs: zod is an optional peer
 *    of pag-schema, so npm installs none), the validators
 *    in ESM, CommonJS and TypeScript (node16, bundler; `skipLibCheck: false`,
 *    the document types checked not to be `any`).
 * 5. Prints each package's tarball size and the gzipped size of its core entry
 *    (`dist/index.js`, alone and with the chunks it imports).
 *
 * Options: `--skip-build` (use the existing `dist/`), `--keep` (keep the
 * temporary project), `--json <file>` (write the figures).
 *
 * Test de fumée des archives publiées : construction, contenu des archives,
 * installation dans un projet neuf, consommateurs ESM, CJS et TypeScript.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../docs/repo.js';
import { checkPackedFiles, checkPackedManifest } from './pack-check.js';
import { publishablePackages, type PackageManifest, type WorkspacePackage } from './workspace-copy.js';
import { CONSUMERS, NO_ZOD_CONSUMERS, NO_ZOD_PACKAGES } from './smoke-consumers.js';

/** Third-party packages the consumer project installs from the registry. */
export const THIRD_PARTY_DEPENDENCIES = ['zod@4.6.7', 'fast-check@4.10.2', '@types/node@^20.19.0'] as const;

/** Figures of one packed package. */
export interface PackedPackage {
  readonly name: string;
  readonly version: string;
  readonly tarball: string;
  /** Size of the `.tgz` written by `pnpm pack`, in bytes. */
  readonly tarballBytes: number;
  /** Number of files in the tarball. */
  readonly files: number;
  /** `dist/index.js` gzipped (level 9), in bytes. */
  readonly coreEntryGzipBytes: number;
  /** `dist/index.js` and the local chunks it imports statically, gzipped together, in bytes. */
  readonly coreGraphGzipBytes: number;
}

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${r.status}\n${r.stdout}\n${r.stderr}`);
  }
  return r.stdout;
}

/** Files of `npm pack --dry-run --json` in a package folder. */
export function npmPackFiles(pkgDir: string): string[] {
  const out = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], pkgDir);
  const [result] = JSON.parse(out) as [{ files: { path: string }[] }];
  return result.files.map((f) => f.path).sort();
}

/** Files of a tarball (without the leading `package/`). */
export function tarballFiles(tarball: string): string[] {
  return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l !== '' && !l.endsWith('/'))
    .map((l) => l.replace(/^package\//, ''))
    .sort();
}

/** The manifest inside a tarball. */
export function tarballManifest(tarball: string): PackageManifest {
  return JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' })) as PackageManifest;
}

/** Gzipped size of an ES module and the relative modules it imports statically (transitively). */
export function gzipGraphBytes(entry: string): number {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(resolve(dirname(file), m[1] ?? ''));
    }
  };
  visit(entry);
  return gzipSync(Buffer.concat([...seen].sort().map((f) => readFileSync(f))), { level: 9 }).length;
}

/** Packs one package into `dest` after checking its file lists; returns its figures. */
export function packPackage(pkg: WorkspacePackage, dest: string): PackedPackage {
  const dir = join(REPO_ROOT, pkg.dir);
  const { name, version } = pkg.manifest;
  const npmFiles = npmPackFiles(dir);
  const problems = checkPackedFiles(pkg.manifest, npmFiles);
  if (problems.length > 0) throw new Error(`${name}: npm pack --dry-run lists unwanted or missing files:\n  ${problems.join('\n  ')}`);

  const before = new Set(readdirSync(dest));
  run('pnpm', ['pack', '--pack-destination', dest], dir);
  const tgz = readdirSync(dest).find((f) => f.endsWith('.tgz') && !before.has(f));
  if (tgz === undefined) throw new Error(`${name}: pnpm pack wrote no tarball`);
  const tarball = join(dest, tgz);

  const files = tarballFiles(tarball);
  const onlyNpm = npmFiles.filter((f) => !files.includes(f));
  const onlyPnpm = files.filter((f) => !npmFiles.includes(f));
  if (onlyNpm.length + onlyPnpm.length > 0) {
    throw new Error(`${name}: pnpm pack and npm pack disagree: only npm ${JSON.stringify(onlyNpm)}, only pnpm ${JSON.stringify(onlyPnpm)}`);
  }
  // No `scripts` field (.pnpmfile.cjs), every other field as in the repository, workspace ranges written as versions.
  const manifestProblems = checkPackedManifest(pkg.manifest, tarballManifest(tarball));
  if (manifestProblems.length > 0) throw new Error(`${name}: the packed package.json differs:\n  ${manifestProblems.join('\n  ')}`);
  const entry = join(dir, 'dist/index.js');
  return {
    name,
    version,
    tarball,
    tarballBytes: statSync(tarball).size,
    files: files.length,
    coreEntryGzipBytes: gzipSync(readFileSync(entry), { level: 9 }).length,
    coreGraphGzipBytes: gzipGraphBytes(entry),
  };
}

/** Writes the consumer project, installs the tarballs and runs every consumer. */
export function runConsumers(project: string, packed: readonly PackedPackage[]): void {
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'serafin-smoke-consumer', private: true, type: 'module' }, null, 2));
  log(`smoke: npm install ${packed.length} tarballs + ${THIRD_PARTY_DEPENDENCIES.join(', ')}`);
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...packed.map((p) => p.tarball), ...THIRD_PARTY_DEPENDENCIES],
    project,
  );
  for (const [file, content] of Object.entries(CONSUMERS)) {
    mkdirSync(dirname(join(project, file)), { recursive: true });
    writeFileSync(join(project, file), content);
  }
  const tsc = join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
  const node = process.execPath;
  const steps: [string, string, string[]][] = [
    ['ESM consumer (import)', node, ['esm/consumer.mjs']],
    ['CommonJS consumer (require)', node, ['cjs/consumer.cjs']],
    ['ESM consumer, browser condition (the browser builds)', node, ['--conditions=browser', 'esm/consumer.mjs']],
    ['CommonJS consumer, browser condition', node, ['--conditions=browser', 'cjs/consumer.cjs']],
    ['TypeScript, moduleResolution node16 (tsc)', node, [tsc, '-p', 'ts-node16/tsconfig.json']],
    ['TypeScript node16, ES module output', node, ['ts-node16/out/consumer.mjs']],
    ['TypeScript node16, CommonJS output', node, ['ts-node16/out/consumer-cjs.cjs']],
    ['TypeScript, moduleResolution bundler (tsc)', node, [tsc, '-p', 'ts-bundler/tsconfig.json']],
    ['TypeScript bundler, output', node, ['ts-bundler/out/consumer.js']],
    ['serafin --version', node, ['node_modules/@serafin-ph/cli/dist/cli.js', '--version']],
    ['serafin validate (installed examples)', node, ['node_modules/@serafin-ph/cli/dist/cli.js', 'validate', '--quiet', 'node_modules/@serafin-ph/fixtures/data/examples']],
  ];
  for (const [label, command, args] of steps) {
    const out = run(command, args, project).trim();
    log(`smoke: ✓ ${label}${out === '' ? '' : ` — ${out.split('\n').slice(-1)[0]}`}`);
  }
}

/**
 * Installs only the validators and what they depend on, as `npm install
 * @serafin-ph/validators` does (no flag: zod is an optional peer of
 * `@serafin-ph/pag-schema`, for its zod schemas only, so npm installs no zod),
 * checks that no zod was installed, and runs the consumers of
 * {@link NO_ZOD_CONSUMERS}.
 */
export function runConsumersWithoutZod(project: string, packed: readonly PackedPackage[]): void {
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'serafin-smoke-no-zod', private: true, type: 'module' }, null, 2));
  const tarballs = NO_ZOD_PACKAGES.map((name) => {
    const p = packed.find((x) => x.name === name);
    if (p === undefined) throw new Error(`${name} was not packed`);
    return p.tarball;
  });
  log(`smoke: npm install ${NO_ZOD_PACKAGES.join(', ')} + @types/node (no zod asked for)`);
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...tarballs, '@types/node@^20.19.0'], project);
  // npm installs a peer that is not marked optional (peerDependenciesMeta): zod would then be there, and in the lockfile.
  const lock = readFileSync(join(project, 'package-lock.json'), 'utf8');
  if (existsSync(join(project, 'node_modules', 'zod')) || lock.includes('node_modules/zod"')) throw new Error('npm installed zod in the project that did not ask for it');
  copyFileSync(join(REPO_ROOT, 'packages/fixtures/data/examples/pag.json'), join(project, 'example-pag.json'));
  for (const [file, content] of Object.entries(NO_ZOD_CONSUMERS)) {
    mkdirSync(dirname(join(project, file)), { recursive: true });
    writeFileSync(join(project, file), content);
  }
  const tsc = join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
  const node = process.execPath;
  const steps: [string, string[]][] = [
    ['without zod: ESM consumer', ['esm/consumer.mjs']],
    ['without zod: CommonJS consumer', ['cjs/consumer.cjs']],
    ['without zod: TypeScript node16 (tsc, skipLibCheck false)', [tsc, '-p', 'ts-node16/tsconfig.json']],
    ['without zod: TypeScript node16, output', ['ts-node16/out/consumer.mjs']],
    ['without zod: TypeScript bundler (tsc, skipLibCheck false)', [tsc, '-p', 'ts-bundler/tsconfig.json']],
    ['without zod: TypeScript bundler, output', ['ts-bundler/out/consumer.js']],
  ];
  for (const [label, args] of steps) {
    const out = run(node, args, project).trim();
    log(`smoke: ✓ ${label}${out === '' ? '' : ` — ${out.split('\n').slice(-1)[0]}`}`);
  }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** A Markdown table of the figures. */
export function figuresTable(packed: readonly PackedPackage[]): string {
  const rows = packed.map(
    (p) => `| \`${p.name}\` | ${p.version} | ${kb(p.tarballBytes)} | ${p.files} | ${kb(p.coreEntryGzipBytes)} | ${kb(p.coreGraphGzipBytes)} |`,
  );
  return [
    '| package | version | tarball (.tgz) | files | dist/index.js gzipped | with its chunks, gzipped |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function main(argv: readonly string[]): number {
  const keep = argv.includes('--keep');
  const jsonAt = argv.indexOf('--json');
  if (!argv.includes('--skip-build')) {
    log('smoke: pnpm build');
    run('pnpm', ['build'], REPO_ROOT);
  }
  const work = mkdtempSync(join(tmpdir(), 'serafin-smoke-'));
  try {
    const tarballs = join(work, 'tarballs');
    mkdirSync(tarballs);
    const packed = publishablePackages().map((p) => {
      const r = packPackage(p, tarballs);
      log(`smoke: ✓ packed ${r.name} (${r.files} files, ${kb(r.tarballBytes)})`);
      return r;
    });
    runConsumers(join(work, 'consumer'), packed);
    runConsumersWithoutZod(join(work, 'consumer-without-zod'), packed);
    log('');
    log(figuresTable(packed));
    const file = jsonAt >= 0 ? argv[jsonAt + 1] : undefined;
    if (file !== undefined) writeFileSync(resolve(file), `${JSON.stringify(packed.map(({ tarball: _t, ...rest }) => rest), null, 2)}\n`);
    log(`\nsmoke: all consumers passed${keep ? ` (kept in ${work})` : ''}`);
    return 0;
  } catch (error) {
    process.stderr.write(`smoke: FAILED\n${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
