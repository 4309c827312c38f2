/**
 * Which parts of a document hold personal data, from the `x-donnees-personnelles`
 * annotations of the published JSON Schemas (extracted at generation time).
 * Messages never quote a value found there unless `includePersonalData` is set.
 *
 * Données personnelles : emplacements issus des annotations des schémas publiés.
 */
import { info as conventionInfo } from './generated/structure/convention-territoriale-info.js';
import { info as pagInfo } from './generated/structure/pag-info.js';
import { info as derogationsInfo } from './generated/structure/tableau-derogations-info.js';
import { isPersonalDataIn } from './personal-data-in.js';
import type { SchemaInfo } from './structure/schema-info.js';
import type { DocumentType } from './types.js';

/** Schema information of each document type. */
export const SCHEMA_INFO: Readonly<Record<DocumentType, SchemaInfo>> = {
  pag: pagInfo,
  'convention-territoriale': conventionInfo,
  'tableau-derogations': derogationsInfo,
};

/**
 * JSON Pointer patterns of the values that hold personal data in a document
 * type (`*` stands for any array index or key); everything below a listed
 * location is personal too.
 *
 * @example personalDataPointers('pag').includes('/situation/personne') // true
 */
export function personalDataPointers(type: DocumentType): readonly string[] {
  return SCHEMA_INFO[type].personalData;
}

/** True when the value at `path` (a JSON Pointer) holds personal data in a document of type `type`. */
export function isPersonalData(type: DocumentType, path: string): boolean {
  return isPersonalDataIn(SCHEMA_INFO[type], path);
}
