/**
 * The detailed structural check: walks a document along the validation table
 * of its schema (`check-schema.ts`) and lists every error, in the very shape,
 * order and wording of parameters that Ajv 8 (draft 2020-12, `allErrors`,
 * strict, `unicodeRegExp: false`, references compiled as functions) gives for
 * the same schema — so that the mapping to issues (`map-errors.ts`) is the one
 * that was written against Ajv, and the tests compare both on every fixture
 * and on generated and corrupted documents. It runs only on the documents the
 * fast check rejects; a plain interpreter of data, it generates no code.
 *
 * Vérification détaillée de la structure : toutes les erreurs, comme Ajv les donne.
 */
import { escapeToken, unescapeToken } from '../json/pointer.js';
import type { AjvError, StructureValidator } from './ajv-error.js';
import type { CheckNode, CheckSchema } from './check-schema.js';
import { formats } from './formats.js';
import { TYPE_TESTS, type CheckType } from './json-types.js';
import { ucs2length } from './runtime.js';
import { tableDefinition } from './table-definition.js';

/** One walk: the table (for `$ref`) and the errors found so far. */
interface Walk {
  readonly root: CheckNode;
  readonly errors: AjvError[];
}

const REGEXPS = new Map<string, RegExp>();
const ENUMS = new WeakMap<readonly unknown[], ReadonlySet<unknown>>();

function inEnum(values: readonly unknown[], d: unknown): boolean {
  if (values.length <= 8) return values.includes(d);
  let set = ENUMS.get(values);
  if (set === undefined) {
    set = new Set(values);
    ENUMS.set(values, set);
  }
  return set.has(d);
}

function regexp(source: string): RegExp {
  let r = REGEXPS.get(source);
  if (r === undefined) {
    // Ajv with `unicodeRegExp: false` builds `new RegExp(pattern, "")`.
    r = new RegExp(source);
    REGEXPS.set(source, r);
  }
  return r;
}

/** A schema path token as Ajv writes it (`escapeFragment`). */
function fragment(name: string): string {
  return encodeURIComponent(escapeToken(name));
}

/** The definition `ref` (`#/$defs/<name>`) names. */
const definition = (root: CheckNode, ref: string): CheckSchema => tableDefinition(root, ref, 'structure walk');

/** Every validation keyword of a node, each an own member (`undefined` when the node lacks it). */
type Keywords = { -readonly [K in keyof CheckNode]-?: CheckNode[K] | undefined };

/**
 * What the walk needs of a node, computed once per node: every keyword as an
 * own member (`undefined` when the node lacks it, so a member of
 * `Object.prototype` of that name is never read), copied from the node's own
 * members only — a record prepared during a polluted call is the clean one,
 * and the cache may keep it — and what follows from them. Every record is a
 * copy of {@link BLANK} (one shape: the walk reads every record the same way).
 */
interface Prepared extends Keywords {
  /** A `$ref` alone: a call of the referenced definition. */
  refOnly: boolean;
  /** The type is checked before every keyword (no keyword of that type's group). */
  first: boolean;
  number: boolean;
  string: boolean;
  array: boolean;
  object: boolean;
  /** `properties`: name, schema, instance path suffix, schema path suffix. */
  props: readonly (readonly [string, CheckSchema, string, string])[];
}

const BLANK: Prepared = {
  type: undefined,
  const: undefined,
  enum: undefined,
  $ref: undefined,
  anyOf: undefined,
  oneOf: undefined,
  allOf: undefined,
  maximum: undefined,
  minimum: undefined,
  exclusiveMaximum: undefined,
  exclusiveMinimum: undefined,
  maxLength: undefined,
  minLength: undefined,
  pattern: undefined,
  format: undefined,
  maxItems: undefined,
  minItems: undefined,
  items: undefined,
  required: undefined,
  propertyNames: undefined,
  additionalProperties: undefined,
  properties: undefined,
  $defs: undefined,
  refOnly: false,
  first: false,
  number: false,
  string: false,
  array: false,
  object: false,
  props: [],
};

const PREPARED = new WeakMap<CheckNode, Prepared>();

