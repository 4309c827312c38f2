/**
 * The structural checks of the table of delegated derogations (one module per document
 * type, so that a per-document entry point carries only its own).
 */
import { isValid } from '../generated/structure/tableau-derogations-fast.js';
import { checks } from '../generated/structure/tableau-derogations-checks.js';
import type { CompiledStructure } from './compiled.js';
import { walkedStructure } from './walked-structure.js';

/** Fast verdict, and the detailed walker with its union branches, of the table of delegated derogations. */
export const derogationsStructure: CompiledStructure = /* @__PURE__ */ walkedStructure(isValid, checks);
