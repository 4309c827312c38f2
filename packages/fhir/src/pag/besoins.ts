/**
 * Identified needs (`contexte.besoins`) as `ServiceRequest`s in the TDDUI
 * besoin shape (`tddui-service-request-besoin`): the SERAFIN-PH need code in
 * `category` (JDV_J285, required, max 1), `basedOn` the plan, `code.text`
 * (required by the profile), the free precision in `note.text`.
 */
import type { ServiceRequest } from '@medplum/fhirtypes';
import type { PagTypes } from '@serafin-ph/pag-schema/types';
import { serafinConcept, serafinFromConcept } from './codings.js';
import type { ReadContext, ReadEntry } from './context.js';
import { PAG_IDENTIFIER_SYSTEMS } from './urls.js';

/** One need as a ServiceRequest. */
export function besoinToFhir(besoin: PagTypes.BesoinIdentifie, rank: number, pagIdentifiant: string, refs: { carePlan: string; patient: string }): ServiceRequest {
  const sr: ServiceRequest = {
    resourceType: 'ServiceRequest',
    identifier: [{ system: PAG_IDENTIFIER_SYSTEMS.besoin, value: `${pagIdentifiant}-${rank + 1}` }],
    basedOn: [{ reference: refs.carePlan }],
    status: 'active',
    intent: 'plan',
    category: [serafinConcept(besoin.besoin)],
    code: { text: besoin.besoin.libelle ?? `Besoin SERAFIN-PH ${besoin.besoin.code}` },
    subject: { reference: refs.patient },
  };
  if (besoin.precision !== undefined) sr.note = [{ text: besoin.precision }];
  return sr;
}

/** One need read from its ServiceRequest. */
export function besoinFromFhir(ctx: ReadContext, entry: ReadEntry): Record<string, unknown> {
  const where = ctx.where(entry);
  const sr = entry.resource as unknown as ServiceRequest;
  ctx.checkResource(entry.resource, where, ['identifier', 'basedOn', 'status', 'intent', 'category', 'code', 'subject', 'note']);
  const out: Record<string, unknown> = {};
  const code = serafinFromConcept(sr.category?.[0], `${where}.category[0]`, ctx.report);
  if (code !== undefined) out['besoin'] = code;
  if (sr.note?.[0]?.text !== undefined) out['precision'] = sr.note[0].text;
  return out;
}
