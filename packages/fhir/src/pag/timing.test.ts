import fc from 'fast-check';
import type { CarePlanActivity } from '@medplum/fhirtypes';
import type { PagTypes } from '@serafin-ph/pag-schema/types';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../../scripts/lib/property-runs.js';
import { ReadContext } from './context.js';
import { NotMappedCollector } from './report.js';
import { creneauFromFhir, creneauToFhir } from './timetable.js';
import { creneauDurationMinutes, creneauToTiming, timingToCreneau } from './timing.js';

const slot = (fields: Partial<PagTypes.Creneau>): PagTypes.Creneau => ({ jour: 'lundi', heureDebut: '09:00', heureFin: '10:00', ...fields }) as PagTypes.Creneau;

function readBack(activity: CarePlanActivity): { creneau: Record<string, unknown>; notMapped: readonly unknown[] } {
  const report = new NotMappedCollector();
  const creneau = creneauFromFhir(new ReadContext([], report), JSON.parse(JSON.stringify(activity)) as CarePlanActivity, 'CarePlan.activity[0]');
  return { creneau, notMapped: report.items };
}

/** The `pag-creneau` sub-extensions of an activity, by name. */
function creneauExtension(activity: CarePlanActivity): string[] {
  return (activity.detail?.extension?.[0]?.extension ?? []).map((e) => e.url);
}

describe('slot duration', () => {
  it.each([
    ['09:00', '10:30', undefined, 90],
    ['20:00', '08:00', true, 720],
    ['18:00', '08:00', true, 840],
    ['21:00', '00:00', undefined, 180],
    ['21:00', '00:00', true, 180],
    ['21:00', '00:00', false, 180],
    ['00:00', '00:00', true, 1440],
    ['08:00', '09:00', true, 1500],
    ['23:59', '00:00', undefined, 1],
  ] as const)('%s → %s (finLendemain %s): %i minutes', (debut, fin, lendemain, expected) => {
    expect(creneauDurationMinutes(debut, fin, lendemain)).toBe(expected);
    const { timing, endAsDuration } = creneauToTiming('mardi', debut, fin, lendemain);
    expect(endAsDuration).toBe(true);
    expect(timing.repeat).toEqual({ frequency: 1, period: 1, periodUnit: 'wk', dayOfWeek: ['tue'], timeOfDay: [`${debut}:00`], duration: expected, durationUnit: 'min' });
  });

  it.each([
    ['20:00', '08:00', undefined],
    ['20:00', '08:00', false],
    ['10:00', '10:00', undefined],
    ['00:00', '00:00', undefined],
    ['9:00', '10:00', undefined],
  ] as const)('%s → %s (finLendemain %s): no duration, the end stays in pag-creneau', (debut, fin, lendemain) => {
    expect(creneauDurationMinutes(debut, fin, lendemain)).toBeUndefined();
    const activity = creneauToFhir(slot({ heureDebut: debut, heureFin: fin, ...(lendemain === undefined ? {} : { finLendemain: lendemain }) }));
    expect(activity.detail?.scheduledTiming?.repeat?.duration).toBeUndefined();
    expect(creneauExtension(activity)).toContain('heureFin');
  });
});

