/**
 * The coded fields of a published JSON Schema: every field that carries
 * `x-systeme-codes`, with its path and the list behind it.
 */
import type { DocumentType } from '../version.js';
import { boundList } from './code-labels.js';
import { escapeToken } from './pointer.js';

/** A field of a published schema bound to a list. */
export interface BoundField {
  /** Document type of the schema. */
  readonly typeDocument: DocumentType;
  /** Path of the field, `*` standing for any array item (`/contexte/besoins/*​/besoin/code`). */
  readonly path: string;
  /** The list's system or value-set URL, as written in `x-systeme-codes`. */
  readonly system: string;
  /** Identifier of the list, when the nomenclature package holds it (`TRE_R420`, `SERAFIN-PH`). */
  readonly list?: string;
}

type Node = { readonly [key: string]: unknown };
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every field of `schema` (a published JSON Schema) that carries
 * `x-systeme-codes`, in schema order, following local `$ref`s (each field and
 * system at most once; recursive definitions visited once per path).
 */
export function boundFields(schema: Readonly<Record<string, unknown>>, typeDocument: DocumentType): BoundField[] {
  const out: BoundField[] = [];
  const seen = new Set<string>();
  const defs = isNode(schema['$defs']) ? schema['$defs'] : {};
  const visit = (node: unknown, path: string, stack: readonly string[]): void => {
    if (!isNode(node)) return;
    const ref = node['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
      const name = ref.slice('#/$defs/'.length);
      if (!stack.includes(name)) visit(defs[name], path, [...stack, name]);
    }
    const system = node['x-systeme-codes'];
    if (typeof system === 'string') {
      const key = `${path} ${system}`;
      if (!seen.has(key)) {
        seen.add(key);
        const list = boundList(system)?.id;
        out.push(list === undefined ? { typeDocument, path: path || '/', system } : { typeDocument, path: path || '/', system, list });
      }
    }
    if (isNode(node['properties'])) for (const [k, v] of Object.entries(node['properties'])) visit(v, `${path}/${escapeToken(k)}`, stack);
    if (node['items'] !== undefined) visit(node['items'], `${path}/*`, stack);
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      const branches = node[key];
      if (Array.isArray(branches)) for (const b of branches) visit(b, path, stack);
    }
  };
  visit(schema, '', []);
  return out;
}
