import { describe, expect, it } from 'vitest';
import {
  isTreR421Code,
  isJdvJ328Code,
  jdvJ328PublicActiviteFiness,
  ReferentielCodeError,
  TRE_R213_SYSTEM,
  treR213ModePriseEnCharge,
  treR217ProtectionJuridique,
  treR403PublicActivite,
  treR420DroitPrestation,
  treR421MotifFinPag,
  treR422QualificationOrientation,
  treR66CategorieEtablissement,
} from '../referentiels.js';

describe('lookup / has', () => {
  it('finds a concept with its byte-exact and normalised displays', () => {
    const c = treR421MotifFinPag.lookup('5');
    expect(c?.display).toBe('Demande de l\u2019usager');
    expect(c?.displayNormalized).toBe("Demande de l'usager");
    expect(c?.definition).toBe('À la demande de l\u2019usager');
  });

  it('keeps leading zeros and never coerces', () => {
    expect(treR213ModePriseEnCharge.lookup('01')?.designations?.[0]?.value).toBe('Accueil PDSES');
    expect(treR213ModePriseEnCharge.lookup('1')).toBeUndefined();
    expect(treR213ModePriseEnCharge.lookup(1)).toBeUndefined();
    expect(treR213ModePriseEnCharge.has('01')).toBe(true);
    expect(treR213ModePriseEnCharge.has(' 01')).toBe(false);
  });

  it('keeps definitions verbatim (CRLF, escaped quotes, double space)', () => {
    expect(treR422QualificationOrientation.lookup('1')?.definition).toContain("disponible.\r\nL'orientation cible");
    expect(treR422QualificationOrientation.lookup('2')?.definition).toContain('mise en œuvre.');
  });

  it('parses designation uses into codings', () => {
    expect(treR403PublicActivite.lookup('432')?.designations).toEqual([
      { language: 'fr-FR', use: { system: 'http://snomed.info/sct', code: '900000000000013009', display: 'synonym' }, value: 'Diabéte' },
    ]);
  });

  it('type guards', () => {
    expect(isTreR421Code('9')).toBe(true);
    expect(isTreR421Code('10')).toBe(false);
    expect(isTreR421Code(9)).toBe(false);
    expect(isTreR421Code(undefined)).toBe(false);
  });
});

