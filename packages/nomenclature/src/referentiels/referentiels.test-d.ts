import { describe, expectTypeOf, it } from 'vitest';
import {
  isJdvJ408Coding,
  isTreR421Code,
  JDV_J408_CODINGS,
  TRE_R421_CODES,
  TRE_R213_SYSTEM,
  treR213ModePriseEnCharge,
  treR420DroitPrestation,
  mesureProtectionJuridique,
  type JdvJ408Coding,
  type MesureProtectionJuridiqueCode,
  type TreR213Code,
  type TreR420Code,
  type TreR421Code,
} from '../referentiels.js';

describe('code types', () => {
  it('code tuples are readonly tuples of string literals', () => {
    expectTypeOf(TRE_R421_CODES).toEqualTypeOf<readonly ['1', '2', '3', '4', '5', '6', '7', '8', '9']>();
    expectTypeOf<TreR421Code>().toEqualTypeOf<'1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9'>();
  });

  it('a wrong literal does not compile', () => {
    const ok: TreR421Code = '9';
    // @ts-expect-error -- '10' is not a TRE_R421 code
    const wrong: TreR421Code = '10';
    // @ts-expect-error -- TRE_R213 codes keep their leading zero
    const noZero: TreR213Code = '1';
    // @ts-expect-error -- 8.5 does not exist in TRE_R420
    const missing: TreR420Code = '8.5';
    // @ts-expect-error -- TUTEUR is a TRE_R217 role, not a measure
    const role: MesureProtectionJuridiqueCode = 'TUTEUR';
    expectTypeOf([ok, wrong, noZero, missing, role]).toBeArray();
  });

  it('type guards narrow unknown values', () => {
    const value: unknown = '5';
    if (isTreR421Code(value)) expectTypeOf(value).toEqualTypeOf<TreR421Code>();
    const pair: unknown = { system: 'x', code: '1' };
    if (isJdvJ408Coding(pair)) {
      expectTypeOf(pair).toEqualTypeOf<JdvJ408Coding>();
      expectTypeOf(pair.code).toEqualTypeOf<'9' | '10' | 'UEA' | 'UEM' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8'>();
    }
    const s: string = '47';
    if (treR213ModePriseEnCharge.has(s)) expectTypeOf(s).toEqualTypeOf<TreR213Code>();
  });

  it('multi-system members pair literal codes with literal systems', () => {
    expectTypeOf(JDV_J408_CODINGS[0]).toEqualTypeOf<{
      readonly system: 'https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r408-type-enseignement-specialise';
      readonly code: '9';
    }>();
  });

  it('coding() is typed with the list system and the code given', () => {
    const c = treR213ModePriseEnCharge.coding('47');
    expectTypeOf(c.system).toEqualTypeOf<typeof TRE_R213_SYSTEM>();
    expectTypeOf(c.code).toEqualTypeOf<'47'>();
    // @ts-expect-error -- not a TRE_R213 code
    treR213ModePriseEnCharge.coding('99');
  });

  it('hierarchy methods return list codes', () => {
    expectTypeOf(treR420DroitPrestation.children('5')).toEqualTypeOf<readonly TreR420Code[]>();
    expectTypeOf(treR420DroitPrestation.parent('5.1')).toEqualTypeOf<TreR420Code | undefined>();
  });

  it('lookup returns the list concept shape', () => {
    const m = mesureProtectionJuridique.lookup('TUTELLE');
    expectTypeOf(m?.representation).toEqualTypeOf<boolean | undefined>();
  });
});
