/**
 * The numberings of SERAFIN-PH codes, named explicitly.
 *
 * The same string can name different concepts depending on the numbering:
 * `2.2.1` is "Accompagnements pour les actes de la vie quotidienne" in the ANS
 * 2023 CodeSystem but an intermediate grouping in the CNSA numbering, where
 * that prestation is `2.2.1.1` (ROR id `011`). Every API of this package that
 * receives a code without a numbering reads it as {@link DEFAULT_NUMBERING}.
 */

/**
 * Every numbering known to the package:
 * - `ans-2023`: codes of the ANS CodeSystem `https://smt.esante.gouv.fr/terminologie-SERAFINPH`
 *   version 2023.1.0 (the numbering of the FHIR world, JDV_J282–J285, DUI);
 * - `cnsa-2018`: the CNSA numbering of the detailed nomenclatures (strategic
 *   committee of 27 April 2018), used by CNSA documents and by the ROR labels;
 *   it has four levels where ANS 2023 has three (1.1.1.x, 2.2.1.x);
 * - `ror-r265`: the identifiers `001`–`072` of the ROR list TRE_R265
 *   (prestations only, CNSA numbering in their labels).
 */
export const NUMBERINGS = ['ans-2023', 'cnsa-2018', 'ror-r265'] as const;

/** A numbering of SERAFIN-PH codes: `'ans-2023' | 'cnsa-2018' | 'ror-r265'`. */
export type Numbering = (typeof NUMBERINGS)[number];

/**
 * **The numbering assumed whenever a code comes without one: `ans-2023`.**
 *
 * A bare `"2.2.1"` is therefore the ANS concept "Accompagnements pour les actes
 * de la vie quotidienne", never the CNSA grouping 2.2.1. Nothing is guessed
 * from the shape of the code: state `'cnsa-2018'` or `'ror-r265'` explicitly.
 */
export const DEFAULT_NUMBERING: 'ans-2023' = 'ans-2023';

/** Whether a value is one of the {@link NUMBERINGS}. */
export function isNumbering(value: unknown): value is Numbering {
  return typeof value === 'string' && (NUMBERINGS as readonly string[]).includes(value);
}

/**
 * How a target relates to its source, in FHIR R4 ConceptMap terms:
 * - `equivalent`: same concept;
 * - `wider`: the target is wider in meaning than the source (e.g. CNSA `1.1.1`
 *   → ANS `1.1`, since ANS removed the CNSA intermediate level);
 * - `narrower`: the target is narrower than the source;
 * - `unmatched`: the source exists but has no counterpart in the target numbering.
 */
export type Equivalence = 'equivalent' | 'wider' | 'narrower' | 'unmatched';
