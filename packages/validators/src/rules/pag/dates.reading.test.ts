/**
 * Equivalence guard of the dates read once (support/date-reading.ts): the
 * five date rules reading `facts.dateReading()` report exactly what they
 * reported when PAG-DATES-001 and 005 each walked every date and 002 read
 * each pair (that implementation is kept below, verbatim but for the facts it
 * read, recomputed here as they were, as the reference): the same
 * PAG-DATES-* issues (French and English messages, paths, details, order) and
 * the same rules not run, on random dates of the example PAG (dates, date-
 * times, impossible dates, wrong types, at every date position) and on
 * schema-valid, business-valid and mutated random PAGs. (The reference reads
 * a date-time as PAG-DATES-005 does since probe 5: after the reference date
 * when it is so both as written and in UTC.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../../../scripts/lib/property-runs.js';
import { mutatedDocumentArbitrary, pagArbitrary, validPagArbitrary } from '@serafin-ph/fixtures/arbitraries';
import { validateWith, type EntryPoint } from '../../engine.js';
import { PAG_KIT } from '../../documents/pag-kit.js';
import { PAG_EN, PAG_FR } from '../../locales/pag.js';
import { cleanPag } from '../../../test/support/documents.js';
import { REFERENCE_DATE } from '../../../test/support/rule-test.js';
import { at, arrayOf, prop, stringOf } from '../../json/access.js';
import type { Located } from '../../json/expand.js';
import type { JsonValue } from '../../json/read-document.js';
import { calendarDate } from '../../dates.js';
import { walkPagFacts } from '../../generated/facts/pag-fact-walk.js';
import { DATE_PAIRS, DATE_PATTERN_LIST, PAG_DATES, type DatedValue } from './support/date-positions.js';
import { PAG_FACT_DATES_FROM, PAG_FACT_PAIRS_FROM } from './support/fact-patterns.js';
import { pagRule, msg } from './support/pag-rule.js';
import { calendarDay } from './support/date-reading.js';

// ---- The reference: the facts the rules read before (every date, the pair objects), then the five rules as they were. ----

const DATE_KINDS: readonly DatedValue['kind'][] = DATE_PATTERN_LIST.map((p) => PAG_DATES[p] as DatedValue['kind']);

/** The day `yyyymmdd` of a date-time's instant in UTC (PAG-DATES-005 since probe 5), or of a date as written. */
function utcDayOf(value: unknown, date: string): number {
  // only a value with its offset (Z or ±HH:MM) is an instant; without one, Date.parse would use the machine's time zone
  const t = typeof value === 'string' && value.length > 10 && /(?:Z|[+-]\d\d:\d\d)$/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(t)) return Number(date.replaceAll('-', ''));
  const u = new Date(t);
  return u.getUTCFullYear() * 10000 + (u.getUTCMonth() + 1) * 100 + u.getUTCDate();
}

/** The former `datedValuesOf` (date-positions.ts), with each date's day in UTC. */
function datedValuesOf(located: readonly (readonly Located[])[]): (DatedValue & { readonly utcDay: number })[] {
  const out: (DatedValue & { readonly utcDay: number })[] = [];
  for (let i = 0; i < located.length; i++) {
    const values = located[i] as readonly Located[];
    const pattern = DATE_PATTERN_LIST[i] as string;
    const kind = DATE_KINDS[i] as DatedValue['kind'];
    for (const at of values) {
      const date = calendarDate(at.value);
      if (date !== undefined) out.push({ path: at.path, pattern, kind, date, utcDay: utcDayOf(at.value, date) });
    }
  }
  return out;
}

const WALKS = new WeakMap<object, readonly (readonly Located[])[]>();
function walk(document: unknown): readonly (readonly Located[])[] {
  const key = document as object;
  let located = WALKS.get(key);
  if (located === undefined) WALKS.set(key, (located = walkPagFacts(document as JsonValue)));
  return located;
}
/** The former `facts.dates()`. */
const datesOf = (document: unknown): readonly (DatedValue & { readonly utcDay: number })[] => datedValuesOf(walk(document).slice(PAG_FACT_DATES_FROM, PAG_FACT_PAIRS_FROM));
/** The former `facts.datePairObjects()`. */
const datePairObjectsOf = (document: unknown): readonly (readonly Located[])[] => walk(document).slice(PAG_FACT_PAIRS_FROM);

const naissanceAvantTout = pagRule({
  id: 'PAG-DATES-001',
  severity: 'error',
  family: 'dates',
  reads: ['/situation/personne/dateNaissance'],
  check: ({ document, facts, emit, show }) => {
    const birth = facts.dateNaissance;
    if (birth === undefined) return;
    for (const d of datesOf(document)) {
      if (d.kind === 'texte' || d.pattern === '/situation/personne/dateNaissance') continue;
      if (d.date >= birth) continue;
      const shown = show(d.path, d.date, d.pattern);
      emit(d.path, msg('PAG-DATES-001#1', { shown }));
    }
  },
});

