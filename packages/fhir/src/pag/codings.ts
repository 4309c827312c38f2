/**
 * SERAFIN-PH codes of the PAG as FHIR `CodeableConcept`s, and back.
 *
 * An ANS 2023 code is one Coding under `https://smt.esante.gouv.fr/terminologie-SERAFINPH`.
 * A CNSA 2018 code (`numerotation: 'cnsa-2018'`) keeps its own Coding under
 * the project's CNSA 2018 code system, with its ANS 2023 translation beside it
 * under the SERAFIN-PH system when one exists, so that the TDDUI bindings
 * (J284, J285) are met and nothing is lost. The PAG's `libelle` is the
 * `display` of the Coding of its own numbering; an explicit `numerotation:
 * 'ans-2023'` is the ANS Coding's `version` (2023.1.0).
 */
import type { CodeableConcept, Coding } from '@medplum/fhirtypes';
import { SERAFIN_SYSTEM, SERAFIN_VERSION, toAns2023 } from '@serafin-ph/nomenclature';
import type { NotMappedCollector } from './report.js';
import { PAG_CODE_SYSTEMS } from './urls.js';

/** A coded SERAFIN-PH value of the PAG (`CodeBesoin`, `CodePrestationDirecte`). */
export interface SerafinCodeLike {
  code: string;
  numerotation?: 'ans-2023' | 'cnsa-2018';
  libelle?: string;
}

function coding(system: string, code: string, display: string | undefined): Coding {
  return display === undefined ? { system, code } : { system, code, display };
}

/** A SERAFIN-PH code of the PAG as a CodeableConcept. */
export function serafinConcept(value: SerafinCodeLike): CodeableConcept {
  if (value.numerotation !== 'cnsa-2018') {
    const c = coding(SERAFIN_SYSTEM, value.code, value.libelle);
    // `numerotation: 'ans-2023'` written explicitly: the Coding names the ANS version explicitly too
    return {
      coding: [value.numerotation === 'ans-2023' ? { system: c.system!, version: SERAFIN_VERSION, code: c.code!, ...(c.display === undefined ? {} : { display: c.display }) } : c],
    };
  }
  const ans = toAns2023(value.code, 'cnsa-2018');
  const codings: Coding[] = [];
  if (ans !== undefined) codings.push({ system: SERAFIN_SYSTEM, code: ans });
  codings.push(coding(PAG_CODE_SYSTEMS.cnsa2018, value.code, value.libelle));
  return { coding: codings };
}

/** The PAG code read from a CodeableConcept written by {@link serafinConcept}; `undefined` (and a report item) otherwise. */
export function serafinFromConcept(concept: unknown, where: string, report: NotMappedCollector): SerafinCodeLike | undefined {
  const codings = codingsOf(concept);
  const cnsa = codings.find((c) => c.system === PAG_CODE_SYSTEMS.cnsa2018 && typeof c.code === 'string');
  const pick = cnsa ?? codings.find((c) => c.system === SERAFIN_SYSTEM && typeof c.code === 'string');
  if (pick === undefined) {
    report.add(where, 'missing-element', 'Aucun code SERAFIN-PH (ANS 2023 ou CNSA 2018).', 'No SERAFIN-PH code (ANS 2023 or CNSA 2018).');
    return undefined;
  }
  const out: SerafinCodeLike = { code: pick.code! };
  if (cnsa !== undefined) out.numerotation = 'cnsa-2018';
  else if (pick.version !== undefined) out.numerotation = 'ans-2023';
  if (typeof pick.display === 'string') out.libelle = pick.display;
  return out;
}

/** A Coding of a project code system. */
export function projectCoding(system: string, code: string, display?: string): Coding {
  return coding(system, code, display);
}

/** The Codings of a CodeableConcept read from an untrusted bundle (objects only; anything else gives none). */
export function codingsOf(concept: unknown): Coding[] {
  const list = typeof concept === 'object' && concept !== null ? (concept as { coding?: unknown }).coding : undefined;
  return Array.isArray(list) ? list.filter((c): c is Coding => typeof c === 'object' && c !== null) : [];
}

/** The code of the first Coding of `system` in a CodeableConcept (or list of them), read from an untrusted bundle. */
export function codeOf(concepts: unknown, system: string): string | undefined {
  const list: unknown[] = Array.isArray(concepts) ? concepts : [concepts];
  for (const cc of list) for (const c of codingsOf(cc)) if (c.system === system && typeof c.code === 'string') return c.code;
  return undefined;
}
