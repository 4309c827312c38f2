/**
 * The PAG fact walker of the `browser` builds (package.json `imports`,
 * `#pag-fact-walk`): the patterns the facts read (`PAG_FACT_PATTERNS`) walked
 * as data (`json/walk-patterns.ts`) instead of the generated walker's
 * straight-line code, for the same locations in the same order and a smaller
 * bundle.
 *
 * Marcheur des faits du PAG, forme lue depuis les motifs (navigateur).
 */
import type { Located } from '../json/expand.js';
import { walkPatterns } from '../json/walk-patterns.js';
import { PAG_FACT_PATTERNS } from '../rules/pag/support/fact-patterns.js';

/** `result[i]`: every location of `PAG_FACT_PATTERNS[i]`, in document order (what the generated `walkPagFacts` returns). */
export function walkPagFacts(root: unknown): Located[][] {
  return walkPatterns(root, PAG_FACT_PATTERNS);
}
