/**
 * Personal-data pointers: the JSON Pointer patterns of the fields marked
 * `x-donnees-personnelles: true` in a JSON Schema.
 *
 * Pointeurs des données personnelles, pour masquer ces champs dans les
 * journaux et les messages d'erreur.
 *
 * A pattern is a JSON Pointer (RFC 6901) in which `*` stands for any array
 * index or any key of a free-form object (`/engagements/*\/operateur/contact`).
 * A pattern covers the value at that place and everything below it.
 */
import type { JsonSchemaObject } from './build.js';
import { escapeToken } from './pointer.js';

const PERSONAL = 'x-donnees-personnelles';

/**
 * Lists the JSON Pointer patterns of the personal-data fields of a JSON Schema
 * (local `#/$defs/…` references resolved), sorted and without duplicates.
 */
export function personalDataPointers(schema: JsonSchemaObject): string[] {
  const defs = (schema['$defs'] ?? {}) as JsonSchemaObject;
  const found = new Set<string>();

  const visit = (node: unknown, pointer: string, stack: readonly string[]): void => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    const o = node as JsonSchemaObject;
    if (o[PERSONAL] === true) found.add(pointer);
    const ref = o['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
      const name = ref.slice('#/$defs/'.length);
      if (stack.includes(name)) throw new Error(`Recursive schema not supported: ${[...stack, name].join(' → ')}`);
      visit(defs[name], pointer, [...stack, name]);
    }
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      const branches = o[key];
      if (Array.isArray(branches)) for (const b of branches) visit(b, pointer, stack);
    }
    const properties = o['properties'];
    if (properties !== null && typeof properties === 'object') {
      for (const [name, sub] of Object.entries(properties as JsonSchemaObject)) {
        visit(sub, `${pointer}/${escapeToken(name)}`, stack);
      }
    }
    if (o['items'] !== undefined) visit(o['items'], `${pointer}/*`, stack);
    const additional = o['additionalProperties'];
    if (additional !== null && typeof additional === 'object') visit(additional, `${pointer}/*`, stack);
  };

  visit(schema, '', []);
  return [...found].sort();
}

/**
 * Tells whether a concrete JSON Pointer (`/engagements/0/operateur/contact/nom`)
 * falls under one of the patterns (itself or a descendant of a matched place).
 */
export function matchesPersonalDataPointer(pointer: string, patterns: readonly string[]): boolean {
  const segments = pointer === '' ? [] : pointer.split('/').slice(1);
  return patterns.some((pattern) => {
    const p = pattern === '' ? [] : pattern.split('/').slice(1);
    if (p.length > segments.length) return false;
    return p.every((seg, i) => seg === '*' || seg === segments[i]);
  });
}
