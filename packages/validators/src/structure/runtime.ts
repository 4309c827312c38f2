/**
 * The two helpers that Ajv's standalone code imports from `ajv/dist/runtime/*`,
 * rewritten here so that the precompiled validators depend neither on `ajv`
 * nor on `require` (the generator replaces the `require(...)` calls by imports
 * of these functions and fails on any other `require`).
 */

/**
 * Length of a string in Unicode code points (a surrogate pair counts once), as
 * JSON Schema counts `minLength`/`maxLength`. Same algorithm as
 * `ajv/dist/runtime/ucs2length`.
 */
export function ucs2length(str: string): number {
  const len = str.length;
  let length = 0;
  let pos = 0;
  while (pos < len) {
    length++;
    const value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      const next = str.charCodeAt(pos);
      if ((next & 0xfc00) === 0xdc00) pos++;
    }
  }
  return length;
}

/**
 * True when the prototype of `o` is `Object.prototype` or null: an object as
 * `JSON.parse` makes them (not a class instance). The fast structural checks
 * and {@link plainSize} call it for every object they accept.
 */
export function hasPlainPrototype(o: object): boolean {
  const p: unknown = Object.getPrototypeOf(o);
  return p === Object.prototype || p === null;
}

/** Deepest value {@link plainSize} reads (deeper values, and cycles, answer -1). */
const PLAIN_DEPTH = 64;

function sizeOf(value: unknown, depth: number): number {
  if (typeof value !== 'object') return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)) ? 0 : -1;
  if (value === null) return 0;
  if (depth > PLAIN_DEPTH) return -1;
  let count = 0;
  if (Array.isArray(value)) {
    const length = (value as unknown[]).length;
    for (let i = 0; i < length; i++) {
      const n = sizeOf((value as unknown[])[i], depth + 1);
      if (n < 0) return -1;
      count += n + 1;
    }
    return count;
  }
  if (!hasPlainPrototype(value)) return -1;
  for (const k in value) {
    const n = sizeOf((value as Record<string, unknown>)[k], depth + 1);
    if (n < 0) return -1;
    count += n + 1;
  }
  return count;
}

/**
 * Number of values inside `value` (items and members at any depth) when it is
 * a plain JSON value — objects whose prototype is `Object.prototype` or null, dense
 * arrays, strings, finite numbers, booleans, null, no `undefined` member — or
 * -1 (also for values nested deeper than 64 levels, cycles included). Called
 * by the fast structural checks where the schema constrains nothing.
 */
export function plainSize(value: unknown): number {
  return sizeOf(value, 0);
}

/**
 * Deep equality of two JSON values (for `const` and `enum` with object or array
 * values), like `fast-deep-equal` restricted to JSON. Iterative, so deep values
 * cannot overflow the stack.
 */
export function equal(a: unknown, b: unknown): boolean {
  const stack: [unknown, unknown][] = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop() as [unknown, unknown];
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) {
      // NaN is never produced by JSON; treat it like fast-deep-equal does.
      if (x !== x && y !== y) continue;
      return false;
    }
    const xa = Array.isArray(x);
    if (xa !== Array.isArray(y)) return false;
    if (xa) {
      const xs = x as unknown[];
      const ys = y as unknown[];
      if (xs.length !== ys.length) return false;
      for (let i = 0; i < xs.length; i++) stack.push([xs[i], ys[i]]);
      continue;
    }
    const xk = Object.keys(x);
    if (xk.length !== Object.keys(y).length) return false;
    for (const k of xk) {
      if (!Object.prototype.hasOwnProperty.call(y, k)) return false;
      stack.push([(x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]]);
    }
  }
  return true;
}

/**
 * Appends the errors of a called validator to the caller's list, in place.
 * Ajv's standalone code writes `vErrors.concat(callee.errors)`, which copies
 * the whole list at every call: quadratic on a document with thousands of
 * invalid items. The generator rewrites those calls to this function; the
 * result is the same list of errors.
 */
export function appendErrors<T>(target: T[], more: readonly T[]): T[] {
  for (const e of more) target.push(e);
  return target;
}
