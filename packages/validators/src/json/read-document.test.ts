import fc from 'fast-check';
import { pagArbitrary } from '@serafin-ph/fixtures/arbitraries';
import { describe, expect, it } from 'vitest';
import { carefulRead, readDocument } from './read-document.js';
import { runs } from '../../../../scripts/lib/property-runs.js';

/** Own keys and values, `__proto__` included, for a deep comparison that `toEqual` would not see. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return { array: value.map(shape) };
  if (value !== null && typeof value === 'object') {
    return { proto: Object.getPrototypeOf(value) === Object.prototype, entries: Object.keys(value).map((k) => [k, shape((value as Record<string, unknown>)[k])]) };
  }
  return value;
}

describe('readDocument: the fast reader and the careful reader give the same copy', () => {
  it('on 2,000 arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(shape(readDocument(value).value)).toEqual(shape(carefulRead(value, { maxNodes: 2_000_000, maxProblems: 100 }).value));
        expect(readDocument(value).problems).toEqual([]);
      }),
      { numRuns: runs(2_000) },
    );
  });

  it(`on ${runs(2_000)} arbitrary JavaScript values (problems included)`, () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withSparseArray: true,
          withNullPrototype: true,
          withObjectString: true,
          withBoxedValues: true,
        }),
        (value) => {
          const fast = readDocument(value);
          const careful = carefulRead(value, { maxNodes: 2_000_000, maxProblems: 100 });
          expect(shape(fast.value)).toEqual(shape(careful.value));
          expect(fast.problems).toEqual(careful.problems);
        },
      ),
      { numRuns: runs(2_000) },
    );
  });

  it('on 200 generated PAG documents: a fresh, equal copy', () => {
    fc.assert(
      fc.property(pagArbitrary(), (doc) => {
        const { value, problems } = readDocument(doc);
        expect(problems).toEqual([]);
        expect(value).not.toBe(doc);
        // Compared as JSON text: generated values may hold -0, which the copy keeps
        // (JSON.parse('-0') is -0 too) but a JSON round trip of the expectation would turn into 0.
        expect(JSON.stringify(value)).toBe(JSON.stringify(doc));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps -0 as -0 (the counterexample that a JSON round trip of the expectation broke)', () => {
    const { value, problems } = readDocument({ extensions: { 'a.a': -0 } });
    expect(problems).toEqual([]);
    expect(Object.is((value as { extensions: Record<string, number> }).extensions['a.a'], -0)).toBe(true);
  });

  it('hands what is not a plain JSON tree to the careful reader (same problems, same copy)', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = cyclic;
    const shared = { x: 1 };
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i++) deep = { d: deep };
    const getter = { a: 1 };
    Object.defineProperty(getter, 'b', { enumerable: true, get: () => 2 });
    const cases: unknown[] = [
      cyclic,
      { a: shared, b: shared },
      deep,
      JSON.parse('{"__proto__":{"x":1},"y":[1,2]}'),
      { a: [1, undefined, 3] },
      // A sparse array (a hole, not `undefined`).
      { a: [1, , 3] },
      { a: NaN, b: Infinity },
      { a: new Date(0) },
      Object.create(null),
      getter,
      { a: undefined, b: 1 },
      new Array(10).fill(0),
    ];
    for (const value of cases) {
      const fast = readDocument(value);
      const careful = carefulRead(value, { maxNodes: 2_000_000, maxProblems: 100 });
      expect(shape(fast.value)).toEqual(shape(careful.value));
      expect(fast.problems).toEqual(careful.problems);
    }
    expect(readDocument(cyclic).problems).toEqual([{ path: '/self', kind: 'cycle', found: 'cycle' }]);
    expect(Object.keys(readDocument(JSON.parse('{"__proto__":{"x":1}}')).value as object)).toEqual(['__proto__']);
  });

  it('ignores what a polluted Object.prototype would add (the careful reader copies own keys only)', () => {
    const value = { a: 1, b: { c: 2 } };
    Object.defineProperty(Object.prototype, 'pollue', { value: 1, enumerable: true, configurable: true, writable: true });
    try {
      const fast = readDocument(value);
      expect(fast).toEqual(carefulRead(value, { maxNodes: 2_000_000, maxProblems: 100 }));
      expect(Object.keys(fast.value as object)).toEqual(['a', 'b']);
    } finally {
      delete (Object.prototype as Record<string, unknown>)['pollue'];
    }
  });

  it('reads the document under an Object.prototype polluted with the name of its own tasks (`leave`)', () => {
    const value = { a: [1, { b: 'x' }], c: { d: null } };
    const proto = Object.prototype as Record<string, unknown>;
    for (const polluted of [1, {}, null]) {
      proto['leave'] = polluted;
      try {
        for (const read of [readDocument(value, { maxNodes: 2_000_000, maxProblems: 100 }, true), carefulRead(value, { maxNodes: 2_000_000, maxProblems: 100 })]) {
          expect(read.problems).toEqual([]);
          expect(JSON.stringify(read.value)).toBe(JSON.stringify(value));
        }
        expect(Object.getPrototypeOf(readDocument(value, { maxNodes: 2_000_000, maxProblems: 100 }, true).value)).toBeNull();
      } finally {
        delete proto['leave'];
      }
    }
  });

  it('symbol-keyed properties, which JSON does not have, change nothing that is read', () => {
    const value = { a: 1, [Symbol('s')]: { b: 2 } };
    expect(Object.keys(readDocument(value).value as object)).toEqual(['a']);
    expect(JSON.stringify(readDocument(value).value)).toBe(JSON.stringify(carefulRead(value, { maxNodes: 2_000_000, maxProblems: 100 }).value));
  });

  it('applies the node limit the same way', () => {
    const limits = { maxNodes: 10, maxProblems: 100 };
    for (const value of [new Array(20).fill(1), { a: new Array(8).fill(1), b: [1, 2, 3] }, { a: { b: { c: { d: { e: { f: { g: { h: { i: { j: 1 } } } } } } } } } }]) {
      expect(readDocument(value, limits)).toEqual(carefulRead(value, limits));
    }
    expect(readDocument(new Array(20).fill(1), limits).problems[0]?.kind).toBe('too-large');
  });
});
