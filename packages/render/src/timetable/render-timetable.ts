/**
 * The weekly timetable of a PAG as an SVG picture: days in columns, hours in
 * rows, one block per slot in the colour of its operator (legend below), the
 * place and the prestation written in the block, overlapping slots side by
 * side, night slots drawn to midnight and continued the next morning.
 *
 * Only presentation attributes are used (no `<style>`, no `style=`), so the
 * picture shows the same alone, embedded in HTML, and under a strict
 * Content-Security-Policy.
 */
import { codeLabel } from '../format/code-labels.js';
import { messages, type RenderLang } from '../format/i18n.js';
import { valueLabel } from '../format/value-labels.js';
import { PAG_LAYOUT } from '../generated/pag-layout.js';
import { escapeHtml } from '../html/escape.js';
import { resolveNode } from '../layout/resolve.js';
import { OPERATOR_COLOURS, UNKNOWN_OPERATOR_COLOUR, type OperatorColour } from './operator-colours.js';
import { DAYS, layoutSlots, type Segment } from './slot-layout.js';
import { readable, readableOptions } from '../input/readable.js';

/** Options of {@link renderTimetable}. */
export interface RenderTimetableOptions {
  /** Language of the day names and interface words. Default `fr`. */
  readonly lang?: RenderLang;
  /** Prefix of the `id` attributes, to keep them unique when several pictures share a page. Default `edt`. */
  readonly idPrefix?: string;
}

const DAY_NAMES: Readonly<Record<RenderLang, readonly string[]>> = {
  fr: ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

const AXIS = 52;
const DAY_WIDTH = 132;
const HEADER = 28;
const HOUR = 48;
const LINE = 12;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
}

/** A slot read from the document, with what its block shows. */
interface Slot {
  readonly index: number;
  readonly day: string;
  readonly start: string;
  readonly end: string;
  readonly operator: number;
  readonly lines: readonly string[];
}

/** The operators of a PAG: commitment id → order and name. */
function operatorsOf(document: Record<string, unknown>): Map<string, { index: number; name: string }> {
  const map = new Map<string, { index: number; name: string }>();
  const engagements = Array.isArray(document['engagements']) ? document['engagements'] : [];
  engagements.forEach((e: unknown) => {
    if (!isRecord(e) || typeof e['identifiant'] !== 'string' || map.has(e['identifiant'])) return;
    const operateur = isRecord(e['operateur']) ? e['operateur'] : {};
    map.set(e['identifiant'], { index: map.size, name: text(operateur['nom']) || e['identifiant'] });
  });
  return map;
}

/** Text of the place of a slot: the value's description when the schema gives one, and the precision. */
function placeText(slot: Record<string, unknown>, lang: RenderLang): string {
  const creneau = PAG_LAYOUT.defs['Creneau'];
  let place = valueLabel(slot['lieu'], lang) ?? text(slot['lieu']);
  if (creneau !== undefined && creneau.k === 'object') {
    const lieu = creneau.props.find(([k]) => k === 'lieu')?.[1];
    if (lieu !== undefined) {
      const node = resolveNode(lieu, slot['lieu'], PAG_LAYOUT);
      if (node.k === 'enum' && node.d !== undefined) place = node.d[node.v.indexOf(slot['lieu'] as string)] ?? place;
    }
  }
  const precision = text(slot['precisionLieu']);
  return precision === '' ? place : `${place} (${precision})`;
}

/** The period (school terms, holidays, a stay…) and the alternating week of a slot, in words: one line, or none. */
function whenText(slot: Record<string, unknown>, lang: RenderLang): string[] {
  const parts: string[] = [];
  const periode = isRecord(slot['periode']) ? slot['periode'] : undefined;
  if (periode !== undefined) {
    const type = valueLabel(periode['type'], lang) ?? text(periode['type']);
    const precision = text(periode['precision']);
    const words = [type, precision].filter((w) => w !== '').join(lang === 'fr' ? ' : ' : ': ');
    if (words !== '') parts.push(words);
  }
  const alternance = valueLabel(slot['alternance'], lang) ?? text(slot['alternance']);
  if (alternance !== '') parts.push(alternance);
  return parts.length === 0 ? [] : [parts.join(', ')];
}

