/**
 * The weekly timetable (`annexes.emploiDuTemps`) as `CarePlan.activity.detail`
 * entries: the SERAFIN-PH service in `code`, the slot in `scheduledTiming`
 * (day of week, start time, duration up to the real end, the next day or
 * midnight included), `status: 'scheduled'`, and the
 * `pag-creneau` extension for the engagement, place and professional.
 *
 * L'emploi du temps hebdomadaire en activités planifiées du CarePlan.
 */
import type { CarePlanActivity } from '@medplum/fhirtypes';
import type { PagTypes } from '@serafin-ph/pag-schema/types';
import { serafinConcept, serafinFromConcept } from './codings.js';
import { objectExtension, type ReadContext } from './context.js';
import { PAG_EXTENSIONS } from './extensions.js';
import { decodeObject } from './object-extension.js';
import { creneauToTiming, timingToCreneau } from './timing.js';

/** One slot as a CarePlan activity. */
export function creneauToFhir(c: PagTypes.Creneau): CarePlanActivity {
  const { timing, endAsDuration } = creneauToTiming(c.jour, c.heureDebut, c.heureFin, c.finLendemain);
  const extObject: Record<string, unknown> = { ...c };
  if (endAsDuration) delete extObject['heureFin'];
  const detail: NonNullable<CarePlanActivity['detail']> = { status: 'scheduled' };
  const ext = objectExtension(PAG_EXTENSIONS.creneau, extObject);
  if (ext !== undefined) detail.extension = [ext];
  if (c.prestation !== undefined) detail.code = serafinConcept(c.prestation);
  detail.scheduledTiming = timing;
  return { detail };
}

/** One slot read from a CarePlan activity detail. */
export function creneauFromFhir(ctx: ReadContext, activity: CarePlanActivity, where: string): Record<string, unknown> {
  const detail = activity.detail as unknown as Record<string, unknown>;
  const dw = `${where}.detail`;
  for (const key of Object.keys(activity))
    if (key !== 'detail')
      ctx.report.add(`${where}.${key}`, 'no-pag-equivalent', `Élément « ${key} » d’une activité sans équivalent PAG.`, `Activity element “${key}” has no PAG equivalent.`);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(detail)) {
    if (!['status', 'extension', 'code', 'scheduledTiming'].includes(key))
      ctx.report.add(`${dw}.${key}`, 'no-pag-equivalent', `Élément « ${key} » d’une activité sans équivalent PAG.`, `Activity element “${key}” has no PAG equivalent.`);
  }
  const exts = Array.isArray(detail['extension']) ? (detail['extension'] as Record<string, unknown>[]) : [];
  exts.forEach((e, i) => {
    if (e['url'] === PAG_EXTENSIONS.creneau.url) Object.assign(out, decodeObject(e['extension'], PAG_EXTENSIONS.creneau.spec, `${dw}.extension[${i}]`, ctx.report));
    else ctx.report.add(`${dw}.extension[${i}]`, 'unknown-extension', 'Extension inconnue.', 'Unknown extension.');
  });
  const t = timingToCreneau(activity.detail?.scheduledTiming);
  if (t.jour !== undefined) out['jour'] = t.jour;
  if (t.heureDebut !== undefined) out['heureDebut'] = t.heureDebut;
  if (t.heureFin !== undefined && out['heureFin'] === undefined) {
    out['heureFin'] = t.heureFin;
    // a sender that did not write `finLendemain` (no pag-creneau, or one without it): the duration tells
    if (t.finLendemain !== undefined && out['finLendemain'] === undefined) out['finLendemain'] = t.finLendemain;
  }
  for (const k of ['jour', 'heureDebut', 'heureFin']) {
    if (out[k] === undefined) ctx.report.add(`${dw}.scheduledTiming`, 'missing-element', `Créneau sans « ${k} » lisible.`, `Slot without a readable “${k}”.`);
  }
  // A slot of a non-ESMS operator may have no SERAFIN-PH prestation (1.1.0): no `code`, nothing to report.
  if (detail['code'] !== undefined) {
    const p = serafinFromConcept(detail['code'], `${dw}.code`, ctx.report);
    if (p !== undefined) out['prestation'] = p;
  }
  return out;
}
