/**
 * The schema walk of the structure generator: what the error messages and the
 * rules need to know about each published JSON Schema (field titles and
 * annotations, unions and their discriminators, positions of SERAFIN-PH codes
 * and dates, personal-data pointers), read from the schema itself.
 * `structure-ajv.ts` compiles the same schemas into validators.
 */
import { escapeToken, unescapeToken } from '../../src/json/pointer.js';

/** A JSON Schema node, as the generators read it. */
export type JsonSchema = { [key: string]: unknown };

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

/** True for a schema object (not a boolean schema, an array or a primitive). */
export function isSchema(value: unknown): value is JsonSchema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Annotation keywords of JSON language services (VS Code) that the published
 * schemas may carry; like the `x-…` keywords, they do not affect validation.
 */
export const EDITOR_KEYWORDS = [
  'patternErrorMessage',
  'errorMessage',
  'markdownDescription',
  'deprecationMessage',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'defaultSnippets',
  'doNotSuggest',
] as const;

const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set([
  'title',
  'description',
  '$comment',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$schema',
  '$id',
  ...EDITOR_KEYWORDS,
]);

/** Keywords without effect on validity (annotations, including the editors' ones); `$defs` is not one of them. */
export function isAnnotation(key: string): boolean {
  return key.startsWith('x-') || ANNOTATION_KEYWORDS.has(key);
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

const CODE_DEFS: Readonly<Record<string, CodePosition['kind']>> = {
  CodeBesoin: 'besoin',
  CodePrestationDirecte: 'prestation-directe',
  CodePrestationEngagee: 'prestation-directe',
};

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

/**
 * Instance locations of the fields coded in a public code list
 * (`x-systeme-codes`: SERAFIN-PH, ANS lists), with the `numerotation` of the
 * SERAFIN-PH code objects. A code of a public nomenclature names no one:
 * messages may quote it even inside a personal-data area (where the schemas
 * mark every field personal). Identity fields (the person's sex) are plain
 * enumerations without a code system, and stay masked.
 */
export function collectPublicCodePositions(schema: JsonSchema): string[] {
  const coded = new Set<string>();
  walkInstances(schema, (node, path, def) => {
    if (typeof node['x-systeme-codes'] === 'string') coded.add(path);
    if (def !== undefined && CODE_DEFS[def] !== undefined) coded.add(`${path}/numerotation`);
  });
  return [...coded].sort();
}

/** The title of the items of each array, by instance pointer pattern of the array (how messages name an item: « 3e créneau »). */
export function collectArrayItemTitles(schema: JsonSchema): Record<string, string> {
  const out: Record<string, string> = {};
  walkInstances(schema, (node, path) => {
    const items = node['items'];
    if (!isSchema(items) || out[path] !== undefined) return;
    const ref = typeof items['$ref'] === 'string' ? resolveRef(schema, items['$ref']) : undefined;
    const title = typeof items['title'] === 'string' ? items['title'] : typeof ref?.['title'] === 'string' ? ref['title'] : undefined;
    if (title !== undefined) out[path] = title;
  });
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
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
