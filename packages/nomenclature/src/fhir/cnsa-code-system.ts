/**
 * The `cnsa-2018` numbering as a FHIR R4 CodeSystem, at the project-defined
 * canonical URL the ConceptMaps use: the CNSA publishes none.
 */
import { CNSA_2018_SYSTEM } from '../generated/numbering-evidence.js';
import { NUMBERING_TABLE_DATE, NUMBERING_TABLE_VERSION } from '../generated/numbering-table.js';
import { numberingCodes, numberingConcept } from '../numbering/lookup.js';
import type { FhirCodeSystem, FhirCodeSystemConcept } from './types.js';

/** A concept of the `cnsa-2018` CodeSystem: no `display` where no source establishes the CNSA label. */
export type FhirCnsaConcept = Omit<FhirCodeSystemConcept, 'display'> & {
  /** CNSA label as quoted in a source; absent when not established (never invented). */
  readonly display?: string;
};

/** The `cnsa-2018` CodeSystem (`content: fragment`). */
export type FhirCnsaCodeSystem = Omit<FhirCodeSystem, 'concept' | 'content'> & {
  /** Always `fragment`: the codes and labels read in CNSA sources, not a published whole. */
  readonly content: 'fragment';
  /** Every CNSA code the project knows, in numbering order. */
  readonly concept: readonly FhirCnsaConcept[];
};

/**
 * The CNSA 2018 numbering of SERAFIN-PH as a FHIR R4 CodeSystem at
 * `https://serafin-ph.github.io/serafin-ph/fhir/CodeSystem/cnsa-2018` (a URI
 * defined by this project), `content: fragment`. Each concept carries its
 * `labelStatus` (`quoted` or `not-established`: then it has no display) and its
 * `existence` (`attested` by a source, or `inferred`), from the reviewed table
 * of `data/numbering/`.
 *
 * @example toFhirCnsa2018CodeSystem().concept.find((c) => c.code === '2.2.1.2')?.display
 */
export function toFhirCnsa2018CodeSystem(): FhirCnsaCodeSystem {
  const concept: FhirCnsaConcept[] = numberingCodes('cnsa-2018').map((code) => {
    const c = numberingConcept(code, 'cnsa-2018');
    if (c === undefined) throw new Error(`Internal: cnsa-2018 ${code} has no concept`);
    return {
      code,
      ...(c.display !== null ? { display: c.display } : {}),
      property: [
        { code: 'labelStatus', valueCode: c.labelStatus },
        { code: 'existence', valueCode: c.existence },
      ],
    };
  });
  return {
    resourceType: 'CodeSystem',
    id: 'cnsa-2018',
    url: CNSA_2018_SYSTEM.url,
    version: NUMBERING_TABLE_VERSION,
    name: 'SerafinPhCnsa2018',
    title: CNSA_2018_SYSTEM.title,
    status: 'active',
    experimental: false,
    date: NUMBERING_TABLE_DATE,
    publisher: 'Projet open source serafin-ph',
    description: [
      CNSA_2018_SYSTEM.note,
      'Les codes et libellés sont ceux que les sources CNSA lues établissent (data/numbering/) ; un concept sans libellé établi n’a pas de display. Contenu partiel (fragment).',
      'Project-defined URI for the CNSA numbering (the CNSA publishes no CodeSystem); codes and labels as established by the CNSA sources read; a concept whose label is not established has no display.',
    ].join('\n\n'),
    caseSensitive: true,
    content: 'fragment',
    count: concept.length,
    property: [
      { code: 'labelStatus', description: 'quoted : libellé lu dans une source CNSA ; not-established : aucun libellé établi / label quoted or not established', type: 'code' },
      { code: 'existence', description: 'attested : numéro cité par une source ; inferred : existence déduite / number attested or inferred', type: 'code' },
    ],
    concept,
  };
}
