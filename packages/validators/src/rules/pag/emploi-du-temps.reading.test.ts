/**
 * Equivalence guard of the timetable read once (support/timetable.ts): the six
 * timetable rules reading `facts.timetable()` report exactly what they
 * reported when each walked the document's slots itself (that implementation
 * is kept below, verbatim, as the reference): the same PAG-EDT-* issues
 * (messages, paths, details, order) and the same rules not run, on random
 * timetables, schema-valid and business-valid random PAGs, and timetables
 * with a broken field (the rules that read it are blocked, the others run on
 * the defensive reading).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pagArbitrary, validPagArbitrary } from '@serafin-ph/fixtures/arbitraries';
import type { Pag } from '@serafin-ph/pag-schema';
import { validateWith, type EntryPoint } from '../../engine.js';
import { PAG_KIT } from '../../documents/pag-kit.js';
import { PAG_EN, PAG_FR } from '../../locales/pag.js';
import { cleanPag } from '../../../test/support/documents.js';
import { REFERENCE_DATE } from '../../../test/support/rule-test.js';
import { slotArbitrary, timetablePags, type Slot } from '../../../test/support/timetable-arbitraries.js';
import type { EngagementFact, PagFacts } from './support/facts.js';
import type { WeekKind } from './messages/params.js';
import { pagRule, msg } from './support/pag-rule.js';
import { related } from './support/related-codes.js';
import { itemRef, nth } from '../../positions.js';

// ---- The reference: the six rules as they were, each reading the slots itself. ----

/** Minutes since midnight of a well-formed `HH:MM` (the schema's pattern; the rules reading it only run when it holds). */
function minutes(hhmm: string): number {
  return ((hhmm.charCodeAt(0) - 48) * 10 + hhmm.charCodeAt(1) - 48) * 60 + (hhmm.charCodeAt(3) - 48) * 10 + hhmm.charCodeAt(4) - 48;
}

function slotCode(facts: PagFacts, index: number): string | undefined {
  return facts.slotCodes()[index];
}

function slots(document: Pag): NonNullable<Pag['annexes']>['emploiDuTemps'] {
  return document.annexes?.emploiDuTemps ?? [];
}

/**
 * Where the slots take place: a slot's kind of place and, when given, its
 * precision (compared trimmed and lower-cased, normalised once per slot, when
 * first compared). Two slots are in the same place when they have the same
 * kind of place and the same precision, or when one of them has no precision
 * ({@link samePlaceAt}).
 */
interface Places {
  readonly list: readonly { lieu: string; precisionLieu?: string }[];
  /** Normalised `precisionLieu` by slot index, once computed. */
  readonly normalised: (string | undefined)[];
}

function placesOf(list: readonly { lieu: string; precisionLieu?: string }[]): Places {
  return { list, normalised: [] };
}

function normalisedPrecision(places: Places, i: number, precision: string): string {
  let n = places.normalised[i];
  if (n === undefined) places.normalised[i] = n = precision.trim().toLowerCase();
  return n;
}

/** Slots `i` and `j` take place in the same place (see {@link Places}). */
function samePlaceAt(places: Places, i: number, j: number): boolean {
  const a = places.list[i] as { lieu: string; precisionLieu?: string };
  const b = places.list[j] as { lieu: string; precisionLieu?: string };
  if (a.lieu !== b.lieu) return false;
  if (a.precisionLieu === undefined || b.precisionLieu === undefined) return true;
  return normalisedPrecision(places, i, a.precisionLieu) === normalisedPrecision(places, j, b.precisionLieu);
}

const operateurEngage = pagRule({
  id: 'PAG-EDT-001',
  severity: 'error',
  family: 'emploi-du-temps',
  reads: ['/annexes/emploiDuTemps/*/identifiantEngagement', '/engagements/*/identifiant'],
  check: ({ document, facts, emit, show }) => {
    slots(document).forEach((s, i) => {
      if (facts.engagements.has(s.identifiantEngagement)) return;
      const path = `/annexes/emploiDuTemps/${i}/identifiantEngagement`;
      emit(path, msg('PAG-EDT-001#1', { nth: nth(i), identifiantEngagement: show(path, s.identifiantEngagement, '/annexes/emploiDuTemps/*/identifiantEngagement') }));
    });
  },
});

