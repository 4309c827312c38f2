/**
 * The two URL styles the ANS publishes its terminologies under, read into
 * their parts.
 *
 * - NOS style: `https://mos.esante.gouv.fr/NOS/TRE_R420-DroitPrestation/FHIR/TRE-R420-DroitPrestation`
 * - SMT style: `https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r420-droit-prestation`
 *   (`…/fhir/ValueSet/jdv-j401-…` for value sets).
 */

/** Kind of ANS resource named by the prefix of its identifier. */
export type AnsResourceKind = 'TRE' | 'JDV' | 'ASS';

/** An ANS terminology URL read into its parts. */
export interface AnsUrl {
  /** `nos` (mos.esante.gouv.fr/NOS) or `smt` (smt.esante.gouv.fr/fhir). */
  readonly style: 'nos' | 'smt';
  /** `TRE` (code system), `JDV` (value set) or `ASS` (association). */
  readonly kind: AnsResourceKind;
  /** Identifier as the SDK writes it: `TRE_R420`, `JDV_J401`. */
  readonly id: string;
  /** Name part folded for comparison: lower case, letters and digits only (`droitprestation`). */
  readonly foldedName: string;
  /** True when the identifier looks like a real one (a letter then digits: `R420`, `G15`, `A02`). */
  readonly wellFormedId: boolean;
  /** True when the URL is internally consistent (NOS style: both halves name the same resource). */
  readonly consistent: boolean;
}

/** Host names under which the ANS publishes terminologies. */
export const ANS_TERMINOLOGY_HOSTS: readonly string[] = ['mos.esante.gouv.fr', 'smt.esante.gouv.fr'];

const NOS = /^https?:\/\/mos\.esante\.gouv\.fr\/NOS\/(TRE|JDV|ASS)_([A-Za-z0-9]+)-([^/]+)\/FHIR\/(TRE|JDV|ASS)-([A-Za-z0-9]+)-([^/]+?)\/?$/;
const SMT = /^https?:\/\/smt\.esante\.gouv\.fr\/fhir\/(CodeSystem|ValueSet|ConceptMap)\/(tre|jdv|ass)-([a-z0-9]+)-([a-z0-9-]+)$/i;
const WELL_FORMED_ID = /^[A-Z][0-9]+$/;

/** Folds a name part for comparison (`DroitPrestation`, `droit-prestation` → `droitprestation`). */
export function foldName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The host of an `http(s)` URL, lower case, or `undefined`. Linear, never throws. */
export function hostOf(url: string): string | undefined {
  const match = /^https?:\/\/([^/?#:]+)/i.exec(url);
  return match?.[1]?.toLowerCase();
}

/**
 * Reads an ANS terminology URL of either style, or returns `undefined` when
 * `url` has neither shape. Never throws.
 */
export function parseAnsUrl(url: string): AnsUrl | undefined {
  const nos = NOS.exec(url);
  if (nos !== null) {
    const [, kind1, id1, name1, kind2, id2, name2] = nos as unknown as [string, AnsResourceKind, string, string, AnsResourceKind, string, string];
    const id = id1.toUpperCase();
    return {
      style: 'nos',
      kind: kind1,
      id: `${kind1}_${id}`,
      foldedName: foldName(name1),
      wellFormedId: WELL_FORMED_ID.test(id1),
      consistent: kind1 === kind2 && id1 === id2 && foldName(name1) === foldName(name2),
    };
  }
  const smt = SMT.exec(url);
  if (smt !== null) {
    const [, resource, prefix, idPart, name] = smt as unknown as [string, string, string, string, string];
    const kind = prefix.toUpperCase() as AnsResourceKind;
    const expected = kind === 'TRE' ? 'CodeSystem' : kind === 'JDV' ? 'ValueSet' : 'ConceptMap';
    const id = idPart.toUpperCase();
    return {
      style: 'smt',
      kind,
      id: `${kind}_${id}`,
      foldedName: foldName(name),
      wellFormedId: WELL_FORMED_ID.test(id),
      consistent: resource === expected && url.slice(url.lastIndexOf('/') + 1) === url.slice(url.lastIndexOf('/') + 1).toLowerCase(),
    };
  }
  return undefined;
}
