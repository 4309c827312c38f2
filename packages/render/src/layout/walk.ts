/**
 * The field walker: every filled field of a document, in schema order, with
 * its title (from the published JSON Schema), its JSON Pointer and the text
 * the rendering shows for it.
 *
 * Parcours des champs renseignés d'un document, avec leur titre et le texte
 * affiché.
 */
import { leafText, type LeafText } from '../format/leaf-text.js';
import { messages, type RenderLang } from '../format/i18n.js';
import type { DocumentLayout, LayoutNode } from './layout-model.js';
import { outsideItsList, resolveNode } from './resolve.js';
import { escapeToken } from './pointer.js';
import { readable, readableOptions } from '../input/readable.js';

/** One filled leaf field of a document. */
export interface FieldEntry {
  /** JSON Pointer of the value (`/engagements/0/operateur/nom`). */
  readonly pointer: string;
  /** Title of the field (schema `title`), or the property name for a field outside the schema. */
  readonly title: string;
  /** Titles of the enclosing fields, outermost first. */
  readonly context: readonly string[];
  /** The value as found in the document. */
  readonly value: string | number | boolean | null;
  /** The text the rendering shows. */
  readonly text: LeafText;
  /** The field, or an enclosing one, holds personal data. */
  readonly personal: boolean;
  /** The field is not described by the schema. */
  readonly outOfSchema: boolean;
}

/** Options of {@link walkFields}. */
export interface WalkOptions {
  /** Language of the texts (dates, yes / no). Default `fr`. */
  readonly lang?: RenderLang;
}

/** Properties of an object node by name. */
function propertyMap(node: LayoutNode): ReadonlyMap<string, LayoutNode> {
  return node.k === 'object' ? new Map(node.props) : new Map();
}

/**
 * Every filled leaf field of `document` against `layout`, in schema order
 * (then the fields outside the schema). Iterative, linear in the size of the
 * document.
 */
export function walkFields(input: unknown, layout: DocumentLayout, given?: WalkOptions): FieldEntry[] {
  const document = readable(input);
  const options = readableOptions(given);
  const lang = options.lang ?? 'fr';
  const m = messages(lang);
  const out: FieldEntry[] = [];
  type Frame = { node: LayoutNode | undefined; value: unknown; pointer: string; title: string; context: readonly string[]; personal: boolean };
  const stack: Frame[] = [{ node: layout.root, value: document, pointer: '', title: layout.root.t, context: [], personal: false }];
  while (stack.length > 0) {
    const f = stack.pop()!;
    const resolved = f.node === undefined ? undefined : resolveNode(f.node, f.value, layout);
    const personal = f.personal || resolved?.p === true || outsideItsList(resolved, f.value);
    const title = resolved?.t ?? f.title;
    if (f.value === null || typeof f.value !== 'object') {
      const text = resolved === undefined ? { value: JSON.stringify(f.value) ?? String(f.value) } : leafText(resolved, f.value, lang, m);
      if (text !== undefined) {
        out.push({ pointer: f.pointer, title, context: f.context, value: f.value as FieldEntry['value'], text, personal, outOfSchema: f.node === undefined });
      }
      continue;
    }
    const context = f.pointer === '' ? [] : [...f.context, title];
    const children: Frame[] = [];
    if (Array.isArray(f.value)) {
      const items = resolved?.k === 'array' ? resolved.items : undefined;
      f.value.forEach((v, i) => children.push({ node: items, value: v, pointer: `${f.pointer}/${i}`, title, context, personal }));
    } else {
      const obj = f.value as Record<string, unknown>;
      const props = resolved === undefined ? new Map<string, LayoutNode>() : propertyMap(resolved);
      const ordered = [...props.keys()].filter((k) => Object.hasOwn(obj, k));
      for (const k of Object.keys(obj)) if (!props.has(k)) ordered.push(k);
      for (const k of ordered) {
        const node = props.get(k);
        children.push({ node, value: obj[k], pointer: `${f.pointer}/${escapeToken(k)}`, title: k, context, personal: personal || node === undefined });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}
