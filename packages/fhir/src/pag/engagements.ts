/**
 * Each engagement (article of the PAG) as a `Task` of the plan — identifier,
 * `owner` the operator's Organization, `executionPeriod` its dates, the
 * project extension `pag-engagement` for prerequisites, derogations, funding
 * and signature — and each of its committed services as a `Task` in the TDDUI
 * prestation shape (`tddui-task-prestation`): `input:titre` the nature,
 * `input:typePrestation` the SERAFIN-PH code (J284), `partOf` the engagement,
 * `basedOn` the plan, plus two project inputs, `frequence` (Timing) and
 * `domaine`.
 *
 * Les engagements et leurs prestations en Task.
 */
import type { Period, Task, TaskInput } from '@medplum/fhirtypes';
import type { PagTypes } from '@serafin-ph/pag-schema/types';
import { codeOf, projectCoding, serafinConcept, serafinFromConcept } from './codings.js';
import { objectExtension, type ReadContext, type ReadEntry, type WriteContext } from './context.js';
import { PAG_EXTENSIONS } from './extensions.js';
import { operateurFromFhir, operateurToFhir } from './organizations.js';
import { frequenceToTiming, timingToFrequence } from './timing.js';
import { PAG_CODE_SYSTEMS, PAG_IDENTIFIER_SYSTEMS, TDDUI_TASK_INPUT_PRESTATION_SYSTEM } from './urls.js';

/** A period from two dates, or `undefined` with `valid: false` when the end is before the start. */
export function period(start: string | undefined, end: string | undefined): { period?: Period; valid: boolean } {
  if (start !== undefined && end !== undefined && end < start) return { valid: false };
  const p: Period = {};
  if (start !== undefined) p.start = start;
  if (end !== undefined) p.end = end;
  return start === undefined && end === undefined ? { valid: true } : { period: p, valid: true };
}

const input = (system: string, code: string): TaskInput['type'] => ({ coding: [projectCoding(system, code)] });

/** Writes the operator, the engagement Task and its prestation Tasks; returns the engagement Task's full URL and the operator's. */
export function engagementToFhir(ctx: WriteContext, e: PagTypes.Engagement, refs: { carePlan: string; patient: string }): { task: string; organization: string } {
  const organization = ctx.add(operateurToFhir(e.operateur));
  const taskUrl = ctx.next();
  const dates = period(e.dateDebut, e.dateFin);
  const extObject: Record<string, unknown> = { ...e };
  if (dates.valid) {
    delete extObject['dateDebut'];
    delete extObject['dateFin'];
  }
  const task = { resourceType: 'Task' } as Task;
  const ext = objectExtension(PAG_EXTENSIONS.engagement, extObject);
  if (ext !== undefined) task.extension = [ext];
  Object.assign(task, {
    identifier: [{ system: PAG_IDENTIFIER_SYSTEMS.engagement, value: e.identifiant }],
    basedOn: [{ reference: refs.carePlan }],
    status: 'accepted',
    intent: 'plan',
    code: { coding: [projectCoding(PAG_CODE_SYSTEMS.typeTache, 'engagement', 'Engagement d’un opérateur (article du PAG)')] },
    for: { reference: refs.patient },
    owner: { reference: organization },
  });
  if (dates.period !== undefined) task.executionPeriod = dates.period;
  ctx.add(task, taskUrl);
  e.prestations.forEach((p, j) => {
    const inputs: TaskInput[] = [
      { type: input(TDDUI_TASK_INPUT_PRESTATION_SYSTEM, 'titre'), valueString: p.nature },
      ...(p.prestation === undefined ? [] : [{ type: input(TDDUI_TASK_INPUT_PRESTATION_SYSTEM, 'typePrestation'), valueCodeableConcept: serafinConcept(p.prestation) }]),
      { type: input(PAG_CODE_SYSTEMS.entreeTache, 'frequence'), valueTiming: frequenceToTiming(p.frequence) },
    ];
    if (p.precision !== undefined) inputs.push({ type: input(PAG_CODE_SYSTEMS.entreeTache, 'precision'), valueString: p.precision });
    if (p.domaine !== undefined) inputs.push({ type: input(PAG_CODE_SYSTEMS.entreeTache, 'domaine'), valueCode: p.domaine });
    const prestation: Task = {
      resourceType: 'Task',
      identifier: [{ system: PAG_IDENTIFIER_SYSTEMS.prestation, value: `${e.identifiant}-${j + 1}` }],
      basedOn: [{ reference: refs.carePlan }],
      partOf: [{ reference: taskUrl }],
      status: 'accepted',
      intent: 'plan',
      description: p.nature,
      for: { reference: refs.patient },
      owner: { reference: organization },
      input: inputs,
    };
    if (dates.period !== undefined) prestation.executionPeriod = dates.period;
    ctx.add(prestation);
  });
  return { task: taskUrl, organization };
}

