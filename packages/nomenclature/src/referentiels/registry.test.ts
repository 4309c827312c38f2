import { describe, expect, it } from 'vitest';
import { ALL_REFERENTIELS, findReferentiel, jdvJ408OrientationMs, treR421MotifFinPag, treR66CategorieEtablissement } from '../referentiels.js';

describe('findReferentiel', () => {
  it('finds a list by id, URL or OID', () => {
    expect(findReferentiel('TRE_R421')).toBe(treR421MotifFinPag);
    expect(findReferentiel('https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r421-motif-fin-pag')).toBe(treR421MotifFinPag);
    expect(findReferentiel('1.2.250.1.213.3.3.272')).toBe(treR421MotifFinPag);
    expect(findReferentiel('urn:oid:1.2.250.1.213.3.4.248')).toBe(jdvJ408OrientationMs);
    expect(findReferentiel('1.2.250.1.213.1.6.1.8')).toBe(treR66CategorieEtablissement);
    expect(findReferentiel('TRE_R999')).toBeUndefined();
  });

  it('lists 25 lists (newest versions) with unique ids, URLs and OIDs', () => {
    expect(ALL_REFERENTIELS).toHaveLength(25);
    const ids = ALL_REFERENTIELS.map((l) => l.metadata.id);
    expect(new Set(ids).size).toBe(25);
    expect(new Set(ALL_REFERENTIELS.map((l) => l.metadata.url)).size).toBe(25);
    const oids = ALL_REFERENTIELS.map((l) => l.metadata.oid).filter((o) => o !== null);
    expect(new Set(oids).size).toBe(oids.length);
  });
});
