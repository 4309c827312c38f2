/**
 * A polluted Object.prototype (an enumerable property, as `Object.prototype.x = …` or a merge
 * through `__proto__` leaves it) never changes a report: on valid, random and mutated documents
 * of the three types, polluted with a member named like any member the published schemas define,
 * with any JSON value, every report is the unpolluted one (issues, messages in both languages,
 * paths, details, rules not run, the typed document). Before, any such member made every
 * document invalid: the structure saw it as an unknown property of every object.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  mutatedDocumentArbitrary,
  pagArbitrary,
  validConventionTerritorialeArbitrary,
  validPagArbitrary,
  validTableauDerogationsArbitrary,
} from '@serafin-ph/fixtures/arbitraries';
import { validate } from './index.js';
import { runs } from '../../../scripts/lib/property-runs.js';
import { REFERENCE_DATE } from '../test/support/rule-test.js';

const proto = Object.prototype as Record<string, unknown>;
const SCHEMAS: unknown[] = ['pag', 'convention-territoriale', 'tableau-derogations'].map((name) =>
  JSON.parse(readFileSync(new URL(`../../pag-schema/schemas/${name}.schema.json`, import.meta.url), 'utf8')),
);
/** Every member name the published schemas define: where an inherited value would be read as the document's. */
const NAMES = [...new Set(SCHEMAS.flatMap((schema) => memberNames(schema)))].filter((name) => !(name in Object.prototype)).sort();
function memberNames(node: unknown): string[] {
  if (node === null || typeof node !== 'object') return [];
  const own = Object.entries(node as Record<string, unknown>);
  const here = own.flatMap(([k, v]) => (k === 'properties' && v !== null && typeof v === 'object' ? Object.keys(v) : []));
  return [...here, ...own.flatMap(([, v]) => memberNames(v))];
}
const keyArbitrary = fc.constantFrom(...NAMES);
const documentArbitrary = fc.oneof(
  validPagArbitrary(),
  pagArbitrary(),
  mutatedDocumentArbitrary(validPagArbitrary()).map((m) => m.document),
  validConventionTerritorialeArbitrary(),
  validTableauDerogationsArbitrary(),
);
const OPTION_SETS = [
  { referenceDate: REFERENCE_DATE },
  { referenceDate: REFERENCE_DATE, messages: 'both', includePersonalData: true },
  { referenceDate: REFERENCE_DATE, lang: 'en', numbering: 'cnsa-2018' },
] as const;

let polluted: string | undefined;
afterEach(() => {
  if (polluted !== undefined) delete proto[polluted];
  polluted = undefined;
});

describe('a polluted Object.prototype never changes the report', () => {
  it(`on ${runs(300, 40)} documents × 3 option sets, each polluted with a drawn member`, () => {
    let valid = 0;
    fc.assert(
      fc.property(documentArbitrary, keyArbitrary, fc.jsonValue(), (document, key, value) => {
        const text = JSON.stringify(document);
        for (const options of OPTION_SETS) {
          const clean = JSON.stringify(validate(JSON.parse(text), options));
          polluted = key;
          proto[key] = value;
          let dirty: string;
          try {
            dirty = JSON.stringify(validate(JSON.parse(text), options));
          } finally {
            delete proto[key];
            polluted = undefined;
          }
          expect(dirty).toBe(clean);
          if (clean.startsWith('{"valid":true')) valid++;
        }
      }),
      { numRuns: runs(300, 40) },
    );
    expect(valid).toBeGreaterThan(0);
  });

  it('reads only own members: a valid PAG stays valid, a missing member stays missing', () => {
    const pag = fc.sample(validPagArbitrary(), { numRuns: 1, seed: 7 })[0]!;
    const before = validate(structuredClone(pag), { referenceDate: REFERENCE_DATE });
    expect(before.valid).toBe(true);
    polluted = 'typeDocument';
    proto['typeDocument'] = 'pag';
    const { typeDocument: _, ...withoutType } = structuredClone(pag) as unknown as Record<string, unknown>;
    expect(validate(withoutType, { referenceDate: REFERENCE_DATE }).typeDocument).toBeNull();
    delete proto['typeDocument'];
    polluted = 'nature';
    proto['nature'] = 'x';
    const after = validate(structuredClone(pag), { referenceDate: REFERENCE_DATE });
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
  });
});