const prestationEngagee = pagRule({
  id: 'PAG-EDT-002',
  severity: 'error',
  family: 'emploi-du-temps',
  reads: ['/annexes/emploiDuTemps/*/identifiantEngagement', '/annexes/emploiDuTemps/*/prestation', '/engagements/*/identifiant', '/engagements/*/prestations/*/prestation'],
  check: ({ document, facts, emit }) => {
    // The codes each engagement commits to, listed once per engagement.
    const engagedCodes = new Map<EngagementFact, string[]>();
    slots(document).forEach((s, i) => {
      const e = facts.engagements.get(s.identifiantEngagement);
      if (e === undefined) return;
      const code = slotCode(facts, i);
      if (code === undefined) return;
      let engaged = engagedCodes.get(e);
      if (engaged === undefined) {
        engaged = e.prestations.map((p) => p.concept?.code).filter((c): c is NonNullable<typeof c> => c !== undefined);
        engagedCodes.set(e, engaged);
      }
      if (engaged.some((p) => related(p, code))) return;
      emit(`/annexes/emploiDuTemps/${i}/prestation`, msg('PAG-EDT-002#1', { code, nth: nth(i), ref: itemRef(e.identifiant, e.index), value: engaged.join(', ') }), {
        prestation: code,
        engagement: e.index,
        prestationsEngagees: [...engaged],
      });
    });
  },
});

const horairesOrdonnes = pagRule({
  id: 'PAG-EDT-003',
  severity: 'error',
  family: 'emploi-du-temps',
  reads: ['/annexes/emploiDuTemps/*/heureDebut', '/annexes/emploiDuTemps/*/heureFin', '/annexes/emploiDuTemps/*/finLendemain'],
  check: ({ document, emit }) => {
    slots(document).forEach((s, i) => {
      if (endsNextDay(s)) {
        if (s.heureFin <= s.heureDebut) return;
        emit(`/annexes/emploiDuTemps/${i}/heureFin`, msg('PAG-EDT-003#1', { nth: nth(i), heureFin: s.heureFin, heureDebut: s.heureDebut }));
        return;
      }
      if (s.heureDebut < s.heureFin) return;
      emit(`/annexes/emploiDuTemps/${i}/heureFin`, msg('PAG-EDT-003#2', { nth: nth(i), heureFin: s.heureFin, heureDebut: s.heureDebut }));
    });
  },
});

const DAY_MINUTES = 24 * 60;
const WEEK_MINUTES = 7 * DAY_MINUTES;
const DAY_INDEX: Readonly<Record<string, number>> = { lundi: 0, mardi: 1, mercredi: 2, jeudi: 3, vendredi: 4, samedi: 5, dimanche: 6 };

/** The slot ends the next day: `finLendemain`, or an end at 00:00 (midnight) after a later start. */
function endsNextDay(s: { finLendemain?: boolean; heureDebut: string; heureFin: string }): boolean {
  return s.finLendemain === true || (s.heureFin === '00:00' && s.heureDebut !== '00:00');
}
/** True when a slot is well-formed for PAG-EDT-003 (the other timetable rules only read those). */
function wellFormed(s: Slot): boolean {
  return endsNextDay(s) ? s.heureFin <= s.heureDebut : s.heureDebut < s.heureFin;
}

/** Duration of a well-formed slot, in minutes. */
function duration(s: Slot): number {
  const d = minutes(s.heureFin) - minutes(s.heureDebut);
  return endsNextDay(s) ? d + DAY_MINUTES : d;
}

