/**
 * Whether two SERAFIN-PH codes are on the same branch of the hierarchy.
 *
 * Deux codes de la même branche de SERAFIN-PH.
 */

/** True when `a` and `b` are the same code, or one is a descendant of the other (`2.3` and `2.3.4.1`). */
export function related(a: string, b: string): boolean {
  if (a === b) return true;
  // `a.startsWith(`${b}.`)` without building the string.
  if (a.length > b.length) return a.charCodeAt(b.length) === 0x2e && a.startsWith(b);
  if (b.length > a.length) return b.charCodeAt(a.length) === 0x2e && b.startsWith(a);
  return false;
}
