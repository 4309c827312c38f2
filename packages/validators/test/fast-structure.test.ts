/**
 * The fast structural check gives Ajv's verdict: on random schemas built from
 * the supported keywords (compared with runtime Ajv, same options and
 * formats), on every single-point mutation of the example and scenario
 * documents (compared with the detailed precompiled validator), and the
 * generator refuses any keyword it does not compile.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compileFastStructure } from '../scripts/generators/fast-structure.js';
import { fastCheck, schemaArbitrary, valueArbitrary } from './support/random-schemas.js';
import { packageRoot } from '../scripts/generators/index.js';
import { ajvOptions } from '../scripts/generators/structure.js';
import { FORMAT_REGEXES, formats } from '../src/structure/formats.js';
import { fastMatchesSchema, matchesSchema } from '../src/structure/all-structures.js';
import { DOCUMENT_TYPES, type DocumentType } from '../src/index.js';
import { runs, THOROUGH } from '../../../scripts/lib/property-runs.js';

let counter = 0;
/** Ajv at run time with the generator's options and formats. */
function ajvCheck(schema: Record<string, unknown>): ((value: unknown) => boolean) | undefined {
  const ajv = new Ajv2020({ ...ajvOptions(), logger: false });
  for (const [name, f] of Object.entries(formats)) ajv.addFormat(name, f);
  try {
    return ajv.compile({ ...schema, $id: `urn:test:${counter++}` });
  } catch {
    return undefined;
  }
}

/** Random schemas compared (each compiled by Ajv, the costly part): 800 in the thorough mode, 40 every day. */
const SCHEMA_RUNS = runs(800, 40);

describe('the fast check gives runtime Ajv’s verdict', () => {
  it(`on ${SCHEMA_RUNS} random schemas × 25 values each (keywords of the published schemas, $ref and formats included)`, () => {
    let compared = 0;
    let valid = 0;
    fc.assert(
      fc.property(
        schemaArbitrary,
        schemaArbitrary.filter((d) => !JSON.stringify(d).includes('$ref')),
        fc.array(valueArbitrary, { minLength: 25, maxLength: 25 }),
        (node, def, values) => {
          if (typeof node === 'boolean') return;
          const schema = { ...node, $defs: { D: def } };
          const ajv = ajvCheck(schema);
          if (ajv === undefined) return; // a schema Ajv's strict mode refuses: nothing to compare
          const fast = fastCheck(schema);
          for (const v of values) {
            const expected = ajv(JSON.parse(JSON.stringify(v) ?? 'null'));
            expect(fast(JSON.parse(JSON.stringify(v) ?? 'null'))).toBe(expected);
            compared++;
            if (expected) valid++;
          }
        },
      ),
      { numRuns: SCHEMA_RUNS },
    );
    // Not vacuous: many comparisons, both verdicts represented. The bounds hold for the everyday
    // count too: on 60 seeds of 40 runs, at least 450 of the 1,000 values were compared (Ajv's
    // strict mode refuses some schemas), 9 of them valid and 395 invalid; the former bounds
    // (half compared, 1 % valid) failed on 6 of those 60 seeds.
    const total = SCHEMA_RUNS * 25;
    expect(compared).toBeGreaterThan(total / 4);
    expect(valid).toBeGreaterThan(total * 0.002);
    expect(compared - valid).toBeGreaterThan(total / 5);
  });

  it('treats a pattern identical to its format’s expression as one test, and a different one as two', () => {
    const same = fastCheck({ type: 'string', format: 'date', pattern: FORMAT_REGEXES.date.source });
    const alone = fastCheck({ type: 'string', pattern: FORMAT_REGEXES.date.source });
    expect([alone('2024-02-29'), alone('2023-02-29'), alone('2024-02-29T10:00:00Z')]).toEqual([true, false, false]);
    const other = fastCheck({ type: 'string', format: 'date', pattern: '^2024' });
    expect([same('2024-02-29'), same('2023-02-29'), same('x')]).toEqual([true, false, false]);
    expect([other('2024-02-29'), other('2023-02-29'), other('2025-01-01')]).toEqual([true, false, false]);
  });

  it('counts code points for minLength and maxLength (a surrogate pair is one character)', () => {
    const two = fastCheck({ type: 'string', minLength: 2 });
    const one = fastCheck({ type: 'string', minLength: 1, maxLength: 1 });
    expect([two('😀'), two('😀😀'), two('ab')]).toEqual([false, true, true]);
    expect([one(''), one('😀'), one('ab')]).toEqual([false, true, false]);
  });
});

