/**
 * Measures, in a fresh process, what importing a module costs (and, for the
 * nomenclature, the first `lookup`, which builds its index): one JSON line.
 */
const specifier = process.argv[2];
if (specifier === undefined) throw new Error('usage: import-timing <specifier>');
const start = performance.now();
const mod = (await import(specifier)) as Record<string, unknown>;
const imported = performance.now();
let firstCall: number | undefined;
const lookup = mod['lookup'];
if (typeof lookup === 'function') {
  const t = performance.now();
  (lookup as (code: string) => unknown)('2.3.4.1');
  firstCall = performance.now() - t;
}
process.stdout.write(`${JSON.stringify({ importMs: imported - start, firstCallMs: firstCall, sinceProcessStartMs: imported })}\n`);
