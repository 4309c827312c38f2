/**
 * Test helper: bundles a snippet of the package sources with esbuild
 * (minified ESM, platform-neutral) and returns the code, so tests can assert
 * sizes and what tree-shaking keeps — sizes, never timings.
 */
import { build, type Plugin } from 'esbuild';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';

/** Bundles `contents`, resolved from `src/`, and returns the minified code. */
export async function bundleSource(contents: string, plugins: Plugin[] = []): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: join(packageRoot, 'src'), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
    plugins,
  });
  return result.outputFiles[0]?.text ?? '';
}
