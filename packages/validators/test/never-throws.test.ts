import fc from 'fast-check';
import { conventionTerritorialeArbitrary, mutatedDocumentArbitrary, pagArbitrary, tableauDerogationsArbitrary } from '@serafin-ph/fixtures/arbitraries';
import { describe, expect, it } from 'vitest';
import { assertValid, validate, validateConvention, validatePag, validateTableauDerogations, ValidationError } from '../src/index.js';
import type { ValidateOptions, ValidationReport } from '../src/index.js';
import { cleanPag } from './support/documents.js';
import { runs } from '../../../scripts/lib/property-runs.js';

function wellFormed(report: ValidationReport): void {
  expect(typeof report.valid).toBe('boolean');
  expect(Array.isArray(report.issues)).toBe(true);
  expect(report.valid).toBe(!report.issues.some((i) => i.severity === 'error'));
  for (const i of report.issues) {
    expect(typeof i.ruleId).toBe('string');
    expect(['error', 'warning', 'info']).toContain(i.severity);
    expect(i.path === '' || i.path.startsWith('/')).toBe(true);
    expect(typeof i.message).toBe('string');
  }
}

const anyOptions: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      lang: fc.constantFrom('fr', 'en', 'de', 1),
      typeDocument: fc.constantFrom('pag', 'convention-territoriale', 'tableau-derogations', 'x'),
      numbering: fc.constantFrom('ans-2023', 'cnsa-2018', 'ror-r265', 'autre'),
      referenceDate: fc.constantFrom('2025-01-01', '2025-02-30', 'demain', 20250101),
      skipRules: fc.oneof(fc.array(fc.string()), fc.constant('PAG-DATES-005')),
      deprecatedCodes: fc.constantFrom('error', 'warning', 'maybe'),
      includePersonalData: fc.anything(),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

describe('validate() never throws', () => {
  it(`on ${runs(6_000)} arbitrary JSON values`, () => {
    fc.assert(
      fc.property(fc.jsonValue(), anyOptions, (value, options) => {
        wellFormed(validate(value, options as ValidateOptions));
      }),
      { numRuns: runs(6_000) },
    );
  });

  it(`on ${runs(4_000)} arbitrary JavaScript values (functions, symbols, Maps, Dates, bigints, sparse arrays, null prototypes…)`, () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
          withObjectString: true,
          withBoxedValues: true,
        }),
        (value) => {
          wellFormed(validate(value));
          wellFormed(validatePag(value));
        },
      ),
      { numRuns: runs(4_000) },
    );
  });

  it('on arbitrary values placed anywhere inside a real PAG, forced to each type', () => {
    fc.assert(
      fc.property(mutatedDocumentArbitrary(pagArbitrary() as fc.Arbitrary<unknown>), fc.anything(), (mutated, junk) => {
        wellFormed(validate(mutated.document));
        const doc = JSON.parse(JSON.stringify(mutated.document ?? null)) as unknown;
        if (doc !== null && typeof doc === 'object' && !Array.isArray(doc)) (doc as Record<string, unknown>)['situation'] = junk;
        wellFormed(validatePag(doc));
        wellFormed(validateConvention(doc));
        wellFormed(validateTableauDerogations(doc));
      }),
      { numRuns: runs(300) },
    );
  });

  it('on hostile values: cycles, throwing getters, revoked proxies, __proto__ keys, deep nesting, huge arrays', () => {
    const cyclic: Record<string, unknown> = { ...cleanPag() };
    cyclic['situation'] = cyclic;
    const getter = { ...cleanPag() };
    Object.defineProperty(getter, 'statut', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const trap = new Proxy(
      { typeDocument: 'pag' },
      {
        ownKeys: () => {
          throw new Error('trap');
        },
        getPrototypeOf: () => {
          throw new Error('trap');
        },
      },
    );
    const proto = JSON.parse('{"typeDocument":"pag","__proto__":{"statut":"valide"},"constructor":{"prototype":{}}}') as unknown;
    let deep: unknown = 'x';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    let deepObject: unknown = {};
    for (let i = 0; i < 50_000; i++) deepObject = { extensions: deepObject };
    const huge = { ...cleanPag(), engagements: new Array(30_000).fill({ identifiant: 1 }) };
    const sparse = { ...cleanPag(), engagements: new Array(5) };
    const weird = { typeDocument: 'pag', a: Symbol('s'), b: 10n, c: () => 1, d: new Date(), e: new Map(), f: NaN, g: undefined, h: Infinity };
    const deepExtension = { ...cleanPag(), extensions: { 'fr.editeur': deep } };
    for (const value of [cyclic, getter, proxy, trap, proto, deep, deepObject, huge, sparse, weird, deepExtension, Object.create(null), Object.freeze(cleanPag())]) {
      const report = validate(value);
      wellFormed(report);
    }
    expect(validate(cyclic).issues.some((i) => i.ruleId === 'STRUCTURE-JSON' && i.path === '/situation')).toBe(true);
    expect(validate(getter).issues.some((i) => i.ruleId === 'STRUCTURE-JSON' && i.path === '/statut')).toBe(true);
    expect(validate(proto).issues.some((i) => i.path === '/__proto__' && i.ruleId === 'STRUCTURE-INCONNU')).toBe(true);
    expect(validate(huge).valid).toBe(false);
    // A deep extension value is valid JSON: the document is valid.
    expect(validate(deepExtension, { referenceDate: '2026-01-15' }).valid).toBe(true);
  });

  it('assertValid throws only ValidationError, carrying every issue', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          assertValid(value);
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
          expect((error as ValidationError).issues).toEqual(validate(value).issues);
        }
      }),
      { numRuns: runs(500) },
    );
  });
});

describe('documents generated valid', () => {
  it.each([
    ['pag', pagArbitrary()],
    ['convention-territoriale', conventionTerritorialeArbitrary()],
    ['tableau-derogations', tableauDerogationsArbitrary()],
  ] as const)('%s: no structural issue on 400 generated documents', (type, arbitrary) => {
    fc.assert(
      fc.property(arbitrary as fc.Arbitrary<unknown>, (doc) => {
        const report = validate(doc);
        expect(report.typeDocument).toBe(type);
        expect(report.issues.filter((i) => i.ruleId.startsWith('STRUCTURE-') || i.details?.['structure'] !== undefined)).toEqual([]);
        expect(report.rulesNotRun).toEqual([]);
      }),
      { numRuns: runs(400) },
    );
  });
});
