/**
 * The public JSON Pointer (RFC 6901) helpers: what a program needs to use the
 * `path` of an issue — parse it, build one, read the value it designates.
 */
import { pointer, tokens } from './pointer.js';

const INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * The reference tokens of a JSON Pointer, unescaped (`~1` → `/`, `~0` → `~`);
 * `''` (the whole document) gives `[]`.
 *
 * @throws SyntaxError when `ptr` is neither empty nor starts with `/`, or holds
 * a `~` not followed by `0` or `1` (the only failure; the other helpers never throw)
 */
export function parseJsonPointer(ptr: string): string[] {
  if (ptr !== '' && !ptr.startsWith('/')) throw new SyntaxError('Invalid JSON Pointer: it must be empty or start with "/"');
  if (/~(?![01])/.test(ptr)) throw new SyntaxError('Invalid JSON Pointer: "~" must be followed by 0 or 1');
  return tokens(ptr);
}

/** The JSON Pointer of the given reference tokens, escaped (`/` → `~1`, `~` → `~0`); `[]` gives `''`. */
export function formatJsonPointer(referenceTokens: readonly (string | number)[]): string {
  return pointer(...referenceTokens);
}

/**
 * The value that `ptr` designates in `document` (own properties and array
 * indexes only), or `undefined` when there is none or the pointer is invalid.
 * Never throws.
 */
export function valueAtJsonPointer(document: unknown, ptr: string): unknown {
  let parsed: string[];
  try {
    parsed = parseJsonPointer(ptr);
  } catch {
    return undefined;
  }
  let node: unknown = document;
  for (const t of parsed) {
    if (node === null || typeof node !== 'object') return undefined;
    try {
      if (Array.isArray(node)) {
        if (!INDEX.test(t) || Number(t) >= node.length) return undefined;
        node = node[Number(t)];
      } else {
        node = Object.prototype.hasOwnProperty.call(node, t) ? (node as Record<string, unknown>)[t] : undefined;
      }
    } catch {
      return undefined;
    }
  }
  return node;
}
