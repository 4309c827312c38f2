/**
 * The label of a code of any list the schemas bind (`x-systeme-codes`):
 * SERAFIN-PH in the ANS 2023 or CNSA 2018 numbering, or a companion list of
 * `@serafin-ph/nomenclature` (TRE, JDV, project lists), found by its canonical
 * URL or the system of its codes.
 */
import { lookup, numberingConcept } from '@serafin-ph/nomenclature';
import { MultiSystemValueSet, referentielOfSystem } from '@serafin-ph/nomenclature/referentiels';
import { CNSA_2018_SYSTEM, SERAFIN_SYSTEM } from '../codes.js';

/** A code's official label (byte-exact) and whether its list marks it deprecated. */
export interface CodeLabel {
  /** The display, as published. */
  readonly display: string;
  /** `true` when the list marks the code deprecated (it stays accepted where the schema lists it). */
  readonly deprecated: boolean;
}

/** A list the schemas bind, as named to people. */
export interface BoundList {
  /** Identifier of the list (`TRE_R420`, `JDV_J11`, `SERAFIN-PH`). */
  readonly id: string;
  /** Its title in the nomenclature package. */
  readonly title: string;
  /** The system (or value-set URL) written in `x-systeme-codes`. */
  readonly system: string;
}

/** The list behind an `x-systeme-codes` value, or `undefined` when no list of the nomenclature package has it. */
export function boundList(system: string): BoundList | undefined {
  if (system === SERAFIN_SYSTEM) return { id: 'SERAFIN-PH', title: 'SERAFIN-PH, numérotation ANS 2023', system };
  if (system === CNSA_2018_SYSTEM) return { id: 'SERAFIN-PH (CNSA 2018)', title: 'SERAFIN-PH, ancienne numérotation CNSA 2018', system };
  const list = referentielOfSystem(system);
  return list === undefined ? undefined : { id: list.metadata.id, title: list.metadata.title, system };
}

/** The label of `code` in the list named by `system` (`x-systeme-codes`), or `undefined`. */
export function codeLabel(system: string, code: string): CodeLabel | undefined {
  if (system === SERAFIN_SYSTEM) {
    const concept = lookup(code);
    return concept === undefined ? undefined : { display: concept.display, deprecated: concept.status === 'deprecated' };
  }
  if (system === CNSA_2018_SYSTEM) {
    // the CNSA label where a source establishes it, else the ANS label of the same concept, said so
    const cnsa = numberingConcept(code, 'cnsa-2018');
    if (cnsa === undefined) return undefined;
    if (cnsa.display !== null) return { display: cnsa.display, deprecated: false };
    const ans = lookup(code, { numbering: 'cnsa-2018' });
    return { display: ans === undefined ? 'libellé CNSA non établi par les sources' : `${ans.display} (libellé ANS de ${ans.code})`, deprecated: false };
  }
  const list = referentielOfSystem(system);
  if (list instanceof MultiSystemValueSet) {
    const member = list.members.find((m) => m.code === code);
    return member === undefined ? undefined : { display: member.display, deprecated: false };
  }
  const concept = list?.lookup(code);
  return concept === undefined ? undefined : { display: concept.display, deprecated: concept.status === 'deprecated' };
}