/** Two slots that can take place the same week: same period, or one of them all year; school term and school holidays never meet; dated periods that do not meet never meet. */
function samePeriod(a: Slot, b: Slot): boolean {
  const p = a.periode;
  const q = b.periode;
  if (p === undefined || q === undefined) return true;
  // School term and school holidays, in either order (the same slot type twice never excludes).
  if ((p.type === 'periode-scolaire' && q.type === 'vacances-scolaires') || (p.type === 'vacances-scolaires' && q.type === 'periode-scolaire')) return false;
  if (p.dateDebut !== undefined && q.dateFin !== undefined && q.dateFin < p.dateDebut) return false;
  if (q.dateDebut !== undefined && p.dateFin !== undefined && p.dateFin < q.dateDebut) return false;
  return true;
}

const chevauchementLieux = pagRule({
  id: 'PAG-EDT-004',
  severity: 'warning',
  family: 'emploi-du-temps',
  reads: [
    '/annexes/emploiDuTemps/*/jour',
    '/annexes/emploiDuTemps/*/heureDebut',
    '/annexes/emploiDuTemps/*/heureFin',
    '/annexes/emploiDuTemps/*/finLendemain',
    '/annexes/emploiDuTemps/*/alternance',
    '/annexes/emploiDuTemps/*/periode',
    '/annexes/emploiDuTemps/*/lieu',
    '/annexes/emploiDuTemps/*/precisionLieu',
  ],
  check: ({ document, emit }) => {
    const list = slots(document);
    const n = list.length;
    if (n < 2) return;
    const places = placesOf(list);
    // Every stretch of the week covered by a well-formed slot: a slot's own, and, for a Sunday night that goes on
    // to Monday, a second one from Monday 00:00 (it starts at 0, never where the slot starts: a slot lasts under
    // two days, so it only goes past the end of the week when it starts after Saturday 00:00). The times are
    // well-formed `HH:MM` (this rule's reads), whose order as strings (PAG-EDT-003) is their order as minutes.
    // Each stretch as one number, `start * scale + i`: the numbers sort as the pairs (start, slot) do and read
    // back with integer arithmetic. `start` is below 7 × 24 × 60, so with 2¹⁶ (fewer than 65,536 slots: every
    // real timetable) a key is a small integer; beyond, 2³² (above any array index) keeps them exact integers.
    const scale = n < 0x10000 ? 0x10000 : 2 ** 32;
    const starts: number[] = [];
    const ends: number[] = [];
    const reported: boolean[] = [];
    const keys: number[] = [];
    for (let i = 0; i < n; i++) {
      const s = list[i] as Slot;
      const from = minutes(s.heureDebut);
      const to = minutes(s.heureFin);
      const overnight = endsNextDay(s);
      reported.push(false);
      if (overnight ? to > from : from >= to) {
        starts.push(-1);
        ends.push(-1);
        continue;
      }
      const start = (DAY_INDEX[s.jour] ?? 0) * DAY_MINUTES + from;
      const end = start + to - from + (overnight ? DAY_MINUTES : 0);
      starts.push(start);
      ends.push(end);
      keys.push(start * scale + i);
      if (end > WEEK_MINUTES) keys.push(i);
    }
    // In start order, then slot order.
    keys.sort((x, y) => x - y);
    // One sweep per kind of week: every week when no slot alternates, else week A and week B (a slot of every
    // week is in both; a pair of every-week slots is reported once, in the week-A sweep). In start order, keep the
    // two slots that end last among those seen, at two different places: a new slot overlaps a slot elsewhere
    // exactly when one of the two ends after it starts and is elsewhere. O(n log n) for the sort, then linear.
    let alternates = false;
    for (let i = 0; i < n && !alternates; i++) alternates = (list[i] as Slot).alternance !== undefined;
    const weeks: (string | undefined)[] = alternates ? ['semaine-a', 'semaine-b'] : [undefined];
    for (const week of weeks) {
      // The two latest-ending slots at two different places (-1: none yet), and where they end.
      let first = -1;
      let firstEnd = 0;
      let second = -1;
      let secondEnd = 0;
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k] as number;
        const i = key % scale;
        const start = (key - i) / scale;
        // The slot's own stretch, cut at the end of the week, or the part on Monday morning.
        const end = start === starts[i] ? Math.min(ends[i] as number, WEEK_MINUTES) : (ends[i] as number) - WEEK_MINUTES;
        const a = list[i] as Slot;
        if (week !== undefined && a.alternance !== undefined && a.alternance !== week) continue;
        if (!reported[i]) {
          for (let c = 0; c < 2; c++) {
            const j = c === 0 ? first : second;
            if (j < 0 || j === i || (c === 0 ? firstEnd : secondEnd) <= start) continue;
            const b = list[j] as Slot;
            if (samePlaceAt(places, i, j) || !samePeriod(a, b)) continue;
            if (week === 'semaine-b' && a.alternance === undefined && b.alternance === undefined) continue;
            reported[i] = true;
            emit(
              `/annexes/emploiDuTemps/${i}`,
              msg('PAG-EDT-004#1', {
                nth: nth(i),
                jour: a.jour,
                heureDebut: a.heureDebut,
                heureFin: a.heureFin,
                lieu: a.lieu,
                nth2: nth(j),
                jour2: b.jour,
                heureDebut2: b.heureDebut,
                heureFin2: b.heureFin,
                lieu2: b.lieu,
              }),
              { autreCreneau: j },
            );
            break;
          }
        }
        if (first < 0 || end > firstEnd) {
          if (first >= 0 && !samePlaceAt(places, i, first)) {
            second = first;
            secondEnd = firstEnd;
          }
          first = i;
          firstEnd = end;
        } else if (!samePlaceAt(places, i, first) && (second < 0 || end > secondEnd)) {
          second = i;
          secondEnd = end;
        }
      }
    }
  },
});

