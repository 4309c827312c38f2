import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, schemaId } from '../version.js';
import { migrate } from './migrate.js';
import { downgradePag, pag11Only } from './pag.js';
import { downgradeTableauDerogations, tableauDerogations11Only } from './tableau-derogations.js';

const base = (demande: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  $schema: schemaId('pag', '1.0.0'),
  typeDocument: 'pag',
  versionSchema: '1.0.0',
  identifiant: 'PAG-1',
  demande: { natureDemande: 'premiere-demande', ...demande, declencheurs: [], concertations: [] },
  ...extra,
});

describe('migrate', () => {
  it('rewrites origine into demandeur at the same place, bumps versionSchema and a 1.0.0 $schema, and leaves the input untouched', () => {
    const input = base({ origine: 'personne' });
    const before = JSON.stringify(input);
    const r = migrate(input);
    expect(JSON.stringify(input)).toBe(before);
    if (!r.ok) throw new Error(r.fr);
    expect(r.from).toBe('1.0.0');
    expect(r.to).toBe(SCHEMA_VERSION);
    expect(r.document['versionSchema']).toBe(SCHEMA_VERSION);
    expect(r.document['$schema']).toBe(schemaId('pag'));
    expect(Object.keys(r.document['demande'] as object)).toEqual(['natureDemande', 'demandeur', 'declencheurs', 'concertations']);
    expect(r.changes.map((c) => c.path)).toEqual(['/versionSchema', '/$schema', '/demande/demandeur']);
    const again = migrate(r.document);
    expect(again.ok && again.changes).toEqual([]);
  });

  it('reads a Comex priority as a proposal of the team, keeping the priority; without the priority, leaves origine as is', () => {
    const withPriority = migrate(base({ origine: 'priorite-comex', prioriteComex: { categorie: 'ase-pjj', libelle: 'ASE' } }));
    expect(withPriority.ok && withPriority.document['demande']).toMatchObject({ demandeur: 'equipe-pluridisciplinaire', prioriteComex: { categorie: 'ase-pjj' } });
    const without = migrate(base({ origine: 'priorite-comex' }));
    expect(without.ok && without.document['demande']).toMatchObject({ origine: 'priorite-comex' });
    expect(without.ok && without.changes.map((c) => c.path)).toContain('/demande/origine');
  });

  it('keeps a $schema that is not the 1.0.0 address, and a __proto__ member as a plain member', () => {
    const input = JSON.parse('{"$schema":"./local.json","typeDocument":"tableau-derogations","versionSchema":"1.0.0","__proto__":{"x":1}}') as unknown;
    const r = migrate(input);
    if (!r.ok) throw new Error(r.fr);
    expect(r.document['$schema']).toBe('./local.json');
    expect(Object.keys(r.document)).toContain('__proto__');
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('never throws and says what is wrong', () => {
    for (const [value, code] of [
      [null, 'not-an-object'],
      [[1], 'not-an-object'],
      ['{}', 'not-an-object'],
      [{ typeDocument: 'facture', versionSchema: '1.0.0' }, 'unknown-type'],
      [{ typeDocument: 'pag', versionSchema: '2.0.0' }, 'unknown-version'],
      [{ typeDocument: 'pag' }, 'unknown-version'],
    ] as const) {
      const r = migrate(value);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe(code);
        expect(r.fr.length).toBeGreaterThan(10);
      }
    }
  });
});

describe('downgradePag', () => {
  const current = {
    typeDocument: 'pag',
    versionSchema: SCHEMA_VERSION,
    $schema: schemaId('pag'),
    demande: { demandeur: 'personne', natureDemande: 'premiere-demande', declencheurs: [], concertations: [] },
    situation: { titulairesAutoriteParentale: [{ lien: 'MTH' }] },
    engagements: [{ financementsComplementaires: [{ financeur: 'ars' }] }],
  };

  it('turns a PAG that uses nothing 1.1.0 added back into 1.0.0 (demandeur becomes origine at the same place), the inverse of migrate', () => {
    expect(pag11Only(current)).toEqual([]);
    const down = downgradePag(current);
    expect(down['versionSchema']).toBe('1.0.0');
    expect(down['$schema']).toBe(schemaId('pag', '1.0.0'));
    expect(Object.keys(down['demande'] as object)).toEqual(['origine', 'natureDemande', 'declencheurs', 'concertations']);
    const up = migrate(down);
    expect(up.ok && up.document).toEqual(current);
  });

  it('refuses, naming each part, a PAG holding what 1.0.0 cannot (the person’s voice, carers, place of life, emancipation, roles, consent details, new codes such as a fortnightly frequency, a holder without lien)', () => {
    const rich = JSON.parse(JSON.stringify(current)) as Record<string, any>;
    rich['contexte'] = { projetVie: { aspirations: 'x' }, objectifs: [] };
    rich['situation'].aidants = [];
    rich['situation'].lieuDeVie = { type: 'domicile-familial' };
    rich['situation'].emancipation = { date: '2025-09-10' };
    rich['situation'].titulairesAutoriteParentale.push({ delegataire: 'service-ase-departement' });
    rich['demande'].referentPag = { nom: 'R' };
    rich['consentement'] = { accordExpres: { personneApteExprimerVolonte: false, titulaires: [] } };
    rich['engagements'][0].financementsComplementaires.push({ financeur: 'fonds-departemental-compensation' });
    rich['engagements'][0].prestations = [{ nature: 'Internat', frequence: { nombre: 7, periode: 'quinzaine' } }];
    rich['suivi'] = { ...rich['suivi'], rythme: { nombre: 1, periode: 'quinzaine' } };
    rich['engagements'][0].operateur = { type: 'esms', nom: 'EHPAD', finess: '350044455', categorieEtablissement: '500' };
    expect(pag11Only(rich).sort()).toEqual(
      [
        '/demande/referentPag',
        '/situation/lieuDeVie',
        '/situation/emancipation',
        '/situation/aidants',
        '/situation/titulairesAutoriteParentale/1/delegataire',
        '/situation/titulairesAutoriteParentale/1/lien',
        '/contexte/projetVie',
        '/contexte/objectifs',
        '/consentement/accordExpres/titulaires',
        '/consentement/accordExpres/personneApteExprimerVolonte',
        '/engagements/0/financementsComplementaires/1/financeur',
        '/engagements/0/prestations/0/frequence/periode',
        '/suivi/rythme/periode',
        '/engagements/0/operateur/categorieEtablissement',
      ].sort(),
    );
    expect(() => downgradePag(rich)).toThrow(RangeError);
    expect(() => downgradePag(rich)).toThrow(/\/contexte\/projetVie/);
  });
});

describe('FINESS category 500 (EHPAD), added to the TRE_R66 extract in 1.1.0', () => {
  it('keeps a derogation table whose row names it from going back to 1.0.0', () => {
    const row = { identifiant: 'AGE-02', categoriesEtablissement: ['448', '500'] };
    const table = { typeDocument: 'tableau-derogations', versionSchema: '1.1.0', lignes: [{ identifiant: 'AGE-01', categoriesEtablissement: ['183'] }, row] };
    expect(tableauDerogations11Only(table)).toEqual(['/lignes/1/categoriesEtablissement']);
    expect(() => downgradeTableauDerogations(table)).toThrow(RangeError);
  });
});
