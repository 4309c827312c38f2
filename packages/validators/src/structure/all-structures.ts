/**
 * The precompiled structural checks of the three document types, by type
 * (for the all-types entry point and the tests).
 */
import { ALL_KITS } from '../documents/all-kits.js';
import type { JsonValue } from '../json/read-document.js';
import type { Lang, DocumentType, ValidationIssue } from '../types.js';
import { checkStructureWith, rawErrorsOf } from './check-structure.js';
import type { CompiledStructure } from './compiled.js';
import type { AjvError } from './ajv-error.js';
import { STRUCTURE_MESSAGES } from './locales/index.js';

/** The precompiled checks of each document type (those of {@link ALL_KITS}). */
function compiled(type: DocumentType): CompiledStructure {
  return ALL_KITS[type].structure;
}

/** Raw verdict of the detailed precompiled validator (true when the document follows the published schema). */
export function matchesSchema(type: DocumentType, document: unknown): boolean {
  return compiled(type).validate(document);
}

/** Verdict of the fast structural check; always the same as {@link matchesSchema}, without any error report. */
export function fastMatchesSchema(type: DocumentType, document: unknown): boolean {
  return compiled(type).isValid(document);
}

/** Raw Ajv errors of the precompiled validator, `[]` when the document is valid. */
export function rawStructureErrors(type: DocumentType, document: unknown): AjvError[] {
  return rawErrorsOf(compiled(type), document);
}

/** Checks `root` against the published JSON Schema of `type` and returns the structural issues. Never throws. */
export function checkStructure(type: DocumentType, root: JsonValue, lang: Lang, includePersonalData: boolean): ValidationIssue[] {
  return checkStructureWith(compiled(type), ALL_KITS[type].rules.info, type, root, lang, STRUCTURE_MESSAGES[lang], includePersonalData);
}
