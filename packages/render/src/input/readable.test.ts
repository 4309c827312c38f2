import fc from 'fast-check';
import { scenarios } from '@serafin-ph/fixtures';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../../scripts/lib/property-runs.js';
import {
  renderConvention,
  renderDocument,
  renderDocumentFragment,
  renderedTypeOf,
  renderPag,
  renderPagBody,
  renderTableauDerogations,
  renderTimetable,
  walkFields,
  DOCUMENT_LAYOUTS,
} from '../index.js';
import { readable, readableOptions } from './readable.js';

const pag = scenarios.find((s) => s.id === 'ase-itep-sessad')!.document() as unknown as Record<string, unknown>;

function throwingProxy(): object {
  const fail = (): never => {
    throw new Error('proxy');
  };
  return new Proxy({}, { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail });
}

describe('readable', () => {
  it('is the JSON copy of any JSON value (property test)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.stringify(readable(value))).toBe(JSON.stringify(value));
      }),
      { numRuns: runs(500, 100) },
    );
  });

  it('keeps a member named __proto__ as a member, as JSON.parse does', () => {
    const parsed = JSON.parse('{"__proto__": {"x": 1}, "a": 2}') as unknown;
    const copy = readable(parsed) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(JSON.stringify(copy)).toBe('{"__proto__":{"x":1},"a":2}');
  });

  it('leaves out cycles, what throws and what JSON does not have; copies a shared object at each place', () => {
    const shared = { code: '1.1' };
    const value: Record<string, unknown> = {
      a: [1, undefined, () => 0, Symbol('s'), 1n, Number.NaN, shared],
      b: shared,
      get c(): unknown {
        throw new Error('getter');
      },
      d: throwingProxy(),
      e: undefined,
    };
    value['self'] = value;
    (value['a'] as unknown[]).push(value['a']);
    expect(readable(value)).toEqual({ a: [1, null, null, null, null, null, { code: '1.1' }, null], b: { code: '1.1' }, d: {} });
    expect(readable(throwingProxy())).toEqual({});
  });

  it('walks any depth', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 50_000; i++) deep = { a: [deep] };
    expect(() => readable(deep)).not.toThrow();
  });

  it('reads options under guard', () => {
    expect(readableOptions(null)).toEqual({});
    expect(readableOptions(throwingProxy())).toEqual({});
    expect(
      readableOptions({
        lang: 'en',
        get includePersonalData(): boolean {
          throw new Error('getter');
        },
      }),
    ).toEqual({ lang: 'en' });
  });
});

describe('every render function on in-memory values that are not JSON: no exception, what can be read is shown', () => {
  const cyclic = structuredClone(pag);
  cyclic['annexes'] = { ...(cyclic['annexes'] as object), self: cyclic };
  const getter = {
    ...structuredClone(pag),
    get suivi(): unknown {
      throw new Error('getter');
    },
  };
  const functions = {
    renderPag: (d: unknown, o?: object) => renderPag(d, o as never),
    renderPagBody: (d: unknown, o?: object) => renderPagBody(d, o as never),
    renderConvention: (d: unknown, o?: object) => renderConvention(d, o as never),
    renderTableauDerogations: (d: unknown, o?: object) => renderTableauDerogations(d, o as never),
    renderDocument: (d: unknown, o?: object) => renderDocument(d, o as never),
    renderDocumentFragment: (d: unknown, o?: object) => renderDocumentFragment(d, o as never),
    renderTimetable: (d: unknown, o?: object) => renderTimetable(d, o as never),
    renderedTypeOf: (d: unknown) => renderedTypeOf(d),
    walkFields: (d: unknown, o?: object) => walkFields(d, DOCUMENT_LAYOUTS.pag, o as never),
  };

  it.each(Object.entries(functions))('%s', (_, render) => {
    for (const input of [cyclic, getter, throwingProxy(), { typeDocument: 'pag', engagements: [1n] }]) {
      expect(() => render(input)).not.toThrow();
      for (const options of [null, 'en', throwingProxy()]) expect(() => render(input, options as never)).not.toThrow();
    }
  });

  it('the cyclic PAG renders as the PAG without its cycle; the PAG whose getter throws, as the PAG without that section', () => {
    expect(renderPag(cyclic, { includePersonalData: true })).toBe(renderPag(pag, { includePersonalData: true }));
    const { suivi: _, ...withoutSuivi } = pag;
    expect(renderPag(getter, { includePersonalData: true })).toBe(renderPag(withoutSuivi, { includePersonalData: true }));
  });
});
