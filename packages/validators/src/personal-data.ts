/**
 * Which parts of a document hold personal data, from the `x-donnees-personnelles`
 * annotations of the published JSON Schemas (extracted at generation time).
 * Messages never quote a value found there unless `includePersonalData` is set.
 *
 * Données personnelles : emplacements issus des annotations des schémas publiés.
 */
import { info as conventionInfo } from './generated/structure/convention-territoriale-info.js';
import { info as pagInfo } from './generated/structure/pag-info.js';
import { info as derogationsInfo } from './generated/structure/tableau-derogations-info.js';
import { tokens, unescapeToken } from './json/pointer.js';
import type { SchemaInfo } from './structure/schema-info.js';
import type { TypeDocument } from './types.js';

/** Schema information of each document type. */
export const SCHEMA_INFO: Readonly<Record<TypeDocument, SchemaInfo>> = {
  pag: pagInfo,
  'convention-territoriale': conventionInfo,
  'tableau-derogations': derogationsInfo,
};

const compiled = new Map<TypeDocument, readonly string[][]>();

function patternsOf(type: TypeDocument): readonly string[][] {
  let p = compiled.get(type);
  if (p === undefined) {
    p = SCHEMA_INFO[type].personalData.map(tokens);
    compiled.set(type, p);
  }
  return p;
}

/**
 * JSON Pointer patterns of the values that hold personal data in a document
 * type (`*` stands for any array index or key); everything below a listed
 * location is personal too.
 *
 * @example personalDataPointers('pag').includes('/situation/personne') // true
 */
export function personalDataPointers(type: TypeDocument): readonly string[] {
  return SCHEMA_INFO[type].personalData;
}

/** True when the value at `path` (a JSON Pointer) holds personal data in a document of type `type`. */
export function isPersonalData(type: TypeDocument, path: string): boolean {
  return coveredFrom(trieOf(type), path, 0);
}

/** Pattern tokens as a trie: `end` when a pattern stops here (everything below is covered). */
interface PatternNode {
  end: boolean;
  readonly children: Map<string, PatternNode>;
}

const tries = new Map<TypeDocument, PatternNode>();

function trieOf(type: TypeDocument): PatternNode {
  let root = tries.get(type);
  if (root === undefined) {
    root = { end: false, children: new Map() };
    for (const pattern of patternsOf(type)) {
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
    tries.set(type, root);
  }
  return root;
}

/** True when a pattern below `node` covers `t` from token `i` on (`*` matches any one token). */
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
