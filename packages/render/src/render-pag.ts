/**
 * `renderPag()`: the PAG as a readable, printable, accessible HTML page laid
 * out like the CNSA « PAG type ».
 */
import { messages } from './format/i18n.js';
import { formatDate } from './format/dates.js';
import { valueLabel } from './format/value-labels.js';
import { PAG_LAYOUT } from './generated/pag-layout.js';
import { escapeHtml } from './html/escape.js';
import { htmlPage, renderDocumentBody, type RenderHtmlOptions } from './html/render-document.js';
import { renderTimetableWithPrintParts } from './timetable/render-timetable.js';
import { readable, readableOptions } from './input/readable.js';

/** Options of {@link renderPag}. */
export type RenderPagOptions = RenderHtmlOptions;

/** `edt-` and the PAG's identifier, kept to the characters an `id` reference needs no escaping for; `edt` without one. */
function timetablePrefix(identifiant: unknown): string {
  return typeof identifiant === 'string' && identifiant !== '' ? `edt-${identifiant.replace(/[^A-Za-z0-9_-]/g, '_')}` : 'edt';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Height (SVG units) up to which a timetable prints on an A4 landscape page at
 * nearly its own size: the page's 273 × 186 mm (12 mm margins, about 1,030 ×
 * 700 CSS pixels) holds the 984-unit-wide picture at scale 1. Portrait, it is
 * shrunk to 0.7 and its 10-unit text prints at 5 pt. A higher one (a
 * whole day, night slots: 1,290 units) prints in parts of twelve hours, each
 * on a landscape page at nearly its own size (`renderTimetableWithPrintParts`).
 */
const LANDSCAPE_MAX_HEIGHT = 700;

/** True when the timetable picture is low enough to print on a landscape page. */
function printsLandscape(svg: string): boolean {
  const height = /^<svg [^>]*\bheight="(\d+)"/.exec(svg)?.[1];
  return height !== undefined && Number(height) <= LANDSCAPE_MAX_HEIGHT;
}

/** The body of the PAG page (what goes inside `<body>`), for embedding in another page. */
export function renderPagBody(input: unknown, given?: RenderPagOptions): string {
  return pagBody(readable(input), readableOptions(given));
}

/** {@link renderPagBody} of a document already copied by `readable`, with options read the same way. */
function pagBody(document: unknown, options: RenderPagOptions): string {
  const lang = options.lang ?? 'fr';
  const m = messages(lang);
  const doc = isRecord(document) ? document : {};
  const mdph = isRecord(doc['mdph']) ? doc['mdph'] : {};
  const subtitle: string[] = [];
  const who = typeof mdph['nom'] === 'string' ? mdph['nom'] : typeof mdph['departement'] === 'string' ? `MDPH ${mdph['departement']}` : undefined;
  if (who !== undefined) subtitle.push(escapeHtml(who));
  // Each date says what it is: an ended PAG showed « terminé · 19 juin 2025 », its validation date read as its end.
  const dated = (value: unknown, words: (date: string) => string): string | undefined => {
    const date = typeof value === 'string' ? formatDate(value, lang) : undefined;
    return date === undefined ? undefined : words(date);
  };
  const facts = [
    typeof doc['identifiant'] === 'string' ? doc['identifiant'] : undefined,
    typeof doc['statut'] === 'string' ? (valueLabel(doc['statut'], lang) ?? doc['statut']) : undefined,
    dated(doc['dateValidation'], m.validatedOn),
    dated(doc['dateFin'], m.endedOn),
  ].filter((f): f is string => f !== undefined);
  if (facts.length > 0) subtitle.push(escapeHtml(facts.join(' · ')));
  // The picture's ids carry the PAG's identifier: the print-only parts point at the picture's drawing by id (`<use>`),
  // and two PAGs shown on one page (renderDocumentFragment) must not print the first one's timetable twice.
  const { svg, parts } = renderTimetableWithPrintParts(document, { lang, idPrefix: timetablePrefix(doc['identifiant']) });
  const caption = `<figcaption>${escapeHtml(m.timetable)}</figcaption>`;
  // Too high for a landscape page (a whole day: 1,290 units), it prints in parts of twelve hours, each on a landscape page
  // (the part's pictures show the screen picture's drawing through <use>); on screen, the whole picture.
  const timetable =
    printsLandscape(svg) || parts.length === 0
      ? `<figure class="${printsLandscape(svg) ? 'edt paysage' : 'edt'}">${svg}${caption}</figure>`
      : `<figure class="edt ecran">${svg}${caption}</figure><div class="edt-impression">${parts
          .map((p) => `<figure class="edt paysage">${p.svg}<figcaption>${escapeHtml(`${m.timetable}, ${p.hours}`)}</figcaption></figure>`)
          .join('')}</div>`;
  return renderDocumentBody(document, PAG_LAYOUT, options, {
    subtitle,
    after: new Map([['/annexes', timetable]]),
  });
}

/**
 * Renders a PAG as a self-contained HTML page (a string; no DOM needed, runs
 * in Node and in browsers): identity and lifecycle, 1. à la demande de qui,
 * 2. situation, 3. contexte, 4. engagements of each operator, 5. suivi,
 * consent, annexes with the weekly timetable as an SVG picture. Every field
 * filled in the document is shown under its schema title; every code with its
 * official label; dates in words; nothing the document does not hold. Prints
 * on A4 (« print to PDF » gives the paper PAG).
 *
 * Personal data are masked unless `includePersonalData` is `true` (see
 * {@link RenderHtmlOptions.includePersonalData}). Never throws; a document
 * that is not a valid PAG is shown as far as it can be read (validate first).
 *
 * @example
 * import { renderPag } from '@serafin-ph/render';
 * writeFileSync('pag.html', renderPag(pag, { lang: 'fr', includePersonalData: true }));
 */
export function renderPag(input: unknown, given?: RenderPagOptions): string {
  const document = readable(input);
  const options = readableOptions(given);
  const lang = options.lang ?? 'fr';
  const doc = isRecord(document) ? document : {};
  const title = `${PAG_LAYOUT.root.t}${typeof doc['identifiant'] === 'string' ? ` ${doc['identifiant']}` : ''}`;
  return htmlPage(pagBody(document, options), title, lang);
}
