import { describe, expect, it } from 'vitest';
import { runGenerators, staleGeneratedFiles } from '../../../scripts/lib/generated-files.js';
import { generators } from '../scripts/generators/index.js';
import { packageRoot } from './package-root.js';

describe('generated modules', () => {
  it('are up to date with the data (run `pnpm generate` if this fails)', () => {
    const files = runGenerators(generators);
    expect(files.length).toBeGreaterThan(5);
    expect(staleGeneratedFiles(packageRoot, files)).toEqual([]);
  });
  it('all start with the generated-file banner', () => {
    for (const f of runGenerators(generators)) {
      if (f.path.endsWith('.ts')) expect(f.content.startsWith('/*\n * GENERATED FILE, DO NOT EDIT.')).toBe(true);
    }
  });
});
