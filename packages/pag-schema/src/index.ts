/**
 * @packageDocumentation
 * `@serafin-ph/pag-schema` : schémas zod (source de vérité) et schémas JSON
 * 2020-12 publiés du plan d'accompagnement global (PAG), de la convention
 * territoriale et du tableau des délégations de dérogations.
 *
 * zod schemas (source of truth) and published JSON Schema 2020-12 files of the
 * PAG, the territorial convention and the table of delegated derogations. The
 * JSON Schemas ship in the package under `schemas/` and are published at
 * `https://serafin-ph.github.io/serafin-ph/schemas/<version>/<type>.schema.json`.
 *
 * The document types ({@link Pag}, {@link ConventionTerritoriale},
 * {@link TableauDerogations} and their parts) are plain interfaces generated
 * from the published JSON Schemas, each field documented in French then in
 * English; type tests prove each one mutually assignable with the `z.infer`
 * type of its zod schema (`PagSchema`, `MdphSchema`…).
 *
 * **SERAFIN-PH codes without `numerotation` are read in the ANS 2023
 * numbering (`ans-2023`).**
 *
 * @mergeModuleWith <project>
 */
export type * from './generated/json-schema-types/index.js';
export * from './version.js';
export * from './metadata.js';
export * from './documents.js';
export * from './common/primitives.js';
export * from './common/structures.js';
export * from './common/codes-serafin.js';
export * from './common/document.js';
export * from './pag/pag.js';
export * from './pag/demande.js';
export * from './pag/situation.js';
export * from './pag/droits-prestations.js';
export * from './pag/contexte.js';
export * from './pag/engagements.js';
export * from './pag/suivi.js';
export * from './pag/consentement.js';
export * from './pag/annexes.js';
export * from './pag/projet-de-vie.js';
export * from './pag/aidants.js';
export * from './pag/lieu-de-vie.js';
export * from './convention/convention-territoriale.js';
export * from './convention/cadre.js';
export * from './convention/gos.js';
export * from './derogations/tableau-derogations.js';
export * from './derogations/delegations.js';
export { MIGRATION_SOURCE_VERSION, MIGRATION_TARGET_VERSION, type JsonObject } from './migrate/version-fields.js';
export * from './migrate/convention-territoriale.js';
export * from './migrate/tableau-derogations.js';
export * from './migrate/migrate.js';
export { downgradePag, pag11Only, PAG_MEMBERS_1_1, type Walk } from './migrate/pag.js';
export * from './json-schema/build.js';
export * from './json-schema/personal-data.js';
export { boundList, codeLabel, type BoundList, type CodeLabel } from './json-schema/code-labels.js';
export { boundFields, type BoundField } from './json-schema/bound-fields.js';
export { fieldSteps, type FieldStep } from './json-schema/field-titles.js';
export { NAMED_PATTERNS, type PatternName } from './json-schema/pattern-messages.js';
export { PERSONAL_DATA_POINTERS } from './generated/personal-data.js';
export { CNSA_2018_BESOIN_CODES, CNSA_2018_PRESTATION_DIRECTE_CODES, type Cnsa2018BesoinCode, type Cnsa2018PrestationDirecteCode } from './generated/cnsa-2018-codes.js';
export {
  CNSA_2018_SYSTEM,
  JDV_J11_CODES,
  JDV_J264_CODES,
  JDV_J408_CODES,
  TRANSPORT_CODES,
  type JdvJ11Code,
  type JdvJ408Code,
  type ModePriseChargeCode,
  type TransportCode,
} from './codes.js';
