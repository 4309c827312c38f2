/**
 * Precompiles the published JSON Schemas of @serafin-ph/pag-schema into
 * standalone Ajv validators (draft 2020-12), so that nothing is compiled at run
 * time: the generated modules contain plain functions, no `new Function`, no
 * `require`. Also extracts from each schema what the error messages need
 * (field titles, annotations) and the JSON Pointer patterns of personal data.
 *
 * Précompile les schémas JSON publiés en validateurs Ajv autonomes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _ } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { DOCUMENT_TYPES, PERSONAL_DATA_POINTERS } from '@serafin-ph/pag-schema';
import { escapeToken, unescapeToken } from '../../src/json/pointer.js';
import { tsBanner, tsLiteral, type GeneratedFile, type Generator } from '../../../../scripts/lib/generated-files.js';

/** The document types, in a stable order (the list of `@serafin-ph/pag-schema`, re-exported for the other generators). */
export { DOCUMENT_TYPES };

type JsonSchema = { [key: string]: unknown };

/** Folder of the published schemas, relative to this package. */
export const SCHEMAS_DIR = '../pag-schema/schemas';

const standaloneCode = ((standaloneModule as unknown as { default?: unknown }).default ?? standaloneModule) as (
  ajv: Ajv2020,
  refsOrFunc?: unknown,
) => string;

/** Ajv helpers the standalone code may import, and the local functions that replace them. */
const RUNTIME_HELPERS: Readonly<Record<string, string>> = { ucs2length: 'ucs2length', equal: 'equal' };

/**
 * Annotation keywords of JSON language services (VS Code) that the published
 * schemas may carry; like the `x-…` keywords, they do not affect validation.
 */
const EDITOR_KEYWORDS = ['patternErrorMessage', 'errorMessage', 'markdownDescription', 'deprecationMessage', 'enumDescriptions', 'markdownEnumDescriptions', 'defaultSnippets', 'doNotSuggest'] as const;

/** Keywords that only annotate (no effect on validation), removed from the copy Ajv compiles to keep the generated code small. */
const ANNOTATIONS_TO_STRIP = new Set(['title', 'description', '$comment', 'examples', 'x-source', ...EDITOR_KEYWORDS]);

const EDITOR_ANNOTATIONS: ReadonlySet<string> = new Set(EDITOR_KEYWORDS);

/** A copy of a schema without the annotations of {@link ANNOTATIONS_TO_STRIP} (validation is unchanged). */
export function stripAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(stripAnnotations);
  if (!isSchema(schema)) return schema;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(schema)) {
    // Editor annotations are dropped whatever their value (`enumDescriptions` is an array); the others only when they are strings (`title` may name a property).
    if ((EDITOR_ANNOTATIONS.has(k) || ANNOTATIONS_TO_STRIP.has(k)) && (typeof v === 'string' || EDITOR_ANNOTATIONS.has(k))) continue;
    out[k] = k === 'enum' || k === 'const' || k === 'default' ? v : stripAnnotations(v);
  }
  return out;
}

/** What the messages need to know about one schema node. */
export interface NodeInfo {
  /** `title`. */
  t?: string;
  /** `x-donnees-personnelles`. */
  p?: true;
  /** `x-systeme-codes`. */
  s?: string;
  /** `x-numerotation`. */
  n?: string;
  /** `format`. */
  f?: string;
  /** `patternErrorMessage` (French message of a `pattern`, for editors). */
  m?: string;
}

const SUBSCHEMA_MAPS = ['properties', '$defs', 'patternProperties', 'dependentSchemas'];
const SUBSCHEMA_ARRAYS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];
const SUBSCHEMA_SINGLE = ['items', 'additionalProperties', 'propertyNames', 'not', 'if', 'then', 'else', 'contains', 'unevaluatedProperties', 'unevaluatedItems'];

