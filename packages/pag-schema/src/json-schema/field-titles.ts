/**
 * The titles of the fields a JSON Pointer goes through in a published JSON
 * Schema, so that a report can name a value as people read the model
 * (« Engagements › Prestations › Code de la prestation ») beside its path.
 */
import { unescapeToken } from './pointer.js';

/** One step of a JSON Pointer, with the title of its field in the schema. */
export interface FieldStep {
  /** The reference token, unescaped (`engagements`, `0`). */
  readonly token: string;
  /** `true` when the token is an array index. */
  readonly index: boolean;
  /** The schema `title` of the field or item, when it has one. */
  readonly title?: string;
}

type Node = { readonly [key: string]: unknown };
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `node` with its local `$ref` followed (a few levels at most). */
function deref(node: unknown, defs: Node): Node | undefined {
  let n: unknown = node;
  for (let i = 0; i < 8 && isNode(n) && typeof n['$ref'] === 'string' && String(n['$ref']).startsWith('#/$defs/'); i++) {
    n = defs[String(n['$ref']).slice('#/$defs/'.length)];
  }
  return isNode(n) ? n : undefined;
}

/** The child schema of `node` for `token` (properties, items, additionalProperties, looking inside anyOf/oneOf/allOf branches). */
function child(node: Node, token: string, isIndex: boolean, defs: Node, depth = 0): unknown {
  const props = node['properties'];
  if (isNode(props) && Object.hasOwn(props, token)) return props[token];
  if (isIndex && node['items'] !== undefined) return node['items'];
  if (!isIndex && isNode(node['additionalProperties'])) return node['additionalProperties'];
  if (depth > 4) return undefined;
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const branches = node[key];
    if (!Array.isArray(branches)) continue;
    for (const b of branches) {
      const resolved = deref(b, defs);
      const found = resolved === undefined ? undefined : child(resolved, token, isIndex, defs, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * The steps of `pointer` in `schema`, each with the schema title of the field
 * it reaches. Linear in the pointer's length; never throws: after a token the
 * schema does not describe, the remaining steps have no title.
 *
 * @example fieldSteps(pagSchema, '/motifFin') // [{ token: 'motifFin', index: false, title: 'Motif de fin' }]
 */
export function fieldSteps(schema: Readonly<Record<string, unknown>>, pointer: string): FieldStep[] {
  if (typeof pointer !== 'string' || pointer === '' || !pointer.startsWith('/')) return [];
  const defs = isNode(schema['$defs']) ? schema['$defs'] : {};
  let node: Node | undefined = deref(schema, defs);
  const steps: FieldStep[] = [];
  for (const raw of pointer.slice(1).split('/')) {
    const token = unescapeToken(raw);
    const isIndex = /^(0|[1-9]\d*)$/.test(token);
    const next: unknown = node === undefined ? undefined : child(node, token, isIndex, defs);
    const title = isNode(next) && typeof next['title'] === 'string' ? next['title'] : deref(next, defs)?.['title'];
    node = deref(next, defs);
    steps.push(typeof title === 'string' ? { token, index: isIndex, title } : { token, index: isIndex });
  }
  return steps;
}
