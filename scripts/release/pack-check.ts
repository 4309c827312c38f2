/**
 * What a package tarball may and must contain, checked on the file list of
 * `npm pack --dry-run --json` (and of the tarball `pnpm pack` writes).
 */
import type { PackageManifest } from './workspace-copy.js';

/** Files no tarball may contain. */
export const FORBIDDEN_FILES: readonly RegExp[] = [
  /\.test\.[cm]?[jt]sx?$/, // tests
  /\.test-d\.[cm]?ts$/, // type tests
  /\.spec\.[cm]?[jt]sx?$/,
  /(^|\/)__tests__\//,
  /(^|\/)test\//,
  /\.tsbuildinfo$/, // build state
  /(^|\/)\.tmp/, // scratch files
  /(^|\/)tsconfig(\.[^/]*)?\.json$/,
  /(^|\/)tsup\.config\.[cm]?[jt]s$/,
  /(^|\/)typedoc\.json$/,
  /(^|\/)vitest\.config\.[cm]?[jt]s$/,
  /(^|\/)node_modules\//,
];

/** Files npm always packs, beside the `files` entries. */
const ALWAYS = new Set(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']);

function targets(value: unknown, condition?: string): string[] {
  if (typeof value === 'string') return condition === '@serafin-ph/source' ? [] : [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => targets(v, k));
}

/** Every file (or `*` pattern) the manifest points to: exports (except the source condition), main, module, types, bin. */
export function declaredTargets(manifest: PackageManifest): string[] {
  const m = manifest as Record<string, unknown>;
  const bin = typeof m['bin'] === 'string' ? [m['bin']] : Object.values((m['bin'] ?? {}) as Record<string, string>);
  const all = [...targets(m['exports']), ...['main', 'module', 'types'].flatMap((k) => (typeof m[k] === 'string' ? [m[k] as string] : [])), ...bin];
  return [...new Set(all.map((t) => t.replace(/^\.\//, '')))].sort();
}

/** Problems of a packed file list, or `[]`. */
export function checkPackedFiles(manifest: PackageManifest, files: readonly string[]): string[] {
  const problems: string[] = [];
  const set = new Set(files);
  const roots = new Set(
    ((manifest as Record<string, unknown>)['files'] as string[] | undefined ?? [])
      .filter((f) => !f.startsWith('!'))
      .map((f) => f.replace(/^\.\//, '').replace(/\/$/, '')),
  );
  for (const f of files) {
    if (FORBIDDEN_FILES.some((re) => re.test(f))) problems.push(`forbidden file ${f}`);
    const root = f.split('/')[0] ?? f;
    if (!ALWAYS.has(f) && !roots.has(root) && !roots.has(f)) problems.push(`file outside "files": ${f}`);
  }
  for (const t of declaredTargets(manifest)) {
    if (t.includes('*')) {
      const prefix = t.slice(0, t.indexOf('*'));
      if (!files.some((f) => f.startsWith(prefix))) problems.push(`nothing packed for ${t}`);
    } else if (!set.has(t)) {
      problems.push(`missing ${t} (declared in package.json)`);
    }
  }
  // The sources duplicate dist/ for users: they ship only when source maps point at them. Monorepo scripts never ship.
  if (!files.some((f) => f.endsWith('.map'))) for (const f of files) if (f.startsWith('src/')) problems.push(`source file ${f} without a source map pointing at it`);
  for (const f of files) if (f.startsWith('scripts/')) problems.push(`monorepo script ${f}`);
  for (const required of ['package.json', 'README.md', 'LICENSE']) if (!set.has(required)) problems.push(`missing ${required}`);
  return problems;
}

/** Fields of the repository's manifest that a tarball's manifest leaves out: the monorepo's commands (see `.pnpmfile.cjs`) and pnpm's own settings. */
export const UNPACKED_MANIFEST_FIELDS: readonly string[] = ['scripts', 'packageManager', 'pnpm'];

const DEPENDENCY_FIELDS = new Set(['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']);

/**
 * Problems of the manifest `packed` into a tarball, against the package's
 * manifest `source` in the repository, or `[]`: no `scripts` field (nor
 * pnpm's settings), every other field kept as it is, except `workspace:`
 * ranges, which must be rewritten into versions; nothing added.
 */
export function checkPackedManifest(source: PackageManifest, packed: PackageManifest): string[] {
  const problems: string[] = [];
  const s = source as Record<string, unknown>;
  const p = packed as Record<string, unknown>;
  for (const key of UNPACKED_MANIFEST_FIELDS) if (key in p) problems.push(`packed manifest has "${key}"`);
  for (const key of Object.keys(s)) {
    if (UNPACKED_MANIFEST_FIELDS.includes(key)) continue;
    if (!(key in p)) {
      problems.push(`packed manifest lost "${key}"`);
    } else if (DEPENDENCY_FIELDS.has(key)) {
      const from = s[key] as Record<string, string>;
      const to = p[key] as Record<string, string>;
      const names = [...new Set([...Object.keys(from), ...Object.keys(to)])];
      for (const name of names) {
        const range = from[name];
        const written = to[name];
        if (range === undefined || written === undefined) problems.push(`packed ${key} ${range === undefined ? 'added' : 'lost'} ${name}`);
        else if (range.startsWith('workspace:') ? written.startsWith('workspace:') || written === '' : written !== range)
          problems.push(`packed ${key} ${name} is ${written} (${range} in the repository)`);
      }
    } else if (JSON.stringify(p[key]) !== JSON.stringify(s[key])) {
      problems.push(`packed manifest changed "${key}"`);
    }
  }
  for (const key of Object.keys(p)) if (!(key in s)) problems.push(`packed manifest added "${key}"`);
  return problems;
}
