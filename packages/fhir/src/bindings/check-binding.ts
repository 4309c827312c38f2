/**
 * Value-set membership of one bound CodeableConcept (or Coding).
 */
import { fhirRule } from '../rules/catalogue.js';
import type { FhirSeverity } from '../report/types.js';
import type { CheckContext } from '../walk/context.js';
import { at, type Location } from '../walk/location.js';
import { boundValueSet, chooseVersion, contains, type BoundValueSet } from './value-sets.js';

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
  const bound = boundValueSet(valueSetUrl);
  if (severity === null || bound === undefined || !isObject(value)) return;
  const vs = chooseVersion(bound, ctx.versionChoice, valueSetUrl);
  let codings: { coding: Record<string, unknown>; location: Location }[];
  if (Array.isArray(value['coding'])) {
    codings = (value['coding'] as unknown[]).flatMap((c, i) => (isObject(c) ? [{ coding: c, location: at(at(location, 'coding'), i) }] : []));
  } else if (typeof value['system'] === 'string' || typeof value['code'] === 'string') {
    codings = [{ coding: value, location }];
  } else return;
  if (systemSlice !== undefined) codings = codings.filter((c) => c.coding['system'] === systemSlice);
  if (codings.length === 0) return;
  if (vs === undefined) {
    ctx.notChecked.push({ expression: ctx.expression(location), valueSet: bound.url, reason: 'value-set-version-not-carried' });
    return;
  }
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
      if (!ok)
        report(
          ctx,
          codings[i]!.location,
          vs.name,
          vs.url,
          versionNote(vs, bound, codings[i]!.coding),
          strength,
          severity,
          element,
          codings[i]!.coding,
          bound.versions === undefined ? undefined : vs.version,
        );
    });
    return;
  }
  if (!results.some(Boolean))
    report(
      ctx,
      location,
      vs.name,
      vs.url,
      versionNote(vs, bound, codings[0]!.coding),
      strength,
      severity,
      element,
      codings[0]!.coding,
      bound.versions === undefined ? undefined : vs.version,
    );
}

/** The other versions held of the value set that contain the code (JDV_J264 49: 20260601120000 only). */
function versionNote(vs: BoundValueSet, bound: BoundValueSet, coding: Record<string, unknown>): { note: string; others: string[] } {
  const system = coding['system'];
  const code = coding['code'];
  if (bound.versions === undefined || typeof system !== 'string' || typeof code !== 'string') return { note: vs.note, others: [] };
  const others = bound.versions.filter((v) => v !== vs && contains(v, system, code) === true).map((v) => v.version!);
  return { note: others.length === 0 ? vs.note : `${vs.note}; the code is in version ${others.join(', ')}`, others };
}

function report(
  ctx: CheckContext,
  location: Location,
  name: string,
  url: string,
  { note, others }: { note: string; others: string[] },
  strength: BindingStrength,
  severity: FhirSeverity,
  element: string,
  coding: Record<string, unknown>,
  checkedVersion?: string,
): void {
  const code = typeof coding['code'] === 'string' ? coding['code'] : undefined;
  const shown = code === undefined ? '' : ` ${JSON.stringify(code.length > 40 ? `${code.slice(0, 40)}…` : code)}`;
  const version = checkedVersion === undefined ? '' : ` ${checkedVersion}`;
  ctx.report(
    'FHIR-BINDING-001',
    location,
    {
      fr: `Code${shown} hors du jeu de valeurs ${name}${version} lié (${strength}) à ${element}.${
        others.length === 0
          ? ''
          : ` Il figure dans la version ${others.join(', ')} : si l’échange en relève, choisissez-la (option valueSetVersions, ou la date de l’échange par referenceDate).`
      }`,
      en: `Code${shown} is not in value set ${name}${version}, bound (${strength}) to ${element}.${
        others.length === 0
          ? ''
          : ` It is in version ${others.join(', ')}: if the exchange falls under it, choose it (valueSetVersions option, or the exchange date as referenceDate).`
      }`,
    },
    {
      valueSet: checkedVersion === undefined ? url : `${url}|${checkedVersion}`,
      strength,
      element,
      ...(code === undefined ? {} : { code }),
      ...(typeof coding['system'] === 'string' ? { system: coding['system'] } : {}),
      note,
    },
    severity === fhirRule('FHIR-BINDING-001')!.severity ? undefined : severity,
  );
}
