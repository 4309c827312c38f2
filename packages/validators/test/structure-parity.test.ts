/**
 * The structural verdict is the same whichever engine gives it: the zod schema
 * (`safeParse`), Ajv compiling the published JSON Schema at run time, and the
 * precompiled standalone validators this package ships (the detailed one, every
 * error, and the fast check that answers only true or false).
 */
import fc from 'fast-check';
import { exampleDocuments } from '@serafin-ph/fixtures';
import { conventionTerritorialeArbitrary, mutatedDocumentArbitrary, pagArbitrary, tableauDerogationsArbitrary } from '@serafin-ph/fixtures/arbitraries';
import { DOCUMENT_SCHEMAS } from '@serafin-ph/pag-schema';
import { describe, expect, it } from 'vitest';
import { createAjv, loadSchemas } from '../scripts/generators/structure.js';
import { packageRoot } from '../scripts/generators/index.js';
import { formats } from '../src/structure/formats.js';
import { fastMatchesSchema, matchesSchema } from '../src/structure/all-structures.js';
import { DOCUMENT_TYPES, type DocumentType } from '../src/index.js';
import { runs } from '../../../scripts/lib/property-runs.js';

const published = loadSchemas(packageRoot);
// Runtime Ajv on the published files as they are (annotations kept), same options and formats as the generator.
const runtimeAjv = createAjv(Object.values(published), formats, false);
const runtime = (type: DocumentType) => runtimeAjv.getSchema(published[type]['$id'] as string) as (d: unknown) => boolean;

function verdicts(type: DocumentType, doc: unknown): { zod: boolean; runtime: boolean; precompiled: boolean; fast: boolean } {
  return { zod: DOCUMENT_SCHEMAS[type].safeParse(doc).success, runtime: runtime(type)(doc), precompiled: matchesSchema(type, doc), fast: fastMatchesSchema(type, doc) };
}

const arbitraries: Record<DocumentType, fc.Arbitrary<unknown>> = {
  pag: pagArbitrary() as fc.Arbitrary<unknown>,
  'convention-territoriale': conventionTerritorialeArbitrary() as fc.Arbitrary<unknown>,
  'tableau-derogations': tableauDerogationsArbitrary() as fc.Arbitrary<unknown>,
};

describe('zod, runtime Ajv and the precompiled validators agree', () => {
  it.each(DOCUMENT_TYPES)('on the example %s (valid for all three)', (type) => {
    expect(verdicts(type, exampleDocuments()[type])).toEqual({ zod: true, runtime: true, precompiled: true, fast: true });
  });

  it.each(DOCUMENT_TYPES)('on 400 generated valid %s documents', (type) => {
    fc.assert(
      fc.property(arbitraries[type], (doc) => {
        expect(verdicts(type, doc)).toEqual({ zod: true, runtime: true, precompiled: true, fast: true });
      }),
      { numRuns: runs(400) },
    );
  });

  it.each(DOCUMENT_TYPES)(`on ${runs(600)} lightly mutated %s documents (valid or not)`, (type) => {
    let invalid = 0;
    fc.assert(
      fc.property(mutatedDocumentArbitrary(arbitraries[type]), ({ document }) => {
        const v = verdicts(type, document);
        expect(v.runtime).toBe(v.zod);
        expect(v.precompiled).toBe(v.zod);
        expect(v.fast).toBe(v.zod);
        if (!v.zod) invalid++;
      }),
      { numRuns: runs(600) },
    );
    // The mutations do produce invalid documents, so the comparison is not vacuous.
    expect(invalid).toBeGreaterThan(runs(600) / 6);
  });

  it(`on ${runs(1_000)} arbitrary JSON values checked as each type`, () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...DOCUMENT_TYPES), (doc, type) => {
        const v = verdicts(type, doc);
        expect(v.precompiled).toBe(v.zod);
        expect(v.runtime).toBe(v.zod);
        expect(v.fast).toBe(v.zod);
      }),
      { numRuns: runs(1_000) },
    );
  });
});
