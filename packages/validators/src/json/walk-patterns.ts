/**
 * The walk of the generated fact walker (`scripts/generators/fact-walker.ts`),
 * read from the patterns' trie instead of compiled into code: the same
 * locations, in the same order, with the same reads of the document, for a
 * fraction of the code (the `browser` builds use it: package.json `imports`,
 * `#pag-fact-walk`).
 *
 * Marche des motifs lue depuis leur arbre, sans code généré.
 */
import { locate, NO_KEYS, trieOf, type Located, type PatternTrie, type TrieChild } from './expand.js';
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
  const ends = node.ends;
  for (let n = 0; n < ends.length; n++) {
    const e = ends[n] as number;
    const at = locate(node.tokens, ks, v);
    const list = out[e] as Located[];
    if (list === NONE) out[e] = [at];
    else list.push(at);
  }
  const children = node.children;
  if (children.length === 0 || v === null || typeof v !== 'object') return;
  const isArray = Array.isArray(v);
  for (let c = 0; c < children.length; c++) {
    const { token, index, node: child } = children[c] as TrieChild;
    if (isArray) {
      if (token === '*') for (let i = 0; i < v.length; i++) visit(out, child, v[i], [...ks, i]);
      else if (index >= 0 && index < v.length) visit(out, child, v[index], ks);
    } else if (token === '*') {
      const keys = Object.keys(v);
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k] as string;
        visit(out, child, v[key], [...ks, escapeToken(key)]);
      }
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
