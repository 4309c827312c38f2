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
