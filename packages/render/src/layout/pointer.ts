/**
 * Escapes one JSON Pointer (RFC 6901) reference token: `~` → `~0`, `/` → `~1`.
 * The one escaping of the package (the layout walk and the HTML fields build
 * their paths with it).
 */
export function escapeToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