describe('validateCode', () => {
  it('accepts a known code and returns the official display', () => {
    expect(treR421MotifFinPag.validateCode('9')).toEqual({ result: true, display: 'Décès usager' });
    expect(treR421MotifFinPag.validateCode('9', { display: 'Décès usager' })).toEqual({ result: true, display: 'Décès usager' });
  });

  it('rejects an unknown code with a French message, English on request', () => {
    const r = treR421MotifFinPag.validateCode('10');
    expect(r.result).toBe(false);
    expect(r.issue).toBe('unknown-code');
    expect(r.message).toBe('Code « 10 » inconnu dans TRE_R421 (version 20260505120000)');
    expect(r.display).toBeUndefined();
    expect(treR421MotifFinPag.validateCode('10', { lang: 'en' }).message).toBe('Unknown code "10" in TRE_R421 (version 20260505120000)');
  });

  it('rejects a missing or non-string code', () => {
    for (const bad of [undefined, null, '', 9, {}]) {
      expect(treR421MotifFinPag.validateCode(bad)).toMatchObject({ result: false, issue: 'invalid-code' });
    }
  });

  it('rejects a display mismatch and gives the official display', () => {
    const r = treR421MotifFinPag.validateCode('9', { display: 'Décès' });
    expect(r).toMatchObject({ result: false, issue: 'display-mismatch', display: 'Décès usager' });
    expect(r.message).toBe('Libellé « Décès » incorrect pour le code « 9 » de TRE_R421 ; libellé officiel : « Décès usager »');
    expect(treR421MotifFinPag.validateCode('9', { display: 'Décès', lang: 'en' }).message).toBe(
      'Display "Décès" does not match code "9" of TRE_R421; official display: "Décès usager"',
    );
  });

  it('accepts a display equal after normalisation, with a warning, unless displayMatch is exact', () => {
    const r = treR421MotifFinPag.validateCode('5', { display: "Demande de l'usager" });
    expect(r).toMatchObject({ result: true, issue: 'display-normalized', display: 'Demande de l\u2019usager' });
    expect(treR421MotifFinPag.validateCode('5', { display: "Demande de l'usager", displayMatch: 'exact' })).toMatchObject({ result: false, issue: 'display-mismatch' });
    expect(treR421MotifFinPag.validateCode('5', { display: 'Demande de l\u2019usager', displayMatch: 'exact' })).toEqual({ result: true, display: 'Demande de l\u2019usager' });
  });

  it('accepts a designation as display', () => {
    expect(treR213ModePriseEnCharge.validateCode('01', { display: 'Accueil PDSES' })).toEqual({
      result: true,
      display: 'Accueil Permanence des soins en établissement de santé',
    });
  });

  it('deprecated code: warning by default, error with activeOnly', () => {
    const warn = treR213ModePriseEnCharge.validateCode('14');
    expect(warn).toMatchObject({ result: true, issue: 'inactive', inactive: true, display: 'Hospitalisation kangourou' });
    expect(warn.message).toContain('depuis le 2025-12-22');
    const err = treR213ModePriseEnCharge.validateCode('14', { activeOnly: true });
    expect(err).toMatchObject({ result: false, issue: 'inactive', inactive: true });
    expect(err.message).toBe('Code « 14 » désactivé dans TRE_R213 depuis le 2025-12-22 (« Hospitalisation kangourou »)');
    expect(treR213ModePriseEnCharge.validateCode('14', { activeOnly: true, lang: 'en' }).message).toBe(
      'Code "14" is deprecated in TRE_R213 since 2025-12-22 ("Hospitalisation kangourou")',
    );
  });

  it('deprecated code with a wrong display reports the display error', () => {
    expect(treR213ModePriseEnCharge.validateCode('14', { display: 'Kangourou' })).toMatchObject({ result: false, issue: 'display-mismatch', inactive: true });
  });

  it('duplicated displays: same label, different status (11 active, 45 deprecated)', () => {
    expect(treR213ModePriseEnCharge.lookup('11')?.display).toBe(treR213ModePriseEnCharge.lookup('45')?.display);
    expect(treR213ModePriseEnCharge.validateCode('11', { activeOnly: true }).result).toBe(true);
    expect(treR213ModePriseEnCharge.validateCode('45', { activeOnly: true }).result).toBe(false);
  });
});

describe('expand', () => {
  it('returns every concept in source order, or only active ones', () => {
    expect(treR213ModePriseEnCharge.expand()).toHaveLength(60);
    const active = treR213ModePriseEnCharge.expand({ activeOnly: true });
    expect(active).toHaveLength(37);
    expect(active.every((c) => c.status === 'active')).toBe(true);
  });

  it('filters by words, case- and accent-insensitive, on display and designations', () => {
    expect(treR213ModePriseEnCharge.expand({ filter: 'accueil de' }).map((c) => c.code)).toEqual(['01', '33', '47', '48']);
    expect(treR213ModePriseEnCharge.expand({ filter: 'HEBERGEMENT' }).map((c) => c.code)).toContain('46');
    expect(treR403PublicActivite.expand({ filter: 'diabete' }).map((c) => c.code)).toEqual(['432']);
  });

  it('accepts a predicate and pages', () => {
    expect(treR420DroitPrestation.expand({ filter: (c) => c.level === 1, offset: 12, count: 5 }).map((c) => c.code)).toEqual(['13', '14']);
  });
});

describe('coding', () => {
  it('returns system, code and byte-exact display', () => {
    expect(treR213ModePriseEnCharge.coding('47')).toEqual({ system: TRE_R213_SYSTEM, code: '47', display: 'Accueil de jour' });
    expect(treR217ProtectionJuridique.coding('MSVG')).toEqual({
      system: 'https://mos.esante.gouv.fr/NOS/TRE_R217-ProtectionJuridique/FHIR/TRE-R217-ProtectionJuridique',
      code: 'MSVG',
      display: 'Mandataire de sauvegarde',
    });
  });

  it('throws a bilingual RangeError for a code smuggled past the types', () => {
    expect(() => treR213ModePriseEnCharge.coding('99' as '01')).toThrow(ReferentielCodeError);
    expect(() => treR213ModePriseEnCharge.coding('99' as '01')).toThrow('Code inconnu dans TRE_R213 : "99" / Unknown code in TRE_R213: "99"');
  });
});

