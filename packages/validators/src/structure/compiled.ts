/**
 * The structural checks of one document type, as the structural stage uses
 * them: the fast verdict, the detailed validator and the validators of the
 * union branches (generated from the published JSON Schema: the fast check by
 * `scripts/generators/fast-structure.ts`, the table the detailed validator
 * walks by `scripts/generators/structure.ts`).
 */
import type { StructureValidator } from './ajv-error.js';

/** The structural checks of one document type. */
export interface CompiledStructure {
  /** The fast check (verdict only). */
  readonly isValid: (document: unknown) => boolean;
  /** The detailed validator (every error). */
  readonly validate: StructureValidator;
  /** Validator of the union branch at `pointer` inside the schema (`/$defs/Operateur/oneOf/0`). */
  readonly branch: (pointer: string) => StructureValidator;
}
