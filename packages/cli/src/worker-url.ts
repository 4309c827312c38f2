/**
 * Location of the worker module shipped with the package (`dist/worker.js`,
 * or `src/worker.ts` when running from the sources). This file sits at the
 * root of `src/`, and its code at the root of `dist/`, like the worker.
 */
export function bundledWorkerUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);
}
