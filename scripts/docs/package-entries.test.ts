import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageEntries } from './package-entries.js';

describe('packageEntries', () => {
  it('lists the per-document entries of @serafin-ph/validators with their sources, after the main one', () => {
    const validators = packageEntries().filter((e) => e.packageName === '@serafin-ph/validators');
    expect(validators.map((e) => [e.importPath, e.source])).toEqual([
      ['@serafin-ph/validators', 'packages/validators/src/index.ts'],
      ['@serafin-ph/validators/pag', 'packages/validators/src/pag.ts'],
      ['@serafin-ph/validators/convention', 'packages/validators/src/convention.ts'],
      ['@serafin-ph/validators/tableau-derogations', 'packages/validators/src/tableau-derogations.ts'],
      ['@serafin-ph/validators/bytes', 'packages/validators/src/bytes.ts'],
      ['@serafin-ph/validators/suggest', 'packages/validators/src/suggest.ts'],
    ]);
  });

  describe('on a throwaway tree', () => {
    let root: string;
    beforeAll(() => {
      root = mkdtempSync(join(tmpdir(), 'serafin-entries-'));
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const write = (dir: string, pkg: unknown): void => {
      mkdirSync(join(root, 'packages', dir), { recursive: true });
      writeFileSync(join(root, 'packages', dir, 'package.json'), JSON.stringify(pkg));
    };

    it('leaves out data paths, package.json and private packages; refuses a pattern that leads to code', () => {
      write('a', {
        name: '@x/a',
        exports: {
          '.': { '@serafin-ph/source': './src/index.ts' },
          './b': { '@serafin-ph/source': './src/b.ts', import: './dist/b.js' },
          './data/*': './data/*',
          './package.json': './package.json',
        },
      });
      write('p', { name: '@x/p', private: true, exports: { '.': { '@serafin-ph/source': './src/index.ts' } } });
      expect(packageEntries(root).map((e) => e.importPath)).toEqual(['@x/a', '@x/a/b']);
      write('z', { name: '@x/z', exports: { './*': { '@serafin-ph/source': './src/*.ts' } } });
      expect(() => packageEntries(root)).toThrow(/pattern \.\/\* leads to code/);
    });
  });
});
