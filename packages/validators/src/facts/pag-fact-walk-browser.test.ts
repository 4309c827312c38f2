/**
 * Equivalence guard of the `browser` builds' fact walker (the patterns walked
 * as data, `json/walk-patterns.ts`) and the generated one of the Node builds:
 * the same locations (pointer, value — the same object —, what each `*` stood
 * for), in the same order, the same shared empty list for a pattern nothing
 * matched, and the same reads of the document, in the same order (a recording
 * proxy logs every read, key listing and own-property question), on
 * schema-valid, business-valid and mutated random PAGs, with non-JSON values
 * put anywhere, on any value, and on odd objects (getters, inherited members,
 * a polluted Object.prototype); and on random pattern lists compiled by the
 * generator, against the same walk read from the patterns.
 */
import { transformSync } from 'esbuild';
import fc from 'fast-check';
import { mutatedDocumentArbitrary, pagArbitrary, validPagArbitrary } from '@serafin-ph/fixtures/arbitraries';
import { describe, expect, it } from 'vitest';
import { compileFactWalker } from '../../scripts/generators/fact-walker.js';
import { walkPagFacts as generated } from '../generated/facts/pag-fact-walk.js';
import { locate, NO_KEYS, wildcardKey, type Located } from '../json/expand.js';
import { escapeToken } from '../json/pointer.js';
import { walkPatterns } from '../json/walk-patterns.js';
import { PAG_FACT_PATTERNS } from '../rules/pag/support/fact-patterns.js';
import { walkPagFacts as browser } from './pag-fact-walk-browser.js';
import { runs } from '../../../../scripts/lib/property-runs.js';
import { withNonJson } from '../../test/support/non-json.js';

type Walker = (root: unknown) => Located[][];

/** What a walk returned, comparable: per pattern, whether it is the shared empty list, and each location's pointer, value and keys. */
function outcome(lists: Located[][]): unknown[] {
  const empty = lists.find((l) => l.length === 0);
  return lists.map((l) =>
    l.length === 0 ? { shared: l === empty, frozen: Object.isFrozen(l) } : l.map((at) => ({ path: at.path, value: at.value, keys: [0, 1, 2].map((n) => wildcardKey(at, n)) })),
  );
}

/**
 * `value` behind recording proxies (one per object, the same for both walks):
 * every `get`, `has`, `ownKeys` and `getOwnPropertyDescriptor` is logged with
 * the path of the object it was asked of.
 */
function recorded(value: unknown): { root: unknown; log: string[] } {
  const log: string[] = [];
  const proxies = new WeakMap<object, unknown>();
  const wrap = (v: unknown, path: string): unknown => {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return v;
    const known = proxies.get(v);
    if (known !== undefined) return known;
    const key = (k: string | symbol) => (typeof k === 'symbol' ? k.toString() : JSON.stringify(k));
    const proxy = new Proxy(v, {
      get(target, k, receiver) {
        log.push(`get ${path} ${key(k)}`);
        return wrap(Reflect.get(target, k, receiver), `${path}/${String(k)}`);
      },
      has(target, k) {
        log.push(`has ${path} ${key(k)}`);
        return Reflect.has(target, k);
      },
      ownKeys(target) {
        log.push(`ownKeys ${path}`);
        return Reflect.ownKeys(target);
      },
      getOwnPropertyDescriptor(target, k) {
        log.push(`own ${path} ${key(k)}`);
        return Reflect.getOwnPropertyDescriptor(target, k);
      },
    });
    proxies.set(v, proxy);
    return proxy;
  };
  return { root: wrap(value, ''), log };
}

/** Both walkers find the same locations in `value`, and read it the same way. */
function expectSame(value: unknown, a: Walker = generated, b: Walker = browser): void {
  expect(outcome(b(value))).toEqual(outcome(a(value)));
  const traced = recorded(value);
  const first = a(traced.root);
  const readsA = traced.log.splice(0);
  const second = b(traced.root);
  expect(traced.log).toEqual(readsA);
  // The same objects (the proxies) are found, at the same places.
  expect(second.map((l) => l.length)).toEqual(first.map((l) => l.length));
  second.forEach((l, i) => l.forEach((at, j) => expect(at.value).toBe((first[i] as Located[])[j]?.value)));
}

/** Non-JSON values and non-plain objects, put anywhere in a document. */
class Instance {
  dateFin = '2025-01-01';
}
/** What a getter returns: the same object on every read. */
const PERIODE = { dateFin: '2025-02-01' };
const NON_JSON: readonly (() => unknown)[] = [
  () => undefined,
  () => Number.NaN,
  () => -0,
  () => 10n,
  () => Symbol('s'),
  () => () => 1,
  () => new Date(0),
  () => new Map([['dateFin', '2025-01-01']]),
  () => new Instance(),
  () => [1, , { dateDebut: '2025-01-01' }], // eslint-disable-line no-sparse-arrays
  () => ({ dateFin: undefined, dateDebut: '2025-01-01', prestation: undefined }),
  () => Object.assign(Object.create(null) as object, { dateDebut: '2025-01-01', code: 'x' }),
  () => Object.assign(Object.create({ dateFin: '2025-01-01', prestation: { code: '1.1' } }) as object, { dateDebut: 'x' }),
  () => Object.assign([{ dateDebut: '2025-01-01' }], { dateFin: '2025-01-02', 0: { dateFin: 'y' } }),
  () => ({
    get dateDebut() {
      return '2025-01-01';
    },
    get periode() {
      return PERIODE;
    },
  }),
];

