/**
 * Is a JSON Pointer a personal-data location of one schema? Codes of public
 * nomenclatures (SERAFIN-PH, ANS lists) are not personal data, even inside a
 * personal-data area. The patterns of
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

/** True when `path` is inside a personal-data area (`x-donnees-personnelles`) of the schema described by `info`, codes included. */
export function isInPersonalDataAreaIn(info: SchemaInfo, path: string): boolean {
  return coveredFrom(trieOf(info), path, 0);
}

/**
 * True when the value at `path` (a JSON Pointer) holds personal data under the
 * schema described by `info`: inside a personal-data area, and not a code of a
 * public nomenclature (see {@link isPublicCodeIn}).
 */
export function isPersonalDataIn(info: SchemaInfo, path: string): boolean {
  return isInPersonalDataAreaIn(info, path) && !isPublicCodeIn(info, path);
}

const INDEX = /^(?:0|[1-9][0-9]*)$/;

/**
 * True when `path` is a field coded in a public list (SERAFIN-PH, ANS lists:
 * `x-systeme-codes`, and the `numerotation` of SERAFIN-PH codes), or one item
 * of such a list of codes: a code names no one, so it is shown even inside a
 * personal-data area.
 */
export function isPublicCodeIn(info: SchemaInfo, path: string): boolean {
  const t = tokens(path);
  for (const pattern of publicCodesOf(info)) {
    if (t.length !== pattern.length && !(t.length === pattern.length + 1 && INDEX.test(t[t.length - 1] as string))) continue;
    let ok = true;
    for (let i = 0; i < pattern.length && ok; i++) ok = pattern[i] === '*' || pattern[i] === t[i];
    if (ok) return true;
  }
  return false;
}

const publicCodes = new WeakMap<SchemaInfo, readonly (readonly string[])[]>();

function publicCodesOf(info: SchemaInfo): readonly (readonly string[])[] {
  let p = publicCodes.get(info);
  if (p === undefined) {
    p = info.publicCodes.map(tokens);
    publicCodes.set(info, p);
  }
  return p;
}

/** What a code looks like: a public code is quoted inside a personal-data area only when it has this shape (a name typed into a code field is not). */
const CODE_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/;

/** Where a pointer stands for quoting: outside every personal-data area, a public code inside one, or personal data. */
const OUTSIDE = 0;
const PUBLIC_CODE = 1;
const PERSONAL = 2;
type Place = typeof OUTSIDE | typeof PUBLIC_CODE | typeof PERSONAL;

/**
 * The place of each pointer already asked about, per schema: a report quotes
 * values at the same pointers document after document (the n-th engagement's
 * code), and the answer depends on the pointer only. Emptied when it reaches
 * {@link PLACE_CACHE_SIZE} pointers, so that memory stays bounded on a stream.
 */
const places = new WeakMap<SchemaInfo, Map<string, Place>>();

/** Pointers remembered per schema before the cache starts again. */
export const PLACE_CACHE_SIZE = 4096;

function placeOf(info: SchemaInfo, path: string): Place {
  let cache = places.get(info);
  if (cache === undefined) {
    cache = new Map();
    places.set(info, cache);
  }
  let place = cache.get(path);
  if (place === undefined) {
    place = !isInPersonalDataAreaIn(info, path) ? OUTSIDE : isPublicCodeIn(info, path) ? PUBLIC_CODE : PERSONAL;
    if (cache.size >= PLACE_CACHE_SIZE) cache.clear();
    cache.set(path, place);
  }
  return place;
}

/** How a pattern of the schema's information meets every pointer of a pattern (see {@link placeOfPattern}). */
const NONE = 0;
const SOME = 1;
const ALL = 2;
type Meeting = typeof NONE | typeof SOME | typeof ALL;

/**
 * How the schema's pattern `q` meets, on its first `n` tokens, the pointers
 * that the pattern `p` stands for (each `*` of `p` any one token): `ALL` when
 * it matches each of them, `NONE` when it matches none, `SOME` when it depends
 * on what a `*` of `p` stands for.
 */
function meet(q: readonly string[], p: readonly string[], n: number): Meeting {
  let all = true;
  for (let i = 0; i < n; i++) {
    const a = q[i];
    const b = p[i];
    if (a === '*') continue;
    if (b === '*') all = false;
    else if (a !== b) return NONE;
  }
  return all ? ALL : SOME;
}

