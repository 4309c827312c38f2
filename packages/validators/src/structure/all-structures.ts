/**
 * The precompiled structural checks of the three document types, by type
 * (for the all-types entry point and the tests).
 *
 * Contrôles de structure des trois types de document.
 */
import { SCHEMA_INFO } from '../personal-data.js';
import type { JsonValue } from '../json/read-document.js';
import type { Lang, DocumentType, ValidationIssue } from '../types.js';
import { checkStructureWith, rawErrorsOf } from './check-structure.js';
import type { CompiledStructure } from './compiled.js';
import { conventionStructure } from './convention-territoriale-structure.js';
import type { AjvError } from './ajv-error.js';
import { pagStructure } from './pag-structure.js';
import { derogationsStructure } from './tableau-derogations-structure.js';

/** The precompiled checks of each document type. */
export const COMPILED: Readonly<Record<DocumentType, CompiledStructure>> = {
  pag: pagStructure,
  'convention-territoriale': conventionStructure,
  'tableau-derogations': derogationsStructure,
};

/** Raw verdict of the detailed precompiled validator (true when the document follows the published schema). */
export function matchesSchema(type: DocumentType, document: unknown): boolean {
  return COMPILED[type].validate(document);
}

/** Verdict of the fast structural check; always the same as {@link matchesSchema}, without any error report. */
export function fastMatchesSchema(type: DocumentType, document: unknown): boolean {
  return COMPILED[type].isValid(document);
}

/** Raw Ajv errors of the precompiled validator, `[]` when the document is valid. */
export function rawStructureErrors(type: DocumentType, document: unknown): AjvError[] {
  return rawErrorsOf(COMPILED[type], document);
}

/** Checks `root` against the published JSON Schema of `type` and returns the structural issues. Never throws. */
export function checkStructure(type: DocumentType, root: JsonValue, lang: Lang, includePersonalData: boolean): ValidationIssue[] {
  return checkStructureWith(COMPILED[type], SCHEMA_INFO[type], type, root, lang, includePersonalData);
}
