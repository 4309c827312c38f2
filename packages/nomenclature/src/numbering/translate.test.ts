import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SERAFIN_CODES } from '../generated/serafin-concepts.js';
import { ROR_R265_CODES } from '../generated/ror.js';
import { DEFAULT_NUMBERING, NUMBERINGS, numberingCodes, translate, type Numbering, type TranslateResult } from './index.js';
import { runs } from '../../../../scripts/lib/property-runs.js';

function targets(result: TranslateResult): string[] {
  return result.matches.map((m) => m.code);
}

describe('translate: the numbering acceptance cases (the same string names another concept in another numbering)', () => {
  it('CNSA 2.2.1.2 is ANS 2.2.2', () => {
    const r = translate('2.2.1.2', { from: 'cnsa-2018', to: 'ans-2023' });
    expect(r.status).toBe('matched');
    expect(r.equivalence).toBe('equivalent');
    expect(r.matches).toEqual([{ code: '2.2.2', display: 'Accompagnements pour la communication et les relations avec autrui', equivalence: 'equivalent', evidence: 'ans:2.2.2' }]);
  });
  it('CNSA 1.1.1.10 is ANS 1.1.10', () => {
    const r = translate('1.1.1.10', { from: 'cnsa-2018', to: 'ans-2023' });
    expect(targets(r)).toEqual(['1.1.10']);
    expect(r.equivalence).toBe('equivalent');
    expect(r.matches[0]?.display).toBe('Besoins pour entretenir et prendre soin de sa santé');
  });
  it('ROR 011 is ANS 2.2.1 and CNSA 2.2.1.1', () => {
    const ans = translate('011', { from: 'ror-r265', to: 'ans-2023' });
    expect(targets(ans)).toEqual(['2.2.1']);
    expect(ans.equivalence).toBe('equivalent');
    expect(ans.matches[0]?.display).toBe('Accompagnements pour les actes de la vie quotidienne');
    expect(targets(translate('011', { from: 'ror-r265', to: 'cnsa-2018' }))).toEqual(['2.2.1.1']);
  });
  it('the other flattened codes', () => {
    const cases: [string, string][] = [
      ['1.1.1.1', '1.1.1'],
      ['1.1.1.2', '1.1.2'],
      ['1.1.1.3', '1.1.3'],
      ['1.1.1.9', '1.1.9'],
      ['2.2.1.1', '2.2.1'],
      ['2.2.1.3', '2.2.3'],
    ];
    for (const [cnsa, ans] of cases) {
      expect(targets(translate(cnsa, { from: 'cnsa-2018', to: 'ans-2023' }))).toEqual([ans]);
      expect(targets(translate(ans, { from: 'ans-2023', to: 'cnsa-2018' }))).toEqual([cnsa]);
    }
    expect(targets(translate('012', { from: 'ror-r265', to: 'ans-2023' }))).toEqual(['2.2.2']);
    expect(targets(translate('013', { from: 'ror-r265', to: 'ans-2023' }))).toEqual(['2.2.3']);
  });
  it('2.2.1 and 1.1.1 translate differently depending on the stated numbering', () => {
    const fromAns = translate('2.2.1', { from: 'ans-2023', to: 'cnsa-2018' });
    expect(targets(fromAns)).toEqual(['2.2.1.1']);
    expect(fromAns.status === 'matched' && fromAns.ambiguous).toBe(true);
    const fromCnsa = translate('2.2.1', { from: 'cnsa-2018', to: 'ans-2023' });
    expect(fromCnsa.status).toBe('matched');
    expect(fromCnsa.equivalence).toBe('wider');
    expect(fromCnsa.matches).toEqual([{ code: '2.2', display: 'Prestations en matière d’autonomie', equivalence: 'wider', evidence: 'cnsa:2.2.1>ans:2.2' }]);
    const health = translate('1.1.1', { from: 'cnsa-2018', to: 'ans-2023' });
    expect(health.equivalence).toBe('wider');
    expect(targets(health)).toEqual(['1.1']);
    expect(targets(translate('1.1.1', { from: 'ans-2023', to: 'cnsa-2018' }))).toEqual(['1.1.1.1']);
  });
});

