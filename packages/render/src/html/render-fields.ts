/**
 * Generic HTML rendering of a document part against its layout model: scalar
 * fields as description lists (`<dt>` title, `<dd>` value), groups as
 * sections with headings, arrays of flat objects as tables with column
 * headers, other arrays as numbered sub-sections. Fields the schema does not
 * describe are shown too, under their property name: nothing is lost.
 */
import { leafText, type LeafText } from '../format/leaf-text.js';
import type { RenderLang, RenderMessages } from '../format/i18n.js';
import type { DocumentLayout, LayoutNode } from '../layout/layout-model.js';
import { outsideItsList, resolveNode, type ResolvedNode } from '../layout/resolve.js';
import { escapeHtml } from './escape.js';
import { escapeToken } from '../layout/pointer.js';

/** State shared by one rendering. */
export interface FieldContext {
  readonly layout: DocumentLayout;
  readonly lang: RenderLang;
  readonly m: RenderMessages;
  readonly includePersonalData: boolean;
  /** Next id number (`id` attributes are unique in the page). */
  nextId: number;
  /** Extra content placed right after the heading of the part at a pointer (the timetable picture). */
  readonly after?: ReadonlyMap<string, string>;
}

/** A field of an object, resolved for its value. */
interface Child {
  readonly key: string;
  readonly pointer: string;
  readonly node: ResolvedNode | undefined;
  readonly value: unknown;
  readonly personal: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Fresh id for an element. */
export function newId(ctx: FieldContext, prefix = 'f'): string {
  ctx.nextId += 1;
  return `${prefix}-${ctx.nextId}`;
}

/** HTML of a leaf text. */
export function leafHtml(text: LeafText): string {
  const value =
    text.datetime !== undefined
      ? `<time datetime="${escapeHtml(text.datetime)}">${escapeHtml(text.value)}</time>`
      : text.raw !== undefined
        ? `<data value="${escapeHtml(text.raw)}">${escapeHtml(text.value)}</data>`
        : escapeHtml(text.value);
  const code = text.label !== undefined || text.note !== undefined ? `<span class="code">${value}</span>` : value;
  const label = text.label === undefined ? '' : ` <span class="libelle">${escapeHtml(text.label)}</span>`;
  const note = text.note === undefined ? '' : ` <span class="note">(${escapeHtml(text.note)})</span>`;
  return `${code}${label}${note}`;
}

function masked(ctx: FieldContext): string {
  return `<span class="masque">${escapeHtml(ctx.m.masked)}</span>`;
}

/** The children of an object value, in schema order then the properties outside the schema. */
export function childrenOf(node: ResolvedNode | undefined, value: Record<string, unknown>, pointer: string, personal: boolean, ctx: FieldContext): Child[] {
  const props = node?.k === 'object' ? new Map(node.props) : new Map<string, LayoutNode>();
  const keys = [...props.keys()].filter((k) => Object.hasOwn(value, k) && value[k] !== undefined);
  for (const k of Object.keys(value)) if (!props.has(k) && value[k] !== undefined) keys.push(k);
  return keys.map((key) => {
    const layoutNode = props.get(key);
    const resolved = layoutNode === undefined ? undefined : resolveNode(layoutNode, value[key], ctx.layout);
    return {
      key,
      pointer: `${pointer}/${escapeToken(key)}`,
      node: resolved,
      value: value[key],
      personal: personal || layoutNode === undefined || resolved?.p === true || outsideItsList(resolved, value[key]),
    };
  });
}

function titleOf(child: Child, ctx: FieldContext): string {
  return child.node === undefined ? `${escapeHtml(child.key)} <span class="note">(${escapeHtml(ctx.m.outOfSchema)})</span>` : escapeHtml(child.node.t);
}

/** True when a value is shown inline in a description list (a leaf, an empty array, a list of leaves, or masked). */
function isInline(child: Child, ctx: FieldContext): boolean {
  if (child.personal && !ctx.includePersonalData) return true;
  if (Array.isArray(child.value)) return child.value.every((v) => v === null || typeof v !== 'object');
  return !isRecord(child.value);
}

/** Inline HTML of a value (leaf, list of leaves, or masked). */
function inlineHtml(child: Child, ctx: FieldContext): string {
  if (child.personal && !ctx.includePersonalData) return masked(ctx);
  if (Array.isArray(child.value)) {
    if (child.value.length === 0) return `<span class="vide">${escapeHtml(ctx.m.none)}</span>`;
    const items = child.node?.k === 'array' ? child.node.items : undefined;
    const item = (v: unknown): string => {
      const node = items === undefined ? undefined : resolveNode(items, v, ctx.layout);
      return !ctx.includePersonalData && outsideItsList(node, v) ? masked(ctx) : leafOrJson(node, v, ctx);
    };
    return `<ul class="valeurs">${child.value.map((v) => `<li>${item(v)}</li>`).join('')}</ul>`;
  }
  return leafOrJson(child.node, child.value, ctx);
}

function leafOrJson(node: ResolvedNode | undefined, value: unknown, ctx: FieldContext): string {
  const text = node === undefined ? undefined : leafText(node, value, ctx.lang, ctx.m);
  return text === undefined ? `<code>${escapeHtml(JSON.stringify(value) ?? String(value))}</code>` : leafHtml(text);
}

/** A `<dl>` of inline children. */
function descriptionList(children: readonly Child[], ctx: FieldContext, compact = false): string {
  if (children.length === 0) return '';
  const rows = children.map((c) => `<div class="champ"><dt>${titleOf(c, ctx)}</dt><dd>${inlineHtml(c, ctx)}</dd></div>`).join('');
  return `<dl class="${compact ? 'champs compact' : 'champs'}">${rows}</dl>`;
}

function heading(level: number, id: string, html: string): string {
  const n = Math.min(Math.max(level, 2), 6);
  return `<h${n} id="${id}">${html}</h${n}>`;
}

/** A non-personal `nom` found in an item (or in its `operateur`), to name it in its heading. */
function itemName(children: readonly Child[], ctx: FieldContext): string | undefined {
  for (const c of children) {
    if (c.key === 'nom' && typeof c.value === 'string' && (!c.personal || ctx.includePersonalData)) return c.value;
  }
  for (const c of children) {
    if (isRecord(c.value) && (!c.personal || ctx.includePersonalData)) {
      const inner = childrenOf(c.node, c.value, c.pointer, c.personal, ctx);
      const nom = inner.find((i) => i.key === 'nom' && typeof i.value === 'string' && (!i.personal || ctx.includePersonalData));
      if (nom !== undefined) return nom.value as string;
    }
  }
  return undefined;
}

/** The body of an object: runs of inline fields as description lists, groups as sub-sections. */
export function objectBody(children: readonly Child[], level: number, ctx: FieldContext): string {
  let html = '';
  let run: Child[] = [];
  for (const c of children) {
    if (isInline(c, ctx)) {
      run.push(c);
      continue;
    }
    html += descriptionList(run, ctx);
    run = [];
    html += groupHtml(c, level, ctx);
  }
  return html + descriptionList(run, ctx);
}

/** True when a value holds, at any depth, an array of objects (such items get sub-sections, not table rows). */
function holdsObjectArray(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      if (v.some((x) => x !== null && typeof x === 'object')) return true;
    } else if (isRecord(v)) {
      for (const x of Object.values(v)) stack.push(x);
    }
  }
  return false;
}

