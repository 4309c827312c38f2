/**
 * Expands a JSON Pointer pattern (`*` = any array index or key) into the
 * concrete locations of a JSON value.
 */
import { escapeToken, patternTokens, tokens } from './pointer.js';
import type { JsonObject, JsonValue } from './read-document.js';

/** One concrete location. */
export interface Located<T = JsonValue> {
  readonly path: string;
  readonly value: T;
}

/** Every location of `root` matched by `pattern`, in document order. */
export function expand(root: JsonValue, pattern: string): Located[] {
  let current: Located[] = [{ path: '', value: root }];
  for (const t of patternTokens(pattern)) {
    const next: Located[] = [];
    const index = t === '*' ? -1 : arrayIndex(t);
    for (const { path, value } of current) {
      if (value === null || typeof value !== 'object') continue;
      if (Array.isArray(value)) {
        if (t === '*') {
          for (let i = 0; i < value.length; i++) next.push({ path: `${path}/${i}`, value: value[i] as JsonValue });
        } else if (index >= 0 && index < value.length) next.push({ path: `${path}/${t}`, value: value[index] as JsonValue });
      } else if (t === '*') {
        for (const k of Object.keys(value)) next.push({ path: `${path}/${escapeToken(k)}`, value: value[k] as JsonValue });
      } else if (Object.prototype.hasOwnProperty.call(value, t)) {
        next.push({ path: `${path}/${escapeToken(t)}`, value: value[t] as JsonValue });
      }
    }
    current = next;
    if (current.length === 0) break;
  }
  return current;
}

/** The array index a reference token designates (`0`, `12`…), or -1. */
function arrayIndex(token: string): number {
  return /^(?:0|[1-9]\d*)$/.test(token) ? Number(token) : -1;
}

/** True when the concrete pointer `path` is matched by `pattern` exactly (same length). */
export function matchesPattern(pattern: string, path: string): boolean {
  const p = patternTokens(pattern);
  const t = tokens(path);
  if (p.length !== t.length) return false;
  return p.every((x, i) => x === '*' || x === t[i]);
}

/** A trie of pointer patterns: one walk of the document serves them all. */
export interface PatternTrie {
  /** Indexes (in the list given to {@link expandMany}) of the patterns ending here. */
  readonly ends: number[];
  /** Escaped reference tokens of the path from the root to this node (`*` for any). */
  readonly tokens: readonly string[];
  /** Children by token, in the order the patterns introduce them. */
  readonly children: TrieChild[];
}

/** A child of a {@link PatternTrie} node. */
export interface TrieChild {
  /** Unescaped reference token, `*` for any. */
  readonly token: string;
  /** Escaped token, as written in pointers. */
  readonly escaped: string;
  /** Array index the token designates, or -1. */
  readonly index: number;
  readonly node: PatternTrie;
}

const TRIES = new WeakMap<readonly string[], PatternTrie>();

/**
 * The trie of `patterns`, built once per (constant) array: what
 * {@link expandMany} walks, and what the generated fact walker is compiled
 * from (`scripts/generators/fact-walker.ts`).
 *
 * @internal
 */
export function trieOf(patterns: readonly string[]): PatternTrie {
  let trie = TRIES.get(patterns);
  if (trie !== undefined) return trie;
  trie = { ends: [], tokens: [], children: [] };
  patterns.forEach((pattern, i) => {
    let node = trie as PatternTrie;
    for (const t of patternTokens(pattern)) {
      let next = node.children.find((c) => c.token === t)?.node;
      if (next === undefined) {
        next = { ends: [], tokens: [...node.tokens, t === '*' ? '*' : escapeToken(t)], children: [] };
        node.children.push({ token: t, escaped: escapeToken(t), index: t === '*' ? -1 : arrayIndex(t), node: next });
      }
      node = next;
    }
    node.ends.push(i);
  });
  TRIES.set(patterns, trie);
  return trie;
}

/** What the `*` of a pattern without any stood for: nothing. */
export const NO_KEYS: readonly (string | number)[] = [];

const PARTS = new WeakMap<readonly string[], readonly string[]>();

/**
 * The pointer of `tokens` (escaped, `*` for any) cut at its wildcards: the
 * text before the first `*` and after each, each ending with the slash of the
 * next `*` (`/engagements/`, `/dateDebut` for `engagements`, `*`,
 * `dateDebut`). Computed once per (constant) array of tokens.
 */
