/**
 * CDAPH orientations and rights (`situation.droitsPrestations`) as the TDDUI
 * decision extension (`tddui-decision`, TDDUI 2.4.0) on `Basic`
 * (`code` TDDUIBasicType#DECISION), with `existencePAG: true` and, when the
 * PAG has ended, `motifFinPAG` (TRE_R421). The code is split as the TDDUI
 * does: category (level 1, J401) and type (level 2, J402) of TRE_R420.
 *
 * The TDDUI requires elements the PAG does not hold (type and nature of the
 * decision, dates of opening and expiry when the PAG omits them, the
 * qualification of a non-orientation right, Creton and reception temporality
 * for the orientations that need them, training for 11.1): they are written
 * with the HL7 `data-absent-reason` extension (`unknown`) on the value, so the
 * cardinalities and invariants of the profile hold without inventing data,
 * and read back as absent.
 *
 * Les droits et orientations CDAPH en décision TDDUI sur Basic.
 */
import type { Basic, Extension, Organization } from '@medplum/fhirtypes';
import {
  JDV_J264_CODINGS,
  JDV_J408_CODINGS,
  treR240TemporaliteAccueil,
  TRE_R327_SYSTEM,
  treR420DroitPrestation,
  treR421MotifFinPag,
  treR422QualificationOrientation,
} from '@serafin-ph/nomenclature/referentiels';
import type { PagTypes } from '@serafin-ph/pag-schema/types';
import { objectExtension, type ReadContext, type ReadEntry, type WriteContext } from './context.js';
import { PAG_EXTENSIONS } from './extensions.js';
import { decodeObject } from './object-extension.js';
import { structureAccueilFromFhir, structureAccueilToFhir } from './organizations.js';
import { TDDUI_DECISION_URL } from '../rules/decision-rules.js';
import { DATA_ABSENT_REASON_URL, PAG_IDENTIFIER_SYSTEMS, TDDUI_BASIC_TYPE_SYSTEM } from './urls.js';

const ABSENT = { extension: [{ url: DATA_ABSENT_REASON_URL, valueCode: 'unknown' }] };

/** A sub-extension whose value is absent (data-absent-reason on the primitive, or a CodeableConcept holding only it). */
function absent(url: string, type: 'CodeableConcept' | 'date' | 'boolean' | 'string'): Extension {
  return (type === 'CodeableConcept' ? { url, valueCodeableConcept: ABSENT } : { url, [`_value${type[0]!.toUpperCase()}${type.slice(1)}`]: ABSENT }) as Extension;
}

function coded(url: string, system: string, code: string, display?: string): Extension {
  return { url, valueCodeableConcept: { coding: [display === undefined ? { system, code } : { system, code, display }] } };
}

function date(url: string, value: string | undefined): Extension {
  return value === undefined ? absent(url, 'date') : { url, valueDate: value };
}

/** System of each précision code of JDV_J408 (TRE_R426, TRE_R408, TRE_R278; codes are unique in the value set). */
const PRECISION_SYSTEM = new Map<string, string>(JDV_J408_CODINGS.map((c) => [c.code, c.system]));
/** System of each mode of JDV_J264. */
const MODE_SYSTEM = new Map<string, string>(JDV_J264_CODINGS.map((c) => [c.code, c.system]));

/**
 * TRE_R327 of the PAG ⇄ TDDUI typeDecision (JDV_J398: 1, 5) and natureDroitPrestation (JDV_J400: 1, 6, 7):
 * 1 → (1, 1); 6, 7 (renouvellement, révision) → (1, 6 or 7); 5 → (5, absent nature); 2, 3, 4 → absent in the
 * decision (JDV_J398 does not hold them), kept in the pag-droit extension.
 */
