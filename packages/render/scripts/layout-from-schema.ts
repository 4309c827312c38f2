/**
 * Extracts the layout model of a document type from its published JSON
 * Schema: titles, kinds, code systems, personal-data marks, property order.
 * Validation keywords (patterns, lengths) are left out: the renderer shows,
 * it does not check.
 */
import type { DocumentLayout, LayoutNode, LeafKind } from '../src/layout/layout-model.js';

type Schema = { readonly [key: string]: unknown };

/**
 * Definitions whose arrays are drawn as a table, one row per item, whatever
 * the items hold: the lines of a table of delegated derogations, which the
 * convention's annex presents as a table (in the convention and in the table
 * itself).
 */
const TABLE_ITEM_DEFINITIONS: ReadonlySet<string> = new Set(['LigneDerogation']);

function asSchema(value: unknown, where: string): Schema {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${where}: not a schema object`);
  return value as Schema;
}

function base(schema: Schema, where: string, inheritedTitle?: string): { t: string; p?: true } {
  const title = typeof schema['title'] === 'string' ? schema['title'] : inheritedTitle;
  if (title === undefined) throw new Error(`${where}: no title (every field of a published schema has one)`);
  return schema['x-donnees-personnelles'] === true ? { t: title, p: true } : { t: title };
}

function leafKind(schema: Schema): LeafKind {
  const type = schema['type'];
  if (type === 'string') return schema['format'] === 'date' ? 'date' : schema['format'] === 'date-time' ? 'date-time' : 'text';
  if (type === 'boolean') return 'boolean';
  if (type === 'integer') return 'integer';
  if (type === 'number') return 'number';
  return 'any';
}

/** The layout node of one schema node. */
export function layoutNode(schema: Schema, where: string, inheritedTitle?: string): LayoutNode {
  const b = base(schema, where, inheritedTitle);
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    if (!ref.startsWith('#/$defs/')) throw new Error(`${where}: unsupported $ref ${ref}`);
    return { ...b, k: 'ref', ref: ref.slice('#/$defs/'.length) };
  }
  const union = schema['anyOf'] ?? schema['oneOf'];
  if (Array.isArray(union)) {
    return { ...b, k: 'union', of: union.map((s, i) => layoutNode(asSchema(s, `${where}/${i}`), `${where}/${i}`, b.t)) };
  }
  if ('const' in schema) return { ...b, k: 'const', v: schema['const'] as string };
  if (Array.isArray(schema['enum'])) {
    const system = schema['x-systeme-codes'];
    if (typeof system === 'string') return { ...b, k: 'code', s: system };
    const descriptions = schema['enumDescriptions'];
    return Array.isArray(descriptions) ? { ...b, k: 'enum', v: schema['enum'] as string[], d: descriptions as string[] } : { ...b, k: 'enum', v: schema['enum'] as string[] };
  }
  if (schema['type'] === 'object') {
    const properties = asSchema(schema['properties'] ?? {}, `${where}/properties`);
    const props = Object.entries(properties).map(([name, s]) => [name, layoutNode(asSchema(s, `${where}/${name}`), `${where}/${name}`)] as const);
    const open = schema['additionalProperties'] !== undefined && schema['additionalProperties'] !== false;
    return open ? { ...b, k: 'object', props, open: true } : { ...b, k: 'object', props };
  }
  if (schema['type'] === 'array') {
    // A list of codes carries its code system on the array (x-systeme-codes): its items are codes of it.
    const items = asSchema(schema['items'] ?? {}, `${where}/items`);
    const system = schema['x-systeme-codes'];
    const coded = typeof system === 'string' && items['x-systeme-codes'] === undefined ? { ...items, 'x-systeme-codes': system } : items;
    const node = { ...b, k: 'array' as const, items: layoutNode(coded, `${where}/items`, b.t) };
    return node.items.k === 'ref' && TABLE_ITEM_DEFINITIONS.has(node.items.ref) ? { ...node, table: true } : node;
  }
  const system = schema['x-systeme-codes'];
  if (typeof system === 'string') return { ...b, k: 'code', s: system };
  return { ...b, k: leafKind(schema) };
}

/** The layout of a whole published schema. */
export function layoutFromSchema(schema: Schema): DocumentLayout {
  const id = schema['$id'];
  if (typeof id !== 'string') throw new Error('schema without $id');
  const defs: Record<string, LayoutNode> = {};
  for (const [name, def] of Object.entries(asSchema(schema['$defs'] ?? {}, '$defs'))) {
    defs[name] = layoutNode(asSchema(def, `$defs/${name}`), `$defs/${name}`);
  }
  return { schemaId: id, root: layoutNode(schema, '#'), defs };
}
