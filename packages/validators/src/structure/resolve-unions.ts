/**
 * Union resolution: instead of the errors of every branch of a failed
 * `anyOf`/`oneOf`, the branch the value was meant for (from its
 * discriminating properties, else the one with the fewest errors) is
 * re-checked alone and its errors are kept.
 */
import { child } from '../json/pointer.js';
import type { JsonValue } from '../json/read-document.js';
import { valueAtPointer } from '../json/value-at.js';
import type { AjvError } from './ajv-error.js';
import type { MapContext } from './map-context.js';
import type { UnionInfo } from './schema-info.js';
import { schemaPointer } from './schema-nodes.js';
import { param } from './error-param.js';

const MAX_UNION_DEPTH = 16;

function within(path: string, base: string): boolean {
  return base === '' || path === base || path.startsWith(`${base}/`);
}

function branchMatches(union: UnionInfo, index: number, value: JsonValue | undefined): boolean {
  if (union.discriminators.length === 0) return false;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  for (const d of union.discriminators) {
    const b = d.branches[index];
    if (b === undefined) return false;
    const v = Object.prototype.hasOwnProperty.call(value, d.property) ? value[d.property] : undefined;
    if (v === undefined) {
      if (b.required) return false;
    } else if (!b.values.includes(v)) {
      return false;
    }
  }
  return true;
}

/** A discriminating property whose value no variant accepts, with every accepted value. */
function unknownDiscriminator(union: UnionInfo, value: JsonValue | undefined): { property: string; allowed: unknown[] } | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  for (const d of union.discriminators) {
    if (!Object.prototype.hasOwnProperty.call(value, d.property)) continue;
    const v = value[d.property];
    if (d.branches.some((b) => b.values.includes(v))) continue;
    return { property: d.property, allowed: d.branches.flatMap((b) => [...b.values]) };
  }
  return undefined;
}

/**
 * Replaces the errors of each failed union by the errors of the branch the
 * value was meant for. Ajv emits the errors of the branches just before the
 * union's own error, all inside the union's instance path.
 */
export function resolveUnions(errors: readonly AjvError[], ctx: MapContext, depth = 0): AjvError[] {
  const chunks: AjvError[][] = [];
  let k = errors.length - 1;
  while (k >= 0) {
    const e = errors[k] as AjvError;
    if ((e.keyword === 'anyOf' || e.keyword === 'oneOf') && depth < MAX_UNION_DEPTH) {
      const base = e.instancePath;
      let j = k;
      while (j > 0 && within((errors[j - 1] as AjvError).instancePath, base)) j--;
      const unionPointer = schemaPointer(e.schemaPath);
      const union = ctx.info.unions[unionPointer];
      const passing = param(e, 'passingSchemas');
      if (union === undefined || Array.isArray(passing)) {
        chunks.push([e]);
      } else {
        const value = valueAtPointer(ctx.root, base);
        const all = Array.from({ length: union.branchCount }, (_, i) => i);
        const candidates = all.filter((i) => branchMatches(union, i, value));
        const unknown = candidates.length === 0 ? unknownDiscriminator(union, value) : undefined;
        if (unknown !== undefined) {
          // The value names a variant that does not exist (`type: "hopital"`): say so, rather than guess one.
          chunks.push([
            {
              instancePath: child(base, unknown.property),
              schemaPath: e.schemaPath,
              keyword: e.keyword,
              params: { allowedValues: unknown.allowed, discriminator: unknown.property },
            },
          ]);
          k = j - 1;
          continue;
        }
        const tried = candidates.length >= 1 ? candidates : all;
        let best: AjvError[] | undefined;
        for (const i of tried) {
          const validator = ctx.branch(`${unionPointer}/${i}`);
          validator(value, { instancePath: base, rootData: ctx.root });
          const errs = validator.errors ?? [];
          if (best === undefined || errs.length < best.length) best = errs;
        }
        if (best === undefined || best.length === 0) chunks.push([e]);
        else chunks.push(resolveUnions(best, ctx, depth + 1));
      }
      k = j - 1;
    } else {
      chunks.push([e]);
      k--;
    }
  }
  const out: AjvError[] = [];
  for (let i = chunks.length - 1; i >= 0; i--) out.push(...(chunks[i] as AjvError[]));
  return out;
}
