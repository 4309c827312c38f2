/**
 * Shapes shared by every companion list (ANS TRE / JDV and the project-defined
 * list of legal protection measures).
 *
 * Field names follow the vendored JSON (`dateValid`, `dateMaj`, `dateFin`: the
 * ANS property names) and FHIR (`code`, `display`, `definition`, `designation`).
 */
import type { SubsumptionOutcome } from '../serafin/subsumes.js';

/** Status of a concept in its list: deprecated concepts stay resolvable but are flagged. */
export type ReferentielConceptStatus = 'active' | 'deprecated';

/** Publication status of a list (FHIR `CodeSystem.status` / `ValueSet.status`). */
export type ReferentielStatus = 'draft' | 'active';

/** Who publishes the list: the ANS, or this project when no ANS list exists. */
export type ReferentielOrigin = 'ans' | 'serafin-ph';

/** A FHIR Coding reduced to what a document needs. */
export interface ReferentielCoding<S extends string = string, C extends string = string> {
  /** Canonical URL of the code system. */
  readonly system: S;
  /** The code. */
  readonly code: C;
  /** The official display, byte-exact. */
  readonly display: string;
}

/** Use of a designation (FHIR `designation.use`, a Coding). */
export interface DesignationUse {
  /** Code system of the use code. */
  readonly system: string;
  /** The use code. */
  readonly code: string;
  /** Label of the use code. */
  readonly display: string;
}

/** An alternative label (FHIR `designation`), e.g. the ANS short label (SNOMED 900000000000013009 "synonym"). */
export interface ReferentielDesignation {
  /** BCP 47 language tag, e.g. `fr-FR`. */
  readonly language: string;
  /** Parsed from the vendored `"system|code (display)"` string. */
  readonly use: DesignationUse;
  /** The label, byte-exact. */
  readonly value: string;
}

/**
 * One concept of a single-system list.
 *
 * `display` is byte-exact as published (typos, double spaces and typographic
 * apostrophes kept); `displayNormalized` is `normalizeDisplay(display)`,
 * computed when the module was generated.
 */
export interface ReferentielConcept<C extends string = string> {
  /** The code, a string (leading zeros kept: `"01"`, `"010"`). */
  readonly code: C;
  /** Display exactly as published. */
  readonly display: string;
  /** Display with typographic apostrophes, ligatures and spaces normalised. */
  readonly displayNormalized: string;
  /** Definition, where the list publishes one. */
  readonly definition?: string;
  /** `active` or `deprecated`; absent for value-set members whose expansion gives no status. */
  readonly status?: ReferentielConceptStatus;
  /** Level in a hierarchical list (ANS property `niveau`), 1 = top. */
  readonly level?: number;
  /** Parent code (ANS property `parent`). */
  readonly parent?: string;
  /** ANS property `dateValid` (validity start), verbatim. */
  readonly dateValid?: string;
  /** ANS property `dateMaj` (last update), verbatim. */
  readonly dateMaj?: string;
  /** ANS property `dateFin` (end of validity), verbatim. */
  readonly dateFin?: string;
  /** FHIR `deprecationDate`, verbatim (may differ from `dateFin` in its time part). */
  readonly deprecationDate?: string;
  /** Alternative labels (short labels). */
  readonly designations?: readonly ReferentielDesignation[];
}

/** A concept of TRE_R403: every concept carries the ANS property `finess`. */
export interface TreR403Concept<C extends string = string> extends ReferentielConcept<C> {
  /** ANS property `finess` (true for all 161 concepts of the version vendored). */
  readonly finess: boolean;
}

/** A concept of the partial TRE_R66 extract, with the extractor's flags. */
export interface TreR66Concept<C extends string = string> extends ReferentielConcept<C> {
  /** The code is a member of JDV_J254_CategorieEtablissementESSMSPH (24 codes). */
  readonly inJdvJ254EssmsPh: boolean;
  /** Display written in the JDV_J254 compose when it differs from TRE_R66 (code 242: straight apostrophe). */
  readonly displayInJdvJ254?: string;
  /** Extractor's judgement that the category belongs to the disability sector: NOT an ANS property. */
  readonly disabilityRelated: boolean;
  /** Level-3 aggregate of TRE_R397 (the list that replaces TRE_R66), where it was re-read. */
  readonly parentInTreR397?: string;
}

/** Member of a value set mixing several code systems: always pair `code` with `system`. */
export interface MultiSystemMember<S extends string = string, C extends string = string> {
  /** Code system of the member. */
  readonly system: S;
  /** The member code, meaningful only with its `system`. */
  readonly code: C;
  /** Display exactly as in the source. */
  readonly display: string;
  /** `normalizeDisplay(display)`. */
  readonly displayNormalized: string;
  /** Version of the code system used by the expansion, when recorded. */
  readonly systemVersion?: string;
  /** Where the display was read when the value set compose gives none. */
  readonly displaySource?: string;
}

/** How the person in charge of a legal protection measure acts (project-defined). */
export type ModeProtection =
  /** Continuous representation in the acts of civil life. */
  | 'representation'
  /** Representation for determined acts only (sauvegarde de justice with a mandataire spécial). */
  | 'representation-actes-determines'
  /** The person acts with the assistance of the protector (curatelle). */
  | 'assistance'
  /** No incapacity (sauvegarde de justice without mandataire spécial, MAJ). */
  | 'aucune-incapacite';

/** Whether a qualification rests on text read (`sourced`) or on the project's inference (`inferred`). */
export type QualificationBasis = 'sourced' | 'inferred';