function decisionCodes(code: string | undefined): { type?: string; nature?: string } {
  if (code === undefined) return {};
  if (code === '1') return { type: '1', nature: '1' };
  if (code === '6' || code === '7') return { type: '1', nature: code };
  // 5 (clôture) is a TDDUI type; 2, 3, 4 (rejet, sursis, non attribution supplémentaire) have no TDDUI form: pag-droit carries them.
  return code === '5' ? { type: '5' } : {};
}

/** Category (level 1) of a TRE_R420 code. */
export function categorieOf(code: string): string {
  return code.split('.')[0] ?? code;
}

/** The orientations whose TDDUI decision requires a reception temporality (invariants of tddui-decision). */
function needsTemporalite(categorie: string, code: string): boolean {
  return categorie === '7' || categorie === '13' || ['8.6', '8.7', '8.8', '8.10'].includes(code);
}

/** Writes one right as a Basic (and its receiving structure); returns the Basic's full URL. */
export function droitToFhir(ctx: WriteContext, droit: PagTypes.DroitPrestation, pag: { motifFin?: string }, refs: { patient: string }): string {
  const code = droit.codeDroitPrestation;
  const categorie = categorieOf(code);
  const isType = categorie !== code;
  const R420 = treR420DroitPrestation.system;
  const detail: Extension[] = [];
  const temporalites = droit.temporaliteAccueil ?? [];
  if (temporalites.length === 1) detail.push(coded('temporaliteAccueil', treR240TemporaliteAccueil.system, temporalites[0]!));
  else if (needsTemporalite(categorie, code) || temporalites.length > 1) detail.push(absent('temporaliteAccueil', 'CodeableConcept'));
  if (droit.precisionOrientation !== undefined) detail.push(coded('precisionOrientation', PRECISION_SYSTEM.get(droit.precisionOrientation) ?? '', droit.precisionOrientation));
  if (droit.accueilSequentiel !== undefined) detail.push({ url: 'accueilSequentiel', valueBoolean: droit.accueilSequentiel });
  if (code === '11.1') detail.push(absent('formation', 'string'));
  detail.push(
    droit.qualificationOrientation === undefined
      ? absent('qualificationOrientation', 'CodeableConcept')
      : coded('qualificationOrientation', treR422QualificationOrientation.system, droit.qualificationOrientation),
  );
  for (const mode of droit.modePriseCharge ?? []) detail.push({ url: 'priseCharge', extension: [coded('modePriseCharge', MODE_SYSTEM.get(mode) ?? '', mode)] });
  if (droit.structureAccueil !== undefined) {
    const org: Organization = structureAccueilToFhir(droit.structureAccueil);
    detail.push({ url: 'structureAccueil', valueReference: { reference: ctx.add(org) } });
  }
  const droitExt: Extension[] = [
    isType ? coded('categorieDroitPrestation', R420, categorie) : coded('categorieDroitPrestation', R420, categorie, droit.libelle),
    isType ? coded('typeDroitPrestation', R420, code, droit.libelle) : absent('typeDroitPrestation', 'CodeableConcept'),
    decisionCodes(droit.typeDecision).nature === undefined
      ? absent('natureDroitPrestation', 'CodeableConcept')
      : coded('natureDroitPrestation', TRE_R327_SYSTEM, decisionCodes(droit.typeDecision).nature!),
    date('dateOuverture', droit.dateOuverture),
    date('dateEcheance', droit.dateEcheance),
    { url: 'existencePAG', valueBoolean: droit.existencePAG ?? true },
  ];
  if (pag.motifFin !== undefined) droitExt.push(coded('motifFinPAG', treR421MotifFinPag.system, pag.motifFin));
  if (droit.creton !== undefined) droitExt.push({ url: 'creton', valueBoolean: droit.creton });
  else if (categorie === '7') droitExt.push(absent('creton', 'boolean'));
  droitExt.push({ url: 'detailPrestation', extension: detail });
  const decision: Extension = {
    url: TDDUI_DECISION_URL,
    extension: [
      decisionCodes(droit.typeDecision).type === undefined
        ? absent('typeDecision', 'CodeableConcept')
        : coded('typeDecision', TRE_R327_SYSTEM, decisionCodes(droit.typeDecision).type!),
      // A closing decision (TRE_R327 5) requires its effective date, which the PAG does not hold.
      ...(droit.typeDecision === '5' ? [absent('dateEffetCloture', 'date')] : []),
      { url: 'dateDecision', valueDate: droit.dateDecision },
      { url: 'droitPrestation', extension: droitExt },
    ],
  };
  // What the TDDUI decision cannot hold losslessly (category written by the PAG, existencePAG given, both temporalities).
  const own: Record<string, unknown> = {};
  if (droit.categorieDroitPrestation !== undefined) own['categorieDroitPrestation'] = droit.categorieDroitPrestation;
  if (droit.existencePAG !== undefined) own['existencePAG'] = droit.existencePAG;
  if (droit.temporaliteAccueil !== undefined && droit.temporaliteAccueil.length > 1) own['temporaliteAccueil'] = droit.temporaliteAccueil;
  if (droit.typeDecision !== undefined && decisionCodes(droit.typeDecision).type === undefined) own['typeDecision'] = droit.typeDecision;
  const ownExt = objectExtension(PAG_EXTENSIONS.droit, own);
  const basic = { resourceType: 'Basic', extension: ownExt === undefined ? [decision] : [decision, ownExt] } as Basic;
  if (droit.identifiantDecision !== undefined) basic.identifier = [{ use: 'official', system: PAG_IDENTIFIER_SYSTEMS.decision(ctx.departement), value: droit.identifiantDecision }];
  basic.code = { coding: [{ system: TDDUI_BASIC_TYPE_SYSTEM, code: 'DECISION', display: 'Décision' }] };
  basic.subject = { reference: refs.patient };
  return ctx.add(basic);
}

