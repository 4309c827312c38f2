/**
 * zod is an optional peer of @serafin-ph/pag-schema: its types need no zod,
 * but its main entry loads zod at run time. A published package whose
 * run-time sources import that main entry must therefore bring zod itself
 * (a dependency, or a peer that is not optional, which npm installs): the CLI
 * did not, and `serafin schema`, `migrate`, `nomenclature list` and
 * `--format html` failed with ERR_MODULE_NOT_FOUND after a plain npm install.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const PACKAGES = join(ROOT, 'packages');

interface Manifest {
  readonly name: string;
  readonly private?: boolean;
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

/** The run-time TypeScript sources of a package: src/, without tests and type tests. */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test(-d)?\.tsx?$/.test(f))
    .map((f) => join(dir, f));
}

/** A value import (not `import type`) of the main entry `@serafin-ph/pag-schema`, or `export … from` it. */
const MAIN_ENTRY_IMPORT = /^(?:import|export)\s+(?!type\b)[^;]*?from\s+'@serafin-ph\/pag-schema'/m;

/** The run-time sources of `packages/<dir>` that load pag-schema's main entry. */
function loaders(dir: string): string[] {
  return sources(join(PACKAGES, dir, 'src')).filter((f) => MAIN_ENTRY_IMPORT.test(readFileSync(f, 'utf8')));
}

const packages = readdirSync(PACKAGES)
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(PACKAGES, dir, 'package.json'), 'utf8')) as Manifest }))
  .filter(({ manifest }) => manifest.private !== true && manifest.name !== '@serafin-ph/pag-schema');

describe('zod comes with every package that loads pag-schema’s main entry', () => {
  it('pag-schema keeps zod an optional peer (its types need none)', () => {
    const m = JSON.parse(readFileSync(join(PACKAGES, 'pag-schema', 'package.json'), 'utf8')) as Manifest;
    expect(m.peerDependenciesMeta?.['zod']?.optional).toBe(true);
  });

  it.each(packages.map((p) => [p.manifest.name, p] as const))('%s', (_, { dir, manifest }) => {
    const found = loaders(dir);
    if (found.length === 0) return;
    const bringsZod =
      manifest.dependencies?.['zod'] !== undefined || (manifest.peerDependencies?.['zod'] !== undefined && manifest.peerDependenciesMeta?.['zod']?.optional !== true);
    expect(bringsZod, `${manifest.name} loads @serafin-ph/pag-schema (${found.map((f) => f.slice(ROOT.length)).join(', ')}) but does not bring zod`).toBe(true);
  });

  it('finds the loaders it is meant to find (the CLI’s commands, the fixtures)', () => {
    const cli = loaders('cli');
    expect(cli.map((f) => f.slice(f.lastIndexOf('/') + 1)).sort()).toEqual(expect.arrayContaining(['migrate-command.ts', 'schema-command.ts']));
  });
});
