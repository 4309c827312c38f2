/**
 * The validation tables: each published JSON Schema reduced to the keywords
 * that decide validity (`src/structure/check-schema.ts`), written as a
 * TypeScript module of plain data that the structure walker
 * (`src/structure/walk-errors.ts`) reads to report the errors of a document
 * the fast check rejected. Annotations (titles, descriptions, `x-…`) are left
 * out: the messages read them from the schema information (`<type>-info.ts`).
 * Sub-schemas that occur more than once (a date, a code list…) are written
 * once, as constants.
 *
 * Only the keywords the walker implements are accepted: any other keyword
 * makes generation fail, so a schema change can never be silently checked
 * less strictly.
 */
import { isAnnotation, isSchema } from './structure-schema-walk.js';

/** The keywords of each type group, which only apply to values of that type. */
const TYPED: Readonly<Record<string, string>> = {
  maximum: 'number',
  minimum: 'number',
  exclusiveMaximum: 'number',
  exclusiveMinimum: 'number',
  maxLength: 'string',
  minLength: 'string',
  pattern: 'string',
  format: 'string',
  maxItems: 'array',
  minItems: 'array',
  items: 'array',
  required: 'object',
  propertyNames: 'object',
  additionalProperties: 'object',
  properties: 'object',
};

const UNTYPED = new Set(['type', 'const', 'enum', '$ref', 'anyOf', 'oneOf', 'allOf']);
const TYPES = new Set(['object', 'array', 'string', 'number', 'integer', 'boolean', 'null']);
const FORMATS = new Set(['date', 'date-time', 'time']);

function isPrimitive(v: unknown): boolean {
  return v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

/** The validation keywords of `node` (a sub-schema at `at`), checked; `$defs` kept on the root only. */
export function checkTable(node: unknown, at = '', root = true): unknown {
  if (typeof node === 'boolean') return node;
  if (!isSchema(node)) throw new Error(`structure checks: ${at} is not a schema`);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    const here = `${at}/${k}`;
    if (isAnnotation(k)) continue;
    if (k === '$defs') {
      if (!root || !isSchema(v)) throw new Error(`structure checks: $defs at ${here}`);
      out[k] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, checkTable(s, `${here}/${name}`, false)]));
      continue;
    }
    if (!UNTYPED.has(k) && TYPED[k] === undefined) throw new Error(`structure checks: unsupported keyword ${here}`);
    const type = node['type'];
    if (TYPED[k] !== undefined && type !== TYPED[k] && !(TYPED[k] === 'number' && type === 'integer')) throw new Error(`structure checks: ${here} on type ${String(type)}`);
    switch (k) {
      case 'type':
        if (typeof v !== 'string' || !TYPES.has(v)) throw new Error(`structure checks: only single types are supported (${here})`);
        out[k] = v;
        break;
      case 'const':
        if (!isPrimitive(v)) throw new Error(`structure checks: only primitive const values are supported (${here})`);
        out[k] = v;
        break;
      case 'enum':
        if (!Array.isArray(v) || !v.every(isPrimitive)) throw new Error(`structure checks: only enumerations of primitives are supported (${here})`);
        out[k] = v;
        break;
      case '$ref':
        if (typeof v !== 'string' || !/^#\/\$defs\/[^/]+$/.test(v)) throw new Error(`structure checks: unsupported $ref ${String(v)} (${here})`);
        out[k] = v;
        break;
      case 'anyOf':
      case 'oneOf':
      case 'allOf':
        if (!Array.isArray(v) || v.length === 0) throw new Error(`structure checks: bad ${here}`);
        out[k] = v.map((b, i) => checkTable(b, `${here}/${i}`, false));
        break;
      case 'pattern':
        if (typeof v !== 'string') throw new Error(`structure checks: bad ${here}`);
        out[k] = v;
        break;
      case 'format':
        if (typeof v !== 'string' || !FORMATS.has(v)) throw new Error(`structure checks: unknown format ${String(v)} (${here})`);
        out[k] = v;
        break;
      case 'required':
        if (!Array.isArray(v) || !v.every((r) => typeof r === 'string' && !(r in Object.prototype))) throw new Error(`structure checks: bad ${here}`);
        out[k] = v;
        break;
      case 'properties':
        if (!isSchema(v)) throw new Error(`structure checks: bad ${here}`);
        for (const name of Object.keys(v)) if (name in Object.prototype) throw new Error(`structure checks: property name ${name} shadows Object.prototype (${here})`);
        out[k] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, checkTable(s, `${here}/${name}`, false)]));
        break;
      case 'items':
      case 'propertyNames':
      case 'additionalProperties':
        out[k] = checkTable(v, here, false);
        break;
      default:
        if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`structure checks: bad ${here}`);
        out[k] = v;
    }
  }
  return out;
}