type Ext = Record<string, unknown>;

function sub(parent: Ext | undefined, url: string): Ext | undefined {
  const list = parent?.['extension'];
  return Array.isArray(list) ? (list.find((e) => typeof e === 'object' && e !== null && (e as Ext)['url'] === url) as Ext | undefined) : undefined;
}

function codingOf(ext: Ext | undefined, system: string): { code: string; display?: string } | undefined {
  const cc = ext?.['valueCodeableConcept'] as { coding?: { system?: string; code?: string; display?: string }[] } | undefined;
  const c = cc?.coding?.find((x) => x.system === system && typeof x.code === 'string');
  return c === undefined ? undefined : c.display === undefined ? { code: c.code! } : { code: c.code!, display: c.display };
}

/** Sub-extensions the reader knows (others are reported). */
const KNOWN_DECISION = ['typeDecision', 'dateEffetCloture', 'dateDecision', 'droitPrestation'];
const KNOWN_DROIT = [
  'categorieDroitPrestation',
  'typeDroitPrestation',
  'natureDroitPrestation',
  'dateOuverture',
  'dateEcheance',
  'existencePAG',
  'motifFinPAG',
  'creton',
  'detailPrestation',
];
const KNOWN_DETAIL = ['temporaliteAccueil', 'precisionOrientation', 'accueilSequentiel', 'formation', 'qualificationOrientation', 'structureAccueil', 'priseCharge'];

function isAbsent(ext: Ext | undefined): boolean {
  if (ext === undefined) return true;
  const keys = Object.keys(ext).filter((k) => k !== 'url');
  if (keys.length !== 1) return false;
  const v = ext[keys[0]!] as Ext | undefined;
  const inner = v?.['extension'];
  return Array.isArray(inner) && inner.some((e) => (e as Ext)['url'] === DATA_ABSENT_REASON_URL) && v?.['coding'] === undefined;
}

