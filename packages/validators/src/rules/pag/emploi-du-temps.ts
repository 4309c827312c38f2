/**
 * Rules on the weekly timetable annexed to the PAG: slots of engaged
 * operators and of their prestations, well-formed and not overlapping, with a
 * weekly volume that agrees with the declared frequencies.
 *
 * Règles de l'emploi du temps hebdomadaire.
 */
import type { EngagementFact } from './support/facts.js';
import type { WeekKind } from './messages/params.js';
import { pagRule, msg } from './support/pag-rule.js';
import { related } from './support/related-codes.js';
import { sortNumbers } from './support/sort-numbers.js';
import { DAY_MINUTES, type TimetableSlot } from './support/timetable.js';
import { itemRef, nth } from '../../positions.js';

// The six rules read the timetable once per document (`facts.timetable()`, support/timetable.ts): one object
// shape per slot, its times in minutes, its engagement and the code of its prestation. Each rule reads only the
// fields its `reads` guarantee well-formed.

/** Normalised `precisionLieu` of a slot that has one (trimmed and lower-cased, once per slot, when first compared). */
function normalisedPrecision(s: TimetableSlot, precision: string): string {
  let n = s.normalisedPrecision;
  if (n === undefined) s.normalisedPrecision = n = precision.trim().toLowerCase();
  return n;
}

/**
 * Two slots take place in the same place: the same kind of place and the
 * same precision (compared trimmed and lower-cased; the same string needs no
 * normalising), or one of them has no precision.
 */
function samePlace(a: TimetableSlot, b: TimetableSlot): boolean {
  if (a.lieu !== b.lieu) return false;
  if (a.precisionLieu === undefined || b.precisionLieu === undefined || a.precisionLieu === b.precisionLieu) return true;
  return normalisedPrecision(a, a.precisionLieu) === normalisedPrecision(b, b.precisionLieu);
}

const operateurEngage = pagRule({
  id: 'PAG-EDT-001',
  severity: 'error',
  family: 'emploi-du-temps',
  reads: ['/annexes/emploiDuTemps/*/identifiantEngagement', '/engagements/*/identifiant'],
  check: ({ facts, emit, show }) => {
    const list = facts.timetable().slots;
    for (let i = 0; i < list.length; i++) {
      const s = list[i] as TimetableSlot;
      if (s.engagement !== undefined) continue;
      const path = `/annexes/emploiDuTemps/${i}/identifiantEngagement`;
      emit(path, msg('PAG-EDT-001#1', { nth: nth(i), identifiantEngagement: show(path, s.identifiantEngagement as string, '/annexes/emploiDuTemps/*/identifiantEngagement') }));
    }
  },
});

const prestationEngagee = pagRule({
  id: 'PAG-EDT-002',
  severity: 'error',
  family: 'emploi-du-temps',
  reads: ['/annexes/emploiDuTemps/*/identifiantEngagement', '/annexes/emploiDuTemps/*/prestation', '/engagements/*/identifiant', '/engagements/*/prestations/*/prestation'],
  check: ({ facts, emit }) => {
    // The codes each engagement commits to, listed once per engagement.
    const engagedCodes = new Map<EngagementFact, string[]>();
    const list = facts.timetable().slots;
    for (let i = 0; i < list.length; i++) {
      const s = list[i] as TimetableSlot;
      const e = s.engagement;
      if (e === undefined) continue;
      const code = s.code;
      if (code === undefined) continue;
      let engaged = engagedCodes.get(e);
      if (engaged === undefined) {
        engaged = e.prestations.map((p) => p.concept?.code).filter((c): c is NonNullable<typeof c> => c !== undefined);
        engagedCodes.set(e, engaged);
      }
      if (engaged.some((p) => related(p, code))) continue;
      emit(`/annexes/emploiDuTemps/${i}/prestation`, msg('PAG-EDT-002#1', { code, nth: nth(i), ref: itemRef(e.identifiant, e.index), value: engaged.join(', ') }), {
        prestation: code,
        engagement: e.index,
        prestationsEngagees: [...engaged],
      });
    }
  },
});

