/**
 * `checkFhir()`: walks a FHIR R4 resource (a Bundle, contained and nested
 * resources, extensions at any depth) and checks every Coding whose system is
 * SERAFIN-PH, an ANS list the SDK carries, or an ANS-namespace URL; the
 * bindings of the TDDUI / SDO profiles named in `meta.profile`; the TDDUI
 * decision extension; ValueSet and ConceptMap resources.
 */
import { checkProfileBindings } from './bindings/profile-bindings.js';
import { checkCodingObject } from './rules/code-rules.js';
import { checkDecision, TDDUI_DECISION_URL } from './rules/decision-rules.js';
import { checkConceptMap, checkValueSet } from './rules/terminology-rules.js';
import { optionValue } from './options/option-value.js';
import type { CheckFhirOptions, FhirCheckReport } from './report/types.js';
import { CheckContext } from './walk/context.js';
import { at, ROOT, type Location } from './walk/location.js';

interface Frame {
  readonly value: unknown;
  readonly location: Location;
  /** Number of objects and arrays above this one. */
  readonly depth: number;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finish(ctx: CheckContext): FhirCheckReport {
  return { valid: !ctx.issues.some((i) => i.severity === 'error'), resources: ctx.resources, issues: ctx.issues, notChecked: ctx.notChecked };
}

/**
 * Checks a FHIR R4 resource given as parsed JSON. Never throws; linear in the
 * size of the input (the walk is iterative: any depth). An in-memory value
 * that is not JSON is reported, not followed: an object found inside itself
 * (a cycle) gives FHIR-INPUT-002 at that place and is not walked again; a
 * member whose reading throws (getter, proxy) gives FHIR-INPUT-002 at that
 * member, which is not checked, and the walk goes on; an object whose members
 * cannot even be listed, or a check that throws on what it reads, gives
 * FHIR-INPUT-002 and ends the walk, with the issues found until then. An
 * object reached twice by different paths (shared, not cyclic) is checked at
 * each place.
 *
 * @example
 * const report = checkFhir(JSON.parse(text), { lang: 'en' });
 * if (!report.valid) console.log(toOperationOutcome(report));
 */
export function checkFhir(resource: unknown, options?: CheckFhirOptions): FhirCheckReport {
  let ctx: CheckContext | undefined;
  const at: { location: Location } = { location: ROOT };
  try {
    const [context, isResource] = contextFor(resource, readOptions(options));
    ctx = context;
    if (isResource) walk(ctx, resource, at);
  } catch {
    ctx ??= new CheckContext('Resource', languageOf(options), true, Number.POSITIVE_INFINITY);
    ctx.report('FHIR-INPUT-002', at.location, {
      fr: 'La lecture d’une propriété de l’entrée a levé une exception (accesseur, proxy) : l’entrée n’est pas du JSON. Vérification arrêtée.',
      en: 'Reading a property of the input threw an exception (getter, proxy): the input is not JSON. Check stopped.',
    });
  }
  return finish(ctx);
}

/** The language asked for, read without letting a throwing option escape. */
function languageOf(options: unknown): 'fr' | 'en' {
  return readOptions(options).lang === 'en' ? 'en' : 'fr';
}

/**
 * The options as a plain object of the expected types: an option that is
 * absent, of another type or whose reading throws keeps its default, so a
 * programmer's odd options never turn into issues of the resource.
 */
function readOptions(options: unknown): CheckFhirOptions {
  const lang = optionValue(options, 'lang');
  const bindings = optionValue(options, 'bindings');
  const maxIssues = optionValue(options, 'maxIssues');
  const referenceDate = optionValue(options, 'referenceDate');
  const versions = optionValue(options, 'valueSetVersions');
  let valueSetVersions: Record<string, string> | undefined;
  try {
    if (isObject(versions)) valueSetVersions = Object.fromEntries(Object.entries(versions).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    valueSetVersions = undefined;
  }
  return {
    ...(lang === 'en' || lang === 'fr' ? { lang } : {}),
    ...(typeof bindings === 'boolean' ? { bindings } : {}),
    // A limit below 1 would collect nothing and call any input valid: it keeps the default (no limit).
    ...(typeof maxIssues === 'number' && maxIssues >= 1 ? { maxIssues } : {}),
    ...(typeof referenceDate === 'string' ? { referenceDate } : {}),
    ...(valueSetVersions !== undefined ? { valueSetVersions } : {}),
  };
}

/** The run's context, and whether the input is a resource (else FHIR-INPUT-001 is reported). */
function contextFor(resource: unknown, options: CheckFhirOptions): [CheckContext, boolean] {
  const lang = options.lang === 'en' ? 'en' : 'fr';
  const rootType = isObject(resource) && typeof resource['resourceType'] === 'string' ? resource['resourceType'] : undefined;
  const ctx = new CheckContext(rootType ?? 'Resource', lang, options.bindings !== false, options.maxIssues ?? Number.POSITIVE_INFINITY);
  ctx.versionChoice = {
    ...(options.valueSetVersions !== undefined ? { valueSetVersions: options.valueSetVersions } : {}),
    ...(typeof options.referenceDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(options.referenceDate) ? { referenceDate: options.referenceDate } : {}),
  };
  if (rootType === undefined) {
    ctx.report('FHIR-INPUT-001', ROOT, {
      fr: isObject(resource) ? 'Objet JSON sans `resourceType` : ce n’est pas une ressource FHIR.' : 'La valeur n’est pas un objet JSON : ce n’est pas une ressource FHIR.',
      en: isObject(resource) ? 'JSON object without `resourceType`: not a FHIR resource.' : 'The value is not a JSON object: not a FHIR resource.',
    });
  }
  return [ctx, rootType !== undefined];
}

/** Levels of the path searched by comparison before the set of deeper ones. */
const SHALLOW = 32;

/** Whether `value` is one of the objects of `path` (its first SHALLOW compared, the others in `deep`). */
function onPath(path: readonly object[], deep: ReadonlySet<object>, value: object): boolean {
  const shallow = Math.min(path.length, SHALLOW);
  for (let d = 0; d < shallow; d++) if (path[d] === value) return true;
  return path.length > SHALLOW && deep.has(value);
}

/**
 * Walks the resource depth first, without recursion, and runs the checks on
 * every object; `current.location` follows the object being checked, for the
 * report of an exception thrown while reading it.
 */
function walk(ctx: CheckContext, resource: unknown, current: { location: Location }): void {
  // `path[d]` is the object at depth d on the way from the root to the object being checked (a depth-first walk
  // checks an object's whole subtree before anything else at its depth): meeting one of them again is a cycle.
  // The first SHALLOW levels are searched by comparison (FHIR resources are rarely deeper, and this costs less
  // than hashing every object); deeper ones are also held in `deep`. At most SHALLOW comparisons and one set
  // look-up per object: linear.
  const path: object[] = [];
  const deep = new Set<object>();
  const stack: Frame[] = [{ value: resource, location: ROOT, depth: 0 }];
  while (stack.length > 0 && !ctx.full) {
    const { value, location, depth } = stack.pop()!;
    current.location = location;
    while (path.length > depth) {
      const left = path.pop()!;
      if (path.length >= SHALLOW) deep.delete(left);
    }
    if (onPath(path, deep, value as object)) {
      ctx.report('FHIR-INPUT-002', location, {
        fr: 'Cet objet contient l’objet qui le contient (cycle) : la valeur en mémoire n’est pas du JSON ; il n’est pas parcouru une seconde fois.',
        en: 'This object contains an object that contains it (a cycle): the in-memory value is not JSON; it is not walked again.',
      });
      continue;
    }
    if (path.length >= SHALLOW) deep.add(value as object);
    path.push(value as object);
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, location: at(location, i), depth: depth + 1 });
      }
      continue;
    }
    const node = value as Record<string, unknown>;
    if (typeof node['resourceType'] === 'string') {
      ctx.resources++;
      checkProfileBindings(ctx, node, location);
      if (node['resourceType'] === 'ValueSet') checkValueSet(ctx, node, location);
      else if (node['resourceType'] === 'ConceptMap') checkConceptMap(ctx, node, location);
    }
    if (typeof node['system'] === 'string' && 'code' in node) checkCodingObject(ctx, node, location);
    if (node['url'] === TDDUI_DECISION_URL) checkDecision(ctx, node, location);
    const keys = Object.keys(node);
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k]!;
      let child: unknown;
      try {
        child = node[key];
      } catch {
        ctx.report('FHIR-INPUT-002', at(location, key), {
          fr: 'La lecture de cette propriété a levé une exception (accesseur, proxy) : la valeur en mémoire n’est pas du JSON ; elle n’est pas vérifiée.',
          en: 'Reading this property threw an exception (getter, proxy): the in-memory value is not JSON; it is not checked.',
        });
        continue;
      }
      if (typeof child === 'object' && child !== null) stack.push({ value: child, location: at(location, key), depth: depth + 1 });
    }
  }
}
