/**
 * The structural checks of the table of delegated derogations in the size-first form of the
 * `browser` builds (package.json `imports`, `#tableau-derogations-structure`): the fast
 * verdict is read from the validation table (`table-verdict.ts`) instead of
 * the generated fast check, for the same answers and reports.
 */
import { checks } from '../generated/structure/tableau-derogations-checks.js';
import type { CompiledStructure } from './compiled.js';
import { tableVerdict } from './table-verdict.js';
import { walkedStructure } from './walked-structure.js';

/** Fast verdict read from the table, and the detailed walker with its union branches, of the table of delegated derogations. */
export const derogationsStructure: CompiledStructure = /* @__PURE__ */ walkedStructure(/* @__PURE__ */ tableVerdict(checks), checks);
