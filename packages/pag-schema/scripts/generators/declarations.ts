/**
 * Generates TypeScript declarations from the published JSON Schemas with
 * json-schema-to-typescript, into `src/generated/json-schema-types/<type>.ts`.
 *
 * They are not the package's API (that is `z.infer` of the zod schemas): type
 * tests prove that both are mutually assignable, i.e. that the JSON Schema
 * that other languages get says exactly what the TypeScript API says.
 *
 * json2ts names a type after any `title`; the published schemas carry French
 * titles on every property, so before compiling, a copy of the schema keeps
 * `title` only on `$defs` (set to the definition name), drops `$id` and the
 * annotations beside `$ref`, and folds each node's French and English titles
 * and descriptions into its `description` (the TSDoc comment: French first,
 * then English). This only changes type names and comments, not shapes.
 */
import { compile } from 'json-schema-to-typescript';
import { type Generator, tsBanner } from '../../../../scripts/lib/generated-files.js';
import { buildJsonSchema, DOCUMENT_TYPES, type DocumentType, type JsonSchemaObject, schemaFileName } from '../../src/index.js';

/** Root interface name of each document type in the generated declarations. */
export const DECLARATION_ROOT_NAMES = {
  pag: 'Pag',
  'convention-territoriale': 'ConventionTerritoriale',
  'tableau-derogations': 'TableauDerogations',
} as const satisfies Record<DocumentType, string>;

/** Annotation keys folded into the comment (`description`) of a declaration and then removed. */
const DOC_KEYS = new Set(['title', 'description', 'x-title-en', 'x-description-en']);

/**
 * The comment of a field or type: its French title and description, then its
 * English title and description (`x-title-en`, `x-description-en`), one
 * paragraph each.
 */
export function bilingualComment(node: JsonSchemaObject): string | undefined {
  const paragraph = (title: unknown, description: unknown): string | undefined => {
    const t = typeof title === 'string' && title !== '' ? `**${title}**` : undefined;
    const d = typeof description === 'string' && description !== '' ? description : undefined;
    return t !== undefined && d !== undefined ? `${t} — ${d}` : (t ?? d);
  };
  const parts = [paragraph(node['title'], node['description']), paragraph(node['x-title-en'], node['x-description-en'])];
  const text = parts.filter((p): p is string => p !== undefined).join('\n\n');
  return text === '' ? undefined : text;
}

/** Keywords whose value maps names to subschemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);

function stripTitles(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripTitles);
  if (node === null || typeof node !== 'object') return node;
  const ref = (node as JsonSchemaObject)['$ref'];
  // A `$ref` with sibling annotations makes json2ts declare a copy (`Professionnel1`): keep the bare reference.
  if (typeof ref === 'string') return { $ref: ref };
  const out: JsonSchemaObject = {};
  for (const [key, value] of Object.entries(node as JsonSchemaObject)) {
    if (DOC_KEYS.has(key)) continue;
    if (key === 'enum' || key === 'const') out[key] = value;
    // Maps of subschemas: their keys are names (a property may be called `description`), not keywords.
    else if (SCHEMA_MAPS.has(key) && value !== null && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value as JsonSchemaObject).map(([name, sub]) => [name, stripTitles(sub)]));
    } else out[key] = stripTitles(value);
  }
  const comment = bilingualComment(node as JsonSchemaObject);
  if (comment !== undefined) out['description'] = comment;
  return out;
}

/** The schema handed to json2ts: same shapes, names from `$defs` keys only. */
export function schemaForDeclarations(type: DocumentType): JsonSchemaObject {
  const { $id: _id, $defs, ...root } = buildJsonSchema(type);
  const stripped = stripTitles(root) as JsonSchemaObject;
  if ($defs !== undefined) {
    stripped['$defs'] = Object.fromEntries(
      Object.entries($defs as JsonSchemaObject).map(([name, def]) => [name, { ...(stripTitles(def) as JsonSchemaObject), title: name }]),
    );
  }
  return stripped;
}

/**
 * json2ts writes array bounds as `@minItems` / `@maxItems` block tags, which
 * TSDoc does not know (TypeDoc warns on them): say them in words instead.
 */
function plainItemBounds(body: string): string {
  return body
    .replace(/^(\s*)\* @minItems (\d+)$/gm, '$1* Au moins $2 élément(s) / at least $2 item(s).')
    .replace(/^(\s*)\* @maxItems (\d+)$/gm, '$1* Au plus $2 élément(s) / at most $2 item(s).');
}

/**
 * Descriptions of the properties that are bare `$ref`s (json2ts gets them
 * without their annotations, see `stripTitles`), per interface name: the root
 * interface and each `$defs` entry.
 */
function refDescriptions(type: DocumentType): Map<string, Map<string, string>> {
  const schema = buildJsonSchema(type);
  const out = new Map<string, Map<string, string>>();
  const collect = (name: string, node: unknown) => {
    const properties = (node as JsonSchemaObject | undefined)?.['properties'];
    if (properties === null || typeof properties !== 'object') return;
    const own = new Map<string, string>();
    for (const [key, value] of Object.entries(properties as JsonSchemaObject)) {
      const v = value as JsonSchemaObject;
      const text = bilingualComment(v);
      if (typeof v['$ref'] === 'string' && text !== undefined) own.set(key, text);
    }
    out.set(name, own);
  };
  collect(DECLARATION_ROOT_NAMES[type], schema);
  for (const [name, def] of Object.entries((schema['$defs'] ?? {}) as JsonSchemaObject)) collect(name, def);
  return out;
}

/**
 * Gives every top-level property of an interface that json2ts left without a
 * comment (a `$ref` property) the title and description of the published schema.
 */
function documentRefProperties(body: string, descriptions: Map<string, Map<string, string>>): string {
  const lines = body.split('\n');
  const out: string[] = [];
  let current: Map<string, string> | undefined;
  for (const line of lines) {
    const start = /^export interface (\w+) \{$/.exec(line);
    if (start !== null) current = descriptions.get(start[1] ?? '');
    else if (line === '}') current = undefined;
    const property = current === undefined ? null : /^ {2}(?:'([^']+)'|(\w+))\??: /.exec(line);
    const text = property === null ? undefined : current?.get(property[1] ?? property[2] ?? '');
    if (text !== undefined && !(out[out.length - 1] ?? '').trim().endsWith('*/')) {
      out.push('  /**', ...text.replace(/\*\//g, '* /').split('\n').map((l) => (l === '' ? '   *' : `   * ${l}`)), '   */');
    }
    out.push(line);
  }
  return out.join('\n');
}

/** Compiles the declarations of every document type (async: json2ts is async). */
export async function declarationsGenerator(): Promise<Generator> {
  const files = await Promise.all(
    DOCUMENT_TYPES.map(async (type) => {
      const body = await compile(schemaForDeclarations(type) as never, DECLARATION_ROOT_NAMES[type], {
        bannerComment: '',
        additionalProperties: false,
        ignoreMinAndMaxItems: true,
        unknownAny: true,
        strictIndexSignatures: true,
        unreachableDefinitions: false,
        format: true,
        style: { singleQuote: true, printWidth: 120 },
      });
      const content = `${tsBanner('scripts/generators/declarations.ts', [`schemas/${schemaFileName(type)}`])}${documentRefProperties(plainItemBounds(body), refDescriptions(type))}`;
      return { path: `src/generated/json-schema-types/${type}.ts`, content };
    }),
  );
  return { name: 'declarations', run: () => files };
}
