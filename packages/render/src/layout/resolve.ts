/**
 * Resolving a layout node against a value: references are followed (the
 * field keeps its own title and personal-data mark), and the branch of a
 * union is the one whose constants and enumerations the value matches.
 */
import type { DocumentLayout, LayoutNode, ObjectNode } from './layout-model.js';

/** A node with references followed and unions decided for one value. */
export type ResolvedNode = Exclude<LayoutNode, { k: 'ref' } | { k: 'union' }>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** How well an object branch fits a value: -1 when a discriminant disagrees, else the number of known keys. */
function fit(branch: ObjectNode, value: Record<string, unknown>): number {
  let score = 0;
  for (const [name, node] of branch.props) {
    if (!(name in value)) continue;
    const v = value[name];
    if (node.k === 'const' && node.v !== v) return -1;
    if (node.k === 'enum' && !node.v.includes(v as string)) return -1;
    score++;
  }
  for (const key of Object.keys(value)) if (!branch.props.some(([name]) => name === key)) score -= 1;
  return score;
}

/** Follows references and picks the union branch that fits `value`. Bounded: a cycle of references stops. */
export function resolveNode(node: LayoutNode, value: unknown, layout: DocumentLayout): ResolvedNode {
  let current = node;
  const outer = { t: node.t, p: node.p };
  for (let guard = 0; guard < 64; guard++) {
    if (current.k === 'ref') {
      const target = layout.defs[current.ref];
      if (target === undefined) break;
      if (current.p === true) outer.p = true;
      current = target;
      continue;
    }
    if (current.k === 'union') {
      if (current.p === true) outer.p = true;
      let best: LayoutNode | undefined;
      let bestScore = -Infinity;
      for (const branch of current.of) {
        const resolved = resolveNode(branch, value, layout);
        const score = resolved.k === 'object' ? (isRecord(value) ? fit(resolved, value) : -2) : isRecord(value) ? -2 : 0;
        if (score > bestScore) {
          best = branch;
          bestScore = score;
        }
      }
      if (best === undefined) break;
      current = best;
      continue;
    }
    const personal = outer.p === true || current.p === true;
    return personal ? { ...current, t: outer.t, p: true } : { ...current, t: outer.t };
  }
  return { k: 'any', t: outer.t, ...(outer.p === true ? { p: true as const } : {}) };
}

/**
 * True when a value of an enumeration or a constant is not one of its allowed
 * values: whatever was typed there (a name written into « donnePar » or
 * « jour »), so the renderer treats it as personal data and masks it unless
 * personal data are shown.
 */
export function outsideItsList(node: ResolvedNode | undefined, value: unknown): boolean {
  if (node === undefined || value === null || typeof value === 'object') return false;
  if (node.k === 'enum') return !(node.v as readonly unknown[]).includes(value);
  if (node.k === 'const') return node.v !== value;
  return false;
}
