/**
 * Bindings of the document schemas to the code lists of
 * `@serafin-ph/nomenclature`. Every code enumeration of the schemas comes from
 * here, so that the schemas and the nomenclature package never diverge.
 *
 * Liaison des schémas aux listes de codes de `@serafin-ph/nomenclature`.
 *
 * @internal
 */
import {
  JDV_J11_CODINGS,
  JDV_J11_METADATA,
  JDV_J264_CODINGS,
  JDV_J264_METADATA,
  JDV_J408_CODINGS,
  JDV_J408_METADATA,
  type JdvJ11Coding,
  type JdvJ264Coding,
  type JdvJ408Coding,
} from '@serafin-ph/nomenclature/referentiels';
import { SERAFIN_VALUE_SETS } from '@serafin-ph/nomenclature';

export { BESOIN_CODES, PRESTATION_DIRECTE_CODES, SERAFIN_SYSTEM } from '@serafin-ph/nomenclature';
export {
  JDV_J328_CODES,
  JDV_J401_CODES,
  TRE_R327_CODES,
  TRE_R327_SYSTEM,
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

/** A code of JDV_J408 (précision d'orientation: TRE_R426 1–8, TRE_R408 9–10, TRE_R278 UEA, UEM; codes are unique across the three systems). */
export type JdvJ408Code = JdvJ408Coding['code'];

/** Codes of JDV_J408, in expansion order. */
export const JDV_J408_CODES = JDV_J408_CODINGS.map((c) => c.code) as unknown as readonly [JdvJ408Code, ...JdvJ408Code[]];

/** Canonical URL of the value set JDV_J408. */
export const JDV_J408_URL: string = JDV_J408_METADATA.url;

/** A mode of care of JDV_J264 (46, 47, 48, 238). */
export type ModePriseChargeCode = JdvJ264Coding['code'];

/**
 * Codes of JDV_J264 ModeEtCentreDePriseEnCharge-MDPH, current version
 * (TRE_R213 46, 47, 48 and TRE_R397 238; 49 « Sur les lieux de vie » of the
 * 2026-06-01 version was dropped and is refused, as the TDDUI binding is
 * required). Codes are unique across the two systems.
 */
export const JDV_J264_CODES = JDV_J264_CODINGS.map((c) => c.code) as unknown as readonly [ModePriseChargeCode, ...ModePriseChargeCode[]];

/** Canonical URL of the value set JDV_J264. */
export const JDV_J264_URL: string = JDV_J264_METADATA.url;

/** A SERAFIN-PH transport code of JDV_J282 (3.2.4 and its three children). */
export type TransportCode = '3.2.4' | '3.2.4.1' | '3.2.4.2' | '3.2.4.3';

/** The SERAFIN-PH codes of JDV_J282 Transports liés au projet individuel (prestations indirectes 3.2.4.x), which an engagement may carry. */
export const TRANSPORT_CODES = SERAFIN_VALUE_SETS.J282.codes as unknown as readonly [TransportCode, ...TransportCode[]];
