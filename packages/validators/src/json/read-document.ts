/**
 * Reads whatever the caller passed into a plain JSON tree, without ever
 * throwing: cycles, getters or proxies that throw, non-JSON values (functions,
 * `NaN`, class instances, sparse arrays, `undefined` in arrays) and oversized
 * values are reported as problems at their JSON Pointer and replaced by
 * `null`. A property whose value is `undefined` is such a problem too (the
 * in-memory contract, shared with the zod schemas and the generated
 * interfaces: an absent property is left out, not set to `undefined`).
 *
 * `validate()` reads a plain JSON tree that follows the schema as it is (the
 * fast structural check certifies both, and the copy would be equal to it);
 * every other input is copied here first, and both validation stages read
 * the copy: it is made by one reader in one pass (a getter cannot answer
 * differently to the two stages) and keys named `__proto__` stay ordinary
 * data. A plain JSON tree is copied by a fast recursive reader; any other
 * input is read again, from the start, by the careful reader that reports
 * the problems.
 *
 * Lecture défensive du document : copie en arbre JSON, sans jamais lever
 * d'exception.
 */
import { escapeToken } from './pointer.js';

/** A JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;

/** A JSON object. */
export interface JsonObject {
  [key: string]: JsonValue;
}

/** Why part of the input is not a JSON value. */
export type ReadProblemKind = 'non-json' | 'cycle' | 'unreadable' | 'too-large';

/** One problem found while reading the input. */
export interface ReadProblem {
  /** JSON Pointer of the value. */
  readonly path: string;
  /** Kind of problem. */
  readonly kind: ReadProblemKind;
  /** What was found (`function`, `undefined`, `NaN`, `Date`, `sparse-array`…); never the value itself. */
  readonly found: string;
}

/** Result of {@link readDocument}. */
export interface ReadResult {
  /** The JSON copy (problems replaced by `null`). */
  readonly value: JsonValue;
  /** Problems, in reading order. */
  readonly problems: ReadProblem[];
}

/** Limits of {@link readDocument}. */
export interface ReadLimits {
  /** Maximum number of values (objects, arrays, scalars) copied. */
  readonly maxNodes: number;
  /** Maximum number of problems recorded. */
  readonly maxProblems: number;
}

/** Default limits: two million values, one hundred problems. */
export const DEFAULT_READ_LIMITS: ReadLimits = { maxNodes: 2_000_000, maxProblems: 100 };

/** Where a value sits: its key and the location of its container (paths are built only when reported). */
interface Location {
  readonly up: Location | null;
  readonly key: string | number;
}

function pathOf(loc: Location | null): string {
  const keys: string[] = [];
  for (let l = loc; l !== null; l = l.up) keys.push(escapeToken(l.key));
  return keys.length === 0 ? '' : `/${keys.reverse().join('/')}`;
}

interface Visit {
  readonly src: unknown;
  readonly loc: Location | null;
  readonly parent: JsonObject | JsonValue[] | null;
  readonly key: string | number;
}

interface Leave {
  readonly leave: object;
}

function describe(value: unknown): string {
  try {
    switch (typeof value) {
      case 'undefined':
        return 'undefined';
      case 'function':
        return 'function';
      case 'symbol':
        return 'symbol';
      case 'bigint':
        return 'bigint';
      case 'number':
        return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
      case 'object': {
        if (value === null) return 'null';
        const proto: unknown = Object.getPrototypeOf(value);
        const ctor: unknown = proto !== null && typeof proto === 'object' ? Object.getOwnPropertyDescriptor(proto, 'constructor')?.value : undefined;
        const name: unknown = typeof ctor === 'function' ? Object.getOwnPropertyDescriptor(ctor, 'name')?.value : undefined;
        return typeof name === 'string' && /^[A-Za-z_$][\w$]{0,40}$/.test(name) ? name : 'object';
      }
      default:
        return typeof value;
    }
  } catch {
    return 'object';
  }
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  // A plain object of this realm or of another one: its prototype is null or has a null prototype.
  return proto === null || (typeof proto === 'object' && Object.getPrototypeOf(proto) === null);
}

