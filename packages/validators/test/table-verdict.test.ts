/**
 * The size-first fast check of the `browser` builds (`table-verdict.ts`, the
 * verdict read from the validation table) answers what the generated fast
 * check answers, and the reports are the same: on random schemas × random
 * values (non-JSON values included), on generated, mutated and non-JSON
 * documents of the three types, and `validate()` run with either check.
 */
import fc from 'fast-check';
import { conventionTerritorialeArbitrary, mutatedDocumentArbitrary, pagArbitrary, tableauDerogationsArbitrary, validPagArbitrary } from '@serafin-ph/fixtures/arbitraries';
import { REFERENCE_DATE, scenarios } from '@serafin-ph/fixtures';
import { describe, expect, it } from 'vitest';
import { checkTable } from '../scripts/generators/structure-checks.js';
import { validateWith, type EntryPoint } from '../src/engine.js';
import { ALL_KITS } from '../src/documents/all-kits.js';
import type { DocumentKit } from '../src/documents/kit.js';
import { ALL_CATALOGUES } from '../src/locales/all.js';
import type { CheckNode } from '../src/structure/check-schema.js';
import type { CompiledStructure } from '../src/structure/compiled.js';
import { conventionStructure as conventionBrowser } from '../src/structure/convention-territoriale-structure-browser.js';
import { conventionStructure } from '../src/structure/convention-territoriale-structure.js';
import { pagStructure as pagBrowser } from '../src/structure/pag-structure-browser.js';
import { pagStructure } from '../src/structure/pag-structure.js';
import { derogationsStructure as derogationsBrowser } from '../src/structure/tableau-derogations-structure-browser.js';
import { derogationsStructure } from '../src/structure/tableau-derogations-structure.js';
import { tableVerdict } from '../src/structure/table-verdict.js';
import type { DocumentType, ValidateOptions } from '../src/types.js';
import { runs } from '../../../scripts/lib/property-runs.js';
import { fastCheck, schemaArbitrary, valueArbitrary } from './support/random-schemas.js';
import { withNonJson } from './support/non-json.js';

/** Non-JSON values and non-plain objects, which both checks must refuse wherever they are. */
class Instance {
  a = 1;
}
const NON_JSON: readonly (() => unknown)[] = [
  () => undefined,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => 10n,
  () => Symbol('s'),
  () => () => 1,
  () => new Date(0),
  () => new Map(),
  () => new Instance(),
  () => [1, , 2], // eslint-disable-line no-sparse-arrays
  () => ({ a: undefined }),
  () => Object.assign(Object.create(null) as object, { a: 'x' }), // plain (null prototype): JSON-like
];

const SCHEMA_RUNS = runs(2_000, 100);

describe('the table verdict gives the generated fast check’s verdict', () => {
  it(`on ${SCHEMA_RUNS} random schemas × 25 values each, non-JSON values included`, () => {
    let compared = 0;
    let valid = 0;
    fc.assert(
      fc.property(
        schemaArbitrary,
        schemaArbitrary.filter((d) => !JSON.stringify(d).includes('$ref')),
        fc.array(fc.tuple(valueArbitrary, fc.nat(8), fc.integer({ min: -1, max: NON_JSON.length - 1 })), { minLength: 25, maxLength: 25 }),
        (node, def, values) => {
          if (typeof node === 'boolean') return;
          const schema = { ...node, $defs: { D: def } };
          let generated: (v: unknown) => boolean;
          let table: CheckNode;
          try {
            generated = fastCheck(schema);
            table = checkTable(schema) as CheckNode;
          } catch {
            return; // a schema one of the generators refuses: nothing to compare
          }
          const verdict = tableVerdict(table);
          for (const [v, at, which] of values) {
            const value = which < 0 ? v : withNonJson(v, at, NON_JSON[which] as () => unknown);
            const expected = generated(value);
            expect(verdict(value)).toBe(expected);
            compared++;
            if (expected) valid++;
          }
        },
      ),
      { numRuns: SCHEMA_RUNS },
    );
    const total = SCHEMA_RUNS * 25;
    expect(compared).toBeGreaterThan(total / 2);
    expect(valid).toBeGreaterThan(total * 0.01);
    expect(compared - valid).toBeGreaterThan(total / 4);
  });

  it('on unions of overlapping branches (a value that passes two branches of a oneOf fails it)', () => {
    const leaves: unknown[] = [
      true,
      {},
      { type: 'string' },
      { type: 'string', minLength: 1 },
      { const: 'a' },
      { enum: ['a', 'b'] },
      { type: 'integer' },
      { type: 'number', minimum: 0 },
      false,
    ];
    const values: unknown[] = ['', 'a', 'b', 0, 1, -1, 1.5, null, true, {}, [], [1], { a: 1 }];
    let compared = 0;
    let refused = 0;
    for (const k of ['anyOf', 'oneOf', 'allOf'])
      for (const first of leaves)
        for (const second of leaves) {
          const schema = { [k]: [first, second, { type: 'boolean' }] };
          const generated = fastCheck(schema);
          const verdict = tableVerdict(checkTable(schema) as CheckNode);
          for (const v of values) {
            expect(verdict(v), `${JSON.stringify(schema)} on ${JSON.stringify(v)}`).toBe(generated(v));
            compared++;
            if (!generated(v)) refused++;
          }
        }
    expect(fastCheck({ oneOf: [{}, { type: 'string' }] })('a')).toBe(false);
    expect(tableVerdict(checkTable({ oneOf: [{}, { type: 'string' }] }) as CheckNode)('a')).toBe(false);
    expect(refused).toBeGreaterThan(compared / 4);
  });

  it('counts values against the reader’s limit as the generated check does (an unconstrained member, deep or wide)', () => {
    const schema = { type: 'object', properties: { a: {}, b: { type: 'array', items: { type: 'string' } } } };
    const generated = fastCheck(schema);
    const verdict = tableVerdict(checkTable(schema) as CheckNode);
    let deep: unknown = 'x';
    for (let i = 0; i < 70; i++) deep = [deep];
    const cases = [
      { a: deep },
      { a: [[[[['x']]]]] },
      { a: { b: undefined } },
      { b: Array.from({ length: 2_000_001 }, () => 'x') },
      { b: Array.from({ length: 1_999_998 }, () => 'x') },
    ];
    expect(cases.map(verdict)).toEqual(cases.map(generated));
    expect(cases.map(verdict)).toEqual([false, true, false, false, true]);
  });
});