const creneauDecrit = pagRule({
  id: 'PAG-EDT-006',
  severity: 'warning',
  family: 'emploi-du-temps',
  reads: ['/annexes/emploiDuTemps/*/prestation', '/annexes/emploiDuTemps/*/nature', '/annexes/emploiDuTemps/*/identifiantEngagement', '/engagements/*/prestations'],
  check: ({ document, facts, emit }) => {
    slots(document).forEach((s, i) => {
      if (s.prestation !== undefined || s.nature !== undefined) return;
      // The only prestation of its engagement: the slot says what it holds.
      if (facts.engagements.get(s.identifiantEngagement)?.prestations.length === 1) return;
      emit(`/annexes/emploiDuTemps/${i}`, msg('PAG-EDT-006#1', { nth: nth(i) }));
    });
  },
});

/** The weeks PAG-EDT-005 compares: school weeks and holiday weeks when a slot has such a period, else every week. */
const SCHOOL_WEEKS: readonly WeekKind[] = ['periode-scolaire', 'vacances-scolaires'];
const EVERY_WEEK: readonly WeekKind[] = ['toute-l-annee'];

const volumeHebdomadaire = pagRule({
  id: 'PAG-EDT-005',
  severity: 'warning',
  family: 'emploi-du-temps',
  reads: ['/annexes/emploiDuTemps', '/engagements/*/identifiant', '/engagements/*/prestations'],
  check: ({ document, facts, emit }) => {
    const list = slots(document);
    const n = list.length;
    if (n === 0) return;
    const codes = facts.slotCodes();
    // The slots of each engagement identifier, in timetable order (listed once, not once per engagement).
    const byEngagement = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const id = (list[i] as Slot).identifiantEngagement;
      const own = byEngagement.get(id);
      if (own === undefined) byEngagement.set(id, [i]);
      else own.push(i);
    }
    // The minutes of each slot (0 for one PAG-EDT-003 reports), read once, when a prestation has slots.
    let lengths: number[] | undefined;
    for (const e of facts.engagementList) {
      const own = byEngagement.get(e.identifiant);
      if (own === undefined) continue;
      const engagement = document.engagements[e.index];
      if (engagement === undefined) continue;
      const prestations = engagement.prestations;
      for (let k = 0; k < prestations.length; k++) {
        const p = prestations[k] as (typeof prestations)[number];
        const code = e.prestations[k]?.concept?.code;
        const periode = p.frequence.periode;
        if (code === undefined || (periode !== 'semaine' && periode !== 'quinzaine')) continue;
        // The slots of this prestation, and whether one of them is in school term or holidays only.
        const coded: number[] = [];
        let hasPeriods = false;
        for (let o = 0; o < own.length; o++) {
          const i = own[o] as number;
          const c = codes[i];
          if (c === undefined || !related(c, code)) continue;
          coded.push(i);
          const type = (list[i] as Slot).periode?.type;
          if (type === 'periode-scolaire' || type === 'vacances-scolaires') hasPeriods = true;
        }
        // No slot of this prestation: absent from every week, nothing to compare (what the weeks below would find).
        if (coded.length === 0) continue;
        if (lengths === undefined) {
          lengths = [];
          for (let i = 0; i < n; i++) {
            const s = list[i] as Slot;
            lengths.push(wellFormed(s) ? duration(s) : 0);
          }
        }
        // Over a fortnight a slot of every week happens twice, a slot of every other week (`alternance`) once.
        const weeks = periode === 'quinzaine' ? 2 : 1;
        // The weeks of the year: slots without a period happen in every week; a school-term slot in the
        // school weeks (a pupil's ordinary week), a school-holiday slot in the holiday weeks. A dated stay or
        // another period is no ordinary week and is not counted. The frequency agrees when it matches one of them.
        const kinds = hasPeriods ? SCHOOL_WEEKS : EVERY_WEEK;
        const nombre = p.frequence.nombre;
        const expectedMinutes = p.frequence.dureeMinutes === undefined ? undefined : nombre * p.frequence.dureeMinutes;
        let agrees = false;
        let kind: WeekKind | undefined;
        let count = 0;
        let total = 0;
        for (let w = 0; w < kinds.length && !agrees; w++) {
          const week = kinds[w] as WeekKind;
          let weekCount = 0;
          let weekTotal = 0;
          for (let o = 0; o < coded.length; o++) {
            const i = coded[o] as number;
            const s = list[i] as Slot;
            if (s.periode !== undefined && s.periode.type !== week) continue;
            const weight = s.alternance === undefined ? weeks : weeks / 2;
            weekCount += weight;
            weekTotal += (lengths[i] as number) * weight;
          }
          // A prestation absent from this week is not compared: a slot carries one prestation, and prestations
          // given during another one's slots (daily-life support during a day placement) are not listed.
          if (weekCount === 0) continue;
          if (weekCount === nombre && (expectedMinutes === undefined || weekTotal === expectedMinutes)) agrees = true;
          else if (kind === undefined) {
            kind = week;
            count = weekCount;
            total = weekTotal;
          }
        }
        if (agrees || kind === undefined) continue;
        const matching = coded.filter((i) => {
          const s = list[i] as Slot;
          return s.periode === undefined || s.periode.type === kind;
        });
        const countOk = count === nombre;
        const minutesOk = expectedMinutes === undefined || total === expectedMinutes;
        const path = `/engagements/${e.index}/prestations/${k}/frequence`;
        const parts = [
          ...(countOk ? [] : [msg('PAG-EDT-005#1', { count, fortnight: periode === 'quinzaine', week: kind, nombre })]),
          ...(minutesOk
            ? []
            : [
                msg('PAG-EDT-005#2', {
                  total,
                  fortnight: periode === 'quinzaine',
                  week: kind,
                  expectedMinutes,
                  nombre,
                  dureeMinutes: p.frequence.dureeMinutes,
                }),
              ]),
        ];
        emit(path, msg('PAG-EDT-005#3', { code, ref: itemRef(e.identifiant, e.index), parts }), {
          prestation: code,
          creneaux: count,
          frequence: nombre,
          periodeFrequence: periode,
          semaineComparee: kind,
          minutesEmploiDuTemps: total,
          ...(expectedMinutes === undefined ? {} : { minutesDeclarees: expectedMinutes }),
          creneauxConcernes: matching,
        });
      }
    }
  },
});

