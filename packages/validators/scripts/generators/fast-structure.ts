/**
 * Compiles a published JSON Schema into a *fast structural check*: one
 * function that only answers true or false, without building any error. The
 * validation entry points run it first; only a document it rejects goes
 * through the detailed Ajv validator (all errors, messages). The verdict is
 * the same by construction — each keyword below is compiled to the very
 * condition Ajv 8 evaluates for it (options: strict, `unicodeRegExp: false`,
 * the formats of `src/structure/formats.ts`) — and the tests compare both
 * validators on generated, mutated and arbitrary values.
 *
 * What makes it faster than Ajv's own `allErrors: false` code: no error
 * objects and no `instancePath` strings, enumerations looked up in a `Set`
 * instead of chains of comparisons, discriminating constants tested before
 * anything else in union branches, `minLength: 1` as `length > 0` (a string
 * has at least one code point exactly when it has one code unit), and one
 * regular expression instead of two when a `pattern` is textually the
 * expression its `format` is defined by, and dates checked by a function
 * instead of their (long) regular expression.
 *
 * The check also answers false for anything that is not a *plain JSON
 * tree* — what `JSON.parse` returns: objects whose prototype is
 * `Object.prototype` (or null), dense arrays, strings, finite numbers, booleans, null,
 * no member whose value is `undefined`, fewer values than the reader's limit
 * (`DEFAULT_READ_LIMITS.maxNodes`). So a document it accepts can be validated
 * as it is, without the defensive copy: the copy would be equal to it and its
 * reading would report no problem. Typed schema nodes reject non-JSON values
 * by their type condition; members and items with no constraint are checked
 * by `plainSize` (runtime), and every object's keys are counted against its
 * defined members.
 *
 * Only the keywords the published schemas use are supported; any other
 * keyword makes generation fail, so a schema change can never be silently
 * checked less strictly.
 */
import { isAnnotation, isSchema, type JsonSchema } from './structure-schema-walk.js';

/** Keywords without effect on the verdict: the annotations, and `$defs` (definitions are reached through `$ref`). */
function isInert(key: string): boolean {
  return key === '$defs' || isAnnotation(key);
}

const TYPE_KEYWORDS: Readonly<Record<string, string>> = {
  properties: 'object',
  required: 'object',
  additionalProperties: 'object',
  propertyNames: 'object',
  items: 'array',
  minItems: 'array',
  maxItems: 'array',
  minLength: 'string',
  maxLength: 'string',
  pattern: 'string',
  format: 'string',
  minimum: 'number',
  maximum: 'number',
  exclusiveMinimum: 'number',
  exclusiveMaximum: 'number',
};

const SUPPORTED = new Set([...Object.keys(TYPE_KEYWORDS), 'type', 'enum', 'const', '$ref', 'anyOf', 'oneOf', 'allOf']);

/** Enumerations up to this size are compiled to comparisons, larger ones to a `Set`. */
const INLINE_ENUM = 4;

/** Ajv 8's type conditions (`strictNumbers` on). */
function typeCondition(type: string, v: string): string {
  switch (type) {
    case 'object':
      // Ajv's condition, and a plain object (prototype `Object.prototype` or null; not a class instance).
      return `${v} && typeof ${v} == "object" && !Array.isArray(${v}) && hasPlainPrototype(${v})`;
    case 'array':
      return `Array.isArray(${v})`;
    case 'string':
      return `typeof ${v} == "string"`;
    case 'number':
      return `typeof ${v} == "number" && isFinite(${v})`;
    case 'integer':
      return `typeof ${v} == "number" && !(${v} % 1) && !isNaN(${v}) && isFinite(${v})`;
    case 'boolean':
      return `typeof ${v} == "boolean"`;
    case 'null':
      return `${v} === null`;
    default:
      throw new Error(`fast structure: unsupported type ${type}`);
  }
}

function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(name);
}

/** `v.name`, or `v["name"]` when `name` is not an identifier. */
export function member(v: string, name: string): string {
  return isIdentifier(name) ? `${v}.${name}` : `${v}[${JSON.stringify(name)}]`;
}