/** A type of legal protection measure (project-defined list, not ANS). */
export interface MesureProtectionJuridiqueConcept<C extends string = string> extends ReferentielConcept<C> {
  /** Our paraphrase, citing the Code civil. */
  readonly definition: string;
  readonly status: ReferentielConceptStatus;
  /** Articles of the Code civil the measure rests on, e.g. `["440", "473"]`. */
  readonly articlesCodeCivil: readonly string[];
  /** Citation in French legal style, e.g. `C. civ., art. 433 à 439`. */
  readonly reference: string;
  /** How the protector acts. */
  readonly modeProtection: ModeProtection;
  /** Basis of `modeProtection`. */
  readonly modeProtectionBasis: QualificationBasis;
  /** True for a representation measure (continuous representation in civil acts). */
  readonly representation: boolean;
  /** True when the representation may extend to decisions relating to the person (C. civ. art. 459 al. 2; CASF L. 146-9). */
  readonly representationPersonnePossible: boolean;
  /** Basis of `representationPersonnePossible`. */
  readonly representationPersonneBasis: QualificationBasis;
  /** Which texts were read, which were not, caveats. */
  readonly notes: string;
}

/** Kind of resource a list comes from. */
export type ReferentielResourceType = 'CodeSystem' | 'ValueSet';

/** Metadata of a list, copied from the vendored JSON (strings verbatim). */
export interface ReferentielMetadata {
  /** Short identifier: `TRE_R421`, `JDV_J408`, or `MESURE_PROTECTION_JURIDIQUE`. */
  readonly id: string;
  /** Kind of FHIR resource the list is published as. */
  readonly resourceType: ReferentielResourceType;
  /** Name as recorded in the vendored file. */
  readonly name: string;
  /** Title as recorded in the vendored file. */
  readonly title: string;
  /** Description as recorded in the vendored file. */
  readonly description?: string;
  /** Canonical URL of the resource (CodeSystem or ValueSet). */
  readonly url: string;
  /** Code system of the codes (equals `url` for a CodeSystem); absent for multi-system value sets. */
  readonly system?: string;
  /** OID; `null` for the project-defined list. */
  readonly oid: string | null;
  /** Resource version (not the IG version). */
  readonly version: string;
  /** Date of the resource version. */
  readonly date: string;
  /** `draft` lists may still change. */
  readonly status: ReferentielStatus;
  /** Count declared by the source (`count`), or `null` when the source declares none. */
  readonly declaredCount: number | null;
  /** True when the vendored file is only an extract of the list (TRE_R66). */
  readonly partial: boolean;
  /** `ans`, or `serafin-ph` for a list this project defines. */
  readonly origin: ReferentielOrigin;
  /** True when concepts carry `level`/`parent` forming an is-a hierarchy. */
  readonly hierarchical: boolean;
  /** Where the content was read. */
  readonly source: string;
  /** Extractor's notes and caveats. */
  readonly notes?: string;
  /** Value set compose, as summarised by the extractor. */
  readonly compose?: string;
  /** Path of the vendored file, relative to the package root. */
  readonly dataFile: string;
}

/** Machine-readable reason of a `validateCode` answer. */
export type ReferentielValidateCodeIssue =
  /** The code is not a non-empty string. */
  | 'invalid-code'
  /** The code is not in the list. */
  | 'unknown-code'
  /** The code is deprecated: an error with `activeOnly`, a warning otherwise. */
  | 'inactive'
  /** The display given matches neither the display nor a designation. */
  | 'display-mismatch'
  /** The display given matches only after `normalizeDisplay` (warning). */
  | 'display-normalized';

/**
 * Answer of `validateCode`, after FHIR `$validate-code` (`result`, `message`, `display`).
 *
 * `message` is French by default, English with `lang: 'en'` (as in the
 * SERAFIN-PH core `validateCode`). `issue` is the stable, machine-readable
 * reason; when `result` is true an `issue` is a warning.
 */
export interface ReferentielValidateCodeResult {
  /** `true` when the code is valid in the list. */
  readonly result: boolean;
  /** Human-readable explanation in the requested language, present whenever there is an issue. */
  readonly message?: string;
  /** Reason of a failure, or warning on success. */
  readonly issue?: ReferentielValidateCodeIssue;
  /** Official display of the code, when the code is known. */
  readonly display?: string;
  /** True when the code is known and deprecated. */
  readonly inactive?: true;
}

/** Options of `validateCode`. */
export interface ReferentielValidateCodeOptions {
  /** Display to check against the official display and the designations. */
  readonly display?: string;
  /** Reject deprecated codes (default: accept them, with an `inactive` warning). */
  readonly activeOnly?: boolean;
  /**
   * `'normalized'` (default) also accepts a display equal after `normalizeDisplay`
   * (straight vs typographic apostrophe, œ/oe, spaces), with a warning;
   * `'exact'` accepts only byte-exact displays.
   */
  readonly displayMatch?: 'exact' | 'normalized';
  /** Language of `message`: `'fr'` (default) or `'en'`. */
  readonly lang?: 'fr' | 'en';
}

/** Options of `expand`. */
export interface ReferentielExpandOptions<K> {
  /** Leave deprecated concepts out. */
  readonly activeOnly?: boolean;
  /**
   * Words that must all start a word of the code, display or designations
   * (case- and accent-insensitive), or a predicate.
   */
  readonly filter?: string | ((concept: K) => boolean);
  /** Paging: index of the first concept returned. */
  readonly offset?: number;
  /** Paging: maximum number of concepts returned. */
  readonly count?: number;
}

/** Outcome of a subsumption test, as in FHIR `CodeSystem/$subsumes` (the same outcomes as the SERAFIN-PH core). */
export type ReferentielSubsumptionOutcome = SubsumptionOutcome;