const horairesOrdonnes = pagRule({
  id: 'PAG-EDT-003',
  severity: 'error',
  family: 'emploi-du-temps',
  reads: ['/annexes/emploiDuTemps/*/heureDebut', '/annexes/emploiDuTemps/*/heureFin', '/annexes/emploiDuTemps/*/finLendemain'],
  check: ({ facts, emit }) => {
    const list = facts.timetable().slots;
    for (let i = 0; i < list.length; i++) {
      const s = list[i] as TimetableSlot;
      if (s.wellFormed) continue;
      const heureFin = s.heureFin as string;
      const heureDebut = s.heureDebut as string;
      emit(`/annexes/emploiDuTemps/${i}/heureFin`, msg(s.overnight ? 'PAG-EDT-003#1' : 'PAG-EDT-003#2', { nth: nth(i), heureFin, heureDebut }));
    }
  },
});

const WEEK_MINUTES = 7 * DAY_MINUTES;
const DAY_INDEX: Readonly<Record<string, number>> = { lundi: 0, mardi: 1, mercredi: 2, jeudi: 3, vendredi: 4, samedi: 5, dimanche: 6 };

/** Two slots that can take place the same week: same period, or one of them all year; school term and school holidays never meet; dated periods that do not meet never meet. */
function samePeriod(a: TimetableSlot, b: TimetableSlot): boolean {
  if (!a.hasPeriode || !b.hasPeriode) return true;
  const p = a.periodeType;
  const q = b.periodeType;
  // School term and school holidays, in either order (the same slot type twice never excludes).
  if ((p === 'periode-scolaire' && q === 'vacances-scolaires') || (p === 'vacances-scolaires' && q === 'periode-scolaire')) return false;
  if (a.periodeDebut !== undefined && b.periodeFin !== undefined && b.periodeFin < a.periodeDebut) return false;
  if (b.periodeDebut !== undefined && a.periodeFin !== undefined && a.periodeFin < b.periodeDebut) return false;
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
  check: ({ facts, emit }) => {
    const timetable = facts.timetable();
    const list = timetable.slots;
    const n = list.length;
    if (n < 2) return;
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
      const s = list[i] as TimetableSlot;
      const from = s.from;
      const to = s.to;
      const overnight = s.overnight;
      reported.push(false);
      if (overnight ? to > from : from >= to) {
        starts.push(-1);
        ends.push(-1);
        continue;
      }
      const start = (DAY_INDEX[s.jour as string] ?? 0) * DAY_MINUTES + from;
      const end = start + to - from + (overnight ? DAY_MINUTES : 0);
      starts.push(start);
      ends.push(end);
      keys.push(start * scale + i);
      if (end > WEEK_MINUTES) keys.push(i);
    }
    // In start order, then slot order.
    sortNumbers(keys);
    // One sweep per kind of week: every week when no slot alternates, else week A and week B (a slot of every
    // week is in both; a pair of every-week slots is reported once, in the week-A sweep). In start order, keep the
    // two slots that end last among those seen, at two different places: a new slot overlaps a slot elsewhere
    // exactly when one of the two ends after it starts and is elsewhere. O(n log n) for the sort, then linear.
    const weeks: (string | undefined)[] = timetable.alternates ? ['semaine-a', 'semaine-b'] : [undefined];
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
        const a = list[i] as TimetableSlot;
        if (week !== undefined && a.alternance !== undefined && a.alternance !== week) continue;
        if (!reported[i]) {
          for (let c = 0; c < 2; c++) {
            const j = c === 0 ? first : second;
            if (j < 0 || j === i || (c === 0 ? firstEnd : secondEnd) <= start) continue;
            const b = list[j] as TimetableSlot;
            if (samePlace(a, b) || !samePeriod(a, b)) continue;
            if (week === 'semaine-b' && a.alternance === undefined && b.alternance === undefined) continue;
            reported[i] = true;
            // This rule's reads: the fields are there, well-formed.
            emit(
              `/annexes/emploiDuTemps/${i}`,
              msg('PAG-EDT-004#1', {
                nth: nth(i),
                jour: a.jour as string,
                heureDebut: a.heureDebut as string,
                heureFin: a.heureFin as string,
                lieu: a.lieu as string,
                nth2: nth(j),
                jour2: b.jour as string,
                heureDebut2: b.heureDebut as string,
                heureFin2: b.heureFin as string,
                lieu2: b.lieu as string,
              }),
              { autreCreneau: j },
            );
            break;
          }
        }
        if (first < 0 || end > firstEnd) {
          if (first >= 0 && !samePlace(a, list[first] as TimetableSlot)) {
            second = first;
            secondEnd = firstEnd;
          }
          first = i;
          firstEnd = end;
        } else if (!samePlace(a, list[first] as TimetableSlot) && (second < 0 || end > secondEnd)) {
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
  check: ({ facts, emit }) => {
    const list = facts.timetable().slots;
    for (let i = 0; i < list.length; i++) {
      const s = list[i] as TimetableSlot;
      if (s.described) continue;
      // The only prestation of its engagement: the slot says what it holds.
      if (s.engagement?.prestations.length === 1) continue;
      emit(`/annexes/emploiDuTemps/${i}`, msg('PAG-EDT-006#1', { nth: nth(i) }));
    }
  },
});

