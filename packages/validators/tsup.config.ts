import { defineConfig } from 'tsup';

const entry = ['src/index.ts', 'src/pag.ts', 'src/convention.ts', 'src/tableau-derogations.ts', 'src/bytes.ts', 'src/suggest.ts'];

export default defineConfig([
  // Node and the default condition: the generated fast structural checks. `dist/browser` is the other build's.
  { entry, format: ['esm', 'cjs'], splitting: true, dts: true, clean: ['!browser/**'], target: 'es2022', treeshake: true },
  // The `browser` condition: esbuild resolves the package's `imports` (`#pag-structure`…) to their size-first
  // form, whose fast verdict is read from the validation table (same answers; the declarations are the build's above).
  // ES modules only: a `require()` under `browser` (Jest's jsdom environment) gets the CommonJS build above (package.json).
  { entry, outDir: 'dist/browser', format: ['esm'], dts: false, clean: true, target: 'es2022', treeshake: true, platform: 'browser' },
]);
