/**
 * Expands a JSON Pointer pattern (`*` = any array index or key) into the
 * concrete locations of a JSON value.
 *
 * Développe un motif de pointeur JSON sur un document.
 */
import { escapeToken, tokens } from './pointer.js';
import type { JsonValue } from './read-document.js';

/** One concrete location. */
export interface Located<T = JsonValue> {
  readonly path: string;
  readonly value: T;
}

/** Every location of `root` matched by `pattern`, in document order. */
export function expand(root: JsonValue, pattern: string): Located[] {
  let current: Located[] = [{ path: '', value: root }];
  for (const t of tokens(pattern)) {
    const next: Located[] = [];
    for (const { path, value } of current) {
      if (value === null || typeof value !== 'object') continue;
      if (Array.isArray(value)) {
        if (t === '*') value.forEach((v, i) => next.push({ path: `${path}/${i}`, value: v }));
        else if (/^(?:0|[1-9]\d*)$/.test(t) && Number(t) < value.length) next.push({ path: `${path}/${t}`, value: value[Number(t)] as JsonValue });
      } else if (t === '*') {
        for (const k of Object.keys(value)) next.push({ path: `${path}/${escapeToken(k)}`, value: value[k] as JsonValue });
      } else if (Object.prototype.hasOwnProperty.call(value, t)) {
        next.push({ path: `${path}/${escapeToken(t)}`, value: value[t] as JsonValue });
      }
    }
    current = next;
  }
  return current;
}

/** True when the concrete pointer `path` is matched by `pattern` exactly (same length). */
export function matchesPattern(pattern: string, path: string): boolean {
  const p = tokens(pattern);
  const t = tokens(path);
  if (p.length !== t.length) return false;
  return p.every((x, i) => x === '*' || x === t[i]);
}
