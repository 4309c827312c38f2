/**
 * An independent reading of the pending changesets: what `changeset version`
 * must produce (versions of every package, dependents bumped), computed here
 * without the changesets libraries so that the release check compares two
 * implementations.
 *
 * Lecture indépendante des changesets en attente : les versions que
 * `changeset version` doit produire.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkspacePackage } from './workspace-copy.js';

/** A semver bump. */
export type Bump = 'patch' | 'minor' | 'major';

const RANK: Readonly<Record<Bump, number>> = { patch: 0, minor: 1, major: 2 };

/** One changeset file: the bump of each package it names, and its summary. */
export interface Changeset {
  readonly file: string;
  readonly releases: ReadonlyMap<string, Bump>;
  readonly summary: string;
}

/**
 * Parses a changeset file (YAML-like front matter of `"name": bump` lines, then Markdown). The front
 * matter may be empty (`---` then `---`, what `changeset --empty` writes): a change that releases no
 * package, such as one to the private validator page.
 */
export function parseChangeset(file: string, text: string): Changeset {
  const m = /^---\r?\n(?:([\s\S]*?)\r?\n)?---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: no front matter`);
  const releases = new Map<string, Bump>();
  for (const line of (m[1] ?? '').split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const r = /^\s*["']?([^"':]+)["']?\s*:\s*(patch|minor|major)\s*$/.exec(line);
    if (!r) throw new Error(`${file}: cannot read "${line}"`);
    releases.set(r[1] ?? '', r[2] as Bump);
  }
  return { file, releases, summary: (m[2] ?? '').trim() };
}

/** The pending changesets of a repository (`.changeset/*.md` except the README). */
export function pendingChangesets(root: string): Changeset[] {
  const dir = join(root, '.changeset');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((f) => parseChangeset(f, readFileSync(join(dir, f), 'utf8')));
}

/** `version` raised by `bump` (plain `x.y.z` versions). */
export function incVersion(version: string, bump: Bump): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m) throw new Error(`unsupported version ${version}`);
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/**
 * The version every package must have after `changeset version`: the highest
 * bump any changeset asks for; and, with `updateInternalDependencies:
 * "patch"` and `workspace:` ranges, at least a patch for every package whose
 * runtime or peer dependency is released (transitively). Private packages and
 * devDependencies do not propagate.
 */
export function expectedVersions(packages: readonly WorkspacePackage[], changesets: readonly Changeset[]): Map<string, string> {
  const bumps = new Map<string, Bump>();
  const raise = (name: string, bump: Bump): boolean => {
    const current = bumps.get(name);
    if (current !== undefined && RANK[current] >= RANK[bump]) return false;
    bumps.set(name, bump);
    return true;
  };
  const names = new Set(packages.map((p) => p.manifest.name));
  for (const cs of changesets) {
    for (const [name, bump] of cs.releases) {
      if (!names.has(name)) throw new Error(`${cs.file}: unknown package ${name}`);
      raise(name, bump);
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const p of packages) {
      if (p.manifest.private === true) continue;
      const deps = { ...p.manifest.dependencies, ...p.manifest.peerDependencies };
      if (Object.keys(deps).some((d) => bumps.has(d)) && raise(p.manifest.name, 'patch')) changed = true;
    }
  }
  return new Map(packages.map((p) => {
    const bump = bumps.get(p.manifest.name);
    return [p.manifest.name, bump === undefined ? p.manifest.version : incVersion(p.manifest.version, bump)];
  }));
}