describe('translate: unknown code versus no counterpart', () => {
  it('ROR 032 (2.3.4.4, retired 2023-03-31) is unmatched to ANS, with its reason', () => {
    const r = translate('032', { from: 'ror-r265', to: 'ans-2023' });
    expect(r.status).toBe('unmatched');
    expect(r.equivalence).toBe('unmatched');
    expect(r.matches).toEqual([]);
    if (r.status !== 'unmatched') throw new Error('expected unmatched');
    expect(r.reason).toBe('ans-no-2.3.4.4');
    expect(r.evidence).toBe('cnsa:2.3.4.4');
    expect(r.source.status).toBe('retired');
    expect(targets(translate('032', { from: 'ror-r265', to: 'cnsa-2018' }))).toEqual(['2.3.4.4']);
    expect(translate('2.3.4.4', { from: 'cnsa-2018', to: 'ans-2023' }).status).toBe('unmatched');
  });
  it('deprecated ANS 2.4.1 has no ROR (nor CNSA) counterpart', () => {
    for (const to of ['ror-r265', 'cnsa-2018'] as const) {
      const r = translate('2.4.1', { from: 'ans-2023', to });
      expect(r.status).toBe('unmatched');
      if (r.status === 'unmatched') expect(r.reason).toBe('dup-2.4.1');
      expect(r.source?.status).toBe('deprecated');
    }
    expect(targets(translate('2.4', { from: 'ans-2023', to: 'ror-r265' }))).toEqual(['037']);
  });
  it('3.2.2.1 and 3.2.3.1, deprecated in ANS, exist in the ROR (065, 067)', () => {
    expect(targets(translate('3.2.2.1', { from: 'ans-2023', to: 'ror-r265' }))).toEqual(['065']);
    expect(targets(translate('3.2.3.1', { from: 'ans-2023', to: 'ror-r265' }))).toEqual(['067']);
    expect(targets(translate('065', { from: 'ror-r265', to: 'ans-2023' }))).toEqual(['3.2.2.1']);
    expect(translate('065', { from: 'ror-r265', to: 'ans-2023' }).source?.status).toBe('active');
  });
  it('besoins have no ROR counterpart (TRE_R265 covers prestations only)', () => {
    const r = translate('1.2.1.1', { from: 'ans-2023', to: 'ror-r265' });
    expect(r.status).toBe('unmatched');
    if (r.status === 'unmatched') expect(r.reason).toBe('ror-scope');
  });
  it('an unknown code is not "unmatched": it says where the string does exist', () => {
    const r = translate('2.2.1.2', { to: 'ror-r265' });
    expect(r.status).toBe('unknown-code');
    expect(r.equivalence).toBeNull();
    if (r.status === 'unknown-code') expect(r.knownIn).toEqual(['cnsa-2018']);
    const nowhere = translate('9.9', { from: 'cnsa-2018', to: 'ans-2023' });
    expect(nowhere.status).toBe('unknown-code');
    if (nowhere.status === 'unknown-code') expect(nowhere.knownIn).toEqual([]);
  });
  it('codes are compared byte for byte (no trimming, no comma, ROR ids keep three digits)', () => {
    expect(translate(' 2.2.1', { to: 'cnsa-2018' }).status).toBe('unknown-code');
    expect(translate('2,1', { to: 'cnsa-2018' }).status).toBe('unknown-code');
    expect(translate('11', { from: 'ror-r265', to: 'ans-2023' }).status).toBe('unknown-code');
  });
});

describe('translate: defaults and robustness', () => {
  it('from defaults to ans-2023', () => {
    expect(DEFAULT_NUMBERING).toBe('ans-2023');
    const r = translate('2.2.1', { to: 'ror-r265' });
    expect(r.from).toBe('ans-2023');
    expect(targets(r)).toEqual(['011']);
  });
  it('from === to is the identity for known codes', () => {
    for (const n of NUMBERINGS) {
      for (const code of numberingCodes(n)) {
        const r = translate(code, { from: n, to: n });
        expect(r.status).toBe('matched');
        expect(r.matches[0]).toMatchObject({ code, equivalence: 'equivalent' });
      }
    }
  });
  it('bad arguments give invalid-input, never an exception', () => {
    const call = translate as unknown as (code: unknown, options?: unknown) => TranslateResult;
    expect(call(42, { to: 'ans-2023' })).toMatchObject({ status: 'invalid-input', problem: 'code-not-a-string' });
    expect(call('2.2.1', { from: 'cnsa', to: 'ans-2023' })).toMatchObject({ status: 'invalid-input', problem: 'unknown-from-numbering' });
    expect(call('2.2.1', { to: 'ROR' })).toMatchObject({ status: 'invalid-input', problem: 'unknown-to-numbering' });
    expect(call('2.2.1')).toMatchObject({ status: 'invalid-input', problem: 'unknown-to-numbering' });
  });
  it('never throws on any string, and the status is consistent with the matches', () => {
    const numbering = fc.constantFrom<Numbering>(...NUMBERINGS);
    const code = fc.oneof(fc.string(), fc.constantFrom(...NUMBERINGS.flatMap((n) => numberingCodes(n))));
    fc.assert(
      fc.property(code, numbering, numbering, (c, from, to) => {
        const r = translate(c, { from, to });
        if (r.status === 'matched') return r.matches.length > 0 && r.equivalence === r.matches[0]?.equivalence;
        return r.matches.length === 0 && (r.status === 'unmatched') === (r.equivalence === 'unmatched');
      }),
      { numRuns: runs(2000) },
    );
  });
});

