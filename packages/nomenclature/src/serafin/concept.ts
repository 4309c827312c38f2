import type { SERAFIN_SYSTEM, SERAFIN_VERSION, SerafinCode, SerafinConceptRow } from '../generated/serafin-concepts.js';

/** The three blocks of SERAFIN-PH. */
export type SerafinBranch = SerafinConceptRow['branch'];

/** Status of a concept: deprecated concepts stay resolvable but are flagged. */
export type ConceptStatus = 'active' | 'deprecated';

/**
 * A SERAFIN-PH concept as returned by {@link lookup}.
 *
 * `display` is byte-exact as published by the ANS (typos and mixed apostrophes
 * kept); `displayNormalized` is the normalised form beside it.
 */
export interface SerafinConcept {
  /** CodeSystem URL. */
  readonly system: typeof SERAFIN_SYSTEM;
  /** CodeSystem version. */
  readonly version: typeof SERAFIN_VERSION;
  /** Code in the ANS 2023 numbering. */
  readonly code: SerafinCode;
  /** Display exactly as published. */
  readonly display: string;
  /** Display with typographic apostrophes, ligatures and spaces normalised (equals the JDV display). */
  readonly displayNormalized: string;
  /** Parent as published (FHIR `parent` property); `null` for the three blocks and for deprecated concepts. */
  readonly parent: SerafinCode | null;
  /** Published level ("BLOC" = 1, "Niveau N" = N); it follows the CNSA levels, not always the depth. `null` when not published. */
  readonly level: 1 | 2 | 3 | 4 | null;
  /** Number of dotted segments of the code. */
  readonly depth: number;
  /** Block the concept belongs to. */
  readonly branch: SerafinBranch;
  /** `active` or `deprecated`. */
  readonly status: ConceptStatus;
  /** Published reason of deprecation ("Raison de l'inactivation : concept dupliqué"). */
  readonly deprecationReason?: string;
  /** For a deprecated duplicate: the active concept to use instead. */
  readonly replacedBy?: SerafinCode;
  /** Definition (CNSA descriptive sheet), present only when requested through `definitions`. */
  readonly definition?: string;
}
