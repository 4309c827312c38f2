/**
 * Helpers over the project-defined list of legal protection measures
 * (`mesureProtectionJuridique`, origin `serafin-ph`, not ANS).
 *
 * CASF art. L. 146-9 and L. 114-1-1 give a role to « la personne chargée de la
 * mesure de protection juridique » of an adult under a measure « avec
 * représentation relative à la personne ». Whether a measure instance carries
 * that representation depends on the judgment or the mandate (C. civ. art. 459
 * al. 2): these helpers answer for the measure TYPE only.
 */
import {
  MESURE_PROTECTION_JURIDIQUE_REPRESENTATION_CODES,
  MESURE_PROTECTION_JURIDIQUE_REPRESENTATION_PERSONNE_CODES,
  type MesureProtectionJuridiqueCode,
} from '../generated/referentiels/mesure-protection-juridique.js';

// The two flags as generated lists (not a lookup in the concepts, whose definitions and notes a validator bundle need not ship).
const REPRESENTATION: ReadonlySet<unknown> = new Set(MESURE_PROTECTION_JURIDIQUE_REPRESENTATION_CODES);
const REPRESENTATION_PERSONNE: ReadonlySet<unknown> = new Set(MESURE_PROTECTION_JURIDIQUE_REPRESENTATION_PERSONNE_CODES);

/**
 * True when `code` is a representation measure: the protector represents the
 * adult continuously in the acts of civil life (tutelle, habilitation familiale
 * with representation, mandat de protection future once in effect).
 * False for assistance measures (curatelles, habilitation with assistance), for
 * sauvegarde de justice (representation for determined acts at most) and MAJ,
 * and for unknown codes.
 *
 * @example isRepresentationMeasure('TUTELLE') // true
 * @example isRepresentationMeasure('CURATELLE_RENFORCEE') // false
 */
export function isRepresentationMeasure(code: unknown): code is MesureProtectionJuridiqueCode {
  return REPRESENTATION.has(code);
}

/**
 * True when the measure type allows the representation to extend to decisions
 * relating to the person (C. civ. art. 459 al. 2), the condition CASF L. 146-9
 * names. The instance must still say whether the judge or mandate granted it.
 */
export function allowsRepresentationRelativeToPerson(code: unknown): code is MesureProtectionJuridiqueCode {
  return REPRESENTATION_PERSONNE.has(code);
}

/** Codes of the representation measures, in list order. */
export function representationMeasureCodes(): MesureProtectionJuridiqueCode[] {
  return [...MESURE_PROTECTION_JURIDIQUE_REPRESENTATION_CODES];
}
