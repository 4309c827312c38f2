/**
 * The structural checks of the PAG (one module per document
 * type, so that a per-document entry point carries only its own).
 */
import { isValid } from '../generated/structure/pag-fast.js';
import { checks } from '../generated/structure/pag-checks.js';
import type { CompiledStructure } from './compiled.js';
import { walkedStructure } from './walked-structure.js';

/** Fast verdict, and the detailed walker with its union branches, of the PAG. */
export const pagStructure: CompiledStructure = /* @__PURE__ */ walkedStructure(isValid, checks);
