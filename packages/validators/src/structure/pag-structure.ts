/**
 * The precompiled structural checks of the PAG (one module per document
 * type, so that a per-document entry point carries only its own).
 */
import { isValid } from '../generated/structure/pag-fast.js';
import { branches, validate } from '../generated/structure/pag.js';
import type { CompiledStructure } from './compiled.js';

/** Fast verdict, detailed validator and union branches of the PAG. */
export const pagStructure: CompiledStructure = {
  isValid,
  validate,
  branches,
};
