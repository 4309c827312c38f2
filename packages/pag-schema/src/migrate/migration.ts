/**
 * What a migration step is made of: the recorded changes and the helpers the
 * per-type steps share.
 */
import type { JsonObject } from './version-fields.js';

/** One change made by a migration, with its JSON Pointer and a French / English description. */
export interface MigrationChange {
  /** JSON Pointer of the changed member, in the migrated document. */
  readonly path: string;
  /** What changed, in French. */
  readonly fr: string;
  /** What changed, in English. */
  readonly en: string;
}

/** A plain JSON object (the shape the migration steps read and write): the one of `version-fields.ts`. */
export type { JsonObject };

/** True for a plain object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Migration step of one document type from 1.0.0 to 1.1.0: rewrites `doc` (a
 * private deep copy, never the caller's document) and records each change.
 */
export type MigrationStep = (doc: JsonObject, changes: MigrationChange[]) => void;

/** Deep copy of a JSON value (objects and arrays copied, member order kept; other values shared). */
export function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => cloneJson(v)) as T;
  if (isJsonObject(value)) {
    const out: JsonObject = {};
    for (const key of Object.keys(value)) {
      // defineProperty: a `__proto__` key stays a plain member, as JSON.parse makes it.
      Object.defineProperty(out, key, { value: cloneJson(value[key]), enumerable: true, writable: true, configurable: true });
    }
    return out as T;
  }
  return value;
}
