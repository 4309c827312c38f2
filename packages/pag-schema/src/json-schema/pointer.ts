/**
 * Escapes one JSON Pointer (RFC 6901) reference token: `~` → `~0`, `/` → `~1`.
 * The one escaping of the package (the personal-data pointers and the bound
 * fields build their paths with it; the validators, above this package, have
 * their own in `json/pointer.ts`).
 */
export function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
