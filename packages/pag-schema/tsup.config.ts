import { defineConfig } from 'tsup';

// Two builds, one per entry: the declaration bundler (rollup-plugin-dts) turns
// a namespace of pure re-exports that lives in a shared chunk
// (`TableauDerogationsTypes` of `/types`) into `declare const X: typeof X`,
// which is not valid for types. Built apart, each entry's declarations are
// self-contained. `dist/` is emptied by the build script, not by tsup, so the
// two builds cannot remove each other's files.
const common = { format: ['esm', 'cjs'], dts: true, clean: false, target: 'es2022', treeshake: true } as const;

export default defineConfig([
  { ...common, entry: ['src/index.ts'] },
  { ...common, entry: ['src/types.ts'] },
]);