function isSchema(value: unknown): value is JsonSchema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Calls `visit` on every direct subschema of `node`, with its JSON Pointer under `ptr`. */
function forEachSubschema(node: JsonSchema, ptr: string, visit: (sub: unknown, ptr: string) => void): void {
  for (const k of SUBSCHEMA_MAPS) {
    const m = node[k];
    if (isSchema(m)) for (const [name, sub] of Object.entries(m)) visit(sub, `${ptr}/${k}/${escapeToken(name)}`);
  }
  for (const k of SUBSCHEMA_ARRAYS) {
    const a = node[k];
    if (Array.isArray(a)) a.forEach((sub, i) => visit(sub, `${ptr}/${k}/${i}`));
  }
  for (const k of SUBSCHEMA_SINGLE) visit(node[k], `${ptr}/${k}`);
}

/** Every schema node with something useful for messages, by JSON Pointer inside the schema. */
export function collectNodeInfo(schema: JsonSchema): Record<string, NodeInfo> {
  const out: Record<string, NodeInfo> = {};
  const visit = (node: unknown, ptr: string): void => {
    if (!isSchema(node)) return;
    const info: NodeInfo = {};
    if (typeof node['title'] === 'string') info.t = node['title'];
    if (node['x-donnees-personnelles'] === true) info.p = true;
    if (typeof node['x-systeme-codes'] === 'string') info.s = node['x-systeme-codes'];
    if (typeof node['x-numerotation'] === 'string') info.n = node['x-numerotation'];
    if (typeof node['format'] === 'string') info.f = node['format'];
    if (typeof node['patternErrorMessage'] === 'string') info.m = node['patternErrorMessage'];
    if (Object.keys(info).length > 0) out[ptr] = info;
    forEachSubschema(node, ptr, visit);
  };
  visit(schema, '');
  return out;
}

function resolveRef(root: JsonSchema, ref: string): JsonSchema | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const token = unescapeToken(decodeURIComponent(raw));
    if (!isSchema(node)) return undefined;
    node = node[token];
  }
  return isSchema(node) ? node : undefined;
}

/**
 * The personal-data pointers published by @serafin-ph/pag-schema (`*` = any
 * array index or key), without the patterns already covered by a shorter one:
 * everything below a personal-data place is personal too.
 */
export function coveringPersonalDataPointers(patterns: readonly string[]): string[] {
  const all = [...patterns].sort();
  return all.filter((p) => !all.some((q) => q !== p && (p.startsWith(`${q}/`) || q === '')));
}

/** One discriminating property of a union: the values each branch accepts, and whether it requires it. */
export interface UnionDiscriminator {
  readonly property: string;
  readonly branches: readonly { readonly values: readonly unknown[]; readonly required: boolean }[];
}

/** A union (`anyOf`/`oneOf`) node of a schema. */
export interface UnionInfo {
  readonly keyword: 'anyOf' | 'oneOf';
  readonly branchCount: number;
  readonly discriminators: readonly UnionDiscriminator[];
}

function deref(root: JsonSchema, node: unknown): JsonSchema | undefined {
  let n: unknown = node;
  for (let i = 0; i < 20 && isSchema(n) && typeof n['$ref'] === 'string'; i++) n = resolveRef(root, n['$ref']);
  return isSchema(n) ? n : undefined;
}

