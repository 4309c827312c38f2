import { describe, expectTypeOf, it } from 'vitest';
import type { BesoinCode, PrestationDirecteCode, PrestationIndirecteCode, SerafinCode } from '../generated/serafin-concepts.js';
import { besoins } from './branches.js';
import { isBesoinCode, isPrestationDirecteCode, isSerafinCode } from './guards.js';
import { lookup } from './lookup.js';

describe('code literal types', () => {
  it('accept published codes and reject wrong literals', () => {
    expectTypeOf<'1.3.3.1'>().toMatchTypeOf<BesoinCode>();
    expectTypeOf<'2.2.1.1'>().not.toMatchTypeOf<SerafinCode>();
    // @ts-expect-error 2.2.1.1 is CNSA numbering, not an ANS 2023 code
    const cnsa: SerafinCode = '2.2.1.1';
    // @ts-expect-error a besoin is not a prestation directe
    const wrongBranch: PrestationDirecteCode = '1.3.3.1';
    // @ts-expect-error an indirect prestation is not a direct one
    const indirect: PrestationDirecteCode = '3.1.1' satisfies PrestationIndirecteCode;
    void cnsa;
    void wrongBranch;
    void indirect;
    expectTypeOf<BesoinCode>().toMatchTypeOf<SerafinCode>();
    expectTypeOf<PrestationDirecteCode>().not.toEqualTypeOf<SerafinCode>();
  });
  it('guards narrow unknown input', () => {
    const x: unknown = '2.3.3.1';
    if (isPrestationDirecteCode(x)) expectTypeOf(x).toEqualTypeOf<PrestationDirecteCode>();
    if (isBesoinCode(x)) expectTypeOf(x).toEqualTypeOf<BesoinCode>();
    if (isSerafinCode(x)) expectTypeOf(x).toEqualTypeOf<SerafinCode>();
    if (besoins.has(x)) expectTypeOf(x).toEqualTypeOf<BesoinCode>();
    expectTypeOf(lookup('1')?.code).toEqualTypeOf<SerafinCode | undefined>();
  });
});
