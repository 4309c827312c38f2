/**
 * The structure walker reports exactly what Ajv reports. The oracle is Ajv's
 * standalone code of the published schemas, post-processed as the package
 * shipped it until the walker replaced it (`support/ajv-oracle.ts`). On every
 * example, scenario, invalid case and structural violation of the fixtures,
 * and on generated, mutated, corrupted and arbitrary values, both give the
 * same raw errors (keyword, instance and schema paths, parameters, in the
 * same order) — for the document and for each union branch — and the same
 * issues once mapped (rule ids, paths, messages in French and English,
 * details, with and without personal data).
 */
import fc from 'fast-check';
import { buildInvalidCase, exampleDocuments, invalidCases, SCENARIO_IDS, scenarioDocument } from '@serafin-ph/fixtures';
import {
  conventionTerritorialeArbitrary,
  mutatedDocumentArbitrary,
  pagArbitrary,
  ruleViolationArbitrary,
  RULE_VIOLATION_IDS,
  tableauDerogationsArbitrary,
  TRICKY_VALUES,
} from '@serafin-ph/fixtures/arbitraries';
import { describe, expect, it } from 'vitest';
import { loadSchemas, type JsonSchema } from '../scripts/generators/structure.js';
import { packageRoot } from '../scripts/generators/index.js';
import { ALL_KITS } from '../src/documents/all-kits.js';
import { readDocument, type JsonValue } from '../src/json/read-document.js';
import type { AjvError } from '../src/structure/ajv-error.js';
import { mapErrors } from '../src/structure/map-errors.js';
import { STRUCTURE_MESSAGES } from '../src/structure/locales/index.js';
import { walkingValidator } from '../src/structure/walk-errors.js';
import { checkTable } from '../scripts/generators/structure-checks.js';
import type { CheckNode } from '../src/structure/check-schema.js';
import { DOCUMENT_TYPES, type DocumentType } from '../src/index.js';
import { runs } from '../../../scripts/lib/property-runs.js';
import { ajvOracle, type AjvOracle } from './support/ajv-oracle.js';

const schemas = loadSchemas(packageRoot);
const all = Object.values(schemas);
const oracles = Object.fromEntries(DOCUMENT_TYPES.map((t) => [t, ajvOracle(all, schemas[t]['$id'] as string)])) as Record<DocumentType, AjvOracle>;

let compared = 0;
let rejected = 0;

function raw(
  v: { (d: unknown, o?: { instancePath?: string; rootData?: unknown }): boolean; errors?: AjvError[] | null },
  d: unknown,
  instancePath?: string,
): { valid: boolean; errors: AjvError[] } {
  const valid = instancePath === undefined ? v(d) : v(d, { instancePath, rootData: d });
  return { valid, errors: [...(v.errors ?? [])] };
}

/** Compares the raw errors and the mapped issues of both paths on `document` checked as `type`. */
function same(type: DocumentType, document: unknown): void {
  const root = readDocument(document).value;
  const kit = ALL_KITS[type];
  const walked = raw(kit.structure.validate, root);
  const ajv = raw(oracles[type].validate, root);
  expect(walked).toEqual(ajv);
  // The fast check agrees with both.
  expect(kit.structure.isValid(root)).toBe(ajv.valid);
  if (!ajv.valid) {
    rejected++;
    for (const lang of ['fr', 'en'] as const) {
      for (const includePersonalData of [false, true]) {
        const ctx = { type, lang, m: STRUCTURE_MESSAGES[lang], includePersonalData, info: kit.rules.info, root };
        const mine = mapErrors(walked.errors, { ...ctx, branch: kit.structure.branch });
        const theirs = mapErrors(ajv.errors, { ...ctx, branch: oracles[type].branch });
        expect(mine).toEqual(theirs);
      }
    }
    // Each union branch alone, on the same value, as the union resolution calls them.
    for (const [ptr, u] of Object.entries(kit.rules.info.unions)) {
      for (let i = 0; i < u.branchCount; i++) {
        expect(raw(kit.structure.branch(`${ptr}/${i}`), root, '/x')).toEqual(raw(oracles[type].branch(`${ptr}/${i}`), root, '/x'));
      }
    }
  }
  compared++;
}

