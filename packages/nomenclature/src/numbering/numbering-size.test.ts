/**
 * Import cost of the numbering API, measured by bundling the sources with
 * esbuild (minified, gzipped): evidence texts stay out of the core entry, and
 * `toAns2023` (used by `lookup` and `validateCode`) stays small.
 */
import type { Plugin } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleSource } from '../../test/bundle.js';

/** Replaces the numbering module by the two functions the SERAFIN core needs, as no-ops. */
const withoutNumbering: Plugin = {
  name: 'without-numbering',
  setup(b) {
    b.onResolve({ filter: /numbering\/index\.js$/ }, () => ({ path: 'numbering', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: 'export function toAns2023(){} export function isAmbiguous(){return false}',
      loader: 'js',
    }));
  },
};

describe('numbering import cost', () => {
  it('toAns2023 alone: under 1.2 KB gzipped, no labels, no relations, no evidence', async () => {
    const code = await bundleSource("export { toAns2023 } from './numbering/index.ts';");
    expect(gzipSync(code).length).toBeLessThan(1.2 * 1024);
    expect(code).not.toContain('Accompagnements');
    expect(code).not.toContain('cnsa:1.1.1>ans:1.1');
    expect(code).not.toContain('fiche descriptive');
  });
  it('the whole numbering API, with its CNSA labels and ROR displays, adds at most 2.4 KB gzipped to the core entry, without evidence texts (measured 2.2 KB)', async () => {
    const core = await bundleSource("export * from './index.ts';");
    const without = await bundleSource("export * from './index.ts';", [withoutNumbering]);
    const added = gzipSync(core).length - gzipSync(without).length;
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThan(2.4 * 1024);
    // esbuild escapes non-ASCII characters: the markers are ASCII.
    for (const text of ['fiche descriptive', 'Preuves', 'CNSA 2.2.1.1 (ROR 011) = ANS 2.2.1', 'vdocuments']) expect(core).not.toContain(text);
    // The full ROR entries (libellés courts, dates) are in the ./ror entry only.
    expect(core).not.toContain('2018-05-31T12:00:00+01:00');
    expect(core).not.toContain('TRE_R265_PrestationPilotageSerafin');
  });
  it('the evidence texts are in the ./fhir entry', async () => {
    const code = await bundleSource("export { toFhirConceptMap } from './fhir.ts';");
    expect(code).toContain('CNSA 2.2.1.1 (ROR 011) = ANS 2.2.1');
    expect(code).toContain('vdocuments.net');
    expect(code).toContain('fiche descriptive');
  });
});
