/**
 * JSON Pointer (RFC 6901) helpers, and the pointer patterns used to declare
 * which parts of a document a rule reads or which fields hold personal data.
 *
 * Pointeurs JSON (RFC 6901) et motifs de pointeurs.
 */

/** Escapes one reference token (`~` → `~0`, `/` → `~1`). */
export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

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
  return ptr
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
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
