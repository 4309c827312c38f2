/**
 * Equivalence guard of the timetable rules' shortcuts: PAG-EDT-004 compares
 * places normalised once per slot (not two strings built per comparison) and
 * PAG-EDT-005 lists each engagement's slots once. On random timetables, the
 * rules report exactly what the former direct computations (kept below as the
 * reference, verbatim but for the messages) report: same paths, same details,
 * same order. (The reference reads a week-end stay written as slots that
 * follow one another as one stay, as the rule does since probe 5.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pag } from '@serafin-ph/pag-schema';
import { validate } from '../../index.js';
import type { JsonValue } from '../../json/read-document.js';
import { cleanPag } from '../../../test/support/documents.js';
import { REFERENCE_DATE } from '../../../test/support/rule-test.js';
import { slotArbitrary, timetablePags, type Slot } from '../../../test/support/timetable-arbitraries.js';
import { related } from './support/related-codes.js';
import { pagFacts } from './support/facts.js';
import type { WeekKind } from './messages/params.js';

// ---- The reference: the computations before the shortcuts. ----

function minutes(hhmm: string): number {
  return ((hhmm.charCodeAt(0) - 48) * 10 + hhmm.charCodeAt(1) - 48) * 60 + (hhmm.charCodeAt(3) - 48) * 10 + hhmm.charCodeAt(4) - 48;
}
function placeOf(s: { lieu: string; precisionLieu?: string }): string {
  return s.precisionLieu === undefined ? s.lieu : `${s.lieu}\u0000${s.precisionLieu.trim().toLowerCase()}`;
}
function samePlace(a: { lieu: string; precisionLieu?: string }, b: { lieu: string; precisionLieu?: string }): boolean {
  if (a.lieu !== b.lieu) return false;
  if (a.precisionLieu === undefined || b.precisionLieu === undefined) return true;
  return placeOf(a) === placeOf(b);
}
const DAY_MINUTES = 24 * 60;
const WEEK_MINUTES = 7 * DAY_MINUTES;
const DAY_INDEX: Readonly<Record<string, number>> = { lundi: 0, mardi: 1, mercredi: 2, jeudi: 3, vendredi: 4, samedi: 5, dimanche: 6 };
/** The slot ends the next day: `finLendemain`, or an end at 00:00 (midnight) after a later start. */
function endsNextDay(s: { finLendemain?: boolean; heureDebut: string; heureFin: string }): boolean {
  return s.finLendemain === true || (s.heureFin === '00:00' && s.heureDebut !== '00:00');
}
function wellFormed(s: Slot): boolean {
  return endsNextDay(s) ? s.heureFin <= s.heureDebut : s.heureDebut < s.heureFin;
}
function duration(s: Slot): number {
  const d = minutes(s.heureFin) - minutes(s.heureDebut);
  return endsNextDay(s) ? d + DAY_MINUTES : d;
}
function segments(s: Slot): [number, number][] {
  const start = (DAY_INDEX[s.jour] ?? 0) * DAY_MINUTES + minutes(s.heureDebut);
  const end = start + duration(s);
  return end <= WEEK_MINUTES
    ? [[start, end]]
    : [
        [start, WEEK_MINUTES],
        [0, end - WEEK_MINUTES],
      ];
}
function samePeriod(a: Slot, b: Slot): boolean {
  const p = a.periode;
  const q = b.periode;
  if (p === undefined || q === undefined) return true;
  const types = new Set([p.type, q.type]);
  if (types.has('periode-scolaire') && types.has('vacances-scolaires')) return false;
  if (p.dateDebut !== undefined && q.dateFin !== undefined && q.dateFin < p.dateDebut) return false;
  if (q.dateDebut !== undefined && p.dateFin !== undefined && p.dateFin < q.dateDebut) return false;
  return true;
}

