import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coversPointer, escapeToken, tokens } from './json/pointer.js';
import { PAG_DATES } from './rules/pag/support/date-positions.js';
import { isInPersonalDataArea, isPersonalData, isPublicCode, personalDataPointers } from './personal-data.js';
import { ALL_KITS } from './documents/all-kits.js';
import { isInPersonalDataAreaIn, isPublicCodeIn, mayQuoteIn, PLACE_CACHE_SIZE } from './personal-data-in.js';
import { DOCUMENT_TYPES, type DocumentType } from './types.js';
import { runs } from '../../../scripts/lib/property-runs.js';

/** The general reading: tokens of the pointer against tokens of each pattern. */
function reference(type: DocumentType, path: string): boolean {
  const t = tokens(path);
  return personalDataPointers(type).some((p) => coversPointer(tokens(p), t));
}

describe('isPersonalData reads pointers in place exactly as the token reading does', () => {
  const segment = fc.oneof(
    fc.constantFrom('situation', 'personne', 'nom', 'engagements', 'operateur', 'contact', 'contexte', 'besoins', 'signataires', 'lignes', '0', '1', '12', '', 'a~1b', 'x~0', '*'),
    fc.string({ maxLength: 6 }),
  );
  it('on 20,000 pointers (wildcards, empty and escaped tokens, malformed pointers)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DOCUMENT_TYPES), fc.array(segment, { maxLength: 7 }), fc.boolean(), (type, segments, malformed) => {
        const path = segments.length === 0 ? '' : `${malformed ? '' : '/'}${segments.join('/')}`;
        expect(isInPersonalDataArea(type, path)).toBe(reference(type, path));
        expect(isPersonalData(type, path)).toBe(reference(type, path) && !isPublicCode(type, path));
      }),
      { numRuns: runs(20_000) },
    );
  });

  it('on every personal-data pattern, instantiated and extended', () => {
    for (const type of DOCUMENT_TYPES) {
      for (const p of personalDataPointers(type)) {
        const concrete = p.replace(/\*/g, '3');
        for (const path of [concrete, `${concrete}/x`, concrete.slice(0, concrete.lastIndexOf('/')), `${concrete}x`]) {
          expect([type, path, isInPersonalDataArea(type, path)]).toEqual([type, path, reference(type, path)]);
        }
      }
    }
  });
});

describe('codes of public nomenclatures are not personal data', () => {
  it.each([
    ['/contexte/besoins/0/besoin/code', true],
    ['/contexte/besoins/3/besoin/numerotation', true],
    ['/situation/droitsPrestations/1/codeDroitPrestation', true],
    ['/situation/titulairesAutoriteParentale/0/lien', true],
    ['/situation/mesureProtection/type', true],
    ['/contexte/besoins/0/besoin/libelle', false],
    ['/contexte/besoins/0/precision', false],
    ['/situation/personne/sexe', false],
    ['/situation/personne/dateNaissance', false],
    ['/situation/personne/nomNaissance', false],
    ['/contexte/besoins/0/besoin/code/x', false],
  ] as const)('%s public code: %s', (path, code) => {
    expect(isPublicCode('pag', path)).toBe(code);
    expect(isPersonalData('pag', path)).toBe(!code);
  });
  it('covers the items of a list of codes', () => {
    expect(isPublicCode('tableau-derogations', '/lignes/2/categoriesEtablissement/0')).toBe(true);
    expect(isPublicCode('tableau-derogations', '/lignes/2/categoriesEtablissement/x')).toBe(false);
  });
});

