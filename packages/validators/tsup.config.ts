import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/pag.ts', 'src/convention.ts', 'src/tableau-derogations.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
});
