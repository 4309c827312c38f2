/**
 * Expands a JSON Pointer pattern (`*` = any array index or key) into the
 * concrete locations of a JSON value.
 *
 * Développe un motif de pointeur JSON sur un document.
 */
import { escapeToken, patternTokens, tokens } from './pointer.js';
import type { JsonValue } from './read-document.js';

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
interface PatternTrie {
  /** Indexes (in the list given to {@link expandMany}) of the patterns ending here. */
  readonly ends: number[];
  readonly children: Map<string, PatternTrie>;
}

const TRIES = new WeakMap<readonly string[], PatternTrie>();

function trieOf(patterns: readonly string[]): PatternTrie {
  let trie = TRIES.get(patterns);
  if (trie !== undefined) return trie;
  trie = { ends: [], children: new Map() };
  patterns.forEach((pattern, i) => {
    let node = trie as PatternTrie;
    for (const t of patternTokens(pattern)) {
      let next = node.children.get(t);
      if (next === undefined) {
        next = { ends: [], children: new Map() };
        node.children.set(t, next);
      }
      node = next;
    }
    node.ends.push(i);
  });
  TRIES.set(patterns, trie);
  return trie;
}

/**
 * {@link expand} of several patterns in one walk: `result[i]` is exactly
 * `expand(root, patterns[i])`. Pass the same (constant) array each time: its
 * trie is built once.
 */
export function expandMany(root: JsonValue, patterns: readonly string[]): Located[][] {
  const out: Located[][] = patterns.map(() => []);
  const walk = (node: PatternTrie, path: string, value: JsonValue): void => {
    for (const i of node.ends) (out[i] as Located[]).push({ path, value });
    if (node.children.size === 0 || value === null || typeof value !== 'object') return;
    for (const [t, child] of node.children) {
      if (Array.isArray(value)) {
        if (t === '*') {
          for (let i = 0; i < value.length; i++) walk(child, `${path}/${i}`, value[i] as JsonValue);
        } else {
          const index = arrayIndex(t);
          if (index >= 0 && index < value.length) walk(child, `${path}/${t}`, value[index] as JsonValue);
        }
      } else if (t === '*') {
        for (const k of Object.keys(value)) walk(child, `${path}/${escapeToken(k)}`, value[k] as JsonValue);
      } else if (Object.prototype.hasOwnProperty.call(value, t)) {
        walk(child, `${path}/${escapeToken(t)}`, value[t] as JsonValue);
      }
    }
  };
  walk(trieOf(patterns), '', root);
  return out;
}