/** `document` checked as each type. */
function sameForEveryType(document: unknown): void {
  for (const type of DOCUMENT_TYPES) same(type, document);
}

const arbitraries: Record<DocumentType, fc.Arbitrary<unknown>> = {
  pag: pagArbitrary() as fc.Arbitrary<unknown>,
  'convention-territoriale': conventionTerritorialeArbitrary() as fc.Arbitrary<unknown>,
  'tableau-derogations': tableauDerogationsArbitrary() as fc.Arbitrary<unknown>,
};

/** Where a value sits: its parent (object or array) and its key. */
type Place = readonly [Record<string, unknown> | unknown[], string | number];

function places(v: unknown, out: Place[] = []): Place[] {
  if (Array.isArray(v)) v.forEach((x, i) => (out.push([v, i]), places(x, out)));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) (out.push([v as Record<string, unknown>, k]), places(x, out));
  return out;
}

/** One corruption: at the `at`-th place (modulo their count), replace the value, delete it, or add a key beside it. */
const corruption = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('replace', 'delete', 'add'),
  key: fc.constantFrom('inconnu', 'dateNaissnce', 'typ', 'extensions', 'x.y', 'a/b~c'),
  value: fc.oneof(fc.constantFrom(...TRICKY_VALUES.filter((t) => t !== undefined)), fc.jsonValue({ maxDepth: 2 })),
});

/** `valid` with one to five corruptions applied to a JSON copy (replacements may be any JSON value or a tricky value). */
function corrupted(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.array(corruption, { minLength: 1, maxLength: 5 })).map(([doc, changes]) => {
    let copy = readDocument(doc).value as unknown;
    for (const c of changes) {
      const list = places(copy);
      if (list.length === 0) {
        copy = c.value;
        continue;
      }
      const [parent, key] = list[c.at % list.length] as Place;
      if (c.op === 'replace') (parent as Record<string | number, unknown>)[key] = c.value;
      else if (c.op === 'delete' && Array.isArray(parent)) parent.splice(key as number, 1);
      else if (c.op === 'delete') delete (parent as Record<string, unknown>)[key];
      else if (!Array.isArray(parent)) parent[c.key] = c.value;
    }
    return copy;
  });
}

describe('the structure walker reports what Ajv reports', () => {
  it('on the examples, the scenarios and every invalid case of the fixtures, as each document type', () => {
    for (const doc of Object.values(exampleDocuments())) sameForEveryType(doc);
    for (const id of SCENARIO_IDS) sameForEveryType(scenarioDocument(id));
    for (const c of invalidCases) sameForEveryType(buildInvalidCase(c).document);
    expect(compared).toBeGreaterThan(3 * invalidCases.length);
  });

  it('on the structural violations of the fixtures', () => {
    for (const ruleId of RULE_VIOLATION_IDS.filter((id) => id.startsWith('STRUCTURE-'))) {
      fc.assert(
        fc.property(ruleViolationArbitrary(ruleId, { maxArrayLength: 2 }), (v) => {
          const t = (v.document as { typeDocument?: unknown } | null)?.typeDocument;
          if ((DOCUMENT_TYPES as readonly unknown[]).includes(t)) same(t as DocumentType, v.document);
          else sameForEveryType(v.document);
        }),
        { numRuns: runs(200) },
      );
    }
  });

  it.each(DOCUMENT_TYPES)('on generated valid %s documents', (type) => {
    fc.assert(
      fc.property(arbitraries[type], (doc) => same(type, doc)),
      { numRuns: runs(200) },
    );
  });

  it.each(DOCUMENT_TYPES)('on lightly mutated %s documents (the mutations of the fixtures)', (type) => {
    fc.assert(
      fc.property(mutatedDocumentArbitrary(arbitraries[type]), ({ document }) => same(type, document)),
      { numRuns: runs(1_000) },
    );
  });

  it.each(DOCUMENT_TYPES)('on %s documents with one to five corruptions', (type) => {
    const before = rejected;
    fc.assert(
      fc.property(corrupted(arbitraries[type]), (doc) => same(type, doc)),
      { numRuns: runs(2_000) },
    );
    // Most corrupted documents are rejected, so the comparison covers the error path.
    expect(rejected - before).toBeGreaterThan(runs(2_000) / 2);
  });

  it('on arbitrary JSON values and tricky values, as each type', () => {
    for (const v of TRICKY_VALUES) sameForEveryType(v);
    fc.assert(
      fc.property(fc.jsonValue(), (doc) => sameForEveryType(doc)),
      { numRuns: runs(1_000) },
    );
  });
});