function prepare(node: CheckNode): Prepared {
  let s = PREPARED.get(node);
  if (s === undefined) {
    // `Object.assign` copies the node's own enumerable members only.
    s = Object.assign({ ...BLANK }, node);
    const number = s.maximum !== undefined || s.minimum !== undefined || s.exclusiveMaximum !== undefined || s.exclusiveMinimum !== undefined;
    const string = s.maxLength !== undefined || s.minLength !== undefined || s.pattern !== undefined || s.format !== undefined;
    const array = s.maxItems !== undefined || s.minItems !== undefined || s.items !== undefined;
    const object = s.required !== undefined || s.propertyNames !== undefined || s.additionalProperties !== undefined || s.properties !== undefined;
    const t = s.type;
    // Ajv checks the type first unless keywords of that very type check it in their group (then the error comes after them).
    const grouped = t === 'number' ? number : t === 'string' ? string : t === 'array' ? array : t === 'object' ? object : false;
    const props = s.properties ?? {};
    s.refOnly = s.$ref !== undefined && Object.keys(node).length === 1;
    s.first = t !== undefined && !grouped;
    s.number = number;
    s.string = string;
    s.array = array;
    s.object = object;
    s.props = Object.keys(props).map((name) => [name, props[name] as CheckSchema, `/${escapeToken(name)}`, `/properties/${fragment(name)}`] as const);
    PREPARED.set(node, s);
  }
  return s;
}

function fail(w: Walk, ip: string, sp: string, pn: string | undefined, keyword: string, params: Record<string, unknown>): void {
  const e: AjvError = { instancePath: ip, schemaPath: sp, keyword, params };
  if (pn !== undefined) e.propertyName = pn;
  w.errors.push(e);
}

function walk(w: Walk, schema: CheckSchema, d: unknown, ip: string, sp: string, pn: string | undefined): void {
  const errors = w.errors;
  if (schema === true) return;
  if (schema === false) return fail(w, ip, `${sp}/false schema`, pn, 'false schema', {});
  // Every keyword is read from the node's prepared record (own members only).
  const s = prepare(schema);
  const ref = s.$ref;
  if (s.refOnly) {
    // A reference alone is a call of the referenced function: its errors carry its own schema paths.
    walk(w, definition(w.root, ref as string), d, ip, ref as string, undefined);
    return;
  }
  const type = s.type;
  if (s.first && !TYPE_TESTS[type as CheckType](d)) fail(w, ip, `${sp}/type`, pn, 'type', { type });

  // Keywords of any type.
  if (ref !== undefined) walk(w, definition(w.root, ref), d, ip, ref, undefined);
  // A `const` of a table is JSON (never `undefined`).
  if (s.const !== undefined && s.const !== d) fail(w, ip, `${sp}/const`, pn, 'const', { allowedValue: s.const });
  if (s.enum !== undefined && !inEnum(s.enum, d)) fail(w, ip, `${sp}/enum`, pn, 'enum', { allowedValues: s.enum });
  if (s.anyOf !== undefined) {
    const start = errors.length;
    let valid = false;
    for (let i = 0; i < s.anyOf.length && !valid; i++) {
      const before = errors.length;
      walk(w, s.anyOf[i] as CheckSchema, d, ip, `${sp}/anyOf/${i}`, pn);
      valid = errors.length === before;
    }
    if (valid) errors.length = start;
    else fail(w, ip, `${sp}/anyOf`, pn, 'anyOf', {});
  }
  if (s.oneOf !== undefined) {
    const start = errors.length;
    let valid = false;
    let passing: unknown = null;
    for (let i = 0; i < s.oneOf.length; i++) {
      const before = errors.length;
      walk(w, s.oneOf[i] as CheckSchema, d, ip, `${sp}/oneOf/${i}`, pn);
      const ok = errors.length === before;
      // As Ajv's code does: a second passing branch ends the evaluation.
      if (i > 0 && ok && valid) {
        valid = false;
        passing = [passing, i];
        break;
      }
      if (ok) {
        valid = true;
        passing = i;
      }
    }
    if (valid) errors.length = start;
    else fail(w, ip, `${sp}/oneOf`, pn, 'oneOf', { passingSchemas: passing });
  }
  if (s.allOf !== undefined) s.allOf.forEach((b, i) => walk(w, b, d, ip, `${sp}/allOf/${i}`, pn));
  // The type error of a node whose type has keywords of its group comes after them.
  const late = s.first ? undefined : type;

  // Number keywords.
  if (s.number) {
    if (typeof d === 'number' && isFinite(d)) {
      if (s.maximum !== undefined && (d > s.maximum || isNaN(d))) fail(w, ip, `${sp}/maximum`, pn, 'maximum', { comparison: '<=', limit: s.maximum });
      if (s.minimum !== undefined && (d < s.minimum || isNaN(d))) fail(w, ip, `${sp}/minimum`, pn, 'minimum', { comparison: '>=', limit: s.minimum });
      if (s.exclusiveMaximum !== undefined && (d >= s.exclusiveMaximum || isNaN(d)))
        fail(w, ip, `${sp}/exclusiveMaximum`, pn, 'exclusiveMaximum', { comparison: '<', limit: s.exclusiveMaximum });
      if (s.exclusiveMinimum !== undefined && (d <= s.exclusiveMinimum || isNaN(d)))
        fail(w, ip, `${sp}/exclusiveMinimum`, pn, 'exclusiveMinimum', { comparison: '>', limit: s.exclusiveMinimum });
    } else if (late === 'number') fail(w, ip, `${sp}/type`, pn, 'type', { type });
  }

  // String keywords.
  if (s.string) {
    if (typeof d === 'string') {
      if (s.maxLength !== undefined && d.length > s.maxLength && ucs2length(d) > s.maxLength) fail(w, ip, `${sp}/maxLength`, pn, 'maxLength', { limit: s.maxLength });
      // A string has at least one code point exactly when it has one code unit.
      if (s.minLength !== undefined && (s.minLength === 1 ? d.length === 0 : ucs2length(d) < s.minLength)) fail(w, ip, `${sp}/minLength`, pn, 'minLength', { limit: s.minLength });
      if (s.pattern !== undefined && !regexp(s.pattern).test(d)) fail(w, ip, `${sp}/pattern`, pn, 'pattern', { pattern: s.pattern });
      if (s.format !== undefined && !formats[s.format].validate(d)) fail(w, ip, `${sp}/format`, pn, 'format', { format: s.format });
    } else if (late === 'string') fail(w, ip, `${sp}/type`, pn, 'type', { type });
  }

  // Array keywords.
  if (s.array) {
    if (Array.isArray(d)) {
      if (s.maxItems !== undefined && d.length > s.maxItems) fail(w, ip, `${sp}/maxItems`, pn, 'maxItems', { limit: s.maxItems });
      if (s.minItems !== undefined && d.length < s.minItems) fail(w, ip, `${sp}/minItems`, pn, 'minItems', { limit: s.minItems });
      const items = s.items;
      if (items !== undefined) {
        const at = `${sp}/items`;
        for (let i = 0; i < d.length; i++) walk(w, items, d[i], `${ip}/${i}`, at, pn);
      }
    } else if (late === 'array') fail(w, ip, `${sp}/type`, pn, 'type', { type });
  }

  // Object keywords.
  if (s.object) {
    if (d !== null && typeof d === 'object' && !Array.isArray(d)) {
      const o = d as Record<string, unknown>;
      if (s.required !== undefined) for (const r of s.required) if (o[r] === undefined) fail(w, ip, `${sp}/required`, pn, 'required', { missingProperty: r });
      const names = s.propertyNames;
      if (names !== undefined) {
        for (const key in o) {
          const before = errors.length;
          walk(w, names, key, ip, `${sp}/propertyNames`, key);
          if (errors.length !== before) fail(w, ip, `${sp}/propertyNames`, pn, 'propertyNames', { propertyName: key });
        }
      }
      const extra = s.additionalProperties;
      const props = s.properties;
      if (extra !== undefined && extra !== true) {
        for (const key in o) {
          if (props !== undefined && Object.prototype.hasOwnProperty.call(props, key)) continue;
          if (extra === false) fail(w, ip, `${sp}/additionalProperties`, pn, 'additionalProperties', { additionalProperty: key });
          else walk(w, extra, o[key], `${ip}/${escapeToken(key)}`, `${sp}/additionalProperties`, pn);
        }
      }
      for (const [name, sub, ipTail, spTail] of s.props) {
        const v = o[name];
        if (v !== undefined) walk(w, sub, v, ip + ipTail, sp + spTail, pn);
      }
    } else if (late === 'object') fail(w, ip, `${sp}/type`, pn, 'type', { type });
  }
}

