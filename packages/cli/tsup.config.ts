import { defineConfig } from 'tsup';

/**
 * ESM only: the package is first a command (`dist/cli.js`, with its worker
 * `dist/worker.js` for `--jobs`), with a small programmatic API in
 * `dist/index.js`. Node >= 20.19 can `require()` ES modules.
 */
export default defineConfig({
  entry: ['src/index.ts', 'src/cli.ts', 'src/worker.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  target: 'node20',
  platform: 'node',
  treeshake: true,
  splitting: true,
});