describe('hierarchy (TRE_R420, TRE_R403)', () => {
  it('parent / children / isLeaf in source order', () => {
    expect(treR420DroitPrestation.parent('5.9')).toBe('5');
    expect(treR420DroitPrestation.parent('5')).toBeUndefined();
    expect(treR420DroitPrestation.children('5')).toEqual(['5.1', '5.9', '5.2', '5.10', '5.3', '5.4', '5.5', '5.6', '5.7', '5.8']);
    expect(treR420DroitPrestation.children('3')).toEqual([]);
    expect(treR420DroitPrestation.isLeaf('3')).toBe(true);
    expect(treR420DroitPrestation.isLeaf('5')).toBe(false);
    expect(treR420DroitPrestation.level('5.10')).toBe(2);
  });

  it('ancestors nearest first, descendants depth first', () => {
    expect(treR403PublicActivite.ancestors('010')).toEqual(['1100', '1000']);
    expect(treR403PublicActivite.descendants('8100')).toEqual(['600', '601', '602']);
    expect(treR403PublicActivite.children('1000')).toEqual(['1100', '1200', '1300', '1500', '1600', '1700', '1800', '1900']);
    expect(treR403PublicActivite.roots()).toHaveLength(8);
  });

  it('subsumes', () => {
    expect(treR403PublicActivite.subsumes('1000', '010')).toBe('subsumes');
    expect(treR403PublicActivite.subsumes('010', '1000')).toBe('subsumed-by');
    expect(treR403PublicActivite.subsumes('010', '010')).toBe('equivalent');
    expect(treR403PublicActivite.subsumes('2000', '010')).toBe('not-subsumed');
  });

  it('throws for unknown codes instead of answering empty', () => {
    expect(() => treR420DroitPrestation.children('8.5')).toThrow(ReferentielCodeError);
    expect(() => treR420DroitPrestation.isLeaf('99')).toThrow(RangeError);
    expect(() => treR403PublicActivite.subsumes('1000', 'x')).toThrow(ReferentielCodeError);
  });

  it('deprecated concepts keep their place in the hierarchy', () => {
    expect(treR403PublicActivite.lookup('8100')?.status).toBe('deprecated');
    expect(treR403PublicActivite.validateCode('601', { activeOnly: true })).toMatchObject({ result: false, issue: 'inactive' });
    expect(treR403PublicActivite.lookup('601')?.display).toBe('Troubles Psychopatologiques Légers');
  });
});

describe('JDV_J328 (level 3 of TRE_R403)', () => {
  it('holds the 132 level-3 codes and only them', () => {
    expect(jdvJ328PublicActiviteFiness.size).toBe(132);
    expect(isJdvJ328Code('010')).toBe(true);
    expect(isJdvJ328Code('1000')).toBe(false);
    expect(jdvJ328PublicActiviteFiness.coding('441').system).toBe(treR403PublicActivite.system);
    expect(jdvJ328PublicActiviteFiness.metadata.resourceType).toBe('ValueSet');
  });
});

describe('TRE_R66 partial extract', () => {
  it('is flagged partial and keeps the deprecated FAM / foyer codes with their EAM / EANM successors', () => {
    expect(treR66CategorieEtablissement.metadata.partial).toBe(true);
    for (const code of ['252', '253', '382', '437']) expect(treR66CategorieEtablissement.lookup(code)?.status).toBe('deprecated');
    for (const code of ['448', '449', '255', '246']) expect(treR66CategorieEtablissement.lookup(code)?.status).toBe('active');
    expect(treR66CategorieEtablissement.lookup('182')?.inJdvJ254EssmsPh).toBe(true);
  });

  it('answers unknown for codes outside the extract', () => {
    expect(treR66CategorieEtablissement.validateCode('101')).toMatchObject({ result: false, issue: 'unknown-code' });
  });
});
