/**
 * Is a JSON Pointer a personal-data location of one schema? The patterns of
 * the schema's information (`x-donnees-personnelles`, extracted at generation
 * time) are read as a trie, built once per schema. Apart from
 * `personal-data.ts` so that a per-document entry carries one schema only.
 *
 * Emplacements de données personnelles d'un schéma.
 */
import { tokens, unescapeToken } from './json/pointer.js';
import type { SchemaInfo } from './structure/schema-info.js';

/** Pattern tokens as a trie: `end` when a pattern stops here (everything below is covered). */
interface PatternNode {
  end: boolean;
  readonly children: Map<string, PatternNode>;
}

const tries = new WeakMap<SchemaInfo, PatternNode>();

function trieOf(info: SchemaInfo): PatternNode {
  let root = tries.get(info);
  if (root === undefined) {
    root = { end: false, children: new Map() };
    for (const pattern of info.personalData.map(tokens)) {
      let node = root;
      for (const t of pattern) {
        let next = node.children.get(t);
        if (next === undefined) {
          next = { end: false, children: new Map() };
          node.children.set(t, next);
        }
        node = next;
      }
      node.end = true;
    }
    tries.set(info, root);
  }
  return root;
}

/**
 * True when a pattern of the trie below `node` covers the pointer `path` from
 * the position `at` (the start of a `/token` or the end): tokens are read one
 * at a time, and only as far as the trie goes (most answers need one or two).
 */
function coveredFrom(node: PatternNode, path: string, at: number): boolean {
  if (node.end) return true;
  if (at >= path.length) return false;
  const slash = path.indexOf('/', at + 1);
  const next = slash < 0 ? path.length : slash;
  const token = unescapeToken(path.slice(at + 1, next));
  const exact = node.children.get(token);
  if (exact !== undefined && coveredFrom(exact, path, next)) return true;
  const any = node.children.get('*');
  return any !== undefined && any !== exact && coveredFrom(any, path, next);
}

/** True when the value at `path` (a JSON Pointer) holds personal data under the schema described by `info`. */
export function isPersonalDataIn(info: SchemaInfo, path: string): boolean {
  return coveredFrom(trieOf(info), path, 0);
}
