/**
 * A polluted Object.prototype changes no report through the engine's OWN
 * objects either (the sibling prototype-pollution.property.test.ts pollutes
 * with the members of the published schemas, read from the document): the
 * validation tables the structure walk reads, the records it prepares and
 * keeps, the errors it writes, the schema information, the rule sets and
 * rules, the lookups keyed by a document value, the nomenclature's options.
 * The polluting names are derived from the tables and the sources
 * (test/support/engine-member-names.ts). Before, a member named like a
 * keyword the walk reads (`pattern`, `enum`, `required`, `$ref`…), like an
 * absent member of an engine record (`embedded`, `structural`, `s`, `n`,
 * `propertyName`, `misspeltAs`, `numbering`) or like a document value used as
 * a key (`autre`) changed the issues, their messages or details, or made the
 * report STRUCTURE-INTERNE.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildInvalidCase, exampleDocuments, invalidCases } from '@serafin-ph/fixtures';
import { mutatedDocumentArbitrary, validConventionTerritorialeArbitrary, validPagArbitrary, validTableauDerogationsArbitrary } from '@serafin-ph/fixtures/arbitraries';
import { validate } from './index.js';
import { validateConvention } from './convention.js';
import { validatePag } from './pag.js';
import { validateTableauDerogations } from './tableau-derogations.js';
import { checks as pagChecks } from './generated/structure/pag-checks.js';
import { checks as conventionChecks } from './generated/structure/convention-territoriale-checks.js';
import { checks as tableChecks } from './generated/structure/tableau-derogations-checks.js';
import { tableVerdict } from './structure/table-verdict.js';
import { runs, THOROUGH } from '../../../scripts/lib/property-runs.js';
import { REFERENCE_DATE } from '../test/support/rule-test.js';
import { engineMemberNames, tableKeywords } from '../test/support/engine-member-names.js';

const proto = Object.prototype as Record<string, unknown>;
const NAMES = engineMemberNames();
/** The tables' keywords and the schema information's fields, drawn as often as all the other names together. */
const KEYWORDS = [...tableKeywords()].sort();
/**
 * The values a polluting member takes in the exhaustive test (the property test draws any JSON
 * value): a string, an object and `null` every day, numbers, booleans and arrays too in the
 * thorough mode.
 */
const VALUES: readonly unknown[] = THOROUGH ? ['x', {}, 1, true, [], null] : ['x', {}, null];

type Check = (document: unknown, options: Record<string, unknown>) => unknown;
/** The per-document entry points (one kit and one catalogue each), by document type. */
const ENTRIES: Readonly<Record<string, Check>> = {
  pag: validatePag,
  'convention-territoriale': validateConvention,
  'tableau-derogations': validateTableauDerogations,
};

/**
 * Every invalid case of the fixtures and the three examples with `validate()`; with messages in
 * both languages and with the entry point of their type, the examples and every fourth case every
 * day (the same engine reads them: the kit and the catalogues differ), every case in the thorough
 * mode.
 */
const CASES = [
  ...invalidCases.map((c) => buildInvalidCase(c)).map((b) => [JSON.stringify(b.document), b.options] as const),
  ...Object.values(exampleDocuments()).map((d) => [JSON.stringify(d), { referenceDate: REFERENCE_DATE }] as const),
];
const CORPUS: readonly (readonly [string, Record<string, unknown>, Check])[] = CASES.flatMap(([text, options], i) => {
  const entry = ENTRIES[String((JSON.parse(text) as { typeDocument?: unknown } | null)?.typeDocument)];
  const all = THOROUGH || i % 4 === 0 || i >= CASES.length - 3;
  return [
    [text, options, validate as Check] as const,
    ...(all ? [[text, { ...options, messages: 'both' }, validate as Check] as const] : []),
    ...(entry === undefined || !all ? [] : [[text, options, entry] as const]),
  ];
});

const report = (text: string, options: Record<string, unknown>, check: Check = validate as Check): string => {
  try {
    return JSON.stringify(check(JSON.parse(text), options));
  } catch (e) {
    return `threw ${String(e)}`;
  }
};

let polluted: readonly string[] = [];
function pollute(names: readonly string[], value: unknown): void {
  polluted = names;
  for (const n of names) proto[n] = value;
}
function clean(): void {
  for (const n of polluted) delete proto[n];
  polluted = [];
}
afterEach(clean);

/** Where each report differs from the clean one: the text around the first difference (a report is long). */
function differences(reports: readonly string[], cleanReports: readonly string[]): string[] {
  return reports.flatMap((r, i) => {
    const c = cleanReports[i] as string;
    if (r === c) return [];
    let at = 0;
    while (r[at] === c[at]) at++;
    return [`#${i}: ${r.slice(Math.max(0, at - 60), at + 60)} instead of ${c.slice(Math.max(0, at - 60), at + 60)}`];
  });
}

/** The reports of the corpus with `names` polluted with `value`, against the clean ones: the indices that differ. */
function differing(cleanReports: readonly string[], names: readonly string[], value: unknown): number[] {
  pollute(names, value);
  try {
    return CORPUS.flatMap(([text, options, check], i) => (report(text, options, check) === cleanReports[i] ? [] : [i]));
  } finally {
    clean();
  }
}

