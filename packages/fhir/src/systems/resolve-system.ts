/**
 * Which terminology a `Coding.system` names: SERAFIN-PH, a companion list the
 * SDK carries (under either ANS URL style or its OID), the ROR list TRE_R265,
 * an ANS value set written where a code system is expected, a malformed or
 * placeholder ANS URL, or a system the SDK leaves alone.
 */
import { SERAFIN_SYSTEM } from '@serafin-ph/nomenclature';
import { ALL_REFERENTIELS, CodeList, type AnyReferentiel } from '@serafin-ph/nomenclature/referentiels';
import { ROR_R265_LIST } from '@serafin-ph/nomenclature/ror';
import { ANS_TERMINOLOGY_HOSTS, foldName, hostOf, parseAnsUrl } from './ans-url.js';

/** What a system URL resolves to. */
export type SystemResolution =
  /** The SERAFIN-PH CodeSystem (exact canonical URL). */
  | { readonly kind: 'serafin' }
  /** A companion code system the SDK carries; `canonical` is the URL the SDK writes. */
  | { readonly kind: 'list'; readonly list: CodeList; readonly canonical: string }
  /** The ROR list TRE_R265 (prestation ids `001`–`072`). */
  | { readonly kind: 'ror-r265'; readonly canonical: string }
  /** The URL of an ANS value set (JDV), which is not a code system. */
  | { readonly kind: 'value-set'; readonly id: string }
  /** A variant spelling of a known system (scheme, case, name): `canonical` is the right URL. */
  | { readonly kind: 'variant'; readonly canonical: string; readonly id: string }
  /** An ANS-namespace URL that names no real list (placeholder `TRE_XXX`, malformed, unknown shape). */
  | { readonly kind: 'unknown-ans'; readonly reason: 'placeholder' | 'inconsistent' | 'unknown-shape' | 'truncated' }
  /** Any other system: not checked. */
  | { readonly kind: 'other' };

