/**
 * Arrays the domain bounds carry `maxItems` in the published schemas: a list
 * of codes of one enumeration has at most as many items as the enumeration
 * has codes.
 */
import { createStrictAjv } from '../../test/support/ajv.js';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES } from '../version.js';
import { buildJsonSchema, type JsonSchemaObject } from './build.js';

type Node = { readonly [key: string]: unknown };

/** Every array node whose items are an enumeration, with its pointer in the schema. */
function enumArrays(node: unknown, at: string, out: [string, Node][] = []): [string, Node][] {
  if (Array.isArray(node)) node.forEach((n, i) => enumArrays(n, `${at}/${i}`, out));
  else if (node !== null && typeof node === 'object') {
    const n = node as Node;
    const items = n['items'] as Node | undefined;
    if (n['type'] === 'array' && items !== undefined && Array.isArray(items['enum'])) out.push([at, n]);
    for (const [k, v] of Object.entries(n)) enumArrays(v, `${at}/${k}`, out);
  }
  return out;
}

describe('maxItems on lists of codes', () => {
  for (const type of DOCUMENT_TYPES) {
    const schema = buildJsonSchema(type) as JsonSchemaObject;
    const arrays = enumArrays(schema, '#');

    it(`${type}: every list of codes of one enumeration has maxItems = the number of codes`, () => {
      expect(arrays.length).toBeGreaterThan(0);
      for (const [at, node] of arrays) {
        expect(node['maxItems'], at).toBe(((node['items'] as Node)['enum'] as unknown[]).length);
      }
    });
  }

  it('a list with a code more than the enumeration holds is refused, the full list accepted', () => {
    const schema = buildJsonSchema('pag') as JsonSchemaObject;
    const [, temporalite] = enumArrays(schema, '#').find(([at]) => at.endsWith('/temporaliteAccueil')) ?? [];
    expect(temporalite).toBeDefined();
    const validate = createStrictAjv().compile({ ...(temporalite as object) });
    const codes = (temporalite!['items'] as Node)['enum'] as string[];
    expect(validate(codes)).toBe(true);
    expect(validate([...codes, codes[0]])).toBe(false);
    expect(validate.errors?.[0]?.keyword).toBe('maxItems');
  });
});
