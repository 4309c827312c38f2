/**
 * The self-contained release tarball of the `serafin` command:
 * `serafin-ph-cli-<version>.tgz`, which `npm install --global
 * ./serafin-ph-cli-<version>.tgz` installs on a machine that cannot reach the
 * packages on npm (before they are published, or behind an administration's
 * proxy). The SDK packages the command needs, its third-party dependencies
 * (iconv-lite), and zod (the peer dependency of `@serafin-ph/pag-schema`), travel inside it as `bundleDependencies`: the
 * install downloads nothing.
 *
 * Usage (after `pnpm build`): `tsx scripts/release/cli-tarball.ts [--out <dir>]
 * [--install] [--prefix <dir>]`. `--install` then runs `npm install --global`
 * on the tarball (into `--prefix` when given, else npm's global prefix).
 *
 * L'archive autonome de la commande `serafin` : les paquets du SDK dont elle a
 * besoin et zod y sont embarqués, l'installation globale ne télécharge rien.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../docs/repo.js';
import { readWorkspacePackages, type PackageManifest } from './workspace-copy.js';

const CLI = '@serafin-ph/cli';
const WIN = process.platform === 'win32';

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, shell: WIN, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** `pnpm pack` of a workspace package (workspace ranges rewritten), extracted into `into`. */
function packInto(dir: string, into: string, scratch: string): PackageManifest {
  const before = new Set(readdirSync(scratch));
  run('pnpm', ['pack', '--pack-destination', scratch], join(REPO_ROOT, dir));
  const tgz = readdirSync(scratch).find((f) => f.endsWith('.tgz') && !before.has(f));
  if (tgz === undefined) throw new Error(`pnpm pack wrote no tarball in ${dir}`);
  mkdirSync(into, { recursive: true });
  execFileSync('tar', ['-xzf', join(scratch, tgz), '-C', into, '--strip-components=1']);
  return JSON.parse(readFileSync(join(into, 'package.json'), 'utf8')) as PackageManifest;
}

/** The `@serafin-ph/*` packages the command needs at run time, transitively. */
function runtimeClosure(): Map<string, string> {
  const byName = new Map(readWorkspacePackages().map((p) => [p.manifest.name, p] as const));
  const needed = new Map<string, string>();
  const visit = (name: string): void => {
    const pkg = byName.get(name);
    if (pkg === undefined || needed.has(name)) return;
    needed.set(name, pkg.dir);
    for (const dep of Object.keys(pkg.manifest.dependencies ?? {})) visit(dep);
  };
  visit(CLI);
  needed.delete(CLI);
  return needed;
}

/**
 * Builds `serafin-ph-cli-<version>.tgz` in `out` from the built packages
 * (`pnpm build` first) and returns its path.
 */
export function buildCliTarball(out: string): string {
  const work = mkdtempSync(join(tmpdir(), 'serafin-cli-tarball-'));
  try {
    const scratch = join(work, 'packs');
    mkdirSync(scratch);
    const stage = join(work, 'package');
    const cli = readWorkspacePackages().find((p) => p.manifest.name === CLI);
    if (cli === undefined) throw new Error(`${CLI} not found in the workspace`);
    if (!existsSync(join(REPO_ROOT, cli.dir, 'dist/cli.js'))) throw new Error(`${CLI} is not built (run pnpm build first)`);
    const manifest = packInto(cli.dir, stage, scratch) as PackageManifest & { dependencies?: Record<string, string> };
    const bundled: string[] = [];
    const dependencies: Record<string, string> = { ...(manifest.dependencies ?? {}) };
    const peers = new Map<string, string>();
    for (const [name, dir] of runtimeClosure()) {
      const packed = packInto(dir, join(stage, 'node_modules', name), scratch);
      dependencies[name] = packed.version;
      bundled.push(name);
      for (const [peer, range] of Object.entries(packed.peerDependencies ?? {})) peers.set(peer, range);
    }
    // third-party dependencies of the command (iconv-lite) and peer dependencies of the bundled
    // packages (zod), with their own dependencies: copied flat from the workspace's install
    const thirdParty = [...Object.keys(manifest.dependencies ?? {}).filter((d) => !d.startsWith('@serafin-ph/')), ...peers.keys()];
    const copied = new Set<string>();
    const copy = (name: string, from: string): void => {
      if (copied.has(name)) return;
      copied.add(name);
      const dir = dirname(realpathSync(createRequire(join(from, 'package.json')).resolve(`${name}/package.json`)));
      cpSync(dir, join(stage, 'node_modules', name), { recursive: true, dereference: true });
      const own = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageManifest;
      dependencies[name] = own.version;
      bundled.push(name);
      for (const dep of Object.keys(own.dependencies ?? {})) copy(dep, dir);
    };
    for (const name of thirdParty.sort()) copy(name, join(REPO_ROOT, peers.has(name) ? 'packages/pag-schema' : cli.dir));
    const { devDependencies: _dev, ...rest } = manifest;
    const final = { ...rest, dependencies, bundleDependencies: bundled.sort() };
    writeFileSync(join(stage, 'package.json'), `${JSON.stringify(final, null, 2)}\n`);
    mkdirSync(out, { recursive: true });
    const [result] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', resolve(out)], stage)) as [{ filename: string }];
    return join(resolve(out), result.filename);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `npm install --global` of the tarball, offline, into `prefix` when given. */
export function installGlobally(tarball: string, prefix?: string): void {
  const args = ['install', '--global', '--offline', '--no-audit', '--no-fund', '--loglevel=error'];
  if (prefix !== undefined) args.push('--prefix', prefix);
  run('npm', [...args, tarball], dirname(tarball));
}

function main(argv: readonly string[]): number {
  const at = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  try {
    const tarball = buildCliTarball(at('--out') ?? join(REPO_ROOT, 'release'));
    process.stdout.write(`${tarball}\n`);
    if (argv.includes('--install')) {
      const prefix = at('--prefix');
      installGlobally(tarball, prefix);
      const where = prefix ?? run('npm', ['prefix', '--global'], REPO_ROOT).trim();
      process.stdout.write(
        `serafin installé dans ${where} — essayez « serafin --help » depuis n'importe quel dossier.\n` +
          `serafin installed in ${where} — try "serafin --help" from any folder.\n`,
      );
    }
    return 0;
  } catch (error) {
    process.stderr.write(`cli-tarball: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
