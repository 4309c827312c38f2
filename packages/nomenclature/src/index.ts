/**
 * @packageDocumentation
 * `@serafin-ph/nomenclature`: the SERAFIN-PH nomenclatures of the ANS CodeSystem
 * `https://smt.esante.gouv.fr/terminologie-SERAFINPH` (2023.1.0), exact and typed,
 * with the CNSA 2018 and ROR TRE_R265 numberings.
 *
 * **A code given without a numbering is always read in the ANS 2023 numbering
 * (`ans-2023`).** The CNSA/ROR numbering uses the same strings for other
 * concepts (`2.2.1`, `1.1.1`): state `numbering: 'cnsa-2018'` when that is what
 * you hold, or use `translate()`.
 *
 * Definitions live in `@serafin-ph/nomenclature/definitions`, FHIR resources in
 * `@serafin-ph/nomenclature/fhir`, the ANS companion lists of the PAG in
 * `@serafin-ph/nomenclature/referentiels`.
 */
export {
  SERAFIN_SYSTEM,
  SERAFIN_VERSION,
  SERAFIN_CODE_SYSTEM,
  SERAFIN_CODES,
  BESOIN_CODES,
  PRESTATION_DIRECTE_CODES,
  PRESTATION_INDIRECTE_CODES,
  type SerafinCode,
  type BesoinCode,
  type PrestationDirecteCode,
  type PrestationIndirecteCode,
} from './generated/serafin-concepts.js';
export { SERAFIN_VALUE_SETS, type SerafinValueSetId, type SerafinValueSetRow } from './generated/serafin-value-sets.js';
export {
  ROR_R265_LIST,
  ROR_R266_LIST,
  ROR_R265_CODES,
  ROR_R266_CODES,
  ROR_R265_ENTRIES,
  ROR_R266_ENTRIES,
  type RorR265Code,
  type RorR266Code,
  type RorEntryRow,
} from './generated/ror.js';
export * from './serafin/index.js';
export * from './numbering/index.js';
export { normalizeDisplay, foldForSearch } from './text/normalize.js';
