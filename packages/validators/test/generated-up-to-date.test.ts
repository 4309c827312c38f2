import { describe, expect, it } from 'vitest';
import { runGenerators, staleGeneratedFiles } from '../../../scripts/lib/generated-files.js';
import { generators, packageRoot } from '../scripts/generators/index.js';

describe('generated files of @serafin-ph/validators', () => {
  const files = runGenerators(generators);

  it('are up to date with the published schemas and the rule definitions (run `pnpm generate` if this fails)', () => {
    expect(files.map((f) => f.path)).toContain('src/generated/structure/pag-checks.ts');
    expect(files.map((f) => f.path)).toContain('../../docs/reference/regles.md');
    expect(staleGeneratedFiles(packageRoot, files)).toEqual([]);
  });

  it('TypeScript modules start with the generated-file banner', () => {
    for (const f of files) {
      if (f.path.endsWith('.ts')) expect(f.content.startsWith('/*\n * GENERATED FILE, DO NOT EDIT.')).toBe(true);
    }
  });

  it('the generated structural checks contain no require() and no code generation', () => {
    for (const f of files.filter((x) => x.path.startsWith('src/generated/structure/'))) {
      expect(f.content).not.toMatch(/\brequire\s*\(/);
      expect(f.content).not.toMatch(/new Function|\beval\s*\(/);
    }
  });
});
