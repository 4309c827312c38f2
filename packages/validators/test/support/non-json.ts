/**
 * Puts a non-JSON value into a JSON value, for the property tests that
 * compare two checks (or two walkers) on inputs `JSON.parse` never makes.
 * Each test keeps its own list of such values.
 */

/** `value` with the non-JSON value `make()` put at the `n`-th location (or instead of it when it has none). */
export function withNonJson(value: unknown, n: number, make: () => unknown): unknown {
  let left = n;
  const visit = (v: unknown): unknown => {
    if (left-- === 0) return make();
    if (Array.isArray(v)) return v.map(visit);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, visit(x)]));
    return v;
  };
  return visit(value);
}
