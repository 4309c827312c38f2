/**
 * Defensive readers over JSON values, for the code that must cope with any
 * shape (the shared facts of the rules are computed before knowing which
 * parts of the document are sound).
 */
import type { JsonObject, JsonValue } from './read-document.js';

/** True for a JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The own property `key` of an object, or `undefined`. */
export function prop(value: unknown, key: string): JsonValue | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const v = (value as JsonObject)[key];
  // Read first: an absent member (the common case of optional ones) costs no own-property check.
  return v !== undefined && Object.prototype.hasOwnProperty.call(value, key) ? v : undefined;
}

/**
 * `value` when it is the own member `key` of `object`, else `undefined`: the
 * caller reads `object.key` as a named property (`own(o, 'code', o.code)`),
 * a read the engine caches per call site, where {@link prop}'s keyed read is
 * generic; then, as {@link prop} does, a present value is kept only when it is
 * an own property (never one inherited from a polluted `Object.prototype`).
 */
export function own<T>(object: object, key: string, value: T): T | undefined {
  return value !== undefined && Object.prototype.hasOwnProperty.call(object, key) ? value : undefined;
}

/**
 * The entry `key` of one of the engine's lookup tables (a constant object
 * keyed by a value of the document, such as a `typeObjet`), or `undefined`:
 * never a member inherited from a polluted `Object.prototype`.
 */
export function entryOf<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The value as an array, or `[]`. */
export function arrayOf(value: unknown): readonly JsonValue[] {
  return Array.isArray(value) ? (value as JsonValue[]) : [];
}

/** The value when it is a string, else `undefined`. */
export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The value when it is a finite number, else `undefined`. */
export function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Reads a path of keys (and array indexes) defensively. */
export function at(value: unknown, ...keys: readonly (string | number)[]): JsonValue | undefined {
  let node: unknown = value;
  for (const k of keys) {
    if (typeof k === 'number') {
      if (!Array.isArray(node)) return undefined;
      node = node[k];
    } else {
      node = prop(node, k);
    }
    if (node === undefined) return undefined;
  }
  return node as JsonValue;
}
