/**
 * Tree-shaking of the `referentiels` entry, measured by bundling the sources
 * with esbuild (minified): importing one list must not pull the others.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleSource } from '../../test/bundle.js';

describe('referentiels entry tree-shaking', () => {
  it('one list keeps its own data and drops the others', async () => {
    const code = await bundleSource("export { treR421MotifFinPag, isTreR421Code } from './referentiels.ts';");
    expect(code).toContain('Coordination effective sans recours au PAG');
    for (const foreign of [
      'Hospitalisation kangourou',
      'Personnes Handicap',
      'Mandataire de sauvegarde',
      'SESSAD polyvalent',
      'CURATELLE_SIMPLE',
      'tre-r66-categorie',
      'AAH et CPR',
    ]) {
      expect(code, foreign).not.toContain(foreign);
    }
    // measured 2026-11-23: about 2.9 KB gzipped; the whole entry about 35 KB (API + one list with its metadata)
    expect(gzipSync(code).length).toBeLessThan(5 * 1024);
  });

  it('a code tuple alone does not pull the runtime API', async () => {
    const code = await bundleSource("export { TRE_R420_CODES } from './referentiels.ts';");
    expect(code).toContain('5.10');
    expect(code).not.toContain('Code inconnu');
    expect(code).not.toContain('AAH et CPR');
  });

  it('the registry pulls every list', async () => {
    const code = await bundleSource("export { findReferentiel } from './referentiels.ts';");
    for (const s of ['Hospitalisation kangourou', 'Personnes Handicap', 'Mandataire de sauvegarde', 'CURATELLE_SIMPLE', 'tre-r66-categorie']) expect(code).toContain(s);
  });
});
