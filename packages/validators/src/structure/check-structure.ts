/**
 * The structural stage: runs the fast structural check of the document type
 * on the JSON copy of the document and, only when it fails, the detailed
 * precompiled validator, whose errors are mapped to issues.
 *
 * Étape structurelle : validateur précompilé du schéma JSON publié.
 */
import { isValid as conventionIsValid } from '../generated/structure/convention-territoriale-fast.js';
import { branches as conventionBranches, validate as conventionValidate } from '../generated/structure/convention-territoriale.js';
import { isValid as pagIsValid } from '../generated/structure/pag-fast.js';
import { branches as pagBranches, validate as pagValidate } from '../generated/structure/pag.js';
import { isValid as derogationsIsValid } from '../generated/structure/tableau-derogations-fast.js';
import { branches as derogationsBranches, validate as derogationsValidate } from '../generated/structure/tableau-derogations.js';
import type { JsonValue } from '../json/read-document.js';
import { SCHEMA_INFO } from '../personal-data.js';
import type { Lang, TypeDocument, ValidationIssue } from '../types.js';
import { internalIssue } from '../issues.js';
import type { AjvError, StructureValidator } from './ajv-error.js';
import { STRUCTURE_MESSAGES } from './locales/index.js';
import { mapErrors } from './map-errors.js';

interface Compiled {
  /** The fast check (verdict only). */
  readonly isValid: (document: unknown) => boolean;
  /** The detailed validator (every error). */
  readonly validate: StructureValidator;
  readonly branches: Readonly<Record<string, StructureValidator>>;
}

const COMPILED: Readonly<Record<TypeDocument, Compiled>> = {
  pag: { isValid: pagIsValid, validate: pagValidate as unknown as StructureValidator, branches: pagBranches as unknown as Record<string, StructureValidator> },
  'convention-territoriale': {
    isValid: conventionIsValid,
    validate: conventionValidate as unknown as StructureValidator,
    branches: conventionBranches as unknown as Record<string, StructureValidator>,
  },
  'tableau-derogations': {
    isValid: derogationsIsValid,
    validate: derogationsValidate as unknown as StructureValidator,
    branches: derogationsBranches as unknown as Record<string, StructureValidator>,
  },
};

/** Raw verdict of the detailed precompiled validator (true when the document follows the published schema). */
export function matchesSchema(type: TypeDocument, document: unknown): boolean {
  return COMPILED[type].validate(document);
}

/** Verdict of the fast structural check; always the same as {@link matchesSchema}, without any error report. */
export function fastMatchesSchema(type: TypeDocument, document: unknown): boolean {
  return COMPILED[type].isValid(document);
}

/** Raw Ajv errors of the precompiled validator, `[]` when the document is valid. */
export function rawStructureErrors(type: TypeDocument, document: unknown): AjvError[] {
  const v = COMPILED[type].validate;
  return v(document) ? [] : [...(v.errors ?? [])];
}

/**
 * Checks `root` against the published JSON Schema of `type` and returns the
 * structural issues. Never throws.
 */
export function checkStructure(type: TypeDocument, root: JsonValue, lang: Lang, includePersonalData: boolean): ValidationIssue[] {
  try {
    // Most documents are valid: the fast check settles them; the detailed validator only runs on the others.
    if (COMPILED[type].isValid(root)) return [];
    const errors = rawStructureErrors(type, root);
    if (errors.length === 0) return [];
    return mapErrors(errors, { type, lang, includePersonalData, info: SCHEMA_INFO[type], branches: COMPILED[type].branches, root });
  } catch (error) {
    return [internalIssue(lang, { fr: STRUCTURE_MESSAGES.fr.internal, en: STRUCTURE_MESSAGES.en.internal }, error)];
  }
}
