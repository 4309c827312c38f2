/**
 * Frequencies and timetable slots of the PAG as FHIR `Timing`:
 * `nombre` times per `periode` → `repeat.frequency` per `repeat.period` +
 * `repeat.periodUnit` (a quinzaine is 2 weeks, a trimestre 3 months, a semestre 6 months), the
 * duration in minutes → `repeat.duration` + `durationUnit: 'min'`, the free
 * precision → `Timing.code.text`. A timetable slot is one weekly occurrence:
 * `repeat.dayOfWeek`, `repeat.timeOfDay` (start) and `repeat.duration` (end −
 * start, in minutes; a slot that ends the next day or at midnight counts the
 * minutes up to its real end: 20:00 → 08:00 the next day is 720, 21:00 → 00:00
 * is 180).
 */
import type { Timing, TimingRepeat } from '@medplum/fhirtypes';

/** A frequency of the PAG (`Frequence`). */
export interface FrequenceLike {
  nombre: number;
  periode: 'jour' | 'semaine' | 'quinzaine' | 'mois' | 'trimestre' | 'semestre' | 'annee';
  dureeMinutes?: number;
  precision?: string;
}

/** `periode` → `repeat.period` and `repeat.periodUnit`. */
export const PERIODES: Readonly<Record<FrequenceLike['periode'], { readonly period: number; readonly unit: 'd' | 'wk' | 'mo' | 'a' }>> = {
  jour: { period: 1, unit: 'd' },
  semaine: { period: 1, unit: 'wk' },
  quinzaine: { period: 2, unit: 'wk' },
  mois: { period: 1, unit: 'mo' },
  trimestre: { period: 3, unit: 'mo' },
  semestre: { period: 6, unit: 'mo' },
  annee: { period: 1, unit: 'a' },
};

/** A frequency as a Timing. */
export function frequenceToTiming(f: FrequenceLike): Timing {
  const p = PERIODES[f.periode];
  const repeat: TimingRepeat = { frequency: f.nombre, period: p.period, periodUnit: p.unit };
  if (f.dureeMinutes !== undefined) {
    repeat.duration = f.dureeMinutes;
    repeat.durationUnit = 'min';
  }
  const timing: Timing = { repeat };
  if (f.precision !== undefined) timing.code = { text: f.precision };
  return timing;
}

/** A Timing written by {@link frequenceToTiming} back to a frequency; `undefined` when it has another shape. */
export function timingToFrequence(timing: Timing | undefined): FrequenceLike | undefined {
  const r = timing?.repeat;
  if (r === undefined || typeof r.frequency !== 'number' || !Number.isInteger(r.frequency)) return undefined;
  const periode = (Object.keys(PERIODES) as FrequenceLike['periode'][]).find((k) => PERIODES[k].period === r.period && PERIODES[k].unit === r.periodUnit);
  if (periode === undefined) return undefined;
  const f: FrequenceLike = { nombre: r.frequency, periode };
  if (r.duration !== undefined) {
    if (r.durationUnit !== 'min' || !Number.isInteger(r.duration)) return undefined;
    f.dureeMinutes = r.duration;
  }
  if (timing?.code?.text !== undefined) f.precision = timing.code.text;
  return f;
}

/** `jour` of a timetable slot → FHIR `days-of-week`. */
export const JOURS: Readonly<Record<string, 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'>> = {
  lundi: 'mon',
  mardi: 'tue',
  mercredi: 'wed',
  jeudi: 'thu',
  vendredi: 'fri',
  samedi: 'sat',
  dimanche: 'sun',
};

const DAY = 24 * 60;
const HH_MM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** Minutes since midnight of a well-formed `HH:MM`, else `undefined`. */
function minutes(hhmm: string): number | undefined {
  return HH_MM.test(hhmm) ? Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)) : undefined;
}

function hhmm(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * Minutes from the start of a slot to its end, or `undefined` when the end is
 * not a real one: after the start the same day; the next day when
 * `finLendemain` is `true` (20:00 → 08:00 = 720, 00:00 → 00:00 = 1440); at
 * midnight when the end is written `00:00` after a later start (21:00 → 00:00
 * = 180, « jusqu’à minuit », as the validators read it).
 *
 * Durée du créneau en minutes jusqu’à sa vraie fin, ou `undefined`.
 */
export function creneauDurationMinutes(heureDebut: string, heureFin: string, finLendemain?: boolean): number | undefined {
  const start = minutes(heureDebut);
  const end = minutes(heureFin);
  if (start === undefined || end === undefined) return undefined;
  if (finLendemain === true) return end + DAY - start;
  if (end > start) return end - start;
  if (end === 0 && start > 0) return DAY - start;
  return undefined;
}

/**
 * A weekly slot as a Timing. The end is written as a duration when it is a
 * real end ({@link creneauDurationMinutes}: the same day after the start, the
 * next day, or midnight); otherwise (a slot the validators reject) the caller
 * keeps the end in the `heureFin` sub-extension and `endAsDuration` is false.
 */
export function creneauToTiming(jour: string, heureDebut: string, heureFin: string, finLendemain?: boolean): { timing: Timing; endAsDuration: boolean } {
  const repeat: TimingRepeat = { frequency: 1, period: 1, periodUnit: 'wk', timeOfDay: [`${heureDebut}:00`] };
  const day = JOURS[jour];
  if (day !== undefined) repeat.dayOfWeek = [day];
  const d = creneauDurationMinutes(heureDebut, heureFin, finLendemain);
  if (d !== undefined) {
    repeat.duration = d;
    repeat.durationUnit = 'min';
  }
  return { timing: { repeat }, endAsDuration: d !== undefined };
}

/** What a slot Timing gives back. */
export interface CreneauTiming {
  /** Day (`lundi`…), from `repeat.dayOfWeek`. */
  jour?: string;
  /** Start, from `repeat.timeOfDay`. */
  heureDebut?: string;
  /** End, start + `repeat.duration`, when it falls before the end of the next day. */
  heureFin?: string;
  /** `true` when start + duration passes midnight (the end is the next day). */
  finLendemain?: true;
}

/**
 * A slot Timing back to day, start and (when written as a duration) end. A
 * start + duration beyond midnight gives the end the next day and
 * `finLendemain: true`; exactly midnight gives `heureFin: '00:00'` (the slot
 * « 21:00 – 00:00 », which needs no `finLendemain`). A duration that ends
 * later than the next day gives no end.
 */
export function timingToCreneau(timing: Timing | undefined): CreneauTiming {
  const r = timing?.repeat;
  const out: CreneauTiming = {};
  const day = r?.dayOfWeek?.[0];
  const jour = Object.keys(JOURS).find((k) => JOURS[k] === day);
  if (jour !== undefined) out.jour = jour;
  const t = r?.timeOfDay?.[0];
  if (typeof t === 'string' && /^\d\d:\d\d:00$/.test(t)) {
    out.heureDebut = t.slice(0, 5);
    const start = minutes(out.heureDebut);
    if (start !== undefined && typeof r?.duration === 'number' && r.durationUnit === 'min' && Number.isInteger(r.duration) && r.duration > 0) {
      const end = start + r.duration;
      if (end <= DAY) out.heureFin = hhmm(end % DAY);
      else if (end < 2 * DAY) {
        out.heureFin = hhmm(end - DAY);
        out.finLendemain = true;
      }
    }
  }
  return out;
}
