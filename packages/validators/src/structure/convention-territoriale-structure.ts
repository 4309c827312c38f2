/**
 * The precompiled structural checks of the territorial convention (one module per document
 * type, so that a per-document entry point carries only its own).
 */
import { isValid } from '../generated/structure/convention-territoriale-fast.js';
import { branches, validate } from '../generated/structure/convention-territoriale.js';
import type { CompiledStructure } from './compiled.js';

/** Fast verdict, detailed validator and union branches of the territorial convention. */
export const conventionStructure: CompiledStructure = {
  isValid,
  validate,
  branches,
};
