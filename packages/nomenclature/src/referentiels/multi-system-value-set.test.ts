import { describe, expect, it } from 'vitest';
import {
  isJdvJ408Coding,
  isJdvJ408Token,
  jdvJ264ModePriseEnChargeMdph,
  jdvJ408OrientationMs,
  JDV_J408_CODINGS,
  systemCodeToken,
  TRE_R213_SYSTEM,
  TRE_R426_SYSTEM,
} from '../referentiels.js';

const R408 = 'https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r408-type-enseignement-specialise';
const R397 = 'https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r397-categorie-entite-geographique-exercice';

describe('JDV_J408 (multi-system)', () => {
  it('lists its systems in expansion order', () => {
    expect(jdvJ408OrientationMs.systems).toEqual([R408, 'https://mos.esante.gouv.fr/NOS/TRE_R278-FinessConvention/FHIR/TRE-R278-FinessConvention', TRE_R426_SYSTEM]);
    expect(JDV_J408_CODINGS[0]).toEqual({ system: R408, code: '9' });
  });

  it('looks a member up by system + code only', () => {
    expect(jdvJ408OrientationMs.lookup(TRE_R426_SYSTEM, '7')?.display).toBe('SAFEP déficience auditive');
    expect(jdvJ408OrientationMs.lookup(R408, '9')?.systemVersion).toBe('20260202120000');
    expect(jdvJ408OrientationMs.lookup(R408, '7')).toBeUndefined();
    expect(jdvJ408OrientationMs.lookup(TRE_R426_SYSTEM, '9')).toBeUndefined();
  });

  it('type guards on pairs and tokens', () => {
    expect(isJdvJ408Coding({ system: TRE_R426_SYSTEM, code: '1' })).toBe(true);
    expect(isJdvJ408Coding({ system: TRE_R426_SYSTEM, code: '9' })).toBe(false);
    expect(isJdvJ408Coding({ code: '1' })).toBe(false);
    expect(isJdvJ408Coding('1')).toBe(false);
    expect(isJdvJ408Token(systemCodeToken(R408, '10'))).toBe(true);
    expect(isJdvJ408Token('10')).toBe(false);
  });

  it('validateCoding refuses a bare code: the system is required', () => {
    const r = jdvJ408OrientationMs.validateCoding({ code: '1' });
    expect(r).toMatchObject({ result: false, issue: 'invalid-code' });
    expect(r.message).toContain('le code seul est ambigu');
    expect(jdvJ408OrientationMs.validateCoding({ code: '1' }, { lang: 'en' }).message).toContain('a code alone is ambiguous');
  });

  it('validateCoding checks membership and display', () => {
    expect(jdvJ408OrientationMs.validateCoding({ system: TRE_R426_SYSTEM, code: '1', display: 'SESSAD polyvalent' })).toEqual({ result: true, display: 'SESSAD polyvalent' });
    expect(jdvJ408OrientationMs.validateCoding({ system: TRE_R426_SYSTEM, code: '1', display: 'SESSAD' })).toMatchObject({ result: false, issue: 'display-mismatch' });
    expect(jdvJ408OrientationMs.validateCoding({ system: R408, code: '1' })).toMatchObject({ result: false, issue: 'unknown-code' });
    expect(
      jdvJ408OrientationMs.validateCoding({
        system: R408,
        code: '9',
        display: "Scolarisation en SEGPA (sections d'enseignement général et professionnel adapté)",
      }),
    ).toMatchObject({ result: true, issue: 'display-normalized' });
  });

  it('expand by system, text filter and paging', () => {
    expect(jdvJ408OrientationMs.expand({ system: TRE_R426_SYSTEM }).map((m) => m.code)).toEqual(['7', '8', '1', '2', '3', '4', '5', '6']);
    expect(jdvJ408OrientationMs.expand({ filter: 'safep' }).map((m) => m.code)).toEqual(['7', '8']);
    expect(jdvJ408OrientationMs.expand({ offset: 10 }).map((m) => m.code)).toEqual(['5', '6']);
  });

  it('coding pairs code and system', () => {
    expect(jdvJ408OrientationMs.coding({ system: TRE_R426_SYSTEM, code: '8' })).toEqual({ system: TRE_R426_SYSTEM, code: '8', display: 'SAFEP déficience visuelle' });
    expect(() => jdvJ408OrientationMs.coding({ system: R408, code: '8' } as never)).toThrow(RangeError);
  });
});

describe('JDV_J264 (TRE_R213 + TRE_R397)', () => {
  it('holds 46, 47, 48 of TRE_R213 and CAFS 238 of TRE_R397, not 49', () => {
    expect(jdvJ264ModePriseEnChargeMdph.members.map((m) => systemCodeToken(m.system, m.code))).toEqual([
      `${TRE_R213_SYSTEM}|46`,
      `${TRE_R213_SYSTEM}|47`,
      `${TRE_R213_SYSTEM}|48`,
      `${R397}|238`,
    ]);
    expect(jdvJ264ModePriseEnChargeMdph.lookup(TRE_R213_SYSTEM, '49')).toBeUndefined();
    expect(jdvJ264ModePriseEnChargeMdph.lookup(R397, '238')?.display).toBe("Centre d'Accueil Familial Spécialisé");
  });
});
