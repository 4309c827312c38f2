/**
 * Value-set membership of one bound CodeableConcept (or Coding).
 */
import { fhirRule } from '../rules/catalogue.js';
import type { FhirSeverity } from '../report/types.js';
import type { CheckContext } from '../walk/context.js';
import { at, type Location } from '../walk/location.js';
import { boundValueSet, contains } from './value-sets.js';

/** FHIR binding strength. */
export type BindingStrength = 'required' | 'extensible' | 'preferred' | 'example';

const SEVERITY: Record<BindingStrength, FhirSeverity | null> = { required: 'error', extensible: 'warning', preferred: 'info', example: null };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks that a bound element holds a code of its value set: for a
 * CodeableConcept, at least one of its codings (of `systemSlice` when the
 * profile slices on the system). Absent or text-only concepts are left to the
 * profile's cardinalities.
 */
export function checkBoundConcept(
  ctx: CheckContext,
  value: unknown,
  location: Location,
  valueSetUrl: string,
  strength: BindingStrength,
  element: string,
  systemSlice?: string,
): void {
  if (!ctx.bindings) return;
  const severity = SEVERITY[strength];
  const vs = boundValueSet(valueSetUrl);
  if (severity === null || vs === undefined || !isObject(value)) return;
  let codings: { coding: Record<string, unknown>; location: Location }[];
  if (Array.isArray(value['coding'])) {
    codings = (value['coding'] as unknown[]).flatMap((c, i) => (isObject(c) ? [{ coding: c, location: at(at(location, 'coding'), i) }] : []));
  } else if (typeof value['system'] === 'string' || typeof value['code'] === 'string') {
    codings = [{ coding: value, location }];
  } else return;
  if (systemSlice !== undefined) codings = codings.filter((c) => c.coding['system'] === systemSlice);
  if (codings.length === 0) return;
  if (vs.members === undefined) {
    ctx.notChecked.push({ expression: ctx.expression(location), valueSet: vs.url, reason: 'value-set-not-carried' });
    return;
  }
  const results = codings.map((c) =>
    typeof c.coding['system'] === 'string' && typeof c.coding['code'] === 'string' ? contains(vs, c.coding['system'], c.coding['code']) === true : false,
  );
  if (systemSlice !== undefined) {
    // every coding of the slice is bound
    results.forEach((ok, i) => {
      if (!ok) report(ctx, codings[i]!.location, vs.name, vs.url, vs.note, strength, severity, element, codings[i]!.coding);
    });
    return;
  }
  if (!results.some(Boolean)) report(ctx, location, vs.name, vs.url, vs.note, strength, severity, element, codings[0]!.coding);
}

function report(
  ctx: CheckContext,
  location: Location,
  name: string,
  url: string,
  note: string,
  strength: BindingStrength,
  severity: FhirSeverity,
  element: string,
  coding: Record<string, unknown>,
): void {
  const code = typeof coding['code'] === 'string' ? coding['code'] : undefined;
  const shown = code === undefined ? '' : ` ${JSON.stringify(code.length > 40 ? `${code.slice(0, 40)}…` : code)}`;
  ctx.report(
    'FHIR-BINDING-001',
    location,
    {
      fr: `Code${shown} hors du jeu de valeurs ${name} lié (${strength}) à ${element}.`,
      en: `Code${shown} is not in value set ${name}, bound (${strength}) to ${element}.`,
    },
    { valueSet: url, strength, element, ...(code === undefined ? {} : { code }), ...(typeof coding['system'] === 'string' ? { system: coding['system'] } : {}), note },
    severity === fhirRule('FHIR-BINDING-001')!.severity ? undefined : severity,
  );
}