/** Columns of a table of objects, or `undefined` when an item holds an array of objects (unless `forced`). */
function tableColumns(items: readonly Child[][], ctx: FieldContext, forced = false): { key: string; title: string }[] | undefined {
  const columns = new Map<string, string>();
  for (const children of items) {
    for (const c of children) {
      if (!forced && !(c.personal && !ctx.includePersonalData) && isRecord(c.value) && holdsObjectArray(c.value)) return undefined;
      if (!isInline(c, ctx) && !isRecord(c.value) && !(forced && Array.isArray(c.value))) return undefined;
      if (!columns.has(c.key)) columns.set(c.key, titleOf(c, ctx));
    }
  }
  // Order: the schema order of the first item that has each key is kept by insertion.
  return [...columns].map(([key, title]) => ({ key, title }));
}

/** A table cell: an inline value, or a compact description list of an object (nested as deep as it goes). */
function cellHtml(c: Child | undefined, ctx: FieldContext): string {
  if (c === undefined) return '';
  if (isInline(c, ctx)) return inlineHtml(c, ctx);
  if (Array.isArray(c.value)) {
    const itemNode = c.node?.k === 'array' ? c.node.items : undefined;
    const cells = c.value.map((v, i) => {
      const node = itemNode === undefined ? undefined : resolveNode(itemNode, v, ctx.layout);
      return `<li>${cellHtml({ pointer: `${c.pointer}/${i}`, node, value: v, personal: c.personal || node?.p === true, key: String(i) }, ctx)}</li>`;
    });
    return `<ul class="compact">${cells.join('')}</ul>`;
  }
  const inner = childrenOf(c.node, c.value as Record<string, unknown>, c.pointer, c.personal, ctx);
  const rows = inner.map((i) => `<div class="champ"><dt>${titleOf(i, ctx)}</dt><dd>${cellHtml(i, ctx)}</dd></div>`).join('');
  return `<dl class="champs compact">${rows}</dl>`;
}