function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(name);
}

/** Plain literal of a value (identifier keys unquoted), its members written by `inner` (with their key). */
function literal(v: unknown, inner: (x: unknown, key: string | undefined) => string): string {
  if (Array.isArray(v)) return `[${v.map((x) => inner(x, undefined)).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.entries(v)
      .map(([k, x]) => `${isIdentifier(k) ? k : JSON.stringify(k)}:${inner(x, k)}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Smallest literal worth a constant when it occurs more than once. */
const SHARED_MIN = 24;

/** Keywords whose value is a schema, a list of schemas, or a map of schemas. */
const SCHEMA_VALUED = new Set(['items', 'propertyNames', 'additionalProperties']);
const SCHEMA_LISTS = new Set(['anyOf', 'oneOf', 'allOf']);
const SCHEMA_MAPS = new Set(['properties', '$defs']);

/** Enumerations longer than this are written once, in the lists module, for the table and the fast check (which tests them with a `Set`). */
const SHARED_LIST_MIN = 5;

/**
 * The enumerations of `table` (a validation table) of at least
 * {@link SHARED_LIST_MIN} values, once each, in order of first occurrence,
 * with their import names (`L0`, `L1`…) by `JSON.stringify` of the list.
 */
export function sharedLists(table: unknown): Map<string, string> {
  const names = new Map<string, string>();
  const visit = (v: unknown, key: string | undefined): void => {
    if (Array.isArray(v)) {
      if (key === 'enum') {
        const k = JSON.stringify(v);
        if (v.length >= SHARED_LIST_MIN && !names.has(k)) names.set(k, `L${names.size}`);
      } else v.forEach((x) => visit(x, undefined));
    } else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, k);
  };
  visit(table, undefined);
  return names;
}

/** The lists module body: one exported constant per shared enumeration. */
export function emitLists(lists: ReadonlyMap<string, string>): string {
  return [...lists]
    .map(
      ([json, name]) =>
        `/** An enumeration of the schema. */\nexport const ${name}: readonly ${(JSON.parse(json) as unknown[]).every((x) => typeof x === 'string') ? 'string' : 'CheckPrimitive'}[] = ${json};\n`,
    )
    .join('');
}

/**
 * The table as a module body: `export const checks: CheckNode = …`, every
 * sub-schema or list of values that occurs more than once written once as a
 * constant, the enumerations of `lists` imported by name.
 */
export function emitCheckTable(table: unknown, lists: ReadonlyMap<string, string> = new Map()): string {
  const canonical = (v: unknown): string => literal(v, canonical);
  const counts = new Map<string, number>();
  const count = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    const text = canonical(v);
    counts.set(text, (counts.get(text) ?? 0) + 1);
    for (const x of Object.values(v)) count(x);
  };
  count(table);
  const names = new Map<string, string>();
  const consts: string[] = [];
  const shared = (v: unknown, type: string, body: () => string): string => {
    const text = canonical(v);
    if ((counts.get(text) ?? 0) < 2 || text.length < SHARED_MIN) return body();
    let name = names.get(text);
    if (name === undefined) {
      const written = body();
      name = `c${names.size}`;
      names.set(text, name);
      consts.push(`const ${name}: ${type} = ${written};`);
    }
    return name;
  };
  // A schema node: its members by keyword.
  const schema = (node: unknown): string => {
    if (typeof node === 'boolean') return String(node);
    return shared(node, 'CheckNode', () => literal(node, (x, k) => member(x, k as string)));
  };
  const member = (x: unknown, k: string): string => {
    if (SCHEMA_VALUED.has(k)) return schema(x);
    if (SCHEMA_LISTS.has(k)) return `[${(x as unknown[]).map(schema).join(',')}]`;
    if (SCHEMA_MAPS.has(k)) return literal(x, (s) => schema(s));
    const list = k === 'enum' ? lists.get(JSON.stringify(x)) : undefined;
    if (list !== undefined) return list;
    if (Array.isArray(x)) return shared(x, x.every((e) => typeof e === 'string') ? 'readonly string[]' : 'readonly CheckPrimitive[]', () => JSON.stringify(x));
    return JSON.stringify(x);
  };
  const root = literal(table, (x, k) => member(x, k as string));
  return `${consts.join('\n')}${consts.length > 0 ? '\n' : ''}\n/** The validation keywords of the schema, for the structure walker. */\nexport const checks: CheckNode = ${root};\n`;
}
