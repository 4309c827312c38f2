/**
 * What the renderer reads of a value it is given: a plain JSON copy, made
 * without letting an odd in-memory value escape as an exception. Every public
 * render function starts here, so "never throws" holds for cycles, getters or
 * proxies that throw, and values JSON does not have.
 *
 * Ce que le rendu lit d'une valeur : une copie JSON simple, faite sans laisser
 * une valeur en mémoire inhabituelle (cycle, accesseur ou proxy qui lève une
 * exception, valeur hors JSON) lever d'exception.
 */

/** A container being copied, and where its copy goes. */
interface Frame {
  readonly from: object;
  readonly to: Record<string, unknown> | unknown[];
  /** Number of containers above it. */
  readonly depth: number;
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** A JSON leaf (string, finite number, boolean, null), or `undefined` for what JSON does not have. */
function leaf(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return undefined;
}

/** `Array.isArray`, or `undefined` when asking throws (a revoked proxy). */
function arrayOrNot(value: object): boolean | undefined {
  try {
    return Array.isArray(value);
  } catch {
    return undefined;
  }
}

/** The own enumerable string keys of an object, or none when listing them throws. */
function keysOf(value: object): string[] {
  try {
    return Object.keys(value);
  } catch {
    return [];
  }
}

/** Sets an own member, `__proto__` included (an assignment would change the prototype instead). */
function own(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

/** `value[key]`, or `undefined` when reading it throws. */
function read(value: object, key: string | number): unknown {
  try {
    return (value as Record<string | number, unknown>)[key];
  } catch {
    return undefined;
  }
}

/**
 * A plain JSON copy of `value`, iterative (any depth) and linear: objects
 * keep their own enumerable members (a member named `__proto__` stays a
 * member, as `JSON.parse` makes it), arrays their items;
 * what cannot be read (a getter or proxy that throws), an object met again
 * inside itself (a cycle), and values JSON does not have (`undefined`,
 * functions, symbols, BigInts, non-finite numbers) are left out, as a
 * missing member or a `null` item. An object shared by two places is copied
 * at each. Never throws.
 */
export function readable(value: unknown): unknown {
  if (!isContainer(value)) return leaf(value);
  const rootIsArray = arrayOrNot(value);
  if (rootIsArray === undefined) return undefined;
  const root: Record<string, unknown> | unknown[] = rootIsArray ? [] : {};
  // `path[d]` is the container at depth d above the one being copied (a depth-first walk), `onPath` the same set.
  const path: object[] = [];
  const onPath = new Set<object>();
  const stack: Frame[] = [{ from: value, to: root, depth: 0 }];
  while (stack.length > 0) {
    const { from, to, depth } = stack.pop()!;
    while (path.length > depth) onPath.delete(path.pop()!);
    path.push(from);
    onPath.add(from);
    const put = (key: string | number, item: unknown): void => {
      let copy: unknown;
      if (isContainer(item)) {
        const isArray = onPath.has(item) ? undefined : arrayOrNot(item);
        if (isArray !== undefined) {
          copy = isArray ? [] : {};
          stack.push({ from: item, to: copy as Record<string, unknown> | unknown[], depth: depth + 1 });
        }
      } else copy = leaf(item);
      if (Array.isArray(to)) to.push(copy === undefined ? null : copy);
      else if (copy !== undefined) own(to, key as string, copy);
    };
    if (Array.isArray(to)) {
      const length = read(from, 'length');
      const n = typeof length === 'number' && Number.isSafeInteger(length) && length >= 0 ? length : 0;
      for (let i = 0; i < n; i++) put(i, read(from, i));
    } else {
      for (const key of keysOf(from)) put(key, read(from, key));
    }
  }
  return root;
}

/**
 * The options as a plain object: each own member read under guard (one whose
 * reading throws is left out, so it keeps its default); `{}` when `options`
 * is not an object. Never throws.
 */
export function readableOptions<T extends object>(options: T | null | undefined): Partial<T> {
  if (!isContainer(options)) return {};
  const out: Record<string, unknown> = {};
  for (const key of keysOf(options)) {
    const item = read(options, key);
    if (item !== undefined) own(out, key, item);
  }
  return out as Partial<T>;
}

/** One member of an object, or `undefined` when `value` is not an object or reading it throws. Never throws. */
export function readableMember(value: unknown, key: string): unknown {
  return isContainer(value) ? read(value, key) : undefined;
}
