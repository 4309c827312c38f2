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
import { text } from '../messages.js';
import type { AjvError } from './ajv-error.js';
import type { CompiledStructure } from './compiled.js';
import type { StructureMessages } from './locales/catalogue.js';
import { mapErrors } from './map-errors.js';
import type { SchemaInfo } from './schema-info.js';

/** Raw errors of the detailed validator (Ajv's shape), `[]` when the document is valid. */
export function rawErrorsOf(compiled: CompiledStructure, document: unknown): AjvError[] {
  const v = compiled.validate;
  return v(document) ? [] : [...(v.errors ?? [])];
}

/** The check itself failed (a defect of ours): said in both languages, whichever catalogue the entry carries. */
const FAILED = text('Le contrôle de structure a échoué de façon inattendue.', 'The structural check failed unexpectedly.');

/**
 * Checks `root` against the published JSON Schema of `type` (its precompiled
 * checks and schema information) and returns the structural issues, written
 * with `messages` (the structural messages of `lang`). Never throws.
 */
export function checkStructureWith(
  compiled: CompiledStructure,
  info: SchemaInfo,
  type: DocumentType,
  root: JsonValue,
  lang: Lang,
  messages: StructureMessages,
  includePersonalData: boolean,
): ValidationIssue[] {
  try {
    // Most documents are valid: the fast check settles them; the detailed validator only runs on the others.
    if (compiled.isValid(root)) return [];
    const errors = rawErrorsOf(compiled, root);
    if (errors.length === 0) return [];
    return mapErrors(errors, { type, lang, m: messages, includePersonalData, info, branch: compiled.branch, root });
  } catch (error) {
    return [internalIssue(lang, FAILED, error)];
  }
}