/** PAG-EDT-004 as it was: the slot reported and the other slot. */
function referenceOverlaps(list: readonly Slot[]): { path: string; details: unknown }[] {
  const out: { path: string; details: unknown }[] = [];
  const all: { i: number; start: number; end: number }[] = [];
  list.forEach((s, i) => {
    if (!wellFormed(s)) return;
    for (const [start, end] of segments(s)) all.push({ i, start, end });
  });
  all.sort((x, y) => x.start - y.start || x.i - y.i);
  const reported = new Set<number>();
  const alternates = list.some((s) => s.alternance !== undefined);
  const weeks: (string | undefined)[] = alternates ? ['semaine-a', 'semaine-b'] : [undefined];
  for (const week of weeks) {
    let first: { i: number; end: number } | undefined;
    let second: { i: number; end: number } | undefined;
    for (const seg of all) {
      const a = list[seg.i] as Slot;
      if (week !== undefined && a.alternance !== undefined && a.alternance !== week) continue;
      if (!reported.has(seg.i)) {
        for (const c of [first, second]) {
          if (c === undefined || c.i === seg.i || c.end <= seg.start) continue;
          const b = list[c.i] as Slot;
          if (samePlace(a, b) || !samePeriod(a, b)) continue;
          if (week === 'semaine-b' && a.alternance === undefined && b.alternance === undefined) continue;
          reported.add(seg.i);
          out.push({ path: `/annexes/emploiDuTemps/${seg.i}`, details: { autreCreneau: c.i } });
          break;
        }
      }
      const cur = { i: seg.i, end: seg.end };
      if (first === undefined || seg.end > first.end) {
        if (first !== undefined && !samePlace(a, list[first.i] as Slot)) second = first;
        first = cur;
      } else if (!samePlace(a, list[first.i] as Slot) && (second === undefined || seg.end > second.end)) second = cur;
    }
  }
  return out;
}

/** PAG-EDT-005 as it was: the frequency reported and the details. */
function referenceVolumes(document: Pag): { path: string; details: unknown }[] {
  const out: { path: string; details: unknown }[] = [];
  const list = document.annexes?.emploiDuTemps ?? [];
  if (list.length === 0) return out;
  const facts = pagFacts(document as unknown as JsonValue, {
    lang: 'fr',
    numbering: 'ans-2023',
    referenceDate: REFERENCE_DATE,
    deprecatedCodes: 'warning',
    includePersonalData: false,
    optionName: (o) => o,
    codeTranslations: [],
    messages: {},
  });
  const codes = facts.slotCodes();
  for (const e of facts.engagementList) {
    const own: { s: Slot; i: number }[] = [];
    for (let i = 0; i < list.length; i++) {
      const s = list[i] as Slot;
      if (s.identifiantEngagement === e.identifiant) own.push({ s, i });
    }
    if (own.length === 0) continue;
    const engagement = document.engagements[e.index];
    if (engagement === undefined) continue;
    engagement.prestations.forEach((p, k) => {
      const code = e.prestations[k]?.concept?.code;
      const periode = p.frequence.periode;
      if (code === undefined || (periode !== 'semaine' && periode !== 'quinzaine')) return;
      const weeks = periode === 'quinzaine' ? 2 : 1;
      const weight = (s: Slot): number => (s.alternance === undefined ? weeks : weeks / 2);
      const coded = own.filter(({ i }) => {
        const c = codes[i];
        return c !== undefined && related(c, code);
      });
      const inWeek = (kind: WeekKind) => coded.filter(({ s }) => s.periode === undefined || s.periode.type === kind);
      const hasPeriods = coded.some(({ s }) => s.periode?.type === 'periode-scolaire' || s.periode?.type === 'vacances-scolaires');
      const kinds: readonly WeekKind[] = hasPeriods ? ['periode-scolaire', 'vacances-scolaires'] : ['toute-l-annee'];
      const expectedMinutes = p.frequence.dureeMinutes === undefined ? undefined : p.frequence.nombre * p.frequence.dureeMinutes;
      let first: { kind: WeekKind; matching: typeof coded; count: number; total: number } | undefined;
      for (const kind of kinds) {
        const matching = inWeek(kind);
        const count = matching.reduce((n, { s }) => n + weight(s), 0);
        if (count === 0) continue;
        const total = matching.reduce((sum, { s }) => sum + (wellFormed(s) ? duration(s) : 0) * weight(s), 0);
        // A stay: a slot that does not start at the minute another well-formed slot of the same alternance ends, that
        // one ending at midnight or lasting 24 hours (probe 5: a week-end written as slots cut where a slot must end).
        const startOf = (s: Slot) => (DAY_INDEX[s.jour] ?? 0) * DAY_MINUTES + minutes(s.heureDebut);
        const cut = (o: Slot) => (startOf(o) + duration(o)) % DAY_MINUTES === 0 || duration(o) === DAY_MINUTES;
        const continues = (s: Slot) =>
          wellFormed(s) && matching.some(({ s: o }) => wellFormed(o) && cut(o) && o.alternance === s.alternance && (startOf(o) + duration(o)) % WEEK_MINUTES === startOf(s));
        const stays = matching.reduce((n, { s }) => n + (continues(s) ? 0 : weight(s)), 0);
        if ((count === p.frequence.nombre || stays === p.frequence.nombre) && (expectedMinutes === undefined || total === expectedMinutes)) return;
        first ??= { kind, matching, count, total };
      }
      if (first === undefined) return;
      const { kind, matching, count, total } = first;
      out.push({
        path: `/engagements/${e.index}/prestations/${k}/frequence`,
        details: {
          prestation: code,
          creneaux: count,
          frequence: p.frequence.nombre,
          periodeFrequence: periode,
          semaineComparee: kind,
          minutesEmploiDuTemps: total,
          ...(expectedMinutes === undefined ? {} : { minutesDeclarees: expectedMinutes }),
          creneauxConcernes: matching.map(({ i }) => i),
        },
      });
    });
  }
  return out;
}

