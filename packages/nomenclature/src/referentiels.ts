/**
 * `@serafin-ph/nomenclature/referentiels` : les listes de l'ANS qui
 * accompagnent le modèle du PAG (TRE / JDV) et la liste, définie par le
 * projet, des mesures de protection juridique.
 *
 * The ANS companion lists of the PAG
 * model (TRE / JDV) and the project-defined list of legal protection measures.
 *
 * Each list is a generated module (tree-shakable) exporting its codes as a
 * readonly tuple (`TRE_R421_CODES`), a literal union type (`TreR421Code`), its
 * metadata, its concepts, a list object (`treR421MotifFinPag`) with `lookup`,
 * `has`, `validateCode`, `expand`, `coding` (plus `parent`, `children`,
 * `ancestors`, `descendants`, `isLeaf`, `subsumes` for hierarchical lists) and
 * a type guard (`isTreR421Code`). Multi-system value sets (JDV_J408, JDV_J264,
 * JDV_J11) pair every code with its system.
 *
 * Provenance: `data/referentiels/PROVENANCE.md`.
 *
 * @packageDocumentation
 *
 * @module \@serafin-ph/nomenclature/referentiels
 */
export * from './generated/referentiels/index.js';
export { CodeList } from './referentiels/code-list.js';
export { HierarchicalCodeList } from './referentiels/hierarchical-code-list.js';
export { MultiSystemValueSet, systemCodeToken, type SystemCode, type MultiSystemExpandOptions } from './referentiels/multi-system-value-set.js';
export { ReferentielCodeError } from './referentiels/errors.js';
export { searchReferentiels, type ReferentielSearchHit, type SearchReferentielsOptions } from './referentiels/search-lists.js';
export { isRepresentationMeasure, allowsRepresentationRelativeToPerson, representationMeasureCodes } from './referentiels/mesure-protection-juridique.js';
export {
  findReferentiel,
  referentielOfSystem,
  referentielVersions,
  ALL_REFERENTIELS,
  EARLIER_REFERENTIEL_VERSIONS,
  type AnyReferentiel,
  type FindReferentielOptions,
} from './referentiels/registry.js';
export type {
  DesignationUse,
  ReferentielExpandOptions,
  MesureProtectionJuridiqueConcept,
  ModeProtection,
  MultiSystemMember,
  QualificationBasis,
  ReferentielCoding,
  ReferentielConcept,
  ReferentielConceptStatus,
  ReferentielDesignation,
  ReferentielMetadata,
  ReferentielOrigin,
  ReferentielResourceType,
  ReferentielStatus,
  ReferentielSubsumptionOutcome,
  TreR403Concept,
  TreR66Concept,
  ReferentielValidateCodeIssue,
  ReferentielValidateCodeOptions,
  ReferentielValidateCodeResult,
} from './referentiels/types.js';