describe('the generator refuses what it does not compile', () => {
  const compile = (schema: Record<string, unknown>) => () => compileFastStructure(schema, { formatPatterns: FORMAT_REGEXES });
  it.each([
    [{ type: 'array', uniqueItems: true }, 'unsupported keyword uniqueItems'],
    [{ type: 'object', patternProperties: { '^a': {} } }, 'unsupported keyword patternProperties'],
    [{ type: ['string', 'null'] }, 'only single types'],
    [{ enum: [1, 2] }, 'only enumerations of strings'],
    [{ const: { a: 1 } }, 'only primitive const'],
    [{ $ref: 'https://example.org/other.json' }, 'unsupported or unresolved $ref'],
    [{ minLength: 1 }, 'without a type'],
    [{ type: 'string', minimum: 1 }, 'on type string'],
    [{ type: 'string', format: 'email' }, 'unknown format email'],
    [{ type: 'object', required: ['constructor'] }, 'shadows Object.prototype'],
    [{ if: { type: 'string' } }, 'unsupported keyword if'],
  ])('%j', (schema, message) => {
    expect(compile(schema)).toThrow(message);
  });
});

/** Every location of a JSON value, as paths of keys. */
function locations(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => locations(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) locations(v, [...path, k], out);
  return out;
}

function documentsOf(type: DocumentType): unknown[] {
  const fixtures = join(packageRoot, '..', 'fixtures', 'data');
  const docs: unknown[] = [JSON.parse(readFileSync(join(fixtures, 'examples', `${type}.json`), 'utf8'))];
  const scenarios = join(fixtures, 'scenarios');
  for (const name of readdirSync(scenarios).sort()) {
    const file = join(scenarios, name, 'document.json');
    if (!existsSync(file)) continue;
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { typeDocument?: unknown };
    if (doc.typeDocument === type) docs.push(doc);
  }
  return docs;
}

describe('the fast check and the detailed validator agree on every single-point mutation of the fixtures', () => {
  // Near misses of every kind of value the schemas hold (see TRICKY_VALUES of the fixtures for the full list).
  const replacements = ['', 'x', '2025-02-30', '2024-02-29', '2025-01-01T10:00Z', '24:00', 'ans-2023', '2.3.4.4', 'pag', 0, -1, 1.5, 9007199254740992, true, null, [], {}];
  it.each(DOCUMENT_TYPES)('%s: replaced values, deleted members, added keys across the locations (all of the example in the thorough mode)', (type) => {
    let checked = 0;
    let invalid = 0;
    const agree = (doc: unknown): void => {
      const detailed = matchesSchema(type, doc);
      expect(fastMatchesSchema(type, doc)).toBe(detailed);
      checked++;
      if (!detailed) invalid++;
    };
    documentsOf(type).forEach((original, d) => {
      agree(original);
      // Thorough: every location of the example, every fifth of the scenarios. Every day (time): every third location of the
      // example, every 25th of the scenarios.
      const step = THOROUGH ? (d === 0 ? 1 : 5) : d === 0 ? 3 : 25;
      locations(original).forEach((path, l) => {
        if (l % step !== 0) return;
        const mutate = (change: (parent: Record<string | number, unknown>, key: string | number, doc: unknown) => void): void => {
          const doc = JSON.parse(JSON.stringify(original)) as unknown;
          if (path.length === 0) return;
          let parent = doc as Record<string | number, unknown>;
          for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
          change(parent, path[path.length - 1] as string | number, doc);
          agree(doc);
        };
        for (const r of replacements) mutate((parent, key) => (parent[key] = JSON.parse(JSON.stringify(r)) as unknown));
        mutate((parent, key) => {
          if (Array.isArray(parent)) parent.splice(key as number, 1);
          else delete parent[key];
        });
        mutate((parent, key) => {
          const target = parent[key];
          if (target !== null && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>)['champInconnu'] = 1;
        });
      });
    });
    expect(checked).toBeGreaterThan(THOROUGH ? 2_000 : 1_000);
    expect(invalid).toBeGreaterThan(checked / 2);
  });
});