const PAIR_PATTERNS: readonly (readonly [string, string])[] = DATE_PAIRS.map((p) => [`${p.object}/${p.start}`, `${p.object}/${p.end}`]);

const debutAvantFin = pagRule({
  id: 'PAG-DATES-002',
  severity: 'error',
  family: 'dates',
  reads: [],
  check: ({ document, emit, show }) => {
    const objects = datePairObjectsOf(document);
    for (let i = 0; i < DATE_PAIRS.length; i++) {
      const pair = DATE_PAIRS[i] as (typeof DATE_PAIRS)[number];
      for (const at of objects[i] as Located[]) {
        const value = at.value;
        const start = calendarDate(prop(value, pair.start));
        const end = calendarDate(prop(value, pair.end));
        if (start === undefined || end === undefined || start <= end) continue;
        const path = at.path;
        const patterns = PAIR_PATTERNS[i] as readonly [string, string];
        const s = show(`${path}/${pair.start}`, start, patterns[0]);
        const e = show(`${path}/${pair.end}`, end, patterns[1]);
        emit(`${path}/${pair.end}`, msg('PAG-DATES-002#1', { end: pair.end, e, start: pair.start, s }), { debut: pair.start, fin: pair.end });
      }
    }
  },
});

const demandeAvantValidation = pagRule({
  id: 'PAG-DATES-003',
  severity: 'error',
  family: 'dates',
  reads: [],
  check: ({ document, emit }) => {
    const root = document as unknown as JsonValue;
    const demande = calendarDate(at(root, 'demande', 'dateDemande'));
    if (demande === undefined) return;
    for (const key of ['dateElaboration', 'dateValidation'] as const) {
      const d = calendarDate(prop(root, key));
      if (d !== undefined && demande > d) {
        emit('/demande/dateDemande', msg('PAG-DATES-003#1', { demande, key, d }), { dateDemande: demande, [key]: d });
      }
    }
  },
});

const gosAvantValidation = pagRule({
  id: 'PAG-DATES-004',
  severity: 'info',
  family: 'dates',
  reads: [],
  check: ({ document, emit }) => {
    const root = document as unknown as JsonValue;
    const validation = calendarDate(prop(root, 'dateValidation'));
    if (validation === undefined) return;
    arrayOf(at(root, 'demande', 'concertations')).forEach((c, i) => {
      const d = calendarDate(prop(c, 'date'));
      if (d === undefined || d <= validation) return;
      emit(`/demande/concertations/${i}/date`, msg('PAG-DATES-004#1', { value: stringOf(prop(c, 'type')) ?? '?', d, validation }), {
        date: d,
        dateValidation: validation,
      });
    });
  },
});

const rienDansLeFutur = pagRule({
  id: 'PAG-DATES-005',
  severity: 'error',
  family: 'dates',
  reads: [],
  check: ({ document, options, emit, show }) => {
    const root = document as unknown as JsonValue;
    const ended = prop(root, 'statut') === 'termine';
    for (const d of datesOf(document)) {
      const kind = d.kind;
      if (kind === 'planned' || (kind === 'fin' && !ended)) continue;
      // Since probe 5: a date-time is after the reference date when it is so both as written and in UTC.
      if (d.date <= options.referenceDate || d.utcDay <= Number(options.referenceDate.replaceAll('-', ''))) continue;
      const shown = show(d.path, d.date, d.pattern);
      emit(d.path, msg('PAG-DATES-005#1', { shown, referenceDate: options.referenceDate }), {
        referenceDate: options.referenceDate,
      });
    }
  },
});

/** The date rules before the shared reading. */
const referenceRules = [naissanceAvantTout, debutAvantFin, demandeAvantValidation, gosAvantValidation, rienDansLeFutur];

// ---- The comparison. ----

const byId = new Map(referenceRules.map((r) => [r.definition.id, r]));
const REFERENCE: EntryPoint = {
  kits: { pag: { ...PAG_KIT, rules: { ...PAG_KIT.rules, rules: PAG_KIT.rules.rules.map((r) => byId.get(r.definition.id) ?? r) } } },
  catalogues: [PAG_FR, PAG_EN],
};
const CURRENT: EntryPoint = { kits: { pag: PAG_KIT }, catalogues: [PAG_FR, PAG_EN] };

it('the reference replaces exactly the five date rules', () => {
  expect(PAG_KIT.rules.rules.filter((r) => byId.has(r.definition.id)).map((r) => r.definition.id)).toEqual([
    'PAG-DATES-001',
    'PAG-DATES-002',
    'PAG-DATES-003',
    'PAG-DATES-004',
    'PAG-DATES-005',
  ]);
});

/** The PAG-DATES-* part of a report in both languages: issues (messages in French and English) and rules not run. */
function datesPart(entry: EntryPoint, document: unknown, referenceDate: string, personal: boolean): { issues: unknown[]; notRun: unknown[] } {
  const report = validateWith(entry, document, { referenceDate, messages: 'both', includePersonalData: personal }, undefined);
  return {
    issues: report.issues.filter((i) => i.ruleId.startsWith('PAG-DATES-')),
    notRun: report.rulesNotRun.filter((n) => n.ruleId.startsWith('PAG-DATES-')),
  };
}

