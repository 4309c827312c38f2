import { describe, expectTypeOf, it } from 'vitest';
import type { SerafinCode } from '../generated/serafin-concepts.js';
import { DEFAULT_NUMBERING, NUMBERINGS, toAns2023, translate, type Equivalence, type Numbering, type TranslateResult } from './index.js';

describe('numbering types', () => {
  it('names the three numberings', () => {
    expectTypeOf<Numbering>().toEqualTypeOf<'ans-2023' | 'cnsa-2018' | 'ror-r265'>();
    expectTypeOf(NUMBERINGS).toEqualTypeOf<readonly ['ans-2023', 'cnsa-2018', 'ror-r265']>();
    expectTypeOf(DEFAULT_NUMBERING).toEqualTypeOf<'ans-2023'>();
    expectTypeOf<Equivalence>().toEqualTypeOf<'equivalent' | 'wider' | 'narrower' | 'unmatched'>();
  });
  it('translate requires a target numbering and narrows on status', () => {
    // @ts-expect-error `to` is required
    translate('2.2.1', {});
    // @ts-expect-error unknown numbering
    translate('2.2.1', { to: 'cnsa' });
    const r = translate('2.2.1.2', { from: 'cnsa-2018', to: 'ans-2023' });
    expectTypeOf(r).toEqualTypeOf<TranslateResult>();
    if (r.status === 'matched') {
      expectTypeOf(r.matches[0].code).toEqualTypeOf<string>();
      expectTypeOf(r.equivalence).toEqualTypeOf<'equivalent' | 'wider' | 'narrower'>();
    }
    if (r.status === 'unknown-code') expectTypeOf(r.knownIn).toEqualTypeOf<readonly Numbering[]>();
  });
  it('toAns2023 returns an ANS code type', () => {
    expectTypeOf(toAns2023('011', 'ror-r265')).toEqualTypeOf<SerafinCode | undefined>();
  });
});
