/**
 * The structural stage: runs the fast structural check of the document type
 * on the JSON copy of the document and, only when it fails, the detailed
 * validator (the walker of the schema's validation table), whose errors are
 * mapped to issues. The checks of one
 * type are given (see `compiled.ts`), so that a per-document entry point
 * carries only its own.
 */
import type { JsonValue } from '../json/read-document.js';
import type { Lang, DocumentType, ValidationIssue } from '../types.js';
import { internalIssue } from '../issues.js';
import type { AjvError } from './ajv-error.js';
import type { CompiledStructure } from './compiled.js';
import { STRUCTURE_MESSAGES } from './locales/index.js';
import { mapErrors } from './map-errors.js';
import type { SchemaInfo } from './schema-info.js';

/** Raw errors of the detailed validator (Ajv's shape), `[]` when the document is valid. */
export function rawErrorsOf(compiled: CompiledStructure, document: unknown): AjvError[] {
  const v = compiled.validate;
  return v(document) ? [] : [...(v.errors ?? [])];
}

/**
 * Checks `root` against the published JSON Schema of `type` (its precompiled
 * checks and schema information) and returns the structural issues. Never throws.
 */
export function checkStructureWith(
  compiled: CompiledStructure,
  info: SchemaInfo,
  type: DocumentType,
  root: JsonValue,
  lang: Lang,
  includePersonalData: boolean,
): ValidationIssue[] {
  try {
    // Most documents are valid: the fast check settles them; the detailed validator only runs on the others.
    if (compiled.isValid(root)) return [];
    const errors = rawErrorsOf(compiled, root);
    if (errors.length === 0) return [];
    return mapErrors(errors, { type, lang, includePersonalData, info, branch: compiled.branch, root });
  } catch (error) {
    return [internalIssue(lang, { fr: STRUCTURE_MESSAGES.fr.internal, en: STRUCTURE_MESSAGES.en.internal }, error)];
  }
}
