/**
 * Finding a companion list by identifier, canonical URL or OID.
 *
 * Importing this module pulls every list into a bundle; import the named list
 * objects instead when you know which list you need.
 */
import { ALL_REFERENTIELS } from '../generated/referentiels/registry.js';
import type { CodeList } from './code-list.js';
import type { MultiSystemValueSet } from './multi-system-value-set.js';

/** Any companion list. */
export type AnyReferentiel = CodeList | MultiSystemValueSet;

/**
 * The list whose identifier (`TRE_R421`, `JDV_J408`, `MESURE_PROTECTION_JURIDIQUE`),
 * canonical URL, or OID (with or without `urn:oid:`) is `ref`, or `undefined`.
 *
 * For a CodeSystem the URL is also its `system`; a single-system value set
 * (JDV_J401, JDV_J402, JDV_J328) is found by its ValueSet URL, not by the
 * system of its codes.
 */
export function findReferentiel(ref: string): AnyReferentiel | undefined {
  const oid = ref.startsWith('urn:oid:') ? ref.slice('urn:oid:'.length) : ref;
  return ALL_REFERENTIELS.find((l) => l.metadata.id === ref || l.metadata.url === ref || l.metadata.oid === oid);
}

export { ALL_REFERENTIELS };
