/**
 * Size budget and tree-shaking of the core entry, measured by bundling the
 * sources with esbuild (minified, gzipped) — sizes, not timings.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleSource } from './bundle.js';


describe('core entry size', () => {
  it('the terminology API (lookup, validateCode, hierarchy, value sets, search) stays under 10 KB gzipped', async () => {
    const code = await bundleSource(
      "export { lookup, validateCode, subsumes, search, parent, children, ancestors, descendants, isLeaf, valueSet, besoins, prestationsDirectes, prestationsIndirectes, isSerafinCode } from './index.ts';",
    );
    expect(gzipSync(code).length).toBeLessThan(10 * 1024);
    expect(code).not.toContain('CODES CIF CORRESPONDANTS');
  });
  it('the whole core entry, numberings and ROR labels included, stays under 12 KB gzipped (measured 11.5 KB)', async () => {
    const code = await bundleSource("export * from './index.ts';");
    expect(gzipSync(code).length).toBeLessThan(12 * 1024);
    // No definition text leaks into the core.
    expect(code).not.toContain('CODES CIF CORRESPONDANTS');
  });
  it('tree-shakes: a guard alone does not pull the ROR list, the value sets or the search', async () => {
    const code = await bundleSource("export { isBesoinCode } from './index.ts';");
    expect(code).not.toContain('Prestations de soins et d');
    expect(code).not.toContain('JDV_J285');
    expect(code).not.toContain('scolarisation');
    expect(gzipSync(code).length).toBeLessThan(2 * 1024);
  });
  it('definitions are reachable through their own entry', async () => {
    const code = await bundleSource("export * from './definitions.ts';");
    expect(code).toContain('CODES CIF CORRESPONDANTS');
  });
});
