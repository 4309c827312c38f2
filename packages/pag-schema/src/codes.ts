/**
 * Bindings of the document schemas to the code lists of
 * `@serafin-ph/nomenclature`. Every code enumeration of the schemas comes from
 * here, so that the schemas and the nomenclature package never diverge.
 *
 * Liaison des schémas aux listes de codes de `@serafin-ph/nomenclature`.
 *
 * @internal
 */
import { JDV_J11_CODINGS, JDV_J11_METADATA, type JdvJ11Coding } from '@serafin-ph/nomenclature/referentiels';

export { BESOIN_CODES, PRESTATION_DIRECTE_CODES, SERAFIN_SYSTEM } from '@serafin-ph/nomenclature';
export {
  JDV_J328_CODES,
  MESURE_PROTECTION_JURIDIQUE_CODES,
  MESURE_PROTECTION_JURIDIQUE_SYSTEM,
  TRE_R213_CODES,
  TRE_R213_SYSTEM,
  TRE_R217_CODES,
  TRE_R217_SYSTEM,
  TRE_R240_CODES,
  TRE_R240_SYSTEM,
  TRE_R403_SYSTEM,
  TRE_R420_CODES,
  TRE_R420_SYSTEM,
  TRE_R421_CODES,
  TRE_R421_SYSTEM,
  TRE_R422_CODES,
  TRE_R422_SYSTEM,
  TRE_R426_CODES,
  TRE_R426_SYSTEM,
  TRE_R66_CODES,
  TRE_R66_SYSTEM,
} from '@serafin-ph/nomenclature/referentiels';
export { CNSA_2018_BESOIN_CODES, CNSA_2018_PRESTATION_DIRECTE_CODES } from './generated/cnsa-2018-codes.js';

/**
 * Identifier of the CNSA 2018 numbering used in `x-systeme-codes`: the CNSA
 * numbering is not published as a FHIR CodeSystem, so the schemas name it by a
 * project URN.
 */
export const CNSA_2018_SYSTEM = 'urn:serafin-ph:numerotation:cnsa-2018';

/** A code of JDV_J11 (codes are unique across its two systems, TRE_R216 and TRE_R217). */
export type JdvJ11Code = JdvJ11Coding['code'];

/** Codes of JDV_J11, in expansion order. */
export const JDV_J11_CODES = JDV_J11_CODINGS.map((c) => c.code) as unknown as readonly [JdvJ11Code, ...JdvJ11Code[]];

/** Canonical URL of the value set JDV_J11. */
export const JDV_J11_URL: string = JDV_J11_METADATA.url;
