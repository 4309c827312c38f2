/**
 * Official labels of the codes a document holds, from
 * `@serafin-ph/nomenclature`: SERAFIN-PH (ANS 2023 numbering), the CNSA 2018
 * numbering (label only where a source establishes it), and the ANS companion
 * lists and project lists, found by their canonical URL.
 */
import { lookup, numberingConcept } from '@serafin-ph/nomenclature';
import { findReferentiel } from '@serafin-ph/nomenclature/referentiels';

/** Canonical URL of the SERAFIN-PH CodeSystem (ANS). */
const SERAFIN = 'https://smt.esante.gouv.fr/terminologie-SERAFINPH';
/** URN of the CNSA 2018 numbering used by the schemas. */
const CNSA_2018 = 'urn:serafin-ph:numerotation:cnsa-2018';

/** What is known of a code. */
export interface CodeLabel {
  /** The code is in its list. */
  readonly known: boolean;
  /** Official label, byte-exact, when the list (or, for CNSA 2018, a source) gives one. */
  readonly label?: string;
}

/** The official label of `code` in the code system `system`. */
export function codeLabel(system: string, code: unknown): CodeLabel {
  if (typeof code !== 'string') return { known: false };
  if (system === SERAFIN) {
    const concept = lookup(code);
    return concept === undefined ? { known: false } : { known: true, label: concept.display };
  }
  if (system === CNSA_2018) {
    const concept = numberingConcept(code, 'cnsa-2018');
    if (concept === undefined) return { known: false };
    return concept.display === null ? { known: true } : { known: true, label: concept.display };
  }
  const list = findReferentiel(system);
  if (list === undefined) return { known: false };
  if (!('members' in list)) {
    const concept = list.lookup(code);
    return concept === undefined ? { known: false } : { known: true, label: concept.display };
  }
  // A value set of several systems whose codes are unique (JDV_J11): found by code.
  const member = list.members.find((m) => m.code === code);
  return member === undefined ? { known: false } : { known: true, label: member.display };
}
