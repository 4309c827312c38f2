/**
 * The text shown for one leaf value: a date in words, yes / no, a number, a
 * code with its official label, the description of an enumerated value, or
 * the value itself. Never anything the document does not hold, except the
 * official label of a code and the words of the interface.
 */
import type { ResolvedNode } from '../layout/resolve.js';
import { codeLabel } from './code-labels.js';
import { formatDate, formatDateTime } from './dates.js';
import type { RenderLang, RenderMessages } from './i18n.js';
import { valueLabel } from './value-labels.js';

/** The parts of a leaf's text: each is shown as is (escaped), in this order. */
export interface LeafText {
  /** Main text (the value, a date in words, the code). */
  readonly value: string;
  /** Official label of a code, when one is known. */
  readonly label?: string;
  /** Note shown beside the value (« code absent de la liste »…). */
  readonly note?: string;
  /** Machine-readable form for `<time datetime>`, when the value is a date. */
  readonly datetime?: string;
  /** The value as written in the document, when `value` shows it in words (`<data value>`). */
  readonly raw?: string;
}

function numberText(value: number, lang: RenderLang): string {
  const text = String(value);
  return lang === 'fr' ? text.replace('.', ',') : text;
}

/** The text of a leaf value, or `undefined` when the value is not a leaf (object, array). */
export function leafText(node: ResolvedNode, value: unknown, lang: RenderLang, m: RenderMessages): LeafText | undefined {
  if (value !== null && typeof value === 'object') return undefined;
  if (value === undefined) return undefined;
  switch (node.k) {
    case 'date':
    case 'date-time': {
      if (typeof value !== 'string') break;
      const words = node.k === 'date' ? formatDate(value, lang) : formatDateTime(value, lang);
      return words === undefined ? { value } : { value: words, datetime: value };
    }
    case 'boolean':
      if (typeof value === 'boolean') return { value: value ? m.yes : m.no };
      break;
    case 'number':
    case 'integer':
      if (typeof value === 'number') return { value: numberText(value, lang) };
      break;
    case 'code': {
      const known = codeLabel(node.s, value);
      const code = String(value);
      if (!known.known) return { value: code, note: m.unknownCode };
      return known.label === undefined ? { value: code, note: m.noLabel } : { value: code, label: known.label };
    }
    case 'const': {
      // A constant of the project (the numbering `cnsa-2018`…) in words, as an enumeration's value.
      const words = valueLabel(value, lang);
      if (words !== undefined && words !== value) return { value: words, raw: String(value) };
      break;
    }
    case 'enum': {
      const i = node.v.indexOf(value as string);
      const description = i >= 0 ? node.d?.[i] : undefined;
      if (description !== undefined) return { value: String(value), label: description };
      const words = valueLabel(value, lang);
      return words === undefined || words === value ? { value: String(value) } : { value: words, raw: String(value) };
    }
    default:
      break;
  }
  if (typeof value === 'string') return { value };
  if (typeof value === 'number') return { value: numberText(value, lang) };
  if (typeof value === 'boolean') return { value: value ? m.yes : m.no };
  return { value: String(value) };
}