function partsOf(tokens: readonly string[]): readonly string[] {
  let parts = PARTS.get(tokens);
  if (parts === undefined) {
    const out: string[] = [];
    let part = '';
    for (const t of tokens) {
      if (t === '*') {
        out.push(`${part}/`);
        part = '';
      } else part += `/${t}`;
    }
    out.push(part);
    parts = out;
    PARTS.set(tokens, parts);
  }
  return parts;
}

/**
 * A location found by {@link expandMany}: the tokens of its pattern and what
 * each `*` stood for; the pointer is built on first read (most are never
 * reported).
 */
class FoundLocation implements Located {
  private pointer: string | undefined;
  constructor(
    private readonly tokens: readonly string[],
    private readonly keys: readonly (string | number)[],
    readonly value: JsonValue,
  ) {}

  get path(): string {
    if (this.pointer === undefined) {
      // The literal parts around the wildcards are joined once per pattern: one concatenation per part and per key.
      const parts = partsOf(this.tokens);
      let path = parts[0] as string;
      for (let k = 1; k < parts.length; k++) path = path + (this.keys[k - 1] as string | number) + (parts[k] as string);
      this.pointer = path;
    }
    return this.pointer;
  }

  /** What the `n`-th `*` stood for. */
  wildcard(n: number): string | number | undefined {
    return this.keys[n];
  }
}

/**
 * A found location of a pattern, whose pointer is built when first read.
 *
 * @param tokens - escaped reference tokens of the pattern (`*` for any)
 * @param keys - what each `*` stood for, in order (array indexes, escaped keys)
 */
export function locate(tokens: readonly string[], keys: readonly (string | number)[], value: JsonValue): Located {
  return new FoundLocation(tokens, keys, value);
}

/**
 * What the `n`-th `*` of its pattern stood for in a location {@link locate}
 * made (an array index, or an escaped object key: the `n`-th wildcard token of
 * its pointer, without building the pointer), or `undefined` for another
 * location.
 */
export function wildcardKey(at: Located, n: number): string | number | undefined {
  return at instanceof FoundLocation ? at.wildcard(n) : undefined;
}

/** `keys` holds what each `*` on the way stood for (array indexes, escaped object keys); it is shared and restored. */
function walkTrie(node: PatternTrie, keys: (string | number)[], value: JsonValue, out: Located[][]): void {
  const ends = node.ends;
  if (ends.length > 0) {
    const own = keys.length === 0 ? NO_KEYS : keys.slice();
    for (let e = 0; e < ends.length; e++) (out[ends[e] as number] as Located[]).push(new FoundLocation(node.tokens, own, value));
  }
  const children = node.children;
  if (children.length === 0 || value === null || typeof value !== 'object') return;
  const isArray = Array.isArray(value);
  for (let c = 0; c < children.length; c++) {
    const child = children[c] as TrieChild;
    if (isArray) {
      const list = value as JsonValue[];
      if (child.token === '*') {
        for (let i = 0; i < list.length; i++) {
          keys.push(i);
          walkTrie(child.node, keys, list[i] as JsonValue, out);
          keys.pop();
        }
      } else if (child.index >= 0 && child.index < list.length) {
        walkTrie(child.node, keys, list[child.index] as JsonValue, out);
      }
    } else {
      const object = value as JsonObject;
      if (child.token === '*') {
        for (const k of Object.keys(object)) {
          keys.push(escapeToken(k));
          walkTrie(child.node, keys, object[k] as JsonValue, out);
          keys.pop();
        }
      } else if (Object.prototype.hasOwnProperty.call(object, child.token)) {
        walkTrie(child.node, keys, object[child.token] as JsonValue, out);
      }
    }
  }
}

/**
 * {@link expand} of several patterns in one walk: `result[i]` holds the
 * locations of `expand(root, patterns[i])`, in the same order (each `path` is
 * built when first read). Pass the same (constant) array each time: its
 * trie is built once.
 */
export function expandMany(root: JsonValue, patterns: readonly string[]): Located[][] {
  const out: Located[][] = [];
  for (let i = 0; i < patterns.length; i++) out.push([]);
  walkTrie(trieOf(patterns), [], root, out);
  return out;
}
