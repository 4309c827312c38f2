import { describe, expect, it } from 'vitest';
import { schemaId } from '../version.js';
import { CodeBesoinSchema, CodePrestationDirecteSchema } from '../common/codes-serafin.js';
import { PagSchema } from './pag.js';

/** A minimal valid PAG (draft). */
function minimalPag() {
  return {
    $schema: schemaId('pag'),
    typeDocument: 'pag' as const,
    versionSchema: '1.0.0' as const,
    identifiant: 'PAG-1',
    mdph: { departement: '2A' },
    statut: 'brouillon' as const,
    demande: { origine: 'personne' as const, declencheurs: [], natureDemande: 'premiere-demande' as const, concertations: [] },
    situation: { personne: { dateNaissance: '2010-01-31', sexe: 'M' as const }, droitsPrestations: [] },
    contexte: { historique: 'h', situationActuelle: 's', demarches: [], besoins: [] },
    engagements: [],
    consentement: {},
  };
}

describe('PagSchema', () => {
  it('accepts a minimal draft', () => {
    expect(PagSchema.safeParse(minimalPag()).success).toBe(true);
  });

  it('rejects unknown keys everywhere instead of stripping them', () => {
    const root = { ...minimalPag(), inconnu: 1 };
    expect(PagSchema.safeParse(root).error?.issues[0]?.code).toBe('unrecognized_keys');
    const nested = minimalPag();
    (nested.situation.personne as Record<string, unknown>)['age'] = 15;
    expect(PagSchema.safeParse(nested).success).toBe(false);
  });

  it('accepts namespaced keys in extensions only', () => {
    expect(PagSchema.safeParse({ ...minimalPag(), extensions: { 'fr.editeur': { a: 1 }, 'editeur.dossier-local': 'x' } }).success).toBe(true);
    expect(PagSchema.safeParse({ ...minimalPag(), extensions: { editeur: 1 } }).success).toBe(false);
    expect(PagSchema.safeParse({ ...minimalPag(), extensions: { 'Fr.Editeur': 1 } }).success).toBe(false);
  });

  it('checks dates, date-times and the discriminator', () => {
    expect(PagSchema.safeParse({ ...minimalPag(), dateValidation: '2025-02-29' }).success).toBe(false);
    expect(PagSchema.safeParse({ ...minimalPag(), dateValidation: '2024-02-29' }).success).toBe(true);
    expect(PagSchema.safeParse({ ...minimalPag(), dateMiseAJour: '2025-03-10T16:45:00+01:00' }).success).toBe(true);
    expect(PagSchema.safeParse({ ...minimalPag(), dateMiseAJour: '2025-03-10T16:45:00' }).success).toBe(false);
    expect(PagSchema.safeParse({ ...minimalPag(), typeDocument: 'convention-territoriale' }).success).toBe(false);
    expect(PagSchema.safeParse({ ...minimalPag(), versionSchema: '2.0.0' }).success).toBe(false);
  });

  it('accepts the statuses of the lifecycle and TRE_R421 end reasons', () => {
    for (const statut of ['brouillon', 'elabore', 'valide', 'termine']) {
      expect(PagSchema.safeParse({ ...minimalPag(), statut }).success).toBe(true);
    }
    expect(PagSchema.safeParse({ ...minimalPag(), statut: 'signe' }).success).toBe(false);
    expect(PagSchema.safeParse({ ...minimalPag(), statut: 'termine', motifFin: '9' }).success).toBe(true);
    expect(PagSchema.safeParse({ ...minimalPag(), statut: 'termine', motifFin: '10' }).success).toBe(false);
  });

  it('types identifiers as strings, never numbers', () => {
    expect(PagSchema.safeParse({ ...minimalPag(), identifiant: 42 }).success).toBe(false);
    expect(PagSchema.safeParse({ ...minimalPag(), mdph: { departement: 35 } }).success).toBe(false);
    expect(PagSchema.safeParse({ ...minimalPag(), mdph: { departement: '20' } }).success).toBe(false);
  });
});

describe('SERAFIN-PH codes and their numbering', () => {
  it('reads a bare code in the ANS 2023 numbering', () => {
    expect(CodeBesoinSchema.safeParse({ code: '1.1.1' }).success).toBe(true);
    expect(CodeBesoinSchema.safeParse({ code: '1.1.1', numerotation: 'ans-2023' }).success).toBe(true);
    expect(CodeBesoinSchema.safeParse({ code: '1.1.1.1' }).success).toBe(false); // CNSA-only code, no numbering
  });

  it('accepts CNSA 2018 codes only with "numerotation": "cnsa-2018"', () => {
    expect(CodeBesoinSchema.safeParse({ code: '1.1.1.1', numerotation: 'cnsa-2018' }).success).toBe(true);
    expect(CodePrestationDirecteSchema.safeParse({ code: '2.2.1.2', numerotation: 'cnsa-2018' }).success).toBe(true);
    expect(CodePrestationDirecteSchema.safeParse({ code: '2.2.2', numerotation: 'cnsa-2018' }).success).toBe(false);
    expect(CodePrestationDirecteSchema.safeParse({ code: '011', numerotation: 'ror-r265' }).success).toBe(false);
  });

  it('accepts deprecated codes (the validators report them)', () => {
    expect(CodeBesoinSchema.safeParse({ code: '1.3.5.1' }).success).toBe(true);
    expect(CodePrestationDirecteSchema.safeParse({ code: '2.4.1' }).success).toBe(true);
  });

  it('keeps the branches apart', () => {
    expect(CodeBesoinSchema.safeParse({ code: '2.1' }).success).toBe(false);
    expect(CodePrestationDirecteSchema.safeParse({ code: '3.1.1' }).success).toBe(false);
  });
});
