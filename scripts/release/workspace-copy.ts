/**
 * Throwaway copies of the repository and the workspace's package manifests,
 * for the release checks (`changeset version` must never run in the real
 * working tree from a test).
 *
 * Copies jetables du dépôt et lecture des manifestes des paquets, pour les
 * contrôles de publication.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '../docs/repo.js';

/** The fields of a package manifest the release checks read. */
export interface PackageManifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
  readonly [key: string]: unknown;
}

/** A workspace package: its folder (relative to the root) and manifest. */
export interface WorkspacePackage {
  readonly dir: string;
  readonly manifest: PackageManifest;
}

/** The packages of `packages/*` under `root`, sorted by folder. */
export function readWorkspacePackages(root: string = REPO_ROOT): WorkspacePackage[] {
  const base = join(root, 'packages');
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(base, d.name, 'package.json')))
    .map((d) => ({
      dir: join('packages', d.name),
      manifest: JSON.parse(readFileSync(join(base, d.name, 'package.json'), 'utf8')) as PackageManifest,
    }))
    .sort((a, b) => a.dir.localeCompare(b.dir));
}

/** The packages that are published (not `private`). */
export function publishablePackages(root: string = REPO_ROOT): WorkspacePackage[] {
  return readWorkspacePackages(root).filter((p) => p.manifest.private !== true);
}

/** Files of the repository to copy: the files git tracks (working-tree content), or everything but build output. */
function trackedFiles(): string[] {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached'], { cwd: REPO_ROOT, encoding: 'utf8' });
    return out.split('\0').filter((f) => f !== '' && existsSync(join(REPO_ROOT, f)));
  } catch {
    const skip = new Set(['node_modules', 'dist', '.git', 'site', 'coverage']);
    const walk = (dir: string): string[] =>
      readdirSync(join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((e) => {
        if (skip.has(e.name)) return [];
        const p = dir === '' ? e.name : join(dir, e.name);
        return e.isDirectory() ? walk(p) : [p];
      });
    return walk('');
  }
}

/** A throwaway copy of the repository. */
export interface RepoCopy {
  readonly dir: string;
  readonly dispose: () => void;
}

/**
 * Copies the repository's tracked files into a temporary folder and links the
 * root `node_modules` (the tools: changesets, TypeScript…) into it, unless
 * `linkNodeModules` is `false` (a copy as fresh as a clone).
 */
export function copyRepository({ linkNodeModules = true }: { linkNodeModules?: boolean } = {}): RepoCopy {
  const dir = mkdtempSync(join(tmpdir(), 'serafin-repo-copy-'));
  for (const file of trackedFiles()) {
    const to = join(dir, file);
    mkdirSync(dirname(to), { recursive: true });
    cpSync(join(REPO_ROOT, file), to);
  }
  if (linkNodeModules) symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
