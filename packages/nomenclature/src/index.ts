/**
 * @packageDocumentation
 * `@serafin-ph/nomenclature` : les nomenclatures SERAFIN-PH (besoins,
 * prestations directes, prestations indirectes) du CodeSystem de l'ANS,
 * exactes et typées, avec les numérotations CNSA 2018 et ROR TRE_R265. **Un
 * code donné sans numérotation est toujours lu dans la numérotation ANS 2023.**
 *
 * The SERAFIN-PH nomenclatures of the ANS CodeSystem
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
 * `@serafin-ph/nomenclature/referentiels`, the ROR lists TRE_R265/TRE_R266 as
 * published in `@serafin-ph/nomenclature/ror` (the numbering API of this entry
 * reads ROR codes and labels without it).
 *
 * @mergeModuleWith <project>
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
export * from './serafin/index.js';
export * from './numbering/index.js';
export { normalizeDisplay, foldForSearch } from './text/normalize.js';