/** Keywords the published schemas do not use today (or use in one way only), compared on small schemas of their own. */
describe('the structure walker follows Ajv on keywords the schemas use little', () => {
  const ID = 'https://example.org/walker.schema.json';
  const synthetic: JsonSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: ID,
    type: 'object',
    required: ['a', 'b'],
    propertyNames: { type: 'string', maxLength: 3 },
    additionalProperties: { type: 'integer', minimum: 0, exclusiveMaximum: 10 },
    properties: {
      a: { oneOf: [{ type: 'string' }, { type: 'string', minLength: 2 }, { const: 'abc' }, { type: 'number' }] },
      b: { anyOf: [{ type: 'boolean' }, { $ref: '#/$defs/Item' }] },
      c: { type: 'array', minItems: 1, maxItems: 2, items: { $ref: '#/$defs/Item' } },
      d: {
        allOf: [
          { type: 'number', maximum: 5 },
          { type: 'number', exclusiveMinimum: 1 },
        ],
      },
      e: { type: 'string', enum: ['x', 'y'], format: 'date', pattern: '^2' },
      f: { type: 'null' },
      g: false,
      'h/~': { type: 'string', minLength: 1 },
      '10': { type: 'boolean', const: true },
    },
    $defs: {
      Item: { type: 'object', additionalProperties: false, required: ['k'], properties: { k: { enum: ['x', 1, null, true] } } },
    },
  };
  const oracle = ajvOracle([synthetic], ID, { '/properties/a/oneOf': { branchCount: 4 }, '/properties/b/anyOf': { branchCount: 2 } });
  const table = checkTable(synthetic) as CheckNode;
  const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    v: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom<JsonValue>('abc', 'a', 'x', '2025-01-01', 'y', '', 0, 1, 5, 10, -1, 2.5, true, false, null, 'k', 'h/~', '10'),
      fc.array(tie('v'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h/~', '10', 'k', 'zz', 'long'), tie('v'), { maxKeys: 6 }),
    ),
  })).v;
  it('on small values of a schema with every keyword the walker implements', () => {
    fc.assert(
      fc.property(value, (doc) => {
        expect(raw(walkingValidator(table), doc)).toEqual(raw(oracle.validate, doc));
        for (const ptr of ['/properties/a/oneOf/0', '/properties/a/oneOf/2', '/properties/b/anyOf/1']) {
          expect(raw(walkingValidator(table, ptr), doc, '/p')).toEqual(raw(oracle.branch(ptr), doc, '/p'));
        }
      }),
      { numRuns: runs(3_000) },
    );
  });
  it('on a oneOf with three passing branches (Ajv stops at the second)', () => {
    expect(raw(walkingValidator(table), { a: 'abc', b: true })).toEqual(raw(oracle.validate, { a: 'abc', b: true }));
    expect(raw(oracle.validate, { a: 'abc', b: true }).errors.map((e) => e.params)).toEqual([{ passingSchemas: [0, 1] }]);
  });
});
