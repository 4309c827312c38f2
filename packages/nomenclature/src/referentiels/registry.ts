/**
 * Finding a companion list by identifier, canonical URL or OID, in its newest
 * version or in the version a schema or rule binds.
 *
 * Importing this module pulls every list into a bundle; import the named list
 * objects instead when you know which list you need.
 */
import { ALL_REFERENTIELS, EARLIER_REFERENTIEL_VERSIONS } from '../generated/referentiels/registry.js';
import { CodeList } from './code-list.js';
import type { MultiSystemValueSet } from './multi-system-value-set.js';

/** Any companion list. */
export type AnyReferentiel = CodeList | MultiSystemValueSet;

/** Options of {@link findReferentiel}. */
export interface FindReferentielOptions {
  /**
   * Resource version the binding names (`20260601120000`); without it, the
   * newest version held. A canonical `url|version` in `ref` does the same.
   */
  readonly version?: string;
}

function matches(l: AnyReferentiel, ref: string): boolean {
  const oid = ref.startsWith('urn:oid:') ? ref.slice('urn:oid:'.length) : ref;
  return l.metadata.id === ref || l.metadata.url === ref || l.metadata.oid === oid;
}

/**
 * Every version held of the list named by `ref` (identifier, canonical URL or
 * OID), oldest first; empty when none.
 */
export function referentielVersions(ref: string): readonly AnyReferentiel[] {
  const bare = ref.includes('|') ? ref.slice(0, ref.indexOf('|')) : ref;
  return [...ALL_REFERENTIELS, ...EARLIER_REFERENTIEL_VERSIONS]
    .filter((l) => matches(l, bare))
    .sort((a, b) => (a.metadata.version < b.metadata.version ? -1 : a.metadata.version > b.metadata.version ? 1 : 0));
}

/**
 * The list whose identifier (`TRE_R421`, `JDV_J408`, `MESURE_PROTECTION_JURIDIQUE`),
 * canonical URL, or OID (with or without `urn:oid:`) is `ref`, or `undefined`.
 *
 * Without a version, the newest version held (JDV_J264: `20260730120000`).
 * A binding that names a version (`options.version`, or a canonical
 * `"<url>|<version>"` as FHIR writes it) gets that version, or `undefined`
 * when the project does not hold it: never another version in its place.
 *
 * For a CodeSystem the URL is also its `system`; a single-system value set
 * (JDV_J401, JDV_J402, JDV_J328) is found by its ValueSet URL, not by the
 * system of its codes.
 */
export function findReferentiel(ref: string, options: FindReferentielOptions = {}): AnyReferentiel | undefined {
  const bar = ref.indexOf('|');
  const bare = bar >= 0 ? ref.slice(0, bar) : ref;
  const pinned = bar >= 0 ? ref.slice(bar + 1) : undefined;
  if (pinned !== undefined && options.version !== undefined && pinned !== options.version) return undefined;
  const version = options.version ?? pinned;
  if (version === undefined) return ALL_REFERENTIELS.find((l) => matches(l, bare));
  return referentielVersions(bare).find((l) => l.metadata.version === version);
}

/**
 * The newest list held whose codes a schema's `x-systeme-codes` or a
 * `Coding.system` value `system` names: the list whose canonical URL it is
 * (a CodeSystem, or a value set such as JDV_J408), else the code system whose
 * codes carry it (TRE_R420's `system`); `undefined` when none.
 *
 * Unlike {@link findReferentiel}, OIDs and identifiers are not accepted: the
 * value is a system URL as written in a schema or a FHIR resource.
 */
export function referentielOfSystem(system: string): AnyReferentiel | undefined {
  return (
    ALL_REFERENTIELS.find((l) => l.metadata.url === system) ??
    ALL_REFERENTIELS.find((l) => l instanceof CodeList && l.metadata.resourceType === 'CodeSystem' && l.system === system)
  );
}

export { ALL_REFERENTIELS, EARLIER_REFERENTIEL_VERSIONS };