/** The strongest answer of several patterns: one `ALL` decides, else one `SOME`, else `NONE`. */
function strongest(meetings: Iterable<Meeting>): Meeting {
  let best: Meeting = NONE;
  for (const m of meetings) if (m > best) best = m;
  return best;
}

/**
 * The place shared by every pointer that `pattern` (a pointer pattern, `*`
 * for any one token) stands for, or `undefined` when it depends on what a `*`
 * stands for. Read from the patterns themselves, the way
 * {@link isInPersonalDataAreaIn} and {@link isPublicCodeIn} read a pointer: a
 * personal-data pattern covers a pointer whose first tokens it matches; a
 * public code pattern, a pointer of its length that it matches, or one token
 * longer when that token is an array index.
 */
function placeOfPattern(info: SchemaInfo, pattern: string): Place | undefined {
  const p = tokens(pattern);
  const area = strongest(info.personalData.map(tokens).map((q) => (q.length > p.length ? NONE : meet(q, p, q.length))));
  if (area === NONE) return OUTSIDE;
  if (area === SOME) return undefined;
  const code = strongest(
    publicCodesOf(info).map((c) => {
      if (p.length === c.length) return meet(c, p, c.length);
      if (p.length !== c.length + 1) return NONE;
      const last = p[p.length - 1] as string;
      const head = meet(c, p, c.length);
      if (last === '*') return head === NONE ? NONE : SOME;
      return INDEX.test(last) ? head : NONE;
    }),
  );
  return code === ALL ? PUBLIC_CODE : code === NONE ? PERSONAL : undefined;
}

/** The shared place of each pattern asked about, per schema (`null`: none, the pointer decides). Patterns are written in the code: few. */
const patternPlaces = new WeakMap<SchemaInfo, Map<string, Place | null>>();

function placeOfPatternCached(info: SchemaInfo, pattern: string): Place | undefined {
  let cache = patternPlaces.get(info);
  if (cache === undefined) {
    cache = new Map();
    patternPlaces.set(info, cache);
  }
  let place = cache.get(pattern);
  if (place === undefined) {
    place = placeOfPattern(info, pattern) ?? null;
    if (cache.size >= PLACE_CACHE_SIZE) cache.clear();
    cache.set(pattern, place);
  }
  return place ?? undefined;
}

/**
 * True when a message may quote `value`, found at `path`: outside the
 * personal-data areas, a code of a public nomenclature that looks like a code
 * (`1.2.1.1`, `MTH`), or anything when the caller opted in. The place of
 * `path` is remembered (see {@link PLACE_CACHE_SIZE}); the value's shape is
 * checked each time.
 *
 * `pattern`, when the caller knows it, is a pointer pattern written in the
 * code (the pattern of a date of the PAG, say) that `path` is an instance of: when
 * every pointer of the pattern has the same place, that place answers and
 * `path` is not read (neither flattened nor hashed: most reported dates).
 */
export function mayQuoteIn(info: SchemaInfo, path: string, value: unknown, includePersonalData: boolean, pattern?: string): boolean {
  if (includePersonalData) return true;
  const place = (pattern === undefined ? undefined : placeOfPatternCached(info, pattern)) ?? placeOf(info, path);
  if (place === OUTSIDE) return true;
  return place === PUBLIC_CODE && (typeof value === 'string' || typeof value === 'number') && CODE_SHAPE.test(String(value));
}

const knownKeys = new WeakMap<SchemaInfo, ReadonlySet<string>>();

/** Every property name the schema described by `info` defines, anywhere. */
export function schemaPropertyNamesIn(info: SchemaInfo): ReadonlySet<string> {
  let k = knownKeys.get(info);
  if (k === undefined) {
    const names = new Set<string>();
    for (const ptr of Object.keys(info.nodes)) {
      const t = tokens(ptr);
      for (let i = 0; i + 1 < t.length; i++) if (t[i] === 'properties' && (i === 0 || t[i - 1] !== 'properties')) names.add(t[i + 1] as string);
    }
    k = names;
    knownKeys.set(info, k);
  }
  return k;
}
