/**
 * What "any JSON value" means for an in-memory value: the values of
 * `extensions` are free, but they must be JSON — the same contract the
 * validators of `@serafin-ph/validators` hold (`STRUCTURE-JSON`): no
 * `undefined` (an absent property is left out), no hole in an array, no
 * function, symbol, bigint or non-finite number, no class instance (`Date`,
 * `Map`…), no cycle.
 */
import * as z from 'zod';

/** Where a value stops being JSON, and what was found there. */
export interface NonJsonValue {
  /** Path of the value inside the checked value (keys and indexes). */
  readonly path: readonly (string | number)[];
  /** What was found: `undefined`, `sparse-array`, `function`, `symbol`, `bigint`, `NaN`, `Infinity`, `-Infinity`, `cycle` or a class name. */
  readonly found: string;
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The first place where `value` is not a JSON value, or `undefined` when it
 * is one. Reads own enumerable properties only (what `JSON.stringify` reads).
 */
export function findNonJson(value: unknown, path: (string | number)[] = [], seen: Set<object> = new Set()): NonJsonValue | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : { path, found: String(value) };
    case 'undefined':
    case 'function':
    case 'symbol':
    case 'bigint':
      return { path, found: typeof value };
    default:
      break;
  }
  if (value === null) return undefined;
  const object = value as object;
  if (seen.has(object)) return { path, found: 'cycle' };
  seen.add(object);
  try {
    if (Array.isArray(object)) {
      for (let i = 0; i < object.length; i++) {
        if (!(i in object)) return { path: [...path, i], found: 'sparse-array' };
        const inner = findNonJson(object[i], [...path, i], seen);
        if (inner !== undefined) return inner;
      }
      return undefined;
    }
    if (!isPlainObject(object)) return { path, found: (object.constructor as { name?: string } | undefined)?.name ?? 'object' };
    for (const [k, v] of Object.entries(object)) {
      const inner = findNonJson(v, [...path, k], seen);
      if (inner !== undefined) return inner;
    }
    return undefined;
  } finally {
    seen.delete(object);
  }
}

/**
 * Any JSON value, in memory too: the schema of the free values of
 * `extensions`. The only refinement of the package, and on purpose: it
 * refuses what no JSON text can hold (`undefined`, functions, non-finite
 * numbers, class instances, cycles), so the published JSON Schema (`{}`, any
 * JSON value) is exactly as wide as zod on JSON input.
 */
export const JSON_VALUE_SCHEMA = z.unknown().superRefine((value, ctx) => {
  const bad = findNonJson(value);
  if (bad !== undefined)
    ctx.addIssue({
      code: 'custom',
      message: `Valeur non représentable en JSON (${bad.found}) / value not representable in JSON`,
      path: [...bad.path],
      params: { found: bad.found },
    });
});
