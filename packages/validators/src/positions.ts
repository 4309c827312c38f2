/**
 * Items of lists as people name them: by their own identifier where they have
 * one (« engagement d’un opérateur « ENG-1 » (1er) »), else counted from one
 * (« 3e créneau »). JSON Pointer paths stay 0-based: only the words change.
 *
 * Désignation des éléments de liste, comptés comme on compte.
 */
import { escapeToken, tokens } from './json/pointer.js';
import type { JsonValue } from './json/read-document.js';
import { isPersonalDataIn } from './personal-data-in.js';
import type { SchemaInfo } from './structure/schema-info.js';
import type { Lang, LocalizedText } from './types.js';

const INDEX = /^(?:0|[1-9][0-9]*)$/;

/** First words of the French item titles that are feminine (for « 1re »); the others are masculine. */
const FEMININE = new Set([
  'action',
  'annexe',
  'autorité',
  'catégorie',
  'concertation',
  'condition',
  'décision',
  'délégation',
  'démarche',
  'demande',
  'dérogation',
  'étape',
  'famille',
  'instance',
  'ligne',
  'mesure',
  'modalité',
  'orientation',
  'participation',
  'période',
  'personne',
  'prestation',
  'procédure',
  'référence',
  'signature',
  'structure',
  'tranche',
  'valeur',
]);

/** A French ordinal: « 1er » / « 1re », « 2e »… */
export function frenchOrdinal(position: number, feminine = false): string {
  return position === 1 ? (feminine ? '1re' : '1er') : `${position}e`;
}

/** An English ordinal: "1st", "2nd", "3rd", "11th"… */
export function englishOrdinal(position: number): string {
  const tens = position % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : position % 10 === 1 ? 'st' : position % 10 === 2 ? 'nd' : position % 10 === 3 ? 'rd' : 'th';
  return `${position}${suffix}`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** True when the first word of a French noun phrase is feminine. */
export function isFeminine(noun: string): boolean {
  const first = noun.split(/[\s’']/)[0] ?? '';
  return FEMININE.has(first.toLowerCase());
}

/** The title of the items of the array at `arrayPath` (instance pointer), from the schema. */
export function itemTitle(info: SchemaInfo, arrayPath: string): string | undefined {
  const pattern = tokens(arrayPath)
    .map((t) => (INDEX.test(t) ? '*' : escapeToken(t)))
    .map((t) => `/${t}`)
    .join('');
  return info.arrayItems[pattern];
}

/** The item's own identifier (`identifiant`), when it has a short one that is not personal data. */
function identifierOf(info: SchemaInfo, item: JsonValue | undefined, itemPath: string, includePersonalData: boolean): string | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const id = Object.prototype.hasOwnProperty.call(item, 'identifiant') ? item['identifiant'] : undefined;
  if (typeof id !== 'string' || id.length === 0 || id.length > 40 || /[\u0000-\u001f]/.test(id)) return undefined;
  if (!includePersonalData && isPersonalDataIn(info, `${itemPath}/identifiant`)) return undefined;
  return id;
}

/** How to name one item of a list. */
export interface ItemName {
  /** Title of the items (« Créneau »), when the schema gives one. */
  readonly title: string | undefined;
  /** 1-based position. */
  readonly position: number;
  /** The item's own identifier, when it has one that may be shown. */
  readonly identifier: string | undefined;
}

/** What names the item at `itemPath` (whose last token is its index), whose value is `item`. */
export function itemName(info: SchemaInfo, itemPath: string, includePersonalData: boolean, item?: JsonValue): ItemName {
  const t = tokens(itemPath);
  const index = Number(t[t.length - 1]);
  const arrayPath = itemPath.slice(0, itemPath.lastIndexOf('/'));
  return { title: itemTitle(info, arrayPath), position: index + 1, identifier: identifierOf(info, item, itemPath, includePersonalData) };
}

/** The words for an item: « engagement d’un opérateur « ENG-1 » (1er) », « 3e créneau », "'Créneau' no. 3". */
export function describeItem(lang: Lang, name: ItemName): string {
  const { title, position, identifier } = name;
  if (lang === 'en') {
    const what = title === undefined ? 'item' : `'${title}'`;
    return identifier === undefined ? `${what} no. ${position}` : `${what} '${identifier}' (no. ${position})`;
  }
  const noun = title === undefined ? 'élément' : lowerFirst(title);
  const ordinal = frenchOrdinal(position, isFeminine(noun));
  return identifier === undefined ? `${ordinal} ${noun}` : `${noun} « ${identifier} » (${ordinal})`;
}

/**
 * The items of lists that contain the value at `path`, outer first, in words
 * (« engagement d’un opérateur « ENG-2 » (2e), 1re prestation engagée »), or
 * `undefined` when the path crosses no list.
 */
export function locateInLists(lang: Lang, info: SchemaInfo, root: JsonValue, path: string, includePersonalData: boolean, includeLast = true): string | undefined {
  const t = tokens(path);
  const parts: string[] = [];
  let value: JsonValue | undefined = root;
  let here = '';
  for (let i = 0; i < t.length; i++) {
    const token = t[i] as string;
    const parent: JsonValue | undefined = value;
    here = `${here}/${escapeToken(token)}`;
    value = parent !== null && typeof parent === 'object' && Object.prototype.hasOwnProperty.call(parent, token) ? (parent as Record<string, JsonValue>)[token] : undefined;
    if (Array.isArray(parent) && INDEX.test(token) && (includeLast || i < t.length - 1)) {
      parts.push(describeItem(lang, itemName(info, here, includePersonalData, value)));
    }
  }
  return parts.length === 0 ? undefined : parts.join(', ');
}

/**
 * A list item in a rule message, by its 0-based `index`: its identifier with
 * its position (« « ENG-1 » (1er) » / "'ENG-1' (1st)"), or, without an
 * identifier, « n° 1 » / "no. 1".
 */
export function itemRef(identifier: unknown, index: number, feminine = false): LocalizedText {
  const position = index + 1;
  if (typeof identifier === 'string' && identifier.length > 0 && identifier.length <= 40) {
    return { fr: `« ${identifier} » (${frenchOrdinal(position, feminine)})`, en: `'${identifier}' (${englishOrdinal(position)})` };
  }
  return { fr: `n° ${position}`, en: `no. ${position}` };
}

/** The ordinal of a 0-based `index`, as people count: « 3e » / "3rd" (« 1re » for a feminine noun). */
export function nth(index: number, feminine = false): LocalizedText {
  return { fr: frenchOrdinal(index + 1, feminine), en: englishOrdinal(index + 1) };
}
