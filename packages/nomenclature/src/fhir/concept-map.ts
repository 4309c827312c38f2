/**
 * FHIR R4 ConceptMaps between the numberings of SERAFIN-PH (ans-2023,
 * cnsa-2018, ror-r265), built from the reviewed correspondence table of
 * `data/numbering/`, with the evidence of every row in the comments.
 *
 * This module carries the full evidence texts; the core entry only carries
 * evidence ids, so it stays small.
 */
import {
  CNSA_2018_SYSTEM,
  NUMBERING_EVIDENCE,
  NUMBERING_REASONS,
  NUMBERING_ROW_NOTES,
  NUMBERING_TABLE_DESCRIPTION,
  type NumberingEvidenceText,
} from '../generated/numbering-evidence.js';
import { NUMBERING_TABLE_DATE, NUMBERING_TABLE_VERSION } from '../generated/numbering-table.js';
import { ROR_R265_LIST } from '../generated/ror.js';
import { SERAFIN_SYSTEM, SERAFIN_VERSION } from '../generated/serafin-concepts.js';
import { numberingCodes, numberingConcept } from '../numbering/lookup.js';
import { isNumbering, type Numbering } from '../numbering/numbering.js';
import { translate } from '../numbering/translate.js';

export type { NumberingEvidenceText } from '../generated/numbering-evidence.js';

/** FHIR R4 `ConceptMap.group.element.target`. */
export interface FhirConceptMapTarget {
  /** Absent when `equivalence` is `unmatched`. */
  readonly code?: string;
  /** Label of the target code. */
  readonly display?: string;
  /** How the target relates to the source code (FHIR R4 `ConceptMapEquivalence`). */
  readonly equivalence: 'equivalent' | 'wider' | 'narrower' | 'unmatched';
  /** Why the codes are mapped: review status and note. */
  readonly comment?: string;
}

/** FHIR R4 `ConceptMap.group.element`. */
export interface FhirConceptMapElement {
  /** Source code. */
  readonly code: string;
  /** Absent when the CNSA label is not established. */
  readonly display?: string;
  /** Target codes of the source code (one `unmatched` target when there is none). */
  readonly target: readonly FhirConceptMapTarget[];
}

/** FHIR R4 `ConceptMap.group`. */
export interface FhirConceptMapGroup {
  /** Canonical URL of the source code system. */
  readonly source: string;
  /** Version of the source code system. */
  readonly sourceVersion?: string;
  /** Canonical URL of the target code system. */
  readonly target: string;
  /** Version of the target code system. */
  readonly targetVersion?: string;
  /** One element per source code. */
  readonly element: readonly FhirConceptMapElement[];
}

/** FHIR R4 `ConceptMap` (the elements this package fills). */
export interface FhirConceptMap {
  /** Always `ConceptMap`. */
  readonly resourceType: 'ConceptMap';
  /** Logical id of the resource. */
  readonly id: string;
  /** Canonical URL of the ConceptMap (under `CONCEPT_MAP_BASE_URL`). */
  readonly url: string;
  /** Business version of the ConceptMap. */
  readonly version: string;
  /** Computer-friendly name. */
  readonly name: string;
  /** Human-friendly title. */
  readonly title: string;
  /** Publication status. */
  readonly status: 'draft' | 'active' | 'retired' | 'unknown';
  /** `true` for a resource published for testing, not for real use. */
  readonly experimental: boolean;
  /** Date of this version. */
  readonly date: string;
  /** Publisher of the ConceptMap (this project). */
  readonly publisher: string;
  /** Natural-language description, including how the mapping was reviewed. */
  readonly description: string;
  /** One group per source/target pair of code systems. */
  readonly group: readonly FhirConceptMapGroup[];
}

/** The code system of a numbering, as used in ConceptMap groups. */
export interface NumberingSystem {
  /** System URI. */
  readonly url: string;
  /** Version of the code system, when it has one. */
  readonly version?: string;
  /** Human-readable name (French). */
  readonly title: string;
  /** Whether the URI is defined by this project (`cnsa-2018`) rather than by the publisher. */
  readonly projectDefined: boolean;
}

/**
 * System URI and version of each numbering:
 * - `ans-2023`: the ANS CodeSystem `https://smt.esante.gouv.fr/terminologie-SERAFINPH`, 2023.1.0;
 * - `ror-r265`: the ROR list TRE_R265 (NOS URL published by the ANS), 20230718120000;
 * - `cnsa-2018`: **a URI defined by this project**
 *   (`https://serafin-ph.github.io/serafin-ph/fhir/CodeSystem/cnsa-2018`): the
 *   CNSA publishes no FHIR CodeSystem for its numbering.
 */
