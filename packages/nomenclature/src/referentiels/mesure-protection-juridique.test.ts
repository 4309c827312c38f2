import { describe, expect, it } from 'vitest';
import {
  allowsRepresentationRelativeToPerson,
  isMesureProtectionJuridiqueCode,
  isRepresentationMeasure,
  MESURE_PROTECTION_JURIDIQUE_CODES,
  mesureProtectionJuridique,
  representationMeasureCodes,
  treR217ProtectionJuridique,
} from '../referentiels.js';

describe('mesureProtectionJuridique (project-defined, not ANS)', () => {
  it('is flagged as ours: origin serafin-ph, no OID, draft, project URL', () => {
    const m = mesureProtectionJuridique.metadata;
    expect(m.origin).toBe('serafin-ph');
    expect(m.oid).toBeNull();
    expect(m.status).toBe('draft');
    expect(m.url.startsWith('https://serafin-ph.github.io/')).toBe(true);
  });

  it('has stable upper-case codes', () => {
    expect(MESURE_PROTECTION_JURIDIQUE_CODES).toEqual([
      'SAUVEGARDE_JUSTICE',
      'SAUVEGARDE_JUSTICE_MANDATAIRE_SPECIAL',
      'CURATELLE_SIMPLE',
      'CURATELLE_AMENAGEE',
      'CURATELLE_RENFORCEE',
      'TUTELLE',
      'HABILITATION_FAMILIALE_REPRESENTATION',
      'HABILITATION_FAMILIALE_ASSISTANCE',
      'MANDAT_PROTECTION_FUTURE',
      'MESURE_ACCOMPAGNEMENT_JUDICIAIRE',
    ]);
    for (const code of MESURE_PROTECTION_JURIDIQUE_CODES) expect(code).toMatch(/^[A-Z][A-Z_]*[A-Z]$/);
    expect(isMesureProtectionJuridiqueCode('TUTELLE')).toBe(true);
    expect(isMesureProtectionJuridiqueCode('TUTEUR')).toBe(false);
  });

  it('every measure cites Code civil articles, inside the range its reference names', () => {
    for (const c of mesureProtectionJuridique.concepts) {
      expect(c.articlesCodeCivil.length, c.code).toBeGreaterThan(0);
      expect(c.reference.startsWith('C. civ., art. '), c.code).toBe(true);
      for (const a of c.articlesCodeCivil) expect(a, c.code).toMatch(/^4\d\d(-\d+)?$/);
      expect(['sourced', 'inferred']).toContain(c.modeProtectionBasis);
      expect(['sourced', 'inferred']).toContain(c.representationPersonneBasis);
      expect(c.definition.length).toBeGreaterThan(20);
    }
  });

  it('representation measures: tutelle, habilitation familiale with representation, mandat de protection future', () => {
    expect(representationMeasureCodes()).toEqual(['TUTELLE', 'HABILITATION_FAMILIALE_REPRESENTATION', 'MANDAT_PROTECTION_FUTURE']);
    expect(isRepresentationMeasure('TUTELLE')).toBe(true);
    expect(isRepresentationMeasure('CURATELLE_RENFORCEE')).toBe(false);
    expect(isRepresentationMeasure('SAUVEGARDE_JUSTICE_MANDATAIRE_SPECIAL')).toBe(false);
    expect(isRepresentationMeasure('MESURE_ACCOMPAGNEMENT_JUDICIAIRE')).toBe(false);
    expect(isRepresentationMeasure('UNKNOWN')).toBe(false);
    expect(isRepresentationMeasure(undefined)).toBe(false);
  });

  it('the helpers answer as the concepts’ flags do, for every code and for values that are not codes', () => {
    for (const c of mesureProtectionJuridique.concepts) {
      expect(isRepresentationMeasure(c.code), c.code).toBe(c.representation);
      expect(allowsRepresentationRelativeToPerson(c.code), c.code).toBe(c.representationPersonnePossible);
    }
    for (const v of ['tutelle', 'TUTELLE ', '', null, 0, {}, ['TUTELLE'], 'constructor', '__proto__']) {
      expect(isRepresentationMeasure(v)).toBe(false);
      expect(allowsRepresentationRelativeToPerson(v)).toBe(false);
    }
  });

  it('modeProtection is consistent with the representation flag', () => {
    for (const c of mesureProtectionJuridique.concepts) {
      expect(c.representation, c.code).toBe(c.modeProtection === 'representation');
      if (c.representationPersonnePossible) expect(c.representation, c.code).toBe(true);
    }
    const modes = Object.fromEntries(mesureProtectionJuridique.concepts.map((c) => [c.code, c.modeProtection]));
    expect(modes['CURATELLE_SIMPLE']).toBe('assistance');
    expect(modes['HABILITATION_FAMILIALE_ASSISTANCE']).toBe('assistance');
    expect(modes['SAUVEGARDE_JUSTICE_MANDATAIRE_SPECIAL']).toBe('representation-actes-determines');
    expect(modes['SAUVEGARDE_JUSTICE']).toBe('aucune-incapacite');
  });

  it('representation relative to the person is possible only where art. 459 al. 2 or the mandate allow it', () => {
    expect(mesureProtectionJuridique.concepts.filter((c) => allowsRepresentationRelativeToPerson(c.code)).map((c) => c.code)).toEqual([
      'TUTELLE',
      'HABILITATION_FAMILIALE_REPRESENTATION',
      'MANDAT_PROTECTION_FUTURE',
    ]);
    expect(mesureProtectionJuridique.lookup('MANDAT_PROTECTION_FUTURE')?.representationPersonneBasis).toBe('inferred');
  });

  it('is distinct from TRE_R217, which lists the protector ROLE', () => {
    expect(treR217ProtectionJuridique.codes).toEqual(['TUTEUR', 'CURATEUR', 'MSVG']);
    expect(treR217ProtectionJuridique.metadata.notes).toContain('does NOT list types of legal protection MEASURES');
  });
});