function prestationText(value: unknown): string {
  if (!isRecord(value)) return text(value);
  const code = text(value['code']);
  const system = value['numerotation'] === 'cnsa-2018' ? 'urn:serafin-ph:numerotation:cnsa-2018' : 'https://smt.esante.gouv.fr/terminologie-SERAFINPH';
  const label = codeLabel(system, value['code']).label;
  return label === undefined ? code : `${code} ${label}`;
}

/** Cuts a line to about `width` pixels of 10-pixel text. */
function fit(line: string, width: number): string {
  const max = Math.max(3, Math.floor(width / 6.2));
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Renders the weekly timetable (`annexes.emploiDuTemps`) of a PAG as an SVG
 * document (a string starting with `<svg`), usable alone (`.svg` file) or
 * inside HTML. Never throws: a document without timetable gives a picture
 * with the empty week; slots whose day or hours cannot be read are counted in
 * the description and not drawn.
 *
 * @example
 * import { renderTimetable } from '@serafin-ph/render';
 * writeFileSync('emploi-du-temps.svg', renderTimetable(pag));
 */
export function renderTimetable(document: unknown, options?: RenderTimetableOptions): string {
  return drawTimetable(readable(document), readableOptions(options)).svg;
}

/**
 * Most hours a printed part of a timetable shows: twelve hours (576 units)
 * with the day names and the legend fit an A4 landscape page at nearly the
 * picture's own size.
 */
export const PRINT_PART_HOURS = 12;

/**
 * The weekly timetable (as {@link renderTimetable}) and, when it spans more
 * than {@link PRINT_PART_HOURS} hours (a night slot makes it the whole day,
 * 1,290 units high: on A4 it printed at 0.7, its text at 5 pt), the pictures
 * that print it in parts of at most twelve hours (00:00–12:00, 12:00–24:00),
 * each the size of an A4 landscape page. A part draws nothing of its own:
 * it shows the whole picture's day names, grid, blocks and legend through
 * `<use>`, the grid cut to its hours, so the page holds each slot once.
 * Internal: for {@link renderPagBody}, whose document is already its
 * `readable` copy (not copied again here).
 */
export function renderTimetableWithPrintParts(
  document: unknown,
  options: RenderTimetableOptions = {},
): { readonly svg: string; readonly parts: readonly { readonly svg: string; readonly hours: string }[] } {
  return drawTimetable(document, options);
}

function drawTimetable(document: unknown, options: RenderTimetableOptions): { svg: string; parts: { svg: string; hours: string }[] } {
  const lang = options.lang ?? 'fr';
  const m = messages(lang);
  const prefix = options.idPrefix ?? 'edt';
  const doc = isRecord(document) ? document : {};
  const annexes = isRecord(doc['annexes']) ? doc['annexes'] : {};
  const raw = Array.isArray(annexes['emploiDuTemps']) ? annexes['emploiDuTemps'] : [];
  const operators = operatorsOf(doc);
  const slots: Slot[] = raw.map((s: unknown, index) => {
    const slot = isRecord(s) ? s : {};
    const op = operators.get(text(slot['identifiantEngagement']));
    const operatorName = op?.name ?? `${m.unknownOperator} ${text(slot['identifiantEngagement'])}`;
    return {
      index,
      day: text(slot['jour']),
      start: text(slot['heureDebut']),
      end: text(slot['heureFin']),
      operator: op?.index ?? -1,
      lines: [
        `${text(slot['heureDebut'])}–${text(slot['heureFin'])}`,
        operatorName,
        // A slot without SERAFIN-PH code (school, hospital, self-employed) says what it is by its nature.
        isRecord(slot['prestation']) ? prestationText(slot['prestation']) : text(slot['nature']),
        // When it takes place: two slots of the same hours, one in school terms and one in the holidays, are not a clash.
        ...whenText(slot, lang),
        placeText(slot, lang),
      ],
    };
  });
  const { segments, unplaced } = layoutSlots(slots.map((s) => ({ index: s.index, day: s.day, start: s.start, end: s.end })));

  // Hours shown: the whole day when a slot crosses midnight, else the slots' span (at least 08:00-18:00).
  let first = 8 * 60;
  let last = 18 * 60;
  for (const seg of segments) {
    first = Math.min(first, seg.from);
    last = Math.max(last, seg.to);
  }
  const startHour = Math.floor(first / 60);
  const endHour = Math.ceil(last / 60);
  const gridHeight = (endHour - startHour) * HOUR;
  const width = AXIS + DAY_WIDTH * 7 + 8;
  const colourOf = (operator: number): OperatorColour => (operator < 0 ? UNKNOWN_OPERATOR_COLOUR : OPERATOR_COLOURS[operator % OPERATOR_COLOURS.length]!);

  const legendEntries = [...operators.values()];
  if (slots.some((s) => s.operator < 0)) legendEntries.push({ index: -1, name: m.unknownOperator });
  const legendTop = HEADER + gridHeight + 24;
  const legendRows = Math.ceil(legendEntries.length / 2);
  const height = legendTop + 22 + legendRows * 20 + 8;

  const titleId = `${prefix}-titre`;
  const descId = `${prefix}-desc`;
  const description = `${m.timetableDesc(slots.length)}${unplaced.length > 0 ? ` (${unplaced.length} non placé${unplaced.length > 1 ? 's' : ''})` : ''}`;
  const parts: string[] = [];
  const svgOpen = (cls: string, labelledBy: string, h: number): string =>
    `<svg xmlns="http://www.w3.org/2000/svg" class="${cls}" role="img" aria-labelledby="${labelledBy}" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}" font-family='${FONT}' font-size="10">`;
  parts.push(
    svgOpen('emploi-du-temps', `${titleId} ${descId}`, height),
    `<title id="${titleId}">${escapeHtml(m.timetable)}</title>`,
    `<desc id="${descId}">${escapeHtml(description)}</desc>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
  );
  // Day names; the grid (day and hour lines, then the blocks); the hour labels; the legend: one group each, which the
  // printed parts show through <use>.
  parts.push(`<g id="${prefix}-jours">`);
  DAY_NAMES[lang].forEach((name, d) => {
    const x = AXIS + d * DAY_WIDTH;
    parts.push(`<text x="${x + DAY_WIDTH / 2}" y="${HEADER - 10}" text-anchor="middle" font-size="12" font-weight="bold" fill="#111111">${name}</text>`);
  });
  parts.push('</g>', `<g id="${prefix}-grille">`);
  for (let d = 0; d <= 7; d++) {
    const x = AXIS + d * DAY_WIDTH;
    parts.push(`<line x1="${x}" y1="${HEADER}" x2="${x}" y2="${HEADER + gridHeight}" stroke="#8a8a8a" stroke-width="1"/>`);
  }
  for (let h = startHour; h <= endHour; h++) {
    const y = HEADER + (h - startHour) * HOUR;
    parts.push(`<line x1="${AXIS}" y1="${y}" x2="${AXIS + 7 * DAY_WIDTH}" y2="${y}" stroke="#c8c8c8" stroke-width="1"/>`);
  }
  // Blocks: one group per slot (a night slot has two pieces).
  const bySlot = new Map<number, Segment[]>();
  // Where each block is, for the printed parts: a block a part's first hour cuts gets its hours written again there.
  const blocks: { x: number; y: number; h: number; width: number; hours: string }[] = [];
  for (const seg of segments) bySlot.set(seg.slot, [...(bySlot.get(seg.slot) ?? []), seg]);
  for (const slot of slots) {
    const pieces = bySlot.get(slot.index);
    if (pieces === undefined) continue;
    const colour = colourOf(slot.operator);
    const full = [DAY_NAMES[lang][(DAYS as readonly string[]).indexOf(slot.day)] ?? slot.day, ...slot.lines].join(' · ');
    parts.push(`<g class="creneau" data-creneau="${slot.index}"><title>${escapeHtml(full)}</title>`);
    for (const seg of pieces) {
      const colWidth = (DAY_WIDTH - 6) / seg.columns;
      const x = AXIS + seg.day * DAY_WIDTH + 3 + seg.column * colWidth;
      const y = HEADER + ((seg.from - startHour * 60) / 60) * HOUR;
      const h = Math.max(((seg.to - seg.from) / 60) * HOUR, 6);
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(colWidth - 2).toFixed(1)}" height="${h.toFixed(1)}" rx="3" fill="${colour.fill}" stroke="${colour.stroke}" stroke-width="1.5"${seg.continuation ? ' stroke-dasharray="4 2"' : ''}/>`,
      );
      blocks.push({ x, y, h, width: colWidth, hours: slot.lines[0]! });
      // A night's morning piece starts with the slot's hours, as its evening piece does: a block too narrow for « suite de la nuit → 08:00 » cut its end time.
      const lines = seg.continuation ? [slot.lines[0]!, `(${m.nightContinues})`, ...slot.lines.slice(1)] : slot.lines;
      const room = Math.floor((h - 4) / LINE);
      lines.slice(0, Math.max(room, 0)).forEach((line, i) => {
        parts.push(
          `<text x="${(x + 4).toFixed(1)}" y="${(y + 12 + i * LINE).toFixed(1)}" fill="#111111"${i === 0 ? ' font-weight="bold"' : ''}>${escapeHtml(fit(line, colWidth - 8))}</text>`,
        );
      });
    }
    parts.push('</g>');
  }
  parts.push('</g>', `<g id="${prefix}-heures">`);
  for (let h = startHour; h <= endHour; h++) {
    const y = HEADER + (h - startHour) * HOUR;
    parts.push(`<text x="${AXIS - 6}" y="${y + 4}" text-anchor="end" fill="#333333">${hhmm((h % 24) * 60)}</text>`);
  }
  // Legend.
  parts.push('</g>', `<g id="${prefix}-legende">`);
  parts.push(`<text x="${AXIS}" y="${legendTop + 8}" font-size="12" font-weight="bold" fill="#111111">${escapeHtml(m.legend)}</text>`);
  legendEntries.forEach((entry, i) => {
    const colour = colourOf(entry.index);
    const x = AXIS + (i % 2) * ((7 * DAY_WIDTH) / 2);
    const y = legendTop + 18 + Math.floor(i / 2) * 20;
    parts.push(
      `<rect x="${x}" y="${y}" width="16" height="12" rx="2" fill="${colour.fill}" stroke="${colour.stroke}" stroke-width="1.5"/>`,
      `<text x="${x + 22}" y="${y + 10}" fill="#111111">${escapeHtml(fit(entry.name, (7 * DAY_WIDTH) / 2 - 30))}</text>`,
    );
  });
  parts.push('</g>', '</svg>');

  // The printed parts: at most PRINT_PART_HOURS hours each, in equal whole hours.
  const printParts: { svg: string; hours: string }[] = [];
  const span = endHour - startHour;
  const count = span > PRINT_PART_HOURS ? Math.ceil(span / PRINT_PART_HOURS) : 0;
  for (let i = 0; i < count; i++) {
    const from = startHour + Math.round((i * span) / count);
    const to = startHour + Math.round(((i + 1) * span) / count);
    const partGrid = (to - from) * HOUR;
    const top = HEADER + (from - startHour) * HOUR;
    const shift = partGrid - gridHeight;
    const partId = `${prefix}-partie-${i + 1}`;
    const hours = `${hhmm((from % 24) * 60)}–${hhmm(to === 24 ? 24 * 60 : (to % 24) * 60)}`;
    printParts.push({
      hours,
      svg: [
        svgOpen('emploi-du-temps-partie', partId, height + shift),
        `<title id="${partId}">${escapeHtml(`${m.timetable}, ${hours}`)}</title>`,
        `<rect x="0" y="0" width="${width}" height="${height + shift}" fill="#ffffff"/>`,
        `<use href="#${prefix}-jours"/>`,
        // The grid cut to the part's hours; the hour labels with room for the first one's upper half.
        `<svg x="0" y="${HEADER}" width="${width}" height="${partGrid}" viewBox="0 ${top} ${width} ${partGrid}"><use href="#${prefix}-grille"/></svg>`,
        `<svg x="0" y="${HEADER - 8}" width="${AXIS}" height="${partGrid + 16}" viewBox="0 ${top - 8} ${AXIS} ${partGrid + 16}"><use href="#${prefix}-heures"/></svg>`,
        `<use href="#${prefix}-legende" transform="translate(0 ${shift})"/>`,
        // A block begun before the part's first hour: its hours again at the top of what the part shows of it.
        ...blocks
          .filter((b) => b.y < top - 1 && b.y + b.h >= top + LINE + 4)
          .map((b) => `<text x="${(b.x + 4).toFixed(1)}" y="${HEADER + 12}" fill="#111111" font-weight="bold">${escapeHtml(fit(b.hours, b.width - 8))}</text>`),
        '</svg>',
      ].join(''),
    });
  }
  return { svg: parts.join(''), parts: printParts };
}
