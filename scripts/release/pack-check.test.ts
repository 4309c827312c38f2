import { describe, expect, it } from 'vitest';
import { checkPackedFiles, declaredTargets } from './pack-check.js';
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