/** Every `anyOf`/`oneOf` node, by JSON Pointer of the keyword (`/$defs/Operateur/oneOf`), with its discriminating properties. */
export function collectUnions(schema: JsonSchema): Record<string, UnionInfo> {
  const out: Record<string, UnionInfo> = {};
  const visit = (node: unknown, ptr: string): void => {
    if (!isSchema(node)) return;
    for (const keyword of ['anyOf', 'oneOf'] as const) {
      const branches = node[keyword];
      if (!Array.isArray(branches)) continue;
      const resolved = branches.map((b) => deref(schema, b));
      const props = resolved.map((b) => (b !== undefined && isSchema(b['properties']) ? b['properties'] : undefined));
      const discriminators: UnionDiscriminator[] = [];
      const first = props[0];
      if (first !== undefined && props.every((p) => p !== undefined)) {
        for (const name of Object.keys(first)) {
          const per = resolved.map((b, i) => {
            const ps = deref(schema, (props[i] as JsonSchema)[name]);
            if (ps === undefined || b === undefined) return undefined;
            const values = 'const' in ps ? [ps['const']] : Array.isArray(ps['enum']) ? (ps['enum'] as unknown[]) : undefined;
            if (values === undefined) return undefined;
            const required = Array.isArray(b['required']) && (b['required'] as unknown[]).includes(name);
            return { values, required };
          });
          if (!per.every((x) => x !== undefined)) continue;
          // A discriminator separates the branches: no value is accepted by two of them.
          const seen = new Set<string>();
          let disjoint = true;
          for (const b of per as { values: unknown[] }[]) {
            const own = new Set(b.values.map((v) => JSON.stringify(v)));
            for (const v of own) {
              if (seen.has(v)) disjoint = false;
              seen.add(v);
            }
          }
          if (disjoint) discriminators.push({ property: name, branches: per as { values: unknown[]; required: boolean }[] });
        }
      }
      out[`${ptr}/${keyword}`] = { keyword, branchCount: branches.length, discriminators };
    }
    forEachSubschema(node, ptr, visit);
  };
  visit(schema, '');
  return out;
}

/** Where a SERAFIN-PH code object (`CodeBesoin`, `CodePrestationDirecte`) can appear in a document. */
export interface CodePosition {
  readonly pattern: string;
  readonly kind: 'besoin' | 'prestation-directe';
}

/** Where a date or date-time can appear in a document. */
export interface DatePosition {
  readonly pattern: string;
  readonly format: 'date' | 'date-time';
}

const CODE_DEFS: Readonly<Record<string, CodePosition['kind']>> = { CodeBesoin: 'besoin', CodePrestationDirecte: 'prestation-directe' };

/**
 * Walks the instance locations of a schema (properties, items, additional
 * properties, union branches; local `$ref`s followed), calling `visit` with the
 * schema node, the instance pointer pattern and the name of the `$defs` entry
 * the node was reached through, if any.
 */
function walkInstances(schema: JsonSchema, visit: (node: JsonSchema, path: string, def: string | undefined) => boolean | void): void {
  const go = (node: unknown, path: string, refs: readonly string[], def: string | undefined): void => {
    if (!isSchema(node)) return;
    if (visit(node, path, def) === false) return;
    const ref = node['$ref'];
    if (typeof ref === 'string' && !refs.includes(ref)) {
      const name = ref.startsWith('#/$defs/') ? ref.slice('#/$defs/'.length) : undefined;
      go(resolveRef(schema, ref), path, [...refs, ref], name);
    }
    const props = node['properties'];
    if (isSchema(props)) for (const [name, sub] of Object.entries(props)) go(sub, `${path}/${escapeToken(name)}`, refs, undefined);
    if (isSchema(node['items'])) go(node['items'], `${path}/*`, refs, undefined);
    if (isSchema(node['additionalProperties'])) go(node['additionalProperties'], `${path}/*`, refs, undefined);
    for (const k of ['anyOf', 'oneOf', 'allOf']) {
      const a = node[k];
      if (Array.isArray(a)) for (const sub of a) go(sub, path, refs, undefined);
    }
  };
  go(schema, '', [], undefined);
}