const OID_PREFIX = 'urn:oid:';
/** A NOS URL cut after its identifier part (`…/NOS/TRE_R213-ModePriseEnCharge/`): the published URL goes on with `/FHIR/TRE-R213-…`. */
/** An SMT resource URL: `…/fhir/CodeSystem/<name>`, `…/fhir/ValueSet/<name>`. */
const SMT_RESOURCE = /^https?:\/\/smt\.esante\.gouv\.fr\/fhir\/(CodeSystem|ValueSet|ConceptMap)\/([^/|#?]+)$/i;
/** A placeholder identifier: `XXX`, `RXXX`, `JXX` (`TRE_XXX-…`, `tre-rxxx-…`). */
const PLACEHOLDER_ID = /^[a-z]?x+$/i;
const NOS_CUT = /^https?:\/\/mos\.esante\.gouv\.fr\/NOS\/(TRE|JDV|ASS)_([A-Za-z][0-9]+)-([^/]+)\/?$/;

interface Indexes {
  readonly exact: ReadonlyMap<string, SystemResolution>;
  readonly byId: ReadonlyMap<string, { list: CodeList | 'ror-r265'; canonical: string; foldedName: string }>;
  readonly valueSetIds: ReadonlySet<string>;
}

let indexes: Indexes | undefined;

function listSystemOf(list: AnyReferentiel): CodeList | undefined {
  return list instanceof CodeList && list.metadata.resourceType === 'CodeSystem' ? list : undefined;
}

function build(): Indexes {
  const exact = new Map<string, SystemResolution>();
  const byId = new Map<string, { list: CodeList | 'ror-r265'; canonical: string; foldedName: string }>();
  const valueSetIds = new Set<string>(['JDV_J282', 'JDV_J283', 'JDV_J284', 'JDV_J285']);
  exact.set(SERAFIN_SYSTEM, { kind: 'serafin' });
  for (const list of ALL_REFERENTIELS) {
    const codeSystem = listSystemOf(list);
    if (codeSystem === undefined) {
      if (list.metadata.origin === 'ans') valueSetIds.add(list.metadata.id);
      continue;
    }
    const resolution: SystemResolution = { kind: 'list', list: codeSystem, canonical: codeSystem.system };
    exact.set(codeSystem.system, resolution);
    if (codeSystem.metadata.oid !== null) exact.set(OID_PREFIX + codeSystem.metadata.oid, resolution);
    const parsed = parseAnsUrl(codeSystem.system);
    if (parsed !== undefined) byId.set(parsed.id, { list: codeSystem, canonical: codeSystem.system, foldedName: parsed.foldedName });
  }
  const ror: SystemResolution = { kind: 'ror-r265', canonical: ROR_R265_LIST.url };
  exact.set(ROR_R265_LIST.url, ror);
  exact.set(OID_PREFIX + ROR_R265_LIST.oid, ror);
  const rorParsed = parseAnsUrl(ROR_R265_LIST.url);
  if (rorParsed !== undefined) byId.set(rorParsed.id, { list: 'ror-r265', canonical: ROR_R265_LIST.url, foldedName: rorParsed.foldedName });
  return { exact, byId, valueSetIds };
}

function getIndexes(): Indexes {
  indexes ??= build();
  return indexes;
}

const cache = new Map<string, SystemResolution>();
const CACHE_LIMIT = 4096;

/**
 * Resolves a `Coding.system` (or `ValueSet.compose.include.system`, a
 * ConceptMap `source`/`target` system). Linear in the URL length, never throws;
 * results are cached (bounded).
 *
 * Both ANS URL styles of a list resolve to it with no issue: the NOS style
 * (`https://mos.esante.gouv.fr/NOS/TRE_R…/FHIR/TRE-R…`) and the SMT style
 * (`https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r…`), as does its OID. A
 * NOS URL cut after its identifier (`…/NOS/TRE_R213-ModePriseEnCharge/`) is a
 * variant of a list the SDK carries, a value set for a `JDV_`, else
 * `truncated`. An SMT code system whose name carries no list number
 * (`…/fhir/CodeSystem/actMood-supplement-fr`) is a real resource the SDK does
 * not carry (`other`); an SMT value set is a value set whatever its name.
 */
export function resolveSystem(system: string): SystemResolution {
  const cached = cache.get(system);
  if (cached !== undefined) return cached;
  const resolution = resolveUncached(system);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(system, resolution);
  return resolution;
}

function resolveUncached(system: string): SystemResolution {
  const { exact, byId, valueSetIds } = getIndexes();
  const known = exact.get(system);
  if (known !== undefined) return known;
  const host = hostOf(system);
  if (host === undefined || !ANS_TERMINOLOGY_HOSTS.includes(host)) return { kind: 'other' };
  // SERAFIN-PH spelt another way (scheme, case, hyphen)
  if (/^https?:\/\/smt\.esante\.gouv\.fr\/(fhir\/CodeSystem\/)?terminologie-/i.test(system)) {
    const name = foldName(system.slice(system.toLowerCase().indexOf('terminologie-') + 'terminologie-'.length));
    if (name === 'serafinph' || name === 'serafin') return { kind: 'variant', canonical: SERAFIN_SYSTEM, id: 'SERAFIN-PH' };
    return { kind: 'other' };
  }
  const parsed = parseAnsUrl(system);
  const cut = parsed === undefined ? NOS_CUT.exec(system) : null;
  if (cut !== null) {
    // seen in a draft of the SDO guide: a value set is still not a code system; a list the SDK carries is named by its canonical URL
    const id = `${cut[1]!}_${cut[2]!.toUpperCase()}`;
    if (cut[1] === 'JDV' || valueSetIds.has(id)) return { kind: 'value-set', id };
    const carried = byId.get(id);
    if (carried !== undefined && carried.foldedName === foldName(cut[3]!)) return { kind: 'variant', canonical: carried.canonical, id };
    return { kind: 'unknown-ans', reason: 'truncated' };
  }
  const smt = SMT_RESOURCE.exec(system);
  if (smt !== null && (parsed === undefined || !parsed.wellFormedId)) {
    // an SMT resource whose name has no list number (`actMood-supplement-fr`, `jdv-type-evenement-ssiad-cisis`): real ANS
    // resources the SDK does not carry — a value set is still not a code system, `tre-xxx-…` is still a placeholder
    const name = smt[2]!;
    const prefixed = /^(tre|jdv|ass)-([a-z0-9]+)-/i.exec(name);
    if (prefixed !== null && PLACEHOLDER_ID.test(prefixed[2]!)) return { kind: 'unknown-ans', reason: 'placeholder' };
    if (smt[1]!.toLowerCase() === 'valueset') return { kind: 'value-set', id: name };
    if (smt[1]!.toLowerCase() === 'codesystem') return { kind: 'other' };
    return { kind: 'unknown-ans', reason: 'unknown-shape' };
  }
  if (parsed === undefined) {
    // `…/NOS/TRE_XXX…` or other ANS shapes with an identifier that names nothing
    if (/\/NOS\/|\/fhir\/(CodeSystem|ValueSet)\//i.test(system)) {
      return { kind: 'unknown-ans', reason: /(TRE|JDV|ASS)[_-]/i.test(system) ? 'placeholder' : 'unknown-shape' };
    }
    return { kind: 'other' };
  }
  if (!parsed.wellFormedId) return { kind: 'unknown-ans', reason: 'placeholder' };
  if (!parsed.consistent) {
    // an SMT URL written with the NOS spelling of a list the SDK carries (`…/fhir/CodeSystem/TRE-R213-ModePriseEnCharge`): its canonical
    const carried = parsed.style === 'smt' && parsed.kind === 'TRE' ? byId.get(parsed.id) : undefined;
    if (carried !== undefined && carried.foldedName === parsed.foldedName) return { kind: 'variant', canonical: carried.canonical, id: parsed.id };
    return { kind: 'unknown-ans', reason: 'inconsistent' };
  }
  if (parsed.kind === 'JDV' || valueSetIds.has(parsed.id)) return { kind: 'value-set', id: parsed.id };
  const carried = byId.get(parsed.id);
  if (carried === undefined) return { kind: 'other' };
  if (carried.foldedName !== parsed.foldedName || /^http:/i.test(system)) {
    return { kind: 'variant', canonical: carried.canonical, id: parsed.id };
  }
  return carried.list === 'ror-r265' ? { kind: 'ror-r265', canonical: carried.canonical } : { kind: 'list', list: carried.list, canonical: carried.canonical };
}
