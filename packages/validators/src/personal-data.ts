/**
 * Which parts of a document hold personal data, from the `x-donnees-personnelles`
 * annotations of the published JSON Schemas (extracted at generation time).
 * Messages never quote a value found there unless `includePersonalData` is set.
 *
 * Données personnelles : emplacements issus des annotations des schémas publiés.
 */
import { ALL_KITS } from './documents/all-kits.js';
import { isPersonalDataIn } from './personal-data-in.js';
import type { DocumentType } from './types.js';

/**
 * JSON Pointer patterns of the values that hold personal data in a document
 * type (`*` stands for any array index or key); everything below a listed
 * location is personal too.
 *
 * @example personalDataPointers('pag').includes('/situation/personne') // true
 */
export function personalDataPointers(type: DocumentType): readonly string[] {
  return ALL_KITS[type].rules.info.personalData;
}

/** True when the value at `path` (a JSON Pointer) holds personal data in a document of type `type`. */
export function isPersonalData(type: DocumentType, path: string): boolean {
  return isPersonalDataIn(ALL_KITS[type].rules.info, path);
}
