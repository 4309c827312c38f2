/**
 * `fromFhirBundle(bundle)`: the PAG document carried by a FHIR R4 Bundle, and
 * the report of everything that could not be carried into it. Never throws.
 */
import type { CarePlan, CarePlanActivity } from '@medplum/fhirtypes';
import { besoinFromFhir } from './besoins.js';
import { statutOf } from './care-plan.js';
import { codeOf } from './codings.js';
import { accordFromFhir, accordKind } from './consents.js';
import { ReadContext, type ReadEntry } from './context.js';
import { coordinatorFromFhir } from './coordinator.js';
import { droitFromFhir, motifFinOf } from './decisions.js';
import { engagementFromFhir } from './engagements.js';
import { PAG_EXTENSIONS } from './extensions.js';
import { mdphFromFhir } from './organizations.js';
import { patientFromFhir } from './patient.js';
import { NotMappedCollector, type FromFhirBundleResult } from './report.js';
import { sanitize } from './sanitize.js';
import { creneauFromFhir } from './timetable.js';
import { PAG_CODE_SYSTEMS, PAG_IDENTIFIER_SYSTEMS } from './urls.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const CAREPLAN_KEYS = ['identifier', 'status', 'intent', 'category', 'title', 'subject', 'period', 'created', 'author', 'careTeam', 'supportingInfo', 'activity'];
const CAREPLAN_EXTENSIONS = [
  PAG_EXTENSIONS.document,
  PAG_EXTENSIONS.demande,
  PAG_EXTENSIONS.contexte,
  PAG_EXTENSIONS.situation,
  PAG_EXTENSIONS.suivi,
  PAG_EXTENSIONS.annexes,
  PAG_EXTENSIONS.extensionsEditeur,
].map((d) => d.url);

function isPagPlan(resource: Record<string, unknown>): boolean {
  return resource['resourceType'] === 'CarePlan' && codeOf((resource as unknown as CarePlan).category, PAG_CODE_SYSTEMS.typePlan) === 'pag';
}

/**
 * Reads the PAG document of a FHIR R4 Bundle written by {@link toFhirBundle}
 * (or by any software following the same mapping). The plan is the CarePlan
 * of category `pag`; every resource, element or extension that the mapping
 * does not carry into the document is listed in `notMapped`, with its
 * location and reason. Validate the document with `@serafin-ph/validators`
 * before use: a bundle from elsewhere may lack required PAG fields (they are
 * in `notMapped` as `missing-element`).
 *
 * @example
 * const { document, notMapped } = fromFhirBundle(JSON.parse(text));
 * if (notMapped.length > 0) console.warn(notMapped.map((n) => `${n.expression}: ${n.message}`));
 */
export function fromFhirBundle(bundle: unknown): FromFhirBundleResult {
  const report = new NotMappedCollector();
  try {
    return read(bundle, report);
  } catch {
    // Last guard: an element of a shape no reader expected (each reader checks the shapes it reads).
    report.add('Bundle', 'invalid-value', 'Bundle de forme inattendue : lecture interrompue.', 'Bundle of an unexpected shape: reading stopped.');
    return { document: undefined, notMapped: report.items };
  }
}

