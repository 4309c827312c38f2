/**
 * JSON Pointer (RFC 6901) reference tokens: the one escaping of the project.
 * The schema tools of this package build their paths with it, and the
 * validators, the FHIR checker and the test data import it from the zod-free
 * entry `@serafin-ph/pag-schema/types`.
 */

/** Escapes one reference token: `~` → `~0`, `/` → `~1` (a number is written as is). */
export function escapeToken(token: string | number): string {
  if (typeof token === 'number') return String(token);
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}

/** Unescapes one reference token: `~1` → `/`, `~0` → `~`. */
export function unescapeToken(token: string): string {
  return token.includes('~') ? token.replace(/~1/g, '/').replace(/~0/g, '~') : token;
}
