/**
 * The in-memory `undefined` contract, shared by the zod schemas of
 * @serafin-ph/pag-schema and by `validate()`: a property whose value is
 * `undefined` is not an absent property. Both reject it (the validators with
 * `STRUCTURE-JSON` at its JSON Pointer); leaving the property out is how an
 * absent value is written — exactly what the generated interfaces say with
 * exact optional properties. Checked on in-memory values, not on parsed JSON.
 * Inside `extensions`, whose values are free, the contract holds too: both
 * refuse any value that is not JSON (`undefined`, a function, a non-finite
 * number, a class instance…), at any depth.
 */
import { DOCUMENT_SCHEMAS, type DocumentType } from '@serafin-ph/pag-schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conventionTerritorialeArbitrary, pagArbitrary, tableauDerogationsArbitrary } from '@serafin-ph/fixtures/arbitraries';
import { runs } from '../../../scripts/lib/property-runs.js';
import { validate } from '../src/index.js';
import { pointer } from '../src/json/pointer.js';

/** Every object member of `value`: its parent, key and JSON Pointer. */
function members(value: unknown, path: (string | number)[] = [], out: { parent: Record<string, unknown>; key: string; path: string }[] = []): typeof out {
  if (Array.isArray(value)) value.forEach((v, i) => members(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push({ parent: value as Record<string, unknown>, key: k, path: pointer(...path, k) });
      members(v, [...path, k], out);
    }
  }
  return out;
}

const cases: { type: DocumentType; arbitrary: fc.Arbitrary<unknown> }[] = [
  { type: 'pag', arbitrary: pagArbitrary({ maxArrayLength: 3 }) },
  { type: 'convention-territoriale', arbitrary: conventionTerritorialeArbitrary({ maxArrayLength: 2 }) },
  { type: 'tableau-derogations', arbitrary: tableauDerogationsArbitrary({ maxArrayLength: 3 }) },
];

describe('a property set to undefined (in memory)', () => {
  for (const { type, arbitrary } of cases) {
    it(`${type}: zod and validate() both reject it, at its pointer, and both accept the document once it is left out`, () => {
      fc.assert(
        fc.property(arbitrary, fc.nat(), (generated, pick) => {
          // a plain JSON tree first (the arbitraries' free extension values may hold `undefined` themselves)
          const document = JSON.parse(JSON.stringify(generated)) as unknown;
          // every member, those inside the free values of `extensions` included
          const all = members(document);
          fc.pre(all.length > 0);
          const target = all[pick % all.length]!;
          const before = target.parent[target.key];
          const schemaBefore = DOCUMENT_SCHEMAS[type].safeParse(document).success;
          target.parent[target.key] = undefined;
          expect(DOCUMENT_SCHEMAS[type].safeParse(document).success).toBe(false);
          // paths compared as they are: keys typed inside personal-data areas (extensions) are masked otherwise
          const report = validate(document, { typeDocument: type, includePersonalData: true });
          expect(report.valid).toBe(false);
          expect(report.issues).toContainEqual(expect.objectContaining({ ruleId: 'STRUCTURE-JSON', path: target.path, details: { kind: 'non-json', found: 'undefined' } }));
          // left out: zod gives the verdict it gives to the JSON of the document, and so does validate()
          delete target.parent[target.key];
          const json = JSON.parse(JSON.stringify(document)) as unknown;
          expect(DOCUMENT_SCHEMAS[type].safeParse(document).success).toBe(DOCUMENT_SCHEMAS[type].safeParse(json).success);
          expect(validate(document, { typeDocument: type, referenceDate: '2025-12-01' })).toEqual(validate(json, { typeDocument: type, referenceDate: '2025-12-01' }));
          target.parent[target.key] = before;
          expect(DOCUMENT_SCHEMAS[type].safeParse(document).success).toBe(schemaBefore);
        }),
        { numRuns: runs(300) },
      );
    });
  }

  it('an undefined array item is rejected by both as well', () => {
    const doc = { ...(JSON.parse(JSON.stringify(fc.sample(pagArbitrary({ maxArrayLength: 2 }), { numRuns: 1, seed: 3 })[0])) as Record<string, unknown>) };
    (doc['engagements'] as unknown[]).push(undefined);
    expect(DOCUMENT_SCHEMAS.pag.safeParse(doc).success).toBe(false);
    const report = validate(doc);
    expect(report.issues).toContainEqual(expect.objectContaining({ ruleId: 'STRUCTURE-JSON', details: { kind: 'non-json', found: 'undefined' } }));
  });

  it('inside extensions, any non-JSON value at any depth is rejected by both, at its pointer', () => {
    const nonJson = fc.constantFrom<[unknown, string]>(
      [undefined, 'undefined'],
      [Number.NaN, 'NaN'],
      [Number.POSITIVE_INFINITY, 'Infinity'],
      [() => 1, 'function'],
      [Symbol('s'), 'symbol'],
      [BigInt(1), 'bigint'],
      [new Date(0), 'Date'],
      [new Map(), 'Map'],
    );
    fc.assert(
      fc.property(pagArbitrary({ maxArrayLength: 2 }), fc.jsonValue({ maxDepth: 2 }), nonJson, fc.nat(), (generated, value, [bad, found], pick) => {
        const document = JSON.parse(JSON.stringify(generated)) as Record<string, unknown>;
        const holder = { v: value } as Record<string, unknown>;
        // a place inside the extension value: the value itself, or one of its object members
        const places = [{ parent: holder, key: 'v', path: '' }, ...members(value).map((m) => ({ ...m, path: m.path }))];
        const place = places[pick % places.length]!;
        place.parent[place.key] = bad;
        document['extensions'] = { 'fr.editeur': holder['v'] };
        expect(DOCUMENT_SCHEMAS.pag.safeParse(document).success).toBe(false);
        const report = validate(document, { typeDocument: 'pag', includePersonalData: true });
        expect(report.valid).toBe(false);
        const expectedPath = `/extensions/fr.editeur${place.path}`;
        const issue = report.issues.find((i) => i.ruleId === 'STRUCTURE-JSON' && i.path === expectedPath);
        expect(issue, JSON.stringify(report.issues.map((i) => [i.ruleId, i.path]))).toBeDefined();
        expect(issue?.details?.['found']).toBe(found);
      }),
      { numRuns: runs(200) },
    );
  });
});
