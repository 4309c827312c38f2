/**
 * The Ajv half of the structure generator: compiles the published JSON
 * Schemas into standalone validators (draft 2020-12) and post-processes
 * Ajv's output into plain modules (imports only, no `require`, no code
 * generation, schema constants pruned to what the code reads, absolute
 * schema paths). `structure-schema-walk.ts` reads the schemas themselves.
 */
import { _ } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { escapeToken } from '../../src/json/pointer.js';
import { EDITOR_KEYWORDS, isSchema, type JsonSchema } from './structure-schema-walk.js';

/** Ajv's standalone code generator (CommonJS default export, whichever way it is loaded). */
export const standaloneCode = ((standaloneModule as unknown as { default?: unknown }).default ?? standaloneModule) as (ajv: Ajv2020, refsOrFunc?: unknown) => string;

/** Ajv helpers the standalone code may import, and the local functions that replace them. */
const RUNTIME_HELPERS: Readonly<Record<string, string>> = { ucs2length: 'ucs2length', equal: 'equal' };

/** Keywords that only annotate (no effect on validation), removed from the copy Ajv compiles to keep the generated code small. */
const ANNOTATIONS_TO_STRIP = new Set(['title', 'description', 'x-title-en', 'x-description-en', '$comment', 'examples', 'x-source', ...EDITOR_KEYWORDS]);

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
export function createAjv(schemas: readonly JsonSchema[], formatFunctions: Record<string, { type: 'string'; validate: (s: string) => boolean }>, strip = true): Ajv2020 {
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

/** The compiled root schema of `id` (as Ajv holds it, `$ref`s resolved by id). */
export function compiledRoot(ajv: Ajv2020, id: string): JsonSchema {
  const schema = ajv.getSchema(id)?.schema;
  if (!isSchema(schema)) throw new Error(`${id}: not compiled`);
  return schema;
}
