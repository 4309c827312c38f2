import fc from 'fast-check';
import { pagArbitrary } from '@serafin-ph/fixtures/arbitraries';
import { describe, expect, it } from 'vitest';
import { lookup, SERAFIN_CODES, toAns2023, validateCode } from '@serafin-ph/nomenclature';
import { info } from '../../../generated/structure/pag-info.js';
import { matchesPattern } from '../../../json/expand.js';
import type { JsonValue } from '../../../json/read-document.js';
import type { ResolvedOptions } from '../../rule.js';
import { runs } from '../../../../../../scripts/lib/property-runs.js';
import { PAG_CODE_POSITIONS, pagFacts } from './facts.js';

describe('PAG_CODE_POSITIONS', () => {
  it('lists exactly the places of SERAFIN-PH codes in the published schema', () => {
    expect([...PAG_CODE_POSITIONS].map((p) => ({ ...p }))).toEqual(info.codes.map((c) => ({ ...c })));
  });
});

describe('reading codes in the ANS 2023 numbering', () => {
  it('every concept code is its own ANS 2023 translation (the facts look ANS codes up directly)', () => {
    for (const code of SERAFIN_CODES) expect(toAns2023(code, 'ans-2023')).toBe(code);
    for (const code of ['', '2.2.1.2', '9', '1.1.1.10', '2.3.4.4']) expect(lookup(code) === undefined).toBe(toAns2023(code, 'ans-2023') === undefined);
  });
});

describe('ResolvedCode.pattern', () => {
  it('is the position pattern the code path matches (300 generated PAG documents)', () => {
    const options = { codeTranslations: [], referenceDate: '2025-12-01' } as unknown as ResolvedOptions;
    fc.assert(
      fc.property(pagArbitrary(), (doc) => {
        for (const c of pagFacts(doc as unknown as JsonValue, options).codes) {
          expect(matchesPattern(c.pattern, c.path)).toBe(true);
          expect(PAG_CODE_POSITIONS.filter((p) => matchesPattern(p.pattern, c.path)).map((p) => p.pattern)).toEqual([c.pattern]);
        }
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('ResolvedCode.wildcard', () => {
  it('is the wildcard token of its pointer, read without building it (300 generated PAG documents)', () => {
    const options = { codeTranslations: [], referenceDate: '2025-12-01' } as unknown as ResolvedOptions;
    let objectives = 0;
    fc.assert(
      fc.property(pagArbitrary(), (doc) => {
        for (const c of pagFacts(doc as unknown as JsonValue, options).codes) {
          const p = c.pattern.split('/');
          const t = c.path.split('/');
          const wild = p.flatMap((x, i) => (x === '*' ? [t[i]] : []));
          wild.forEach((token, n) => expect(String(c.wildcard(n))).toBe(token));
          expect(c.wildcard(wild.length)).toBeUndefined();
          // What PAG-BESOINS-001 reads: the objective of an objective's need, as the pointer gave it.
          if (c.pattern === '/contexte/objectifs/*/besoins/*') {
            objectives++;
            expect(Number(c.wildcard(0))).toBe(Number(c.path.split('/')[3]));
          }
        }
      }),
      { numRuns: runs(300) },
    );
    expect(objectives).toBeGreaterThan(0);
  });
});

describe('PAG-CODES-006 shortcut', () => {
  it('a code labelled with its published display is valid for validateCode (the rule skips asking it)', () => {
    for (const code of SERAFIN_CODES) {
      const concept = lookup(code);
      if (concept === undefined) continue;
      expect(validateCode(concept.code, { display: concept.display }).result, code).toBe(true);
    }
  });
});

describe('concepts of the engaged and timetabled prestations', () => {
  /** The former reading: the concept of the code object found at each place, looked up by the object itself. */
  function byValue(doc: JsonValue, options: ResolvedOptions) {
    const facts = pagFacts(doc, options);
    const concepts = new Map<unknown, unknown>();
    for (const c of facts.codes) if (!concepts.has(c.value)) concepts.set(c.value, c.concept);
    const of = (code: unknown) => (code === undefined ? undefined : concepts.get(code));
    const prop = (o: unknown, k: string) => (o !== null && typeof o === 'object' && !Array.isArray(o) && Object.hasOwn(o, k) ? (o as Record<string, unknown>)[k] : undefined);
    const list = (v: unknown) => (Array.isArray(v) ? (v as unknown[]) : []);
    return {
      engaged: facts.engagementList.map((e) => list(prop(list(prop(doc, 'engagements'))[e.index], 'prestations')).map((p) => of(prop(p, 'prestation')))),
      slots: list(prop(prop(doc, 'annexes'), 'emploiDuTemps')).map((s) => (of(prop(s, 'prestation')) as { code?: string } | undefined)?.code),
      facts,
    };
  }

  it('are the concepts of the code objects found there (300 generated PAG documents, and code objects shared between places)', () => {
    const options = { codeTranslations: [], referenceDate: '2025-12-01' } as unknown as ResolvedOptions;
    let engaged = 0;
    let slots = 0;
    const check = (doc: JsonValue) => {
      const expected = byValue(doc, options);
      const actual = expected.facts.engagementList.map((e) => e.prestations.map((p) => p.concept));
      expect(actual).toEqual(expected.engaged);
      expect(expected.facts.slotCodes()).toEqual(expected.slots);
      engaged += actual.flat().filter((c) => c !== undefined).length;
      slots += expected.slots.filter((c) => c !== undefined).length;
    };
    fc.assert(
      fc.property(pagArbitrary(), (doc) => check(doc as unknown as JsonValue)),
      { numRuns: runs(300) },
    );
    // A caller's document may reuse one code object at several places (not JSON.parse's output, but a valid tree).
    fc.assert(
      fc.property(pagArbitrary(), (doc) => {
        const d = doc as unknown as { engagements: { prestations: { prestation: unknown }[] }[]; annexes?: { emploiDuTemps?: { prestation?: unknown }[] } };
        const first = d.engagements[0]?.prestations[0]?.prestation;
        for (const s of d.annexes?.emploiDuTemps ?? []) if (first !== undefined) s.prestation = first;
        check(doc as unknown as JsonValue);
      }),
      { numRuns: runs(100) },
    );
    expect(engaged).toBeGreaterThan(0);
    expect(slots).toBeGreaterThan(0);
  });
});
