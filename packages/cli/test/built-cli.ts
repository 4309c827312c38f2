/**
 * One build of the `serafin` binary for a whole end-to-end test file: the
 * sources (with the `@serafin-ph/source` condition, so nothing needs
 * `pnpm build` first) bundled by esbuild the way tsup builds the package —
 * `dist/cli.js` and its worker `dist/worker.js` side by side, next to a copy of
 * `package.json` — in a throwaway folder inside the package (so that
 * `@serafin-ph/pag-schema/schemas/…` resolves as from an installed package).
 *
 * Each run then starts plain Node on one JavaScript file, instead of tsx
 * compiling every module again in every process (several seconds of CPU per
 * run on a 2-core machine).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A built binary: the path of its `cli.js`, and a cleanup that removes the build. */
export interface BuiltCli {
  /** Absolute path of the bundled `dist/cli.js`. */
  readonly cli: string;
  /** Removes the build folder. */
  readonly dispose: () => void;
}

/** Bundles `src/cli.ts` and `src/worker.ts` into a fresh folder under `packages/cli/.tmp/`. */
export async function buildCli(): Promise<BuiltCli> {
  mkdirSync(join(PACKAGE_ROOT, '.tmp'), { recursive: true });
  const root = mkdtempSync(join(PACKAGE_ROOT, '.tmp', 'e2e-'));
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
  return { cli: join(root, 'dist', 'cli.js'), dispose: () => rmSync(root, { recursive: true, force: true }) };
}