describe('translate: round trips', () => {
  const roundTrip = (code: string, via: Numbering): string[] => {
    const there = translate(code, { from: 'ans-2023', to: via });
    if (there.status !== 'matched' || there.equivalence !== 'equivalent') return [];
    return there.matches.flatMap((m) => targets(translate(m.code, { from: via, to: 'ans-2023' })));
  };
  it('ans → cnsa → ans and ans → ror → ans return the code, for every code with an equivalent mapping', () => {
    let cnsa = 0;
    let ror = 0;
    for (const code of SERAFIN_CODES) {
      for (const via of ['cnsa-2018', 'ror-r265'] as const) {
        const there = translate(code, { from: 'ans-2023', to: via });
        if (there.equivalence !== 'equivalent') continue;
        expect(roundTrip(code, via)).toEqual([code]);
        if (via === 'cnsa-2018') cnsa += 1;
        else ror += 1;
      }
    }
    expect(cnsa).toBe(106);
    expect(ror).toBe(71);
  });
  it('property: over all ANS codes, an equivalent mapping round-trips in every direction', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SERAFIN_CODES), fc.constantFrom<Numbering>(...NUMBERINGS), (code, via) => {
        const there = translate(code, { from: 'ans-2023', to: via });
        if (there.equivalence !== 'equivalent') return there.status === 'unmatched';
        return there.matches.every((m) => {
          const back = translate(m.code, { from: via, to: 'ans-2023' });
          return back.equivalence === 'equivalent' && back.matches.length === 1 && back.matches[0]?.code === code;
        });
      }),
      { numRuns: runs(1000) },
    );
  });
  it('ror → cnsa → ror returns the id for all 72 ROR ids', () => {
    for (const id of ROR_R265_CODES) {
      const cnsa = translate(id, { from: 'ror-r265', to: 'cnsa-2018' });
      expect(cnsa.equivalence).toBe('equivalent');
      const back = translate(cnsa.matches[0]?.code ?? '', { from: 'cnsa-2018', to: 'ror-r265' });
      expect(targets(back)).toEqual([id]);
    }
  });
});

describe('translate: counts per direction and equivalence (figures of the reviewed table)', () => {
  const count = (from: Numbering, to: Numbering): Record<string, number> => {
    const c: Record<string, number> = {};
    for (const code of numberingCodes(from)) {
      const e = translate(code, { from, to }).equivalence ?? 'unknown';
      c[e] = (c[e] ?? 0) + 1;
    }
    return c;
  };
  it('every code of every numbering is covered (matched or explicitly unmatched)', () => {
    expect(numberingCodes('ans-2023')).toHaveLength(107);
    expect(new Set(numberingCodes('ans-2023'))).toEqual(new Set(SERAFIN_CODES));
    expect(numberingCodes('ror-r265')).toEqual([...ROR_R265_CODES]);
    expect(numberingCodes('cnsa-2018')).toHaveLength(109);
  });
  it.each([
    ['ans-2023', 'cnsa-2018', { equivalent: 106, unmatched: 1 }],
    ['ans-2023', 'ror-r265', { equivalent: 71, unmatched: 36 }],
    ['cnsa-2018', 'ans-2023', { equivalent: 106, wider: 2, unmatched: 1 }],
    ['cnsa-2018', 'ror-r265', { equivalent: 72, wider: 1, unmatched: 36 }],
    ['ror-r265', 'ans-2023', { equivalent: 71, unmatched: 1 }],
    ['ror-r265', 'cnsa-2018', { equivalent: 72 }],
  ] as const)('%s → %s', (from, to, expected) => {
    expect(count(from, to)).toEqual(expected);
  });
});
