/**
 * The structural checks of one document type from its two generated halves:
 * the fast check (verdict only) and the validation table that the walker
 * follows to report every error, for the whole document or for one union
 * branch.
 */
import type { StructureValidator } from './ajv-error.js';
import type { CheckNode } from './check-schema.js';
import type { CompiledStructure } from './compiled.js';
import { walkingValidator } from './walk-errors.js';

/** The checks of a type whose fast check is `isValid` and validation table `checks`. */
export function walkedStructure(isValid: (document: unknown) => boolean, checks: CheckNode): CompiledStructure {
  const branches = new Map<string, StructureValidator>();
  return {
    isValid,
    validate: walkingValidator(checks),
    branch: (pointer) => {
      let v = branches.get(pointer);
      if (v === undefined) {
        v = walkingValidator(checks, pointer);
        branches.set(pointer, v);
      }
      return v;
    },
  };
}
