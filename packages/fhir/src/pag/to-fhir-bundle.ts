/**
 * `toFhirBundle(pag)`: a PAG document as a FHIR R4 `Bundle` of type
 * `collection`.
 *
 * Why `collection`: a PAG travels as a set of linked resources with no
 * server-side instruction (not `transaction` / `batch`), and a FHIR
 * `document` would need a `Composition` with an attester-like authority and
 * the immutability rules of a signed clinical document, which the PAG's legal
 * signatures (per engagement, on paper or e-signature) do not give. The TDDUI
 * exchanges are also carried as collections of resources.
 *
 * Un PAG en Bundle FHIR R4 (collection).
 */
import type { Bundle, CarePlan, CarePlanActivity, Reference } from '@medplum/fhirtypes';
import type { Pag } from '@serafin-ph/pag-schema/types';
import { besoinToFhir } from './besoins.js';
import { CAREPLAN_TITLE, STATUTS } from './care-plan.js';
import { projectCoding } from './codings.js';
import { accordToFhir } from './consents.js';
import { objectExtension, WriteContext } from './context.js';
import { coordinatorToFhir } from './coordinator.js';
import { droitToFhir } from './decisions.js';
import { engagementToFhir, period } from './engagements.js';
import { PAG_EXTENSIONS } from './extensions.js';
import { deterministicFullUrls, type FullUrlGenerator } from './ids.js';
import { mdphToFhir } from './organizations.js';
import { patientToFhir } from './patient.js';
import { creneauToFhir } from './timetable.js';
import { PAG_CODE_SYSTEMS, PAG_IDENTIFIER_SYSTEMS } from './urls.js';

/** Options of {@link toFhirBundle}. */
export interface ToFhirBundleOptions {
  /** Generator of entry full URLs (`urn:uuid:…`). Default: deterministic, derived from the PAG identifier. */
  readonly fullUrls?: FullUrlGenerator;
  /** `Bundle.timestamp` (instant). Default: none, so the same PAG always gives the same bundle. */
  readonly timestamp?: string;
}

/**
 * Converts a PAG document (schema 1.0.0 or 1.1.0, as JSON) into a FHIR R4
 * collection Bundle: Patient, MDPH Organization, CarePlan, TDDUI-shaped
 * ServiceRequests (needs) and Tasks (services), engagement Tasks, operator
 * Organizations, the coordinator's CareTeam, Consents and TDDUI decisions on
 * Basic. Every field of the PAG is carried (see the guide "Échanger un PAG en
 * FHIR"); {@link fromFhirBundle} reads it back.
 *
 * The document is expected to be valid for the PAG schema (validate it first
 * with `@serafin-ph/validators`); the function does not throw on a valid one.
 *
 * @throws TypeError, in French then English, when the document is not shaped
 * like a PAG (the original error as `cause`): a member the conversion needs
 * is missing or of another type.
 *
 * @example
 * const bundle = toFhirBundle(pag);
 * const { document, notMapped } = fromFhirBundle(bundle); // document deep-equals pag, notMapped is []
 */
export function toFhirBundle(pag: Pag, options: ToFhirBundleOptions = {}): Bundle {
  try {
    return convert(pag, options ?? {});
  } catch (cause) {
    throw new TypeError(
      'toFhirBundle : le document n’a pas la forme d’un PAG (un membre nécessaire manque ou n’a pas le bon type) ; validez-le d’abord avec @serafin-ph/validators. / ' +
        'toFhirBundle: the document is not shaped like a PAG (a member the conversion needs is missing or of another type); validate it first with @serafin-ph/validators.',
      { cause },
    );
  }
}

