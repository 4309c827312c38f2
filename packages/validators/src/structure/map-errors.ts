/**
 * Turns the raw errors of the precompiled Ajv validators into issues: unions
 * resolved (`resolve-unions.ts`), one issue per problem (`map-one.ts`, with
 * the messages of `locales/`), duplicates removed, at most
 * {@link MAX_STRUCTURE_ISSUES} detailed.
 *
 * Conversion des erreurs Ajv en anomalies.
 */
import { makeIssue } from '../issues.js';
import type { ValidationIssue } from '../types.js';
import type { AjvError } from './ajv-error.js';
import type { MapContext } from './map-context.js';
import { mapOne } from './map-one.js';
import { resolveUnions } from './resolve-unions.js';
import { closestName } from '../suggest.js';
import { STRUCTURE } from './structure-ids.js';
import { param } from './error-param.js';

export type { AjvError, StructureValidator, ValidatorCallOptions } from './ajv-error.js';
export type { MapContext } from './map-context.js';

/** Maximum number of structural issues detailed in a report. */
export const MAX_STRUCTURE_ISSUES = 500;

/** Maps raw Ajv errors to issues (unions resolved, duplicates removed, at most {@link MAX_STRUCTURE_ISSUES}). */
export function mapErrors(errors: readonly AjvError[], ctx: MapContext): ValidationIssue[] {
  const resolved = pairMisspellings(resolveUnions(errors, ctx));
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  let omitted = 0;
  const seenRaw = new Set<string>();
  for (const e of resolved) {
    // The inner errors of `propertyNames` (about the key string) are summarised by the `propertyNames` error.
    if (e.keyword !== 'propertyNames' && Object.hasOwn(e, 'propertyName')) continue;
    if (out.length >= MAX_STRUCTURE_ISSUES) {
      // Past the limit, errors are only counted (one per value and kind of check: a pattern and a format on the same value count once).
      const raw = `${e.instancePath}\u0000${e.keyword === 'format' ? 'pattern' : e.keyword}\u0000${String(param(e, 'missingProperty') ?? param(e, 'additionalProperty') ?? '')}`;
      if (!seenRaw.has(raw)) {
        seenRaw.add(raw);
        omitted++;
      }
      continue;
    }
    const issue = mapOne(e, ctx);
    if (issue === undefined) continue;
    const key = `${issue.ruleId}\u0000${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  if (omitted > 0) out.push(makeIssue(STRUCTURE.tronque, 'info', '', ctx.m.truncated(omitted), { omitted }));
  return out;
}

/**
 * A missing required property and an unknown one close to its name in the
 * same object are one mistake (« dateNaissnce » for « dateNaissance »): the
 * `required` error is kept, with the key found (`params.misspeltAs`), and the
 * `additionalProperties` error is dropped.
 */
export function pairMisspellings(errors: readonly AjvError[]): AjvError[] {
  const missing = new Map<string, AjvError[]>();
  for (const e of errors) {
    if (e.keyword !== 'required' || Object.hasOwn(e, 'propertyName')) continue;
    const list = missing.get(e.instancePath) ?? [];
    list.push(e);
    missing.set(e.instancePath, list);
  }
  if (missing.size === 0) return [...errors];
  const replaced = new Map<AjvError, AjvError>();
  const dropped = new Set<AjvError>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const candidates = (missing.get(e.instancePath) ?? []).filter((r) => !replaced.has(r));
    const prop = String(param(e, 'additionalProperty') ?? '');
    const names = candidates.map((r) => String(param(r, 'missingProperty') ?? ''));
    const match = closestName(prop, names);
    if (match === undefined) continue;
    const r = candidates[names.indexOf(match)] as AjvError;
    replaced.set(r, { ...r, params: { ...r.params, misspeltAs: prop } });
    dropped.add(e);
  }
  return errors.filter((e) => !dropped.has(e)).map((e) => replaced.get(e) ?? e);
}
