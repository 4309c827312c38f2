/**
 * Renderings of the territorial convention and of the table of delegated
 * derogations: the same page as the PAG, the rows of the table as a table.
 */
import { CONVENTION_LAYOUT } from './generated/convention-territoriale-layout.js';
import { DEROGATIONS_LAYOUT } from './generated/tableau-derogations-layout.js';
import { htmlPage, renderDocumentBody, type RenderHtmlOptions } from './html/render-document.js';
import type { DocumentLayout } from './layout/layout-model.js';
import { readable, readableOptions } from './input/readable.js';

function titled(document: unknown, layout: DocumentLayout): string {
  const id = document !== null && typeof document === 'object' ? (document as Record<string, unknown>)['identifiant'] : undefined;
  return `${layout.root.t}${typeof id === 'string' ? ` ${id}` : ''}`;
}

/**
 * Renders a territorial convention as a self-contained HTML page (parties,
 * signatories, the annexed derogation table as a table). Same options and
 * guarantees as `renderPag`.
 */
export function renderConvention(input: unknown, given?: RenderHtmlOptions): string {
  const document = readable(input);
  const options = readableOptions(given);
  return htmlPage(renderDocumentBody(document, CONVENTION_LAYOUT, options), titled(document, CONVENTION_LAYOUT), options.lang ?? 'fr');
}

/**
 * Renders a table of delegated derogations as a self-contained HTML page, its
 * rows as a table with column headers. Same options and guarantees as
 * `renderPag`.
 */
export function renderTableauDerogations(input: unknown, given?: RenderHtmlOptions): string {
  const document = readable(input);
  const options = readableOptions(given);
  return htmlPage(renderDocumentBody(document, DEROGATIONS_LAYOUT, options), titled(document, DEROGATIONS_LAYOUT), options.lang ?? 'fr');
}