function checkSubs(ctx: ReadContext, parent: Ext | undefined, known: readonly string[], where: string): void {
  const list = parent?.['extension'];
  if (!Array.isArray(list)) return;
  list.forEach((e, i) => {
    const url = (e as Ext)['url'];
    if (typeof url !== 'string' || !known.includes(url)) {
      ctx.report.add(
        `${where}.extension[${i}]`,
        'unknown-extension',
        `Élément de la décision TDDUI non repris dans le PAG${typeof url === 'string' ? ` (« ${url} »)` : ''}.`,
        `TDDUI decision element not carried into the PAG${typeof url === 'string' ? ` (“${url}”)` : ''}.`,
      );
    } else if (!isAbsent(e as Ext) && ['formation', 'dateEffetCloture'].includes(url)) {
      ctx.report.add(
        `${where}.extension[${i}]`,
        'no-pag-equivalent',
        `« ${url} » renseigné : le modèle PAG n’a pas encore ce champ.`,
        `“${url}” is set: the PAG model has no such field yet.`,
      );
    }
  });
}

/** One right read from its Basic. */
export function droitFromFhir(ctx: ReadContext, entry: ReadEntry): Record<string, unknown> {
  const where = ctx.where(entry);
  const basic = entry.resource as unknown as Basic;
  const found = ctx.checkResource(entry.resource, where, ['identifier', 'code', 'subject'], [TDDUI_DECISION_URL, PAG_EXTENSIONS.droit.url]);
  const decision = found.get(TDDUI_DECISION_URL);
  const out: Record<string, unknown> = {};
  if (decision === undefined) {
    ctx.report.add(where, 'missing-element', 'Basic sans extension tddui-decision.', 'Basic without a tddui-decision extension.');
    return out;
  }
  const dw = `${where}.extension('tddui-decision')`;
  checkSubs(ctx, decision, KNOWN_DECISION, dw);
  const droit = sub(decision, 'droitPrestation');
  checkSubs(ctx, droit, KNOWN_DROIT, `${dw}.extension('droitPrestation')`);
  const detail = sub(droit, 'detailPrestation');
  checkSubs(ctx, detail, KNOWN_DETAIL, `${dw}.extension('droitPrestation').extension('detailPrestation')`);
  const R420 = treR420DroitPrestation.system;
  const type = codingOf(sub(droit, 'typeDroitPrestation'), R420);
  const categorie = codingOf(sub(droit, 'categorieDroitPrestation'), R420);
  const code = type ?? categorie;
  if (code !== undefined) {
    out['codeDroitPrestation'] = code.code;
    if (code.display !== undefined) out['libelle'] = code.display;
  } else ctx.report.add(dw, 'missing-element', 'Droit sans catégorie ni type TRE_R420.', 'Right without a TRE_R420 category or type.');
  const q = codingOf(sub(detail, 'qualificationOrientation'), treR422QualificationOrientation.system);
  if (q !== undefined) out['qualificationOrientation'] = q.code;
  const precision = sub(detail, 'precisionOrientation')?.['valueCodeableConcept'] as { coding?: { system?: string; code?: string }[] } | undefined;
  const pc = precision?.coding?.find((x) => typeof x.code === 'string' && PRECISION_SYSTEM.get(x.code) === x.system);
  if (pc?.code !== undefined) out['precisionOrientation'] = pc.code;
  const seq = sub(detail, 'accueilSequentiel')?.['valueBoolean'];
  if (typeof seq === 'boolean') out['accueilSequentiel'] = seq;
  const tempo = sub(detail, 'temporaliteAccueil');
  const t = codingOf(tempo, treR240TemporaliteAccueil.system);
  if (t !== undefined) out['temporaliteAccueil'] = [t.code];
  const modes: string[] = [];
  for (const pcExt of ((detail?.['extension'] as Ext[] | undefined) ?? []).filter((e) => e['url'] === 'priseCharge')) {
    const mc = (sub(pcExt, 'modePriseCharge')?.['valueCodeableConcept'] as { coding?: { system?: string; code?: string }[] } | undefined)?.coding?.find(
      (x) => typeof x.code === 'string' && MODE_SYSTEM.get(x.code) === x.system,
    );
    if (mc?.code !== undefined) modes.push(mc.code);
    else ctx.report.add(`${dw}.priseCharge`, 'no-pag-equivalent', 'Prise en charge sans mode JDV_J264 lisible.', 'Care mode without a readable JDV_J264 code.');
  }
  if (modes.length > 0) out['modePriseCharge'] = modes;
  const cretonExt = sub(droit, 'creton')?.['valueBoolean'];
  if (typeof cretonExt === 'boolean') out['creton'] = cretonExt;
  const typeCode = codingOf(sub(decision, 'typeDecision'), TRE_R327_SYSTEM)?.code;
  const natureCode = codingOf(sub(droit, 'natureDroitPrestation'), TRE_R327_SYSTEM)?.code;
  const typeDecision = natureCode === '6' || natureCode === '7' ? natureCode : typeCode;
  if (typeDecision !== undefined) out['typeDecision'] = typeDecision;
  const own = found.get(PAG_EXTENSIONS.droit.url);
  if (own !== undefined) Object.assign(out, decodeObject(own['extension'], PAG_EXTENSIONS.droit.spec, `${where}.extension('pag-droit')`, ctx.report));
  const id = basic.identifier?.find((i) => i.system?.startsWith(PAG_IDENTIFIER_SYSTEMS.decision('')))?.value;
  if (id !== undefined) out['identifiantDecision'] = id;
  const dd = sub(decision, 'dateDecision')?.['valueDate'];
  if (typeof dd === 'string') out['dateDecision'] = dd;
  else ctx.report.add(dw, 'missing-element', 'Date de décision absente.', 'Decision date missing.');
  const ouverture = sub(droit, 'dateOuverture')?.['valueDate'];
  if (typeof ouverture === 'string') out['dateOuverture'] = ouverture;
  const echeance = sub(droit, 'dateEcheance')?.['valueDate'];
  if (typeof echeance === 'string') out['dateEcheance'] = echeance;
  const sa = sub(detail, 'structureAccueil');
  if (sa !== undefined) {
    const org = ctx.resolve(sa['valueReference'], `${dw}.structureAccueil`, 'Organization');
    if (org !== undefined) out['structureAccueil'] = structureAccueilFromFhir(ctx, org);
  }
  return out;
}