describe('mayQuoteIn remembers the place of a pointer and answers as the uncached reading does', () => {
  const segment = fc.oneof(
    fc.constantFrom(
      'situation',
      'personne',
      'nom',
      'engagements',
      'prestations',
      'prestation',
      'code',
      'operateur',
      'contexte',
      'besoins',
      'besoin',
      'lignes',
      '0',
      '1',
      '12',
      '',
      'a~1b',
    ),
    fc.string({ maxLength: 6 }),
  );
  const value = fc.oneof(fc.constantFrom('1.2.1.1', 'MTH', 'Jean Dupont', '', 'x'.repeat(30)), fc.string({ maxLength: 12 }), fc.integer());
  const uncached = (type: DocumentType, path: string, v: unknown): boolean =>
    !isInPersonalDataAreaIn(ALL_KITS[type].rules.info, path) ||
    (isPublicCodeIn(ALL_KITS[type].rules.info, path) && (typeof v === 'string' || typeof v === 'number') && /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/.test(String(v)));
  it('asked twice (the second answer from the cache), past the cache size too', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DOCUMENT_TYPES), fc.array(segment, { minLength: 1, maxLength: 7 }), value, value, (type, segments, v, w) => {
        const path = `/${segments.join('/')}`;
        const info = ALL_KITS[type].rules.info;
        expect(mayQuoteIn(info, path, v, false)).toBe(uncached(type, path, v));
        expect(mayQuoteIn(info, path, w, false)).toBe(uncached(type, path, w));
        expect(mayQuoteIn(info, path, w, true)).toBe(true);
      }),
      { numRuns: runs(2 * PLACE_CACHE_SIZE + 500, PLACE_CACHE_SIZE + 500) },
    );
  });
});

describe('mayQuoteIn with the pattern of the pointer answers as the pointer alone does', () => {
  /** Tokens of the schemas' patterns, and others: what a `*` may stand for, and what a pattern may hold. */
  const schemaTokens = [...new Set(DOCUMENT_TYPES.flatMap((t) => [...ALL_KITS[t].rules.info.personalData, ...ALL_KITS[t].rules.info.publicCodes].flatMap(tokens)))];
  const segment = fc.oneof(fc.constantFrom(...schemaTokens, '0', '1', '12', '01', '', 'a~1b', 'x~0', '*'), fc.string({ maxLength: 4 }));
  const value = fc.oneof(fc.constantFrom('1.2.1.1', 'MTH', 'Jean Dupont', '2024-01-31'), fc.integer());
  const uncached = (type: DocumentType, path: string, v: unknown): boolean =>
    !isInPersonalDataAreaIn(ALL_KITS[type].rules.info, path) ||
    (isPublicCodeIn(ALL_KITS[type].rules.info, path) && (typeof v === 'string' || typeof v === 'number') && /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/.test(String(v)));
  /** A pointer of `pattern`: each `*` replaced by the next of `fill` (escaped), or by `*` itself when `fill` runs out. */
  const instance = (pattern: string, fill: readonly string[]): string => {
    let k = 0;
    return pattern === ''
      ? ''
      : `/${tokens(pattern)
          .map((t) => (t === '*' ? escapeToken(fill[k++] ?? '*') : escapeToken(t)))
          .join('/')}`;
  };
  const patternOf = (segments: readonly string[]): string => (segments.length === 0 ? '' : `/${segments.map((s) => (s === '*' ? s : escapeToken(s))).join('/')}`);

  it('on every date of the PAG and every pattern of the schemas, instantiated with the tokens of the schemas', () => {
    for (const type of DOCUMENT_TYPES) {
      const info = ALL_KITS[type].rules.info;
      const patterns = [...info.personalData, ...info.publicCodes, ...(type === 'pag' ? Object.keys(PAG_DATES) : [])];
      for (const pattern of patterns.flatMap((p) => [p, `${p}/*`, `${p}/0`, `${p}/x`])) {
        const stars = tokens(pattern).filter((t) => t === '*').length;
        for (const fill of [[], ...schemaTokens.map((t) => Array<string>(stars).fill(t)), Array<string>(stars).fill('7')]) {
          const path = instance(pattern, fill);
          for (const v of ['1.2.1.1', 'Jean Dupont'])
            expect([type, pattern, path, v, mayQuoteIn(info, path, v, false, pattern)]).toEqual([type, pattern, path, v, uncached(type, path, v)]);
        }
      }
    }
  });

  it('on generated patterns and pointers', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DOCUMENT_TYPES), fc.array(segment, { maxLength: 7 }), fc.array(segment, { maxLength: 4 }), value, (type, segments, fill, v) => {
        const pattern = patternOf(segments);
        const path = instance(pattern, fill);
        const info = ALL_KITS[type].rules.info;
        expect(mayQuoteIn(info, path, v, false, pattern)).toBe(uncached(type, path, v));
        expect(mayQuoteIn(info, path, v, true, pattern)).toBe(true);
      }),
      { numRuns: runs(20_000) },
    );
  });
});
