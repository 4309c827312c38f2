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
 * annotations beside `$ref`. This only changes type names and comments, not
 * shapes.
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

function stripTitles(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripTitles);
  if (node === null || typeof node !== 'object') return node;
  const ref = (node as JsonSchemaObject)['$ref'];
  // A `$ref` with sibling annotations makes json2ts declare a copy (`Professionnel1`): keep the bare reference.
  if (typeof ref === 'string') return { $ref: ref };
  const out: JsonSchemaObject = {};
  for (const [key, value] of Object.entries(node as JsonSchemaObject)) {
    if (key === 'title') continue;
    out[key] = key === 'enum' || key === 'const' ? value : stripTitles(value);
  }
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
      const text = [v['title'], v['description']].filter((x): x is string => typeof x === 'string').join(' — ');
      if (typeof v['$ref'] === 'string' && text !== '') own.set(key, text);
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
    if (text !== undefined && !(out[out.length - 1] ?? '').trim().endsWith('*/')) out.push('  /**', `   * ${text.replace(/\*\//g, '* /')}`, '   */');
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