const TYPES: readonly [DocumentType, CompiledStructure, CompiledStructure, fc.Arbitrary<unknown>][] = [
  ['pag', pagStructure, pagBrowser, fc.oneof(pagArbitrary(), validPagArbitrary())],
  ['convention-territoriale', conventionStructure, conventionBrowser, conventionTerritorialeArbitrary()],
  ['tableau-derogations', derogationsStructure, derogationsBrowser, tableauDerogationsArbitrary()],
];

describe.each(TYPES)('%s: the browser structure and the generated one agree', (_type, generated, browser, documents) => {
  it(`on ${runs(1_000, 50)} generated, mutated and non-JSON documents`, () => {
    let valid = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          documents,
          mutatedDocumentArbitrary(documents).map((m) => m.document),
          fc.tuple(documents, fc.nat(200), fc.nat(NON_JSON.length - 1)).map(([d, at, which]) => withNonJson(d, at, NON_JSON[which] as () => unknown)),
        ),
        (document) => {
          const expected = generated.isValid(document);
          expect(browser.isValid(document)).toBe(expected);
          if (expected) valid++;
        },
      ),
      { numRuns: runs(1_000, 50) },
    );
    expect(valid).toBeGreaterThan(runs(1_000, 50) / 10);
  });
});

const BROWSER_STRUCTURES = { pag: pagBrowser, 'convention-territoriale': conventionBrowser, 'tableau-derogations': derogationsBrowser } as const;

/** The all-types entry with the generated fast checks (as built for Node), or with the browser ones. */
function entry(browser: boolean): EntryPoint {
  const kits = Object.fromEntries(
    Object.entries(ALL_KITS).map(([t, kit]) => [t, browser ? ({ ...kit, structure: BROWSER_STRUCTURES[t as DocumentType] } satisfies DocumentKit) : kit]),
  );
  return { kits, catalogues: ALL_CATALOGUES };
}

describe('validate() gives the same report with either fast check', () => {
  const node = entry(false);
  const browser = entry(true);
  const same = (document: unknown, options: ValidateOptions): void => {
    expect(validateWith(browser, document, options, undefined)).toEqual(validateWith(node, document, options, undefined));
  };
  it('on the scenarios', () => {
    for (const s of scenarios) {
      same(s.document(), { referenceDate: REFERENCE_DATE });
      same(s.document(), { referenceDate: REFERENCE_DATE, lang: 'en', includePersonalData: true });
    }
  });
  it(`on ${runs(300, 20)} generated or mutated documents`, () => {
    const any = fc.oneof(pagArbitrary(), validPagArbitrary(), conventionTerritorialeArbitrary(), tableauDerogationsArbitrary());
    fc.assert(
      fc.property(
        fc.oneof(
          any,
          mutatedDocumentArbitrary(any).map((m) => m.document),
        ),
        (document) => same(document, { referenceDate: REFERENCE_DATE }),
      ),
      { numRuns: runs(300, 20) },
    );
  });
});