const anyValue = fc.anything({
  maxDepth: 4,
  key: fc.constantFrom('engagements', 'dateDebut', 'dateFin', 'periode', 'prestation', 'annexes', 'emploiDuTemps', 'a', '0', '~', 'a/b', '__proto__'),
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

const nonJsonPag = fc.tuple(pagArbitrary(), fc.nat(400), fc.integer({ min: 0, max: NON_JSON.length - 1 }));

describe('the browser fact walker (the patterns as data) finds what the generated walker finds, reading the document the same way', () => {
  it(`on schema-valid, business-valid and mutated PAGs (${runs(1_000)} each)`, () => {
    for (const documents of [pagArbitrary(), validPagArbitrary(), mutatedDocumentArbitrary(pagArbitrary()).map((m) => m.document)])
      fc.assert(
        fc.property(documents, (doc) => expectSame(doc)),
        { numRuns: runs(1_000) },
      );
  });

  it(`on PAGs holding a non-JSON value or an odd object anywhere (${runs(1_000)})`, () => {
    fc.assert(
      fc.property(nonJsonPag, ([doc, at, which]) => expectSame(withNonJson(doc, at, NON_JSON[which] as () => unknown))),
      { numRuns: runs(1_000) },
    );
  });

  it(`on any value (${runs(2_000)}) and on odd shapes`, () => {
    fc.assert(
      fc.property(anyValue, (value) => expectSame(value)),
      { numRuns: runs(2_000) },
    );
    const odd: unknown[] = [
      undefined,
      null,
      42,
      'x',
      [],
      [{ engagements: [] }],
      { engagements: { a: { dateDebut: '2025-01-01' }, 'b/c': { dateFin: '2025-01-02' } } },
      { engagements: { 'a/b': { derogations: [{ dateDebut: '2025-01-01', acte: { date: '2025-01-02' } }] }, c: { derogations: { '~0': { dateFin: 'x' } } } } },
      { engagements: [[{ dateDebut: 1 }], null, 'x', { dateDebut: null }] },
      JSON.parse('{"__proto__": {"dateFin": "2025-01-01"}, "dateFin": "2024-01-01"}'),
      Object.assign(Object.create({ dateFin: '2025-01-01' }) as object, { dateValidation: '2025-01-01' }),
      ...NON_JSON.map((make) => make()),
      ...NON_JSON.map((make) => ({ engagements: [make(), { derogations: [make()] }], annexes: { emploiDuTemps: [make()] }, situation: make() })),
    ];
    for (const value of odd) expectSame(value);
  });

  it('under a polluted Object.prototype (an enumerable inherited member is read, then refused as not own)', () => {
    const proto = Object.prototype as Record<string, unknown>;
    for (const name of ['dateFin', 'engagements', 'periode', 'prestation']) {
      proto[name] = [{ dateDebut: '2025-01-01', prestation: { code: '1.1' } }];
      try {
        expectSame({ engagements: [{ dateDebut: '2025-01-01' }], annexes: { emploiDuTemps: [{ periode: {} }] } });
        fc.assert(
          fc.property(pagArbitrary(), (doc) => expectSame(doc)),
          { numRuns: runs(100, 20) },
        );
      } finally {
        delete proto[name];
      }
    }
  });
});

/** Runs the walker the generator compiles for `patterns` (tests may evaluate code; the library never does). */
function compiled(patterns: readonly string[]): Walker {
  const source = compileFactWalker(patterns, 'walk')
    .replace(/^import .*$/gm, '')
    .replace('export function walk', 'function walk');
  const { code } = transformSync(source, { loader: 'ts' });
  return new Function('locate', 'NO_KEYS', 'escapeToken', `${code}\nreturn walk;`)(locate, NO_KEYS, escapeToken) as Walker;
}

const TOKENS = ['a', 'b', '*', '0', '1', 'x~1y', '~0'];
const patternsArbitrary = fc.array(
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 4 }).map((t) => t.map((x) => `/${x}`).join('')),
  { minLength: 1, maxLength: 8 },
);
const valueArbitrary = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, 0, 'v', true, undefined),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', '0', '1', 'x/y', '~'), tie('node'), { maxKeys: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', '0', '1', 'x/y', '~'), tie('node'), { maxKeys: 4, noNullPrototype: false }),
  ),
})).node;

describe('walkPatterns reads any pattern list as the generator compiles it', () => {
  it(`on random pattern lists (array indexes, escaped tokens, repeats, the root) × random values (${runs(1_000)})`, () => {
    fc.assert(
      fc.property(patternsArbitrary, fc.array(valueArbitrary, { minLength: 10, maxLength: 10 }), (patterns, values) => {
        const walk = compiled(patterns);
        for (const value of values) expectSame(value, walk, (root) => walkPatterns(root, patterns));
      }),
      { numRuns: runs(1_000) },
    );
  });

  it('PAG_FACT_PATTERNS compiled now is the committed generated walker', () => {
    const walk = compiled(PAG_FACT_PATTERNS);
    fc.assert(
      fc.property(pagArbitrary(), (doc) => expectSame(doc, generated, walk)),
      { numRuns: runs(100, 20) },
    );
  });
});
