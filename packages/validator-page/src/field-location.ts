/**
 * Where an issue is, in words: the titles of the fields its JSON Pointer
 * crosses, read from the layout model of the document type (the published
 * schema's titles), an array item by its own title and its number counted
 * from 1, in place of the list's title — « 3. Contexte de la mise en place du
 * PAG › Besoin identifié n° 2 › Besoin › Code du besoin » for
 * `/contexte/besoins/1/besoin/code`. Only the pointer and
 * the schema are read, never the document's values: the location says
 * nothing the pointer does not.
 */
import { parseJsonPointer } from '@serafin-ph/validators';
import type { PageLang } from './texts.js';

/**
 * What a location needs of a node of the layout model (`LayoutNode` of
 * `@serafin-ph/render`, which fits it): its title, its kind and its children.
 * The French titles are those of `DOCUMENT_LAYOUTS`; the English ones, the
 * same nodes titled from the schemas' `x-title-en`, come with the page
 * (scripts/english-layouts.ts).
 */
export interface LocationNode {
  /** Title of the field. */
  readonly t: string;
  /** Kind of node (`object`, `array`, `union`, `ref`, a leaf kind…). */
  readonly k: string;
  /** Properties of an object, in schema order. */
  readonly props?: readonly (readonly [string, LocationNode])[];
  /** Items of an array. */
  readonly items?: LocationNode;
  /** Branches of a union. */
  readonly of?: readonly LocationNode[];
  /** Definition a reference leads to. */
  readonly ref?: string;
}

/** What a location needs of a document type's layout: its root and its definitions. */
export interface LocationLayout {
  /** The document's node. */
  readonly root: LocationNode;
  /** Named definitions, by name. */
  readonly defs: Readonly<Record<string, LocationNode>>;
}

/** Separator between the titles of a location. */
export const LOCATION_SEPARATOR = ' › ';

const WORDS: Readonly<Record<PageLang, { readonly root: string; readonly item: string; readonly quote: (name: string) => string }>> = {
  fr: { root: 'le document entier', item: 'n°', quote: (name) => `« ${name} »` },
  en: { root: 'the whole document', item: 'no.', quote: (name) => `“${name}”` },
};

/** Follows references (bounded) and returns the node they lead to. */
function follow(layout: LocationLayout, node: LocationNode | undefined): LocationNode | undefined {
  let current = node;
  for (let guard = 0; current !== undefined && current.k === 'ref' && current.ref !== undefined && guard < 32; guard++) current = layout.defs[current.ref];
  return current;
}

/** The branch of a union that has the property `token` (the first object branch otherwise). */
function branchWith(layout: LocationLayout, node: LocationNode | undefined, token: string): LocationNode | undefined {
  let current = follow(layout, node);
  for (let guard = 0; current !== undefined && current.k === 'union' && guard < 32; guard++) {
    const branches = (current.of ?? []).map((b) => follow(layout, b)).filter((b): b is LocationNode => b !== undefined);
    current = follow(
      layout,
      branches.find((b) => b.k === 'object' && (b.props ?? []).some(([name]) => name === token)) ?? branches.find((b) => b.k === 'object' || b.k === 'union') ?? branches[0],
    );
  }
  return current;
}

/**
 * The location of `path` in words, in `lang`, with the titles of `layout`
 * (French or English: give the layout of the page's language). A property the schema does not
 * know is named as written in the pointer (between quotation marks), and so is everything
 * below it; a path that is not a JSON Pointer is returned as is.
 */
export function fieldLocation(layout: LocationLayout, path: string, lang: PageLang): string {
  const words = WORDS[lang];
  if (path === '') return words.root;
  let tokens: string[];
  try {
    tokens = parseJsonPointer(path);
  } catch {
    return path;
  }
  const parts: string[] = [];
  let node: LocationNode | undefined = layout.root;
  for (const token of tokens) {
    const current = branchWith(layout, node, token);
    if (current?.k === 'array' && current.items !== undefined && /^(0|[1-9][0-9]*)$/.test(token)) {
      // The item by its own title (« Créneau n° 1 », as the rendering heads it) in place of the list's.
      const item = `${current.items.t} ${words.item} ${Number(token) + 1}`;
      if (parts.length > 0) parts[parts.length - 1] = item;
      else parts.push(item);
      node = current.items;
      continue;
    }
    const prop = current?.k === 'object' ? current.props?.find(([name]) => name === token)?.[1] : undefined;
    if (prop === undefined) {
      parts.push(words.quote(token));
      node = undefined;
      continue;
    }
    parts.push(prop.t);
    node = prop;
  }
  return parts.join(LOCATION_SEPARATOR);
}
