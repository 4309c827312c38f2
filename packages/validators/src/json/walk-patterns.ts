/**
 * The walk of the generated fact walker (`scripts/generators/fact-walker.ts`),
 * read from the patterns' trie instead of compiled into code: the same
 * locations, in the same order, with the same reads of the document, for a
 * fraction of the code (the `browser` builds use it: package.json `imports`,
 * `#pag-fact-walk`).
 *
 * Marche des motifs lue depuis leur arbre, sans code généré.
 */
import { locate, NO_KEYS, trieOf, type Located, type PatternTrie } from './expand.js';
import { escapeToken } from './pointer.js';

const HAS_OWN = Object.prototype.hasOwnProperty;
/** The list of every pattern nothing matched: one empty list, never written to. */
const NONE: readonly Located[] = Object.freeze([]);

/**
 * Visits `v`, found under the keys `ks` (what each `*` on the way stood for),
 * at `node`: its patterns' locations, then its children's, as the generated
 * function of the node does. A member is read before it is asked whether it
 * is own, and one holding `undefined` is not visited; an array item or an
 * object key under a wildcard gets one array of keys, shared by the locations
 * found under it.
 */
function visit(out: Located[][], node: PatternTrie, v: any, ks: readonly (string | number)[]): void {
  for (const e of node.ends) {
    const at = locate(node.tokens, ks, v);
    const list = out[e] as Located[];
    if (list === NONE) out[e] = [at];
    else list.push(at);
  }
  if (node.children.length === 0 || v === null || typeof v !== 'object') return;
  const isArray = Array.isArray(v);
  for (const { token, index, node: child } of node.children) {
    if (isArray) {
      if (token === '*') for (let i = 0; i < v.length; i++) visit(out, child, v[i], [...ks, i]);
      else if (index >= 0 && index < v.length) visit(out, child, v[index], ks);
    } else if (token === '*') {
      for (const k of Object.keys(v)) visit(out, child, v[k], [...ks, escapeToken(k)]);
    } else {
      const item = v[token];
      if (item !== undefined && HAS_OWN.call(v, token)) visit(out, child, item, ks);
    }
  }
}

/**
 * `result[i]`: every location of `patterns[i]` in `root`, in document order —
 * what the walker `compileFactWalker(patterns)` generates returns, read from
 * the patterns as data. Pass the same (constant) array each time: its trie is
 * built once.
 *
 * @internal
 */
export function walkPatterns(root: unknown, patterns: readonly string[]): Located[][] {
  const out: Located[][] = [];
  for (let i = 0; i < patterns.length; i++) out.push(NONE as Located[]);
  visit(out, trieOf(patterns), root, NO_KEYS);
  return out;
}
