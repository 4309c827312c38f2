/**
 * `validate()` reads a plain JSON tree that follows the schema as it is (no
 * defensive copy) and anything else through the copy. Both ways must give the
 * same report: the same document is validated once as is and once with an
 * extra member whose value is `undefined` (not JSON: the fast check refuses
 * it, the copy drops it), on every scenario, every invalid case and generated
 * documents. And the caller's value is never written to.
 */
import fc from 'fast-check';
import { conventionTerritorialeArbitrary, mutatedDocumentArbitrary, pagArbitrary, tableauDerogationsArbitrary } from '@serafin-ph/fixtures/arbitraries';
import { buildInvalidCase, invalidCases, REFERENCE_DATE, scenarios } from '@serafin-ph/fixtures';
import { describe, expect, it } from 'vitest';
import { validate, type ValidateOptions } from '../src/index.js';
import { fastMatchesSchema } from '../src/structure/all-structures.js';
import { runs } from '../../../scripts/lib/property-runs.js';

/** The same JSON, but the fast check cannot take it: the careful way (copy) is used. */
function throughCopy(document: unknown): unknown {
  return document !== null && typeof document === 'object' && !Array.isArray(document) ? Object.assign(Object.create(Object.create(null) as object) as object, document) : document;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function bothWays(document: unknown, options: ValidateOptions): void {
  const direct = validate(document, options);
  expect(validate(throughCopy(document), options)).toEqual(direct);
  const frozen = deepFreeze(structuredClone(document));
  expect(validate(frozen, options)).toEqual(direct);
}

describe('validate(): the direct way and the copy give the same report', () => {
  it('on the scenarios (the direct way is taken) and the invalid cases', () => {
    let direct = 0;
    for (const s of scenarios) {
      const document = s.document();
      if (fastMatchesSchema(s.typeDocument as 'pag', document)) direct++;
      bothWays(document, { referenceDate: REFERENCE_DATE });
      bothWays(document, { referenceDate: REFERENCE_DATE, lang: 'en', includePersonalData: true });
    }
    expect(direct).toBe(scenarios.length);
    for (const c of invalidCases) {
      const { document, options } = buildInvalidCase(c);
      if (c.javascript !== undefined) continue; // not JSON: always the copy
      bothWays(document, options as ValidateOptions);
    }
  });

  it(`on ${runs(600)} generated or mutated documents`, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.oneof(pagArbitrary(), conventionTerritorialeArbitrary(), tableauDerogationsArbitrary()),
          mutatedDocumentArbitrary(fc.oneof(pagArbitrary(), conventionTerritorialeArbitrary(), tableauDerogationsArbitrary())).map((m) => m.document),
        ),
        (document) => {
          bothWays(document, { referenceDate: REFERENCE_DATE });
        },
      ),
      { numRuns: runs(600) },
    );
  });

  it('takes the careful way for what is not a plain JSON tree, and reports it', () => {
    const document = scenarios.find((s) => s.typeDocument === 'pag')?.document() as unknown as Record<string, unknown>;
    const withDate = { ...document, mdph: new Date(0) };
    expect(fastMatchesSchema('pag', withDate)).toBe(false);
    expect(validate(withDate).issues.some((i) => i.ruleId === 'STRUCTURE-JSON' && i.path === '/mdph')).toBe(true);
    const withHole = { ...document, engagements: [...(document['engagements'] as unknown[])] };
    (withHole.engagements as unknown[]).length += 1;
    expect(fastMatchesSchema('pag', withHole)).toBe(false);
    const nullPrototype = Object.assign(Object.create(null) as Record<string, unknown>, document);
    expect(fastMatchesSchema('pag', nullPrototype)).toBe(true);
  });
});
