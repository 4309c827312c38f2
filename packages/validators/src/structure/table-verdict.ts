/**
 * The fast structural check read from the validation table instead of
 * generated code: the size-first form that the `browser` builds use (the
 * generated `<type>-fast.ts` modules weigh 10 to 47 KiB minified; this reader
 * 3 KiB). It answers exactly what the generated check answers — true when
 * the value is a plain JSON tree (what `JSON.parse` returns, within the
 * reader's size limit) that follows the schema — because it follows, keyword
 * by keyword and in the same order, what `scripts/generators/fast-structure.ts`
 * emits: the same type conditions (plain prototypes included), the same
 * places where unconstrained values are measured by `plainSize`, the same
 * count of values against `DEFAULT_READ_LIMITS.maxNodes`. The table is turned
 * into one closure per schema node when the check is first called: no code
 * is generated from strings. A property test compares both checks.
 *
 * La vérification rapide de la structure, lue dans la table de validation
 * plutôt que générée : la forme compacte des versions pour navigateur.
 */
import { DEFAULT_READ_LIMITS } from '../json/read-document.js';
import type { CheckNode, CheckSchema } from './check-schema.js';
import { formats } from './formats.js';
import { ownKeywords } from './own-keywords.js';
import { TYPE_TESTS, type CheckType } from './json-types.js';
import { hasPlainPrototype, plainSize, ucs2length } from './runtime.js';
import { tableDefinition } from './table-definition.js';

/** One compiled schema node: true when the value passes (values are counted on the way). */
type Check = (x: unknown) => boolean;

/** Ajv's type condition (`strictNumbers`), objects with a plain prototype only, as the generated check writes it. */
function typeTest(type: CheckType): Check {
  if (type !== 'object') return TYPE_TESTS[type];
  const isObject = TYPE_TESTS.object;
  return (x) => isObject(x) && hasPlainPrototype(x as object);
}

