/**
 * The value at a JSON Pointer of a JSON tree.
 */
import { tokens } from './pointer.js';
import type { JsonValue } from './read-document.js';

/** The value at `path` in `root`, or `undefined`. */
export function valueAtPointer(root: JsonValue, path: string): JsonValue | undefined {
  let node: JsonValue | undefined = root;
  for (const t of tokens(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    if (Array.isArray(node)) {
      if (!/^(?:0|[1-9]\d*)$/.test(t)) return undefined;
      node = node[Number(t)];
    } else {
      node = Object.prototype.hasOwnProperty.call(node, t) ? node[t] : undefined;
    }
  }
  return node;
}