export const NUMBERING_SYSTEMS: Readonly<Record<Numbering, NumberingSystem>> = {
  'ans-2023': {
    url: SERAFIN_SYSTEM,
    version: SERAFIN_VERSION,
    title: 'Nomenclature des besoins et des prestations (ANS, terminologie-SERAFINPH)',
    projectDefined: false,
  },
  'cnsa-2018': { url: CNSA_2018_SYSTEM.url, title: CNSA_2018_SYSTEM.title, projectDefined: true },
  'ror-r265': { url: ROR_R265_LIST.url, version: ROR_R265_LIST.version, title: 'ROR TRE_R265 PrestationPilotageSerafin', projectDefined: false },
};

/** Base URL of the ConceptMaps produced by this package. */
export const CONCEPT_MAP_BASE_URL = 'https://serafin-ph.github.io/serafin-ph/fhir/ConceptMap/';

/** The justification of a translation: review status, note and evidence. */
export interface MappingExplanation {
  /** Row or relation id (the `evidence` of a translate match). */
  readonly id: string;
  /** `quoted`: a source pairs the codes explicitly; `inferred`: deduced (see the note). */
  readonly review: 'quoted' | 'inferred';
  /** Reviewer note: how the pairing was established, or why it is inferred. */
  readonly note?: string;
  /** The pieces of evidence (quotes from the sources), with their ids. */
  readonly evidence: readonly (NumberingEvidenceText & { readonly id: string })[];
}

/** One piece of evidence by id (data/numbering/evidence.json), or undefined. */
export function numberingEvidence(id: string): (NumberingEvidenceText & { readonly id: string }) | undefined {
  const text = Object.hasOwn(NUMBERING_EVIDENCE, id) ? NUMBERING_EVIDENCE[id] : undefined;
  return text === undefined ? undefined : { id, ...text };
}

/**
 * Why two codes are mapped: the review status, note and full evidence of a row
 * or relation, given the `evidence` id of a {@link translate} match
 * (`ans:2.2.1`, `cnsa:1.1.1>ans:1.1`). Undefined for an unknown id.
 */
export function explainMapping(id: string): MappingExplanation | undefined {
  const notes = Object.hasOwn(NUMBERING_ROW_NOTES, id) ? NUMBERING_ROW_NOTES[id] : undefined;
  if (notes === undefined) return undefined;
  const evidence = notes.evidence.map((e) => numberingEvidence(e)).filter((e) => e !== undefined);
  return { id, review: notes.review, ...(notes.note !== undefined ? { note: notes.note } : {}), evidence };
}

function evidenceLine(id: string): string {
  const e = numberingEvidence(id);
  if (e === undefined) return `[${id}]`;
  if (e.kind === 'absence') return `[${id}] ${e.source} : ${e.supports}`;
  const quote = e.quote ?? '';
  const quoted = quote.startsWith('«') ? quote : `« ${quote} »`;
  return `[${id}] ${e.source}${e.url !== undefined ? ` (${e.url})` : ''} : ${quoted}`;
}

function rowComment(id: string): string {
  const notes = NUMBERING_ROW_NOTES[id];
  if (notes === undefined) return '';
  const review = notes.review === 'quoted' ? 'Correspondance citée par les sources.' : 'Correspondance déduite (non citée telle quelle).';
  return [review, notes.note, `Preuves : ${notes.evidence.map(evidenceLine).join(' ; ')}`].filter((s) => s !== undefined).join(' ');
}

function reasonComment(reason: string, rowIdValue: string): string {
  const r = NUMBERING_REASONS[reason];
  if (r === undefined) return '';
  return `Sans correspondance : ${r.text} Preuves : ${[...r.evidence].map(evidenceLine).join(' ; ')} (ligne ${rowIdValue}).`;
}

function inactiveNote(code: string, replacedBy: string | undefined): string {
  return replacedBy === undefined
    ? `Code cible inactif (${code}) / inactive target code.`
    : `Code cible déprécié par l’ANS (${code}) : utiliser ${replacedBy} (cible suivante) / deprecated target: use ${replacedBy} (next target).`;
}