function assign(parent: JsonObject | JsonValue[] | null, key: string | number, value: JsonValue, root: { value: JsonValue }): void {
  if (parent === null) {
    root.value = value;
  } else if (Array.isArray(parent)) {
    parent[key as number] = value;
  } else if (key === '__proto__') {
    Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    parent[key as string] = value;
  }
}

/** Thrown by the fast copy when the input needs the careful reader. */
const BAIL: unique symbol = Symbol('bail');

/** Deepest container the fast copy handles (deeper values, and cycles, go to the careful reader). */
const FAST_DEPTH = 64;

/**
 * The common case, fast: a plain JSON tree (plain objects and dense arrays of
 * strings, finite numbers, booleans and null, not too deep or large) is
 * copied recursively; anything else throws {@link BAIL} and the careful reader
 * starts over. Either way the copy both stages read is made by one reader in
 * one pass.
 *
 * An object is copied with the spread operator (own enumerable data, getters
 * read once, a `__proto__` key kept as data, as `JSON.parse` makes it), then
 * its values are checked and its nested containers copied in turn, reading
 * the copy, never the input again. `budget.nodes` counts the values left
 * under the size limit.
 */
function fastCopy(src: object, depth: number, budget: { nodes: number }): JsonValue {
  if (depth > FAST_DEPTH) throw BAIL;
  if (Array.isArray(src)) {
    const length = (src as unknown[]).length;
    if ((budget.nodes -= length) < 0) throw BAIL;
    const copy: JsonValue[] = [];
    for (let i = 0; i < length; i++) {
      const v: unknown = (src as unknown[])[i];
      if (typeof v === 'object') copy.push(v === null ? null : fastCopy(v, depth + 1, budget));
      else if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) copy.push(v);
      // A hole or an `undefined` item, a function, a non-finite number…: a problem to report.
      else throw BAIL;
    }
    return copy;
  }
  if (Object.getPrototypeOf(src) !== Object.prototype && !isPlainObject(src)) throw BAIL;
  const copy: Record<string, unknown> = { ...src };
  for (const k in copy) {
    const v = copy[k];
    if (typeof v === 'object') {
      if (--budget.nodes < 0) throw BAIL;
      if (v !== null) copy[k] = fastCopy(v, depth + 1, budget);
    } else if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) {
      if (--budget.nodes < 0) throw BAIL;
    } else if (Object.prototype.hasOwnProperty.call(copy, k)) {
      // `undefined` (absent for JSON), a function, a non-finite number…: the careful reader decides.
      throw BAIL;
    }
    // else: inherited from a polluted Object.prototype — not part of the copy.
  }
  return copy as JsonObject;
}

/** {@link fastCopy} of any value (the root may be a scalar). */
function fastRead(input: unknown, maxNodes: number): JsonValue {
  if (typeof input === 'object') return input === null ? null : fastCopy(input, 0, { nodes: maxNodes - 1 });
  if (typeof input === 'string' || typeof input === 'boolean' || (typeof input === 'number' && Number.isFinite(input))) return input;
  throw BAIL;
}

/**
 * Copies `input` into a JSON tree. Never throws.
 *
 * @param input - anything
 * @param limits - size limits (defaults: {@link DEFAULT_READ_LIMITS})
 * @param nullPrototype - copy objects into objects without a prototype (a polluted `Object.prototype`)
 */
export function readDocument(input: unknown, limits: ReadLimits = DEFAULT_READ_LIMITS, nullPrototype = false): ReadResult {
  // Objects without a prototype (see prototype-keys.ts): only the careful reader makes them.
  if (nullPrototype) return carefulRead(input, limits, true);
  try {
    return { value: fastRead(input, limits.maxNodes), problems: [] };
  } catch {
    // Not a plain JSON tree (or a getter threw): the careful reader copies it and reports what is wrong.
  }
  return carefulRead(input, limits);
}

