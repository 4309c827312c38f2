/**
 * No schema of the package uses a refinement or a transform: `z.toJSONSchema`
 * drops refinements silently, so a refinement would make the published JSON
 * Schema wider than zod. Cross-field rules belong to the validators package.
 * One exception, by design: `JSON_VALUE_SCHEMA` (the free values of
 * `extensions`) refuses only what no JSON text can hold (`undefined`, NaN,
 * functions, class instances), the in-memory contract `validate()` holds.
 */
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_SCHEMAS } from './documents.js';
import { DOCUMENT_TYPES } from './version.js';
import { JSON_VALUE_SCHEMA } from './common/json-value.js';

type Internals = { _zod: { def: Record<string, unknown> & { type: string; checks?: { _zod: { def: { check: string } } }[] } } };

const isSchema = (x: unknown): x is Internals => typeof x === 'object' && x !== null && '_zod' in x && typeof (x as Internals)._zod?.def?.type === 'string';

/** Every schema reachable from `root` (through shapes, options, items, wrappers…), each once. */
function reachable(root: z.ZodType): Internals[] {
  const seen = new Set<Internals>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (isSchema(value)) {
      if (seen.has(value)) return;
      seen.add(value);
      for (const [key, v] of Object.entries(value._zod.def)) if (key !== 'checks') visit(v);
      return;
    }
    if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
      Object.values(value).forEach(visit);
    }
  };
  visit(root);
  return [...seen];
}

describe('no refinements, no transforms', () => {
  for (const type of DOCUMENT_TYPES) {
    it(`${type}: no custom check and no transform/pipe anywhere`, () => {
      const all = reachable(DOCUMENT_SCHEMAS[type]);
      expect(all.length).toBeGreaterThan(50);
      const custom = all.filter((s) => s !== (JSON_VALUE_SCHEMA as unknown) && (s._zod.def.checks ?? []).some((c) => c._zod.def.check === 'custom'));
      expect(all).toContain(JSON_VALUE_SCHEMA);
      const transforms = all.filter((s) => ['transform', 'pipe', 'custom', 'lazy', 'default', 'prefault', 'catch'].includes(s._zod.def.type));
      expect(custom).toEqual([]);
      expect(transforms).toEqual([]);
    });
  }

  it('the walker does see a refinement when there is one', () => {
    const refined = z.strictObject({ a: z.string().refine((s) => s.length > 2) });
    const all = reachable(refined);
    expect(all.some((s) => (s._zod.def.checks ?? []).some((c) => c._zod.def.check === 'custom'))).toBe(true);
  });

  it('every object is strict', () => {
    for (const type of DOCUMENT_TYPES) {
      const objects = reachable(DOCUMENT_SCHEMAS[type]).filter((s) => s._zod.def.type === 'object');
      expect(objects.length).toBeGreaterThan(5);
      for (const o of objects) expect(isSchema(o._zod.def['catchall']) && (o._zod.def['catchall'] as Internals)._zod.def.type).toBe('never');
    }
  });
});