describe('a polluted Object.prototype never changes the report through the engine’s own objects', () => {
  it('derives several hundred member names, those of the tables and of the engine’s records among them', () => {
    expect(NAMES.length).toBeGreaterThan(500);
    for (const n of ['pattern', 'enum', 'format', 'const', 'required', 'oneOf', 'anyOf', 'allOf', '$ref', 'propertyNames', 'items', 'additionalProperties'])
      expect(NAMES).toContain(n);
    for (const n of ['embedded', 'structural', 's', 'n', 'propertyName', 'misspeltAs', 'numbering', 'autre', 'cnsa-2018', 'severityOption', 'keywords', 'details'])
      expect(NAMES).toContain(n);
    // Codes of the tables' lists key the rules' lookup tables (PAG-BESOINS-001's prestations by besoin); digits alone are left out.
    for (const n of ['1.1.1', '2.3.3.1']) expect(NAMES).toContain(n);
    expect(NAMES.some((n) => /^\d+$/.test(n))).toBe(false);
    expect(NAMES).not.toContain('return');
    expect(NAMES).not.toContain('toString');
    expect(KEYWORDS).toEqual(expect.arrayContaining(['type', 'pattern', 'enum', 'required', 'properties', '$ref', 't', 's', 'n']));
    expect(KEYWORDS.every((k) => NAMES.includes(k))).toBe(true);
  });

  it(`every derived name at once, with each of ${VALUES.length} values: each invalid case and example, plain, and in both languages and through its entry (${CORPUS.length} reports)`, () => {
    const cleanReports = CORPUS.map(([text, options, check]) => report(text, options, check));
    for (const value of VALUES) {
      const bad = differing(cleanReports, NAMES, value);
      if (bad.length === 0) continue;
      // For the failure message: the first report that differs, and the members that change it on their own.
      const [first] = bad as [number];
      pollute(NAMES, value);
      let dirty: string;
      try {
        dirty = report(...(CORPUS[first] as (typeof CORPUS)[number]));
      } finally {
        clean();
      }
      const culprits = NAMES.filter((n) => {
        pollute([n], value);
        try {
          return report(...(CORPUS[first] as (typeof CORPUS)[number])) !== cleanReports[first];
        } finally {
          clean();
        }
      });
      const difference = differences([dirty], [cleanReports[first] as string]);
      expect({ value, documents: bad.length, culprits, difference }).toEqual({ value, documents: 0, culprits: [], difference: [] });
    }
  }, 180_000);

  it(`on ${runs(300, 40)} valid and mutated documents, polluted with a drawn engine member (a table keyword one time in two) and JSON value`, () => {
    const documentArbitrary = fc.oneof(
      mutatedDocumentArbitrary(validPagArbitrary()).map((m) => m.document),
      mutatedDocumentArbitrary(validConventionTerritorialeArbitrary()).map((m) => m.document),
      mutatedDocumentArbitrary(validTableauDerogationsArbitrary()).map((m) => m.document),
      validConventionTerritorialeArbitrary(),
      validTableauDerogationsArbitrary(),
    );
    const optionSets = [{ referenceDate: REFERENCE_DATE }, { referenceDate: REFERENCE_DATE, messages: 'both', includePersonalData: true, numbering: 'cnsa-2018' }];
    let invalid = 0;
    fc.assert(
      fc.property(documentArbitrary, fc.oneof(fc.constantFrom(...KEYWORDS), fc.constantFrom(...NAMES)), fc.jsonValue(), (document, name, value) => {
        const text = JSON.stringify(document);
        for (const options of optionSets) {
          const before = report(text, options);
          pollute([name], value);
          let after: string;
          try {
            after = report(text, options);
          } finally {
            clean();
          }
          expect(after).toBe(before);
          if (before.startsWith('{"valid":false')) invalid++;
        }
      }),
      { numRuns: runs(300, 40) },
    );
    expect(invalid).toBeGreaterThan(0);
  });

  it('what the engine prepares and keeps during a polluted call is the clean record: fresh modules, first called polluted, then clean', async () => {
    const cleanReports = CORPUS.map(([text, options]) => report(text, options));
    vi.resetModules();
    const { validate: fresh } = (await import('./index.js')) as { validate: typeof validate };
    vi.resetModules();
    pollute(NAMES, 'x');
    let during: string[];
    try {
      // Every cache of the fresh engine (prepared walk records, rule plans, renderers, lookups) is first filled under pollution.
      during = CORPUS.map(([text, options]) => JSON.stringify(fresh(JSON.parse(text), options)));
    } finally {
      clean();
    }
    const after = CORPUS.map(([text, options]) => JSON.stringify(fresh(JSON.parse(text), options)));
    expect(differences(during, cleanReports)).toEqual([]);
    expect(differences(after, cleanReports)).toEqual([]);
  });

  it('the browser builds’ verdict read from the table, made and first called polluted, answers as made clean', () => {
    const documents = [
      ...[...new Set(CORPUS.map(([text]) => text))].map((text) => JSON.parse(text) as unknown),
      ...fc.sample(
        mutatedDocumentArbitrary(validPagArbitrary()).map((m) => m.document),
        { numRuns: 30, seed: 11 },
      ),
    ];
    for (const table of [pagChecks, conventionChecks, tableChecks]) {
      const reference = tableVerdict(table);
      const expected = documents.map((d) => reference(d));
      pollute(NAMES, 'x');
      let verdict: (d: unknown) => boolean;
      let polluted: boolean[];
      try {
        verdict = tableVerdict(table);
        // Polluted, the document is read into objects without a prototype before the verdict: so here.
        polluted = documents.map((d) =>
          verdict(JSON.parse(JSON.stringify(d), (_k, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.assign(Object.create(null), v) : v))),
        );
      } finally {
        clean();
      }
      expect(polluted).toEqual(expected);
      expect(documents.map((d) => verdict(d))).toEqual(expected);
    }
  });
});
