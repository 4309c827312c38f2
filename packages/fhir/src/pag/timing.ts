/**
 * Frequencies and timetable slots of the PAG as FHIR `Timing`:
 * `nombre` times per `periode` → `repeat.frequency` per `repeat.period` +
 * `repeat.periodUnit` (a quinzaine is 2 weeks, a trimestre 3 months, a semestre 6 months), the
 * duration in minutes → `repeat.duration` + `durationUnit: 'min'`, the free
 * precision → `Timing.code.text`. A timetable slot is one weekly occurrence:
 * `repeat.dayOfWeek`, `repeat.timeOfDay` (start) and `repeat.duration` (end −
 * start, in minutes).
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

function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function hhmm(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * A weekly slot as a Timing. The end is written as a duration when it is
 * after the start; otherwise (a slot the validators reject) the caller keeps
 * the end in the `heureFin` sub-extension and `durationMinutes` is undefined.
 */
export function creneauToTiming(jour: string, heureDebut: string, heureFin: string): { timing: Timing; endAsDuration: boolean } {
  const repeat: TimingRepeat = { frequency: 1, period: 1, periodUnit: 'wk', timeOfDay: [`${heureDebut}:00`] };
  const day = JOURS[jour];
  if (day !== undefined) repeat.dayOfWeek = [day];
  const d = minutes(heureFin) - minutes(heureDebut);
  if (d > 0) {
    repeat.duration = d;
    repeat.durationUnit = 'min';
  }
  return { timing: { repeat }, endAsDuration: d > 0 };
}

/** A slot Timing back to day, start and (when written as a duration) end. */
export function timingToCreneau(timing: Timing | undefined): { jour?: string; heureDebut?: string; heureFin?: string } {
  const r = timing?.repeat;
  const out: { jour?: string; heureDebut?: string; heureFin?: string } = {};
  const day = r?.dayOfWeek?.[0];
  const jour = Object.keys(JOURS).find((k) => JOURS[k] === day);
  if (jour !== undefined) out.jour = jour;
  const t = r?.timeOfDay?.[0];
  if (typeof t === 'string' && /^\d\d:\d\d:00$/.test(t)) {
    out.heureDebut = t.slice(0, 5);
    if (typeof r?.duration === 'number' && r.durationUnit === 'min' && Number.isInteger(r.duration)) {
      const end = minutes(out.heureDebut) + r.duration;
      if (end < 24 * 60) out.heureFin = hhmm(end);
    }
  }
  return out;
}
