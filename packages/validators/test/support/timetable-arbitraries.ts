/**
 * Random timetables on a PAG, for the property tests of the timetable rules
 * (PAG-EDT-*): slots with their times, week, period, engagement, prestation
 * and place, and the document whose engagements' frequencies are drawn too.
 * Each test chooses its own variations (whether slots carry a `nature`, which
 * place precisions, which durations), so the draws stay its own.
 */
import fc from 'fast-check';
import type { Pag } from '@serafin-ph/pag-schema';

/** A slot of the timetable annex. */
export type Slot = NonNullable<Pag['annexes']>['emploiDuTemps'][number];

/** A time `HH:MM` on the quarter hour. */
export const hhmm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const date = fc.constantFrom('2025-01-01', '2025-03-01', '2025-06-30', '2025-09-01');
/** A slot's period (its dates optional, in any order). */
export const periode = fc.record(
  { type: fc.constantFrom('periode-scolaire', 'vacances-scolaires', 'sejour-temporaire', 'autre'), dateDebut: date, dateFin: date },
  { requiredKeys: ['type'] },
);
/** Codes of the example's engagements, a parent and a child of them, and one nobody engages. */
export const code = fc.constantFrom('2.2.2', '2.3.3.4', '2.2.1', '2.3.3.1', '2.1.1.1', '2.1.2.1', '2.3.3', '2.1.1', '2.3.4.1', '2.3.5.1');

/** What a test varies in its slots. */
export interface SlotVariations {
  /** Values of `nature` (absent from every slot when not given). */
  readonly natures?: readonly string[];
  /** Values of `precisionLieu` (spelled differently, to compare places). */
  readonly placePrecisions: readonly string[];
}

/** Random slots referring to `engagements` (and to an engagement the PAG lacks). */
export function slotArbitrary(engagements: readonly string[], variations: SlotVariations): fc.Arbitrary<Slot> {
  return fc
    .record(
      {
        jour: fc.constantFrom('lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'),
        heureDebut: hhmm,
        heureFin: hhmm,
        finLendemain: fc.boolean(),
        alternance: fc.constantFrom('semaine-a', 'semaine-b'),
        periode,
        identifiantEngagement: fc.constantFrom(...engagements, 'ENG-INCONNU'),
        prestation: code.map((c) => ({ code: c })),
        ...(variations.natures === undefined ? {} : { nature: fc.constantFrom(...variations.natures) }),
        lieu: fc.constantFrom('domicile', 'ecole', 'esms', 'autre'),
        precisionLieu: fc.constantFrom(...variations.placePrecisions),
      },
      { requiredKeys: ['jour', 'heureDebut', 'heureFin', 'identifiantEngagement', 'lieu'] },
    )
    .map((s) => s as Slot);
}

/**
 * Copies of `base` with the timetable `slots` draws and random frequencies
 * of its engagements' prestations (1 to 6 times a week or a fortnight, each
 * lasting one of `durations` minutes or no duration).
 */
export function timetablePags(base: Pag, slots: fc.Arbitrary<Slot[]>, durations: readonly number[]): fc.Arbitrary<Pag> {
  return fc
    .tuple(slots, fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.option(fc.constantFrom(...durations), { nil: undefined })), { minLength: 9, maxLength: 9 }))
    .map(([timetable, frequencies]) => {
      const d = JSON.parse(JSON.stringify(base)) as Pag;
      if (d.annexes !== undefined) d.annexes.emploiDuTemps = timetable;
      let k = 0;
      for (const e of d.engagements)
        for (const p of e.prestations) {
          const [nombre, dureeMinutes] = frequencies[k++ % frequencies.length] as [number, number | undefined];
          p.frequence = { ...p.frequence, nombre, periode: k % 3 === 0 ? 'quinzaine' : 'semaine' };
          if (dureeMinutes === undefined) delete p.frequence.dureeMinutes;
          else p.frequence.dureeMinutes = dureeMinutes;
        }
      return d;
    });
}
