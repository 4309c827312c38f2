/**
 * The structural checks of the territorial convention (one module per document
 * type, so that a per-document entry point carries only its own).
 */
import { isValid } from '../generated/structure/convention-territoriale-fast.js';
import { checks } from '../generated/structure/convention-territoriale-checks.js';
import type { CompiledStructure } from './compiled.js';
import { walkedStructure } from './walked-structure.js';

/** Fast verdict, and the detailed walker with its union branches, of the territorial convention. */
export const conventionStructure: CompiledStructure = /* @__PURE__ */ walkedStructure(isValid, checks);
