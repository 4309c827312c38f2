/**
 * One build of the `serafin` binary for the end-to-end test files: the
 * sources (with the `@serafin-ph/source` condition, so nothing needs
 * `pnpm build` first) bundled by esbuild the way tsup builds the package —
 * `dist/cli.js` and its worker `dist/worker.js` side by side, next to a copy of
 * `package.json` — in a throwaway folder inside the package (so that
 * `@serafin-ph/pag-schema/schemas/…` resolves as from an installed package).
 *
 * Each run then starts plain Node on one JavaScript file, instead of tsx
 * compiling every module again in every process (several seconds of CPU per
 * run on a 2-core machine).
 *
 * The build is made once per test process and shared by every end-to-end
 * file that process runs (Vitest runs the files without isolation, each worker
 * keeps its modules): `dispose()` of a file leaves it in place, the process
 * removes it when it exits, and a build left by a process that no longer runs
 * (Vitest stops its workers with SIGTERM, before their exit handlers) is
 * removed at the end of the run (`removeStaleBuilds`, a Vitest global
 * teardown) or by the next build.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A built binary: the path of its `cli.js`, and the cleanup a test file calls when done. */
export interface BuiltCli {
  /** Absolute path of the bundled `dist/cli.js`. */
  readonly cli: string;
  /** Kept for the test files' `afterAll`: the shared build is removed when the process exits. */
  readonly dispose: () => void;
}

/** Whether a process of this id runs. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** This process's build, once started. */
let shared: Promise<string> | undefined;

/**
 * The bundled `serafin` binary of this process, built on the first call
 * (`src/cli.ts` and `src/worker.ts` into a folder under `packages/cli/.tmp/`).
 */
export async function buildCli(): Promise<BuiltCli> {
  shared ??= bundle();
  return { cli: await shared, dispose: () => {} };
}

/** The parent of a process (Linux `/proc`), or `undefined` when it cannot be read. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/**
 * Removes the builds of processes that no longer run and, with `ofChildren`
 * (the end of a Vitest run, in its main process), those of this process's
 * own children, the workers about to be stopped.
 */
export function removeStaleBuilds(ofChildren = false): void {
  const tmp = join(PACKAGE_ROOT, '.tmp');
  if (!existsSync(tmp)) return;
  for (const name of readdirSync(tmp)) {
    const pid = Number(/^e2e-(\d+)-/.exec(name)?.[1] ?? Number.NaN);
    if (Number.isNaN(pid)) continue;
    if (!running(pid) || (ofChildren && parentOf(pid) === process.pid)) rmSync(join(tmp, name), { recursive: true, force: true });
  }
}

async function bundle(): Promise<string> {
  const tmp = join(PACKAGE_ROOT, '.tmp');
  mkdirSync(tmp, { recursive: true });
  removeStaleBuilds();
  const root = mkdtempSync(join(tmp, `e2e-${process.pid}-`));
  process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  copyFileSync(join(PACKAGE_ROOT, 'package.json'), join(root, 'package.json'));
  await build({
    entryPoints: [join(PACKAGE_ROOT, 'src/cli.ts'), join(PACKAGE_ROOT, 'src/worker.ts')],
    outdir: join(root, 'dist'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    conditions: ['@serafin-ph/source'],
    // third-party CommonJS dependencies stay external, as tsup leaves them (resolved from packages/cli/node_modules)
    external: ['iconv-lite'],
    logLevel: 'silent',
  });
  return join(root, 'dist', 'cli.js');
}