// ---- Random timetables on the clean example PAG. ----

const base = cleanPag();
const engagementIds = base.engagements.map((e) => e.identifiant);
const slots = slotArbitrary(engagementIds, {
  placePrecisions: ['IME de la Vilaine', ' ime de la vilaine ', 'Collège Jules-Verne, ULIS', 'COLLÈGE JULES-VERNE, ULIS', 'École Jean-Moulin'],
});
/** PAGs with `minLength` to `maxLength` random slots. */
const timetables = (minLength: number, maxLength: number) => timetablePags(base, fc.array(slots, { minLength, maxLength }), [30, 45, 60, 90, 180]);
const documents = timetables(0, 14);

function reported(d: Pag, ruleId: string): { path: string; details: unknown }[] {
  return validate(d, { referenceDate: REFERENCE_DATE })
    .issues.filter((i) => i.ruleId === ruleId)
    .map((i) => ({ path: i.path, details: i.details }));
}

describe('timetable rules: shortcuts equal the direct computations', () => {
  it('PAG-EDT-004 reports the overlaps the direct comparison of places reports', () => {
    let overlaps = 0;
    fc.assert(
      fc.property(documents, (d) => {
        const expected = referenceOverlaps(d.annexes?.emploiDuTemps ?? []);
        overlaps += expected.length;
        expect(reported(d, 'PAG-EDT-004')).toEqual(expected);
      }),
      { numRuns: 400 },
    );
    // The property is not vacuous: random timetables do overlap in other places.
    expect(overlaps).toBeGreaterThan(20);
  });

  it('PAG-EDT-004 on long timetables (the stretches sorted by the native sort, beyond 24) reports what the direct comparison reports', () => {
    let overlaps = 0;
    fc.assert(
      fc.property(timetables(25, 40), (d) => {
        const expected = referenceOverlaps(d.annexes?.emploiDuTemps ?? []);
        overlaps += expected.length;
        expect(reported(d, 'PAG-EDT-004')).toEqual(expected);
      }),
      { numRuns: 60 },
    );
    expect(overlaps).toBeGreaterThan(20);
  });

  it('PAG-EDT-005 reports the frequencies the per-engagement scan reports', () => {
    let volumes = 0;
    fc.assert(
      fc.property(documents, (d) => {
        const expected = referenceVolumes(d);
        volumes += expected.length;
        expect(reported(d, 'PAG-EDT-005')).toEqual(expected);
      }),
      { numRuns: 400 },
    );
    expect(volumes).toBeGreaterThan(10);
  });
});