const referenceDate = fc.constantFrom(REFERENCE_DATE, '2025-03-15', '2030-01-01', '2000-01-01');
const personal = fc.boolean();

/** Values put at the date positions: dates on both sides of the example's, date-times, impossible dates, other types. */
const DATE_VALUES: readonly unknown[] = [
  '1990-05-12',
  '2009-03-01',
  '2012-07-14',
  '2024-11-30',
  '2025-03-10',
  '2025-03-10T16:45:00+01:00',
  '2026-01-15',
  '2026-01-16',
  '2027-09-01T08:00:00Z',
  '2026-01-16T01:30:00+04:00',
  '2025-03-16T00:30:00+03:00',
  '2030-01-01T22:00:00-03:00',
  '2031-12-31',
  '2025-02-30',
  '2025-13-01',
  '2025-3-1',
  '',
  42,
  null,
];
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}/;
const base = cleanPag();

/** Replaces the `n`-th date-like string of `value` by `picks[n]` when it is a number (an index in DATE_VALUES). */
function redate(value: unknown, picks: readonly (number | undefined)[], counter: { n: number }): unknown {
  if (typeof value === 'string') {
    if (!DATE_LIKE.test(value)) return value;
    const pick = picks[counter.n++ % picks.length];
    return pick === undefined ? value : DATE_VALUES[pick];
  }
  if (Array.isArray(value)) return value.map((v) => redate(v, picks, counter));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redate(v, picks, counter)]));
  return value;
}

/** The example PAG with random values at its dates, and a random status. */
const dated = fc
  .tuple(
    fc.array(fc.option(fc.nat({ max: DATE_VALUES.length - 1 }), { nil: undefined, freq: 2 }), { minLength: 80, maxLength: 80 }),
    fc.constantFrom('termine', 'valide', undefined),
  )
  .map(([picks, statut]) => {
    const d = redate(base, picks, { n: 0 }) as Record<string, unknown>;
    if (statut !== undefined) d['statut'] = statut;
    return d;
  });

it('calendarDay reads the date calendarDate reads, as a day number in chronological order', () => {
  const chars = fc.constantFrom('0', '1', '2', '9', '-', 'T', 'a', ':', '+');
  const dateLike = fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.string({ unit: chars, maxLength: 6 }))
    .map(([y, m, d, rest]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}${rest}`);
  const values = fc.oneof(dateLike, fc.string({ unit: chars, maxLength: 14 }), fc.constantFrom(null, 42, undefined, {}, '2024-02-29', '2025-02-29', '2000-02-29', '1900-02-29'));
  fc.assert(
    fc.property(values, values, (a, b) => {
      const da = calendarDate(a);
      expect(calendarDay(a)).toBe(da === undefined ? -1 : Number(da.replaceAll('-', '')));
      const db = calendarDate(b);
      if (da !== undefined && db !== undefined) expect(Math.sign(calendarDay(a) - calendarDay(b))).toBe(da < db ? -1 : da > db ? 1 : 0);
    }),
    { numRuns: runs(2000, 500) },
  );
});

describe('date rules: the dates read once report what the rules walking every date reported', () => {
  it('on random dates of the example PAG (issues of every PAG-DATES rule, messages in both languages, order)', () => {
    const seen = new Set<string>();
    let notRun = 0;
    fc.assert(
      fc.property(dated, referenceDate, personal, (d, r, p) => {
        const expected = datesPart(REFERENCE, d, r, p);
        for (const i of expected.issues as { ruleId: string }[]) seen.add(i.ruleId);
        notRun += expected.notRun.length;
        expect(datesPart(CURRENT, d, r, p)).toEqual(expected);
      }),
      { numRuns: runs(300, 100) },
    );
    // Not vacuous: every rule reports on some of them, and a broken birth date blocks PAG-DATES-001 on some.
    expect([...seen].sort()).toEqual(['PAG-DATES-001', 'PAG-DATES-002', 'PAG-DATES-003', 'PAG-DATES-004', 'PAG-DATES-005']);
    expect(notRun).toBeGreaterThan(0);
  });

  it('on schema-valid, business-valid and mutated random PAGs (the fixtures’ arbitraries)', () => {
    let issues = 0;
    const documents = fc.oneof(
      pagArbitrary(),
      validPagArbitrary(),
      mutatedDocumentArbitrary(validPagArbitrary()).map((m) => m.document),
    );
    fc.assert(
      fc.property(documents, referenceDate, personal, (d, r, p) => {
        const expected = datesPart(REFERENCE, d, r, p);
        issues += expected.issues.length;
        expect(datesPart(CURRENT, d, r, p)).toEqual(expected);
      }),
      { numRuns: runs(200, 60) },
    );
    expect(issues).toBeGreaterThan(0);
  });
});