/** A sub-section for an object or an array of objects. */
export function groupHtml(c: Child, level: number, ctx: FieldContext): string {
  const id = newId(ctx, 's');
  const after = ctx.after?.get(c.pointer) ?? '';
  if (Array.isArray(c.value)) {
    const itemNode = c.node?.k === 'array' ? c.node.items : undefined;
    const items = c.value.map((v, i) => {
      const pointer = `${c.pointer}/${i}`;
      const node = itemNode === undefined ? undefined : resolveNode(itemNode, v, ctx.layout);
      return { pointer, node, value: v, personal: c.personal || node?.p === true, key: String(i) } satisfies Child;
    });
    const rows = items.map((item) => (isRecord(item.value) ? childrenOf(item.node, item.value, item.pointer, item.personal, ctx) : []));
    const columns = items.every((i) => isRecord(i.value)) ? tableColumns(rows, ctx, c.node?.k === 'array' && c.node.table === true) : undefined;
    let body: string;
    if (items.length === 0) {
      body = `<p class="vide">${escapeHtml(ctx.m.none)}</p>`;
    } else if (columns !== undefined) {
      const head = `<thead><tr>${columns.map((col) => `<th scope="col">${col.title}</th>`).join('')}</tr></thead>`;
      const bodyRows = rows
        .map(
          (children) =>
            `<tr>${columns
              .map(
                (col) =>
                  `<td>${cellHtml(
                    children.find((ch) => ch.key === col.key),
                    ctx,
                  )}</td>`,
              )
              .join('')}</tr>`,
        )
        .join('');
      body = `<div class="tableau" role="region" aria-labelledby="${id}" tabindex="0"><table aria-labelledby="${id}">${head}<tbody>${bodyRows}</tbody></table></div>`;
    } else {
      body = items
        .map((item, i) => {
          const itemTitle = escapeHtml(item.node?.t ?? c.node?.t ?? c.key);
          const children = rows[i]!;
          const name = itemName(children, ctx);
          const label = `${itemTitle} ${escapeHtml(ctx.m.item)} ${i + 1}${name === undefined ? '' : ` : ${escapeHtml(name)}`}`;
          const itemId = newId(ctx, 's');
          const content = isRecord(item.value) ? objectBody(children, level + 2, ctx) : `<p>${inlineHtml(item, ctx)}</p>`;
          return `<section class="element" aria-labelledby="${itemId}">${heading(level + 1, itemId, label)}${content}</section>`;
        })
        .join('');
    }
    return `<section class="groupe" aria-labelledby="${id}">${heading(level, id, titleOf(c, ctx))}${after}${body}</section>`;
  }
  const children = childrenOf(c.node, c.value as Record<string, unknown>, c.pointer, c.personal, ctx);
  // An empty group (a draft's « consentement »: {}) says so, rather than a heading over nothing.
  const body = children.length === 0 ? `<p class="vide">${escapeHtml(ctx.m.none)}</p>` : objectBody(children, level + 1, ctx);
  return `<section class="groupe" aria-labelledby="${id}">${heading(level, id, titleOf(c, ctx))}${after}${body}</section>`;
}
