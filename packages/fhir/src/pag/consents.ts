/**
 * The two consents of the PAG as `Consent`s referenced by the plan's
 * `supportingInfo`: the prior consent to drawing up the plan (CASF, L. 114-1-1)
 * and the express consent without which its decisions are not valid (CASF,
 * L. 146-9). Kind in `category`, date in `dateTime`, the legal basis in
 * `policyRule`, the person who gave it in `performer` (the Patient when it is
 * the person, named in the `pag-accord` extension otherwise).
 */
import type { Consent, Reference } from '@medplum/fhirtypes';
import type { PagTypes } from '@serafin-ph/pag-schema/types';
import { codeOf, projectCoding } from './codings.js';
import { objectExtension, type ReadContext, type ReadEntry } from './context.js';
import { PAG_EXTENSIONS } from './extensions.js';
import { PAG_CODE_SYSTEMS } from './urls.js';

/** Kinds of consent, with their label and legal basis. */
export const ACCORDS = {
  accordPrealable: { code: 'accord-prealable', display: 'Accord préalable à l’élaboration du PAG', policy: 'CASF, art. L. 114-1-1' },
  accordExpres: { code: 'accord-expres', display: 'Accord exprès au PAG', policy: 'CASF, art. L. 146-9' },
} as const;

const AUTEURS: Readonly<Record<string, string>> = {
  personne: 'La personne',
  parents: 'Ses parents',
  'representant-legal': 'Son représentant légal',
  'personne-chargee-mesure-protection': 'La personne chargée de la mesure de protection',
};

/** One consent as a Consent. */
export function accordToFhir(kind: keyof typeof ACCORDS, accord: PagTypes.AccordPrealable | PagTypes.AccordExpres, refs: { patient: string; mdph: string }): Consent {
  const k = ACCORDS[kind];
  const performer: Reference = accord.donnePar === 'personne' ? { reference: refs.patient } : { display: AUTEURS[accord.donnePar] ?? accord.donnePar };
  const consent = { resourceType: 'Consent' } as Consent;
  const ext = objectExtension(PAG_EXTENSIONS.accord, accord as unknown as Record<string, unknown>);
  if (ext !== undefined) consent.extension = [ext];
  Object.assign(consent, {
    status: 'active',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'treatment' }] },
    category: [{ coding: [projectCoding(PAG_CODE_SYSTEMS.typeAccord, k.code, k.display)] }],
    patient: { reference: refs.patient },
    dateTime: accord.date,
    performer: [performer],
    organization: [{ reference: refs.mdph }],
    policyRule: { text: k.policy },
  });
  return consent;
}

/** Which consent a Consent is (`accordPrealable`, `accordExpres`), or `undefined`. */
export function accordKind(resource: Record<string, unknown>): keyof typeof ACCORDS | undefined {
  const code = codeOf((resource as unknown as Consent).category, PAG_CODE_SYSTEMS.typeAccord);
  return (Object.keys(ACCORDS) as (keyof typeof ACCORDS)[]).find((k) => ACCORDS[k].code === code);
}

/** One consent read from its Consent. */
export function accordFromFhir(ctx: ReadContext, entry: ReadEntry): Record<string, unknown> {
  const where = ctx.where(entry);
  const consent = entry.resource as unknown as Consent;
  const found = ctx.checkResource(
    entry.resource,
    where,
    ['status', 'scope', 'category', 'patient', 'dateTime', 'performer', 'organization', 'policyRule'],
    [PAG_EXTENSIONS.accord.url],
  );
  const out: Record<string, unknown> = { ...ctx.decode(PAG_EXTENSIONS.accord, found, where) };
  if (typeof consent.dateTime === 'string') out['date'] = consent.dateTime;
  else ctx.report.add(`${where}.dateTime`, 'missing-element', 'Date de l’accord absente.', 'Consent date missing.');
  if (out['donnePar'] === undefined) {
    ctx.report.add(`${where}.extension`, 'missing-element', 'Auteur de l’accord absent (extension pag-accord).', 'Who gave the consent is missing (pag-accord extension).');
  }
  return out;
}