/** The timetable rules before the shared reading. */
const referenceRules = [operateurEngage, prestationEngagee, horairesOrdonnes, chevauchementLieux, volumeHebdomadaire, creneauDecrit];

// ---- The comparison. ----

const byId = new Map(referenceRules.map((r) => [r.definition.id, r]));
const REFERENCE: EntryPoint = {
  kits: { pag: { ...PAG_KIT, rules: { ...PAG_KIT.rules, rules: PAG_KIT.rules.rules.map((r) => byId.get(r.definition.id) ?? r) } } },
  catalogues: [PAG_FR, PAG_EN],
};
const CURRENT: EntryPoint = { kits: { pag: PAG_KIT }, catalogues: [PAG_FR, PAG_EN] };

/** The PAG-EDT-* part of a report: issues and rules not run. */
function timetablePart(entry: EntryPoint, document: unknown, lang: 'fr' | 'en'): { issues: unknown[]; notRun: unknown[] } {
  const report = validateWith(entry, document, { referenceDate: REFERENCE_DATE, lang }, undefined);
  return {
    issues: report.issues.filter((i) => i.ruleId.startsWith('PAG-EDT-')),
    notRun: report.rulesNotRun.filter((n) => n.ruleId.startsWith('PAG-EDT-')),
  };
}

