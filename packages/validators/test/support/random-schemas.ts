/**
 * Random schemas built from the keywords the published schemas use, random
 * JSON values to check against them, and the generated fast check of a schema
 * run in memory: shared by the tests that compare the fast check with Ajv
 * (`fast-structure.test.ts`) and with the table's verdict
 * (`table-verdict.test.ts`).
 */
import fc from 'fast-check';
import { compileFastStructure } from '../../scripts/generators/fast-structure.js';
import { FORMAT_REGEXES, formats, isCalendarDate, PATTERN_FUNCTIONS } from '../../src/structure/formats.js';
import { hasPlainPrototype, plainSize, ucs2length } from '../../src/structure/runtime.js';
import { DEFAULT_READ_LIMITS } from '../../src/json/read-document.js';

/** A schema node, or `true` / `false`. */
export type Schema = Record<string, unknown> | boolean;

/** Runs the fast check the generator compiles for `schema` (plain JavaScript; tests may evaluate code). */
export function fastCheck(schema: Record<string, unknown>): (value: unknown) => boolean {
  const { code } = compileFastStructure(schema, { formatPatterns: FORMAT_REGEXES, patternFunctions: PATTERN_FUNCTIONS, typescript: false });
  // The test compiles the generated code in memory (the library itself never generates code at run time).
  return new Function(
    'formats',
    'ucs2length',
    'isCalendarDate',
    'hasPlainPrototype',
    'plainSize',
    'DEFAULT_READ_LIMITS',
    `${code.replace('export function isValid', 'function isValid')}\nreturn isValid;`,
  )(formats, ucs2length, isCalendarDate, hasPlainPrototype, plainSize, DEFAULT_READ_LIMITS) as (value: unknown) => boolean;
}

const STRINGS = ['', 'a', 'b', 'ab', 'abc', 'é', '😀', '😀😀', 'a.b', '12', '2024-02-29', '2023-02-29', '2025-01-01T10:00:00Z', '2025-01-01T10:00:00', '10:30', '24:00'];
const PATTERNS = ['^a', '^\\d+$', '^[a-z]+\\.[a-z]+$', FORMAT_REGEXES.date.source, FORMAT_REGEXES['date-time'].source, '^(?:[01]\\d|2[0-3]):[0-5]\\d$'];
const KEYS = ['a', 'b', 'c'];

/** Random schemas (a `$ref` points to `#/$defs/D`). */
export const schemaArbitrary: fc.Arbitrary<Schema> = fc.letrec<{ node: Schema; leaf: Schema }>((tie) => ({
  leaf: fc.oneof(
    fc.record(
      {
        type: fc.constant('string'),
        minLength: fc.integer({ min: 0, max: 3 }),
        maxLength: fc.integer({ min: 0, max: 3 }),
        pattern: fc.constantFrom(...PATTERNS),
        format: fc.constantFrom('date', 'date-time', 'time'),
        enum: fc.uniqueArray(fc.constantFrom(...STRINGS), { minLength: 1, maxLength: 7 }),
        const: fc.constantFrom(...STRINGS),
      },
      { requiredKeys: ['type'] },
    ),
    fc.record(
      {
        type: fc.constantFrom('integer', 'number'),
        minimum: fc.integer({ min: -2, max: 2 }),
        maximum: fc.integer({ min: -2, max: 2 }),
        exclusiveMinimum: fc.integer({ min: -2, max: 2 }),
        exclusiveMaximum: fc.integer({ min: -2, max: 2 }),
      },
      { requiredKeys: ['type'] },
    ),
    fc.constantFrom<Schema>({ type: 'boolean' }, { type: 'null' }, {}, true, false, { title: 'annotation only', 'x-donnees-personnelles': true }),
    fc.uniqueArray(fc.constantFrom(...STRINGS), { minLength: 0, maxLength: 8 }).map((values): Schema => ({ enum: values })),
    fc.constantFrom<unknown>(...STRINGS, 0, 1, -1, true, false, null).map((c): Schema => ({ const: c })),
  ),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    fc.record(
      {
        type: fc.constant('object'),
        properties: fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 3 }),
        required: fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 3 }),
        additionalProperties: fc.oneof(fc.constant(false), fc.constant({}), tie('node')),
        propertyNames: fc.constantFrom<Schema>({ type: 'string', pattern: '^[a-c]$' }, { type: 'string', minLength: 1 }, { type: 'string', maxLength: 1 }),
      },
      { requiredKeys: ['type'] },
    ),
    fc.record({ type: fc.constant('array'), items: tie('node'), minItems: fc.integer({ min: 0, max: 2 }), maxItems: fc.integer({ min: 0, max: 3 }) }, { requiredKeys: ['type'] }),
    fc.tuple(fc.constantFrom('anyOf', 'oneOf', 'allOf'), fc.array(tie('node'), { minLength: 1, maxLength: 3 })).map(([k, branches]): Schema => ({ [k]: branches })),
    fc.constant<Schema>({ $ref: '#/$defs/D' }),
  ),
})).node;

/** Random JSON values, keys of the schemas and of `Object.prototype` included. */
export const valueArbitrary: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...STRINGS),
    fc.constantFrom(0, 1, -1, 2, 1.5, -0, 1e21, -2.5),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', '__proto__', 'constructor'), tie('value'), { maxKeys: 3 }),
  ),
})).value;
