/**
 * `renderDocument()`: any document of the SDK, by its `typeDocument`.
 */
import { CONVENTION_LAYOUT } from './generated/convention-territoriale-layout.js';
import { PAG_LAYOUT } from './generated/pag-layout.js';
import { DEROGATIONS_LAYOUT } from './generated/tableau-derogations-layout.js';
import type { RenderHtmlOptions } from './html/render-document.js';
import type { DocumentLayout } from './layout/layout-model.js';
import { renderPag, renderPagBody } from './render-pag.js';
import { renderConvention, renderTableauDerogations } from './render-tables.js';
import { renderDocumentBody } from './html/render-document.js';
import { readable, readableMember, readableOptions } from './input/readable.js';

/** The layout model of each document type (extracted from the published JSON Schemas). */
export const DOCUMENT_LAYOUTS = {
  pag: PAG_LAYOUT,
  'convention-territoriale': CONVENTION_LAYOUT,
  'tableau-derogations': DEROGATIONS_LAYOUT,
} as const satisfies Readonly<Record<string, DocumentLayout>>;

/** A document type the package renders (each type that has a layout). */
export type RenderedType = keyof typeof DOCUMENT_LAYOUTS;

/** Document types the package renders: those of {@link DOCUMENT_LAYOUTS}, in its order (the three types of `@serafin-ph/pag-schema`). */
export const RENDERED_TYPES: readonly RenderedType[] = Object.freeze(Object.keys(DOCUMENT_LAYOUTS) as RenderedType[]);

/** The rendered type of a document (its `typeDocument`), or `undefined`. */
export function renderedTypeOf(document: unknown): RenderedType | undefined {
  const type = readableMember(document, 'typeDocument');
  return (RENDERED_TYPES as readonly unknown[]).includes(type) ? (type as RenderedType) : undefined;
}

/**
 * Renders a PAG, a convention or a derogation table (chosen by its
 * `typeDocument`) as a self-contained HTML page; `undefined` when the value
 * is not one of them.
 */
export function renderDocument(input: unknown, given?: RenderHtmlOptions): string | undefined {
  // Each renderer reads its own copy of the input (`readable`): the type is read here under guard, nothing is copied twice.
  switch (renderedTypeOf(input)) {
    case 'pag':
      return renderPag(input, given);
    case 'convention-territoriale':
      return renderConvention(input, given);
    case 'tableau-derogations':
      return renderTableauDerogations(input, given);
    default:
      return undefined;
  }
}

/**
 * The body of the rendering (inside `<body>`, without `<html>`, `<head>` and
 * stylesheet), for showing a document inside another page that links
 * `RENDER_CSS`; `undefined` when the value is not a rendered document type.
 */
export function renderDocumentFragment(input: unknown, given?: RenderHtmlOptions): string | undefined {
  const type = renderedTypeOf(input);
  if (type === undefined) return undefined;
  return type === 'pag' ? renderPagBody(input, given) : renderDocumentBody(readable(input), DOCUMENT_LAYOUTS[type], readableOptions(given));
}