describe('slots that end the next day or at midnight', () => {
  it('20:00 → 08:00 the next day: duration 720, the end not repeated in pag-creneau, read back as written', () => {
    const c = slot({ jour: 'dimanche', heureDebut: '20:00', heureFin: '08:00', finLendemain: true });
    const activity = creneauToFhir(c);
    expect(activity.detail?.scheduledTiming?.repeat).toMatchObject({ dayOfWeek: ['sun'], timeOfDay: ['20:00:00'], duration: 720, durationUnit: 'min' });
    expect(creneauExtension(activity)).toEqual(['finLendemain']);
    expect(readBack(activity)).toEqual({ creneau: c, notMapped: [] });
  });

  it('21:00 → 00:00 without finLendemain: duration 180, read back without finLendemain', () => {
    const c = slot({ heureDebut: '21:00', heureFin: '00:00' });
    const activity = creneauToFhir(c);
    expect(activity.detail?.scheduledTiming?.repeat?.duration).toBe(180);
    expect(activity.detail?.extension).toBeUndefined();
    expect(readBack(activity)).toEqual({ creneau: c, notMapped: [] });
  });

  it('a sender without pag-creneau: start + duration past midnight gives heureFin and finLendemain: true', () => {
    const timing = (timeOfDay: string, duration: number) => ({
      repeat: { frequency: 1, period: 1, periodUnit: 'wk' as const, dayOfWeek: ['wed' as const], timeOfDay: [timeOfDay], duration, durationUnit: 'min' as const },
    });
    expect(timingToCreneau(timing('20:00:00', 720))).toEqual({ jour: 'mercredi', heureDebut: '20:00', heureFin: '08:00', finLendemain: true });
    expect(timingToCreneau(timing('21:00:00', 180))).toEqual({ jour: 'mercredi', heureDebut: '21:00', heureFin: '00:00' });
    expect(timingToCreneau(timing('00:00:00', 1440))).toEqual({ jour: 'mercredi', heureDebut: '00:00', heureFin: '00:00' });
    expect(timingToCreneau(timing('21:00:00', 181))).toEqual({ jour: 'mercredi', heureDebut: '21:00', heureFin: '00:01', finLendemain: true });
    expect(timingToCreneau(timing('09:00:00', 60))).toEqual({ jour: 'mercredi', heureDebut: '09:00', heureFin: '10:00' });
    // ends later than the next day: no end the PAG can hold
    expect(timingToCreneau(timing('20:00:00', 1440 + 240))).toEqual({ jour: 'mercredi', heureDebut: '20:00' });
    expect(timingToCreneau(timing('20:00:00', 0))).toEqual({ jour: 'mercredi', heureDebut: '20:00' });

    const activity: CarePlanActivity = { detail: { status: 'scheduled', scheduledTiming: timing('20:00:00', 720) } };
    expect(readBack(activity)).toEqual({ creneau: { jour: 'mercredi', heureDebut: '20:00', heureFin: '08:00', finLendemain: true }, notMapped: [] });
  });

  it('an end written in pag-creneau (bundles written before the duration) still wins over the Timing', () => {
    const activity: CarePlanActivity = {
      detail: {
        status: 'scheduled',
        extension: [
          {
            url: 'https://serafin-ph.github.io/serafin-ph/fhir/StructureDefinition/pag-creneau',
            extension: [
              { url: 'heureFin', valueTime: '08:00:00' },
              { url: 'finLendemain', valueBoolean: true },
            ],
          },
        ],
        scheduledTiming: { repeat: { frequency: 1, period: 1, periodUnit: 'wk', dayOfWeek: ['mon'], timeOfDay: ['20:00:00'] } },
      },
    };
    const { creneau } = readBack(activity);
    expect(creneau).toMatchObject({ jour: 'lundi', heureDebut: '20:00', heureFin: '08:00', finLendemain: true });
  });
});

describe('slot round trip (property)', () => {
  const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const creneau = fc.record(
    {
      jour: fc.constantFrom('lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'),
      heureDebut: fc.oneof(time, fc.constantFrom('00:00', '20:00', '21:00')),
      heureFin: fc.oneof(time, fc.constant('00:00')),
      finLendemain: fc.boolean(),
      lieu: fc.constantFrom('domicile', 'esms'),
    },
    { requiredKeys: ['jour', 'heureDebut', 'heureFin'] },
  );

  it('PAG slot → CarePlan activity → PAG slot is the identity, and the duration is the real one', () => {
    fc.assert(
      fc.property(creneau, (c) => {
        const activity = creneauToFhir(c as PagTypes.Creneau);
        expect(readBack(activity)).toEqual({ creneau: c, notMapped: [] });
        const duration = activity.detail?.scheduledTiming?.repeat?.duration;
        const start = Number(c.heureDebut.slice(0, 2)) * 60 + Number(c.heureDebut.slice(3));
        const end = Number(c.heureFin.slice(0, 2)) * 60 + Number(c.heureFin.slice(3));
        if (c.finLendemain === true) expect(duration).toBe(end + 1440 - start);
        else if (end > start) expect(duration).toBe(end - start);
        else if (end === 0 && start > 0) expect(duration).toBe(1440 - start);
        else expect(duration).toBeUndefined();
      }),
      { numRuns: runs(5_000, 500) },
    );
  });
});
