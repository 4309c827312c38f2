/**
 * Which parts of a document hold personal data, from the `x-donnees-personnelles`
 * annotations of the published JSON Schemas (extracted at generation time).
 * Messages never quote a value found there unless `includePersonalData` is set,
 * nor a key that the schema does not define (a key typed by a person can be a
 * name). The codes of public nomenclatures (SERAFIN-PH, ANS lists:
 * `x-systeme-codes`) are not personal data and are quoted everywhere.
 *
 * Données personnelles : emplacements issus des annotations des schémas publiés.
 */
import { ALL_KITS } from './documents/all-kits.js';
import { isInPersonalDataAreaIn, isPersonalDataIn, isPublicCodeIn } from './personal-data-in.js';
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

/**
 * True when the value at `path` (a JSON Pointer) holds personal data in a
 * document of type `type`: inside a personal-data area, and not a code of a
 * public nomenclature (see {@link isPublicCode}).
 */
export function isPersonalData(type: DocumentType, path: string): boolean {
  return isPersonalDataIn(ALL_KITS[type].rules.info, path);
}

/** True when `path` is inside a personal-data area (`x-donnees-personnelles`), codes included. */
export function isInPersonalDataArea(type: DocumentType, path: string): boolean {
  return isInPersonalDataAreaIn(ALL_KITS[type].rules.info, path);
}

/**
 * True when `path` is a field coded in a public list (SERAFIN-PH, ANS lists:
 * `x-systeme-codes`, and the `numerotation` of SERAFIN-PH codes), or one item
 * of such a list of codes: a code names no one, so messages show it even
 * inside a personal-data area.
 *
 * @example isPublicCode('pag', '/contexte/besoins/0/besoin/code') // true
 */
export function isPublicCode(type: DocumentType, path: string): boolean {
  return isPublicCodeIn(ALL_KITS[type].rules.info, path);
}