/**
 * The slot's alternance and the minute of the week (Monday 00:00 is 0) at which it starts, or ends (`end`: taken
 * modulo the week, a Sunday night goes on to Monday), as one key.
 */
function stretchKey(s: TimetableSlot, end: boolean): string {
  return `${s.alternance}@${((DAY_INDEX[s.jour as string] ?? 0) * DAY_MINUTES + s.from + (end ? s.length : 0)) % WEEK_MINUTES}`;
}

/** The weeks PAG-EDT-005 compares: school weeks and holiday weeks when a slot has such a period, else every week. */
const SCHOOL_WEEKS: readonly WeekKind[] = ['periode-scolaire', 'vacances-scolaires'];
const EVERY_WEEK: readonly WeekKind[] = ['toute-l-annee'];

const volumeHebdomadaire = pagRule({
  id: 'PAG-EDT-005',
  severity: 'warning',
  family: 'emploi-du-temps',
  reads: ['/annexes/emploiDuTemps', '/engagements/*/identifiant', '/engagements/*/prestations'],
  check: ({ document, facts, emit }) => {
    const timetable = facts.timetable();
    const list = timetable.slots;
    if (list.length === 0) return;
    // The slots of each engagement identifier, in timetable order (listed once, not once per engagement).
    const byEngagement = timetable.byEngagement;
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
          const c = (list[i] as TimetableSlot).code;
          if (c === undefined || !related(c, code)) continue;
          coded.push(i);
          const type = (list[i] as TimetableSlot).periodeType;
          if (type === 'periode-scolaire' || type === 'vacances-scolaires') hasPeriods = true;
        }
        // No slot of this prestation: absent from every week, nothing to compare (what the weeks below would find).
        if (coded.length === 0) continue;
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
          // Where this week's slots end, by alternance: a slot lasts at most 24 hours, so a stay of a week-end is
          // written as slots that follow one another (probe 5, PAG 16), cut where a slot must end: at midnight, or
          // after 24 hours. A slot that starts at the minute such a slot of its kind ends continues it; the stays are
          // the slots that continue none. Slots that follow one another during a day (09:00–12:00, 12:00–17:00) stay two.
          const ends = new Set<string>();
          for (let o = 0; o < coded.length; o++) {
            const s = list[coded[o] as number] as TimetableSlot;
            if ((s.hasPeriode && s.periodeType !== week) || !s.wellFormed) continue;
            if ((s.from + s.length) % DAY_MINUTES === 0 || s.length === DAY_MINUTES) ends.add(stretchKey(s, true));
          }
          let weekStays = 0;
          for (let o = 0; o < coded.length; o++) {
            const s = list[coded[o] as number] as TimetableSlot;
            if (s.hasPeriode && s.periodeType !== week) continue;
            const weight = s.alternance === undefined ? weeks : weeks / 2;
            weekCount += weight;
            // (A slot PAG-EDT-003 reports counts 0 minutes.)
            weekTotal += s.length * weight;
            if (!s.wellFormed || !ends.has(stretchKey(s, false))) weekStays += weight;
          }
          // A prestation absent from this week is not compared: a slot carries one prestation, and prestations
          // given during another one's slots (daily-life support during a day placement) are not listed.
          if (weekCount === 0) continue;
          // The frequency counts the slots, or the stays (« 1 par quinzaine » for a week-end written as two slots).
          if ((weekCount === nombre || weekStays === nombre) && (expectedMinutes === undefined || weekTotal === expectedMinutes)) agrees = true;
          else if (kind === undefined) {
            kind = week;
            count = weekCount;
            total = weekTotal;
          }
        }
        if (agrees || kind === undefined) continue;
        const matching = coded.filter((i) => {
          const s = list[i] as TimetableSlot;
          return !s.hasPeriode || s.periodeType === kind;
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

/** The timetable rules. */
export const emploiDuTempsRules = [operateurEngage, prestationEngagee, horairesOrdonnes, chevauchementLieux, volumeHebdomadaire, creneauDecrit];