function read(bundle: unknown, report: NotMappedCollector): FromFhirBundleResult {
  if (!isObject(bundle) || bundle['resourceType'] !== 'Bundle') {
    report.add('Bundle', 'invalid-value', 'L’entrée n’est pas un Bundle FHIR.', 'The input is not a FHIR Bundle.');
    return { document: undefined, notMapped: report.items };
  }
  const raw = Array.isArray(bundle['entry']) ? (bundle['entry'] as unknown[]) : [];
  const entries: ReadEntry[] = [];
  raw.forEach((e, index) => {
    if (isObject(e) && isObject(e['resource']))
      entries.push({ index, fullUrl: typeof e['fullUrl'] === 'string' ? e['fullUrl'] : undefined, resource: sanitize(e['resource'], `Bundle.entry[${index}].resource`, report) });
    else report.add(`Bundle.entry[${index}]`, 'invalid-value', 'Entrée sans ressource.', 'Entry without a resource.');
  });
  const ctx = new ReadContext(entries, report);
  const plans = entries.filter((e) => isPagPlan(e.resource));
  const planEntry = plans[0];
  if (planEntry === undefined) {
    report.add(
      'Bundle.entry',
      'missing-element',
      'Aucun CarePlan de catégorie « pag » : le Bundle ne porte pas de PAG.',
      'No CarePlan of category “pag”: the Bundle carries no PAG.',
    );
    return { document: undefined, notMapped: report.items };
  }
  ctx.consumed.add(planEntry.index);
  const where = ctx.where(planEntry);
  const plan = planEntry.resource as unknown as CarePlan;
  const found = ctx.checkResource(planEntry.resource, where, CAREPLAN_KEYS, CAREPLAN_EXTENSIONS);
  const docData = ctx.decode(PAG_EXTENSIONS.document, found, where) ?? {};

  const pag: Record<string, unknown> = {};
  if (docData['$schema'] !== undefined) pag['$schema'] = docData['$schema'];
  pag['typeDocument'] = 'pag';
  if (docData['versionSchema'] !== undefined) pag['versionSchema'] = docData['versionSchema'];
  else report.add(`${where}.extension`, 'missing-element', 'Version du schéma absente (extension pag-document).', 'Schema version missing (pag-document extension).');
  const identifier = plan.identifier?.find((i) => i.system?.startsWith(PAG_IDENTIFIER_SYSTEMS.pag('')));
  if (identifier?.value !== undefined) pag['identifiant'] = identifier.value;
  else report.add(`${where}.identifier`, 'missing-element', 'Identifiant du PAG absent.', 'PAG identifier missing.');
  const mdph = ctx.resolve(plan.author, `${where}.author`, 'Organization');
  if (mdph !== undefined) pag['mdph'] = mdphFromFhir(ctx, mdph);
  const statut = statutOf(plan.status, plan.intent);
  if (statut !== undefined) pag['statut'] = statut;
  else
    report.add(
      `${where}.status`,
      'no-pag-equivalent',
      'Statut et intention du CarePlan sans équivalent dans le cycle de vie du PAG.',
      'CarePlan status and intent with no equivalent in the PAG lifecycle.',
    );
  if (plan.created !== undefined) pag['dateElaboration'] = plan.created;
  const dateValidation = plan.period?.start ?? docData['dateValidation'];
  if (dateValidation !== undefined) pag['dateValidation'] = dateValidation;
  const dateFin = plan.period?.end ?? docData['dateFin'];
  if (dateFin !== undefined) pag['dateFin'] = dateFin;

  // CDAPH decisions and consents (supportingInfo), read first for motifFin
  const droits: Record<string, unknown>[] = [];
  const consentement: Record<string, unknown> = {};
  let motifFinDecision: string | undefined;
  (plan.supportingInfo ?? []).forEach((ref, i) => {
    const at = `${where}.supportingInfo[${i}]`;
    const e = ctx.resolve(ref, at);
    if (e === undefined) return;
    if (e.resource['resourceType'] === 'Basic') {
      droits.push(droitFromFhir(ctx, e));
      motifFinDecision ??= motifFinOf(e);
    } else if (e.resource['resourceType'] === 'Consent') {
      const kind = accordKind(e.resource);
      if (kind === undefined || consentement[kind] !== undefined) {
        report.add(
          at,
          'no-pag-equivalent',
          'Consent qui n’est ni l’accord préalable ni l’accord exprès (ou en double).',
          'Consent that is neither the prior nor the express consent (or a duplicate).',
        );
      } else consentement[kind] = accordFromFhir(ctx, e);
    } else
      report.add(
        at,
        'no-pag-equivalent',
        `Information de support ${String(e.resource['resourceType'])} sans équivalent PAG.`,
        `Supporting information ${String(e.resource['resourceType'])} with no PAG equivalent.`,
      );
  });
  const motifFin = docData['motifFin'] ?? motifFinDecision;
  if (motifFin !== undefined) pag['motifFin'] = motifFin;
  for (const k of ['finSansValidation', 'pagPrecedent', 'validationPlan', 'dateMiseAJour']) if (docData[k] !== undefined) pag[k] = docData[k];

  const demande = ctx.decode(PAG_EXTENSIONS.demande, found, where);
  if (demande !== undefined) pag['demande'] = demande;
  else report.add(`${where}.extension`, 'missing-element', 'Section « demande » absente (extension pag-demande).', '“demande” section missing (pag-demande extension).');

  const patient = ctx.resolve(plan.subject, `${where}.subject`, 'Patient');
  const situation: Record<string, unknown> = {};
  if (patient !== undefined) situation['personne'] = patientFromFhir(ctx, patient);
  Object.assign(situation, ctx.decode(PAG_EXTENSIONS.situation, found, where));
  situation['droitsPrestations'] = droits;
  pag['situation'] = situation;

  const contexte: Record<string, unknown> = { ...(ctx.decode(PAG_EXTENSIONS.contexte, found, where) ?? {}) };
  contexte['demarches'] ??= [];
  contexte['besoins'] = planEntry.fullUrl === undefined ? [] : ctx.referencing('ServiceRequest', 'basedOn', planEntry.fullUrl).map((e) => besoinFromFhir(ctx, e));
  pag['contexte'] = contexte;

  const engagements: Record<string, unknown>[] = [];
  const creneaux: Record<string, unknown>[] = [];
  (plan.activity ?? []).forEach((a: CarePlanActivity, i) => {
    const at = `${where}.activity[${i}]`;
    if (a.reference !== undefined) {
      const task = ctx.resolve(a.reference, `${at}.reference`, 'Task');
      if (task !== undefined) engagements.push(engagementFromFhir(ctx, task));
      for (const k of Object.keys(a))
        if (k !== 'reference')
          report.add(`${at}.${k}`, 'no-pag-equivalent', `Élément « ${k} » d’une activité sans équivalent PAG.`, `Activity element “${k}” has no PAG equivalent.`);
    } else if (a.detail !== undefined) creneaux.push(creneauFromFhir(ctx, a, at));
    else report.add(at, 'no-pag-equivalent', 'Activité sans référence ni détail.', 'Activity without reference or detail.');
  });
  pag['engagements'] = engagements;

  const suiviData = ctx.decode(PAG_EXTENSIONS.suivi, found, where);
  const teamEntry = plan.careTeam?.[0] === undefined ? undefined : ctx.resolve(plan.careTeam[0], `${where}.careTeam[0]`, 'CareTeam');
  (plan.careTeam ?? [])
    .slice(1)
    .forEach((_, i) =>
      report.add(`${where}.careTeam[${i + 1}]`, 'no-pag-equivalent', 'Équipe de soins supplémentaire sans équivalent PAG.', 'Extra care team with no PAG equivalent.'),
    );
  const coordinator = teamEntry === undefined ? undefined : coordinatorFromFhir(ctx, teamEntry);
  if (suiviData !== undefined || coordinator !== undefined) {
    const suivi: Record<string, unknown> = {};
    if (coordinator !== undefined) suivi['coordonnateurParcours'] = coordinator;
    Object.assign(suivi, suiviData);
    pag['suivi'] = suivi;
  }
  pag['consentement'] = consentement;

  const annexesData = ctx.decode(PAG_EXTENSIONS.annexes, found, where);
  if (annexesData !== undefined) {
    pag['annexes'] = { emploiDuTemps: creneaux, ...annexesData };
  } else if (creneaux.length > 0) {
    pag['annexes'] = { emploiDuTemps: creneaux, referencesLegales: [] };
    report.add(
      `${where}.extension`,
      'missing-element',
      'Emploi du temps sans extension pag-annexes (nomenclature absente).',
      'Timetable without a pag-annexes extension (nomenclature missing).',
    );
  }
  const editeur = ctx.decode(PAG_EXTENSIONS.extensionsEditeur, found, where);
  if (editeur !== undefined) {
    const extensions: Record<string, unknown> = {};
    for (const e of (editeur['entree'] as Record<string, unknown>[] | undefined) ?? []) {
      const key = e['espaceDeNoms'];
      const json = e['valeurJson'];
      if (typeof key !== 'string' || typeof json !== 'string') continue;
      try {
        extensions[key] = JSON.parse(json) as unknown;
      } catch {
        report.add(
          `${where}.extension('${PAG_EXTENSIONS.extensionsEditeur.id}')`,
          'invalid-value',
          'Valeur d’extension d’éditeur qui n’est pas du JSON.',
          'Vendor extension value that is not JSON.',
        );
      }
    }
    pag['extensions'] = extensions;
  }

  for (const e of entries) {
    if (!ctx.consumed.has(e.index)) {
      report.add(
        ctx.where(e),
        'resource-not-read',
        `Ressource ${String(e.resource['resourceType'])} non reliée au PAG.`,
        `${String(e.resource['resourceType'])} resource not linked to the PAG.`,
      );
    }
  }
  return { document: pag, notMapped: report.items };
}
