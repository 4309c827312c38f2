/**
 * A whole document as a self-contained HTML page: header, table of contents,
 * « identity and lifecycle » (the document's own scalar fields and small
 * groups), one part per section of the document, technical fields, footer.
 * The page carries its own Content-Security-Policy: no script, no request,
 * only its stylesheet (by hash) and inline pictures.
 */
import { messages, type RenderLang } from '../format/i18n.js';
import { RENDER_CSS_HASH } from '../generated/styles-hash.js';
import type { DocumentLayout } from '../layout/layout-model.js';
import { resolveNode } from '../layout/resolve.js';
import { escapeHtml } from './escape.js';
import { childrenOf, groupHtml, newId, objectBody, type FieldContext } from './render-fields.js';
import { RENDER_CSS } from './styles.js';

/** Options shared by the HTML renderings. */
export interface RenderHtmlOptions {
  /** Language of the interface words and of the dates (the field titles are the schema's, in French). Default `fr`. */
  readonly lang?: RenderLang;
  /**
   * Show the personal data (names, birth date, free texts…). **Default
   * `false`, as in validation**: each personal value is replaced by « Donnée
   * personnelle masquée ». The PAG is the person's own document: ask for them
   * when you print it for the person, the family or the operators.
   */
  readonly includePersonalData?: boolean;
  /**
   * Text of the notice at the top of a page whose personal data are masked,
   * for an application that shows the page to its own users (« cochez
   * “Montrer les données personnelles” »). Default: the SDK's, which names
   * this option and `serafin render --include-personal-data`.
   */
  readonly maskedNotice?: string;
}

/** The Content-Security-Policy the rendered pages declare. */
export const RENDER_CSP = `default-src 'none'; style-src ${RENDER_CSS_HASH}; img-src data:; base-uri 'none'; form-action 'none'`;

/** Fields shown in « technical information » rather than in the identity part. */
const TECHNICAL = new Set(['$schema', 'typeDocument', 'versionSchema']);

/** What the page-specific renderers add to the generic rendering. */
export interface DocumentExtras {
  /** HTML placed right after the heading of the part at a pointer (the timetable picture). */
  readonly after?: ReadonlyMap<string, string>;
  /** Subtitle lines of the header (already escaped HTML). */
  readonly subtitle?: readonly string[];
  /** Title of the page (`<title>`), plain text. */
  readonly pageTitle?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The body of the page (inside `<body>`), without the document shell. */
export function renderDocumentBody(document: unknown, layout: DocumentLayout, options: RenderHtmlOptions, extras: DocumentExtras = {}): string {
  const lang = options.lang ?? 'fr';
  const m = messages(lang);
  const ctx: FieldContext = { layout, lang, m, includePersonalData: options.includePersonalData === true, nextId: 0, ...(extras.after ? { after: extras.after } : {}) };
  const root = resolveNode(layout.root, document, layout);
  const value = isRecord(document) ? document : {};
  const children = childrenOf(root, value, '', false, ctx);
  // A top-level object joins the identity part when its schema holds only leaves (mdph, pagPrecedent).
  const flat = (c: (typeof children)[number]) =>
    c.node === undefined
      ? !isRecord(c.value)
      : c.node.k !== 'object'
        ? !isRecord(c.value)
        : c.node.props.every(([, n]) => {
            const r = resolveNode(n, undefined, layout);
            return r.k !== 'object' && r.k !== 'array';
          });
  const identity = children.filter((c) => !TECHNICAL.has(c.key) && !Array.isArray(c.value) && flat(c));
  const technical = children.filter((c) => TECHNICAL.has(c.key));
  const parts = children.filter((c) => !TECHNICAL.has(c.key) && !identity.includes(c));
  const identityId = newId(ctx, 'p');
  const technicalId = newId(ctx, 'p');
  const partIds: string[] = [];
  const partsHtml = parts.map((c) => {
    const html = groupHtml(c, 2, ctx);
    partIds.push(/id="([^"]+)"/.exec(html)?.[1] ?? '');
    return `<div class="partie">${html}</div>`;
  });
  const toc = [
    `<li><a href="#${identityId}">${escapeHtml(m.identity)}</a></li>`,
    ...parts.map((c, i) => `<li><a href="#${partIds[i]}">${escapeHtml(c.node?.t ?? c.key)}</a></li>`),
    technical.length > 0 ? `<li><a href="#${technicalId}">${escapeHtml(m.technical)}</a></li>` : '',
  ].join('');
  const notice = ctx.includePersonalData ? '' : `<p class="avis">${escapeHtml(options.maskedNotice ?? m.maskedNotice)}</p>`;
  return [
    '<div class="document">',
    `<header class="entete"><h1>${escapeHtml(root.t)}</h1>${(extras.subtitle ?? []).map((s) => `<p>${s}</p>`).join('')}</header>`,
    notice,
    `<nav class="sommaire" aria-label="${escapeHtml(m.contents)}"><h2>${escapeHtml(m.contents)}</h2><ol>${toc}</ol></nav>`,
    '<main>',
    `<section class="groupe" aria-labelledby="${identityId}"><h2 id="${identityId}">${escapeHtml(m.identity)}</h2>${objectBody(identity, 3, ctx)}</section>`,
    ...partsHtml,
    technical.length > 0
      ? `<section class="groupe technique" aria-labelledby="${technicalId}"><h2 id="${technicalId}">${escapeHtml(m.technical)}</h2>${objectBody(technical, 3, ctx)}</section>`
      : '',
    '</main>',
    `<footer class="pied"><p>${escapeHtml(m.generatedBy)}</p></footer>`,
    '</div>',
  ].join('');
}

/** A complete HTML page around a rendered body. */
export function htmlPage(body: string, title: string, lang: RenderLang): string {
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${RENDER_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${RENDER_CSS}</style>`,
    '</head>',
    `<body>${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}
