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
import type { CheckFhirOptions, FhirCheckReport } from './report/types.js';
import { CheckContext } from './walk/context.js';
import { at, ROOT, type Location } from './walk/location.js';

interface Frame {
  readonly value: unknown;
  readonly location: Location;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finish(ctx: CheckContext): FhirCheckReport {
  return { valid: !ctx.issues.some((i) => i.severity === 'error'), resources: ctx.resources, issues: ctx.issues, notChecked: ctx.notChecked };
}

/**
 * Checks a FHIR R4 resource given as parsed JSON. Never throws; linear in the
 * size of the input (the walk is iterative: any depth).
 *
 * @example
 * const report = checkFhir(JSON.parse(text), { lang: 'en' });
 * if (!report.valid) console.log(toOperationOutcome(report));
 */
export function checkFhir(resource: unknown, options: CheckFhirOptions = {}): FhirCheckReport {
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
    return finish(ctx);
  }
  const stack: Frame[] = [{ value: resource, location: ROOT }];
  while (stack.length > 0 && !ctx.full) {
    const { value, location } = stack.pop()!;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, location: at(location, i) });
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
      const child = node[key];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, location: at(location, key) });
    }
  }
  return finish(ctx);
}
