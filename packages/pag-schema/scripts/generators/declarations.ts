/**
 * Generates TypeScript declarations from the published JSON Schemas with
 * json-schema-to-typescript, into `src/generated/json-schema-types/<type>.ts`.
 *
 * They are the package's document types (the main entry and `/types` export
 * them; the API reference shows them, each field in French then English):
 * type tests prove each one mutually assignable with the `z.infer` type of
 * its zod schema, i.e. that the JSON Schema other languages get says exactly
 * what the zod schemas accept.
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
    stripped['$defs'] = Object.fromEntries(Object.entries($defs as JsonSchemaObject).map(([name, def]) => [name, { ...(stripTitles(def) as JsonSchemaObject), title: name }]));
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
    const own = new Map<string, string>();
    const add = (props: unknown) => {
      if (props === null || typeof props !== 'object') return;
      for (const [key, value] of Object.entries(props as JsonSchemaObject)) {
        const v = value as JsonSchemaObject;
        const text = bilingualComment(v);
        if (typeof v['$ref'] === 'string' && text !== undefined && !own.has(key)) own.set(key, text);
      }
    };
    add(properties);
    // The branches of a union (`Operateur`: an ESMS or another operator) declare their own properties.
    for (const key of ['anyOf', 'oneOf'] as const) {
      const branches = (node as JsonSchemaObject)[key];
      if (Array.isArray(branches)) for (const b of branches) add((b as JsonSchemaObject | undefined)?.['properties']);
    }
    out.set(name, own);
  };
  collect(DECLARATION_ROOT_NAMES[type], schema);
  for (const [name, def] of Object.entries((schema['$defs'] ?? {}) as JsonSchemaObject)) collect(name, def);
  return out;
}

/**
 * Gives every top-level property of an interface (or of a branch of a union
 * type) that json2ts left without a comment (a `$ref` property) the title and
 * description of the published schema.
 */
function documentRefProperties(body: string, descriptions: Map<string, Map<string, string>>): string {
  const lines = body.split('\n');
  const out: string[] = [];
  let current: Map<string, string> | undefined;
  for (const line of lines) {
    const start = /^export (?:interface|type) (\w+)\b/.exec(line);
    if (start !== null) current = descriptions.get(start[1] ?? '');
    else if (line === '}' || line.startsWith('/**')) current = undefined;
    // Interface members are indented by 2, members of a union branch (`  | {`) by 6.
    const property = current === undefined ? null : /^( {2}| {6})(?:'([^']+)'|(\w+))\??: /.exec(line);
    const text = property === null ? undefined : current?.get(property[2] ?? property[3] ?? '');
    if (property !== null && text !== undefined && !(out[out.length - 1] ?? '').trim().endsWith('*/')) {
      const pad = property[1] ?? '  ';
      out.push(
        `${pad}/**`,
        ...text
          .replace(/\*\//g, '* /')
          .split('\n')
          .map((l) => (l === '' ? `${pad} *` : `${pad} * ${l}`)),
        `${pad} */`,
      );
    }
    out.push(line);
  }
  return out.join('\n');
}

/** One top-level declaration of json2ts's output, with its comment. */
interface Declaration {
  readonly name: string;
  readonly text: string;
}

/** Splits json2ts's output into its top-level declarations (each `export` at column 0, with the comment just above it). */
export function splitDeclarations(body: string): Declaration[] {
  const blocks: string[][] = [];
  let current: string[] = [];
  let inComment = false;
  for (const line of body.split('\n')) {
    const startsComment = line.startsWith('/**');
    const startsExport = line.startsWith('export ');
    if (
      (startsComment && !inComment) ||
      (startsExport &&
        !inComment &&
        !(current.length > 0 && current[current.length - 1] === ' */' && current[0]?.startsWith('/**') && !current.some((l) => l.startsWith('export '))))
    ) {
      if (current.some((l) => l.trim() !== '')) blocks.push(current);
      current = [];
    }
    if (startsComment) inComment = !line.includes('*/');
    else if (inComment && line.includes('*/')) inComment = false;
    current.push(line);
  }
  if (current.some((l) => l.trim() !== '')) blocks.push(current);
  return blocks.map((lines) => {
    const text = lines.join('\n').trimEnd();
    const name = /^export (?:interface|type) (\w+)/m.exec(text)?.[1];
    if (name === undefined) throw new Error(`declarations: a block of json2ts's output declares nothing:\n${text.slice(0, 200)}`);
    return { name, text };
  });
}

