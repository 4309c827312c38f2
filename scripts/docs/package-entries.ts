/**
 * The public entry points of the packages, as their `package.json` `exports`
 * declare them: each import path that leads to code (a `@serafin-ph/source`
 * TypeScript file), `@serafin-ph/validators/pag` as much as
 * `@serafin-ph/validators`. The data paths (`./data/*`, `./schemas/*`) and
 * `./package.json` are files, not APIs: the site documents the others, one
 * module page each, named like its import path.
 *
 * Les points d'entrée publics des paquets, tels que les déclare le champ
 * `exports` de chaque `package.json` : chacun a sa page de module sur le site.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './repo.js';

/** One public entry point of a package. */
export interface PackageEntry {
  /** The package name (`@serafin-ph/validators`). */
  readonly packageName: string;
  /** The subpath in `exports` (`.`, `./pag`). */
  readonly subpath: string;
  /** The import path (`@serafin-ph/validators`, `@serafin-ph/validators/pag`). */
  readonly importPath: string;
  /** The TypeScript source of the entry, relative to the repository root. */
  readonly source: string;
}

/** The TypeScript source an `exports` target leads to under the `@serafin-ph/source` condition, if any. */
function sourceOf(target: unknown): string | undefined {
  if (typeof target !== 'object' || target === null) return undefined;
  const source = (target as Record<string, unknown>)['@serafin-ph/source'];
  return typeof source === 'string' && source.endsWith('.ts') ? source : undefined;
}

/**
 * Every code entry point of the packages under `packages/` of `root` that
 * are published (not `private`), in package then `exports` order. Throws
 * when a subpath with a pattern (`*`) leads to code: such an entry has no
 * single module to document.
 */
export function packageEntries(root: string = REPO_ROOT): PackageEntry[] {
  const out: PackageEntry[] = [];
  const packagesDir = join(root, 'packages');
  for (const dir of readdirSync(packagesDir).sort()) {
    const file = join(packagesDir, dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name: string; private?: boolean; exports?: Record<string, unknown> };
    if (pkg.private === true || pkg.exports === undefined) continue;
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      const source = sourceOf(target);
      if (source === undefined) continue;
      if (subpath.includes('*')) throw new Error(`${pkg.name}: the pattern ${subpath} leads to code (${source})`);
      const importPath = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.replace(/^\.\//, '')}`;
      out.push({ packageName: pkg.name, subpath, importPath, source: join('packages', dir, source.replace(/^\.\//, '')) });
    }
  }
  return out;
}