/** `motifFinPAG` of a decision, to compare with the plan's. */
export function motifFinOf(entry: ReadEntry): string | undefined {
  const decision = ((entry.resource['extension'] as Ext[] | undefined) ?? []).find((e) => e['url'] === TDDUI_DECISION_URL);
  return codingOf(sub(sub(decision, 'droitPrestation'), 'motifFinPAG'), treR421MotifFinPag.system)?.code;
}

/**
 * True when the orientation precision of a right breaks a TDDUI invariant of
 * `tddui-decision` (7.8 → 1 to 6, 7.9 → 7 or 8, 8.3 → TRE_R408 9 or 10, 8.6 →
 * UEA or UEM, none for 13.1 and 13.2). The PAG schema accepts such a right
 * (the validators reject it, PAG-DROITS-002); its bundle is then flagged by
 * `checkFhir` (FHIR-DECISION-002 / 003), as the TDDUI would.
 */
export function precisionConflictsWithTddui(codeDroitPrestation: string, precisionOrientation: string | undefined): boolean {
  if (precisionOrientation === undefined) return false;
  switch (codeDroitPrestation) {
    case '7.8':
      return !['1', '2', '3', '4', '5', '6'].includes(precisionOrientation);
    case '7.9':
      return !['7', '8'].includes(precisionOrientation);
    case '8.3':
      return !['9', '10'].includes(precisionOrientation);
    case '8.6':
      return !['UEA', 'UEM'].includes(precisionOrientation);
    case '13.1':
    case '13.2':
      return true;
    default:
      return false;
  }
}