/** The file of the declarations shared by several documents. */
export const SHARED_DECLARATIONS_FILE = 'shared';

/**
 * Compiles the declarations of every document type (async: json2ts is async).
 *
 * A type several documents use (`ReferenceTexte`, the table of derogations
 * the convention annexes…) is declared once, in `shared.ts`, and re-exported
 * by each document's file, so that the package exports one interface per
 * name. A name declared differently by two documents is an error.
 */
export async function declarationsGenerator(): Promise<Generator> {
  const perType = await Promise.all(
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
      return { type, declarations: splitDeclarations(documentRefProperties(plainItemBounds(body), refDescriptions(type))) };
    }),
  );
  // A document root is also a definition of another document (the table the convention annexes): the
  // root's declaration, whose comment describes the document, is the one kept; shapes must agree.
  const roots = new Set<string>(Object.values(DECLARATION_ROOT_NAMES));
  const chosen = new Map<string, Declaration>();
  const users = new Map<string, number>();
  const shape = (text: string) => text.slice(text.indexOf('\nexport ') + 1);
  for (const { type, declarations } of perType) {
    for (const d of declarations) {
      users.set(d.name, (users.get(d.name) ?? 0) + 1);
      const before = chosen.get(d.name);
      if (before === undefined) chosen.set(d.name, d);
      else if (before.text !== d.text) {
        if (!roots.has(d.name) || shape(before.text) !== shape(d.text)) {
          throw new Error(`declarations: ${d.name} is declared differently by two document types; give one of them another name`);
        }
        if (DECLARATION_ROOT_NAMES[type] === d.name) chosen.set(d.name, d);
      }
    }
  }
  const shared = new Set([...users].filter(([, n]) => n > 1).map(([name]) => name));
  const sources = DOCUMENT_TYPES.map((type) => `schemas/${schemaFileName(type)}`);
  const files = perType.map(({ type, declarations }) => {
    const imported = declarations.filter((d) => shared.has(d.name)).map((d) => d.name);
    const own = declarations.filter((d) => !shared.has(d.name)).map((d) => d.text);
    const used = imported.filter((name) => own.some((t) => new RegExp(`\\b${name}\\b`).test(t)));
    const head = [
      ...(used.length === 0 ? [] : [`import type { ${used.join(', ')} } from './${SHARED_DECLARATIONS_FILE}.js';`]),
      ...(imported.length === 0 ? [] : [`export type { ${imported.join(', ')} } from './${SHARED_DECLARATIONS_FILE}.js';`, '']),
    ];
    const content = `${tsBanner('scripts/generators/declarations.ts', [`schemas/${schemaFileName(type)}`])}${[...head, ...own.map((t) => `${t}\n`)].join('\n')}`;
    return { path: `src/generated/json-schema-types/${type}.ts`, content };
  });
  const sharedTexts = [...chosen.values()].filter((d) => shared.has(d.name));
  files.push({
    path: `src/generated/json-schema-types/${SHARED_DECLARATIONS_FILE}.ts`,
    content: `${tsBanner('scripts/generators/declarations.ts', sources)}${sharedTexts.map((d) => `${d.text}\n`).join('\n')}`,
  });
  files.push({
    path: 'src/generated/json-schema-types/index.ts',
    content: `${tsBanner('scripts/generators/declarations.ts', sources)}${DOCUMENT_TYPES.map((type) => `export type * from './${type}.js';`).join('\n')}\n`,
  });
  return { name: 'declarations', run: () => files };
}
