/**
 * JSON Pointer (RFC 6901) helpers, and the pointer patterns used to declare
 * which parts of a document a rule reads or which fields hold personal data.
 */

import { escapeToken, unescapeToken } from '@serafin-ph/pag-schema/types';

export { escapeToken, unescapeToken };

/** Builds a pointer from reference tokens. */
export function pointer(...tokens: readonly (string | number)[]): string {
  let out = '';
  for (const t of tokens) out += `/${escapeToken(t)}`;
  return out;
}

/** Appends tokens to a pointer. */
export function child(base: string, ...tokens: readonly (string | number)[]): string {
  return base + pointer(...tokens);
}

/** Splits a pointer into its unescaped tokens (`''` → `[]`). */
export function tokens(ptr: string): string[] {
  if (ptr === '') return [];
  const parts = ptr.slice(1).split('/');
  return ptr.includes('~') ? parts.map(unescapeToken) : parts;
}

const PATTERN_TOKENS = new Map<string, readonly string[]>();

/**
 * {@link tokens} of a pointer pattern written in the code (rule `reads`,
 * positions of codes and dates…), computed once per pattern. Never use it on
 * pointers built from documents: the cache would grow with them.
 */
export function patternTokens(pattern: string): readonly string[] {
  let t = PATTERN_TOKENS.get(pattern);
  if (t === undefined) {
    t = tokens(pattern);
    PATTERN_TOKENS.set(pattern, t);
  }
  return t;
}

/**
 * True when the pointer pattern `pattern` (tokens, `*` for any one token)
 * matches a prefix of `ptr` or `ptr` is a prefix of what the pattern matches:
 * the two designate overlapping parts of the document.
 */
export function overlaps(pattern: readonly string[], ptr: readonly string[]): boolean {
  const n = Math.min(pattern.length, ptr.length);
  for (let i = 0; i < n; i++) {
    const p = pattern[i];
    if (p !== '*' && p !== ptr[i]) return false;
  }
  return true;
}

/** True when `pattern` (tokens, `*` for one token) matches `ptr` itself or one of its ancestors. */
export function coversPointer(pattern: readonly string[], ptr: readonly string[]): boolean {
  if (pattern.length > ptr.length) return false;
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i];
    if (p !== '*' && p !== ptr[i]) return false;
  }
  return true;
}
