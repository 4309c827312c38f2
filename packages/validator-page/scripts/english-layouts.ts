/**
 * The English titles of the issue locations: for each document type, the
 * layout model `@serafin-ph/render` extracts from the published JSON Schema
 * (`DOCUMENT_LAYOUTS`, French titles), extracted here from the same schema
 * with each `title` replaced by its `x-title-en` — the same nodes, in the
 * same order, English titles — and reduced to what a location reads (title,
 * kind, children). The page's build writes it into the script, so that an
 * English page says « Consent › Explicit agreement » where the French one
 * says « Consentement › Accord exprès ».
 *
 * Les titres anglais des emplacements d'anomalie, tirés des `x-title-en` des
 * schémas publiés, pour la page en anglais.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RENDERED_TYPES, type RenderedType } from '@serafin-ph/render';
import { layoutFromSchema } from '../../render/scripts/layout-from-schema.js';
import type { LayoutNode } from '../../render/src/layout/layout-model.js';
import type { LocationLayout, LocationNode } from '../src/field-location.js';

const SCHEMAS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'pag-schema', 'schemas');

/**
 * A copy of `schema` whose every `title` is its `x-title-en`. Throws on a
 * title without English: the published schemas have one for every field (a
 * pag-schema test says so), and a French title in the English page is what
 * this is for.
 */
export function withEnglishTitles(schema: unknown, where = '#'): unknown {
  if (Array.isArray(schema)) return schema.map((s, i) => withEnglishTitles(s, `${where}/${i}`));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) out[key] = withEnglishTitles(value, `${where}/${key}`);
  if (typeof out['title'] === 'string') {
    const english = out['x-title-en'];
    if (typeof english !== 'string' || english === '') throw new Error(`${where}: title ${JSON.stringify(out['title'])} without x-title-en`);
    out['title'] = english;
  }
  return out;
}

/** A layout node reduced to what a location reads. */
function locationNode(node: LayoutNode): LocationNode {
  switch (node.k) {
    case 'object':
      return { t: node.t, k: node.k, props: node.props.map(([name, child]) => [name, locationNode(child)] as const) };
    case 'array':
      return { t: node.t, k: node.k, items: locationNode(node.items) };
    case 'union':
      return { t: node.t, k: node.k, of: node.of.map(locationNode) };
    case 'ref':
      return { t: node.t, k: node.k, ref: node.ref };
    default:
      return { t: node.t, k: node.k };
  }
}

/** The English location layout of each document type, from the published schemas. */
export function englishLayouts(): Record<RenderedType, LocationLayout> {
  const out = {} as Record<RenderedType, LocationLayout>;
  for (const type of RENDERED_TYPES) {
    const schema = JSON.parse(readFileSync(join(SCHEMAS_DIR, `${type}.schema.json`), 'utf8')) as unknown;
    const layout = layoutFromSchema(withEnglishTitles(schema) as Record<string, unknown>);
    out[type] = { root: locationNode(layout.root), defs: Object.fromEntries(Object.entries(layout.defs).map(([name, node]) => [name, locationNode(node)])) };
  }
  return out;
}