/** The conversion itself, on a document shaped like a PAG. */
function convert(pag: Pag, options: ToFhirBundleOptions): Bundle {
  const ctx = new WriteContext(options.fullUrls ?? deterministicFullUrls(`${pag.mdph.departement}/${pag.identifiant}`), pag.mdph.departement);
  const patient = ctx.add(patientToFhir(pag.situation.personne, pag.mdph.departement));
  const mdph = ctx.add(mdphToFhir(pag.mdph));
  const carePlanUrl = ctx.next();
  const carePlanIndex = ctx.entries.length;
  const refs = { carePlan: carePlanUrl, patient };

  pag.contexte.besoins.forEach((b, i) => ctx.add(besoinToFhir(b, i, pag.identifiant, refs)));
  const engagements = pag.engagements.map((e) => ({ id: e.identifiant, ...engagementToFhir(ctx, e, refs) }));
  let careTeam: string | undefined;
  if (pag.suivi !== undefined) {
    const c = pag.suivi.coordonnateurParcours;
    careTeam = coordinatorToFhir(ctx, c, { patient, organization: engagements.find((e) => e.id === c.identifiantEngagement)?.organization });
  }
  const supportingInfo: Reference[] = [];
  for (const kind of ['accordPrealable', 'accordExpres'] as const) {
    const accord = pag.consentement[kind];
    if (accord !== undefined) supportingInfo.push({ reference: ctx.add(accordToFhir(kind, accord, { patient, mdph })) });
  }
  const motifFin = pag.motifFin === undefined ? {} : { motifFin: pag.motifFin };
  for (const droit of pag.situation.droitsPrestations) supportingInfo.push({ reference: droitToFhir(ctx, droit, motifFin, { patient }) });

  const dates = period(pag.dateValidation, pag.dateFin);
  const documentData: Record<string, unknown> = { ...pag };
  if (dates.valid) {
    delete documentData['dateValidation'];
    delete documentData['dateFin'];
  }
  const extension = [
    objectExtension(PAG_EXTENSIONS.document, documentData),
    objectExtension(PAG_EXTENSIONS.demande, pag.demande as unknown as Record<string, unknown>),
    objectExtension(PAG_EXTENSIONS.contexte, pag.contexte as unknown as Record<string, unknown>),
    objectExtension(PAG_EXTENSIONS.situation, pag.situation as unknown as Record<string, unknown>),
    objectExtension(PAG_EXTENSIONS.suivi, pag.suivi as unknown as Record<string, unknown> | undefined),
    objectExtension(PAG_EXTENSIONS.annexes, pag.annexes as unknown as Record<string, unknown> | undefined),
    objectExtension(
      PAG_EXTENSIONS.extensionsEditeur,
      pag.extensions === undefined
        ? undefined
        : { entree: Object.entries(pag.extensions).flatMap(([k, v]) => (v === undefined ? [] : [{ espaceDeNoms: k, valeurJson: JSON.stringify(v) }])) },
    ),
  ].filter((e) => e !== undefined);
  const activity: CarePlanActivity[] = [...engagements.map((e) => ({ reference: { reference: e.task } })), ...(pag.annexes?.emploiDuTemps ?? []).map(creneauToFhir)];
  const carePlan: CarePlan = {
    resourceType: 'CarePlan',
    extension,
    identifier: [{ system: PAG_IDENTIFIER_SYSTEMS.pag(pag.mdph.departement), value: pag.identifiant }],
    status: STATUTS[pag.statut].status,
    intent: STATUTS[pag.statut].intent,
    category: [{ coding: [projectCoding(PAG_CODE_SYSTEMS.typePlan, 'pag', 'Plan d’accompagnement global')] }],
    title: CAREPLAN_TITLE,
    subject: { reference: patient },
  };
  if (dates.period !== undefined) carePlan.period = dates.period;
  if (pag.dateElaboration !== undefined) carePlan.created = pag.dateElaboration;
  carePlan.author = { reference: mdph };
  if (careTeam !== undefined) carePlan.careTeam = [{ reference: careTeam }];
  if (supportingInfo.length > 0) carePlan.supportingInfo = supportingInfo;
  if (activity.length > 0) carePlan.activity = activity;
  ctx.entries.splice(carePlanIndex, 0, { fullUrl: carePlanUrl, resource: carePlan });

  const bundle: Bundle = { resourceType: 'Bundle', type: 'collection' };
  if (options.timestamp !== undefined) bundle.timestamp = options.timestamp;
  bundle.entry = ctx.entries;
  return bundle;
}