function isPrimitive(value: unknown): value is string | number | boolean | null {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/** True when a schema constrains nothing (only annotations). */
function isTrivial(node: unknown): boolean {
  return node === true || (isSchema(node) && Object.keys(node).every(isInert));
}

/** Discriminating keys first: a property whose schema is a `const` or an `enum` (cheap, and rejects wrong union branches early). */
function propertyOrder(props: JsonSchema): string[] {
  const names = Object.keys(props);
  const rank = (n: string): number => {
    const s = props[n];
    return isSchema(s) && ('const' in s || 'enum' in s) ? 0 : 1;
  };
  return names
    .map((n, i) => ({ n, i, r: rank(n) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.n);
}

/** Options of {@link compileFastStructure}. */
export interface FastStructureOptions {
  /**
   * For each format the generated code may call, the regular expression whose
   * `test` *is* that format (`formats[name].validate`): a `pattern` with the
   * same source is then tested once for both keywords.
   */
  readonly formatPatterns: Readonly<Record<string, RegExp>>;
  /**
   * Functions of `src/structure/formats.ts` that test exactly what a pattern
   * tests, by pattern source (`isCalendarDate` for the date expression):
   * called instead of the regular expression.
   */
  readonly patternFunctions?: Readonly<Record<string, string>>;
  /** Emit TypeScript (default) or plain JavaScript (for the tests, which run the code). */
  readonly typescript?: boolean;
  /**
   * Enumerations the module imports instead of writing them (the lists the
   * validation table shares with it): import name by `JSON.stringify` of the
   * list, and the module to import them from.
   */
  readonly sharedLists?: { readonly names: ReadonlyMap<string, string>; readonly from: string };
}

/** The state of one compilation (constants, functions, names drawn so far) and the emitters that fill it. */
class FastCompiler {
  readonly consts: string[] = [];
  readonly functions: string[] = [];
  readonly patterns = new Map<string, string>();
  readonly sets = new Map<string, string>();
  readonly defs = new Map<string, string>();
  readonly formatsUsed = new Set<string>();
  readonly functionsUsed = new Set<string>();
  readonly listsUsed = new Set<string>();
  usesUcs2length = false;
  fnCount = 0;
  varCount = 0;
  readonly ts: boolean;
  readonly param: string;
  readonly returns: string;

  constructor(
    readonly schema: JsonSchema,
    readonly options: FastStructureOptions,
  ) {
    this.ts = options.typescript !== false;
    this.param = this.ts ? 'x: any' : 'x';
    this.returns = this.ts ? ': boolean' : '';
  }

  patternName(source: string): string {
    let name = this.patterns.get(source);
    if (name === undefined) {
      name = `P${this.patterns.size}`;
      this.patterns.set(source, name);
      // Ajv with `unicodeRegExp: false` builds `new RegExp(pattern, "")`.
      this.consts.push(`const ${name} = new RegExp(${JSON.stringify(source)});`);
    }
    return name;
  }
  setName(values: readonly string[]): string {
    const key = JSON.stringify(values);
    let name = this.sets.get(key);
    if (name === undefined) {
      name = `S${this.sets.size}`;
      this.sets.set(key, name);
      const shared = this.options.sharedLists?.names.get(key);
      if (shared !== undefined) this.listsUsed.add(shared);
      this.consts.push(`const ${name} = new Set(${shared ?? key});`);
    }
    return name;
  }

  resolve(ref: string): JsonSchema | boolean {
    const m = /^#\/\$defs\/([^/~]+)$/.exec(ref);
    const defsNode = this.schema['$defs'];
    const target = m !== null && isSchema(defsNode) ? defsNode[m[1] as string] : undefined;
    if (!isSchema(target) && typeof target !== 'boolean') throw new Error(`fast structure: unsupported or unresolved $ref ${ref}`);
    return target;
  }

  /** Name of the function checking the schema node `node` (a `$defs` entry or a union branch). */
  fn(node: unknown, ref?: string): string {
    if (ref !== undefined) {
      const known = this.defs.get(ref);
      if (known !== undefined) return known;
    }
    const name = `f${this.fnCount++}`;
    if (ref !== undefined) this.defs.set(ref, name);
    const body = this.statements(ref !== undefined ? this.resolve(ref) : node, 'x', '  ');
    this.functions.push(`function ${name}(${this.param})${this.returns} {\n${body}  return true;\n}`);
    return name;
  }

  /** Statements that `return false` unless `v` is a plain JSON value, and count its values. */
  plain(v: string, ind: string): string {
    const n = `s${this.varCount++}`;
    return `${ind}const ${n} = plainSize(${v});\n${ind}if (${n} < 0) return false;\n${ind}nodes += ${n};\n`;
  }

  /** True when every value `node` accepts is rejected unless typed (so plain by the checks of its type). */
  restricts(node: unknown, seen: ReadonlySet<string> = new Set()): boolean {
    if (node === false) return true;
    if (!isSchema(node)) return false;
    if ('type' in node || 'enum' in node || 'const' in node) return true;
    const ref = node['$ref'];
    if (typeof ref === 'string') {
      if (seen.has(ref) || this.restricts(this.resolve(ref), new Set([...seen, ref]))) return true;
    }
    const all = node['allOf'];
    if (Array.isArray(all) && all.some((b) => this.restricts(b, seen))) return true;
    for (const k of ['anyOf', 'oneOf'] as const) {
      const branches = node[k];
      if (Array.isArray(branches) && branches.length > 0 && branches.every((b) => this.restricts(b, seen))) return true;
    }
    return false;
  }

  /** Statements that `return false` when `v` does not follow `node` or is not a plain JSON value; they count its values. */
  statements(node: unknown, v: string, ind: string): string {
    if (node === true || isTrivial(node)) return this.plain(v, ind);
    if (node === false) return `${ind}return false;\n`;
    if (!isSchema(node)) throw new Error('fast structure: a this.schema must be an object or a boolean');
    const keys = Object.keys(node);
    for (const k of keys) {
      if (!isInert(k) && !SUPPORTED.has(k)) throw new Error(`fast structure: unsupported keyword ${k}`);
    }
    const type = node['type'];
    if (type !== undefined && typeof type !== 'string') throw new Error('fast structure: only single types are supported');
    for (const k of keys) {
      const needs = TYPE_KEYWORDS[k];
      if (needs === undefined) continue;
      if (type === undefined) throw new Error(`fast structure: keyword ${k} without a type`);
      if (needs !== type && !(needs === 'number' && type === 'integer')) throw new Error(`fast structure: keyword ${k} on type ${type}`);
    }
    let out = '';
    if (type !== undefined) out += `${ind}if (!(${typeCondition(type, v)})) return false;\n`;
    // A node that lets untyped values through (applicators of unconstrained branches): check and count them.
    else if (!this.restricts(node)) out += this.plain(v, ind);

    if ('const' in node) {
      const c = node['const'];
      if (!isPrimitive(c)) throw new Error('fast structure: only primitive const values are supported');
      out += `${ind}if (${v} !== ${JSON.stringify(c)}) return false;\n`;
    }
    if ('enum' in node) {
      const values = node['enum'];
      if (!Array.isArray(values) || !values.every((x) => typeof x === 'string')) throw new Error('fast structure: only enumerations of strings are supported');
      if (values.length === 0) out += `${ind}return false;\n`;
      else if (values.length <= INLINE_ENUM) out += `${ind}if (${values.map((x) => `${v} !== ${JSON.stringify(x)}`).join(' && ')}) return false;\n`;
      else out += `${ind}if (!${this.setName(values as string[])}.has(${v})) return false;\n`;
    }

    // strings
    const minLength = node['minLength'];
    if (minLength !== undefined) {
      if (typeof minLength !== 'number' || !Number.isInteger(minLength) || minLength < 0) throw new Error('fast structure: bad minLength');
      // A string has at least one code point exactly when it has at least one code unit.
      if (minLength === 1) out += `${ind}if (${v}.length === 0) return false;\n`;
      else if (minLength > 1) {
        this.usesUcs2length = true;
        out += `${ind}if (ucs2length(${v}) < ${minLength}) return false;\n`;
      }
    }
    const maxLength = node['maxLength'];
    if (maxLength !== undefined) {
      if (typeof maxLength !== 'number' || !Number.isInteger(maxLength) || maxLength < 0) throw new Error('fast structure: bad maxLength');
      this.usesUcs2length = true;
      // A string of at most maxLength UTF-16 code units has at most maxLength code points: count only longer ones.
      out += `${ind}if (${v}.length > ${maxLength} && ucs2length(${v}) > ${maxLength}) return false;\n`;
    }
    const pattern = node['pattern'];
    const format = node['format'];
    if (format !== undefined) {
      if (typeof format !== 'string') throw new Error('fast structure: bad format');
      const regex = this.options.formatPatterns[format];
      if (regex === undefined) throw new Error(`fast structure: unknown format ${format}`);
      // The format *is* this regular expression: when the pattern is the same expression, one test decides both.
      if (!(typeof pattern === 'string' && pattern === regex.source && regex.flags === '')) {
        this.formatsUsed.add(format);
        out += `${ind}if (!F_${format.replace(/\W/g, '_')}.validate(${v})) return false;\n`;
      }
    }
    if (pattern !== undefined) {
      if (typeof pattern !== 'string') throw new Error('fast structure: bad pattern');
      const f = this.options.patternFunctions?.[pattern];
      if (f !== undefined) {
        this.functionsUsed.add(f);
        out += `${ind}if (!${f}(${v})) return false;\n`;
      } else out += `${ind}if (!${this.patternName(pattern)}.test(${v})) return false;\n`;
    }

    // numbers
    for (const [k, op] of [
      ['minimum', '<'],
      ['maximum', '>'],
      ['exclusiveMinimum', '<='],
      ['exclusiveMaximum', '>='],
    ] as const) {
      const limit = node[k];
      if (limit === undefined) continue;
      if (typeof limit !== 'number' || !Number.isFinite(limit)) throw new Error(`fast structure: bad ${k}`);
      out += `${ind}if (${v} ${op} ${limit}) return false;\n`;
    }

    // arrays
    const minItems = node['minItems'];
    if (minItems !== undefined) {
      if (typeof minItems !== 'number' || !Number.isInteger(minItems)) throw new Error('fast structure: bad minItems');
      out += `${ind}if (${v}.length < ${minItems}) return false;\n`;
    }
    const maxItems = node['maxItems'];
    if (maxItems !== undefined) {
      if (typeof maxItems !== 'number' || !Number.isInteger(maxItems)) throw new Error('fast structure: bad maxItems');
      out += `${ind}if (${v}.length > ${maxItems}) return false;\n`;
    }
    if (type === 'array') {
      // Every item is a value; each is checked (a hole or `undefined` item is not JSON).
      const i = `i${this.varCount++}`;
      const item = `v${this.varCount++}`;
      out += `${ind}nodes += ${v}.length;\n`;
      out += `${ind}for (let ${i} = 0; ${i} < ${v}.length; ${i}++) {\n${ind}  const ${item} = ${v}[${i}];\n${this.statements(node['items'] ?? true, item, `${ind}  `)}${ind}}\n`;
    }

    // objects
    const required = node['required'];
    if (required !== undefined) {
      if (!Array.isArray(required) || !required.every((r) => typeof r === 'string')) throw new Error('fast structure: bad required');
      for (const r of required as string[]) {
        if (r in Object.prototype) throw new Error(`fast structure: property name ${r} shadows Object.prototype`);
      }
      if (required.length > 0) out += `${ind}if (${(required as string[]).map((r) => `${member(v, r)} === undefined`).join(' || ')}) return false;\n`;
    }
    const props = node['properties'];
    if (props !== undefined && !isSchema(props)) throw new Error('fast structure: bad properties');
    const additional = node['additionalProperties'];
    const names = node['propertyNames'];
    if (type === 'object') {
      // `defined` counts the members read with a value; `keys` every key: a member whose value is
      // `undefined` (not JSON) makes them differ.
      const defined = `c${this.varCount++}`;
      out += `${ind}let ${defined} = 0;\n`;
      for (const name of isSchema(props) ? propertyOrder(props) : []) {
        if (name in Object.prototype) throw new Error(`fast structure: property name ${name} shadows Object.prototype`);
        const p = `v${this.varCount++}`;
        // Ajv reads `data.name` and checks it when it is not undefined.
        out += `${ind}const ${p} = ${member(v, name)};\n${ind}if (${p} !== undefined) {\n${ind}  ${defined}++;\n${this.statements(props?.[name], p, `${ind}  `)}${ind}}\n`;
      }
      const known = isSchema(props) ? Object.keys(props) : [];
      const k = `k${this.varCount++}`;
      const keys = `n${this.varCount++}`;
      const unknown =
        known.length === 0 ? 'true' : known.length <= INLINE_ENUM ? known.map((n) => `${k} !== ${JSON.stringify(n)}`).join(' && ') : `!${this.setName(known)}.has(${k})`;
      let body = `${ind}  ${keys}++;\n`;
      if (additional === false) body += `${ind}  if (${unknown}) return false;\n`;
      else {
        const a = `v${this.varCount++}`;
        body += `${ind}  if (${unknown}) {\n${ind}    const ${a} = ${v}[${k}];\n${ind}    ${defined}++;\n${this.statements(additional ?? true, a, `${ind}    `)}${ind}  }\n`;
      }
      if (names !== undefined && !isTrivial(names)) body += this.statements(names, k, `${ind}  `);
      out += `${ind}let ${keys} = 0;\n${ind}for (const ${k} in ${v}) {\n${body}${ind}}\n${ind}if (${keys} !== ${defined}) return false;\n${ind}nodes += ${keys};\n`;
    }

    // applicators
    const ref = node['$ref'];
    if (ref !== undefined) {
      if (typeof ref !== 'string') throw new Error('fast structure: bad $ref');
      out += `${ind}if (!${this.fn(undefined, ref)}(${v})) return false;\n`;
    }
    for (const k of ['allOf', 'anyOf', 'oneOf'] as const) {
      const branches = node[k];
      if (branches === undefined) continue;
      if (!Array.isArray(branches) || branches.length === 0) throw new Error(`fast structure: bad ${k}`);
      const names = branches.map((b) => this.fn(b));
      if (k === 'allOf') for (const f of names) out += `${ind}if (!${f}(${v})) return false;\n`;
      else if (k === 'anyOf') out += `${ind}if (!(${names.map((f) => `${f}(${v})`).join(' || ')})) return false;\n`;
      else {
        const n = `n${this.varCount++}`;
        out += `${ind}let ${n} = 0;\n`;
        for (const f of names) out += `${ind}if (${f}(${v}) && ++${n} > 1) return false;\n`;
        out += `${ind}if (${n} !== 1) return false;\n`;
      }
    }
    return out;
  }
}

/**
 * Compiles `schema` (a document schema with local `$defs`) to the body of a
 * TypeScript module exporting `isValid(data): boolean`. Throws on any keyword
 * it does not support.
 */
export function compileFastStructure(schema: JsonSchema, options: FastStructureOptions): { code: string; imports: string[]; functions: string[] } {
  const c = new FastCompiler(schema, options);
  const root = c.fn(schema);
  const imports: string[] = [];
  const fromFormats = [...(c.formatsUsed.size > 0 ? ['formats'] : []), ...[...c.functionsUsed].sort()];
  if (fromFormats.length > 0) imports.push(`import { ${fromFormats.join(', ')} } from '../../structure/formats.js';`);
  imports.push(`import { ${c.usesUcs2length ? 'hasPlainPrototype, plainSize, ucs2length' : 'hasPlainPrototype, plainSize'} } from '../../structure/runtime.js';`);
  imports.push("import { DEFAULT_READ_LIMITS } from '../../json/read-document.js';");
  if (c.listsUsed.size > 0 && options.sharedLists !== undefined)
    imports.push(`import { ${[...c.listsUsed].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).join(', ')} } from '${options.sharedLists.from}';`);
  const formatConsts = [...c.formatsUsed].sort().map((f) => `const F_${f.replace(/\W/g, '_')} = formats[${JSON.stringify(f)}];`);
  const code = [
    ...formatConsts,
    ...c.consts,
    '/** Values counted so far (items and members, at any depth), as the defensive reader counts them. */',
    `let nodes${c.ts ? ': number' : ''} = 0;`,
    '',
    ...c.functions.map((f) => `${f}\n`),
    '/**',
    ' * True when `data` is a plain JSON tree (what `JSON.parse` returns, within the',
    " * reader's size limit) that follows the published schema: the detailed",
    " * validator's verdict on such a value, without any error report.",
    ' */',
    `export function isValid(data${c.ts ? ': unknown' : ''})${c.returns} {\n  nodes = 0;\n  return ${root}(data) && nodes < DEFAULT_READ_LIMITS.maxNodes;\n}`,
    '',
  ].join('\n');
  return { code, imports, functions: [...c.functionsUsed].sort() };
}

/**
 * The fast-check generator: `src/generated/structure/<type>-fast.ts` for each
 * document type, compiled from the published schema as it is.
 */
export function fastStructureGenerator(
  schemas: () => Readonly<Record<string, JsonSchema>>,
  types: readonly string[],
  formatPatterns: Readonly<Record<string, RegExp>>,
  patternFunctions: Readonly<Record<string, string>>,
  schemasDir: string,
  banner: (generator: string, sources: readonly string[]) => string,
  sharedLists?: (schema: JsonSchema) => ReadonlyMap<string, string>,
): { name: string; run: () => { path: string; content: string }[] } {
  return {
    name: 'fast-structure',
    run: () => {
      const all = schemas();
      return types.map((type) => {
        const schema = all[type];
        if (schema === undefined) throw new Error(`fast structure: no schema for ${type}`);
        const lists = sharedLists?.(schema);
        const { code, imports } = compileFastStructure(schema, {
          formatPatterns,
          patternFunctions,
          ...(lists === undefined ? {} : { sharedLists: { names: lists, from: `./${type}-lists.js` } }),
        });
        const head = `${banner('scripts/generators/fast-structure.ts', [`${schemasDir}/${type}.schema.json`])}/* Fast structural check (true/false) of ${String(schema['$id'])}. */\n`;
        return { path: `src/generated/structure/${type}-fast.ts`, content: `${head}${imports.join('\n')}${imports.length > 0 ? '\n' : ''}\n${code}` };
      });
    },
  };
}
