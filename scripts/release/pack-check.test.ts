import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../docs/repo.js';
import { checkPackedFiles, checkPackedManifest, declaredTargets } from './pack-check.js';
import { publishablePackages } from './workspace-copy.js';

const manifest = {
  name: '@serafin-ph/example',
  version: '1.0.0',
  main: './dist/index.cjs',
  module: './dist/index.js',
  types: './dist/index.d.cts',
  bin: { example: './dist/cli.js' },
  files: ['dist', 'data'],
  exports: {
    '.': {
      '@serafin-ph/source': './src/index.ts',
      import: { types: './dist/index.d.ts', default: './dist/index.js' },
      require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
    },
    './data/*': './data/*',
    './package.json': './package.json',
  },
};

const good = [
  'package.json',
  'README.md',
  'LICENSE',
  'dist/index.js',
  'dist/index.cjs',
  'dist/index.d.ts',
  'dist/index.d.cts',
  'dist/cli.js',
  'data/list.json',
];

describe('declaredTargets', () => {
  it('lists exports (without the source condition), main, module, types and bin', () => {
    expect(declaredTargets(manifest)).toEqual([
      'data/*',
      'dist/cli.js',
      'dist/index.cjs',
      'dist/index.d.cts',
      'dist/index.d.ts',
      'dist/index.js',
      'package.json',
    ]);
  });

  it('finds the entry points of every real package', () => {
    for (const p of publishablePackages()) expect(declaredTargets(p.manifest), p.manifest.name).toContain('dist/index.js');
  });
});

describe('checkPackedFiles', () => {
  it('accepts a clean file list', () => {
    expect(checkPackedFiles(manifest, good)).toEqual([]);
  });

  it('reports tests, build state, stray files and missing entry points', () => {
    const files = [...good.filter((f) => f !== 'dist/index.d.cts' && f !== 'LICENSE'), 'data/a.test.ts', 'data/b.test-d.ts', 'tsconfig.tsbuildinfo', 'scripts/gen.ts'];
    expect(checkPackedFiles(manifest, files)).toEqual([
      'forbidden file data/a.test.ts',
      'forbidden file data/b.test-d.ts',
      'forbidden file tsconfig.tsbuildinfo',
      'file outside "files": tsconfig.tsbuildinfo',
      'file outside "files": scripts/gen.ts',
      'missing dist/index.d.cts (declared in package.json)',
      'monorepo script scripts/gen.ts',
      'missing LICENSE',
    ]);
  });

  it('refuses src/ duplicates of dist/ unless a source map points at them', () => {
    const withSources = { ...manifest, files: ['dist', 'data', 'src'] };
    expect(checkPackedFiles(withSources, [...good, 'src/index.ts'])).toEqual(['source file src/index.ts without a source map pointing at it']);
    expect(checkPackedFiles(withSources, [...good, 'src/index.ts', 'dist/index.js.map'])).toEqual([]);
  });

  it('requires something behind a pattern export', () => {
    expect(checkPackedFiles(manifest, good.filter((f) => !f.startsWith('data/')))).toEqual(['nothing packed for data/*']);
  });
});

describe('checkPackedManifest', () => {
  const source = {
    ...manifest,
    scripts: { build: 'tsup', 'test:build': 'publint --strict && attw --pack .' },
    dependencies: { '@serafin-ph/nomenclature': 'workspace:*', ajv: '8.20.0' },
    peerDependencies: { zod: '^4.0.0' },
    peerDependenciesMeta: { zod: { optional: true } },
  };
  const { scripts: _scripts, ...rest } = source;
  const packed = { ...rest, dependencies: { '@serafin-ph/nomenclature': '0.3.0', ajv: '8.20.0' } };

  it('accepts the manifest pnpm packs: no scripts, workspace ranges written as versions, the rest as it is', () => {
    expect(checkPackedManifest(source, packed)).toEqual([]);
  });

  it('reports the scripts field, a lost or changed field, a range left or changed, an added field', () => {
    const { peerDependenciesMeta: _meta, ...withoutMeta } = packed;
    expect(
      checkPackedManifest(source, {
        ...withoutMeta,
        scripts: source.scripts,
        exports: {},
        dependencies: { '@serafin-ph/nomenclature': 'workspace:*', ajv: '^8.20.0' },
        readme: '# example',
      }),
    ).toEqual([
      'packed manifest has "scripts"',
      'packed manifest changed "exports"',
      'packed dependencies @serafin-ph/nomenclature is workspace:* (workspace:* in the repository)',
      'packed dependencies ajv is ^8.20.0 (8.20.0 in the repository)',
      'packed manifest lost "peerDependenciesMeta"',
      'packed manifest added "readme"',
    ]);
  });

  it('holds for the manifest pnpm writes into each real tarball (see .pnpmfile.cjs)', () => {
    const pnpmfile = createRequire(import.meta.url)('../../.pnpmfile.cjs') as { hooks: { beforePacking: (m: object) => object } };
    for (const p of publishablePackages()) {
      const written = pnpmfile.hooks.beforePacking(structuredClone(p.manifest)) as typeof p.manifest;
      // pnpm rewrites the workspace ranges itself before the hook runs; the hook only drops the scripts.
      expect(Object.keys(written), p.manifest.name).toEqual(Object.keys(p.manifest).filter((k) => k !== 'scripts'));
      expect(p.manifest.scripts, p.manifest.name).toBeDefined();
    }
  });

  it("pnpm-lock.yaml records the checksum of .pnpmfile.cjs (pnpm install --frozen-lockfile refuses a stale one: run pnpm install after editing the hook)", () => {
    const hook = readFileSync(join(REPO_ROOT, '.pnpmfile.cjs'), 'utf8').split('\r\n').join('\n');
    const checksum = `sha256-${createHash('sha256').update(hook).digest('base64')}`;
    expect(readFileSync(join(REPO_ROOT, 'pnpm-lock.yaml'), 'utf8')).toContain(`\npnpmfileChecksum: ${checksum}\n`);
  });

  it('holds for a tarball pnpm packs (a real pnpm pack of @serafin-ph/pag-schema: no scripts field, the rest kept)', () => {
    const pkg = publishablePackages().find((p) => p.manifest.name === '@serafin-ph/pag-schema');
    if (pkg === undefined) throw new Error('no @serafin-ph/pag-schema');
    const dest = mkdtempSync(join(tmpdir(), 'serafin-pack-check-'));
    try {
      execFileSync('pnpm', ['pack', '--pack-destination', dest], { cwd: join(REPO_ROOT, pkg.dir), stdio: 'pipe' });
      const tgz = readdirSync(dest).find((f) => f.endsWith('.tgz')) ?? '';
      const packed = JSON.parse(execFileSync('tar', ['-xzOf', join(dest, tgz), 'package/package.json'], { encoding: 'utf8' })) as typeof pkg.manifest;
      expect(checkPackedManifest(pkg.manifest, packed)).toEqual([]);
      expect(packed.peerDependenciesMeta).toEqual({ zod: { optional: true } });
    } finally {
      rmSync(dest, { recursive: true, force: true });
    }
  }, 60_000);
});
