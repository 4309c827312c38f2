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
import { STRUCTURE_MESSAGES } from './locales/index.js';
import type { MapContext } from './map-context.js';
import { mapOne } from './map-one.js';
import { resolveUnions } from './resolve-unions.js';
import { STRUCTURE } from './structure-ids.js';

export type { AjvError, StructureValidator, ValidatorCallOptions } from './ajv-error.js';
export type { MapContext } from './map-context.js';

/** Maximum number of structural issues detailed in a report. */
export const MAX_STRUCTURE_ISSUES = 500;

/** Maps raw Ajv errors to issues (unions resolved, duplicates removed, at most {@link MAX_STRUCTURE_ISSUES}). */
export function mapErrors(errors: readonly AjvError[], ctx: MapContext): ValidationIssue[] {
  const resolved = resolveUnions(errors, ctx);
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  let omitted = 0;
  const seenRaw = new Set<string>();
  for (const e of resolved) {
    // The inner errors of `propertyNames` (about the key string) are summarised by the `propertyNames` error.
    if (e.keyword !== 'propertyNames' && e.propertyName !== undefined) continue;
    if (out.length >= MAX_STRUCTURE_ISSUES) {
      // Past the limit, errors are only counted (one per value and kind of check: a pattern and a format on the same value count once).
      const raw = `${e.instancePath}\u0000${e.keyword === 'format' ? 'pattern' : e.keyword}\u0000${String(e.params['missingProperty'] ?? e.params['additionalProperty'] ?? '')}`;
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
  if (omitted > 0) out.push(makeIssue(STRUCTURE.tronque, 'info', '', STRUCTURE_MESSAGES[ctx.lang].truncated(omitted), { omitted }));
  return out;
}
