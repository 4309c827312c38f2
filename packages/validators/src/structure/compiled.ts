/**
 * The precompiled structural checks of one document type, as the structural
 * stage uses them: the fast verdict, the detailed validator and the
 * validators of the union branches (all generated from the published JSON
 * Schema by `scripts/generators/structure.ts`).
 */
import type { StructureValidator } from './ajv-error.js';

/** The precompiled checks of one document type. */
export interface CompiledStructure {
  /** The fast check (verdict only). */
  readonly isValid: (document: unknown) => boolean;
  /** The detailed validator (every error). */
  readonly validate: StructureValidator;
  /** Validators of the union branches, by JSON Pointer inside the schema. */
  readonly branches: Readonly<Record<string, StructureValidator>>;
}
