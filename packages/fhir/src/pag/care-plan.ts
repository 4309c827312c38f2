/**
 * The plan itself as a `CarePlan`: identifier, status and intent from the PAG
 * lifecycle, category `pag`, the person as subject, the MDPH as author,
 * period (validation → end), creation date (elaboration), `careTeam` the
 * coordinator, `supportingInfo` the consents and the CDAPH decisions,
 * `activity` the engagements (references to Tasks) then the timetable slots,
 * and the project extensions for the PAG sections FHIR has no element for.
 *
 * Le plan en CarePlan.
 */
import type { CarePlan } from '@medplum/fhirtypes';

/** PAG `statut` → CarePlan `status` and `intent` (a bijection). */
export const STATUTS: Readonly<Record<'brouillon' | 'elabore' | 'valide' | 'termine', { readonly status: CarePlan['status']; readonly intent: CarePlan['intent'] }>> = {
  brouillon: { status: 'draft', intent: 'proposal' },
  elabore: { status: 'active', intent: 'proposal' },
  valide: { status: 'active', intent: 'plan' },
  termine: { status: 'completed', intent: 'plan' },
};

/** The PAG status of a CarePlan status and intent, or `undefined`. */
export function statutOf(status: unknown, intent: unknown): keyof typeof STATUTS | undefined {
  return (Object.keys(STATUTS) as (keyof typeof STATUTS)[]).find((k) => STATUTS[k].status === status && STATUTS[k].intent === intent);
}

/** Title written in `CarePlan.title`. */
export const CAREPLAN_TITLE = 'Plan d’accompagnement global (PAG)';