/** Instance locations of the SERAFIN-PH code objects. */
export function collectCodePositions(schema: JsonSchema): CodePosition[] {
  const out = new Map<string, CodePosition>();
  walkInstances(schema, (_node, path, def) => {
    const kind = def === undefined ? undefined : CODE_DEFS[def];
    if (kind === undefined) return true;
    out.set(path, { pattern: path, kind });
    return false;
  });
  return [...out.values()].sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Instance locations of the dates (`format: date`) and date-times (`format: date-time`). */
export function collectDatePositions(schema: JsonSchema): DatePosition[] {
  const out = new Map<string, DatePosition>();
  walkInstances(schema, (node, path) => {
    const f = node['format'];
    if (f === 'date' || f === 'date-time') out.set(path, { pattern: path, format: f });
  });
  return [...out.values()].sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Annotation keywords (`x-…`) used anywhere in the schemas, to declare to Ajv in strict mode. */
function annotationKeywords(schemas: readonly JsonSchema[]): string[] {
  const keys = new Set<string>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isSchema(v)) {
      for (const [k, sub] of Object.entries(v)) {
        if (k.startsWith('x-') || (EDITOR_KEYWORDS as readonly string[]).includes(k)) keys.add(k);
        if (k !== 'enum' && k !== 'const' && k !== 'examples' && k !== 'default') visit(sub);
      }
    }
  };
  schemas.forEach(visit);
  return [...keys].sort();
}

/** Options of the Ajv instance that compiles the schemas (also used by the tests that compare with runtime Ajv). */
export function ajvOptions() {
  return {
    strict: true,
    allErrors: true,
    // zod applies its regular expressions without the `u` flag; Ajv must read `pattern` the same way.
    unicodeRegExp: false,
    // The issues carry our own French and English messages (src/structure/map-errors.ts): Ajv's are never read.
    messages: false,
    inlineRefs: false,
    code: { source: true, esm: true, lines: false, formats: _`formats` },
  } as const;
}

/**
 * Creates the Ajv instance with the schemas and the formats registered. The
 * generator compiles copies without annotations (`strip`, smaller code); the
 * tests also compile the published files as they are, to prove both agree.
 */
export function createAjv(
  schemas: readonly JsonSchema[],
  formatFunctions: Record<string, { type: 'string'; validate: (s: string) => boolean }>,
  strip = true,
): Ajv2020 {
  const ajv = new Ajv2020(ajvOptions());
  ajv.addVocabulary(annotationKeywords(schemas));
  for (const [name, f] of Object.entries(formatFunctions)) ajv.addFormat(name, f);
  for (const s of schemas) ajv.addSchema(strip ? (stripAnnotations(s) as JsonSchema) : s);
  return ajv;
}

/**
 * JSON Pointer (inside the document schema) of the schema each compiled
 * function validates, by function name (`validate40` → `/$defs/Operateur`).
 * Reads Ajv's scope (internal API of the pinned Ajv 8.20; checked by the
 * generator, which fails when a function cannot be placed).
 */
export function functionPointers(ajv: Ajv2020, root: JsonSchema): Map<string, string> {
  const ptrs = new Map<object, string>();
  const walk = (n: unknown, p: string): void => {
    if (n === null || typeof n !== 'object') return;
    if (!Array.isArray(n)) ptrs.set(n, p);
    for (const [k, x] of Object.entries(n)) walk(x, `${p}/${escapeToken(k)}`);
  };
  walk(root, '');
  const out = new Map<string, string>();
  const values = (ajv as unknown as { scope: { _values: { validate?: Map<unknown, { str: string }> } } }).scope._values.validate;
  if (values === undefined) throw new Error('Ajv scope has no validate functions');
  for (const [fn, name] of values) {
    const env = (fn as { schemaEnv?: { schema?: unknown } } | null)?.schemaEnv;
    const schema = env?.schema;
    if (schema !== null && typeof schema === 'object') {
      const ptr = ptrs.get(schema);
      if (ptr !== undefined) out.set(name.str, ptr);
    }
  }
  return out;
}

/**
 * Makes every `schemaPath` of the generated code absolute (a JSON Pointer from
 * the document schema root): Ajv writes the paths of a separately compiled
 * function (a `$defs` entry, a union branch) relative to that function's schema.
 */
