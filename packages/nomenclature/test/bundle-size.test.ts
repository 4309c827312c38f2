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
  it('the whole core entry, numbering API with its CNSA and ROR labels included, stays under 10 KB gzipped (measured 9.4 KB)', async () => {
    const code = await bundleSource("export * from './index.ts';");
    expect(gzipSync(code).length).toBeLessThan(10 * 1024);
    // No definition text leaks into the core.
    expect(code).not.toContain('CODES CIF CORRESPONDANTS');
    // The ROR lists as published (metadata, libellés courts, dates) are in ./ror.
    expect(code).not.toContain('TRE_R265_PrestationPilotageSerafin');
    expect(code).not.toContain('2018-05-31T12:00:00+01:00');
  });
  it('lookup alone (what a form that shows a label needs) stays under 5 KiB gzipped (measured 4.3 KiB)', async () => {
    const code = await bundleSource("export { lookup } from './index.ts';");
    expect(code).not.toContain('JDV_J285');
    expect(code).not.toContain('CODES CIF CORRESPONDANTS');
    expect(gzipSync(code).length).toBeLessThan(5 * 1024);
  });
  it('the ROR lists are reachable through their own entry, without the terminology API', async () => {
    const code = await bundleSource("export * from './ror.ts';");
    expect(code).toContain('TRE_R265_PrestationPilotageSerafin');
    expect(code).toContain('2018-05-31T12:00:00+01:00');
    expect(code).not.toContain('JDV_J285');
    expect(gzipSync(code).length).toBeLessThan(4 * 1024);
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