/**
 * The careful reader: iterative (any depth), reports every problem at its
 * pointer. {@link readDocument} uses it whenever the input is not a plain JSON
 * tree; exported for the tests that prove both readers give the same copy.
 *
 * @internal
 */
export function carefulRead(input: unknown, limits: ReadLimits, nullPrototype = false): ReadResult {
  const root: { value: JsonValue } = { value: null };
  const problems: ReadProblem[] = [];
  const report = (loc: Location | null, kind: ReadProblemKind, found: string): void => {
    if (problems.length < limits.maxProblems) problems.push({ path: pathOf(loc), kind, found });
  };
  const ancestors = new Set<object>();
  const stack: (Visit | Leave)[] = [{ src: input, loc: null, parent: null, key: '' }];
  let nodes = 0;
  while (stack.length > 0) {
    const task = stack.pop() as Visit | Leave;
    // An own member: `in` would also see a `leave` inherited from a polluted Object.prototype (every task would leave).
    if (Object.prototype.hasOwnProperty.call(task, 'leave')) {
      ancestors.delete((task as Leave).leave);
      continue;
    }
    const { src, loc, parent, key } = task as Visit;
    nodes++;
    if (nodes > limits.maxNodes) {
      report(loc, 'too-large', `more than ${limits.maxNodes} values`);
      break;
    }
    try {
      if (src === null || typeof src === 'string' || typeof src === 'boolean') {
        assign(parent, key, src, root);
        continue;
      }
      if (typeof src === 'number') {
        if (Number.isFinite(src)) assign(parent, key, src, root);
        else {
          report(loc, 'non-json', describe(src));
          assign(parent, key, null, root);
        }
        continue;
      }
      if (typeof src !== 'object') {
        report(loc, 'non-json', describe(src));
        assign(parent, key, null, root);
        continue;
      }
      if (ancestors.has(src)) {
        report(loc, 'cycle', 'cycle');
        assign(parent, key, null, root);
        continue;
      }
      if (Array.isArray(src)) {
        const length = src.length;
        if (length > limits.maxNodes - nodes) {
          report(loc, 'too-large', `array of ${length} items`);
          assign(parent, key, null, root);
          continue;
        }
        const copy: JsonValue[] = new Array<JsonValue>(length).fill(null);
        assign(parent, key, copy, root);
        ancestors.add(src);
        stack.push({ leave: src });
        for (let i = length - 1; i >= 0; i--) {
          if (!(i in src)) {
            report({ up: loc, key: i }, 'non-json', 'sparse-array');
            continue;
          }
          stack.push({ src: src[i], loc: { up: loc, key: i }, parent: copy, key: i });
        }
        continue;
      }
      if (!isPlainObject(src)) {
        report(loc, 'non-json', describe(src));
        assign(parent, key, null, root);
        continue;
      }
      const keys = Object.keys(src);
      const copy: JsonObject = nullPrototype ? (Object.create(null) as JsonObject) : {};
      const values: unknown[] = [];
      for (const k of keys) {
        let v: unknown;
        try {
          v = (src as Record<string, unknown>)[k];
        } catch {
          report({ up: loc, key: k }, 'unreadable', 'getter-threw');
          v = null;
        }
        values.push(v);
      }
      assign(parent, key, copy, root);
      ancestors.add(src);
      stack.push({ leave: src });
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i] as string;
        // A property whose value is `undefined` is reported, as zod's schemas and the generated
        // interfaces (exact optional properties) reject it: an absent property is left out.
        stack.push({ src: values[i], loc: { up: loc, key: k }, parent: copy, key: k });
      }
    } catch {
      report(loc, 'unreadable', 'threw');
      assign(parent, key, null, root);
    }
  }
  return { value: root.value, problems };
}
