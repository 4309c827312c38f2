import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PAG_EXTENSION_LIST } from './extensions.js';
import type { ObjectSpec } from './object-extension.js';
import { PAG_FHIR_MAPPING } from './mapping-table.js';

type Node = { $ref?: string; properties?: Record<string, Node>; items?: Node; oneOf?: Node[]; anyOf?: Node[]; allOf?: Node[]; type?: string | string[] };

const schemaFile = join(dirname(fileURLToPath(import.meta.url)), '../../../pag-schema/schemas/pag.schema.json');

/** Every leaf path of the published PAG schema (`[]` for list items), unions followed. */
function schemaLeaves(): string[] {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Node & { $defs: Record<string, Node> };
  const out = new Set<string>();
  const visit = (node: Node, path: string, depth: number): void => {
    if (depth > 30) throw new Error(`schema too deep at ${path}`);
    if (node.$ref !== undefined) return visit(schema.$defs[node.$ref.replace('#/$defs/', '')]!, path, depth + 1);
    const branches = [...(node.oneOf ?? []), ...(node.anyOf ?? []), ...(node.allOf ?? [])];
    for (const b of branches) visit(b, path, depth + 1);
    if (node.properties !== undefined) for (const [k, v] of Object.entries(node.properties)) visit(v, path === '' ? k : `${path}.${k}`, depth + 1);
    else if (node.items !== undefined) visit(node.items, `${path}[]`, depth + 1);
    else if (branches.length === 0) out.add(path);
  };
  visit(schema, '', 0);
  return [...out].sort();
}

/** Leaf paths an object spec carries, under `base`. */
function specLeaves(spec: ObjectSpec, base: string): string[] {
  return spec.fields.flatMap((f) => {
    const path = `${base === '' ? '' : `${base}.`}${f.key ?? f.name}${f.many ? '[]' : ''}`;
    return typeof f.type === 'object' ? specLeaves(f.type, path) : f.type === 'timing' ? ['nombre', 'periode', 'dureeMinutes', 'precision'].map((k) => `${path}.${k}`) : [path];
  });
}

function under(leaf: string, path: string): boolean {
  return leaf === path || leaf.startsWith(`${path}.`) || leaf.startsWith(`${path}[]`);
}

/** The most specific row covering a leaf. */
function rowOf(leaf: string) {
  return PAG_FHIR_MAPPING.filter((r) => under(leaf, r.pag)).sort((a, b) => b.pag.length - a.pag.length)[0];
}

function covered(leaf: string): boolean {
  return PAG_FHIR_MAPPING.some((r) => leaf === r.pag || leaf.startsWith(`${r.pag}.`) || leaf.startsWith(`${r.pag}[]`));
}

describe('the PAG ⇄ FHIR mapping table', () => {
  it('covers every field of the published PAG schema (add a row, or the field is lost)', () => {
    const leaves = schemaLeaves();
    expect(leaves.length).toBeGreaterThan(100);
    expect(leaves.filter((l) => !covered(l))).toEqual([]);
  });

  it('carries, through its extension, every schema field under a row that names a project extension', () => {
    const missing: string[] = [];
    for (const leaf of schemaLeaves()) {
      const row = rowOf(leaf);
      if (row?.extension === undefined || row.extension === 'pag-extensions-editeur') continue;
      const ext = PAG_EXTENSION_LIST.find((e) => e.id === row.extension)!;
      if (!ext.bases.some((b) => specLeaves(ext.spec, b).includes(leaf))) missing.push(`${leaf} (${ext.id})`);
    }
    expect(missing).toEqual([]);
  });

  it('names only rows whose PAG path exists in the schema', () => {
    const leaves = schemaLeaves();
    for (const r of PAG_FHIR_MAPPING)
      expect(
        leaves.some((l) => l === r.pag || l.startsWith(`${r.pag}.`) || l.startsWith(`${r.pag}[]`)),
        r.pag,
      ).toBe(true);
  });

  it('points to project extensions that exist, and lists every extension', () => {
    const ids = PAG_EXTENSION_LIST.map((e) => e.id);
    for (const r of PAG_FHIR_MAPPING) if (r.extension !== undefined) expect(ids, r.pag).toContain(r.extension);
    for (const e of PAG_EXTENSION_LIST)
      expect(
        PAG_FHIR_MAPPING.some((r) => r.extension === e.id),
        e.id,
      ).toBe(true);
  });
});
