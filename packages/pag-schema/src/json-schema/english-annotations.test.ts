/**
 * Every field and every named type of the published JSON Schemas carries an
 * English title and description (`x-title-en`, `x-description-en`, from the
 * `titleEn` / `descriptionEn` options of `field` and `named`) beside the
 * French ones: the generated declarations and the API reference show both.
 * A new field without them fails here.
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES } from '../version.js';
import { buildJsonSchema, type JsonSchemaObject } from './build.js';

type Node = JsonSchemaObject;

const hasEnglish = (node: Node): boolean =>
  typeof node['x-title-en'] === 'string' && node['x-title-en'] !== '' && typeof node['x-description-en'] === 'string' && node['x-description-en'] !== '';

/** Locations without English, grouped by their definition (`#` for the root). */
function untranslated(schema: Node): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const note = (owner: string, at: string) => out.set(owner, [...(out.get(owner) ?? []), at]);
  const walk = (node: unknown, at: string, owner: string): void => {
    if (Array.isArray(node)) return node.forEach((x, i) => walk(x, `${at}/${i}`, owner));
    if (node === null || typeof node !== 'object') return;
    const properties = (node as Node)['properties'];
    if (properties !== null && typeof properties === 'object') {
      for (const [name, prop] of Object.entries(properties as Record<string, Node>)) if (!hasEnglish(prop)) note(owner, `${at}/properties/${name}`);
    }
    for (const [k, v] of Object.entries(node as Node)) if (k !== 'enum' && k !== 'const' && k !== '$defs') walk(v, `${at}/${k}`, owner);
  };
  walk(schema, '#', '#');
  for (const [name, def] of Object.entries((schema['$defs'] ?? {}) as Record<string, Node>)) {
    if (!hasEnglish(def)) note(name, `#/$defs/${name}`);
    walk(def, `#/$defs/${name}`, name);
  }
  if (!hasEnglish(schema)) note('#', '#');
  return out;
}

describe('English annotations of the published JSON Schemas', () => {
  for (const type of DOCUMENT_TYPES) {
    const missing = untranslated(buildJsonSchema(type));

    it(`${type}: every property and definition has an English title and description`, () => {
      expect([...missing.values()].flat()).toEqual([]);
    });
  }

  it('sees a field without English (the check can fail)', () => {
    const probe: Node = {
      type: 'object',
      title: 'T',
      description: 'D',
      'x-title-en': 'T',
      'x-description-en': 'D',
      properties: { a: { type: 'string', title: 'A', description: 'a' } },
    };
    expect([...untranslated(probe)]).toEqual([['#', ['#/properties/a']]]);
  });
});
