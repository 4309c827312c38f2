/**
 * A throwaway folder in which the guides' code samples run: its
 * `node_modules` links every workspace package (resolved to its TypeScript
 * sources through the `@serafin-ph/source` export condition) and the few
 * third-party packages a sample may import directly.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from './repo.js';

export { REPO_ROOT };

/** Third-party packages samples may import, and the workspace package that depends on each. */
const THIRD_PARTY: Readonly<Record<string, string>> = {
  zod: 'packages/pag-schema',
  'fast-check': 'packages/fixtures',
  ajv: 'packages/pag-schema',
  '@types/node': '.',
  typescript: '.',
};

/** Names and folders of the workspace packages (`packages/*` with a package.json). */
export function workspacePackages(): { name: string; dir: string }[] {
  const dir = join(REPO_ROOT, 'packages');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'package.json')))
    .map((d) => {
      const pkgDir = join(dir, d.name);
      const { name } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { name: string };
      return { name, dir: pkgDir };
    });
}

/** A sample workspace: its folder and a function that deletes it. */
export interface SampleWorkspace {
  readonly dir: string;
  readonly dispose: () => void;
}

/** Creates a sample workspace in the system's temporary folder. */
export function createSampleWorkspace(): SampleWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'serafin-doc-samples-'));
  const modules = join(dir, 'node_modules');
  for (const { name, dir: pkgDir } of workspacePackages()) {
    const target = join(modules, name);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(pkgDir, target, 'dir');
  }
  for (const [name, owner] of Object.entries(THIRD_PARTY)) {
    const require = createRequire(join(REPO_ROOT, owner, 'package.json'));
    const pkgDir = dirname(require.resolve(`${name}/package.json`));
    const target = join(modules, name);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(pkgDir, target, 'dir');
  }
  // The samples are ES modules (top-level await, `import.meta`).
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'serafin-doc-samples', private: true, type: 'module' }));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