/** Discriminating properties first (a `const` or an `enum`), as the generated check reads them. */
function propertyOrder(props: Readonly<Record<string, CheckSchema>>): [string, CheckSchema][] {
  const rank = (s: CheckSchema): number => (typeof s === 'object' && (Object.hasOwn(s, 'const') || Object.hasOwn(s, 'enum')) ? 0 : 1);
  return Object.entries(props)
    .map((e, i) => ({ e, i, r: rank(e[1]) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.e);
}

/**
 * The fast structural check of the schema whose validation table is `root`:
 * the same verdict as the generated `isValid` of that schema.
 */
export function tableVerdict(root: CheckNode): (data: unknown) => boolean {
  /** Values counted during the current call, as the defensive reader counts them. */
  let nodes = 0;
  const compiled = new Map<CheckSchema, Check>();
  const byRef = new Map<string, Check>();

  const definition = (ref: string): CheckSchema => tableDefinition(root, ref, 'structure verdict');
  const plain: Check = (x) => {
    const n = plainSize(x);
    if (n < 0) return false;
    nodes += n;
    return true;
  };
  const trivial = (s: CheckSchema): boolean => s === true || (s !== false && Object.keys(s).every((k) => k === '$defs'));
  /** True when every value `s` accepts is typed by one of its checks (so plain by them). */
  const restricts = (schema: CheckSchema, seen: ReadonlySet<string>): boolean => {
    if (schema === false) return true;
    if (schema === true) return false;
    const s = ownKeywords(schema);
    if (s.type !== undefined || s.enum !== undefined || 'const' in s) return true;
    if (s.$ref !== undefined && (seen.has(s.$ref) || restricts(definition(s.$ref), new Set([...seen, s.$ref])))) return true;
    if (s.allOf?.some((b) => restricts(b, seen)) === true) return true;
    for (const branches of [s.anyOf, s.oneOf]) if (branches !== undefined && branches.length > 0 && branches.every((b) => restricts(b, seen))) return true;
    return false;
  };
  /** The check of a definition, compiled on its first call (definitions may refer to each other). */
  const ref = (name: string): Check => {
    let f = byRef.get(name);
    if (f === undefined) {
      let target: Check | undefined;
      f = (x) => (target ??= compile(definition(name)))(x);
      byRef.set(name, f);
    }
    return f;
  };

  const compile = (s: CheckSchema): Check => {
    const known = compiled.get(s);
    if (known !== undefined) return known;
    let f: Check;
    if (trivial(s)) f = plain;
    else if (s === false) f = () => false;
    // Keywords read from the node's own members only (whatever `Object.prototype` holds, the check made is the clean one).
    else f = compileNode(ownKeywords(s as CheckNode));
    compiled.set(s, f);
    return f;
  };

  const compileNode = (s: CheckNode): Check => {
    const checks: Check[] = [];
    const type = s.type;
    if (type !== undefined) checks.push(typeTest(type));
    else if (!restricts(s, new Set())) checks.push(plain);
    if ('const' in s) {
      const c = s.const;
      checks.push((x) => x === c);
    }
    if (s.enum !== undefined) {
      const values = new Set(s.enum);
      checks.push((x) => values.has(x as never));
    }
    // Strings (the type test above has passed).
    const { minLength, maxLength, pattern, format } = s;
    if (minLength !== undefined && minLength > 0) checks.push(minLength === 1 ? (x) => (x as string).length > 0 : (x) => ucs2length(x as string) >= minLength);
    if (maxLength !== undefined) checks.push((x) => (x as string).length <= maxLength || ucs2length(x as string) <= maxLength);
    if (format !== undefined) checks.push(formats[format].validate as Check);
    if (pattern !== undefined) {
      // Ajv with `unicodeRegExp: false` builds `new RegExp(pattern, "")`.
      const r = new RegExp(pattern);
      checks.push((x) => r.test(x as string));
    }
    // Numbers.
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = s;
    if (minimum !== undefined) checks.push((x) => !((x as number) < minimum));
    if (maximum !== undefined) checks.push((x) => !((x as number) > maximum));
    if (exclusiveMinimum !== undefined) checks.push((x) => !((x as number) <= exclusiveMinimum));
    if (exclusiveMaximum !== undefined) checks.push((x) => !((x as number) >= exclusiveMaximum));
    // Arrays: every item is a value, and each is checked (a hole or an `undefined` item is not JSON).
    const { minItems, maxItems } = s;
    if (minItems !== undefined) checks.push((x) => (x as unknown[]).length >= minItems);
    if (maxItems !== undefined) checks.push((x) => (x as unknown[]).length <= maxItems);
    if (type === 'array') {
      const item = compile(s.items ?? true);
      checks.push((x) => {
        const a = x as unknown[];
        nodes += a.length;
        for (let i = 0; i < a.length; i++) if (!item(a[i])) return false;
        return true;
      });
    }
    // Objects: `defined` counts the members read with a value, `keys` every key; a member whose value is `undefined` makes them differ.
    const required = s.required;
    if (required !== undefined && required.length > 0)
      checks.push((x) => {
        for (let i = 0; i < required.length; i++) if ((x as Record<string, unknown>)[required[i] as string] === undefined) return false;
        return true;
      });
    if (type === 'object') {
      const ordered = propertyOrder(s.properties ?? {});
      const propNames = ordered.map(([name]) => name);
      const propChecks = ordered.map(([, p]) => compile(p));
      const count = propNames.length;
      const names = new Set(propNames);
      const extra = s.additionalProperties;
      const other = extra === false ? undefined : compile(extra ?? true);
      const keyCheck = s.propertyNames === undefined || trivial(s.propertyNames) ? undefined : compile(s.propertyNames);
      checks.push((x) => {
        const o = x as Record<string, unknown>;
        let defined = 0;
        for (let i = 0; i < count; i++) {
          const v = o[propNames[i] as string];
          if (v !== undefined) {
            defined++;
            if (!(propChecks[i] as Check)(v)) return false;
          }
        }
        let keys = 0;
        for (const k in o) {
          keys++;
          if (!names.has(k)) {
            if (other === undefined) return false;
            defined++;
            if (!other(o[k])) return false;
          }
          if (keyCheck !== undefined && !keyCheck(k)) return false;
        }
        if (keys !== defined) return false;
        nodes += keys;
        return true;
      });
    }
    // Applicators.
    if (s.$ref !== undefined) checks.push(ref(s.$ref));
    if (s.allOf !== undefined) checks.push(...s.allOf.map(compile));
    if (s.anyOf !== undefined) {
      const branches = s.anyOf.map(compile);
      checks.push((x) => {
        for (let i = 0; i < branches.length; i++) if ((branches[i] as Check)(x)) return true;
        return false;
      });
    }
    if (s.oneOf !== undefined) {
      const branches = s.oneOf.map(compile);
      checks.push((x) => {
        let passing = 0;
        for (let i = 0; i < branches.length; i++) if ((branches[i] as Check)(x) && ++passing > 1) return false;
        return passing === 1;
      });
    }
    const n = checks.length;
    if (n === 1) return checks[0] as Check;
    return (x) => {
      for (let i = 0; i < n; i++) if (!(checks[i] as Check)(x)) return false;
      return true;
    };
  };

  let top: Check | undefined;
  return (data) => {
    top ??= compile(root);
    nodes = 0;
    return top(data) && nodes < DEFAULT_READ_LIMITS.maxNodes;
  };
}