export function absolutizeSchemaPaths(code: string, pointers: ReadonlyMap<string, string>): string {
  const parts = code.split(/(?=function validate\d+\()/);
  return parts
    .map((part) => {
      const m = /^function (validate\d+)\(/.exec(part);
      if (m === null) return part;
      const ptr = pointers.get(m[1] as string);
      if (ptr === undefined) throw new Error(`Cannot place the compiled function ${m[1]} in the schema`);
      if (ptr === '') return part;
      return part.replace(/schemaPath:"#(?!\/\$defs\/)/g, `schemaPath:"#${ptr}`);
    })
    .join('');
}

const SCHEMA_CONST = /const (schema\d+) = (\{.*?\}|\[.*?\]|true|false);(?=const |function |export |$)/gs;
const SCHEMA_REF = /\b(schema\d+)((?:\.[A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\])*)/g;

/**
 * Keeps, in the schema constants Ajv embeds in standalone code, only the
 * parts the code reads (`schema85.properties.qualite.enum`,
 * `schema52.properties` for an `additionalProperties` check…): Ajv embeds
 * whole schemas — the document schema with all its `$defs` for one key test.
 * Every path the code reads keeps exactly its value; a constant read as a
 * whole is kept whole.
 */
export function pruneSchemaConstants(code: string): string {
  const constants = new Map<string, unknown>();
  for (const m of code.matchAll(SCHEMA_CONST)) constants.set(m[1] as string, JSON.parse(m[2] as string) as unknown);
  const rest = code.replace(SCHEMA_CONST, '');
  const paths = new Map<string, (string | null)[][]>();
  for (const m of rest.matchAll(SCHEMA_REF)) {
    const name = m[1] as string;
    if (!constants.has(name)) continue;
    const tokens = [...(m[2] as string).matchAll(/\.([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*")\]/g)].map((t) => (t[1] !== undefined ? t[1] : (JSON.parse(t[2] as string) as string)));
    const list = paths.get(name) ?? [];
    list.push(tokens.length === 0 ? [null] : tokens);
    paths.set(name, list);
  }
  return code.replace(SCHEMA_CONST, (whole, name: string) => {
    const value = constants.get(name);
    const used = paths.get(name);
    if (used === undefined) return ''; // never read
    if (used.some((p) => p[0] === null)) return whole; // read as a whole
    let pruned: unknown = undefined;
    for (const p of used as string[][]) {
      let from: unknown = value;
      for (const t of p) from = from !== null && typeof from === 'object' ? (from as Record<string, unknown>)[t] : undefined;
      if (from === undefined) return whole; // a path Ajv reads that is not in the schema: keep everything
      pruned ??= {};
      let to = pruned as Record<string, unknown>;
      p.forEach((t, i) => {
        if (i === p.length - 1) to[t] = from;
        else {
          if (to[t] === undefined || to[t] === null || typeof to[t] !== 'object') to[t] = {};
          to = to[t] as Record<string, unknown>;
        }
      });
    }
    return `const ${name} = ${JSON.stringify(pruned)};`;
  });
}

/** Rewrites Ajv's standalone ESM output into a module with imports only. */
export function postProcess(code: string): string {
  let out = pruneSchemaConstants(code.replace(/^"use strict";/, ''));
  const used = new Set<string>();
  out = out.replace(/require\("ajv\/dist\/runtime\/(\w+)"\)\.default/g, (_m, name: string) => {
    const local = RUNTIME_HELPERS[name];
    if (local === undefined) throw new Error(`Standalone code needs an unsupported Ajv runtime helper: ${name}`);
    used.add(local);
    return local;
  });
  // Ajv concatenates the errors of each called validator into a new array (quadratic); append in place instead.
  out = out.replace(/vErrors\.concat\((\w+)\.errors\)/g, (_m, fn: string) => {
    used.add('appendErrors');
    return `appendErrors(vErrors, ${fn}.errors)`;
  });
  if (/\.concat\(/.test(out)) throw new Error('Standalone code has a concat() the generator does not rewrite');
  if (/\brequire\s*\(/.test(out)) throw new Error('Standalone code still contains require()');
  if (/new Function|\beval\s*\(/.test(out)) throw new Error('Standalone code contains code generation');
  out = out.replace(/export default \w+;/g, '');
  // Typed exports (the module itself is not type-checked): `export const validate = validate20;` → `: StructureValidator`.
  out = out.replace(/export const (\w+) = (validate\d+);/g, 'export const $1: StructureValidator = $2;');
  const imports = [
    "import type { StructureValidator } from '../../structure/ajv-error.js';",
    ...(out.includes('formats.') || out.includes('formats[') ? ["import { formats } from '../../structure/formats.js';"] : []),
    ...(used.size > 0 ? [`import { ${[...used].sort().join(', ')} } from '../../structure/runtime.js';`] : []),
  ];
  return `${imports.join('\n')}\n${out}\n`;
}

function compiledRoot(ajv: Ajv2020, id: string): JsonSchema {
  const schema = ajv.getSchema(id)?.schema;
  if (!isSchema(schema)) throw new Error(`${id}: not compiled`);
  return schema;
}

/** Loads the published schemas. */
export function loadSchemas(packageRoot: string): Record<(typeof DOCUMENT_TYPES)[number], JsonSchema> {
  const read = (t: string) => JSON.parse(readFileSync(join(packageRoot, SCHEMAS_DIR, `${t}.schema.json`), 'utf8')) as JsonSchema;
  return Object.fromEntries(DOCUMENT_TYPES.map((t) => [t, read(t)])) as Record<(typeof DOCUMENT_TYPES)[number], JsonSchema>;
}

/**
 * The structure generator: one validator module and one information module per
 * document type.
 */
export function structureGenerator(
  packageRoot: string,
  formatFunctions: Record<string, { type: 'string'; validate: (s: string) => boolean }>,
): Generator {
  return {
    name: 'structure',
    run: () => {
      const schemas = loadSchemas(packageRoot);
      const ajv = createAjv(Object.values(schemas), formatFunctions);
      const files: GeneratedFile[] = [];
      for (const type of DOCUMENT_TYPES) {
        const schema = schemas[type];
        const id = schema['$id'];
        if (typeof id !== 'string') throw new Error(`${type}: schema without $id`);
        const unions = collectUnions(schema);
        // One exported validator for the document and one per union branch, so that the
        // error mapper can re-check a value against the branch it was meant for.
        const refs: Record<string, string> = { validate: id };
        const branchNames: [string, string][] = [];
        for (const [ptr, u] of Object.entries(unions)) {
          for (let i = 0; i < u.branchCount; i++) {
            const name = `branch${branchNames.length}`;
            refs[name] = `${id}#${ptr}/${i}`;
            branchNames.push([`${ptr}/${i}`, name]);
          }
        }
        const branchTable = `\n/** Validators of the union branches, by JSON Pointer inside the schema. */\nexport const branches: Readonly<Record<string, StructureValidator>> = {\n${branchNames.map(([p, n]) => `  ${JSON.stringify(p)}: ${n},`).join('\n')}\n};\n`;
        const source = `${SCHEMAS_DIR}/${type}.schema.json`;
        const banner = tsBanner('scripts/generators/structure.ts', [source]);
        files.push({
          path: `src/generated/structure/${type}.ts`,
          content: `${banner}// @ts-nocheck\n/* Ajv ${'8'} standalone validator of ${id}; options: allErrors, strict, unicodeRegExp false, messages false. */\n${postProcess(absolutizeSchemaPaths(standaloneCode(ajv, refs), functionPointers(ajv, compiledRoot(ajv, id))))}${branchTable}`,
        });
        const info = {
          schemaId: id,
          nodes: collectNodeInfo(schema),
          personalData: coveringPersonalDataPointers(PERSONAL_DATA_POINTERS[type]),
          unions,
          codes: collectCodePositions(schema),
          dates: collectDatePositions(schema),
        };
        files.push({
          path: `src/generated/structure/${type}-info.ts`,
          content: `${banner}import type { SchemaInfo } from '../../structure/schema-info.js';\n\n/** Titles, annotations and personal-data pointers of ${source}. */\nexport const info: SchemaInfo = ${tsLiteral(info)};\n`,
        });
      }
      return files;
    },
  };
}
