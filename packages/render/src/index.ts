/**
 * @packageDocumentation
 * `@serafin-ph/render` : rendu lisible, imprimable et accessible des documents
 * du SDK — le PAG en page HTML autonome selon le « PAG type » de la CNSA, son
 * emploi du temps hebdomadaire en image SVG, la convention territoriale et le
 * tableau des dérogations (le tableau en tableau). Sans DOM : fonctionne dans
 * Node et dans le navigateur, sans réseau ni génération de code.
 *
 * Readable, printable, accessible renderings of the SDK's documents: the PAG
 * as a self-contained HTML page laid out like the CNSA « PAG type », its
 * weekly timetable as SVG, the convention and the derogation table. No DOM
 * needed; no network, no runtime code generation. **Personal data are masked
 * unless `includePersonalData: true`**, as in validation.
 */
export { renderPag, renderPagBody, type RenderPagOptions } from './render-pag.js';
export { renderConvention, renderTableauDerogations } from './render-tables.js';
export { renderDocument, renderDocumentFragment, renderedTypeOf, DOCUMENT_LAYOUTS, RENDERED_TYPES, type RenderedType } from './render-document.js';
export { renderTimetable, type RenderTimetableOptions } from './timetable/render-timetable.js';
export { RENDER_CSP, type RenderHtmlOptions } from './html/render-document.js';
export { RENDER_CSS } from './html/styles.js';
export { escapeHtml } from './html/escape.js';
export { walkFields, type FieldEntry, type WalkOptions } from './layout/walk.js';
export type { LeafText } from './format/leaf-text.js';
export type { RenderLang } from './format/i18n.js';
export type * from './layout/layout-model.js';