/**
 * The node of `root` at `pointer` (a JSON Pointer inside the schema, such as
 * a union branch `/$defs/Operateur/oneOf/0`), or undefined.
 */
export function nodeAt(root: CheckNode, pointer: string): CheckSchema | undefined {
  let node: unknown = root;
  if (pointer === '') return root;
  for (const token of pointer.slice(1).split('/')) {
    if (node === null || typeof node !== 'object') return undefined;
    const next: unknown = (node as Record<string, unknown>)[unescapeToken(token)];
    node = next;
  }
  return node === true || node === false || (node !== null && typeof node === 'object' && !Array.isArray(node)) ? (node as CheckSchema) : undefined;
}

/**
 * A validator of the node at `pointer` of `root` with Ajv's calling
 * convention: returns the verdict and leaves every error in `.errors` (null
 * when there is none). Its schema paths start at `#<pointer>`, as those of the
 * function Ajv compiles for that node.
 */
export function walkingValidator(root: CheckNode, pointer = ''): StructureValidator {
  const node = nodeAt(root, pointer);
  if (node === undefined) throw new Error(`structure walk: no schema node at ${pointer}`);
  const validator: StructureValidator = (data, options) => {
    const w: Walk = { root, errors: [] };
    walk(w, node, data, options?.instancePath ?? '', `#${pointer}`, undefined);
    validator.errors = w.errors.length === 0 ? null : w.errors;
    return w.errors.length === 0;
  };
  return validator;
}