const base = cleanPag();
const engagementIds = base.engagements.map((e) => e.identifiant);
const slot = slotArbitrary(engagementIds, {
  natures: ['accueil', 'soin'],
  placePrecisions: ['IME de la Vilaine', ' ime de la vilaine ', 'Collège Jules-Verne, ULIS', 'École Jean-Moulin'],
});
/** The example PAG with random slots and random frequencies of its engagements' prestations. */
const timetables = timetablePags(base, fc.array(slot, { maxLength: 14 }), [30, 60, 90]);

const FIELDS = ['jour', 'heureDebut', 'heureFin', 'finLendemain', 'alternance', 'periode', 'identifiantEngagement', 'prestation', 'nature', 'lieu', 'precisionLieu'] as const;
/** A random timetable with one slot's field deleted or replaced by a value of the wrong shape. */
const broken = fc
  .tuple(timetables, fc.nat(), fc.constantFrom(...FIELDS), fc.constantFrom(undefined, null, 42, '', '9:5', 'lundi', true, [], {}, { type: 42 }))
  .map(([d, n, field, value]) => {
    const slots = d.annexes?.emploiDuTemps ?? [];
    if (slots.length === 0) return d;
    const s = slots[n % slots.length] as unknown as Record<string, unknown>;
    if (value === undefined) delete s[field];
    else s[field] = value;
    return d;
  });

const lang = fc.constantFrom('fr' as const, 'en' as const);

describe('timetable rules: the timetable read once reports what each rule reading the slots reported', () => {
  it('on random timetables (issues of every PAG-EDT rule, messages and order included)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(timetables, lang, (d, l) => {
        const expected = timetablePart(REFERENCE, d, l);
        for (const i of expected.issues as { ruleId: string }[]) seen.add(i.ruleId);
        expect(timetablePart(CURRENT, d, l)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
    // Not vacuous: every rule reports on some of them.
    expect([...seen].sort()).toEqual(['PAG-EDT-001', 'PAG-EDT-002', 'PAG-EDT-003', 'PAG-EDT-004', 'PAG-EDT-005', 'PAG-EDT-006']);
  });

  it('on timetables with a broken field (blocked rules, the others on the defensive reading)', () => {
    let notRun = 0;
    let issues = 0;
    fc.assert(
      fc.property(broken, lang, (d, l) => {
        const expected = timetablePart(REFERENCE, d, l);
        notRun += expected.notRun.length;
        issues += expected.issues.length;
        expect(timetablePart(CURRENT, d, l)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
    expect(notRun).toBeGreaterThan(50);
    expect(issues).toBeGreaterThan(50);
  });

  it('on schema-valid and business-valid random PAGs (the fixtures’ arbitraries)', () => {
    let issues = 0;
    fc.assert(
      fc.property(fc.oneof(pagArbitrary(), validPagArbitrary()), lang, (d, l) => {
        const expected = timetablePart(REFERENCE, d, l);
        issues += expected.issues.length;
        expect(timetablePart(CURRENT, d, l)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
    expect(issues).toBeGreaterThan(0);
  });
});
