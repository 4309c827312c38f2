import { describe, expect, it } from 'vitest';
import { findNonJson } from './json-value.js';

describe('findNonJson', () => {
  it('accepts JSON values and finds the first non-JSON one with its path', () => {
    expect(findNonJson({ a: [1, 'x', null, true, { b: -0 }] })).toBeUndefined();
    expect(findNonJson({ a: [1, { b: undefined }] })).toEqual({ path: ['a', 1, 'b'], found: 'undefined' });
    expect(findNonJson([1, , 3])).toEqual({ path: [1], found: 'sparse-array' }); // eslint-disable-line no-sparse-arrays
    expect(findNonJson({ d: new Date(0) })).toEqual({ path: ['d'], found: 'Date' });
    expect(findNonJson(Number.NaN)).toEqual({ path: [], found: 'NaN' });
    expect(findNonJson(Object.create(null) as object)).toBeUndefined();
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(findNonJson(cyclic)).toEqual({ path: ['self'], found: 'cycle' });
    const shared = { x: 1 };
    expect(findNonJson({ a: shared, b: shared })).toBeUndefined();
  });
});