function pascal(numbering: Numbering): string {
  return numbering
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/**
 * The FHIR R4 ConceptMap from one numbering to another.
 *
 * One element per code of `from` (every code, none left out); each target has
 * the FHIR `equivalence` of the reviewed table (`equivalent`, `wider`,
 * `unmatched`: an unmatched element has one target with no code) and a comment
 * (French) giving the review status, the note and the evidence (sources and
 * exact quotes). Displays are byte-exact; an element or target whose CNSA label
 * is not established has no display. A target that the ANS deprecated
 * (1.2.1, 1.3.1.1, 1.3.5.1, 2.4.1, 3.2.2.1, 3.2.3.1) keeps its exact
 * equivalence, says so in its comment, and is followed by its active
 * replacement as a second target.
 *
 * The url is `https://serafin-ph.github.io/serafin-ph/fhir/ConceptMap/<from>-to-<to>`;
 * the group systems are those of {@link NUMBERING_SYSTEMS} (the `cnsa-2018`
 * system URI is defined by this project).
 *
 * @throws {RangeError} when `from` or `to` is not a numbering.
 * @example toFhirConceptMap('cnsa-2018', 'ans-2023').group[0]?.element.find((e) => e.code === '2.2.1.2')?.target[0]?.code // '2.2.2'
 */
export function toFhirConceptMap(from: Numbering, to: Numbering): FhirConceptMap {
  if (!isNumbering(from) || !isNumbering(to)) {
    throw new RangeError(`Numérotation inconnue / unknown numbering: ${String(from)} → ${String(to)} (attendu / expected: ans-2023, cnsa-2018, ror-r265)`);
  }
  const element: FhirConceptMapElement[] = numberingCodes(from).map((code) => {
    const display = numberingConcept(code, from)?.display ?? null;
    const result = translate(code, { from, to });
    let target: FhirConceptMapTarget[];
    if (result.status === 'matched') {
      target = result.matches.flatMap((m) => {
        const comment = from === to ? 'Identité.' : rowComment(m.evidence);
        const exact: FhirConceptMapTarget = {
          code: m.code,
          ...(m.display !== null ? { display: m.display } : {}),
          equivalence: m.equivalence,
          comment: m.inactive === true ? `${comment} ${inactiveNote(m.code, m.replacedBy)}`.trim() : comment,
        };
        if (m.replacedBy === undefined) return [exact];
        const replacementDisplay = numberingConcept(m.replacedBy, to)?.display ?? null;
        // The active replacement, as a second target: a translation never lands on a deprecated code alone.
        const replacement: FhirConceptMapTarget = {
          code: m.replacedBy,
          ...(replacementDisplay !== null ? { display: replacementDisplay } : {}),
          equivalence: m.equivalence,
          comment: `Remplaçant actif de ${m.code}, que l’ANS a déprécié comme doublon (« Raison de l'inactivation : concept dupliqué ») de ce code au même libellé ; l’équivalence est celle de ${m.code} (déduit par le projet de la raison publiée et du libellé identique). Active replacement of the deprecated ${m.code}.`,
        };
        return [exact, replacement];
      });
    } else if (result.status === 'unmatched') {
      target = [{ equivalence: 'unmatched', comment: reasonComment(result.reason, result.evidence) }];
    } else {
      throw new Error(`Internal: ${code} is listed in ${from} but translate() says ${result.status}`);
    }
    return { code, ...(display !== null ? { display } : {}), target };
  });
  const source = NUMBERING_SYSTEMS[from];
  const target = NUMBERING_SYSTEMS[to];
  const id = `${from}-to-${to}`;
  return {
    resourceType: 'ConceptMap',
    id,
    url: `${CONCEPT_MAP_BASE_URL}${id}`,
    version: NUMBERING_TABLE_VERSION,
    name: `SerafinPh${pascal(from)}To${pascal(to)}`,
    title: `SERAFIN-PH : numérotation ${from} vers ${to}`,
    status: 'active',
    experimental: false,
    date: NUMBERING_TABLE_DATE,
    publisher: 'Projet open source serafin-ph',
    description: [
      `Correspondance entre la numérotation ${from} (${source.title}) et la numérotation ${to} (${target.title}) des nomenclatures SERAFIN-PH, produite par @serafin-ph/nomenclature à partir de sa table revue (version ${NUMBERING_TABLE_VERSION}).`,
      NUMBERING_TABLE_DESCRIPTION,
      `Le système ${CNSA_2018_SYSTEM.url} est défini par le projet serafin-ph : ${CNSA_2018_SYSTEM.note}`,
      `Mapping between the ${from} and ${to} numberings of the SERAFIN-PH nomenclatures, built by @serafin-ph/nomenclature from its reviewed table; the cnsa-2018 system URI is defined by the project.`,
    ].join('\n\n'),
    group: [
      {
        source: source.url,
        ...(source.version !== undefined ? { sourceVersion: source.version } : {}),
        target: target.url,
        ...(target.version !== undefined ? { targetVersion: target.version } : {}),
        element,
      },
    ],
  };
}
