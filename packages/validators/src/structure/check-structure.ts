/**
 * The structural stage: runs the precompiled validator of the document type on
 * the JSON copy of the document and maps its errors to issues.
 *
 * Étape structurelle : validateur précompilé du schéma JSON publié.
 */
import { branches as conventionBranches, validate as conventionValidate } from '../generated/structure/convention-territoriale.js';
import { branches as pagBranches, validate as pagValidate } from '../generated/structure/pag.js';
import { branches as derogationsBranches, validate as derogationsValidate } from '../generated/structure/tableau-derogations.js';
import type { JsonValue } from '../json/read-document.js';
import { SCHEMA_INFO } from '../personal-data.js';
import type { Lang, TypeDocument, ValidationIssue } from '../types.js';
import { mapErrors, type AjvError, type StructureValidator } from './map-errors.js';
import { STRUCTURE } from './structure-rules.js';

interface Compiled {
  readonly validate: StructureValidator;
  readonly branches: Readonly<Record<string, StructureValidator>>;
}

const COMPILED: Readonly<Record<TypeDocument, Compiled>> = {
  pag: { validate: pagValidate as unknown as StructureValidator, branches: pagBranches as unknown as Record<string, StructureValidator> },
  'convention-territoriale': {
    validate: conventionValidate as unknown as StructureValidator,
    branches: conventionBranches as unknown as Record<string, StructureValidator>,
  },
  'tableau-derogations': {
    validate: derogationsValidate as unknown as StructureValidator,
    branches: derogationsBranches as unknown as Record<string, StructureValidator>,
  },
};

/** Raw verdict of the precompiled validator (true when the document follows the published schema). */
export function matchesSchema(type: TypeDocument, document: unknown): boolean {
  return COMPILED[type].validate(document);
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
    const errors = rawStructureErrors(type, root);
    if (errors.length === 0) return [];
    return mapErrors(errors, { type, lang, includePersonalData, info: SCHEMA_INFO[type], branches: COMPILED[type].branches, root });
  } catch (error) {
    return [
      {
        ruleId: STRUCTURE.interne,
        severity: 'error',
        path: '',
        message: lang === 'en' ? 'The structural check failed unexpectedly.' : 'Le contrôle de structure a échoué de façon inattendue.',
        details: { error: error instanceof Error ? error.name : 'unknown' },
      },
    ];
  }
}
