/**
 * The precompiled structural checks of the table of delegated derogations (one module per document
 * type, so that a per-document entry point carries only its own).
 */
import { isValid } from '../generated/structure/tableau-derogations-fast.js';
import { branches, validate } from '../generated/structure/tableau-derogations.js';
import type { CompiledStructure } from './compiled.js';

/** Fast verdict, detailed validator and union branches of the table of delegated derogations. */
export const derogationsStructure: CompiledStructure = {
  isValid,
  validate,
  branches,
};