function inputCode(i: TaskInput): string | undefined {
  return codeOf(i.type, TDDUI_TASK_INPUT_PRESTATION_SYSTEM) ?? codeOf(i.type, PAG_CODE_SYSTEMS.entreeTache);
}

function prestationFromFhir(ctx: ReadContext, entry: ReadEntry): Record<string, unknown> {
  const where = ctx.where(entry);
  const task = entry.resource as unknown as Task;
  ctx.checkResource(entry.resource, where, ['identifier', 'basedOn', 'partOf', 'status', 'intent', 'description', 'for', 'owner', 'input', 'executionPeriod']);
  const out: Record<string, unknown> = {};
  (task.input ?? []).forEach((i, k) => {
    const at = `${where}.input[${k}]`;
    const code = inputCode(i);
    if (code === 'titre' && typeof i.valueString === 'string') out['nature'] = i.valueString;
    else if (code === 'typePrestation') {
      const p = serafinFromConcept(i.valueCodeableConcept, `${at}.valueCodeableConcept`, ctx.report);
      if (p !== undefined) out['prestation'] = p;
    } else if (code === 'frequence') {
      const f = timingToFrequence(i.valueTiming);
      if (f !== undefined) out['frequence'] = f;
      else ctx.report.add(at, 'invalid-value', 'Fréquence : Timing d’une forme que le PAG ne connaît pas.', 'Frequency: Timing of a shape the PAG does not know.');
    } else if (code === 'domaine' && typeof i.valueCode === 'string') out['domaine'] = i.valueCode;
    else if (code === 'precision' && typeof i.valueString === 'string') out['precision'] = i.valueString;
    else ctx.report.add(at, 'no-pag-equivalent', 'Entrée de Task sans équivalent PAG.', 'Task input with no PAG equivalent.');
  });
  // The SERAFIN-PH code is optional since schema 1.1.0 (operators outside the ESMS).
  for (const k of ['nature', 'frequence']) {
    if (out[k] === undefined) ctx.report.add(`${where}.input`, 'missing-element', `Prestation sans « ${k} ».`, `Service without “${k}”.`);
  }
  return out;
}

/** One engagement read from its Task (and its operator and prestation Tasks). */
export function engagementFromFhir(ctx: ReadContext, entry: ReadEntry): Record<string, unknown> {
  const where = ctx.where(entry);
  const task = entry.resource as unknown as Task;
  const found = ctx.checkResource(entry.resource, where, ['identifier', 'basedOn', 'status', 'intent', 'code', 'for', 'owner', 'executionPeriod'], [PAG_EXTENSIONS.engagement.url]);
  const out: Record<string, unknown> = {};
  const id = task.identifier?.find((i) => i.system === PAG_IDENTIFIER_SYSTEMS.engagement)?.value;
  if (id !== undefined) out['identifiant'] = id;
  else ctx.report.add(`${where}.identifier`, 'missing-element', 'Identifiant de l’engagement absent.', 'Engagement identifier missing.');
  const org = ctx.resolve(task.owner, `${where}.owner`, 'Organization');
  if (org !== undefined) out['operateur'] = operateurFromFhir(ctx, org);
  const url = entry.fullUrl;
  out['prestations'] = url === undefined ? [] : ctx.referencing('Task', 'partOf', url).map((p) => prestationFromFhir(ctx, p));
  if (task.executionPeriod?.start !== undefined) out['dateDebut'] = task.executionPeriod.start;
  if (task.executionPeriod?.end !== undefined) out['dateFin'] = task.executionPeriod.end;
  Object.assign(out, ctx.decode(PAG_EXTENSIONS.engagement, found, where));
  for (const k of ['prerequis', 'derogations', 'financementsComplementaires']) out[k] ??= [];
  return out;
}
